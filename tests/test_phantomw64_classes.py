"""Session 50, helper phantomw64: phantoms in wire copy at places that must stay context, for the classes of
the blind files' train phantom rows that training/events/noevent66.jsonl carries. Every sentence is our own.

- negotiations told in the progressive, the participle "negotiating" the trigger: "the RSF, which is
  negotiating separately with the army's allies in Jeddah, denied ...", "the two sides are negotiating in
  Amman" (triggers._NEGOTIATING_ONGOING_BEFORE, read beside _ONGOING_BEFORE in ``not_this_act``): a process
  under way, no meeting on a day, the venue context; near misses: "Delegations met in Jeddah on Sunday"
  (a meeting held) and "negotiated a truce in Jeddah on Sunday" (no progressive) stay meetings or deals;
- a deal named as made before, with an adverb of time before its participle or its document after its noun:
  "The truce, first agreed in Muscat on March 2, ended ...", "violating a ceasefire declaration agreed in
  Caracas" (triggers._KNOWN_DEAL, widened): no agreement, the place context; near miss: "A truce was agreed
  in Muscat on Sunday" stays an agreement;
- a teller named with its town as the subject, confirming an act a sentence before told: "Police in Jos,
  the state capital, confirmed the attacks but said ...", "The army's spokesman in Beni confirmed the attack
  and said ..." (roles._TELLER_SUBJECT_IN, _TELLER_CONFIRMS_TOLD, read by ``_tellers_of_a_told_act``): the
  town is context (rule "teller"), the act stays at its own site; near misses: "Police in Jos said gunmen
  killed 11 farmers" (a new act, no object told before) and a first sentence's teller keep their site;
- ... and tellers who watch from afar, whatever they say, after a sentence that placed an act: "Diplomats in
  Muscat say inspectors still lack access to the bombed depot", "Analysts in Nairobi said the attack would
  delay talks" (roles._REMOTE_TELLER_IN, _REMOTE_TELLER_VERB, in ``_tellers_of_a_told_act``): context; near
  miss: "Diplomats in Juba say both sides are recruiting" alone in its text keeps what the base reads.
"""

from __future__ import annotations

import pytest

from mapper.events.roles import (
    _REMOTE_TELLER_IN,
    _REMOTE_TELLER_VERB,
    _TELLER_CONFIRMS_TOLD,
    _TELLER_SUBJECT_IN,
)
from mapper.events.triggers import _KNOWN_DEAL, _NEGOTIATING_ONGOING_BEFORE
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2026-03-05"  # a Thursday

coded = reader_of("site", "sub_type", published=PUBLISHED)


# -- negotiations under way ---------------------------------------------------------------------------------

ONGOING = [
    ("The RSF, which is negotiating separately with the army's allies in Jeddah, denied shelling the market.",
     "Jeddah"),
    ("Yemen's government and the Houthis are negotiating in Amman over the reopening of roads, an official "
     "said.", "Amman"),
    ("The rebels, who are still negotiating with mediators in Lome, said they would not disarm.", "Lome"),
]


@pytest.mark.parametrize(("text", "venue"), ONGOING)
def test_negotiations_under_way_code_no_meeting(either: Pipeline, text: str, venue: str) -> None:
    assert coded(either, text) == []
    assert (venue, "context") in roles_of(either, text, published=PUBLISHED)


def test_a_meeting_held_is_still_a_meeting(unfiltered: Pipeline) -> None:
    text = "Army and RSF delegations met in Jeddah on Sunday, Saudi mediators said."
    assert [row[1] for row in coded(unfiltered, text)] == ["Meeting/talks"]


# -- deals made before -------------------------------------------------------------------------------------

MADE_BEFORE = [
    ("The truce, first agreed in Muscat on March 2, ended a week of clashes along the border.", "Muscat"),
    ("The ELN accused the army of violating a ceasefire declaration agreed in Caracas.", "Caracas"),
    ("The accord, initially signed in Lusaka, was never carried out.", "Lusaka"),
]


@pytest.mark.parametrize(("text", "place"), MADE_BEFORE)
def test_a_deal_named_as_made_before_codes_nothing(either: Pipeline, text: str, place: str) -> None:
    assert coded(either, text) == []
    assert (place, "context") in roles_of(either, text, published=PUBLISHED)


def test_a_deal_made_is_still_an_agreement(unfiltered: Pipeline) -> None:
    text = "A truce was agreed in Muscat on Sunday between the two factions."
    assert [row[1] for row in coded(unfiltered, text)] == ["Agreement"]


# -- a teller confirming an act told before ----------------------------------------------------------------

def test_a_teller_confirming_the_attack_is_no_site(either: Pipeline) -> None:
    text = ("Gunmen killed 11 farmers in raids near Bokkos on Sunday night, survivors said. Police in Jos, "
            "the state capital, confirmed the attacks but said eight people had been killed.")
    roles = roles_of(either, text, published=PUBLISHED)
    assert ("Jos", "context") in roles
    assert ("Bokkos", "event_site") in roles
    assert [row[0] for row in coded(either, text)] == ["Bokkos"]


def test_a_spokesman_confirming_the_attack_is_no_site(either: Pipeline) -> None:
    text = ("ADF rebels killed 16 civilians in Mangina on Tuesday night, local officials said. The army's "
            "spokesman in Beni confirmed the attack and said troops were pursuing the attackers.")
    roles = roles_of(either, text, published=PUBLISHED)
    assert ("Beni", "context") in roles
    assert ("Mangina", "event_site") in roles


def test_a_teller_of_a_new_act_keeps_the_site(either: Pipeline) -> None:
    text = ("Gunmen killed 11 farmers in raids near Bokkos on Sunday night. Police in Jos said gunmen killed "
            "two traders in the city on Monday.")
    assert ("Jos", "context") not in roles_of(either, text, published=PUBLISHED)  # (origin, as on the base)


def test_a_first_sentences_teller_keeps_the_site(either: Pipeline) -> None:
    text = "Police in Jos confirmed the attack on a market in the city, which killed four people on Sunday."
    assert ("Jos", "context") not in roles_of(either, text, published=PUBLISHED)


REMOTE = [
    ("Israeli jets struck a fuel depot near Hodeidah on Monday. Diplomats in Muscat say inspectors still "
     "lack access to the bombed depot.", "Muscat", "Al Ḩudaydah"),
    ("Israeli jets struck a fuel depot near Hodeidah on Monday. Diplomats in Muscat say both sides are "
     "recruiting new fighters.", "Muscat", "Al Ḩudaydah"),
    ("Rebels shelled Malakal on Monday. Analysts in Nairobi said the attack would delay talks.", "Nairobi",
     "Malakal"),
]


@pytest.mark.parametrize(("text", "teller", "site"), REMOTE)
def test_remote_tellers_are_no_site(unfiltered: Pipeline, text: str, teller: str, site: str) -> None:
    assert (teller, "context") in roles_of(unfiltered, text, published=PUBLISHED)
    assert [row[0] for row in coded(unfiltered, text)] == [site]


def test_a_remote_teller_alone_keeps_its_reading(unfiltered: Pipeline) -> None:
    text = "Diplomats in Juba say both sides are recruiting."
    assert roles_of(unfiltered, text, published=PUBLISHED) == [("Juba", "event_site")]  # as on the base


# -- 100 KB bounds ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "is still are were " * 3,
    "the truce, first the ceasefire declaration a deal agreed " * 2,
    "police in the officials at the a b c spokesman in ",
    "the some diplomats in the analysts at , a b c, say " * 2,
    ", the state capital, confirmed the the attack a b " * 2,
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_NEGOTIATING_ONGOING_BEFORE, _KNOWN_DEAL, _TELLER_SUBJECT_IN, _TELLER_CONFIRMS_TOLD,
                    _REMOTE_TELLER_IN, _REMOTE_TELLER_VERB):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_negotiations_and_tellers_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Gunmen killed five in Bokkos. Police in Jos, the state capital, confirmed the attacks. The "
            "rebels, who are negotiating in Lome, denied it. The truce, first agreed in Muscat, held. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
