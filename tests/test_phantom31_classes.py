"""Phantom events, session 25 (phantom31: training/events/sentences30.jsonl and other files' train misses).

- A clause of the same moment after an act that already has its place (", as X", ", while X"), with a
  subject and a verb of its own and no trigger, tells what others did elsewhere meanwhile: its place is
  no site ("..., while aid trucks waiting in X were unable to move north", "..., as a convoy waited at
  the X crossing"). A pronoun subject ("as they prayed at a mosque in X"), a clause with an act of its own
  ("as drones struck X") and an act with no place before the clause keep their sites.
- A victim's earlier career in a relative clause ("a commander who had led operations in the X area") is
  no site; the victims' place at the time of the act ("people who had gathered at a market in X") is.
- Talks named as where an earlier pledge was given, the pledge a noun after its owner ("despite the group's
  pledge at talks in X to halt its advance") are no meeting; the verb ("pledged at talks in X on Sunday")
  is one.
- Talks told with their parties before the time that puts them ahead ("days before talks between the two
  sides were due to open in X") are no meeting; talks between parties that opened are one.

Every sentence is our own; each class has controls that must keep their event.
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing
from tests.test_phantom_told_before import _events, _roles

# -- a same-moment clause with no act of its own ----------------------------------------------------------


@pytest.mark.parametrize(("text", "site", "sub", "other"), [
    ("Paramilitary fighters shelled Abu Shouk camp on Monday, killing 14 displaced people, while aid trucks "
     "waiting in Tawila were unable to move north.", "Abu Shouk camp", "Shelling/artillery/missile attack",
     "Tawila"),
    ("Rival militias clashed in Sweida on Tuesday, killing at least 18 people, as a Jordanian aid convoy "
     "waited at the Nasib crossing.", "Sweida", "Armed clash", "Nasib crossing"),
    ("Bandits abducted a parish priest in Kagoro on Sunday, while the diocese was holding a fundraiser in "
     "Kaduna for flood victims.", "Kagoro", "Abduction/forced disappearance", "Kaduna"),
    ("Turkish drones struck a pickup near Kobani on Friday, killing three SDF fighters, while residents of "
     "Manbij waited for fuel at checkpoints.", "Kobani", "Air/drone strike", "Manbij"),
])
def test_a_same_moment_clause_without_an_act_is_no_site(pipeline: Pipeline, text: str, site: str, sub: str,
                                                          other: str) -> None:
    events = _events(pipeline, text)
    assert len(events) == 1 and events[0][1] == sub
    assert _roles(pipeline, text)[site] == "event_site"
    assert _roles(pipeline, text)[other] == "context"


@pytest.mark.parametrize(("text", "sites"), [
    # a pronoun subject: the victims' place at the time of the act
    ("Gunmen opened fire on worshippers on Friday as they prayed at a mosque in Kano.", {"Kano"}),
    # a same-moment clause with an act of its own
    ("Russian missiles hit Kharkiv on Monday, as drones struck Odesa.", {"Kharkiv", "Odesa"}),
    # an act of its own that the sentence's clause took in
    ("Rebels attacked an army post in Bocaranga on Friday, killing two soldiers, while militiamen looted "
     "shops in Bouar.", {"Bocaranga", "Bouar"}),
    # no place of the act before the clause: the clause's place is the act's
    ("Gunmen shot dead four villagers on Sunday, while they were working on farms near Bokkos.", {"Bokkos"}),
])
def test_same_moment_clauses_that_place_the_act_stay(pipeline: Pipeline, text: str, sites: set[str]) -> None:
    roles = _roles(pipeline, text)
    assert {name for name, role in roles.items() if role == "event_site"} == sites
    assert len(_events(pipeline, text)) == len(sites)


# -- a victim's earlier career ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "site", "other"), [
    ("An Israeli drone strike on a motorbike near Tyre killed a Hezbollah commander who had led operations "
     "in the Khiam area, the health ministry said.", "Tyre", "Khiam"),
    ("Gunmen shot dead a retired colonel who had commanded troops in Kidal outside his home in Gao on "
     "Wednesday.", "Gao", "Kidal"),
])
def test_a_victims_earlier_career_is_no_site(pipeline: Pipeline, text: str, site: str, other: str) -> None:
    events = _events(pipeline, text)
    assert len(events) == 1
    assert _roles(pipeline, text)[site] == "event_site"
    assert _roles(pipeline, text)[other] == "context"


def test_the_victims_place_at_the_time_stays(pipeline: Pipeline) -> None:
    text = "Gunmen killed 11 people who had gathered at a market in Kagoro on Friday."
    assert _events(pipeline, text) == [("Kagoro", "Attack")]


# -- talks told before or still to come ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "site", "sub", "other"), [
    ("Houthi drones struck a tanker off Hodeidah on Monday, despite the movement's renewed promise at talks "
     "in Muscat to spare shipping.", "Hodeidah", "Air/drone strike", "Muscat"),
    ("Rebels overran the town of Lashio on Friday, despite their commitment at talks in Kunming to halt "
     "their offensive.", "Lashio", "Non-state actor overtakes territory", "Kunming"),
    ("Militiamen clashed with soldiers near Dessie on Thursday, days before talks between the two sides "
     "were due to open in Nairobi.", "Dessie", "Armed clash", "Nairobi"),
    ("Gunmen attacked a police post in Tibu on Saturday, hours before talks with the ELN were scheduled to "
     "open in Caracas.", "Tibu", "Armed clash", "Caracas"),
])
def test_talks_told_before_or_still_to_come_are_no_meeting(pipeline: Pipeline, text: str, site: str,
                                                           sub: str, other: str) -> None:
    events = _events(pipeline, text)
    assert [e[1] for e in events] == [sub]
    assert _roles(pipeline, text)[site] == "event_site"
    assert _roles(pipeline, text)[other] == "context"


@pytest.mark.parametrize(("text", "venue"), [
    ("The rebels pledged at talks in Doha on Sunday to halt their advance on Uvira.", "Doha"),
    ("Talks between the army and the rebels opened in Juba on Tuesday, mediators said.", "Juba"),
    ("Negotiators met in Doha on Monday for talks between Kinshasa and the M23 expected to last a week.",
     "Doha"),
])
def test_talks_held_stay_a_meeting(pipeline: Pipeline, text: str, venue: str) -> None:
    assert (venue, "Meeting/talks") in _events(pipeline, text)


def test_the_new_rules_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    # _SAME_TIME and _CAREER_BEFORE read bounded windows before and after each place.
    def text(n: int) -> str:
        unit = ", while trucks waited in Homs, as the commander who had led operations in"
        return "Gunmen shelled Aleppo on Monday" + "".join(unit for _ in range(n)) + " Hama."
    assert growth(parsing(pipeline, text), 700) < GROWTH  # 100 KB doubled

    # _PLEDGE_AT and _AHEAD_AFTER_PARTIES read bounded windows before and after each talks word.
    def talks(n: int) -> str:
        unit = "despite the group's pledge at talks between the two sides and the"
        return "Envoys said " + " ".join(unit for _ in range(n)) + " were due to open in Doha."
    assert growth(parsing(pipeline, talks), 700) < GROWTH
