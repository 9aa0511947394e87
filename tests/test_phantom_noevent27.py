"""Phantom events, round 27 (training/events/noevent27.jsonl's train misses). Talks and deals, which the
learned event filter never judges: a deal only proposed ("a revised truce proposal", "a ceasefire proposal
drafted by mediators in X") is no agreement at the mediators' city; talks that "had broken down" or "fell
apart" are no meeting; a meeting dated a week or more back in its own phrase ("a meeting in X earlier this
month", "talks in X last week") is background, no meeting today. And what the displaced were driven out
by ("families displaced by fighting in X", "displaced by repeated jihadist attacks") is no act of the day.

Every sentence is our own; each class has controls that must keep their event.
"""

from __future__ import annotations

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, hundred_kb, parsing
from tests.test_phantom_told_before import _events, _roles

_SITE29 = "known loss of the site model trained at session 29: "


@pytest.mark.parametrize(("text", "place"), [
    ("Egyptian mediators in Cairo handed both delegations a revised truce proposal on Tuesday, officials "
     "said.", "Cairo"),
    ("Sudan's army said on Tuesday it was studying a ceasefire proposal drafted by mediators in Jeddah.",
     "Jeddah"),
    ("Qatar sent Kinshasa and the M23 a draft peace agreement proposal on Monday, diplomats in Doha said.",
     "Doha"),
])
def test_a_deal_only_proposed_is_no_agreement(pipeline: Pipeline, text: str, place: str) -> None:
    assert _events(pipeline, text) == []
    assert _roles(pipeline, text)[place] == "context"


@pytest.mark.parametrize(("text", "venue"), [
    ("The two sides signed a ceasefire in Doha on Tuesday, mediators said.", "Doha"),
    # the proposal accepted, then a truce agreed: the agreement stays
    ("Hamas said on Tuesday it had accepted the truce proposal, and a ceasefire was agreed in Cairo hours "
     "later.", "Cairo"),
])
def test_a_deal_made_stays_an_agreement(pipeline: Pipeline, text: str, venue: str) -> None:
    assert _events(pipeline, text) == [(venue, "Agreement")]
    assert _roles(pipeline, text)[venue] == "venue"


@pytest.mark.parametrize(("text", "place"), [
    ("The army chief said talks with the rebels in Lashio had broken down over the withdrawal of troops.",
     "Lashio"),
    ("Negotiations between the government and Fano commanders in Bahir Dar fell apart on Monday, a mediator "
     "said.", "Bahir Dar"),
])
def test_talks_that_broke_down_are_no_meeting(pipeline: Pipeline, text: str, place: str) -> None:
    assert _events(pipeline, text) == []
    assert _roles(pipeline, text)[place] == "context"


@pytest.mark.parametrize(("text", "place", "others"), [
    ("Officials from both sides held a meeting in Juba earlier this month on the reopening of the border.",
     "Juba", []),
    # the meeting is background; the fighting of the report's week stays
    ("Gunmen killed four traders near Malakal on Tuesday, officials said, while rebel leaders who held talks "
     "in Nairobi last week stayed silent.", "Nairobi", [("Malakal", "Attack")]),
])
def test_a_meeting_dated_back_is_background(pipeline: Pipeline, text: str, place: str,
                                            others: list[tuple[str, str]]) -> None:
    assert _events(pipeline, text) == others
    assert _roles(pipeline, text)[place] == "context"


@pytest.mark.parametrize(("text", "venue", "sub"), [
    ("Government and rebel delegates met in Addis Ababa on Tuesday for a second round of talks.",
     "Addis Ababa", "Meeting/talks"),
    ("Army and RSF envoys met in Jeddah on Monday, the Saudi foreign ministry said.", "Jeddah",
     "Meeting/talks"),
])
def test_a_meeting_of_the_week_stays(pipeline: Pipeline, text: str, venue: str, sub: str) -> None:
    assert _events(pipeline, text) == [(venue, sub)]


def test_the_rules_read_only_the_words_after_the_trigger() -> None:
    low = "the truce proposal was rejected, but a ceasefire was agreed in doha on sunday."
    start = low.index("truce")
    assert triggers.unreal(low, start, start + len("truce"), "Agreement")
    start = low.index("ceasefire")
    assert not triggers.unreal(low, start, start + len("ceasefire"), "Agreement")
    low = "talks in nairobi ended on monday, and officials said they would meet again next month."
    start = low.index("talks")
    assert not triggers.unreal(low, start, start + len("talks"), "Meeting/talks")


# -- what the displaced were driven out by ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "places"), [
    ("Families displaced by fighting in Rutshuru territory have crowded into schools in Kiwanja, aid groups "
     "said on Wednesday.", ("Rutshuru", "Kiwanja")),
    ("Aid agencies said 20,000 people displaced by repeated jihadist attacks in the Est region now live in "
     "Fada N'Gourma.", ("Fada N'Gourma",)),
])
def test_what_drove_the_displaced_out_is_no_act(pipeline: Pipeline, text: str,
                                                places: tuple[str, ...]) -> None:
    assert _events(pipeline, text) == []
    roles = _roles(pipeline, text)
    assert all(roles[p] == "context" for p in places)


@pytest.mark.parametrize(("text", "site", "sub"), [
    # the day's own attack that displaced people is the news
    pytest.param("Thousands were displaced by Tuesday's attack on Kalehe, officials said.", "Kalehe",
                 "Armed clash",
                 marks=pytest.mark.xfail(strict=True, reason=_SITE29 + "Kalehe is read as no site")),
    ("M23 rebels clashed with Wazalendo fighters in Masisi on Tuesday, displacing thousands who fled to "
     "Sake.", "Masisi", "Armed clash"),
])
def test_an_act_that_displaces_people_stays(pipeline: Pipeline, text: str, site: str, sub: str) -> None:
    assert _events(pipeline, text) == [(site, sub)]


def test_the_displacement_rule_reads_only_plural_acts_or_fighting() -> None:
    low = "thousands displaced by fighting in masisi arrived in goma."
    start = low.index("fighting")
    assert triggers.not_this_act(low, start, start + len("fighting"))
    low = "thousands displaced by the attack on kalehe arrived in goma."
    start = low.index("attack")
    assert not triggers.not_this_act(low, start, start + len("attack"))


# -- linear on pathological input ------------------------------------------------------------------------


def test_many_proposals_and_broken_talks_are_linear(pipeline: Pipeline) -> None:
    def text(n: int) -> str:
        unit = ("sent a truce proposal as talks had broken down after a meeting earlier this month for "
                "people displaced by years of fighting")
        return "Mediators in Cairo " + " ".join(unit for _ in range(n)) + "."
    assert growth(parsing(pipeline, text), 700) < GROWTH  # about 60 KB doubled


def test_the_talks_rules_are_linear_on_100_kb() -> None:
    for unit in ("truce proposal ", "talks broken ", "meeting in juba earlier ", "s ", "displaced by the "):
        low = "talks " + hundred_kb(unit)
        triggers.unreal(low, 0, len("talks"), "Meeting/talks")  # bounded windows: returns at once
        low = "truce " + hundred_kb(unit)
        triggers.unreal(low, 0, len("truce"), "Agreement")
        low = hundred_kb(unit) + "fighting"
        start = len(low) - len("fighting")
        triggers.not_this_act(low, start, len(low))
