"""Full articles (long15): a lead placed at a district, retold at a town in it, is one event.

Every sentence here is our own, and none is a gold item. The lead of a wire story often names only the
district or province ("ambushed an army patrol in the province of Maguindanao del Sur"), and the next
paragraph the town ("opened fire on a truck near the town of Datu Piang"). The coder dropped a country's
or an admin1's incident when a place inside it had one of its kind, but a district (admin2) has no codes
for the towns in it, so both were coded. A town of the district's province within 40 km of its point is
now read as inside it (mapper/events/coder.py, ``_drop_parents``), unless the two are told on two days.
"""

from __future__ import annotations

from mapper.pipeline import Pipeline

PUBLISHED = "2026-03-04"  # a Wednesday


def _events(pipeline: Pipeline, text: str) -> list:
    doc = pipeline.parse(text, published=PUBLISHED)
    return [(e.location.name, e.sub_event_type, e.date) for e in doc.events]


def test_the_district_lead_is_the_towns_event(pipeline: Pipeline) -> None:
    text = ("COTABATO CITY, Philippines (Reuters) - Militants ambushed an army patrol in the province of "
            "Maguindanao del Sur on Tuesday, killing four soldiers.\n\nGunmen opened fire on a truck "
            "carrying soldiers near the town of Datu Piang, the army said.")
    assert _events(pipeline, text) == [("Datu Piang", "Armed clash", "2026-03-03")]


def test_two_days_are_two_events(pipeline: Pipeline) -> None:
    text = ("Militants ambushed an army patrol in Maguindanao del Sur on Monday, killing four soldiers. "
            "On Tuesday, gunmen clashed with troops near the town of Datu Piang.")
    assert _events(pipeline, text) == [("Maguindanao del Sur", "Armed clash", "2026-03-02"),
                                       ("Datu Piang", "Armed clash", "2026-03-03")]
