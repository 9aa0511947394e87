"""Phantom events in single wire sentences and short paragraphs (issue 14, item 6; wire22.jsonl): a place
that only names a group's branch ("the Islamic State in the Sahel") or a military unit ("the Kherson group
of forces"), a reference point after a long apposition of a site ("X, a port on the Black Sea coast about
100 km south of Y"), and the earlier act a "since" phrase runs from ("the heaviest toll since the fall of
X").

Every sentence is our own. The rule tests read the rules' roles (``Pipeline(roles="rules")``); the event
tests read the default pipeline.
"""

from __future__ import annotations

import pytest

from mapper.events import roles
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans
from tests.test_phantom_told_before import _events, _roles  # the same readings of a parse

PUBLISHED = "2025-06-14"


@pytest.fixture(scope="module")
def rules() -> Pipeline:
    return Pipeline(roles="rules")


# -- a group's branch or a unit named after a place ---------------------------------------------------------

def test_a_branch_named_after_its_region_is_an_actor(rules: Pipeline, pipeline: Pipeline) -> None:
    text = ("Gunmen killed 19 villagers near Menaka on Thursday, and the army blamed the Islamic State in "
            "the Sahel, which has bases across the border.")
    found = _roles(rules, text, PUBLISHED)
    assert found["Menaka"] == "event_site" and found["Sahel"] == "actor"
    assert [name for name, _ in _events(pipeline, text, PUBLISHED)] == ["Ménaka"]


@pytest.mark.parametrize(("text", "site", "unit"), [
    ("Russian artillery killed two farmers in Nikopol on Tuesday, a spokesman for Ukraine's Kherson group "
     "of forces said.", "Nikopol", "Kherson"),
    ("Drones struck a fuel depot in Kupiansk overnight, the Kharkiv operational group said on Monday.",
     "Kupiansk", "Kharkiv"),
])
def test_a_unit_named_after_its_area_is_no_site(rules: Pipeline, pipeline: Pipeline, text: str, site: str,
                                                unit: str) -> None:
    found = _roles(rules, text, PUBLISHED)
    assert found[site] == "event_site" and found[unit] == "context"
    assert all(unit not in name for name, _ in _events(pipeline, text, PUBLISHED))


def test_the_unit_and_branch_patterns_need_their_words() -> None:
    assert roles._UNIT_AFTER.match(" group of forces said")
    assert roles._UNIT_AFTER.match(" operational-strategic group")
    assert not roles._UNIT_AFTER.match(" group claimed the attack")  # "the Sahel group claimed": no unit
    assert roles._BRANCH_OF.search("blamed the islamic state in the greater ")
    assert roles._BRANCH_OF.search("claimed by al-qaeda in the ")
    assert not roles._BRANCH_OF.search("islamic state fighters attacked a base in ")


# -- a reference point after a long apposition of the site ------------------------------------------------

def test_a_reference_after_a_long_apposition_is_context(rules: Pipeline, pipeline: Pipeline) -> None:
    text = ("Ukrainian drones set an oil depot on fire in Tuapse, a port on the Black Sea coast about 100 km "
            "south of Krasnodar, on Monday, the regional governor said.")
    found = _roles(rules, text, PUBLISHED)
    assert found["Tuapse"] == "event_site" and found["Krasnodar"] == "context"
    assert [name for name, _ in _events(pipeline, text, PUBLISHED)] == ["Tuapse"]


# -- the earlier act a "since" phrase runs from ------------------------------------------------------------

@pytest.mark.parametrize(("text", "site", "earlier"), [
    ("A glide bomb killed two people in Kostiantynivka on Monday, the heaviest toll in the town since the "
     "fall of Avdiivka.", "Kostiantynivka", "Avdiivka"),
    ("Jihadists killed 14 soldiers near Djibo on Sunday, the deadliest raid in the province since the 2022 "
     "attack on Seytenga.", "Djibo", "Seytenga"),
])
def test_the_act_a_since_phrase_runs_from_is_no_site(rules: Pipeline, pipeline: Pipeline, text: str,
                                                     site: str, earlier: str) -> None:
    found = _roles(rules, text, PUBLISHED)
    assert found[site] == "event_site" and found[earlier] == "context"
    assert all(earlier not in name for name, _ in _events(pipeline, text, PUBLISHED))


def test_since_alone_with_a_date_is_not_the_pattern() -> None:
    assert roles._SINCE_ACT.search("the deadliest since the capture of ")
    assert not roles._SINCE_ACT.search("the first attack since 2023 in ")


# -- linear on pathological input ---------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "since the the fall of of ", "islamic state in the the ", " group of of forces ", ", a port on on the ",
])
def test_the_new_patterns_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Rebels shelled Goma. Gunmen attacked Beni " + unit * (n // len(unit)) + " Kirkuk said."
    assert growth(parsing(pipeline, text_of, PUBLISHED), 50_000) < GROWTH


def test_the_new_patterns_end_on_a_100_kb_window() -> None:
    for pattern, unit in ((roles._SINCE_ACT, "since the "), (roles._BRANCH_OF, "islamic state in "),
                          (roles._REFERENCE_GAP, ", a port ")):
        hostile = (unit * (100_000 // len(unit) + 1))[:100_000]
        pattern.search(hostile)  # ends (no catastrophic backtracking)
    assert roles._UNIT_AFTER.match(" group" * 20_000) is None


def test_the_new_patterns_cannot_rescan_a_run() -> None:
    # (_REFERENCE_GAP had unbounded runs of spaces before this round: it reads only the words between two
    # names, as the 100 KB parses above check.)
    for pattern in (roles._SINCE_ACT, roles._BRANCH_OF, roles._UNIT_AFTER):
        assert rescans(pattern) == [], pattern.pattern
