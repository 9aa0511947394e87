"""Full wire articles (issue 14, long12): places an article names beside the site.

Every sentence here is our own, and none is a gold item:

- the wires' conversion in brackets ("about 30 km (19 miles) northwest of Mogadishu", "15 kilometres
  (9 miles) from Djibo") keeps the town after it a reference point: no event there, and a village
  the gazetteer lacks is coded at that town (precision 2), as without the brackets.
"""

from __future__ import annotations

import pytest

from mapper.events import coder, roles
from mapper.pipeline import Pipeline

PUBLISHED = "2026-06-03"  # a Wednesday


def _events(pipeline: Pipeline, text: str) -> list[tuple]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return sorted((e.location.name, e.sub_event_type, e.fatalities, e.geo_precision) for e in doc.events)


# -- "N km (M miles) from X" ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A roadside bomb hit a minibus near Afgoye, about 30 km (19 miles) northwest of Mogadishu, on "
    "Wednesday, killing four passengers, police said.",
    "A roadside bomb hit a minibus near Afgoye, some 30 kilometres (19 mi) from Mogadishu, on Wednesday, "
    "killing four passengers.",
])
def test_the_town_after_a_bracketed_conversion_is_a_reference(pipeline: Pipeline, text: str) -> None:
    assert [e[0] for e in _events(pipeline, text)] == ["Afgooye"]


def test_an_unknown_village_is_coded_at_the_town_after_the_brackets(pipeline: Pipeline) -> None:
    text = "Gunmen killed five people in Sole, a village 15 kilometres (9 miles) from Djibo, on Monday."
    assert _events(pipeline, text) == [("Djibo", "Attack", 5, 2)]


def test_the_near_pattern_reads_the_brackets() -> None:
    assert roles._NEAR_RE.search("about 30 km (19 miles) northwest of ")
    assert roles._NEAR_RE.search("about 30 km northwest of ")
    assert not roles._NEAR_RE.search("about 30 km (the road was closed) and ")


# -- linear on any input ---------------------------------------------------------------------------------

def test_the_bracket_is_bounded() -> None:
    # (the patterns' older parts have unbounded runs of spaces; the bracket adds a bounded one)
    assert "\\([^()]{0,30}\\)" in roles._NEAR and "\\([^()]{0,30}\\)" in coder._FRAMED_BY.pattern


@pytest.mark.parametrize("unit", ["30 km (", "(19 miles) ", "30 km (19 miles) ", "((((", "km ", " "])
def test_the_new_patterns_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    text = unit * (100_000 // len(unit))
    roles._NEAR_RE.search(text)
    coder._FRAMED_BY.match(text)
    pipeline.parse("Gunmen killed four people near Kano, 20 km (12 miles) from " + text, published=PUBLISHED)


# -- "X, a town in (western) Y" ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Fighters attacked junta positions in Kalay, a town in Sagaing, on Monday.",
    "Fighters attacked junta positions in Kalay, a town in western Sagaing near the Indian border, on "
    "Monday.",
])
def test_a_town_is_not_moved_into_a_smaller_namesake_town(pipeline: Pipeline, text: str) -> None:
    # "Sagaing" after "a town in" is the region; the resolver reads the town Sagaing (78,000 people), far
    # from Kalay (348,000): a town does not lie inside a smaller town, so Kalay stays the site.
    assert [(e[0], e[1]) for e in _events(pipeline, text)] == [("Kalemyo", "Armed clash")]


def test_an_unknown_village_still_moves_to_the_town_it_is_in(pipeline: Pipeline) -> None:
    # The namesake the village resolved to is smaller than the town: it is still framed by the town.
    text = "Gunmen killed six villagers in Nyaung Pin Thar, a village in Shwebo, on Sunday."
    assert [(e[0], e[3]) for e in _events(pipeline, text)] == [("Shwebo", 2)]


def test_a_compass_word_after_a_towns_in_keeps_the_region_a_parent() -> None:
    assert roles._APPOSED_PARENT.fullmatch(", a town in western ")
    assert roles._APPOSED_PARENT.fullmatch(", a village in ")
    assert not roles._APPOSED_PARENT.fullmatch(", and western ")


# -- a lead told at a region, the next sentence at the village --------------------------------------------

LEAD = ("Paramilitary fighters stormed a farming village in the country's western Darfur region on "
        "Wednesday, killing at least 27 people, a monitoring group said. ")


def test_the_broad_tellings_figures_pass_to_the_one_place_inside(pipeline: Pipeline) -> None:
    text = LEAD + "The attack hit the village of Umm Sidir in the Kutum locality of North Darfur province."
    assert [(e[0], e[2]) for e in _events(pipeline, text)] == [("Kutum", 27)]


def test_another_act_inside_gets_no_figure_of_the_broad_telling(pipeline: Pipeline) -> None:
    text = LEAD + "The attackers also shelled Kutum, residents said."
    assert [(e[0], e[1], e[2]) for e in _events(pipeline, text)] == [
        ("Kutum", "Shelling/artillery/missile attack", None)]
