"""An acquittal names no new act (session 44, found reading the retrained filter's train losses: a leader
"was acquitted of rape but convicted of corrupting youth" in a riot story made a Sexual violence event at a
riot's town). triggers.py ``_REACTION_TO``: a verdict either way, "acquitted of" as "convicted of", is a
reaction to an act told elsewhere, not the act. Every sentence is our own; read with the event filter off.
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, trigger_scan_cpu, trigger_scan_growth
from tests.test_phantom44_classes import Row, _events

NO_EVENT = [
    "The former minister was acquitted of rape in Abuja on Monday.",
    "Mr Bello, who was acquitted of rape but convicted of fraud, was freed in Kano on Tuesday.",
    "The officer was acquitted of killing a protester in Nairobi, his lawyer said.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_an_acquittal_is_no_event(unfiltered: Pipeline, text: str) -> None:
    assert _events(unfiltered, text) == []


def test_the_act_beside_an_acquittal_stays(unfiltered: Pipeline) -> None:
    text = ("Gunmen killed four villagers near Maiduguri on Monday, days after a local chief was acquitted "
            "of murder.")
    expected: list[Row] = [("Maiduguri", "Violence against civilians", "Attack", 4, "unidentified gunmen",
                            "civilians")]
    assert _events(unfiltered, text) == expected


UNITS = ["was acquitted of rape ", "acquitted acquitted of of ", "acquittal of the killing of "]


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_acquittals_is_linear_and_fast(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled
    assert trigger_scan_cpu(unit) < 3.0
