"""A place of speaking whose sentence has no verb of saying (issue 14, statements in full articles).

"The minister, speaking in Baidoa after a cabinet meeting, described the bombing as cowardly": the
speaking is the statement, placed where it was made (it was no event: "described" is no verb of saying).
Not when the sentence has a verb of saying of its own ("Speaking in Doha, the envoy said ...": that one),
or tells what the speaker did ("..., speaking at State House in Nairobi, deployed the army": that act),
nor "Russian-speaking", nor a source "speaking on condition of anonymity". Every sentence is our own.
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing
from tests.test_phantom_told_before import _events


@pytest.mark.parametrize(("text", "events"), [
    ("Interior Minister Abdi Sheikh, speaking in Baidoa after a cabinet meeting, described the bombing as "
     "cowardly.", [("Baidoa", "Statement")]),
    ("The governor, speaking at a rally in Maiduguri, described the attackers as cowards.",
     [("Maiduguri", "Statement")]),
    # a verb of saying of its own: one statement
    ("Speaking in Doha, the envoy said talks would resume.", [("Doha", "Statement")]),
    # what the speaker did is the act
    ("President Ruto, speaking at State House in Nairobi, deployed the army to quell the riots.",
     [("Nairobi", "Other")]),
    # no speaking
    ("A Russian-speaking resident of Kherson said shelling hit the city on Monday.", []),
    ("A police officer, speaking to AFP on condition of anonymity, described the attack on a checkpoint in "
     "Djibo on Monday.", [("Djibo", "Armed clash")]),
])
def test_speaking_at_a_place_is_a_statement_when_nothing_else_is(
        unfiltered: Pipeline, text: str, events: list[tuple[str, str]]) -> None:
    # (the rules' reading: session 50's retrained event filter drops the deployment at Nairobi, one of its
    # known losses)
    assert _events(unfiltered, text) == events


@pytest.mark.parametrize("unit", ["speaking in ", "speaking to a a a a ", "Goma, speaking at Goma condition ",
                                  "speaking-speaking in in "])
def test_speaking_trigger_is_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "The minister, " + unit * (n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-05-14"), 20_000) < GROWTH
