"""Sides that a sub-type fixes, as ACLED codes them. Violence against civilians: actor2 is the civilians
whoever the text says was hit; Excessive force against protesters: actor2 the protesters, not "people".
Disrupted weapons use (interceptions): ACLED codes the force that stopped the weapon as actor1 and the
side that launched it as actor2. An armed group named alone launched the weapon ("Houthi drone downed over
Eilat"), so the interceptor is the forces of the country hit; a state named alone keeps actor1 (it may be
the interceptor: "coalition air defences downed a drone over Erbil"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from mapper import Pipeline
from mapper.events.actors import code_actors
from mapper.model import Actor


@pytest.mark.parametrize(("a1", "a2", "country", "expected"), [
    # an armed group named alone: it launched the weapon
    ("Houthis", None, "IL", ("Israeli forces", "Houthis")),
    ("RSF", None, "SD", ("Sudanese forces", "Rapid Support Forces")),
    ("Hezbollah", None, "IL", ("Israeli forces", "Hezbollah")),
    # both sides named: as the text gives them
    ("Houthis", "US forces", "YE", ("Houthis", "US forces")),
    # a state named alone: kept (interceptor or launcher, the text decides elsewhere)
    ("US-led coalition", None, "IQ", ("US-led coalition", None)),
    ("Russian air defences", None, "RU", ("Russian forces", None)),
    # no one named: the air defences of the country hit
    (None, None, "UA", ("Ukrainian forces", None)),
])
def test_interception_actors(a1: str | None, a2: str | None, country: str,
                             expected: tuple[str | None, str | None]) -> None:
    got = code_actors("Disrupted weapons use", Actor(a1) if a1 else None, Actor(a2) if a2 else None, country)
    assert tuple(a.name if a else None for a in got) == expected


def test_other_types_keep_the_group_named_alone() -> None:
    """Only interceptions swap: a Houthi strike is the Houthis' act."""
    got = code_actors("Air/drone strike", Actor("Houthis"), None, "IL")
    assert (got[0].name if got[0] else None, got[1]) == ("Houthis", None)


@pytest.mark.parametrize(("text", "site", "expected"), [
    ("Houthi drone shot down near Eilat, Israeli military says", "Eilat", ("Israeli forces", "Houthis")),
    ("Houthi missile shot down over Beersheba, IDF says", "Beersheba", ("Israeli forces", "Houthis")),
    ("Hezbollah rocket intercepted over Nahariya, army says", "Nahariyya", ("Israeli forces", "Hezbollah")),
])
def test_interception_headlines(text: str, site: str, expected: tuple[str, str]) -> None:
    events = [e for e in Pipeline().parse(text).events if e.sub_event_type == "Disrupted weapons use"]
    got = [(e.location.name, e.actor1 and e.actor1.name, e.actor2 and e.actor2.name) for e in events]
    assert got[:1] == [(site, *expected)]


@pytest.mark.parametrize(("sub_type", "a1", "a2", "country", "expected"), [
    # the victims of violence against civilians are civilians, whatever the phrase named
    ("Attack", "Boko Haram", "soldiers", "NG", ("Boko Haram", "civilians")),
    ("Attack", "gunmen", "police", "HT", ("unidentified gunmen", "civilians")),
    ("Abduction/forced disappearance", "bandits", "Nigerian army", "NG", ("bandits", "civilians")),
    ("Attack", "Fano militia", "villagers", "ET", ("Fano militia", "civilians")),
    # battles keep the other side the text names
    ("Armed clash", "Boko Haram", "soldiers", "NG", ("Boko Haram", "Nigerian forces")),
    # the victims of excessive force are the protesters, not "people" or "civilians"
    ("Excessive force against protesters", "police", "civilians", "KE", ("police", "protesters")),
    ("Excessive force against protesters", "police", None, "KE", ("police", "protesters")),
    # ... students fired on too, as the corpus codes 192 of its 193 (actors64: "students" is a crowd's head)
    ("Excessive force against protesters", "soldiers", "students", "MM", ("Myanmar forces", "protesters")),
])
def test_victims_the_sub_type_names(sub_type: str, a1: str, a2: str | None, country: str,
                                    expected: tuple[str, str]) -> None:
    got = code_actors(sub_type, Actor(a1), Actor(a2) if a2 else None, country)
    assert tuple(a.name if a else None for a in got) == expected


@pytest.mark.parametrize(("text", "site", "expected"), [
    # "and a policeman guarding them" names no side of its own: the attack's victims are civilians
    ("Gunmen shot dead three aid workers and a policeman guarding them in Bannu on Monday, police said.",
     "Bannu", ("unidentified gunmen", "civilians")),
    ("Bandits killed 12 villagers and two soldiers in an attack on a village near Gusau on Sunday.", "Gusau",
     ("bandits", "civilians")),
])
def test_victims_in_sentences(text: str, site: str, expected: tuple[str, str]) -> None:
    events = Pipeline().parse(text).events
    got = [(e.location.name, e.actor1 and e.actor1.name, e.actor2 and e.actor2.name) for e in events]
    assert got[:1] == [(site, *expected)]
