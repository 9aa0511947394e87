"""Full articles (long15): a trend, a habit or an outlook told in a later paragraph is no event.

Every sentence here is our own, and none is a gold item. Wire articles and monitors' reports, after the
day's events, say how often such acts happen or what is likely to come: "Attacks on Chuhuiv and
Balakliia have become more frequent in recent weeks", "small bands of fighters still stage attacks in the
provinces around Cotabato", "The coastal states have been hit increasingly by jihadist groups", "IS is
likely to continue hit-and-run attacks". The event coder coded each as an act at each place named,
dated today. The discourse stage (mapper/events/discourse.py) labels such a sentence background (reason
"trend") unless it also tells a day of the report.

In the same vein, a relative clause that says where a group is at home ("JNIM, which is active across
the Sahel, claimed the attack") tells a state, not an act: the place is context (roles._BASED_IN).
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.events import discourse, roles
from mapper.events.discourse import label_sentence
from mapper.pipeline import Pipeline

_SITE28 = "known loss of the site model trained at session 28: "

PUBLISHED = "2026-02-17"  # a Tuesday
DAY = dt.date.fromisoformat(PUBLISHED)


@pytest.mark.parametrize("sentence", [
    "Attacks on Chuhuiv and Balakliia with guided bombs have become more frequent, officials said.",
    "Drone attacks on the two towns have become a daily occurrence.",
    "Raids on convoys on the road between Tera and Niamey have become routine.",
    "The coastal states have been hit increasingly by jihadist groups spreading south from Mali.",
    "Its fighters have repeatedly shelled the camp on the town's northern edge.",
    "The town has been struck by drones repeatedly, residents say.",
    "Kramatorsk has come under increasingly frequent attack.",
    "Small bands of fighters still stage attacks on troops in the provinces around Cotabato.",
    "Clashes flare regularly in Sirwah and Harib districts.",
    "The group is likely to continue hit-and-run attacks on the army around Palmyra.",
])
def test_a_trend_is_background(sentence: str) -> None:
    assert label_sentence(sentence, DAY) == discourse.SentenceLabel(0, len(sentence), "background", "trend")


@pytest.mark.parametrize("sentence", [
    # a day of the report beside the trend: the act is told
    "On Monday, a guided bomb hit Chuhuiv, where such attacks have become more frequent.",
    "Gunmen attacked a convoy near Tera overnight, the latest of raids that have become routine.",
    # no trend: one act
    "Russian artillery shelled Zolochiv, damaging a school.",
    "The army has regained control of the town, a spokesman said.",
])
def test_an_act_is_news(sentence: str) -> None:
    assert label_sentence(sentence, DAY).label == "news"


ARTICLE = (
    "KHARKIV, Ukraine - A Russian guided bomb hit a house in Kupiansk on Monday afternoon, killing a man, "
    "the regional governor said.\n\n"
    "Attacks on Chuhuiv and Balakliia with guided bombs have become more frequent in recent weeks, as "
    "Russian aircraft release bombs from Belgorod region, the regional administration said.\n\n"
    "Small bands of saboteurs still stage attacks and plant mines in the villages around Izium."
)


def test_the_trend_paragraphs_of_an_article_make_no_event(pipeline: Pipeline) -> None:
    doc = pipeline.parse(ARTICLE, published=PUBLISHED)
    assert [(e.location.name, e.sub_event_type, e.date) for e in doc.events] == [
        ("Kupyansk", "Air/drone strike", "2026-02-16")]


@pytest.mark.parametrize("unit", ["have become ", "has been hit ", "have repeatedly ", "clashes flare ",
                                  "still ", "is likely to ", "has been hit by x ",
                                  "has been " + "a" * 25 + " "])
def test_the_trend_pattern_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    text = unit * (100_000 // len(unit))
    discourse._TREND.search(text)
    label_sentence(text, DAY)
    pipeline.parse("Gunmen killed four people in Kano on Monday. " + text, published=PUBLISHED)


@pytest.mark.parametrize("text, sites", [
    ("Militants attacked a military base in northern Benin on Thursday, killing eight soldiers. "
     "JNIM, which is active across the Sahel, claimed the attack in a statement.", ["Benin"]),
    ("Jihadists killed five soldiers in Monguno on Sunday. ISWAP, which operates in the Lake Chad region, "
     "claimed the raid.", ["Monguno"]),
])
def test_where_a_group_is_active_is_no_site(pipeline: Pipeline, text: str, sites: list) -> None:
    doc = pipeline.parse(text, published=PUBLISHED)
    assert [e.location.name for e in doc.events] == sites


@pytest.mark.parametrize("left", ["JNIM, which is active across the ", "ISWAP, which operates in the ",
                                  "a group that remains active in ", "fighters who are also present in "])
def test_the_group_area_is_a_based_in(left: str) -> None:
    assert roles._BASED_IN.search(left)


@pytest.mark.parametrize("left", ["the army operates in ", "attacked "])
def test_an_act_or_a_bare_clause_is_not(left: str) -> None:
    assert not roles._BASED_IN.search(left)


@pytest.mark.parametrize("unit", ["which is active ", "which ", "which is still ", "that operates ",
                                  "who are active across "])
def test_the_group_area_pattern_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    text = unit * (100_000 // len(unit))
    roles._BASED_IN.search(text + "in ")
    pipeline.parse("Gunmen killed four people in Kano on Monday. " + text + "in Mali.", published=PUBLISHED)
