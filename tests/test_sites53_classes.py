"""Sites left unrecognised, session 44 (sites53, gold file places52.jsonl).

Every sentence is our own. Two classes of a town the recognizer scored under its threshold:

- a compass adjective before the town ("Russian artillery shelled northern Kostiantynivka", "troops raided
  eastern Nablus", "struck Chuhuiv and northern Kupiansk"): the verb, the preposition or the list before the
  adjective vouches for the name as it would for the bare name (recognize.compass_left, read by
  event_context, the locative boost and the list boost of ``_coordinated``);
- a plant or store named by its town, its noun the first or second word after the name ("Belgorod bus
  depot", "the Ataq fuel depot"): EVENT_WORDS_AFTER takes depot(s) and facility(-ies);
- a town listed after a facility's noun ("Nyala airport and Zalingei", "Latakia port and Tartus"): the list
  boost of ``_coordinated`` goes on past the noun (recognize.facility_noun_end).

Near misses that keep their reading: a compass adjective before a word that is no place ("in northern
parts"), a depot that nothing hit (context, no event), and a compass adjective before a country.
"""

from __future__ import annotations

import pytest

from mapper.geoparse.recognize import _LIST_FACILITY_NOUN, compass_left, facility_noun_end
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import (
    GROWTH,
    hundred_kb,
    pattern_cpu,
    repeated_parse_growth,
    window_readers_cpu,
)

PUBLISHED = "2025-09-11"  # a Thursday

Site = tuple[str, str]  # place, sub-type


def _doc(pipeline: Pipeline, text: str):  # noqa: ANN202
    return pipeline.parse(Article("sites53", text, published=PUBLISHED))


def _sites(pipeline: Pipeline, text: str) -> list[Site]:
    return sorted((e.location.name, e.sub_event_type) for e in _doc(pipeline, text).events)


def _roles(pipeline: Pipeline, text: str) -> dict[str, str]:
    doc = _doc(pipeline, text)
    return dict(zip((m.text for m in doc.mentions), doc.role_names, strict=True))


# ---- a compass adjective before the town

@pytest.mark.parametrize(("text", "expected"), [
    ("Russian artillery shelled northern Kostiantynivka on Wednesday, killing three civilians.",
     [("Kostyantynivka", "Shelling/artillery/missile attack")]),
    ("Israeli troops raided eastern Nablus overnight and arrested 12 Palestinians.",
     [("Nablus", "Arrests")]),
    ("Russian drones struck the town of Chuhuiv and northern Kupiansk overnight, wounding five people.",
     [("Chuhuyiv", "Air/drone strike"), ("Kupyansk", "Air/drone strike")]),
])
def test_a_town_after_a_compass_adjective_is_a_site(unfiltered: Pipeline, text: str,
                                                    expected: list[Site]) -> None:
    assert _sites(unfiltered, text) == expected


def test_the_compass_town_is_the_event_site(unfiltered: Pipeline) -> None:
    roles = _roles(unfiltered, "Russian artillery shelled northern Kostiantynivka on Wednesday.")
    assert roles == {"Russian": "actor", "Kostiantynivka": "event_site"}


# ---- a plant or store named by its town

@pytest.mark.parametrize(("text", "expected"), [
    ("US warplanes bombed the Ataq fuel depot on Tuesday, killing six people, residents said.",
     [("Ataq", "Air/drone strike")]),
    ("Ukrainian drones hit the Novokuybyshevsk oil depot overnight, starting a fire.",
     [("Novokuybyshevsk", "Air/drone strike")]),
])
def test_a_town_before_a_depot_is_a_site(unfiltered: Pipeline, text: str, expected: list[Site]) -> None:
    assert _sites(unfiltered, text) == expected


# ---- a town listed after a facility's noun

@pytest.mark.parametrize(("text", "expected"), [
    ("Army jets bombed Nyala airport and Zalingei on Thursday, residents said.",
     [("Nyala", "Air/drone strike"), ("Zalinjay", "Air/drone strike")]),
])
def test_a_town_after_a_facility_and_is_a_site(unfiltered: Pipeline, text: str, expected: list[Site]) -> None:
    assert _sites(unfiltered, text) == expected


@pytest.mark.parametrize(("text", "end", "expected"), [
    ("Nyala airport and Zalingei", 5, 13),
    ("Kassala port, Gedaref", 7, 12),
    ("Nyala residents and Zalingei", 5, 5),   # no facility noun: unchanged
    ("Nyala airports", 5, 5),                 # not the noun alone
    ("Nyala airport", 5, 5),                  # the text ends: no list after it
])
def test_facility_noun_end(text: str, end: int, expected: int) -> None:
    assert facility_noun_end(text, end) == expected


# ---- near misses: unchanged

@pytest.mark.parametrize(("text", "expected"), [
    # nothing hit the depot: a place, no event
    ("Fuel trucks queued outside the Ataq fuel depot on Tuesday as prices rose.", []),
    # families told to leave: no event at the town (both readings)
    ("Authorities ordered families with children to leave northern Kostiantynivka on Wednesday.", []),
    # a compass adjective before a country: the war's region, the town the site
    ("Russian drones struck Kharkiv and eastern Ukraine overnight, the air force said.",
     [("Kharkiv", "Air/drone strike")]),
])
def test_near_misses_keep_their_reading(either: Pipeline, text: str, expected: list[Site]) -> None:
    assert _sites(either, text) == expected


@pytest.mark.parametrize(("text", "left", "expected"), [
    ("shelled northern Kupiansk", 17, 8),
    ("shelled north-western Kupiansk", 22, 8),
    ("shelled the Kupiansk", 12, 12),       # no compass word: unchanged
    ("shellednorthern Kupiansk", 16, 16),    # not a word of its own
    ("northern Kupiansk", 9, 0),
    ("x", 0, 0),
])
def test_compass_left(text: str, left: int, expected: int) -> None:
    assert compass_left(text, left) == expected


# ---- 100 KB: compass_left reads a bounded window; a long text of compass towns parses linearly

@pytest.mark.parametrize("unit", ["northern " * 4, "n" * 200 + " ", " " * 50, "south-western Kupiansk "])
def test_compass_left_reads_a_bounded_window(unit: str) -> None:
    assert window_readers_cpu(unit, compass_left, every=1) < 3.0


@pytest.mark.parametrize("unit", ["a" * 40 + " ", " airport" * 5, " " * 50])
def test_the_facility_noun_pattern_is_linear(unit: str) -> None:
    text = hundred_kb(unit)
    assert pattern_cpu(_LIST_FACILITY_NOUN, text) < 3.0
    assert window_readers_cpu(unit, facility_noun_end, every=1) < 3.0


def test_many_compass_towns_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Russian artillery shelled northern Kostiantynivka and eastern Kupiansk on Wednesday. "
            "Drones hit the Belgorod bus depot. Jets bombed Nyala airport and Zalingei. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
