"""One-line headlines whose town has namesakes (issue 14, class 5): the text's words choose the country
("gunmen": the countries where such words are reported), and inside it a hamlet of the exact name that
nothing in the text supports gives way to a city of the same name at least ten times bigger
(Resolver.lone_hamlet). A hamlet the text places beside a town near it keeps its name."""

from __future__ import annotations

from mapper.pipeline import Pipeline
from tests.test_resolve_theatre import check_one_event


def test_a_one_line_town_is_the_city_not_a_hamlet_of_the_same_country(pipeline: Pipeline) -> None:
    # Zamora de Hidalgo (Michoacan, 186,000 people), not the Zamora of 1,100 people in Veracruz.
    check_one_event(pipeline, "Gunmen kill 5 in Zamora", "MX", (19.984, -102.286))
    check_one_event(pipeline, "Gunmen kill 4 in Zamora, Michoacan", "MX", (19.984, -102.286))


def test_a_hamlet_the_text_places_near_a_town_stays(pipeline: Pipeline) -> None:
    check_one_event(pipeline, "Gunmen kill 5 in Zamora, near San Andres Tuxtla", "MX", (18.581, -95.484))


def test_a_one_line_conflict_town_with_far_namesakes(pipeline: Pipeline) -> None:
    check_one_event(pipeline, "Fighting erupts in Bor", "SS", (6.209, 31.559))
    check_one_event(pipeline, "Malian army shells jihadist positions near Léré, Timbuktu region", "ML",
                    (15.717, -4.917))
