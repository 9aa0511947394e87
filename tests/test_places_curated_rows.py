"""Curated rows for places conflict news names that the gazetteer lacked (issue 14, class 5):
"Masnaa crossing" (Lebanon's crossing into Syria) and "Bolan" (Balochistan's Kachhi district, formerly
Bolan district; gazetteers/curated)."""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline
from tests.test_names_districts import mention
from tests.test_resolve_theatre import check_one_event


def test_the_masnaa_crossing(pipeline: Pipeline) -> None:
    check_one_event(pipeline, "Israeli drone strikes a car at the Masnaa crossing", "LB", (33.703, 35.993))


def test_bolan_is_the_district_of_balochistan(pipeline: Pipeline) -> None:
    p = mention(pipeline, "Security forces cleared the hijacked train in Bolan on Wednesday, the army said.",
                "Bolan").place
    assert (p.name, p.country_code, p.kind) == ("Kachhi District", "PK", "admin2")


# Towns that head conflict districts the packages give no town for: before the curated rows, Kalehe, Fizi and
# Shabunda were one point, South Kivu's centre (95-300 km from each), and Irumu sat north of Bunia.
@pytest.mark.parametrize(("text", "country", "point"), [
    ("M23 rebels seize Kalehe after clashes with Wazalendo militias", "CD", (-2.102, 28.909)),
    ("Twirwaneho militiamen clash with army near Fizi", "CD", (-4.299, 28.942)),
    ("Raia Mutomboki fighters attack army post in Shabunda", "CD", (-2.693, 27.342)),
    ("ADF rebels kill 9 villagers near Irumu", "CD", (1.453, 29.870)),
    ("Jihadists attack army post near Karimama in northern Benin", "BJ", (12.067, 3.183)),
])
def test_towns_of_conflict_districts(pipeline: Pipeline, text: str, country: str, point: tuple) -> None:
    check_one_event(pipeline, text, country, point)
