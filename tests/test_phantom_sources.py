"""Phantom events at a source's place (issue 14, item 6): a closing attribution "according to <a source> in
X" names where the source is, not where the act it tells of happened, once the sentence has named a place
for the act; alone in its sentence the source's place stays the story's.

Every sentence is our own.
"""

from __future__ import annotations

import pytest

from mapper.events import roles
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans
from tests.test_phantom_told_before import _events, _roles  # the same readings of a parse


@pytest.mark.parametrize(("text", "site", "source"), [
    ("Al-Shabaab fighters attacked an army base in Baidoa on Sunday, killing four soldiers, according to a "
     "doctor at the main hospital in Mogadishu.", "Baidoa", "Mogadishu"),
    ("An air strike hit a market in Dilling on Monday, killing nine people, according to the Nuba Relief "
     "office in Kadugli.", "Dilling", "Kadugli"),
])
def test_the_sources_place_is_no_site(pipeline: Pipeline, text: str, site: str, source: str) -> None:
    found = _roles(pipeline, text, "2025-06-14")
    assert found[site] == "event_site" and found[source] == "context"
    assert all(source not in name for name, _ in _events(pipeline, text, "2025-06-14"))


def test_the_sources_place_alone_stays_the_site(pipeline: Pipeline) -> None:
    text = "Gunmen killed five farmers on Sunday, according to residents in Kaduna."
    assert _roles(pipeline, text, "2025-06-14")["Kaduna"] == "event_site"


@pytest.mark.parametrize("unit", [", according to ", "according to the ", " a doctor in "])
def test_sources_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Gunmen attacked Baidoa" + unit * (n // len(unit)) + " Mogadishu."
    assert growth(parsing(pipeline, text_of, "2025-06-14"), 50_000) < GROWTH


def test_source_pattern_cannot_rescan_a_run() -> None:
    assert rescans(roles._ACCORDING_TO) == [], roles._ACCORDING_TO.pattern


def test_the_teller_of_more_about_an_act_told_before_makes_no_statement(pipeline: Pipeline) -> None:
    text = ("Separatists stormed a gendarmerie post in Batibo on Thursday, killing three gendarmes, "
            "officials said. The attack also destroyed a pharmacy near the post, a council official in "
            "Bamenda said.")
    assert [name for name, sub in _events(pipeline, text, "2025-11-14") if sub == "Statement"] == []
    text = ("A suicide bomber struck a checkpoint in Maiduguri on Thursday, killing six soldiers, officials "
            "said. The blast also damaged a mosque and several shops, a police official in Konduga said.")
    assert [name for name, sub in _events(pipeline, text, "2025-11-14") if sub == "Statement"] == []
    # ... words of the speaker's own, said at the place, are still a statement
    text = ("Separatists stormed a gendarmerie post in Batibo on Thursday, killing three gendarmes, "
            "officials said. The governor said in Bamenda on Friday that the attackers would be hunted down.")
    assert ("Bamenda", "Statement") in _events(pipeline, text, "2025-11-14")
