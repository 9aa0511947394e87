"""The act's own day in wire copy, session 40 (wire46, gold file wire45.jsonl).

Every sentence is our own. Class: the sentence that places an act dates it only by the report (the
dateline's "KHARKIV, March 6 (Reuters) - ...", a closing "..., officials said on Thursday", a bare
"overnight"), and a later sentence that retells the act names its own weekday ("The missile hit the building
on Wednesday evening", "Residents said the drones arrived late Monday"): the guide's date is that weekday,
not the report's day (coder._filed_day, _retold_day, _RETELLS, _WEEKDAY_NAME); also when the coder reads
the retelling as burning ("The attack on Tuesday evening set fire to about 200 houses").

Near misses that keep their reading: the placing sentence's own day ("struck Kharkiv on Thursday"), a later
"Hours earlier, ..." or "Separately, ..." sentence, a later attribution's day ("the governor said on
Tuesday"), and a later sentence that does not retell the act ("Engineers said power would be restored on
Wednesday").
"""

from __future__ import annotations

import pytest

from mapper.events.coder import _RETELLS, _WEEKDAY_NAME
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import pattern_cpu

# 2025-03-06 is a Thursday: Wednesday is 03-05, Tuesday 03-04, Monday 03-03.
PUBLISHED = "2025-03-06"


def _dates(pipeline: Pipeline, text: str) -> list[tuple[str, str, str]]:
    doc = pipeline.parse(Article("wire46", text, published=PUBLISHED))
    return sorted((e.location.name, e.sub_event_type, e.date) for e in doc.events)


# ---- the report's day gives way to the act's own weekday told later

LEAD = "KHARKIV, March 6 (Reuters) - A Russian missile struck a supermarket in Kharkiv, killing six people"


@pytest.mark.parametrize(("text", "day"), [
    # the dateline's date and a closing attribution's day, then "The missile hit ... on Wednesday evening"
    (f"{LEAD}, regional officials said on Thursday. The missile hit the building on Wednesday evening, when "
     "it was full of shoppers, the governor said.", "2025-03-05"),
    # the dateline's date alone, then "The attack took place on Tuesday"
    (f"{LEAD}. The attack took place on Tuesday afternoon, the regional governor said.", "2025-03-04"),
    # a bare "overnight", then a source's words opening the retelling
    ("KHARKIV, March 6 (Reuters) - Russian drones struck apartment blocks in Kharkiv overnight, killing six "
     "people, officials said. Residents said the drones arrived late Monday and hit three buildings.",
     "2025-03-03"),
])
def test_the_acts_own_weekday_told_later_dates_it(pipeline: Pipeline, text: str, day: str) -> None:
    [(place, _, date)] = _dates(pipeline, text)
    assert (place, date) == ("Kharkiv", day)


@pytest.mark.parametrize("text", [
    # the placing sentence's own day: kept
    "KHARKIV, March 6 (Reuters) - A Russian missile struck a supermarket in Kharkiv on Thursday, killing six "
    "people. The missile hit the building on Wednesday evening, the governor said.",
    # no later day: the report's
    f"{LEAD}, regional officials said on Thursday. Rescuers searched the rubble for survivors.",
    # another act's time
    f"{LEAD}, regional officials said on Thursday. Hours earlier, on Tuesday, drones struck a power station, "
    "killing two workers.",
    # another story
    f"{LEAD}, regional officials said on Thursday. Separately, on Monday, the army said its troops had "
    "repelled an assault.",
    # a later attribution's day is no day of the act
    "KHARKIV, March 6 (Reuters) - A Russian missile struck a supermarket in Kharkiv overnight, killing six "
    "people. The missile was an Iskander, the governor said on Tuesday.",
    # a sentence that does not retell the act
    f"{LEAD}. Engineers said power would be restored on Wednesday.",
])
def test_near_misses_keep_the_reports_day(pipeline: Pipeline, text: str) -> None:
    [(place, _, date)] = _dates(pipeline, text)
    assert (place, date) == ("Kharkiv", PUBLISHED)


# ---- a retelling read as burning dates the attack just told

RIYOM = "JOS, Nigeria (AP) — Gunmen killed at least 30 people in an overnight attack on the village of Riyom"
ARRIVED = ("The attackers arrived late Tuesday and went from house to house, shooting residents and setting "
           "homes")


@pytest.mark.parametrize(("text", "place", "day"), [
    (f"{RIYOM}, police said Thursday. {ARRIVED} on fire.", "Riyom", "2025-03-04"),
    # a closing attribution's day with no dateline date
    ("BANGKOK (AP) — An airstrike by Myanmar's military on a village near Kyauktaw killed at least 20 "
     "people, the Arakan Army said Thursday. The attack on Tuesday evening set fire to about 200 houses, the "
     "group said.", "Kyauktaw", "2025-03-04"),
    # near misses: another story's burning; the attack's own day
    (f"{RIYOM}, police said Thursday. Separately, on Tuesday, herders set fire to homes and barns.", "Riyom",
     PUBLISHED),
    (f"JOS, Nigeria (AP) — Gunmen killed at least 30 people in Riyom on Thursday. {ARRIVED} on fire.",
     "Riyom", PUBLISHED),
])
def test_a_retelling_read_as_burning_dates_the_attack(pipeline: Pipeline, text: str, place: str,
                                                      day: str) -> None:
    [(name, _, date)] = _dates(pipeline, text)
    assert (name, date) == (place, day)


# ---- the patterns are linear on pathological input

@pytest.mark.parametrize(("pattern", "text"), [
    (_RETELLS, "officials " * 11_000),
    (_RETELLS, "a b c said " * 10_000),
    (_RETELLS, "told " * 21_000),
    (_WEEKDAY_NAME, "satur" * 21_000),
    (_WEEKDAY_NAME, "day" * 34_000),
])
def test_patterns_are_fast_on_100kb(pattern, text: str) -> None:  # noqa: ANN001
    assert len(text) >= 100_000
    assert pattern_cpu(pattern, text) < 3.0
