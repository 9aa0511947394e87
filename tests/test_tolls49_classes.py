"""Tolls of both sides, session 42 (tolls49, gold file tolls48.jsonl).

Every sentence is our own. Classes (casualties.py):
- a list whose last group has one modifier before its people noun ("40 soldiers and volunteer fighters
  died", `_bare_people`/`_modifier`): read nothing before (b45-069, b47-059, w45-005); a modifier of the
  state's side (`_STATE_SIDE`: "volunteer", "pro-government" ...) keeps the dead one side's, so that the
  victims stay the forces;
- a counted group after "the" ("before security forces killed the four attackers"): the attackers were not
  read, so not added (b40-059, tl47-025);
- the attackers' own dead told apart are not the victims (`victims`): "killing six guests before police
  killed the three attackers" keeps actor2 civilians;
- "killing him and five of his bodyguards", "killing him and his driver" (`_HIM`): the person just told is
  counted with the others (tl47-006, l24-012 read none); "killing him" alone stays unread (the person may be
  counted already);
- a vague few ("several", "a few": `few`) of the other side's dead is not added to an explicit figure, in one
  sentence or the next ("killing nine soldiers and several assailants" 9; "... The army said it had
  neutralised several attackers" leaves the soldiers' figure), as the corpus codes it (10 train items);
  "dozens" (12) are added.

Near misses that keep their reading: "19 soldiers and suspected militants" (one figure for both sides, no
victims' side), "killed the two" (no noun: not read), "VDP auxiliaries" (a capitalised modifier is not one).
"""

from __future__ import annotations

import time

import pytest

from mapper.events.casualties import _STATE_SIDE, casualties, few, victims
from mapper.model import Article
from mapper.pipeline import Pipeline

PUBLISHED = "2025-11-04"  # a Tuesday

Toll = tuple[str, str, int | None, str | None]  # place, sub-type, dead, actor2


def _tolls(pipeline: Pipeline, text: str) -> list[Toll]:
    doc = pipeline.parse(Article("tolls49", text, published=PUBLISHED))
    return sorted((e.location.name, e.sub_event_type, e.fatalities, e.actor2.name if e.actor2 else None)
                  for e in doc.events)


def _both(pipeline: Pipeline, unfiltered: Pipeline, text: str) -> list[Toll]:
    """The reading with the event filter on, checked equal to the rules' reading (filter off)."""
    got = _tolls(pipeline, text)
    assert got == _tolls(unfiltered, text)
    return got


# ---- a list's last group with a modifier

@pytest.mark.parametrize(("sentence", "dead"), [
    ("At least 40 soldiers and volunteer fighters died on Sunday.", 40),
    ("Security sources said at least 30 soldiers and volunteer fighters were killed in the assault.", 30),
    ("Twelve policemen and pro-government militiamen were killed in the ambush.", 12),
    ("At least 40 soldiers and fighters died on Sunday.", 40),  # as before: no modifier
])
def test_a_modified_last_group_shares_the_figure(sentence: str, dead: int) -> None:
    assert casualties(sentence) == (dead, None)


def test_state_side_modifiers_keep_the_forces_as_victims() -> None:
    assert "volunteer" in _STATE_SIDE and "suspected" not in _STATE_SIDE
    convoy = "Jihadists ambushed a convoy near Dori, killing 15 soldiers and volunteer fighters."
    assert victims(convoy) == "forces"
    # another modifier counts both sides: no victims' side
    assert victims("Gunmen attacked a checkpoint, killing 19 soldiers and suspected militants.") == ""


def test_soldiers_and_volunteers_then_attackers_in_the_next_sentence_add(pipeline: Pipeline,
                                                                        unfiltered: Pipeline) -> None:
    text = ("At least 25 soldiers and volunteer fighters died on Monday when jihadists attacked the army "
            "post at Djibo, security sources said. About 15 of the attackers were also killed, one source "
            "said.")
    assert _both(pipeline, unfiltered, text) == [("Djibo", "Armed clash", 40, "Burkinabe forces")]


def test_attackers_neutralised_first_then_soldiers_and_volunteers(pipeline: Pipeline,
                                                                  unfiltered: Pipeline) -> None:
    text = ("The army said on Tuesday it had \"neutralised\" dozens of jihadists who attacked its base at "
            "Arbinda a day earlier. Security sources said at least 20 soldiers and volunteer fighters were "
            "killed in the assault.")
    assert _both(pipeline, unfiltered, text) == [("Aribinda", "Armed clash", 32, "Burkinabe forces")]


# ---- "the N attackers" after the act

def test_the_attackers_killed_after_the_act_are_added(pipeline: Pipeline, unfiltered: Pipeline) -> None:
    text = ("Gunmen stormed a guesthouse in Garowe on Sunday night, killing five guests before police killed "
            "the three attackers, officials said.")
    got = _both(pipeline, unfiltered, text)
    assert [(place, dead, actor2) for place, _, dead, actor2 in got] == [("Garoowe", 8, "civilians")]


def test_the_attackers_counted_apart_are_not_the_victims() -> None:
    assert casualties("killing six guests before security forces killed the three attackers") == (9, None)
    assert victims("killing six guests before security forces killed the three attackers") == "civilians"


# ---- "him and" the others

@pytest.mark.parametrize(("sentence", "dead"), [
    ("A car bomb struck the convoy of a district governor in Kismayo on Monday, killing him and four of his "
     "guards, police said.", 5),
    ("Gunmen ambushed a village chief on Sunday, killing him and his driver, police said.", 2),
    ("Gunmen shot a judge on Sunday, killing her and two of her bodyguards.", 3),
])
def test_him_and_the_others_are_counted(sentence: str, dead: int) -> None:
    assert casualties(sentence) == (dead, None)


def test_him_and_the_others_in_the_pipeline(pipeline: Pipeline, unfiltered: Pipeline) -> None:
    text = ("A car bomb struck the convoy of a district governor in Kismayo on Monday, killing him and four "
            "of his guards, police said.")
    assert [(place, dead) for place, _, dead, _ in _both(pipeline, unfiltered, text)] == [("Kismayo", 5)]


# ---- a vague few of the other side is no figure to add

@pytest.mark.parametrize(("sentence", "dead"), [
    ("Local elders said at least nine soldiers and several militants died.", 9),
    ("The raid killed 11 policemen and a few of the attackers.", 11),
    ("Several militants died in the clash.", 3),  # alone it is still the lowest figure it allows
    ("At least nine soldiers and dozens of militants died.", 21),  # dozens are added
])
def test_a_few_beside_an_explicit_figure_is_not_added(sentence: str, dead: int) -> None:
    assert casualties(sentence) == (dead, None)


def test_few_is_a_vague_count_of_three_or_fewer() -> None:
    assert few(3, True) and not few(3, False) and not few(12, True)


@pytest.mark.parametrize(("second", "dead"), [
    ("The army said it had neutralised several attackers.", 14),
    ("Several assailants were also killed, the army said.", 14),
    ("The army said it had neutralised dozens of attackers.", 26),
])
def test_a_few_attackers_in_the_next_sentence_are_not_added(pipeline: Pipeline, unfiltered: Pipeline,
                                                            second: str, dead: int) -> None:
    text = ("Jihadists attacked an army post at Arbinda on Sunday, killing at least 14 soldiers, security "
            "sources said. " + second)
    assert [(place, n) for place, _, n, _ in _both(pipeline, unfiltered, text)] == [("Aribinda", dead)]


# ---- near misses

@pytest.mark.parametrize(("sentence", "want"), [
    ("Gunmen stormed a guesthouse and killed the two, officials said.", (None, None)),  # no noun
    ("killing at least 15 soldiers and VDP auxiliaries, security sources said.", (15, None)),
    ("Six soldiers and the attackers were killed.", (None, None)),  # a determiner is no modifier
    ("Six soldiers and wounded fighters were killed.", (None, None)),  # nor a casualty word
    ("Gunmen shot a policeman in Bannu, killing him, police said.", (None, None)),  # "him" alone
    ("Gunmen shot a policeman, killing him and wounding two others.", (1, 2)),
])
def test_near_misses_keep_their_reading(sentence: str, want: tuple[int | None, int | None]) -> None:
    assert casualties(sentence) == want


def test_near_miss_in_the_pipeline(pipeline: Pipeline, unfiltered: Pipeline) -> None:
    text = ("Gunmen stormed a guesthouse in Garowe on Sunday night, killing five guests, officials said. "
            "Police later arrested the two suspects.")
    assert _both(pipeline, unfiltered, text) == [("Garoowe", "Attack", 5, "civilians")]


# ---- bounded: no new regex; each new look-ahead is one or two words

@pytest.mark.parametrize("unit", [
    "40 soldiers and volunteer fighters and ",
    "killing the four attackers before the three guards and the two ",
    "killing him and him and his driver and ",
])
def test_100_kb_of_lists_and_counted_groups_is_fast(unit: str) -> None:
    text = unit * (100_000 // len(unit) + 1) + "were killed."
    assert len(text) >= 100_000
    t0 = time.process_time()
    casualties(text)
    victims(text)
    assert time.process_time() - t0 < 3.0
