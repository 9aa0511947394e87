"""Event sites left context, session sites67 (gold file places69.jsonl).

Every sentence is our own. Classes:

- a sentence framed by an opening "In <place>," whose clause begins with an article and places the act
  relative to a town ("In Gaza, an Israeli airstrike hit a tent camp north of Rafah"): the clause was read
  as the frame's apposition and the town as the frame's reference point, so the frame took the act
  (roles._frame_then_clause, read in roles._references; blind b68-071);
- a second town entered, told with an auxiliary or an adverb between the armed men and the verb ("The
  separatists also entered Tarim", "their fighters had also entered Kamanyola"): the verb was not read, the
  town stayed context (triggers._ENTERED_LATER; "separatists" among the armed men; blind b69-057, d36-039).

Near misses that keep their reading: an apposition that names what the frame is ("In Sake, a town 25 km
west of Goma, ..."), a clause without an article after the frame, a threat to enter ("also threatened to
enter Goma").
"""

from __future__ import annotations

import pytest

from mapper.events.roles import _ARTICLE_AFTER
from mapper.events.triggers import _ENTERED_LATER
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-03-08"  # a Saturday

Site = tuple[str, str]  # place, sub-type

# (place, sub-type) of each event, sorted
_sites = reader_of("site", "sub_type", published=PUBLISHED, sort=True)


# ---- a frame, then a clause with an article: the town the clause is relative to is the site

@pytest.mark.parametrize(("text", "expected"), [
    ("In Gaza, an Israeli airstrike hit a tent camp north of Rafah on Friday, killing four people, medics "
     "said.",
     [("Rafaḩ", "Air/drone strike")]),
    ("In Gaza, an Israeli drone struck a group of men east of Khan Younis on Friday, killing two.",
     [("Khān Yūnis", "Air/drone strike")]),
])
def test_the_relative_town_after_a_frame_is_the_site(either: Pipeline, text: str,
                                                      expected: list[Site]) -> None:
    assert _sites(either, text) == expected


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
def test_an_apposition_of_the_frame_keeps_its_reading(either: Pipeline, text: str,
                                                       expected: list[Site]) -> None:
    assert _sites(either, text) == expected


@pytest.mark.parametrize("unit", [", a " * 3, ", the the " * 2, "In X, an a the , a " * 2])
def test_the_article_pattern_is_linear(unit: str) -> None:
    text = hundred_kb(unit)
    assert pattern_cpu(_ARTICLE_AFTER, text) < 3.0


def test_a_long_run_of_frames_parses_linearly(unfiltered: Pipeline) -> None:
    unit = ("In Gaza, an Israeli airstrike hit a tent camp north of Rafah on Friday. "
            "In Sake, a town 25 km west of Goma, rebels clashed with militiamen. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH


# ---- a second town entered, with an auxiliary or an adverb before the verb (triggers._ENTERED_LATER)

@pytest.mark.parametrize(("text", "expected"), [
    ("Rebels seized Minova on Thursday after clashes with the army, residents said. The rebels also entered "
     "Kalehe on Friday.",
     [("Kalehe", "Non-state actor overtakes territory"), ("Minova", "Non-state actor overtakes territory")]),
    ("Jihadists overran an army post in Djibo on Thursday, residents said. The militants had also entered "
     "Arbinda a day earlier.",
     [("Aribinda", "Non-state actor overtakes territory"), ("Djibo", "Armed clash")]),
    ("The separatists later entered Mukalla, officials said.",
     [("Mukalla", "Non-state actor overtakes territory")]),
])
def test_a_town_entered_later_is_a_site(either: Pipeline, text: str,
                                        expected: list[Site]) -> None:
    assert _sites(either, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rebels seized Minova on Thursday after clashes with the army. The rebels also threatened to enter "
     "Goma.",
     [("Minova", "Non-state actor overtakes territory")]),
    ("The separatists also want to enter Mukalla, officials said.", []),
])
def test_a_threat_to_enter_stays_no_event(either: Pipeline, text: str,
                                          expected: list[Site]) -> None:
    assert _sites(either, text) == expected


@pytest.mark.parametrize("unit", ["rebels had also ", "fighters also entered the town of ",
                                  "Fighters then entered the big old town of Xx but "])
def test_the_entered_later_pattern_is_linear(unit: str) -> None:
    text = hundred_kb(unit)
    assert pattern_cpu(_ENTERED_LATER, text) < 3.0


def test_a_long_run_of_towns_entered_parses_linearly(unfiltered: Pipeline) -> None:
    unit = "Rebels seized Minova on Thursday. The rebels also entered Kalehe on Friday. "
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
