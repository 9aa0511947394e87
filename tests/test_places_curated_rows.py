"""Curated rows for places conflict news names that the gazetteer lacked (issue 14, class 5):
"Masnaa crossing" (Lebanon's crossing into Syria) and "Bolan" (Balochistan's Kachhi district, formerly
Bolan district; gazetteers/curated)."""

from __future__ import annotations

from mapper.pipeline import Pipeline
from tests.test_resolve_theatre import check_one_event


def _place(pipeline: Pipeline, text: str, name: str):  # noqa: ANN202
    doc = pipeline.parse(text, published="2024-06-01")
    return next(m.place for m in doc.mentions if m.text == name)


def test_the_masnaa_crossing(pipeline: Pipeline) -> None:
    check_one_event(pipeline, "Israeli drone strikes a car at the Masnaa crossing", "LB", (33.703, 35.993))


def test_bolan_is_the_district_of_balochistan(pipeline: Pipeline) -> None:
    p = _place(pipeline, "Security forces cleared the hijacked train in Bolan on Wednesday, the army said.",
               "Bolan")
    assert (p.name, p.country_code, p.kind) == ("Kachhi District", "PK", "admin2")
