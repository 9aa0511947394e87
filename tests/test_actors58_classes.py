"""Session 46 round 2, helper actors58: the other side (actor2) of a toll told as "N <forces> were killed and
M others wounded", a class of the blind files' train actor2 misses (b55-079 "Two Assam Rifles personnel were
killed and five others injured when unidentified gunmen ambushed their vehicle near Nambol") that
training/events/wire57.jsonl carries (w57-002, -004, -006, -010). Every sentence is our own.

- casualties.victims: a later report whose only noun is "others" ("and two others wounded", "and several
  others injured") counts more of the people an earlier report of the sentence named, not people of its own
  (casualties._OTHERS_OF_TOLL), when told in the same clause a few words after that report (no ";", "." or
  ":" between, at most casualties._OTHERS_GAP words): "Four policemen were killed and two others wounded
  when gunmen attacked" gives
  the police as actor2, "Two Border Security Force personnel were killed and three others injured" the event
  country's forces. Near misses that must not change: "others" with no noun counted before it ("Gunmen killed
  three and wounded several others": people, no side), a toll of people and others ("killing five people and
  wounding 12 others": no side), a toll of civilians and others (civilians), and a toll of two named kinds
  ("killing two soldiers and three civilians": no one side), and "others" of another clause after a
  forces' toll ("wounded three soldiers on patrol; in Garissa, a grenade ..., killing a street cleaner and
  wounding two others": the first version of the rule read them as the soldiers' and lost l31-009's Tak Bai
  row, so it was narrowed to the gap).

Not tuned (left for a later round, see the README row): a victim told "in Y" after "struck X and Y" ("Russian
forces shelled Kupiansk and Balakliia, wounding a man in Balakliia") gives the toll and actor2 to X, the first
site (w57-011, -013, -015; blind b55-027 Marhanets).
"""

from __future__ import annotations

import pytest

from mapper.events.casualties import victims
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, hundred_kb, repeated_parse_growth

PUBLISHED = "2025-07-09"  # a Wednesday


coded = reader_of("site", "sub_type", "actor1", "actor2", "fatalities", published=PUBLISHED)


# -- the others of a toll are the people it counted first --------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Four policemen were killed and two others wounded when gunmen attacked a checkpoint.", "police"),
    ("Three soldiers were killed and several others injured in the ambush.", "forces"),
    ("Two paratroopers were killed and five others wounded.", "forces"),
    ("Six villagers were killed and 11 others wounded in the raid.", "civilians"),
])
def test_the_others_count_the_people_named_first(sentence: str, want: str) -> None:
    assert victims(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("Gunmen killed three and wounded several others.", ""),  # no noun before the others
    ("The blast killed five people and wounded 12 others.", ""),  # people, no side
    ("The shelling killed two soldiers and three civilians.", ""),  # two kinds: no one side
    ("Two soldiers were killed and four wounded.", "forces"),  # the base reading, unchanged
    # others of another clause, after a forces' toll
    ("A mine wounded three soldiers on patrol near Mandera; in Garissa, a grenade went off at a bus stop, "
     "killing a street cleaner and wounding two others.", ""),
    # others told far from the toll
    ("Three soldiers were killed on Monday in an ambush that the army blamed on the rebels, and two others "
     "were wounded.", ""),
])
def test_other_tolls_keep_their_reading(sentence: str, want: str) -> None:
    assert victims(sentence) == want


@pytest.mark.parametrize("text, want", [
    ("Four policemen were killed and two others wounded when gunmen attacked a checkpoint near Gusau on "
     "Tuesday, police said.",
     [("Gusau", "Armed clash", "unidentified gunmen", "police", 4)]),
    ("Three soldiers were killed and several others injured when al-Shabaab fighters attacked a base near "
     "Beledweyne on Monday, officials said.",
     [("Beledweyne", "Armed clash", "al-Shabaab", "Somali forces", 3)]),
])
def test_the_toll_with_others_gives_the_other_side(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


# -- 100 KB bounds (no new pattern: the rule is a word set; the parse of many such tolls stays linear) ------
def test_a_long_run_of_others_reads_linearly() -> None:
    unit = "Four policemen were killed and two others wounded and three others injured "
    text = hundred_kb(unit)
    assert victims(text) in ("police", "")


def test_many_tolls_with_others_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Four policemen were killed and two others wounded when gunmen attacked a checkpoint near Gusau. "
            "Three soldiers were killed and several others injured near Beledweyne. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
