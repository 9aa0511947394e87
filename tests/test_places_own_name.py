"""A name that is one town's own name and only an alternate name of another (issue 14, class 4):
the town of the text's theatre that bears it as its own name is meant ("Ariha": the Syrian town,
not Jericho, whose Arabic name it is), unless the other is far bigger, lies beside the text's other
places, or the text puts the name in another province (Resolver.own_name)."""

from __future__ import annotations

from mapper.pipeline import Pipeline
from tests.test_names_districts import mention
from tests.test_resolve_theatre import check_one_event


def test_a_conflict_town_of_unknown_size_beats_a_far_city_of_its_alternate_name(pipeline: Pipeline) -> None:
    # Arīḩā (Idlib) has no population in GeoNames; Jericho (19,783) bears "Ariha" as an alternate name.
    check_one_event(pipeline, "Regime helicopters drop barrel bombs on Ariha", "SY", (35.814, 36.610))


def test_a_town_of_the_own_name_beats_a_capital_of_the_alternate_name(pipeline: Pipeline) -> None:
    # Ariel (20,540 people), not Jerusalem (an alternate name, 47 times bigger).
    check_one_event(pipeline, "Settlers attack Palestinian farmers near Ariel", "IL", (32.106, 35.184))


def test_in_one_country_the_town_of_the_own_name_beside_the_texts_city(pipeline: Pipeline) -> None:
    # Birnin Gwari (Kaduna state), not Sofo-Birnin-Gwari 50 km north, which bears the name as an alternate.
    text = "Kidnappers seize 12 travellers between Birnin Gwari and Kaduna"
    p = mention(pipeline, text, "Birnin Gwari").place
    assert (p.name, p.country_code, round(p.lat, 2), round(p.lon, 2)) == ("Birnin Gwari", "NG", 10.66, 6.54)


def test_a_far_bigger_city_of_the_alternate_name_stays(pipeline: Pipeline) -> None:
    # A Russian hamlet is named Nikolayev; Mykolaiv (470,000) bears the name as an alternate.
    check_one_event(pipeline, "Russian missiles hit Nikolayev", "UA", (46.976, 31.993))
    # Odessa, Texas bears the name as its own; in a Ukraine story the Ukrainian city stays.
    check_one_event(pipeline, "Russian drones hit a grain terminal in Odessa", "UA", (46.486, 30.744))


def test_a_quarter_of_the_texts_city_stays(pipeline: Pipeline) -> None:
    # Kyiv's Podil bears "Podilskyi" as an alternate name; a town named Podilskyi lies in another oblast.
    p = mention(pipeline, "KYIV - A Russian missile hit an apartment block in Kyiv overnight. Debris fell in "
                          "the city's Podilskyi district, officials said.", "Podilskyi").place
    assert (p.name, p.country_code) == ("Podil", "UA")
