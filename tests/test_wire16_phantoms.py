"""Phantom events in wire sentences (issue 14, item 6; training/events/wire16.jsonl): where people fled INTO
("fled across the border into Guatemala", "forced to flee into Uganda") is where they went, as "fled to X",
not a site of the act that drove them; and a group described as "active across X" after any word ("JNIM, an
al-Qaeda affiliate active across the Sahel, claimed the attack") is at home there, not acting there.

Every sentence is our own.
"""

from __future__ import annotations

import pytest

from mapper.events import roles
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing
from tests.test_phantom_told_before import _events, _roles  # the same readings of a parse


@pytest.mark.parametrize(("text", "site", "went"), [
    ("Rival cartel gunmen clashed for hours in Frontera Comalapa on Monday, leaving six dead, as hundreds of "
     "families fled across the border into Guatemala, officials said.", "Frontera Comalapa", "Guatemala"),
    ("Heavy fighting between M23 rebels and the army near Bunagana on Friday forced some 2,000 people to "
     "flee into Uganda, aid workers said.", "Bunagana", "Uganda"),
])
def test_where_people_fled_into_is_no_site(pipeline: Pipeline, text: str, site: str, went: str) -> None:
    found = _roles(pipeline, text, "2025-06-14")
    assert found[site] == "event_site" and found[went] == "context"
    assert all(went not in name for name, _ in _events(pipeline, text, "2025-06-14"))


def test_flight_into_is_read_only_after_a_word_of_flight() -> None:
    assert roles._MOVED_TO.search("residents fled across the border into ")
    assert roles._MOVED_TO.search("troops withdrew into ")
    # "drove into X" may be an entry by force, "crashed into" an accident: not a flight
    assert not roles._MOVED_TO.search("rebels drove into ")
    assert not roles._MOVED_TO.search("a drone crashed into ")


def test_a_group_active_across_a_region_after_a_noun_is_no_site(pipeline: Pipeline) -> None:
    text = ("Jihadists killed 19 soldiers in an attack on an army post near Karimama on Thursday, the army "
            "said. JNIM, an al-Qaeda affiliate active across the Sahel, claimed the attack on Friday.")
    found = _roles(pipeline, text, "2025-06-14")
    assert found["Karimama"] == "event_site" and found["Sahel"] == "context"
    assert [name for name, _ in _events(pipeline, text, "2025-06-14")] == ["Karimama"]


def test_active_alone_is_a_group_state_but_not_an_act() -> None:
    assert roles._BASED_IN.search("an al-Qaeda affiliate active across the ")
    assert roles._BASED_IN.search("militants long active in ")
    assert not roles._BASED_IN.search("militants attacked ")


def test_flight_into_is_linear_on_100_kb(pipeline: Pipeline) -> None:
    unit = "fled across the border into "

    def text_of(n: int) -> str:
        return "Gunmen killed six in Kalat. Families " + unit * (n // len(unit)) + "Punjab."
    assert growth(parsing(pipeline, text_of, "2025-06-14"), 50_000) < GROWTH
    hostile = ("fled " + "the " * 30_000)[:100_000] + "into "
    # (_role_alone reads at most 80 characters before a name, so the pattern's runs of spaces, as before,
    # never see more; on a whole 100 KB window it still ends, with no match: too many words between.)
    assert roles._MOVED_TO.search(hostile) is None

