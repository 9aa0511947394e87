"""A headline's place described before its name: "Al-Shabaab seizes central Somali town of Moqokori" coded
nothing (only "seizes the town", "seizes a town" or "seizes garrison" were a taking)."""

from __future__ import annotations

import time

import pytest

from mapper.events.triggers import find_triggers
from mapper.pipeline import Pipeline

TAKEOVER = "Non-state actor overtakes territory"


@pytest.mark.parametrize(("text", "site"), [
    ("Al-Shabaab seizes central Somali town of Moqokori", "Moqokori"),
    ("Rebels seize key Congolese town of Walikale", "Walikale"),
    ("Tuareg rebels seize Anefis base after Malian army withdraws", "Anefis"),
])
def test_a_described_place_seized_is_taken(pipeline: Pipeline, text: str, site: str) -> None:
    assert [(e.location.name, e.sub_event_type) for e in pipeline(text, published="2025-06-01").events] == \
        [(site, TAKEOVER)]


@pytest.mark.parametrize("text", [
    "Bandits seized cattle from villages near Gusau.",  # goods from places: no ground taken
    "Jihadists briefly seize Boulkessi base in central Mali",  # a brief seizure: the corpus codes a clash
])
def test_near_misses_are_no_takeover(text: str) -> None:
    assert TAKEOVER not in {t.sub_event_type for t in find_triggers(text.lower())}


@pytest.mark.parametrize("unit", ["seizes central ", "seize key ", "seized x town ", "seizes "])
def test_linear_on_100_kb(unit: str) -> None:
    text = unit * (100_000 // len(unit))
    started = time.process_time()
    find_triggers(text)
    assert time.process_time() - started < 3.0
