"""Full wire articles (issue 14, long12): one act's figures told in several sentences.

Every sentence here is our own, and none is a gold item. The guide: the explicit figure beats a vague word.
Within one sentence the casualty reader did so already; across sentences the larger figure won, so a
claim's "dozens" (12) replaced the officials' "at least 11". Now an explicit figure is never replaced by
a vague one told later, and replaces a vague one told earlier (even when lower); two vague or two
explicit figures keep the larger, as before.
"""

from __future__ import annotations

import pytest

from mapper.events import casualties
from mapper.pipeline import Pipeline

PUBLISHED = "2026-06-03"  # a Wednesday


def _figures(pipeline: Pipeline, text: str) -> list[tuple]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return sorted((e.location.name, e.fatalities) for e in doc.events)


def test_a_later_vague_claim_does_not_replace_the_explicit_figure(pipeline: Pipeline) -> None:
    text = ("A suicide bomber drove a car into the gate of a base in Mogadishu on Tuesday, killing at least "
            "11 soldiers. Al Shabaab said it had carried out the attack, claiming to have killed dozens of "
            "soldiers.")
    assert _figures(pipeline, text) == [("Mogadishu", 11)]


def test_a_later_explicit_figure_replaces_an_earlier_vague_one(pipeline: Pipeline) -> None:
    text = ("Gunmen killed dozens of villagers in an attack on Djibo on Tuesday, residents said. A local "
            "official said the gunmen had killed 11 villagers in Djibo.")
    assert _figures(pipeline, text) == [("Djibo", 11)]


def test_two_explicit_figures_keep_the_larger(pipeline: Pipeline) -> None:
    text = ("Gunmen killed 11 villagers in Djibo on Tuesday, residents said. A local official later said the "
            "gunmen had killed 14 villagers in Djibo.")
    assert _figures(pipeline, text) == [("Djibo", 14)]


@pytest.mark.parametrize("sentence, vague", [
    ("The group claimed to have killed dozens of soldiers.", True),
    ("Scores of people were killed.", True),
    ("The attack killed at least 11 soldiers.", False),
    ("Nobody was hurt.", False),
])
def test_killed_vague(sentence: str, vague: bool) -> None:
    assert casualties.killed_vague(sentence) is vague
