"""Classes of headlines and short reports found among the corpus's train misses in session 23 (issue 14,
items 1, 2 and 5: every site in headlines and short reports): the place not found, or found but left as
context. Every sentence is our own. Each test names the exact place (the gazetteer's name), its country,
its point within a kilometre, the sub-type and the precision.
"""

from __future__ import annotations

import pytest

from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.event_rows import Expected, check_events, events_of
from tests.test_linear import GROWTH, growth, parsing


@pytest.mark.parametrize(("text", "events"), [
    # A headline opening with a list of towns: the verb after the last vouches for the first too.
    ("Kharkiv, Chuhuiv hit by Russian drones; 3 wounded",
     [("Chuhuyiv", "UA", 49.835, 36.687, "Air/drone strike", 1),
      ("Kharkiv", "UA", 49.982, 36.255, "Air/drone strike", 1)]),
    # The second name alone was doubtful (an alternate name of Nikopol), so it could not vouch for the first.
    ("Kramatorsk, Sloviansk shelled overnight, 2 wounded",
     [("Slovyansk", "UA", 48.85, 37.597, "Shelling/artillery/missile attack", 1),
      ("Kramatorsk", "UA", 48.731, 37.568, "Shelling/artillery/missile attack", 1)]),
])
def test_a_list_opening_a_headline_shares_its_verb(pipeline: Pipeline, text: str,
                                                   events: list[Expected]) -> None:
    check_events(events_of(pipeline, text), events)


def test_demonyms_listed_before_a_demonym_are_not_shared_a_place_context(pipeline: Pipeline) -> None:
    # "Afghan and Pakistani forces": the second demonym's boost is its own (armed forces), not a list's.
    doc = pipeline.parse(Article(id="t", text="Kyrgyz, Tajik border guards exchange fire near Batken",
                                 published="2025-07-07"))
    assert [m.text for m in doc.mentions] == ["Tajik", "Batken"]


@pytest.mark.parametrize(("text", "events", "fatalities"), [
    # "hack N people to death": the victims between the verb and "to death"; they are counted.
    ("CODECO militiamen hack 11 displaced people to death near Bunia",
     [("Bunia", "CD", 1.559, 30.252, "Attack", 2)], 11),
    # "set X ablaze / on fire" with the object between: property destroyed.
    ("Al-Shabaab fighters set three trucks ablaze near Baidoa",
     [("Baidoa", "SO", 3.114, 43.65, "Looting/property destruction", 2)], None),
    ("Settlers set cars and a barn on fire in Sinjil, residents said.",
     [("Sinjil", "PS", 32.033, 35.265, "Looting/property destruction", 1)], None),
    # ... but not people's bodies: the beating is the act (its toll counted since fields44: the victims
    # between "beat" and "to death", as for "hack").
    ("A mob beat two men to death and set their bodies on fire in Kano on Friday, police said.",
     [("Kano", "NG", 12.0, 8.517, "Mob violence", 1)], 2),
])
def test_verbs_with_their_object_before_the_particle(pipeline: Pipeline, text: str, events: list[Expected],
                                                     fatalities: int | None) -> None:
    check_events(events_of(pipeline, text), events)
    doc = pipeline.parse(Article(id="t", text=text, published="2025-07-07"))
    assert doc.events[0].fatalities == fatalities


def test_a_computer_hack_is_no_killing(pipeline: Pipeline) -> None:
    assert events_of(pipeline, "Hackers hacked 30 accounts of officials in Kyiv") == []


@pytest.mark.parametrize(("text", "events"), [
    # "in Wollo's Kobo": a region the gazetteer lacks names the part after its "'s".
    ("Airstrike kills 9 at a market in Wollo's Kobo",
     [("Kobo", "ET", 12.153, 39.628, "Air/drone strike", 1)]),
])
def test_a_part_after_an_unknown_possessor_is_the_site(text: str, events: list[Expected]) -> None:
    rules = Pipeline(roles="rules")
    check_events(events_of(rules, text), events)


@pytest.mark.parametrize("text", [
    # a day's possessive is no place's: the protest called off, the march still to come
    "Opposition calls off Monday's Nairobi protests after talks offer",
    "Police brace for Saturday's Kampala march",
])
def test_a_days_possessive_is_no_possessor(pipeline: Pipeline, text: str) -> None:
    assert events_of(pipeline, text) == []


@pytest.mark.parametrize("unit", ["Kharkiv, ", "set ", "hack ", "in Wollo's ", "set their bodies "])
def test_the_classes_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Gunmen " + unit * (n // len(unit)) + "Sumy hit by drones, set ablaze, hacked to death"
    assert growth(parsing(pipeline, text_of, "2025-07-07"), 50_000) < GROWTH
