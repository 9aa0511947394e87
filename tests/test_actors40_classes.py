"""Session 34, helper actors40: an air, drone, missile or artillery strike with no striker named where the
occupier's forces are the territory's only state forces (the actor table's ``forces_of`` is its ``occupier``:
Israel in Gaza and the West Bank) is the occupier's, as it is in Ukraine (actors.occupier_strike); a bomb or
a striker named keeps the text's reading. A group's claim of the device or act named plainly ("claimed a
roadside bomb that struck", "claimed the explosion", "claimed a shooting") names the perpetrator, as "claimed
a bombing" did (actors._CLAIMED_ACTS). The kind of an attack or force between its nationality and its noun
("repelled a Russian armoured assault", "mechanised", "infantry", "ground") is a modifier of the phrase
(actors._MOD): the attack was the Russians'."""

from __future__ import annotations

import time

import pytest

from mapper.events import actors
from mapper.events.actors import occupier_strike
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of

PUBLISHED = "2025-06-03"  # a Tuesday


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


coded = reader_of("sub_type", "site", "actor1", "actor2", published=PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    ("Strikes on Beit Lahia homes kill 12, civil defence says",
     [("Air/drone strike", "Bayt Lāhyā", "Israeli forces", "civilians")]),
    ("A drone strike on a car in Tubas killed two men on Monday, the Palestinian health ministry said.",
     [("Air/drone strike", "Ţūbās", "Israeli forces", None)]),
    # near misses: a bomb names no striker; a striker named is kept; Ukraine as before
    ("Explosion at Gaza City market kills 4",
     [("Remote explosive/landmine/IED", "Gaza", None, "civilians")]),
    ("Hamas mortar fire hits Khan Younis positions of Israeli troops",
     [("Shelling/artillery/missile attack", "Khān Yūnis", "Hamas", "Israeli forces")]),
    ("Kharkiv: guided bomb hits apartment block, 2 dead",
     [("Air/drone strike", "Kharkiv", "Russian forces", "civilians")]),
])
def test_a_strike_with_no_striker_where_the_occupier_s_forces_are_the_territory_s(
        pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert coded(pipeline, text) == expected


def test_the_occupier_reader_for_a_territory_of_the_occupier_s_forces() -> None:
    found = occupier_strike("Air/drone strike", "PS")
    assert found is not None
    assert (found.name, found.country_code, found.inferred) == ("Israeli forces", "IL", True)
    assert occupier_strike("Shelling/artillery/missile attack", "PS") is not None
    assert occupier_strike("Remote explosive/landmine/IED", "PS") is None
    assert occupier_strike("Air/drone strike", "LB") is None  # no occupier in the table
    assert occupier_strike("Air/drone strike", "IL") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Al-Shabaab claimed a roadside bomb that hit a Somali army convoy outside Jowhar on Monday, killing "
     "four soldiers.",
     [("Remote explosive/landmine/IED", "Jawhar", "al-Shabaab", "Somali forces")]),
    ("The TTP claimed a shooting that killed two policemen in Mardan on Monday.",
     [("Armed clash", "Mardan", "TTP", "police")]),
    # near miss: a claim of something else names no perpetrator of the bomb
    ("A roadside bomb hit a Somali army convoy outside Jowhar on Monday, killing four soldiers. Al-Shabaab "
     "claimed victory in the elections of its own council.",
     [("Remote explosive/landmine/IED", "Jawhar", None, "Somali forces")]),
])
def test_a_claim_of_the_device_or_act_named_plainly(
        pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukrainian troops repelled a Russian armoured assault near Kupiansk on Monday, the brigade said.",
     [("Armed clash", "Kupyansk", "Russian forces", "Ukrainian forces")]),
    ("The army said its soldiers repelled a mechanised attack by RSF fighters on Babanusa on Sunday.",
     [("Armed clash", "Babanūsah", "Rapid Support Forces", "Sudanese forces")]),
    # near miss: the same words naming no actor ("an armoured vehicle") change nothing
    ("A roadside bomb hit an armoured vehicle near Kupiansk on Monday, wounding two soldiers.",
     [("Remote explosive/landmine/IED", "Kupyansk", None, "Ukrainian forces")]),
])
def test_the_kind_of_an_attack_before_its_noun(
        pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert coded(pipeline, text) == expected


def test_the_phrase_pattern_is_linear_on_100_kb_of_the_new_modifiers() -> None:
    """100 KB of the new modifiers with no head: no phrase, bounded work (every repeat is bounded)."""
    text = "Russian armoured mechanised infantry ground " * 2_400
    t0 = time.perf_counter()
    found = list(actors._PHRASE.finditer(text))
    assert time.perf_counter() - t0 < 10
    assert len(text) > 100_000 and found == []


def test_the_claimed_acts_are_linear_on_100_kb() -> None:
    """100 KB of near-misses of the new words (a claim verb, modifiers and acts in runs no claim pattern
    ends), matched from every claim verb: bounded work, no match."""
    text = " claimed a roadside car" * 2_500 + " claimed" + " roadside" * 4_000 + " Bomb" * 3_000
    starts = [i for i in range(len(text)) if text.startswith(" claimed", i)]
    t0 = time.perf_counter()
    found = [actors._CLAIMS_IT.match(text, i) for i in starts]
    assert time.perf_counter() - t0 < 10
    assert len(text) > 100_000 and all(m is None for m in found)
    assert actors._CLAIMS_IT.match(" claimed a roadside bomb that", 0) is not None
