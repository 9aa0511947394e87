"""Rules tuned on full wire articles (session 24, long24): places beside the real events of a long text.

Every sentence here is our own, in the styles of wire copy.
"""

from __future__ import annotations

import pytest

from mapper.events import roles
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans


def _roles(pipeline: Pipeline, text: str) -> dict[str, str]:
    doc = pipeline.parse(text, published="2025-06-17")
    return {m.text: r.name for m, r in zip(doc.mentions, doc.roles, strict=True)}


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str, str]]:
    doc = pipeline.parse(text, published="2025-06-17")
    return [(e.location.name, e.event_type, e.sub_event_type) for e in doc.events]


@pytest.fixture(scope="module")
def rules_pipeline(pipeline: Pipeline) -> Pipeline:
    return Pipeline(pipeline.gazetteer, roles="rules")


# -- the officials a meeting was held with, in the city it was held in ------------------------------------

@pytest.mark.parametrize(("text", "venue", "coded"), [
    ("Sudan's army chief met Egyptian officials in Cairo on Monday to discuss a truce, his office said.",
     "Cairo", "Cairo"),
    ("Qatari mediators met Hamas officials in Doha on Sunday, an official briefed on the talks said.",
     "Doha", "Doha"),
    ("The UN envoy held talks with government officials in Juba on Tuesday about the border.",
     "Juba", "Juba"),
    ("Kenya's foreign minister met Somali authorities in Mogadishu on Thursday.", "Mogadishu", "Mogadishu"),
])
def test_officials_met_in_a_city_make_it_the_venue(pipeline: Pipeline, rules_pipeline: Pipeline, text: str,
                                                   venue: str, coded: str) -> None:
    assert _roles(rules_pipeline, text)[venue] == "venue"
    assert _events(pipeline, text) == [(coded, "Political", "Meeting/talks")]


@pytest.mark.parametrize(("text", "place"), [
    # the seat of officials who speak is where they spoke, met or not
    ("The foreign ministry in Paris condemned the attack on Monday.", "Paris"),
    ("Officials in Kabul said the delegation would meet them next week.", "Kabul"),
])
def test_officials_in_a_city_who_speak_stay_its_origin(rules_pipeline: Pipeline, text: str,
                                                       place: str) -> None:
    assert _roles(rules_pipeline, text)[place] == "origin"


def test_the_met_officials_pattern_is_linear_on_100_kb() -> None:
    # A pure regular-expression search (no mapper lines to count): no repeat of the pattern can rescan a
    # long run, and the 100 KB searches still give their answers (no wall-clock assertion).
    assert rescans(roles._MET_OFFICE) == []
    hostile = ("met " + "officials " * 10_000 + "in ") * 1 + "x" * 100_000
    assert roles._MET_OFFICE.search(hostile) is None
    assert roles._MET_OFFICE.search("met " + "government " * 20_000 + "officials in ") is None
    assert roles._MET_OFFICE.search("x " * 50_000 + "met egyptian officials in ") is not None


def test_the_met_officials_rule_is_linear(pipeline: Pipeline) -> None:
    def text(n: int) -> str:
        return " ".join("The envoy met Egyptian officials in Cairo, officials in Kabul said, and held talks "
                        "with government officials in Juba" for _ in range(n)) + "."
    assert growth(parsing(pipeline, text), 40) < GROWTH
