"""Session 50, helper actors64: actor1 of the blind files' train misses (fresh mixed64, mixed65, and older
blind rows of the same classes) that training/events/actors57.jsonl carries. Every sentence is our own.

- A state's foreign ministry named alone (the actor table's government heads "foreign ministry" and, new,
  "foreign office", now in actors._BARE_OK): "The foreign ministry summoned Myanmar's ambassador in Dhaka",
  "the Foreign Office summoned Afghanistan's charge d'affaires in Islamabad" is the government of the event's
  country (blind b59-071, b61-072, b62-072, b64-067 read no actor1). With it, coder.EventCoder's story-home
  override of a speaker of no country skips a diplomatic protest: a state summons envoys at home ("Italy ...
  summoned the Israeli ambassador in Rome, the foreign ministry said" is Italy's, blind b22-055; in our
  test "Spain, which has 600 troops in the force, summoned ... in Madrid" after a strike in Lebanon read
  "Spanish forces"). Near misses: "Pakistan's foreign office said it would lodge a protest" (a threat: no
  event, as before); a foreign ministry with its nationality, a state named as the subject in a story of its
  own (read as before).
- Mediators (a new government head of the actor table, "mediators", with its nationality only: a bare
  "Mediators said" names no state): "Egyptian and Qatari mediators met Hamas negotiators in Cairo" is a
  meeting of the Egyptian government with Hamas (blind b58-068, b65-068 read Hamas as actor1). With it,
  actors.closing_source, read by the coder before actors.parties: a phrase that tells the news after a comma
  with its speech verb ("..., Omani mediators said") is the report's source, not a party of the talks
  (venues26's v26-075 kept "Houthis -> Saudi government"). Near miss: "Houthi and Saudi negotiators held
  talks in Muscat" with no teller (read as before).
- The Azande Ani Kpi Gbe militia of the Central African Republic is "AAKG" (a new group of the actor table,
  aliases "Azande Ani Kpi Gbe", "Ani Kpi Gbe", "AAKG"), as the corpus codes it (actors15): "Fighters of the
  Azande Ani Kpi Gbe (AAKG) militia attacked ..." (blind b24-030 read "militia", bh34-072, b48-067, b54-078
  read "Ani Kpi Gbe militia"). Near miss: a militia the table lacks ("the Zande self-defence militia") keeps
  its class.

No new or changed regex: the rules are table entries, a set and a comparison (closing_source reads the
existing actors._SPOKE at one offset); the 100 KB parse below keeps them linear.
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, repeated_parse_growth

PUBLISHED = "2025-03-12"  # a Wednesday

coded = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)


FOREIGN_MINISTRY = [
    ("The foreign ministry summoned Nepal's ambassador in New Delhi on Tuesday over the border incident.",
     [("New Delhi", "Diplomatic protest", "Indian government", "Nepalese government")]),
    ("In Nairobi, the Foreign Office summoned Uganda's charge d'affaires on Monday and lodged a protest.",
     [("Nairobi", "Diplomatic protest", "Kenyan government", "Ugandan government")]),
]


@pytest.mark.parametrize(("text", "want"), FOREIGN_MINISTRY)
def test_a_foreign_ministry_named_alone_is_its_states_government(either: Pipeline, text: str,
                                                                  want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_a_summons_told_by_the_foreign_ministry_in_another_theatres_story_is_the_summoners(
        either: Pipeline) -> None:
    text = ("Israeli tank fire hit a UN position in Naqoura on Tuesday, wounding two peacekeepers. Spain, "
            "which has 600 troops in the force, summoned the Israeli ambassador in Madrid, the foreign "
            "ministry said.")
    protests = [row for row in coded(either, text) if row[1] == "Diplomatic protest"]
    assert protests == [("Madrid", "Diplomatic protest", "Spanish government", "Israeli government")]


def test_a_state_named_as_the_subject_reads_as_before(either: Pipeline) -> None:
    text = "Spain summoned the Moroccan ambassador in Madrid on Tuesday, the foreign ministry said."
    want = [("Madrid", "Diplomatic protest", "Spanish government", "Moroccan government")]
    assert coded(either, text) == want


def test_a_foreign_ministry_with_its_nationality_reads_as_before(either: Pipeline) -> None:
    text = "Kenya's foreign ministry summoned Uganda's charge d'affaires in Nairobi on Monday."
    want = [("Nairobi", "Diplomatic protest", "Kenyan government", "Ugandan government")]
    assert coded(either, text) == want


def test_a_foreign_offices_threat_is_no_event(either: Pipeline) -> None:
    text = "Pakistan's foreign office said it would lodge a protest with Kabul if the attacks continued."
    assert coded(either, text) == []


MEDIATORS = [
    ("Egyptian and Qatari mediators met Hamas negotiators in Cairo on Tuesday to shore up the truce.",
     [("Cairo", "Meeting/talks", "Egyptian government", "Hamas")]),
    ("Turkish mediators met Russian and Ukrainian delegations in Istanbul on Monday, officials said.",
     [("Istanbul", "Meeting/talks", "Turkish government", "Russian government")]),
]


@pytest.mark.parametrize(("text", "want"), MEDIATORS)
def test_mediators_are_their_states_government(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


def test_mediators_who_tell_the_talks_are_no_party(either: Pipeline) -> None:
    text = ("Houthi and Saudi negotiators held a third day of talks in Muscat on Tuesday on the prisoner "
            "swap, Omani mediators said.")
    assert coded(either, text) == [("Muscat", "Meeting/talks", "Houthis", "Saudi government")]


def test_talks_with_no_teller_read_as_before(either: Pipeline) -> None:
    text = "Houthi and Saudi negotiators held a third day of talks in Muscat on Tuesday on the prisoner swap."
    assert coded(either, text) == [("Muscat", "Meeting/talks", "Houthis", "Saudi government")]


AAKG = [
    ("Fighters of the Azande Ani Kpi Gbe (AAKG) militia attacked an army post in Obo on Monday, killing "
     "three soldiers, local sources said.",
     [("Obo", "Armed clash", "AAKG", "Central African forces")]),
    ("Azande Ani Kpi Gbe militiamen attacked an army position in Djema on Tuesday, killing two soldiers.",
     [("Djéma", "Armed clash", "AAKG", "Central African forces")]),
]


@pytest.mark.parametrize(("text", "want"), AAKG)
def test_the_azande_militia_is_aakg(either: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(either, text) == want


# -- 100 KB bounds ------------------------------------------------------------------------------------------

def test_many_summons_and_mediators_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("The foreign ministry summoned Nepal's ambassador in New Delhi on Tuesday. Egyptian and Qatari "
            "mediators met Hamas negotiators in Cairo on Tuesday, Omani mediators said. Azande Ani Kpi Gbe "
            "militiamen attacked an army position in Obo. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
