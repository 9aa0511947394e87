"""Session 50 round 1, helper dates64: dates of the blind files' fresh train misses (mixed64, mixed65) that
training/events/dates44.jsonl carries. Every sentence is our own.

- coder (a dated dateline's act, ``header``): the dateline's date is the filing day and the body's own day
  dates the act, but not an "N days after" told after the act: that day is the act's it opens (the filter
  clauses._clause_date already applies). "ADEN, Yemen, March 14 (Reuters) - Jets struck Hajjah's airport,
  destroying two planes, on Friday, two days after a drone hit Marib" is Friday at Hajjah, and Friday the
  story's day for the next sentence (was Wednesday at both: blind b24-061 Sanaa airport, Amran). Near miss:
  the day told after "N days after" still dates the act it opens (Marib, Wednesday).
- coder (the story's day): an accord told in passing after "N days after" ("a day after the juntas signed a
  defence pact in Niamey") dates the accord, not the story: a later sentence with no day of its own takes
  the lead's act's day (blind b65-069 Kamanyola, Luvungi, Uvira: were the accord's day). Near miss: a
  violent act told there keeps setting the story's day ("... a day after the Houthis said they had fired a
  missile at Haifa. Israel's military said that missile had been intercepted": the missile's day; tried for
  every act, the rule lost four train items of that kind).
- coder (the first site's part, ``_parts``): a sentence whose first site's part ends on an announcement's
  day ("said on Thursday its forces had repelled assaults near A and B on Wednesday": A's part is the words
  before B) no longer dates A by the saying when the act has a day of its own (dates.announces, the test
  dates.reported_on applies, made public): Wednesday at A and B, and the story's day (blind b64-062
  Rodynske, Myrnohrad, Kostiantynivka, Druzhkivka: were the saying's day). Near miss: with no day of the
  act's own ("said on Thursday its jets had struck targets at A, B and C") the saying's day dates them all.

No pattern is new or changed (announces runs reported_on's two patterns, bounded windows); a long text of
such sentences parses in linear time.
"""

from __future__ import annotations

import pytest

from mapper.events.dates import announces, find_dates, reported_on
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, repeated_parse_growth

coded = reader_of("site", "sub_type", "date_text", published="2025-03-14")  # a Friday

AFTER_IN_A_DATED_DATELINE = [
    ("ADEN, Yemen, March 14 (Reuters) - Saudi-led jets struck Hajjah's airport, destroying two cargo "
     "planes, on Friday, two days after a Houthi drone hit a power station in Marib. The strikes also hit a "
     "fuel depot in Haradh, officials said.",
     "2025-03-14",
     [("Ḩajjah", "Air/drone strike", "2025-03-14"), ("Ma'rib", "Air/drone strike", "2025-03-12"),
      ("Ḩaraḑ", "Air/drone strike", "2025-03-14")]),
]

ACCORD_IN_PASSING = [
    ("NIAMEY, Nov 14 (AFP) - Fighting broke out between Nigerien troops and jihadists near Ouallam on "
     "Friday, a day after the juntas of Niger and Mali signed a defence pact in Niamey. Drones later struck "
     "a column of fighters outside Tillaberi, the army said.",
     "2025-11-14",
     [("Ouallam", "Armed clash", "2025-11-14"), ("Niamey", "Agreement", "2025-11-13"),
      ("Tillabéri", "Air/drone strike", "2025-11-14")]),
]

# A violent act told after "a day after" goes on in the next sentence: its day stays the story's.
ACT_IN_PASSING = ("Israeli jets struck the port of Hodeidah on Tuesday night, the group's television said, "
                  "a day after the Houthis said they had fired a missile at Haifa. Israel's military said "
                  "that missile had been intercepted over the Golan Heights.")

ANNOUNCED_WITH_A_DAY = [
    ("Russia's Defence Ministry said on Thursday its forces had repelled Ukrainian assaults near Vovchansk "
     "and Kupiansk on Wednesday. Ukrainian shelling hit Belgorod, wounding two people, the governor said.",
     "2025-08-14",
     [("Vovchansk", "Armed clash", "2025-08-13"), ("Kupyansk", "Armed clash", "2025-08-13"),
      ("Belgorod", "Shelling/artillery/missile attack", "2025-08-13")]),
]

# No day of the act's own: the saying's day dates every site.
ANNOUNCED_ONLY = ("Israel's military said on Thursday its jets had struck Hezbollah targets at Nabatieh, "
                  "Tyre and Baalbek.")


@pytest.mark.parametrize(("text", "published", "want"), AFTER_IN_A_DATED_DATELINE)
def test_a_dated_datelines_act_is_not_dated_by_the_after_day(either: Pipeline, text: str, published: str,
                                                              want: list[tuple]) -> None:
    assert coded(either, text, published=published) == want


@pytest.mark.parametrize(("text", "published", "want"), ACCORD_IN_PASSING)
def test_an_accord_told_after_n_days_after_is_not_the_storys_day(either: Pipeline, text: str, published: str,
                                                                 want: list[tuple]) -> None:
    assert coded(either, text, published=published) == want


def test_an_act_told_after_n_days_after_stays_the_storys_day(unfiltered: Pipeline) -> None:
    got = coded(unfiltered, ACT_IN_PASSING, published="2025-06-18")
    assert got == [("Haifa", "Shelling/artillery/missile attack", "2025-06-16"),
                   ("Al Ḩudaydah", "Air/drone strike", "2025-06-17"),
                   ("Golan Heights", "Disrupted weapons use", "2025-06-16")]


@pytest.mark.parametrize(("text", "published", "want"), ANNOUNCED_WITH_A_DAY)
def test_the_first_part_is_not_dated_by_the_saying_when_the_act_has_a_day(
        either: Pipeline, text: str, published: str, want: list[tuple]) -> None:
    assert coded(either, text, published=published) == want


def test_the_saying_dates_the_sites_when_the_act_has_no_day(either: Pipeline) -> None:
    got = coded(either, ANNOUNCED_ONLY, published="2025-08-14")
    assert [row[2] for row in got] == ["2025-08-14"] * 3
    assert len(got) == 3


def test_announces_is_reported_ons_test() -> None:
    sentence = "The army said on Saturday it had recaptured the town, and fighting went on on Sunday."
    dates = find_dates(sentence, "2025-03-16")
    assert [announces(sentence, d) for d in dates] == [True, False]
    assert reported_on(sentence, dates) is not None
    plain = "Gunmen attacked the town on Saturday."
    assert not any(announces(plain, d) for d in find_dates(plain, "2025-03-16"))


# -- linear time --------------------------------------------------------------------------------------------

def test_many_such_reports_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("ADEN, Yemen, March 14 (Reuters) - Jets struck Hajjah's airport on Friday, two days after a "
            "drone hit Marib. Russia's Defence Ministry said on Thursday its forces had repelled assaults "
            "near Vovchansk and Kupiansk on Wednesday. Fighting broke out near Ouallam on Friday, a day "
            "after the juntas signed a pact in Niamey. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
