"""A name the text places in so many words resolves inside the place that holds it (issue 14, point 4):
"Michoacan's Los Reyes", "Los Reyes in Michoacan state", "Los Reyes, Michoacan" and a list before the
qualifier are Los Reyes de Salgado in Michoacan, not Los Reyes Acaquilpan near Mexico City nor a
hamlet of the exact name elsewhere in the state; a bare comma between provinces does not constrain.
Sentences are our own; expectations are the admin1 and the point (within 10 km)."""

from __future__ import annotations

import pytest

from mapper.geo import distance_km
from mapper.geoparse import resolve
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, PLACES, growth, parsing

SALGADO = ("MX.16", (19.589, -102.473))  # Los Reyes de Salgado, Michoacan

# (text, name as written, admin1, (lat, lon))
CASES = [
    ("Landmine planted by cartel kills 8 soldiers in Michoacan's Los Reyes", "Los Reyes", *SALGADO),
    ("Clashes were reported in Los Reyes in Michoacan state on Monday.", "Los Reyes", *SALGADO),
    ("Police said gunmen killed two men in Los Reyes, Michoacan.", "Los Reyes", *SALGADO),
    ("Gunmen attacked Tepalcatepec and Los Reyes in Michoacan overnight.", "Los Reyes", *SALGADO),
    ("Gunmen killed four in Los Reyes, a town in Michoacan, on Friday.", "Los Reyes", *SALGADO),
    ("Gunmen attacked Tepalcatepec and Los Reyes in Michoacan overnight.", "Tepalcatepec", "MX.16",
     (19.19, -102.85)),
    # the qualifier picks the province's own town, the model's choice elsewhere stays
    ("Gunmen kill five in Guerrero's Chilapa", "Chilapa", "MX.12", (17.599, -99.174)),
    ("Gunmen kill two in Bor, Jonglei", "Bor", "SS.", (6.209, 31.559)),
]


@pytest.mark.parametrize(("text", "name", "admin1", "point"), CASES)
def test_a_qualified_name_resolves_inside_its_qualifier(pipeline: Pipeline, text: str, name: str,
                                                       admin1: str, point: tuple[float, float]) -> None:
    doc = pipeline.parse(text)
    [m] = [m for m in doc.mentions if m.text == name]
    assert m.place is not None
    assert m.place.admin1.startswith(admin1), (m.place.name, m.place.admin1)
    assert distance_km(m.place.lat, m.place.lon, *point) < 10, (m.place.name, m.place.lat, m.place.lon)


def test_the_event_of_a_qualified_name_is_at_the_qualified_town(pipeline: Pipeline) -> None:
    doc = pipeline.parse("Landmine planted by cartel kills 8 soldiers in Michoacan's Los Reyes")
    [event] = doc.events
    assert event.location.name == "Los Reyes de Salgado" and event.location.admin1 == "MX.16"
    assert event.fatalities == 8


def test_a_list_of_provinces_is_no_qualifier(pipeline: Pipeline) -> None:
    doc = pipeline.parse("Storms hit Utah, Washington and Wisconsin on Monday.")
    kinds = {m.text: (m.place.kind, m.place.country_code) for m in doc.mentions if m.place is not None}
    assert kinds["Washington"] == ("admin1", "US")
    assert kinds["Utah"] == ("admin1", "US")


def test_which_gaps_place_a_name_in_so_many_words() -> None:
    assert resolve._SAID_GAP.search(" in ") and resolve._SAID_GAP.search(" district of ")
    assert resolve._SAID_GAP.search(", a town in ")
    assert not resolve._SAID_GAP.search(", ") and not resolve._SAID_GAP.search(" near ")
    text = "Reynosa, Tamaulipas and Matamoros"
    assert resolve._LIST_GOES_ON.match(text, text.index(" and"), len(text))
    assert not resolve._LIST_GOES_ON.match("Reynosa, Tamaulipas.", len("Reynosa, Tamaulipas"))


def test_the_qualifier_patterns_are_linear_on_100_kb() -> None:
    # A gap is read only when it is at most _GAP_CHARS long; the patterns themselves must not backtrack.
    hostile = "inside" * 20_000 + " in x"
    assert len(hostile) > 100_000
    assert resolve._SAID_GAP.search(hostile).start() == len(hostile) - 4
    assert not resolve._LIST_GOES_ON.match(" " * 100_000 + "x")
    assert not resolve._LIST_GOES_ON.match(" " * 100_000 + "andx")


def test_qualified_lists_stay_linear(pipeline: Pipeline) -> None:
    def text(n: int) -> str:
        k = len(PLACES)
        return "; ".join(f"{PLACES[i % k]}'s {PLACES[(i + 1) % k]}, {PLACES[(i + 2) % k]} in "
                         f"{PLACES[(i + 3) % k]} province" for i in range(n)) + "."
    assert growth(parsing(pipeline, text), 100) < GROWTH


# A sentence that opens with a province ("In the Kharkiv region, ...") places the towns it names after it:
# Zolochiv and Balakliia are towns of Kharkiv oblast, namesakes of a Lviv town and a Poltava village.
FRAMED = [
    ("Power was cut in Kyiv overnight. In the Kharkiv region, Russian glide bombs hit the town of Zolochiv "
     "on Thursday, injuring four people, prosecutors said.", "Zolochiv", "UA.07", (50.273, 35.978)),
    ("Drones hit Poltava overnight.\nIn the northeastern Kharkiv region, a strike near the town of Balakliia "
     "cut power to 30,000 homes.", "Balakliia", "UA.07", (49.456, 36.844)),
    # the frame of another province picks that province's town
    ("In the Lviv region, a drone hit an industrial site in Zolochiv, the governor said.", "Zolochiv",
     "UA.15", (49.807, 24.904)),
]


@pytest.mark.parametrize(("text", "name", "admin1", "point"), FRAMED)
def test_a_sentence_opening_province_places_its_towns(pipeline: Pipeline, text: str, name: str,
                                                      admin1: str, point: tuple[float, float]) -> None:
    doc = pipeline.parse(text)
    [m] = [m for m in doc.mentions if m.text == name]
    assert m.place is not None
    assert m.place.admin1 == admin1, (m.place.name, m.place.admin1)
    assert distance_km(m.place.lat, m.place.lon, *point) < 10


def test_only_a_sentence_opening_province_frames_it() -> None:
    text = "Officials in the Kharkiv region, citing prosecutors, said."
    at = text.index("Kharkiv")
    assert resolve._FRAME_OPEN.search(text, max(0, at - 24), at) is None  # "in" mid-sentence: no frame
    text = "Shelling Hit In the Kharkiv region, drones hit Zolochiv."  # (a title-case headline's "In")
    at = text.index("Kharkiv")
    opening = resolve._FRAME_OPEN.search(text, max(0, at - 24), at)
    assert opening is not None and not resolve._FRAME_START.search(text, max(0, opening.start() - 3),
                                                                   opening.start())
    text = "Power was cut. In the Kharkiv region, drones hit Zolochiv."
    at = text.index("Kharkiv")
    opening = resolve._FRAME_OPEN.search(text, max(0, at - 24), at)
    assert opening is not None
    assert resolve._FRAME_START.search(text, max(0, opening.start() - 3), opening.start())
    assert resolve._FRAME_AFTER.match(text, text.index(" region"))
    assert not resolve._FRAME_AFTER.match("Kharkiv region said", len("Kharkiv"))


def test_the_frame_patterns_are_linear_on_100_kb() -> None:
    hostile = "In the " + "northern " * 12_000 + "x"
    assert len(hostile) > 100_000
    assert resolve._FRAME_OPEN.search(hostile) is None
    assert resolve._FRAME_START.search(" " * 100_000 + "x") is None
    assert resolve._FRAME_AFTER.match(" " * 100_000 + "region") is None
    assert resolve._SENTENCE_END.search("a" * 100_000 + ".").start() == 100_000


def test_framed_sentences_stay_linear(pipeline: Pipeline) -> None:
    def text(n: int) -> str:
        k = len(PLACES)
        return "\n".join(f"In the {PLACES[i % k]} region, drones hit {PLACES[(i + 1) % k]} and "
                         f"{PLACES[(i + 2) % k]}" for i in range(n))
    assert growth(parsing(pipeline, text), 100) < GROWTH
