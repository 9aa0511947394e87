"""Phantom events, round 28 (training/events/sentences28.jsonl and other files' train misses). Talks that
are only possible or still to come, told after their noun: the noun the subject of a modal verb of
beginning ("talks with the rebels could resume in X only if ...", "negotiations might reconvene in Y")
or of a present-tense verb in a time clause ("before talks resume in X", "once negotiations begin in Y")
are no meeting at X. Talks held, resumed or begun in the past stay a meeting.

Every sentence is our own; each class has controls that must keep their event.
"""

from __future__ import annotations

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, hundred_kb, parsing
from tests.test_phantom_told_before import _events, _roles


@pytest.mark.parametrize(("text", "place"), [
    ("The interior minister said negotiations with the armed groups might reconvene in Bangui only after the "
     "rainy season.", "Bangui"),
    ("A government envoy said talks with the Fano militia could begin in Bahir Dar if the fighters lift "
     "their blockade of the roads.", "Bahir Dar"),
    ("Mediators said peace talks between the two sides may only resume in Addis Ababa once the prisoners "
     "have been exchanged.", "Addis Ababa"),
])
def test_talks_under_a_modal_are_no_meeting(pipeline: Pipeline, text: str, place: str) -> None:
    assert _events(pipeline, text) == []
    assert _roles(pipeline, text)[place] == "context"


@pytest.mark.parametrize(("text", "place"), [
    ("The rebels said they would free 20 hostages before talks resume in Nairobi, a church mediator said.",
     "Nairobi"),
    ("Mediators said both armies would pull back their artillery once negotiations begin in Jeddah.",
     "Jeddah"),
    ("The opposition said it would keep its fighters in the hills until the peace talks reconvene in Juba.",
     "Juba"),
])
def test_talks_of_a_time_clause_in_the_present_are_still_to_come(pipeline: Pipeline, text: str,
                                                                 place: str) -> None:
    assert _events(pipeline, text) == []
    assert _roles(pipeline, text)[place] == "context"


@pytest.mark.parametrize(("text", "venue"), [
    ("Talks between the army and the rebels resumed in Nairobi on Tuesday after a two-week pause, "
     "mediators said.", "Nairobi"),
    ("Government and rebel delegates met in Juba on Monday, and talks could resume next week, mediators "
     "said.", "Juba"),
    ("Peace talks between the two sides opened in Jeddah on Saturday, Saudi officials said.", "Jeddah"),
])
def test_talks_held_stay_a_meeting(pipeline: Pipeline, text: str, venue: str) -> None:
    assert _events(pipeline, text) == [(venue, "Meeting/talks")]


def test_the_rules_read_the_tense_and_the_modal() -> None:
    low = "the rebels left the town when talks resume in nairobi."
    start = low.index("talks")
    assert triggers.unreal(low, start, start + len("talks"), "Meeting/talks")
    low = "the rebels left the town when talks resumed in nairobi on monday."
    start = low.index("talks")
    assert not triggers.unreal(low, start, start + len("talks"), "Meeting/talks")
    low = "talks with the rebels could resume in nairobi."
    assert triggers.unreal(low, 0, len("talks"), "Meeting/talks")
    low = "talks with the rebels resumed in nairobi."
    assert not triggers.unreal(low, 0, len("talks"), "Meeting/talks")


def test_the_talks_rules_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    for unit in ("before talks ", "talks could ", "with the ", "resume ", "once "):
        low = "before talks " + hundred_kb(unit)
        triggers.unreal(low, 7, 12, "Meeting/talks")  # bounded windows: returns at once

    def text(n: int) -> str:
        return "Envoys said " + " ".join("before talks with the rebels could" for _ in range(n)) + " resume."
    assert growth(parsing(pipeline, text), 700) < GROWTH


# -- claims dismissed as false ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "place"), [
    ("Mali's army dismissed as false a claim by JNIM that its fighters had overrun a military post in Boni "
     "on Sunday.", "Boni"),
    ("The army, dismissing rebel claims of an ambush near Kidal, said its convoy reached Tessalit safely.",
     "Kidal"),
    ("Kenya's police called baseless a report that officers had shot dead three protesters in Kisumu on "
     "Tuesday.", "Kisumu"),
    ("Ethiopia's government rejected as propaganda reports that drones had struck a market in Gondar.",
     "Gondar"),
])
def test_an_act_in_a_claim_dismissed_as_false_is_no_event(pipeline: Pipeline, text: str, place: str) -> None:
    assert _events(pipeline, text) == []
    assert _roles(pipeline, text)[place] != "event_site"


@pytest.mark.parametrize(("text", "site", "sub"), [
    # the act told as fact, then a denial of something else: the act stays
    ("Gunmen killed five farmers near Kajuru on Monday, police said, rejecting as false reports that the "
     "army had fled.", "Kajuru", "Attack"),
    ("Russian missiles struck Odesa on Tuesday, killing two, and Moscow dismissed as fake reports of "
     "civilian deaths.", "Odesa", "Shelling/artillery/missile attack"),
])
def test_an_act_told_before_a_dismissed_claim_stays(pipeline: Pipeline, text: str, site: str,
                                                    sub: str) -> None:
    assert _events(pipeline, text) == [(site, sub)]


def test_the_dismissed_claim_rule_is_linear_on_100_kb() -> None:
    for unit in ("dismissed as false ", "called fake a ", "rebel claims ", "denied "):
        low = hundred_kb(unit) + "attacked"
        start = len(low) - len("attacked")
        triggers.unreal(low, start, len(low), "Armed clash")  # a bounded window before the trigger
