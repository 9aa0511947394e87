"""Event sites left context, session sites67 (gold file places69.jsonl).

Every sentence is our own. Classes:

- a sentence framed by an opening "In <place>," whose clause begins with an article and places the act
  relative to a town ("In Gaza, an Israeli airstrike hit a tent camp north of Rafah"): the clause was read
  as the frame's apposition and the town as the frame's reference point, so the frame took the act
  (roles._frame_then_clause, read in roles._references; blind b68-071).

Near misses that keep their reading: an apposition that names what the frame is ("In Sake, a town 25 km
west of Goma, ..."), a clause without an article after the frame.
"""

from __future__ import annotations

import pytest

from mapper.events.roles import _ARTICLE_AFTER
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-03-08"  # a Saturday

Site = tuple[str, str]  # place, sub-type


def _sites(pipeline: Pipeline, text: str) -> list[Site]:
    doc = pipeline.parse(Article("places69", text, published=PUBLISHED))
    return sorted((e.location.name, e.sub_event_type) for e in doc.events)


def _both(pipeline: Pipeline, unfiltered: Pipeline, text: str) -> list[Site]:
    """The reading with the event filter on, checked equal to the rules' reading (filter off)."""
    got = _sites(pipeline, text)
    assert got == _sites(unfiltered, text)
    return got


# ---- a frame, then a clause with an article: the town the clause is relative to is the site

@pytest.mark.parametrize(("text", "expected"), [
    ("In Gaza, an Israeli airstrike hit a tent camp north of Rafah on Friday, killing four people, medics "
     "said.",
     [("Rafaḩ", "Air/drone strike")]),
    ("In Gaza, an Israeli drone struck a group of men east of Khan Younis on Friday, killing two.",
     [("Khān Yūnis", "Air/drone strike")]),
])
def test_the_relative_town_after_a_frame_is_the_site(pipeline: Pipeline, unfiltered: Pipeline, text: str,
                                                      expected: list[Site]) -> None:
    assert _both(pipeline, unfiltered, text) == expected


def test_the_frame_is_context(unfiltered: Pipeline) -> None:
    doc = unfiltered.parse(Article("places69", "In Gaza, an Israeli drone struck a group of men east of "
                                   "Khan Younis on Friday, killing two.", published=PUBLISHED))
    roles = {m.text: r for m, r in zip(doc.mentions, doc.role_names, strict=True)}
    assert roles["Gaza"] == "context"
    assert roles["Khan Younis"] == "event_site"


# ---- near misses: an apposition naming the frame's kind, a clause without an article

@pytest.mark.parametrize(("text", "expected"), [
    ("In Sake, a town 25 km west of Goma, rebels clashed with militiamen on Friday.",
     [("Sake", "Armed clash")]),
    ("In Bukavu, a town on Lake Kivu near Rwanda, rebels clashed with militiamen on Friday.",
     [("Bukavu", "Armed clash")]),
    ("In Borno, the insurgents killed seven herders near Damboa on Friday, residents said.",
     [("Damboa", "Attack")]),
])
def test_an_apposition_of_the_frame_keeps_its_reading(pipeline: Pipeline, unfiltered: Pipeline, text: str,
                                                       expected: list[Site]) -> None:
    assert _both(pipeline, unfiltered, text) == expected


@pytest.mark.parametrize("unit", [", a " * 3, ", the the " * 2, "In X, an a the , a " * 2])
def test_the_article_pattern_is_linear(unit: str) -> None:
    text = hundred_kb(unit)
    assert pattern_cpu(_ARTICLE_AFTER, text) < 3.0


def test_a_long_run_of_frames_parses_linearly(unfiltered: Pipeline) -> None:
    unit = ("In Gaza, an Israeli airstrike hit a tent camp north of Rafah on Friday. "
            "In Sake, a town 25 km west of Goma, rebels clashed with militiamen. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
