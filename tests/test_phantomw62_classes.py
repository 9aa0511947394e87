"""Session 49, helper phantomw62: two classes of phantom events in wire copy, from the blind files' train
misses (training/events/noevent62.jsonl carries them, with wire paragraphs and articles of background, claims,
old deals, tolls over a period and places named by officials). Every sentence here is our own.

- clauses._claimed_launches, _intercepted_elsewhere (_LAUNCH_CLAIM_VERB, _INTERCEPTED_PLACE, _OTHER_WEAPON,
  wordhits.whole_word_starts), read by clauses.Clauses: a launch its launcher claims ("the Houthis said they
  had fired a ballistic missile at X", "said they had targeted X airport") when the claim's sentence, the one
  before or the one after tells an interception at a named place the claim does not name ("intercepted ...
  over the Negev", "shot down near Jizan") reports nothing: its span is unreal (the target is context) and a
  violence clause it opens is background. The interception is coded where the defender places it (blind
  b60-053 Ben Gurion airport; the corpus codes b27-060, b51-077, b58-054, t60-026, w59-003 this way).
  Near misses that must not change: rockets or shells claimed ("Hezbollah said it had fired rockets at Kiryat
  Shmona", with a drone stopped near another town: a shelling, as the corpus codes it); an interception over
  the target itself ("shot them down over the city"), or one with no place; a launch told as fact.
- triggers._DESPITE_DEAL, read by triggers.not_this_act for an Agreement: a deal inside the noun phrase
  "despite" opens ("despite a declaration of principles signed by Kinshasa and the rebels in Doha", "despite
  a truce brokered by tribal elders in X") was made before the news: no agreement, its venue context (blind
  b54-068, b61-074 Doha).
  Near misses: "despite" after the deal ("signed a ceasefire in Doha on Sunday despite heavy fighting"), or
  before a break ("Despite the fighting, the two sides signed a truce in X on Monday").
"""

from __future__ import annotations

import pytest

from mapper.events.clauses import _INTERCEPTED_PLACE, _LAUNCH_CLAIM_VERB, _OTHER_WEAPON
from mapper.events.triggers import _DESPITE_DEAL
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-07-28"  # a Monday

coded = reader_of("site", "sub_type", published=PUBLISHED)


# -- a claimed launch, stopped elsewhere ---------------------------------------------------------------------

CLAIMED = [
    ("The Saudi-led coalition said it had shot down a drone near Jizan on Friday, hours after the Houthis "
     "said they had launched drones at Abha airport.",
     [("Jizan", "Disrupted weapons use")], "Abha"),
    ("The Houthis said on Sunday they had fired two ballistic missiles at Ashdod. The Israeli military said "
     "both missiles were intercepted over the sea near Ashkelon.",
     [("Ashkelon", "Disrupted weapons use")], "Ashdod"),
    ("Israel's air force said it had downed a drone launched from Yemen near Eilat on Sunday. The Houthis "
     "said in a statement that they had fired three drones at Haifa port. There was no word of any damage in "
     "Haifa.",
     [("Eilat", "Disrupted weapons use")], "Haifa"),
]


@pytest.mark.parametrize(("text", "want", "target"), CLAIMED)
def test_a_claimed_launch_stopped_elsewhere_is_no_event(either: Pipeline, text: str, want: list[tuple],
                                                          target: str) -> None:
    assert coded(either, text) == want
    roles = roles_of(either, text, PUBLISHED)
    assert all(role == "context" for name, role in roles if name.startswith(target))


CLAIMED_KEPT = [
    # rockets claimed: a shelling where they were fired at, whatever was stopped elsewhere
    ("Hezbollah said it had fired rockets at Kiryat Shmona on Monday. Israel said it intercepted a drone "
     "near Metula.",
     [("Qiryat Shmona", "Shelling/artillery/missile attack"), ("Metula", "Disrupted weapons use")]),
    # stopped over the target itself
    ("The RSF said it had launched drones at an army base in Shendi on Monday, and the army said its air "
     "defences shot them down over the city.",
     [("Shendi", "Disrupted weapons use")]),
]


@pytest.mark.parametrize(("text", "want"), CLAIMED_KEPT)
def test_a_claim_stopped_at_its_target_or_of_rockets_stays(unfiltered: Pipeline, text: str,
                                                           want: list[tuple]) -> None:
    assert coded(unfiltered, text) == want


# -- a deal named by "despite" ------------------------------------------------------------------------------

DESPITE = [
    ("Fighting between rival militias erupted in Zawiya on Sunday despite a truce brokered by tribal elders "
     "in Zintan.",
     [("Zawiya", "Armed clash")], "Zintan"),
    ("Clashes between the army and Fano militiamen broke out near Gondar on Monday, despite a peace "
     "agreement signed by the two sides in Bahir Dar.",
     [("Gonder", "Armed clash")], "Bahir Dar"),
]


@pytest.mark.parametrize(("text", "want", "venue"), DESPITE)
def test_a_deal_named_by_despite_is_no_agreement(either: Pipeline, text: str, want: list[tuple],
                                                 venue: str) -> None:
    assert coded(either, text) == want
    assert dict(roles_of(either, text, PUBLISHED))[venue] == "context"


DESPITE_KEPT = [
    ("Despite the fighting, the government and the rebels signed a truce in Addis Ababa on Monday.",
     [("Addis Ababa", "Agreement")]),
    ("The two sides signed a ceasefire in Doha on Sunday despite heavy fighting around Goma.",
     [("Goma", "Armed clash"), ("Doha", "Agreement")]),
]


@pytest.mark.parametrize(("text", "want"), DESPITE_KEPT)
def test_a_deal_signed_despite_something_stays(unfiltered: Pipeline, text: str, want: list[tuple]) -> None:
    assert coded(unfiltered, text) == want


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "despite a b c d e f g ",
    "intercepted a b c d e over near the ",
    "fired launched targeted rockets shells ",
    "shot  down over the central ",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_DESPITE_DEAL, _INTERCEPTED_PLACE, _LAUNCH_CLAIM_VERB, _OTHER_WEAPON):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_claims_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("The Houthis said they had fired a missile at Ashdod. Israel said it was intercepted near "
            "Ashkelon. Clashes broke out near Gondar despite a truce signed in Bahir Dar. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
