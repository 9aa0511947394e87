"""The dateline as the site of wire copy, session 38 (wire44, gold file wire43.jsonl).

Every sentence is our own. Classes:

- a sentence that names the dateline city again by a phrase and no place of its own: "in this besieged
  town", "In the capital, ..." (a national capital's dateline), "over the regional capital", "In the city,
  ..." (when the last town named was the dateline's): the dateline is the act's site;
- a demonstration told in the body before any site is named, in a sentence that names no place (other
  places named only in passing, or after it): the dateline is its site, as when it is the only place;
- controls: "the capital" inside a sentence ("north of the capital") or of a dateline that is no national
  capital, "In the city," after another town was named, a call or plan for a protest, a protest summed up
  over "several towns", a headline over the dateline, and a sentence that names its own place keep their
  reading; a statement is never placed at the dateline by these rules.
"""

from __future__ import annotations

import time

import pytest

from mapper.events.coder import _REGIONAL_CAPITAL, _SUMMED_OR_PLANNED, _THIS_CITY
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing


def _events(pipeline: Pipeline, text: str, published: str = "2025-03-05") -> list[tuple]:
    doc = pipeline.parse(Article("wire44", text, published=published))
    return sorted((e.location.name, e.sub_event_type, e.date) for e in doc.events)


@pytest.mark.parametrize(("text", "expected"), [
    # "this ... town" (the 2025-03-05 article is a Wednesday: Tuesday is 03-04)
    ("GAROWE, Somalia (AP) — A car bomb exploded at a checkpoint in this regional town on Tuesday, killing "
     "four soldiers, police said. Separately, troops clashed with militants near Bosaso.",
     ("Garoowe", "Remote explosive/landmine/IED", "2025-03-04")),
    # "In the capital," under a national capital's dateline
    pytest.param("NIAMEY, March 5 (Reuters) - Jihadists killed 12 soldiers near Tera on Monday, the army "
                 "said. In the capital, police arrested 20 people suspected of links to the attackers on "
                 "Tuesday, officials said.", ("Niamey", "Arrests", "2025-03-04")),
    # "over the regional capital"
    pytest.param("KHERSON, Ukraine (AP) — Russian shelling killed a man in Bilozerka on Tuesday, the "
                 "governor said. Air defences over the regional capital shot down six drones overnight, he "
                 "said.",
                 ("Kherson", "Disrupted weapons use", "2025-03-05"),
                 marks=pytest.mark.xfail(strict=True, reason="known loss of the event filter retrained at "
                                         "session 49's second round (and at 46-48; kept by 49's first; the "
                                         "rules code it: the test below)")),
])
def test_the_dateline_named_again_is_the_site(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert expected in _events(pipeline, text)


def test_the_rules_place_the_interception_over_the_regional_capital(unfiltered: Pipeline) -> None:
    text = ("KHERSON, Ukraine (AP) — Russian shelling killed a man in Bilozerka on Tuesday, the governor "
            "said. Air defences over the regional capital shot down six drones overnight, he said.")
    assert ("Kherson", "Disrupted weapons use", "2025-03-05") in _events(unfiltered, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a demonstration first, other places only in passing after it
    ("YEREVAN, March 5 (Reuters) - Police used stun grenades to disperse protesters outside parliament on "
     "Tuesday, and 30 people were hurt, officials said. The government said it would sign a trade deal "
     "with Iran next month.",
     [("Yerevan", "Protest with intervention", "2025-03-04")]),
    # ... and before another place's event (road blocks: a riot, by the guide)
    ("LUANDA (AFP) - Police fired tear gas at taxi drivers who had blocked roads on Monday, police said. "
     "In Huambo, hundreds of people marched peacefully on Tuesday.",
     [("Huambo", "Peaceful protest", "2025-03-04"), ("Luanda", "Violent demonstration", "2025-03-03")]),
])
def test_a_placeless_demonstration_before_any_site_is_at_the_dateline(pipeline: Pipeline, text: str,
                                                                      expected: list) -> None:
    assert _events(pipeline, text) == expected


@pytest.mark.parametrize(("text", "absent"), [
    # "the capital" inside the sentence: a reach, not the scene
    ("MOGADISHU (AFP) - Al-Shabaab fighters attacked a base about 30 km north of the capital on Tuesday, "
     "killing three soldiers, officials said.", "Mogadishu"),
    # "In the capital," under a dateline that is no national capital
    ("KHARKIV, Ukraine (AP) — Russian drones hit Izium on Tuesday, killing two people. In the capital, "
     "police detained 10 people on Tuesday.", "Kharkiv"),
    # "In the city," after another town was named: that town's
    ("MANDALAY — Resistance fighters attacked an army post in Madaya on Monday. In the city, soldiers "
     "detained 30 young men on Tuesday, residents said.", "Mandalay"),
    # a call for a protest, a plan
    ("NAIROBI, March 5 (Reuters) - Opposition leaders called for demonstrations on Friday against the new "
     "taxes, and police said they would not allow them.", "Nairobi"),
    # a protest summed up over several towns
    ("DHAKA (Reuters) - Students clashed with police in several towns on Tuesday, witnesses said. In "
     "Khulna, police fired tear gas at marchers.", "Dhaka"),
])
def test_controls_keep_their_reading(pipeline: Pipeline, text: str, absent: str) -> None:
    assert absent not in [e[0] for e in _events(pipeline, text)]


def test_a_statement_is_never_placed_at_the_dateline_by_a_phrase(pipeline: Pipeline) -> None:
    text = ("NIAMEY, March 5 (Reuters) - In the capital, the interior minister said on Tuesday that the "
            "border would stay closed.")
    assert [e for e in _events(pipeline, text) if e[1] == "Statement"] == []


@pytest.mark.parametrize("pattern", [_THIS_CITY, _REGIONAL_CAPITAL, _SUMMED_OR_PLANNED])
def test_the_patterns_are_linear_on_a_pathological_run(pattern) -> None:
    for bad in ("in this " + "a " * 50_000, "over the " + "regional " * 12_000, "several " * 12_500,
                "in  this  " * 10_000):
        t = time.process_time()
        pattern.search(bad)
        assert time.process_time() - t < 3.0


def test_many_dateline_phrases_are_linear(pipeline: Pipeline) -> None:
    def text(n: int) -> str:
        body = " ".join(f"In the city, police detained {i % 9 + 2} people in this town on Tuesday. "
                        f"Protesters marched over the regional capital." for i in range(n))
        return "KHERSON, Ukraine (AP) — " + body
    assert len(text(700)) > 50_000
    assert growth(parsing(pipeline, text), 700) < GROWTH  # 100 KB doubled
