"""Phantoms of noevent74's classes (helper wphantom70, base 485cad35): what the base already does right.

Every text is our own. No rule of this round was kept (see the noevent74 row of training/events/README.md:
the hospital-runner form "taken to a hospital run by X in Y" fixed one blind role and lost another), so these
pin the base's behaviour on the classes: the town of a hospital the wounded were taken to, a town people
fled to, and where reinforcements came from are no sites; a strike on a hospital keeps its town.
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline
from tests.test_phantom_told_before import _events, _roles


def test_the_town_of_a_hospital_run_by_an_aid_group_is_no_site(pipeline: Pipeline) -> None:
    text = ("Gunmen killed six villagers near Kaga Bandoro on Monday, local officials said. "
            "The wounded were taken to a hospital run by the Red Cross in Bangui.")
    assert _events(pipeline, text, "2025-09-10") == [("Kaga-Bandoro", "Attack")]
    assert _roles(pipeline, text, "2025-09-10")["Bangui"] == "context"


def test_a_strike_on_a_hospital_run_by_an_aid_group_keeps_its_town(pipeline: Pipeline) -> None:
    # the near miss: the hospital is hit, not a place the wounded went to
    text = "A drone struck a hospital run by the Red Cross in Kadugli on Monday, killing four patients."
    assert ("Kadugli", "Air/drone strike") in _events(pipeline, text, "2025-09-10")


@pytest.mark.parametrize(("text", "place"), [
    ("Gunmen raided a camp near Djibo on Monday. Several of the wounded were taken to a clinic run by "
     "Medecins Sans Frontieres in Dori, where nurses treated them.", "Dori"),
    ("Bandits killed nine farmers near Gusau on Monday, and hundreds of villagers fled to Kaura Namoda.",
     "Kaura Namoda"),
])
def test_where_the_wounded_or_the_fleeing_went_is_no_site(pipeline: Pipeline, text: str, place: str) -> None:
    assert place not in {name for name, _ in _events(pipeline, text, "2025-09-10")}
