"""Full wire articles (issue 14, long12): what officials say later in an article.

Every sentence here is our own, and none is a gold item:

- "told reporters in <capital> on Monday that ...": the day dates the telling (a statement), as "said on
  Monday" does, even with the place of speaking between the verb and the day (the look-back was 30
  characters, shorter than "told reporters in Nay Pyi Taw on ");
- forces sent in answer to an act just told ("had deployed tactical teams to the area to rescue the
  victims", "troops had been deployed to track the attackers") are no event of their own ("Other");
  a deployment that is the news ("deployed special forces to Juba") still is;
- "<group> said (in a statement on its radio) that it had carried out the attack" claims the act told
  before: the group is its actor1.
"""

from __future__ import annotations

import pytest

from mapper.events import actors, coder, triggers
from mapper.pipeline import Pipeline

PUBLISHED = "2026-06-03"  # a Wednesday


def _events(pipeline: Pipeline, text: str) -> list[tuple]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return sorted((e.location.name, e.sub_event_type, e.date, e.actor1.name if e.actor1 else None)
                  for e in doc.events)


# -- the day of a statement told with its place ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The army spokesman told reporters in Naypyitaw on Monday that the air force had targeted camps.",
    "The spokesman told journalists in Port Sudan on Monday that the army had repelled an attack.",
])
def test_the_day_after_the_place_dates_the_statement(pipeline: Pipeline, text: str) -> None:
    got = [e for e in _events(pipeline, text) if e[1] == "Statement"]
    assert len(got) == 1 and got[0][2] == "2026-06-01"


# -- forces sent in answer ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police said in a statement on Sunday that the command had deployed tactical teams to the area to "
    "rescue the victims.",
    "In Bunia, an army spokesman said troops had been deployed to track the attackers.",
    "The governor said soldiers had been deployed to the village to restore calm.",
])
def test_forces_sent_in_answer_are_no_event(pipeline: Pipeline, text: str) -> None:
    assert all(e[1] != "Other" for e in _events(pipeline, text))


@pytest.mark.parametrize("low", ["deployed tactical teams to the area", "had been deployed to track the",
                                 "deployed two battalions to the scene"])
def test_the_trigger_skips_a_deployment_in_answer(low: str) -> None:
    assert not any(t.sub == "Other" for t in triggers.find_triggers(low))


def test_a_deployment_that_is_the_news_stays(pipeline: Pipeline) -> None:
    text = "Uganda deployed special forces to Juba on Tuesday at the request of South Sudan's government."
    assert ("Juba", "Other") in [(e[0], e[1]) for e in _events(pipeline, text)]


# -- "said it had carried out the attack" ---------------------------------------------------------------

@pytest.mark.parametrize("claim", [
    "Al Shabaab said it had carried out the attack.",
    "The Islamist group al Shabaab said in a statement on its Andalus radio station that it had carried out "
    "the attack.",
])
def test_a_group_saying_it_carried_out_the_attack_claims_it(pipeline: Pipeline, claim: str) -> None:
    text = ("A suicide bomber drove a car into the gate of a base in Mogadishu on Tuesday, killing 11 "
            "soldiers, "
            "officials said. " + claim)
    assert _events(pipeline, text) == [("Mogadishu", "Suicide bomb", "2026-06-02", "al-Shabaab")]


def test_a_denial_is_no_claim(pipeline: Pipeline) -> None:
    text = ("A suicide bomber drove a car into the gate of a base in Mogadishu on Tuesday, killing 11 "
            "soldiers, "
            "officials said. Al Shabaab denied that it had carried out the attack.")
    assert _events(pipeline, text)[0][3] != "al-Shabaab"


# -- linear on any input ---------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["said ", "said that ", "it had carried out ", "deployed ", "deployed x ",
                                  "to the area ", "a" * 31 + " "])
def test_the_new_patterns_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    text = unit * (100_000 // len(unit))
    actors._CARRIED_OUT.match(text)
    coder._CLAIM_WORD.search(text)
    triggers.find_triggers(text.lower())
    pipeline.parse("Gunmen killed four people in Kano on Monday. " + text, published=PUBLISHED)
