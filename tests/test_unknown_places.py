"""Unknown places, ACLED's way (issue 14, item 3; training/events/README.md, "Unknown places"): a village
the gazetteer lacks is coded at the district, province or town the text puts it in or near, with
geo_precision 2; a province named with nothing smaller is precision 3; and a name the text places in a
province or near a town is never coded at a namesake somewhere else."""

from __future__ import annotations

import json
import re

import pytest
from test_linear import GROWTH, growth, parsing

from mapper.events import coder, roles
from mapper.io.export import article_record, to_geodataframe
from mapper.pipeline import Pipeline

PUBLISHED = "2025-06-17"


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str, str, str, str, int]]:
    """(sub-event type, place kind, country, place name, geo_precision) of each event."""
    doc = pipeline.parse(text, published=PUBLISHED)
    return [(e.sub_event_type, e.location.kind, e.location.country_code, e.location.name, e.geo_precision)
            for e in doc.events]


def _rule(pipeline: Pipeline, text: str, name: str) -> tuple[str, str]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return next((r.name, r.rule) for m, r in zip(doc.mentions, doc.roles, strict=True) if m.text == name)


_MISSILE = "Shelling/artillery/missile attack"  # a bare Russian strike in Ukraine (the guide)


@pytest.mark.parametrize(("text", "expected"), [
    # "the village of X in Y state": the state holds X.
    ("Bandits abducted 14 women from the village of Qqtudun in Sokoto state on Monday.",
     [("Abduction/forced disappearance", "admin1", "NG", "Sokoto", 2)]),
    # The province's possessive before the unknown name.
    ("Gunmen kill 6 in Plateau's Qqbarkin", [("Attack", "admin1", "NG", "Plateau", 2)]),
    # "<province> village of X".
    ("Militants torch homes in Ituri village of Qqmabanga",
     [("Looting/property destruction", "admin1", "CD", "Ituri", 2)]),
    # A governorate's countryside.
    ("Clashes erupted in the village of Qqalde in the Daraa countryside on Monday.",
     [("Armed clash", "admin1", "SY", "Dar'ā", 2)]),
    # A country's possessive and a compass word before the state: "<country>'s central <state>".
    ("Gunmen killed 30 people in the village of Qqwala in Nigeria's central Benue state on Sunday.",
     [("Attack", "admin1", "NG", "Benue", 2)]),
    # An apposition: "X, a village in <country>'s <region>".
    ("Separatists burned 20 houses in Qqbui, a village in Cameroon's North West region, on Sunday.",
     [("Looting/property destruction", "admin1", "CM", "North-West", 2)]),
])
def test_a_province_holds_a_village_the_gazetteer_lacks(
        pipeline: Pipeline, text: str, expected: list[tuple[str, str, str, str, int]]) -> None:
    assert _coded(pipeline, text) == expected


def test_the_holding_province_is_a_site_by_its_own_rule(pipeline: Pipeline) -> None:
    text = "Gunmen killed 8 traders near Qqmakera in Katsina state on Friday."
    assert _rule(pipeline, text, "Katsina") == ("event_site", roles.HOLDS_UNKNOWN)
    assert _coded(pipeline, text) == [("Attack", "admin1", "NG", "Katsina", 2)]


@pytest.mark.parametrize(("text", "expected"), [
    # The text names nothing smaller than the province: ACLED's precision 3.
    ("Pakistani airstrikes in Paktika kill 15, Taliban say",
     [("Air/drone strike", "admin1", "AF", "Paktīkā", 3)]),
    # A village in it, unnamed: 2.
    ("A drone strike hit a village in Tigray region on Monday, killing five people.",
     [("Air/drone strike", "admin1", "ET", "Tigrai", 2)]),
    # "<province> village": a village of the province, not its capital.
    ("Junta airstrike kills 5 in Magway village", [("Air/drone strike", "admin1", "MM", "Magway", 2)]),
    ("Airstrike kills 7 in Kachin village", [("Air/drone strike", "admin1", "MM", "Kachin", 2)]),
])
def test_a_province_point_says_how_precise_it_is(pipeline: Pipeline, text: str,
                                                 expected: list[tuple[str, str, str, str, int]]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An Australian state's name, which the text calls a village in Borno: Borno holds it.
    ("Fighters stormed Victoria, a village in Borno state, on Friday, killing seven.",
     [("Attack", "admin1", "NG", "Borno", 2)]),
    # A hamlet near a town, whose name a far town bears: the town it is near.
    ("Gunmen raided Santa Rosa, a hamlet near Tumaco, on Sunday, killing four people.",
     [("Attack", "city", "CO", "Tumaco", 2)]),
    # A village set in a country, whose name is loosely a town of the next country: no namesake, and no
    # country point either (the text names something smaller than the country).
    ("Gunmen killed 12 people in Qqkoro, northern Burkina Faso, on Sunday.", []),
    # "<name> village" where the name is a town abroad, outside the story's theatre: a village the
    # gazetteer lacks, held by the district the sentence names, not villages around the German town.
    ("JOS, Nigeria - Gunmen killed nine people in Kassel village in Bokkos local government area of "
     "Plateau state, police said.", [("Attack", "city", "NG", "Bokkos", 2)]),
    ("Bandits killed seven people in Hanau village in Maru local government area of Zamfara state on "
     "Sunday, police said.", [("Attack", "city", "NG", "Maru", 2)]),
])
def test_a_name_the_text_places_is_no_far_namesake(pipeline: Pipeline, text: str,
                                                   expected: list[tuple[str, str, str, str, int]]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A town the gazetteer knows, in its province: the town, precision 1.
    ("Gunmen kill 9 in Gwoza, Borno state", [("Attack", "city", "NG", "Gwoza", 1)]),
    # A place stated to lie far from its reference town is not moved there.
    ("The GNA said its forces had seized the al-Watiya air base, 140 km southwest of Tripoli, on Monday.",
     [("Government regains territory", "facility", "LY", "Al-Watiya Air Base", 1)]),
    # A list of regions names each province (nothing smaller: precision 3), not a frame of the first town.
    ("Russian strikes hit Kharkiv, Donetsk and Zaporizhzhia regions overnight.",
     [(_MISSILE, "admin1", "UA", "Kharkivska oblast", 3), (_MISSILE, "admin1", "UA", "Donetska oblast", 3),
      (_MISSILE, "admin1", "UA", "Zaporizka oblast", 3)]),
])
def test_known_places_stay(pipeline: Pipeline, text: str,
                           expected: list[tuple[str, str, str, str, int]]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A compound compass word before the frame's state ("in northwestern Kebbi state"): Kebbi holds the name,
    # not the Cameroonian town the resolver read it as.
    # (Dikwa, a Nigerian town near the Cameroonian Maga, keeps that namesake inside the story's theatre.)
    ("Gunmen abducted 25 pupils from a school in Maga, in northwestern Kebbi state, on Monday. Troops "
     "repelled an attack on a base in Dikwa on Sunday.",
     [("Abduction/forced disappearance", "admin1", "NG", "Kebbi", 2),
      ("Armed clash", "city", "NG", "Dikwa", 1)]),
    ("Gunmen abducted 25 pupils from a school in Maga, in north-western Kebbi state, on Monday. Troops "
     "repelled an attack on a base in Dikwa on Sunday.",
     [("Abduction/forced disappearance", "admin1", "NG", "Kebbi", 2),
      ("Armed clash", "city", "NG", "Dikwa", 1)]),
    # A group that fights in several countries (ISWAP: Nigeria, Niger, Cameroon, Chad) does not put the
    # framed name in Cameroon.
    ("Gunmen abducted 25 pupils from a school in Maga, in Kebbi state, on Monday. ISWAP fighters attacked "
     "a military base in Dikwa on Sunday.",
     [("Abduction/forced disappearance", "admin1", "NG", "Kebbi", 2),
      ("Armed clash", "city", "NG", "Dikwa", 1)]),
])
def test_a_compass_frame_or_a_spread_group_keeps_the_frame(
        pipeline: Pipeline, text: str, expected: list[tuple[str, str, str, str, int]]) -> None:
    assert _coded(pipeline, text) == expected


def test_a_group_of_one_country_still_places_the_town(pipeline: Pipeline) -> None:
    # The near miss: "Houthi" names Yemen alone, so Mocha stays the Yemeni port, not Sudan's Red Sea state.
    text = "A Houthi drone struck a tanker off Mocha in the Red Sea on Saturday, causing a fire, UKMTO said."
    assert [(k, cc, name) for _, k, cc, name, _ in _coded(pipeline, text)] == [("city", "YE", "Mocha")]


def test_exports_carry_the_fallback_precision(pipeline: Pipeline) -> None:
    doc = pipeline.parse("Bandits abducted 14 women from the village of Qqtudun in Sokoto state on Monday.",
                         published=PUBLISHED)
    record = json.loads(json.dumps(article_record(doc)))
    assert [(e["location_name"], e["geo_precision"]) for e in record["events"]] == [("Sokoto", 2)]
    acled = to_geodataframe([doc], "acled")
    assert list(acled["geo_precision"]) == [2] and list(acled["location"]) == ["Sokoto"]


# -- linear on any input --------------------------------------------------------------------------

def test_framed_unknown_names_are_linear(pipeline: Pipeline) -> None:
    # Each site looks only at the names within a few words after it for its frame.
    def text(n: int) -> str:
        return "Gunmen attacked " + ", ".join(f"Qq{i}ville, a village near Tumaco in Borno's Qqx{i}"
                                              for i in range(n)) + "."
    assert growth(parsing(pipeline, text), 120) < GROWTH


@pytest.mark.parametrize("pattern", [coder._FRAMED_BY, coder._COMMA_FRAME, coder._FRAME_CLOSE,
                                     coder._VILLAGE_NEAR, coder._VILLAGE_AFTER, roles._POSSESSED_NAME,
                                     roles._POSSESSED_GAP])
@pytest.mark.parametrize("unit", [" Qq", ", a village near ", "-Aa", " 12 km of ", "villages ", "'s ",
                                  " state's western ", " in north-western ", "northwest ", "south-"])
def test_new_patterns_on_100_kb(pattern: re.Pattern[str], unit: str) -> None:
    # 100 KB of the patterns' own pieces: every search and anchored match returns (a quadratic or
    # backtracking pattern would not finish); the coder only ever matches them on a few words.
    big = unit * (100_000 // len(unit))
    pattern.search(big)
    pattern.match(big)
    pattern.fullmatch(big)
    for i in range(0, len(big), 997):
        pattern.match(big, i)
