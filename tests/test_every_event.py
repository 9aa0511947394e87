"""Every site, every event (issue 14, point 2), on our own sentences: a sentence that tells two acts of
two types at two places codes each place with its own act, its own figure and its own perpetrator; a
site list with one act keeps that act at every site; a toll split per site in a later sentence takes
the act just told; a town with its province in apposition is coded at the town."""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline

PUBLISHED = "2025-03-18"  # a Tuesday


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str, str, str, int | None]]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return [(e.location.name, e.location.country_code, e.sub_event_type, e.fatalities)
            for e in sorted(doc.events, key=lambda e: e.location.name)]


@pytest.mark.parametrize(("text", "expected"), [
    # Two acts of two types, coordinated after a place: each place its own act.
    ("Artillery pounded Kramatorsk while drones struck Sloviansk",
     [("Kramatorsk", "UA", "Shelling/artillery/missile attack", None),
      ("Slovyansk", "UA", "Air/drone strike", None)]),
    ("Jihadists attacked troops in Gwoza on Sunday while a roadside bomb killed three farmers near Bama.",
     [("Bama", "NG", "Remote explosive/landmine/IED", 3), ("Gwoza", "NG", "Armed clash", None)]),
    # A part dated last month is background: no event there; the acts told as news are two events.
    ("Jihadists who raided Titao last month set off a bomb near Ouahigouya on Monday and attacked soldiers "
     "in Djibo.",
     [("Djibo", "BF", "Armed clash", None), ("Ouahigouya", "BF", "Remote explosive/landmine/IED", None)]),
    # The figure told in the second part is the second place's, not the first's.
    ("Artillery shelled Nikopol, and a drone strike on Marhanets killed three people.",
     [("Marhanets", "UA", "Air/drone strike", 3),
      ("Nikopol", "UA", "Shelling/artillery/missile attack", None)]),
    # One act at a list of sites: the act at each.
    ("Shelling hit Nikopol, Marhanets and Pokrov overnight.",
     [("Marhanets", "UA", "Shelling/artillery/missile attack", None),
      ("Nikopol", "UA", "Shelling/artillery/missile attack", None),
      ("Pokrov", "UA", "Shelling/artillery/missile attack", None)]),
    # A generic verb shared by one subject is not a second act ("attacks A and B, killing ...").
    ("Boko Haram attacks Gwoza and Bama, killing 23 civilians",
     [("Bama", "NG", "Attack", None), ("Gwoza", "NG", "Attack", 23)]),
    # The dead of the act just told, counted where they died: that act at each place, with its figure.
    ("A missile strike killed six people in the Zaporizhzhia region on Monday. Four were killed in "
     "Vilniansk and two in Stepnohirsk.",
     [("Stepnohirsk", "UA", "Shelling/artillery/missile attack", 2),
      ("Vilnyansk", "UA", "Shelling/artillery/missile attack", 4)]),
    # A town with its province in apposition: the town, when the gazetteer has it in the theatre.
    ("Gunmen killed 11 civilians in Arbinda, a town in Soum province, on Saturday.",
     [("Aribinda", "BF", "Attack", 11)]),
])
def test_each_site_gets_its_own_act(pipeline: Pipeline, text: str,
                                    expected: list[tuple[str, str, str, int | None]]) -> None:
    assert _coded(pipeline, text) == expected


def test_each_part_names_its_own_perpetrator(pipeline: Pipeline) -> None:
    doc = pipeline.parse("Houthi drones struck an oil depot in Marib while government troops clashed with "
                         "fighters in Taiz.", published=PUBLISHED)
    clash = next(e for e in doc.events if e.sub_event_type == "Armed clash")
    assert clash.location.name == "Taiz" and clash.actor1 is not None and "Houthi" not in clash.actor1.name


@pytest.mark.parametrize(("village", "precision", "point", "tolerance"), [
    # The gazetteer has no Koutougou: the named province, precision 2, at its towns' centre near Sebba
    # (13.44, 0.53), not at the Sahel region's point (14.2, -0.36), 130 km off.
    ("Koutougou", 2, (13.44, 0.72), 0.3),
    # Solhan (Burkina Faso) is a curated town since session 36: the village itself, precision 1.
    ("Solhan", 1, (13.43, 0.69), 0.05),
])
def test_a_village_in_a_province_is_coded_at_the_village_or_else_the_province(
        pipeline: Pipeline, village: str, precision: int, point: tuple[float, float],
        tolerance: float) -> None:
    doc = pipeline.parse(f"Gunmen killed 40 people in {village}, a village in Yagha province, on Friday.",
                         published=PUBLISHED)
    [event] = doc.events
    assert (event.location.country_code, event.geo_precision, event.fatalities) == ("BF", precision, 40)
    assert abs(event.location.lat - point[0]) < tolerance and abs(event.location.lon - point[1]) < tolerance


def test_a_long_sentence_of_many_parts_stays_linear(pipeline: Pipeline) -> None:
    # 100 KB of coordinated parts, each with a site and an act of its own: every part is read once.
    part = "artillery pounded Kramatorsk while drones struck Sloviansk, and "
    text = part * (100_000 // len(part))
    doc = pipeline.parse(text, published=PUBLISHED)
    assert {(e.location.name, e.sub_event_type) for e in doc.events} == {
        ("Kramatorsk", "Shelling/artillery/missile attack"), ("Slovyansk", "Air/drone strike")}

