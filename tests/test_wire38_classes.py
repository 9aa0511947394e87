"""Classes of wire phrasing found among the BLIND files' train misses of wire paragraphs and full articles in
session 32 (branch wire38, gold file long37.jsonl):

- vehicles burned told with a hedged count or as tankers ("burned at least 40 fuel tankers near X",
  "burning dozens of tankers"): property destroyed at X, as "burned 40 trucks" and "set fire to 40 fuel
  tankers" already were (a house burned in an attack stays the attack's: the same men's one act);
- a weapon noun that names its maker ("arrested a suspected bomb maker in X") is a person, not a weapon
  that reports nothing: the place after it is the arrest's, as after "a suspected militant commander".

Every sentence is our own.
"""

from __future__ import annotations

import re

import pytest

from mapper.events import triggers
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans

PUBLISHED = "2025-07-09"
Event = tuple[str, str, str | None, str]


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    doc = pipeline.parse(Article(id="t", text=text, published=PUBLISHED))
    return [(e.sub_event_type, e.location.name, e.actor1.name if e.actor1 else None, str(e.date))
            for e in doc.events]


@pytest.mark.parametrize(("text", "event"), [
    ("NIAMEY, Niger (AFP) - Jihadists burned at least 25 fuel tankers on the road near Tera on Sunday, "
     "the drivers' union said.",
     ("Looting/property destruction", "Téra", "jihadists", "2025-07-06")),
    ("DAKAR, Senegal (AP) - Gunmen burned more than 30 trucks near Kita on Monday, officials said.",
     ("Looting/property destruction", "Kita", "unidentified gunmen", "2025-07-07")),
    ("BAMAKO, Mali - Gunmen stopped a convoy near Sikasso on Tuesday, burning six tankers, a "
     "transporter said.",
     ("Looting/property destruction", "Sikasso", "unidentified gunmen", "2025-07-08")),
])
def test_vehicles_burned_with_a_hedged_count_or_as_tankers_are_property_destroyed(
        pipeline: Pipeline, text: str, event: Event) -> None:
    assert _events(pipeline, text) == [event]


@pytest.mark.parametrize(("text", "events"), [
    # Controls: homes burned in a killing raid are the raid's; "burned 40 trucks" was found before.
    ("DAKAR, Senegal (AP) - Gunmen burned at least 40 houses in Sikasso on Sunday, killing three "
     "civilians, residents said.",
     [("Attack", "Sikasso", "unidentified gunmen", "2025-07-06")]),
    ("DAKAR, Senegal (AP) - Jihadists burned 40 trucks near Sikasso on Sunday.",
     [("Looting/property destruction", "Sikasso", "jihadists", "2025-07-06")]),
    # (no act: the union's fear of burned tankers)
    ("DAKAR, Senegal (AP) - Drivers near Sikasso said on Sunday they feared that jihadists would burn "
     "more tankers on the road.", []),
])
def test_the_near_misses_keep_their_reading(pipeline: Pipeline, text: str, events: list[Event]) -> None:
    assert _events(pipeline, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("ZAMBOANGA, Philippines (AP) - Troops arrested a suspected bomb maker in Jolo on Thursday, "
     "the army said.",
     [("Arrests", "Jolo", "Philippine forces", "2025-07-03")]),
    ("ISLAMABAD (Reuters) - Police detained two alleged bomb makers in Quetta on Monday.",
     [("Arrests", "Quetta", "police", "2025-07-07")]),
    # Controls: makers with no act are no event; a bomb that went off is still one.
    ("WASHINGTON (Reuters) - The United States imposed sanctions on drone makers in Iran on Tuesday.", []),
    ("ISLAMABAD (Reuters) - A bomb exploded in Quetta on Monday, police said.",
     [("Remote explosive/landmine/IED", "Quetta", None, "2025-07-07")]),
])
def test_the_maker_of_a_weapon_is_a_person_arrested_there(
        pipeline: Pipeline, text: str, events: list[Event]) -> None:
    assert _events(pipeline, text) == events


def test_the_new_patterns_cannot_rescan_a_run() -> None:
    for sub, source in triggers._RULES:
        if sub == "Looting/property destruction":
            assert rescans(re.compile(source)) == [], sub
    assert rescans(triggers._MAKER_AFTER) == []


@pytest.mark.parametrize("run", [
    "burned at least at least",  # the hedge over and over, never a vehicle
    "burning some some tankers",
    "arrested bomb makers bomb maker",  # makers over and over after an arrest
])
def test_long_runs_of_the_new_words_stay_linear(pipeline: Pipeline, run: str) -> None:
    def text_of(n: int) -> str:
        return "Gunmen burned trucks near Sikasso " + " ".join(run for _ in range(n))
    n = 100_000 // (2 * len(run)) + 1  # the doubled input is over 100 KB
    assert len(text_of(2 * n)) > 100_000
    assert growth(parsing(pipeline, text_of, PUBLISHED), n) < GROWTH
