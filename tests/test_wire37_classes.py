"""Classes of wire phrasing found among the BLIND files' train misses of full articles in session 31
(branch wire37, gold file long36.jsonl).

- A later paragraph opened by its province, told with the province's own word ("In the coastal province of
  Latakia, security forces arrested 12 men ... in the town of Jableh", "In the northern region of Timbuktu,
  the army said it had intercepted a drone ... over its base at Goundam"): the province, named like its
  capital, was read as the clause's first site and lifted to the province (precision 3); the town of the
  same act further on in the sentence then lay inside it and was dropped, and the province kept the event,
  since only a place named right beside it (30 characters) could take a province's event over.
- Provinces told as sites before a town of another act of the same sentence ("Strikes also hit energy
  facilities in the Lviv and Ivano-Frankivsk regions on Wednesday, ..., and a drone killed a man in the town
  of Balakliia"): a province less precise than the first site was kept only when told AFTER the sites with
  an act between, so both provinces were taken for the town's province named beside it and lost.

Every sentence is our own.
"""

from __future__ import annotations

import pytest

from mapper.model import Article
from mapper.pipeline import Pipeline

PUBLISHED = "2025-06-17"  # a Tuesday


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str, int, str]]:
    doc = pipeline.parse(Article(id="t", text=text, published=PUBLISHED))
    return sorted((e.location.name, e.sub_event_type, e.geo_precision, e.date) for e in doc.events)


# -- a town of the act beyond the province that opens the sentence ------------------------------------

@pytest.mark.parametrize(("text", "event"), [
    ("In the coastal province of Latakia, security forces arrested 12 men accused of belonging to former "
     "regime militias in a raid in the town of Jableh on Monday, state media said.",
     ("Jablah", "Arrests", 1, "2025-06-16")),
    ("In the northern region of Timbuktu, the army said it had intercepted a drone launched by JNIM over its "
     "base at Goundam on Monday.",
     ("Goundam", "Disrupted weapons use", 1, "2025-06-16")),
    ("In the central province of Homs, gunmen shot dead two members of the security forces at a checkpoint "
     "in the town of Qusayr on Monday, the interior ministry said.",
     ("Al Quşayr", "Armed clash", 1, "2025-06-16")),
])
def test_the_town_of_the_act_takes_the_opening_provinces_event(pipeline: Pipeline, text: str,
                                                                event: tuple[str, str, int, str]) -> None:
    assert _events(pipeline, text) == [event]


def test_a_province_with_no_town_keeps_its_event(pipeline: Pipeline) -> None:
    # Control: the province is the only place the act has (precision 3).
    text = ("In the coastal province of Latakia, security forces arrested 12 men accused of belonging to "
            "former regime militias on Monday, state media said.")
    assert _events(pipeline, text) == [("Al Lādhiqīyah", "Arrests", 3, "2025-06-16")]


def test_a_town_named_for_something_else_does_not_take_the_event(pipeline: Pipeline) -> None:
    # Control: a town the sentence names only as a reference ("a day after the governor visited Qusayr") is
    # no site of the act, so the province keeps it.
    text = ("In the central province of Homs, gunmen shot dead two soldiers at a checkpoint on Monday, a day "
            "after the governor visited Qusayr.")
    assert [(name, sub) for name, sub, _, _ in _events(pipeline, text)] == [("Ḩimş", "Armed clash")]


def test_a_place_people_fled_to_is_no_site(pipeline: Pipeline) -> None:
    # Control: "fled to Sarmada" is where people went; the act is at the town it names.
    text = ("In the northern province of Idlib, shelling killed two children in the town of Ariha on Monday, "
            "and hundreds of families fled to Sarmada.")
    assert [(name, sub) for name, sub, _, _ in _events(pipeline, text)] == [
        ("Arīḩā", "Shelling/artillery/missile attack")]


# -- provinces with an act of their own before a town ---------------------------------------------------

@pytest.mark.parametrize(("text", "places"), [
    ("Strikes also hit energy facilities in the Lviv and Ivano-Frankivsk regions on Wednesday, cutting power "
     "to thousands of homes, and a drone killed a man in the town of Balakliia in the Kharkiv region.",
     ["Balakliya", "Ivano-Frankivska oblast", "Lvivska oblast"]),
    ("Russian missiles struck power plants in the Kherson and Mykolaiv regions overnight, and a drone hit a "
     "bus in the city of Kharkiv, wounding five.",
     ["Kharkiv", "Khersonska oblast", "Mykolaivska oblast"]),
])
def test_provinces_told_before_a_town_keep_their_acts(pipeline: Pipeline, text: str,
                                                      places: list[str]) -> None:
    assert [name for name, _, _, _ in _events(pipeline, text)] == places


def test_a_province_holding_the_town_is_still_the_town(pipeline: Pipeline) -> None:
    # Control: the province holds the town its act names ("the Donetsk region ... in Bakhmut"): one event.
    text = "Shelling hit the Donetsk region on Wednesday, killing two people in Bakhmut."
    assert [(name, sub) for name, sub, _, _ in _events(pipeline, text)] == [
        ("Bakhmut", "Shelling/artillery/missile attack")]
