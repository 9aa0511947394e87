"""Bodies found: the find is an attack on civilians at the place of the bodies, whoever finds them ("Mexican
police find 10 bodies in Culiacan": police are not actor1), in a headline's present tense and with a count
between the verb and the bodies."""

from __future__ import annotations

import time

import pytest

from mapper.events.actors import _finds_bodies
from mapper.events.triggers import clauses
from mapper.pipeline import Pipeline


@pytest.mark.parametrize(("text", "site", "fatalities"), [
    ("Mexican police find 10 bodies in Culiacan", "Culiacán", 10),
    ("Police found six bodies dumped near Culiacan on Monday.", "Culiacán", 6),
    ("Police found the bodies of nine men in Uruapan on Sunday.", "Uruapan", 9),
    ("Investigators discover 7 bodies in a mass grave near Tierra Blanca", "Tierra Blanca", 7),
    ("Bodies of 12 men found in Guerrero's Chilpancingo", "Chilpancingo", None),
])
def test_bodies_found_are_an_attack_with_no_finder_as_actor(pipeline: Pipeline, text: str, site: str,
                                                            fatalities: int | None) -> None:
    [event] = pipeline(text, published="2025-06-01").events
    assert (event.location.name, event.sub_event_type, event.fatalities) == (site, "Attack", fatalities)
    assert event.actor1 is None and event.actor2 is not None and event.actor2.name == "civilians"


def test_the_killers_stay_actor1_when_the_find_comes_after(pipeline: Pipeline) -> None:
    [event] = pipeline("Gunmen killed five men in Culiacan, and police later found their bodies.",
                       published="2025-06-01").events
    assert (event.actor1.name if event.actor1 else None, event.fatalities) == ("unidentified gunmen", 5)


@pytest.mark.parametrize("text", [
    "Troops found 3 bodies of guerrillas after a clash in Arauca",  # a side's own dead after a fight
    "Families find their missing relatives in a Khartoum hospital",
    "Rescuers recovered 20 bodies from the rubble in Gaza City.",  # a strike's victims, told elsewhere
])
def test_no_attack_from_a_find_that_is_not_of_victims(pipeline: Pipeline, text: str) -> None:
    assert [e.sub_event_type for e in pipeline(text, published="2025-06-01").events
            if e.sub_event_type == "Attack"] == []


def test_finds_bodies_reads_the_verb_or_the_noun() -> None:
    s = "Mexican police find 10 bodies in Culiacan"
    assert _finds_bodies(s, s.index("find"))
    s = "Police found the bodies of nine men"
    assert _finds_bodies(s, s.index("bodies"))
    s = "Police said the bodies of nine men were dumped"
    assert not _finds_bodies(s, s.index("bodies"))


@pytest.mark.parametrize("unit", ["find ", "finds 10 ", "found the ", "discovered the big ", "bodies found "])
def test_linear_on_100_kb(unit: str) -> None:
    text = unit * (100_000 // len(unit)) + "bodies"
    started = time.process_time()
    clauses(text)
    for at in range(0, len(text), 997):
        _finds_bodies(text, at)
    assert time.process_time() - started < 3.0  # 100 KB: linear is well under a second
