"""The lead's act told again in a later sentence of a wire article is no second site (session 10).

Every sentence is our own. A full article tells its lead act again: "The attacker struck shortly after
dawn ... at the post on the road to Miranshah", "The blast happened at a checkpoint outside Lakki
Marwat". A sentence whose subject is the act or the attackers just told ("The attacker", "The
bombers", "The blast", "The ambush"), that places its act only relatively ("on the road to X",
"near X", "the outskirts of X": precision 2) within 100 km of the town where the act just told
happened, and says nothing of another act ("also", "a second", "another", "separately"), tells that
act: the relative place says where it was, not a second site. A new act ("A second bomb also
exploded near X", "The attackers also ambushed a convoy near X", "Gunmen attacked a post near X")
keeps its own site.
"""

from __future__ import annotations

import pytest

from mapper.events import coder
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing
from tests.test_phantom_told_before import _events

LEAD = ("PESHAWAR, Pakistan (Reuters) - A suicide bomber rammed an explosives-laden car into a police "
        "checkpoint in the northwestern city of Bannu on Friday, killing nine policemen, officials said. ")
LEAD_JOS = ("JOS, Nigeria (AP) - Gunmen killed 12 villagers in an attack in Bokkos on Sunday night, police "
            "said. ")


@pytest.mark.parametrize(("text", "events"), [
    (LEAD + "The attacker struck shortly after dawn as officers changed shifts at the post on the road to "
     "Miranshah, the district police chief said.", [("Bannu", "Suicide bomb")]),
    (LEAD + "The blast happened at a checkpoint on the road to Miranshah, police said.",
     [("Bannu", "Suicide bomb")]),
    (LEAD + "The bomber struck at the post on the outskirts of Lakki Marwat, police said.",
     [("Bannu", "Suicide bomb")]),
    (LEAD_JOS + "The attackers struck the farming settlement on the outskirts of Mangu shortly before "
     "midnight, a police spokesman said.", [("Bokkos", "Attack")]),
])
def test_the_lead_retold_at_a_relative_place_is_the_lead(pipeline: Pipeline, text: str,
                                                         events: list[tuple[str, str]]) -> None:
    assert _events(pipeline, text) == events


@pytest.mark.parametrize(("text", "events"), [
    # another act, said so ("also", "a second"): a site of its own
    (LEAD + "A second bomb also exploded near Lakki Marwat, wounding two.",
     [("Bannu", "Suicide bomb"), ("Lakki", "Remote explosive/landmine/IED")]),
    (LEAD + "The attackers also ambushed a police convoy near Lakki Marwat, killing two officers.",
     [("Bannu", "Suicide bomb"), ("Lakki", "Armed clash")]),
    # a subject that is no retelling: a new act
    (LEAD + "Hours later, gunmen attacked a police post near Lakki Marwat, killing two officers.",
     [("Bannu", "Suicide bomb"), ("Lakki", "Armed clash")]),
])
def test_another_act_near_the_lead_keeps_its_site(pipeline: Pipeline, text: str,
                                                   events: list[tuple[str, str]]) -> None:
    assert _events(pipeline, text) == events


def test_the_patterns_read_the_subject_and_the_words_of_another_act() -> None:
    assert coder._RETOLD_SUBJECT.match("The attacker struck shortly after dawn")
    assert coder._RETOLD_SUBJECT.match("\u201cThe blast happened at a checkpoint")
    assert not coder._RETOLD_SUBJECT.match("The army said the attacker struck")
    assert coder._ANOTHER_ACT.search("A second bomb exploded")
    assert not coder._ANOTHER_ACT.search("The blast hit")


# -- linear on pathological input ---------------------------------------------------------------------

@pytest.mark.parametrize(("pattern", "text"), [
    ("_RETOLD_SUBJECT", ("The " * 25_000)[:100_000]),
    ("_ANOTHER_ACT", ("otherwise " * 10_000)[:100_000]),
], ids=["subject", "another"])
def test_the_new_patterns_end_on_100_kb(pattern: str, text: str) -> None:
    rx = getattr(coder, pattern)
    assert rx.match(text) is None and (pattern != "_ANOTHER_ACT" or rx.search(text) is None)


@pytest.mark.parametrize("unit", ["The attacker struck at the post on the road to Miranshah. ",
                                  "The blast hit near Lakki Marwat, a second one near Bannu. ",
                                  "The The The "], ids=["retold", "two", "the"])
def test_retold_acts_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return LEAD + unit * (n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-03-14"), 20_000) < GROWTH
