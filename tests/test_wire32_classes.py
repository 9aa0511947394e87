"""Classes of wire phrasing found among the corpus's train misses of wire and long articles in session 26
(branch wire32, gold file long31.jsonl): a toll whose people are counted beside others with no figure
("six soldiers and an unknown number of fighters were killed": six), a toll whose people carry a short
relative clause before the verb ("Two men who tried to resist were shot dead": two), and a reference town
named as "the capital" after a site ("near Ouallam, about 100 km north of the capital, Niamey": the site is
Ouallam, the capital context, so the toll is the site's), and a relative clause of attempt before the
verb ("men who tried to resist were shot dead": the attempt is the resisting, the killing is real), and the
day of a statement told with its place of speaking before it ("Speaking in Port Sudan on Sunday, ...",
"speaking at a news conference in Dakar on Friday"), which also dates at week precision an act told only
through that statement. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from mapper.events.casualties import casualties
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.event_rows import Expected, check_events, events_of
from tests.test_linear import GROWTH, growth, parsing, work


@pytest.mark.parametrize(("sentence", "killed"), [
    # Others counted with no figure add nothing: the explicit figure is the toll (the guide).
    ("Three soldiers and an unknown number of fighters were reportedly killed.", 3),
    ("He said six soldiers and an unknown number of the armed youth were killed in the clashes.", 6),
    ("Two policemen and an unspecified number of attackers were killed, the governor said.", 2),
    ("At least 11 soldiers and an undetermined number of militants died in the fighting.", 11),
    # Active voice, read before: the same figure.
    ("The fighting killed at least 11 soldiers and an unknown number of militants, an officer said.", 11),
])
def test_people_counted_with_no_figure_add_nothing(sentence: str, killed: int) -> None:
    assert casualties(sentence)[0] == killed


@pytest.mark.parametrize(("sentence", "killed"), [
    # A short relative clause on the people between the list and its verb: they are the dead.
    ("Two men who tried to resist were shot dead.", 2),
    ("He said three villagers who refused to hand over their cattle were killed.", 3),
    ("Four farmers who had gone to their fields were killed, residents said.", 4),
])
def test_people_with_a_relative_clause_before_the_verb(sentence: str, killed: int) -> None:
    assert casualties(sentence)[0] == killed


@pytest.mark.parametrize(("sentence", "killed"), [
    # Controls: a figure inside the relative clause belongs to it, and people counted with no figure alone
    # give none.
    ("The gunmen who killed two soldiers were shot dead by police.", 2),
    ("An unknown number of soldiers were killed, the officer said.", None),
    ("Six drivers and two soldiers were killed.", 8),
])
def test_controls_of_the_toll_classes(sentence: str, killed: int | None) -> None:
    assert casualties(sentence)[0] == killed


def _toll(pipeline: Pipeline, text: str) -> list[tuple[str, int | None]]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-07-07"))
    return [(e.location.name, e.fatalities) for e in doc.events]


def test_a_later_sentence_with_an_unknown_number_gives_the_clash_its_toll(pipeline: Pipeline) -> None:
    text = ("Fighting broke out between soldiers and armed youth in Nasir on Sunday, the county commissioner "
            "said. He said six soldiers and an unknown number of the youth were killed.")
    assert _toll(pipeline, text) == [("Nasir", 6)]


@pytest.mark.parametrize(("text", "events"), [
    # "N km DIR of the capital(,) X" after a site: X only places the site.
    ("Suspected jihadists ambushed an army patrol near Ouallam, about 100 kilometres north of the capital, "
     "Niamey, on Friday, killing five soldiers.",
     [("Ouallam", "NE", 14.318, 2.086, "Armed clash", 2)]),
    ("A suicide bomber rammed a car into an army base on the outskirts of Afgooye, 30 km northwest of the "
     "capital Mogadishu, on Monday, killing 11 soldiers.",
     [("Afgooye", "SO", 2.139, 45.122, "Suicide bomb", 2)]),
    ("Gunmen killed six farmers in Kutum, 80 km northwest of the state capital El Fasher, on Sunday.",
     [("Kutum", "SD", 14.2, 24.667, "Attack", 1)]),
])
def test_a_capital_named_as_a_reference_point_is_no_site(pipeline: Pipeline, text: str,
                                                          events: list[Expected]) -> None:
    check_events(events_of(pipeline, text), events)


def test_the_reference_sites_toll_stays_its_own(pipeline: Pipeline) -> None:
    text = ("Suspected jihadists ambushed an army patrol near Ouallam, about 100 kilometres north of the "
            "capital, Niamey, on Friday, killing five soldiers.")
    assert _toll(pipeline, text) == [("Ouallam", 5)]


def test_a_capital_struck_in_its_own_clause_stays_a_site(pipeline: Pipeline) -> None:
    # Control: the capital is an object of its own verb, not a reference point.
    check_events(events_of(pipeline, "Gunmen killed six farmers in Kutum on Sunday and shelled the state "
                                     "capital El Fasher."),
                 [("Kutum", "SD", 14.2, 24.667, "Attack", 1),
                  ("El Fasher", "SD", 13.628, 25.35, "Shelling/artillery/missile attack", 1)])


def test_an_attempt_in_a_relative_clause_leaves_the_killing_real(pipeline: Pipeline) -> None:
    text = ("Bandits abducted 30 people in an attack on a village in Maru Local Government Area of Zamfara "
            "State on Sunday. Two men who tried to resist were shot dead.")
    assert _toll(pipeline, text) == [("Maru", 2)]


@pytest.mark.parametrize("text", [
    # Controls: an attempt's own verb is no act.
    "Militants tried to attack the army base in Gao on Sunday.",
    "Rebels sought to seize Goma on Sunday.",
])
def test_an_attempted_act_stays_unreal(pipeline: Pipeline, text: str) -> None:
    assert events_of(pipeline, text) == []


def _dated(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None, int]]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-07-08"))  # a Tuesday
    return [(e.location.name, e.sub_event_type, e.date, e.time_precision) for e in doc.events]


@pytest.mark.parametrize(("text", "events"), [
    ("Speaking in Port Sudan on Sunday, the army's spokesman condemned the drone attack.",
     [("Port Sudan", "Statement", "2025-07-06", 1)]),
    ("The interior minister, speaking at a news conference in Dakar on Friday, appealed for calm.",
     [("Dakar", "Statement", "2025-07-04", 1)]),
    # The act told only through the statement: the statement's day, at week precision.
    ("Speaking in Port Sudan on Sunday, the army's spokesman said its forces had repelled an RSF attack on "
     "El Obeid.",
     [("El Obeid", "Armed clash", "2025-07-06", 2), ("Port Sudan", "Statement", "2025-07-06", 1)]),
])
def test_a_statement_is_dated_by_the_day_after_its_place_of_speaking(pipeline: Pipeline, text: str,
                                                                     events: list) -> None:
    assert _dated(pipeline, text) == events


def test_an_act_with_its_own_day_keeps_it_beside_a_statement(pipeline: Pipeline) -> None:
    # Control: the act's own day, not the saying's.
    assert _dated(pipeline, "Speaking in Port Sudan on Sunday, the army's spokesman said RSF drones had hit "
                            "El Obeid on Friday.")[0][:3] == ("El Obeid", "Air/drone strike", "2025-07-04")


def test_the_toll_classes_are_linear_on_100_kb() -> None:
    def make(n: int):  # noqa: ANN202
        text = "Six soldiers " + "and an unknown number of fighters who tried to resist " * (n // 54) \
            + "were killed."
        return lambda: casualties(text)
    assert growth(make, 50_000) < GROWTH
    assert work(make(100_000)) > 0


def test_the_capital_reference_is_linear_on_100_kb(pipeline: Pipeline) -> None:
    unit = "near Ouallam, about 100 km north of the capital, "

    def text_of(n: int) -> str:
        return "Jihadists ambushed a patrol " + unit * (n // len(unit)) + "Niamey, killing five soldiers."
    assert growth(parsing(pipeline, text_of, "2025-07-07"), 50_000) < GROWTH
