"""Political events that are no event, session 31 (political37: training/events/noevent36.jsonl and the train
phantoms of other files).

- A statement is never placed at a province, region or country: words are spoken in a town or a building
  (553 of the corpus's 555 statements are at a town). A province named beside a speaker is the content's
  ("In South Darfur, residents said, ...") or the speaker's post ("The army spokesman in Ituri put the toll
  at 43"). A town where words were said keeps its statement ("told reporters in Peshawar").
- Talks still to come told with their place between the noun and the time ("talks in Muscat were due to
  resume", "talks in Doha was scheduled for Monday") are no meeting; talks that resumed are one.
- A meeting that is the object of an infinitive of hosting or chairing ("Lavrov to chair Security Council
  session in Moscow") is still to come; a session chaired is one.
- Talks told as a process under way ("which is holding peace talks with the government in Caracas",
  "mediators have been holding talks in Doha") are no meeting on a day; talks held on a day are one.
- Talks held "this spring" are told before.
- A deal only proposed or rejected ("ELN proposes ceasefire", "Hamas rejected the truce in Cairo") is no
  agreement; a truce signed or agreed is one.

Every sentence is our own; each class has controls that must keep their event.
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing
from tests.test_phantom_told_before import _events

# -- statements at a province ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The army spokesman in Ituri put the toll at 43.",
    "In South Darfur, residents said, the market had reopened after the clashes.",
    "In Cabo Delgado, aid workers said, thousands of families had returned home.",
    "In North Kivu, the governor's office said, rebels had withdrawn from two villages.",
    "In Blue Nile, aid workers said, thousands of families had crossed into Ethiopia after the fighting.",
])
def test_a_statement_is_never_placed_at_a_province(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


@pytest.mark.parametrize(("text", "origin"), [
    ("The interior minister told reporters in Peshawar on Tuesday that the curfew would be lifted.",
     "Peshawar"),
    ("Speaking in Goma on Monday, the rebel spokesman said the group would not leave the city.", "Goma"),
])
def test_a_statement_in_a_town_stays(pipeline: Pipeline, text: str, origin: str) -> None:
    assert _events(pipeline, text) == [(origin, "Statement")]


def test_an_act_told_by_a_province_s_residents_keeps_its_site(pipeline: Pipeline) -> None:
    text = ("In South Kordofan, residents of Kadugli said shells fired from SPLM-N positions had hit the "
            "market on Sunday, killing five people.")
    assert ("South Kordofan", "Statement") not in _events(pipeline, text)


# -- talks to come, under way, told before ----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Indirect talks in Muscat were due to resume on Sunday, hours after the Houthi launch.",
    "Indirect talks in Geneva were due to resume on Thursday, a UN spokesman said.",
    "The next round of talks in Doha was scheduled for Monday, a Qatari official said.",
    "Lavrov to chair Security Council session in Moscow on Friday",
    "The ELN, which is holding peace talks with the government in Caracas, denied the bombing.",
    "The group, which is holding talks with the government in Doha, denied the attack.",
    "Qatari and Egyptian mediators have been holding talks in Doha on a new truce.",
    "Mediators have been holding indirect talks in Cairo on a truce.",
    "Peace talks held in Istanbul this spring produced prisoner exchanges but no ceasefire.",
])
def test_talks_not_held_on_a_day_are_no_meeting(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


@pytest.mark.parametrize(("text", "venue"), [
    ("Talks between the two delegations resumed in Geneva on Tuesday, a UN spokesman said.", "Geneva"),
    ("Sudan's army chief chaired a security council session in Port Sudan on Monday.", "Port Sudan"),
    ("Negotiators held talks in Cairo on Sunday on a prisoner exchange.", "Cairo"),
    ("Peace talks held in Jeddah on Monday produced a humanitarian declaration.", "Jeddah"),
])
def test_talks_held_stay_a_meeting(pipeline: Pipeline, text: str, venue: str) -> None:
    assert _events(pipeline, text) == [(venue, "Meeting/talks")]


# -- deals proposed or rejected ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "ELN proposes ceasefire ahead of Caracas talks",
    "Hamas rejected the truce in Cairo on Sunday.",
])
def test_a_deal_proposed_or_rejected_is_no_agreement(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


@pytest.mark.parametrize(("text", "venue"), [
    ("The two sides signed a ceasefire in Doha on Sunday.", "Doha"),
    ("Rebels and the government agreed a truce in Jeddah on Tuesday.", "Jeddah"),
])
def test_a_deal_made_stays_an_agreement(pipeline: Pipeline, text: str, venue: str) -> None:
    assert _events(pipeline, text) == [(venue, "Agreement")]


def test_the_new_rules_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    # _AT_PLACE_AHEAD, _TO_HOST_BEFORE, _ONGOING_BEFORE, _SEASON_BACK and _PROPOSED_BEFORE read bounded
    # windows after or before each talks or deal word.
    def talks(n: int) -> str:
        unit = "to host talks in the new which is holding talks proposed a truce and"
        return "Envoys said " + " ".join(unit for _ in range(n)) + " were due to open in Doha."
    assert growth(parsing(pipeline, talks), 700) < GROWTH  # 100 KB doubled

    def places(n: int) -> str:
        unit = "talks in Doha Cairo Geneva "
        return "".join(unit for _ in range(n)) + "were due to resume this spring."
    assert growth(parsing(pipeline, places), 700) < GROWTH
