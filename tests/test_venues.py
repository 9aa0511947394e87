"""Venues of talks and agreements, and places of speaking, in headline and sentence grammar (issue 14).

Every sentence here is our own. A headline's present tense to the press ("tells reporters in X") places a
statement; a gathering of leaders or ministers "in X" for a summit is a meeting there; talks "not yet
scheduled" are no event; what a deal provides for ("agreed ... to release detainees", "agreed ... that the
rebels would withdraw from Y") is no event of its own, the agreement at its venue is; "X round of ...
talks" is the round's venue, and a country before "talks" is their topic, not their venue.
"""

from __future__ import annotations

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing

PUBLISHED = "2025-03-12"


def _rules(pipeline: Pipeline) -> Pipeline:
    return Pipeline(pipeline.gazetteer, roles="rules")


def _roles(pipeline: Pipeline, text: str) -> dict[str, str]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return {m.text: r.name for m, r in zip(doc.mentions, doc.roles, strict=True)}


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str, str]]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return [(e.sub_event_type, e.location.name, e.location.country_code) for e in doc.events]


@pytest.mark.parametrize(("text", "place", "country"), [
    ("Kenyan minister tells reporters in Addis Ababa the force is ready", "Addis Ababa", "ET"),
    ("Army chief tells the press in Goma that M23 will be pushed back", "Goma", "CD"),
    ("Somali president tells news conference in Baidoa troops will stay", "Baidoa", "SO"),
])
def test_a_headline_told_to_the_press_places_the_statement(pipeline: Pipeline, text: str, place: str,
                                                           country: str) -> None:
    assert _roles(_rules(pipeline), text)[place] == "origin"
    assert _events(pipeline, text) == [("Statement", place, country)]


def test_telling_of_an_event_is_no_statement_trigger() -> None:
    low = "survivor tells of massacre in the village"
    assert "Statement" not in [t.sub for t in triggers.find_triggers(low)]
    told = triggers.find_triggers("the envoy tells reporters in the capital that the talks failed")
    assert told[0].sub == "Statement"


def test_leaders_gathered_for_a_summit_met_there(pipeline: Pipeline) -> None:
    text = "Regional leaders gathered in Abuja on Friday for a summit on the crisis in Niger."
    assert _roles(_rules(pipeline), text) == {"Abuja": "venue", "Niger": "context"}
    assert _events(pipeline, text) == [("Meeting/talks", "Abuja", "NG")]


def test_mourners_gathered_is_no_meeting(pipeline: Pipeline) -> None:
    assert _events(pipeline, "Mourners gathered in Kharkiv on Sunday for the funeral of the pilots.") == []


@pytest.mark.parametrize("text", [
    "Next round of Doha talks not yet scheduled",
    "A date for peace talks in Lomé has not been set, the mediators said.",
])
def test_talks_without_a_date_are_no_event(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


def test_what_a_deal_provides_for_is_no_event_of_its_own(pipeline: Pipeline) -> None:
    text = "Rebels and the army agreed at talks in Lomé on Friday that fighters would withdraw from Kidal."
    assert _roles(_rules(pipeline), text) == {"Lomé": "venue", "Kidal": "context"}
    assert _events(pipeline, text) == [("Agreement", "Lomé", "TG")]
    low = "the two sides agreed in geneva on sunday to release all detainees held since may."
    assert "Arrests" not in [t.sub for t in triggers.find_triggers(low)]
    # an arrest told as fact beside an agreement is still one
    assert _events(pipeline, "Police arrested 12 people in Kano on Monday after they agreed to march.") == [
        ("Arrests", "Kano", "NG")]


def test_a_round_of_talks_is_at_the_place_before_it(pipeline: Pipeline) -> None:
    text = "Ankara round of Somalia-Ethiopia talks ends with a deal"
    roles_ = _roles(_rules(pipeline), text)
    assert roles_["Ankara"] == "venue" and roles_["Ethiopia"] != "venue"
    assert [(s, n) for s, n, _ in _events(pipeline, text)] == [("Meeting/talks", "Ankara")]


def test_a_country_before_talks_is_their_topic(pipeline: Pipeline) -> None:
    text = "Sudan talks open in Jeddah"
    assert _roles(_rules(pipeline), text) == {"Sudan": "context", "Jeddah": "venue"}
    assert _events(pipeline, text) == [("Meeting/talks", "Jeddah", "SA")]


def test_the_venue_rules_are_linear(pipeline: Pipeline) -> None:
    def text(n: int) -> str:
        return ("Envoys agreed in Doha " + "on Sunday to and that " * n + "to release detainees, leaders "
                "gathered in Cairo, the Geneva round of " + "new " * n + "talks not yet been set, tells the "
                "press in Goma.")
    assert growth(parsing(pipeline, text), 200) < GROWTH
