"""Phantom events in texts that mix real events with non-events (issue 14, item 6).

Every sentence is our own. A place ruled by a threat, plan, preparation, condition, future, rumour or
denial is no site, even when a real act is told elsewhere in the sentence; an arrival is no site when the
act told after it is in another clause; an act avenged, an act dated a week or more back by the words
after it, and a truce named as made before are not this day's events.
"""

from __future__ import annotations

import pytest

from mapper.events import roles, triggers
from mapper.events.triggers import clauses
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans
from tests.test_phantom_told_before import _events, _roles  # the same readings of a parse


def _subs(sentence: str) -> list[str]:
    return [c.sub_event_type for c in clauses(sentence) if c.sub_event_type != "Statement"]


# -- a place ruled by a threat, plan, preparation, condition, future, rumour or denial ---------------

@pytest.mark.parametrize(("text", "unreal", "site"), [
    ("Drones struck Kherson on Monday and Moscow threatened to hit Odesa next.", "Odesa", "Kherson"),
    ("Rebels shelled Bunia overnight and vowed to march on Kisangani.", "Kisangani", "Bunia"),
    ("The army is preparing to withdraw from Kupiansk, officials said, as shelling hit Izium.",
     "Kupiansk", "Izium"),
    ("Militants are planning to attack Maiduguri, the governor warned, after gunmen killed nine in Gwoza.",
     "Maiduguri", "Gwoza"),
    ("The RSF is preparing an offensive on El Obeid, while its drones struck Kosti on Sunday.",
     "El Obeid", "Kosti"),
    ("Rumours that rebels had entered Uvira spread on Monday, but the army said it had repelled an "
     "attack near Kamanyola.", "Uvira", "Kamanyola"),
    ("The junta denied reports of fighting in Kidal, but its jets struck a convoy near Tessalit.",
     "Kidal", "Tessalit"),
    ("If talks fail, the army will push into Jenin, a minister said, after a raid killed two in Nablus.",
     "Jenin", "Nablus"),
])
def test_a_place_ruled_by_an_unreal_word_is_no_site(
        pipeline: Pipeline, text: str, unreal: str, site: str) -> None:
    roles = _roles(pipeline, text)
    assert roles[unreal] == "context"
    assert roles[site] == "event_site"


@pytest.mark.parametrize(("text", "site"), [
    # the words that look like a governor but are not one
    ("A Ukrainian drone set fire to an oil depot in Bryansk on Sunday.", "Bryansk"),
    ("Gunfire could be heard near Mitiga airport, where flights were suspended.", "Mitiga airport"),
    # a real act between the governor and the place
    ("The militia vowed to fight on as drones hit Kosti on Monday.", "Kosti"),
    ("Russia denied the charge, but missiles struck Sumy overnight.", "Sumy"),
])
def test_a_real_act_after_such_words_keeps_its_site(pipeline: Pipeline, text: str, site: str) -> None:
    assert _roles(pipeline, text)[site] == "event_site"


# -- an arrival, with the act told after it in another clause ------------------------------------------

@pytest.mark.parametrize(("text", "arrival", "site"), [
    ("Thousands of displaced people arrived in Kosti this week, aid workers said, as drones struck "
     "El Obeid.", "Kosti", "El Obeid"),
    ("The defence minister arrived in Kharkiv on Monday while shelling hit Izium.", "Kharkiv", "Izium"),
])
def test_an_arrival_is_no_site_when_the_act_is_in_another_clause(
        pipeline: Pipeline, text: str, arrival: str, site: str) -> None:
    roles = _roles(pipeline, text)
    assert roles[arrival] == "context"
    assert roles[site] == "event_site"


def test_an_arrival_with_its_own_act_keeps_the_site(pipeline: Pipeline) -> None:
    assert _roles(pipeline, "Troops arrived in Kidal and clashed with rebels.")["Kidal"] == "event_site"


# -- acts avenged, dated back, truces made before ---------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "in retaliation for the March attack on a convoy",
    "a reprisal for the killing of two soldiers",
    "in revenge for the bombing of a mosque",
    "schoolgirls abducted from a school in the north, last week",
    "peacekeepers had been shelled near the city last month",
    "a camp attacked by militants two months ago",
    "testing the ceasefire brokered in the capital",
    "under the truce agreed in the Qatari capital",
])
def test_acts_avenged_dated_back_or_made_before_are_no_clause(sentence: str) -> None:
    assert _subs(sentence) == []


@pytest.mark.parametrize(("sentence", "sub"), [
    ("calling it retaliation for an airstrike on the capital on Thursday", "Air/drone strike"),
    ("gunmen abducted 20 people on the road on Sunday", "Abduction/forced disappearance"),
    ("a truce was brokered in the capital on Sunday", "Agreement"),
    # the date is of another verb: the clashes go on
    ("clashes that began last week continued in the town on Monday", "Armed clash"),
    # a report's main verb, not a participle: the act told
    ("the shelling of the city killed dozens of civilians last week", "Attack"),
])
def test_acts_of_this_week_are_kept(sentence: str, sub: str) -> None:
    assert _subs(sentence) == [sub]


@pytest.mark.parametrize(("text", "events"), [
    ("Police said 15 people abducted in Kaura last week had been freed, as gunmen killed four in Kauru "
     "on Sunday.", [("Kauru", "Attack")]),
    ("Rebels shelled Bunia on Monday in retaliation for the October attack on Komanda.",
     [("Bunia", "Shelling/artillery/missile attack")]),
])
def test_a_text_mixing_them_keeps_only_the_real_event(
        pipeline: Pipeline, text: str, events: list[tuple[str, str]]) -> None:
    assert [(name, sub) for name, sub in _events(pipeline, text)] == events


# -- comparisons, runs over a period, past openers ----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "it was the second mass kidnapping in a month, after pupils were taken from a school",
    "It was the third deadly assault on the district this month, after gunmen killed 20 people in the area",
    "this is the worst attack on the town since militants stormed the market",
    "the US has carried out dozens of airstrikes in the region this year",
    "herders have killed thousands of farmers in the region in recent years",
    "Last year, the group seized the town.",
    "Two years ago, rebels shelled the airport.",
    "Earlier this month, militants ambushed a patrol.",
])
def test_acts_compared_or_told_of_a_past_period_are_no_clause(sentence: str) -> None:
    assert _subs(sentence) == []


@pytest.mark.parametrize(("sentence", "subs"), [
    # an act of this week after the comparison, and an act after a past opener in another clause
    ("it was the second attack in a week, after gunmen killed 12 in the town on Sunday", ["Attack"]),
    ("Last year, the group seized the town, and on Tuesday its fighters attacked the army post.",
     ["Armed clash"]),
    ("the refinery was hit by drones for the third time this year", ["Air/drone strike"]),
])
def test_acts_of_this_week_beside_a_comparison_or_opener_are_kept(sentence: str, subs: list[str]) -> None:
    assert _subs(sentence) == subs


# -- quotations, evacuations and links ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "named", "site"), [
    ('"What was done in Bucha will not be forgotten," the mayor said after missiles struck Sumy.',
     "Bucha", "Sumy"),
    ("“We saw what they did to Yarmouk and we fear the same,” a resident said as shelling hit Daraa.",
     "Yarmouk", "Daraa"),
    ("The evacuation of children from Kupiansk continued on Monday as drones hit Balakliia.",
     "Kupiansk", "Balakliia"),
    ("Officials said flights between Juba and Malakal were suspended after gunmen attacked Nasir.",
     "Juba", "Nasir"),
])
def test_a_place_quoted_left_or_linked_is_no_site(
        pipeline: Pipeline, text: str, named: str, site: str) -> None:
    roles = _roles(pipeline, text)
    assert roles[named] == "context"
    assert roles[site] == "event_site"


@pytest.mark.parametrize(("text", "site"), [
    ('"They shelled Kherson all night," a resident said.', "Kherson"),
    ("Gunmen kidnapped two traders on the road between Kachia and Kaduna on Sunday.", "Kachia"),
])
def test_a_quoted_act_and_a_road_keep_their_site(pipeline: Pipeline, text: str, site: str) -> None:
    assert _roles(pipeline, text)[site] == "event_site"


# -- linear on pathological input ---------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["threatened to hit Goma ", "threatened to to to ", "rumours that Goma ",
                                  "arrived in Goma , ", "arrived in Goma ", "in retaliation for the attack ",
                                  "attack last week ", "the ceasefire brokered in Goma ",
                                  "the the the truce ", "will would if unless Goma ",
                                  "it was the second attack after ", "attack in Goma this year ",
                                  '"Goma said ', "“Goma ", "flights between Goma and ",
                                  "evacuation of people from Goma "])
def test_phantom8_rules_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Rebels attacked " + unit * (n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-05-14"), 20_000) < GROWTH


def test_phantom8_patterns_cannot_rescan_a_run() -> None:
    for pattern in (roles._GOVERNOR, roles._GOVERNOR_BREAK, roles._ACT_BREAK, roles._LINK_BETWEEN,
                    triggers._AVENGED, triggers._DATED_BACK, triggers._DATED_BACK_BREAK, triggers._KNOWN_DEAL,
                    triggers._RECENT_DAY, triggers._COMPARED, triggers._CHARACTERISED, triggers._PAST_OPENER):
        assert rescans(pattern) == [], pattern.pattern
