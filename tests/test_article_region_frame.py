"""Full articles (long16): a named region that frames a sentence is no second site beside its town.

Every sentence here is our own, and none is a gold item. Wire stories open a paragraph with the region
("In Catatumbo, ... fighting continued in rural areas of Tibú", "In Darfur, ... the RSF shelled a camp
near El Fasher") or call it one ("in Tibú, in the Catatumbo region"). The gazetteer's named regions
(Darfur, Catatumbo, Kordofan, Donbas) carry no province code, so the rule that lets a province yield to
a town inside it (mapper/events/roles.py, ``_yield_to_specific_sites``) did not see them, and the
region became a second site of the clause. A list of two sites ("bombed the Qandil mountains and near
Amadiya") keeps both.
"""

from __future__ import annotations

from mapper.pipeline import Pipeline

PUBLISHED = "2026-03-05"  # a Thursday


def _parse(pipeline: Pipeline, text: str):
    return pipeline.parse(text, published=PUBLISHED)


def _roles(doc) -> dict[str, str]:
    return {m.text: r.name for m, r in zip(doc.mentions, doc.roles, strict=True)}


def test_a_region_opening_the_sentence_yields_to_its_town(pipeline: Pipeline) -> None:
    doc = _parse(pipeline, "Rebels attacked a police post on Monday, officials said.\n\n"
                           "In Catatumbo, in the northeastern department of Norte de Santander, fighting "
                           "between the ELN and FARC dissidents continued on Tuesday in rural areas of Tibú, "
                           "residents said.")
    assert [(e.location.name, e.sub_event_type, e.date) for e in doc.events] == [
        ("Tibú", "Armed clash", "2026-03-03")]
    assert _roles(doc)["Catatumbo"] == "context"


def test_a_region_frame_before_a_camp_near_a_town(pipeline: Pipeline) -> None:
    doc = _parse(pipeline, "Drones hit the city on Wednesday. In Darfur, at least eight people were killed "
                           "when the RSF shelled a displacement camp near El Fasher on Tuesday, a local "
                           "volunteer group said.")
    assert _roles(doc)["Darfur"] == "context"
    assert _roles(doc)["El Fasher"] == "event_site"


def test_a_region_called_a_region_after_its_town(pipeline: Pipeline) -> None:
    doc = _parse(pipeline, "Fighting killed 16 people in rural areas of Tibú, in Colombia's northeastern "
                           "Catatumbo region, over the weekend, officials said on Monday.")
    assert _roles(doc)["Catatumbo"] == "context"


def test_a_list_of_a_region_and_a_town_keeps_both(pipeline: Pipeline) -> None:
    doc = _parse(pipeline, "Turkish warplanes bombed suspected PKK positions in the Qandil mountains and "
                           "near Amadiya in Duhok province on Tuesday, Kurdish officials said.")
    assert _roles(doc)["Qandil mountains"] == "event_site"
