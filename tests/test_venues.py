"""Agreements at their venue, and what a deal provides for (issue 14).

Every sentence here is our own. What a deal provides for ("agreed in X on Sunday to release detainees",
"agreed at talks in X that the rebels would withdraw from Y") is no event of its own: the agreement at its
venue is the event, and the release or withdrawal is still to come.
"""

from __future__ import annotations

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


def test_a_withdrawal_a_deal_provides_for_is_no_event_of_its_own(pipeline: Pipeline) -> None:
    text = "Rebels and the army agreed at talks in Lomé on Friday that fighters would withdraw from Kidal."
    assert _roles(_rules(pipeline), text) == {"Lomé": "venue", "Kidal": "context"}
    assert _events(pipeline, text) == [("Agreement", "Lomé", "TG")]


def test_a_release_a_deal_provides_for_is_no_arrest() -> None:
    low = "the two sides agreed in geneva on sunday to release all detainees held since may."
    assert "Arrests" not in [t.sub for t in triggers.find_triggers(low)]
    low = "the junta and the rebels agreed in kunming on saturday that 300 detainees would go home."
    assert "Arrests" not in [t.sub for t in triggers.find_triggers(low)]


def test_an_arrest_told_as_fact_beside_an_agreement_is_still_one(pipeline: Pipeline) -> None:
    assert _events(pipeline, "Police arrested 12 people in Kano on Monday after they agreed to march.") == [
        ("Arrests", "Kano", "NG")]
    # a clause boundary ends what was agreed: the detentions after it are news
    low = "the parties agreed to a truce on friday, but police detained 30 protesters in the capital."
    assert "Arrests" in [t.sub for t in triggers.find_triggers(low)]


def test_the_agreed_content_rule_is_linear(pipeline: Pipeline) -> None:
    def text(n: int) -> str:
        return "Envoys agreed in Doha " + "on Sunday to and that " * n + "to release detainees in Cairo."
    assert growth(parsing(pipeline, text), 200) < GROWTH
