"""The resolver reads a conflict article's theatre (issue 14, points 3 and 4): armed groups' countries,
admin qualifiers ("X in Y State", "Y's X", lists before a qualifier), a district named like its town,
a province named like its city, and capitals in stories between countries. Sentences are our own,
from many theatres; expectations are the country, the kind and the point (within 30 km)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mapper.events.actors import COUNTRIES, theatre_countries
from mapper.geo import distance_km
from mapper.model import Event
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, PLACES, growth, parsing

# (text, name as written, country, kind, (lat, lon))
CASES = [
    # a named armed group says where the story is when nothing else does
    ("Beni: ADF rebels kill 18 villagers in overnight raid", "Beni", "CD", "city", (0.49, 29.47)),
    ("ADF militants hacked 12 people to death near Beni overnight", "Beni", "CD", "city", (0.49, 29.47)),
    ("Fano militia fighters attacked Merawi at dawn", "Merawi", "ET", "city", (11.42, 37.17)),
    ("Soldiers killed 45 civilians in Merawi after Fano fighters raided the town", "Merawi", "ET", "city",
     (11.42, 37.17)),
    ("RSF fighters looted the market in Kas", "Kas", "SD", "city", (12.51, 24.29)),
    ("M23 rebels seize Walikale after two days of fighting", "Walikale", "CD", None, None),
    ("Abu Sayyaf gunmen seize two fishermen off Sulu", "Sulu", "PH", None, None),
    # a district named like its town is the town, unless the text says "district" (names7: and the
    # district has a point of its own)
    ("Manipur: gunmen torch houses in Jiribam, curfew imposed", "Jiribam", "IN", "city", (24.80, 93.12)),
    ("Borno | ISWAP abducts 8 loggers near Dikwa", "Dikwa", "NG", "city", (12.04, 13.92)),
    ("Tigrayan forces re-enter Mekelle as federal troops pull out", "Mekelle", "ET", "city", (13.50, 39.48)),
    ("ELN guerrillas bombed a pipeline near Saravena", "Saravena", "CO", "city", (6.96, -71.88)),
    ("Houthi forces shelled Hays in Hodeidah governorate", "Hays", "YE", "city", (13.93, 43.48)),
    ("Gunmen kill six in Beni, North Kivu", "Beni", "CD", "city", (0.49, 29.47)),
    ("M23 rebels attacked a camp in Masisi territory", "Masisi", "CD", "admin2", None),
    # ... a district the build places at its member town of its name (session 31: Djugu territory's
    # towns' centre lay 52 km west of Djugu town) is that town
    ("CODECO militiamen attacked a camp in Djugu territory", "Djugu", "CD", "city", (1.92, 30.50)),
    # ... or when the district's point is only its province's (a build fallback): the town says more
    ("Al-Shabaab fighters attacked an army base in Jilib district", "Jilib", "SO", "city", (0.49, 42.79)),
    # qualifiers: "in Y State", "Y's X", a comma
    ("Gunmen killed 11 people in Maru, in Zamfara State, on Sunday", "Maru", "NG", "city", (12.33, 6.40)),
    ("Bandits attack Zamfara's Maru, killing 11", "Maru", "NG", "city", (12.33, 6.40)),
    ("Militants attacked Kachia in Kaduna State", "Kachia", "NG", "city", (9.87, 7.95)),
    ("Cartel gunmen killed eight soldiers in Michoacan's Aguililla", "Aguililla", "MX", "city",
     (18.74, -102.79)),
    ("Clashes erupted in Bor in Jonglei State on Sunday", "Bor", "SS", "city", (6.21, 31.56)),
    # a province named like its city: the city, unless the text says "province"
    ("Daraa clashes leave 4 dead", "Daraa", "SY", "city", (32.62, 36.10)),
    ("Hama fighting causes more deaths", "Hama", "SY", "city", (35.13, 36.76)),
    ("Clashes in Raqqa kill six", "Raqqa", "SY", "city", (35.95, 39.01)),
    ("Israeli strike hits Nabatieh", "Nabatieh", "LB", "city", (33.38, 35.48)),
    ("Fighting spreads across Idlib province", "Idlib", "SY", "admin1", None),
    ("Shelling hit the Homs countryside", "Homs", "SY", "admin1", None),
    ("Russian warplanes pound the countryside of Idlib", "Idlib", "SY", "admin1", None),
    # capitals: acting like a government, or in a story between countries; a state in a list of states
    ("Washington urged both sides to show restraint", "Washington", "US", "city", (38.90, -77.04)),
    ("The foreign ministers of Rwanda and Uganda signed a peace agreement in Washington on Friday, with "
     "Kenya and Qatar as witnesses.", "Washington", "US", "city", (38.90, -77.04)),
    ("Saudi Arabia and its Gulf allies launched air strikes on Houthi rebels in Yemen. The Saudi ambassador "
     "announced the operation at a news conference in Washington.", "Washington", "US", "city",
     (38.90, -77.04)),
    ("Measles cases were reported in Utah, Washington and Oregon this week.", "Washington", "US", "admin1",
     None),
    ("Wildfires forced evacuations across Washington state on Monday.", "Washington", "US", "admin1", None),
    # a town named like a capital is left to the rest of the story
    ("Police in London, Ontario, arrested two men after a shooting; media in France, Germany and Italy "
     "reported the case.", "London", "CA", "city", (42.98, -81.23)),
    # a sea named as one is the sea, unless "state" follows
    ("Houthi missiles hit a cargo ship in the Red Sea off Yemen.", "Red Sea", "", "water", None),
    ("Protesters rallied in Port Sudan, the capital of Red Sea state.", "Red Sea", "SD", "admin1", None),
]


def check_place(pipeline: Pipeline, text: str, name: str, country: str, kind: str | None,
                point: tuple[float, float] | None) -> None:
    """The first mention ``name`` of ``text`` is a place in ``country``, of ``kind`` and within 30 km of
    ``point`` (when given)."""
    doc = pipeline.parse(text, published="2024-06-01")
    found = [m for m in doc.mentions if m.text == name]
    assert found, f"{name!r} not recognised in {text!r}"
    place = found[0].place
    assert place is not None
    assert place.country_code == country, (place.name, place.country_code)
    if kind is not None:
        assert place.kind == kind, (place.name, place.kind)
    if point is not None:
        assert distance_km(place.lat, place.lon, *point) <= 30, (place.name, place.lat, place.lon)


@pytest.mark.parametrize(("text", "name", "country", "kind", "point"), CASES)
def test_theatre_resolution(pipeline: Pipeline, text: str, name: str, country: str, kind: str | None,
                            point: tuple[float, float] | None) -> None:
    check_place(pipeline, text, name, country, kind, point)


# (headline, where its one event is): the event is coded in the theatre, at the town
EVENTS = [
    ("Beni: ADF rebels kill 18 villagers in overnight raid", "CD", (0.49, 29.47)),
    ("Fano militia fighters attacked Merawi at dawn", "ET", (11.42, 37.17)),
    ("Manipur: gunmen torch houses in Jiribam, curfew imposed", "IN", (24.80, 93.12)),
    ("Borno | ISWAP abducts 8 loggers near Dikwa", "NG", (12.04, 13.92)),
    ("The foreign ministers of Rwanda and Uganda signed a peace agreement in Washington on Friday, with "
     "Kenya and Qatar as witnesses.", "US", (38.90, -77.04)),
]


@pytest.mark.parametrize(("text", "country", "point"), EVENTS)
def test_events_land_in_the_theatre(pipeline: Pipeline, text: str, country: str,
                                    point: tuple[float, float]) -> None:
    check_one_event(pipeline, text, country, point)


def check_one_event(pipeline: Pipeline, text: str, country: str, point: tuple[float, float]) -> Event:
    """``text`` codes one event, in ``country`` and within 30 km of ``point``; it is returned."""
    events = pipeline.parse(text, published="2024-06-01").events
    assert len(events) == 1, events
    loc = events[0].location
    assert loc.country_code == country
    assert distance_km(loc.lat, loc.lon, *point) <= 30, (loc.name, loc.lat, loc.lon)
    return events[0]


def test_theatre_countries_of_named_groups() -> None:
    assert theatre_countries("Beni: ADF rebels kill 18") == {"CD", "UG"}
    assert theatre_countries("Boko Haram fighters overrun an army post") == {"NG", "NE", "TD", "CM"}
    assert theatre_countries("SSPDF soldiers and White Army fighters clashed") == {"SS"}
    assert theatre_countries("KDF convoy hits IED") == {"KE", "SO"}
    # transnational groups, and words that only look like a group, say nothing
    assert theatre_countries("Islamic State fighters attacked a checkpoint") == set()
    assert theatre_countries("this is what the adf said") == set()


def test_every_theatre_is_a_known_country() -> None:
    import json

    from mapper.events import actors

    table = json.loads(actors.ACTOR_TABLE.read_text(encoding="utf-8"))
    for group in table["groups"]:
        for cc in group.get("theatre", []):
            assert cc in COUNTRIES, (group["name"], cc)


def test_neighbour_reading_is_linear(pipeline: Pipeline) -> None:
    # Names joined by list and qualifier gaps in one endless sentence: each pair of neighbours is read
    # once, and a gap is read only when it is short.
    def text(n: int) -> str:
        k = len(PLACES)
        return "Fighting raged in " + ", ".join(
            f"{PLACES[i % k]} in {PLACES[(i + 1) % k]} and {PLACES[(i + 2) % k]}" for i in range(n)) + "."
    assert growth(parsing(pipeline, text), 100) < GROWTH


@pytest.mark.parametrize("unit", ["ADF ", "ADFADF", "Boko Haram ", "M23's "])
def test_theatre_scan_is_linear_on_100_kb(unit: str) -> None:
    def make(n: int) -> Callable[[], object]:
        text = unit * (n // len(unit))
        return lambda: theatre_countries(text)
    assert growth(make, 50_000) < GROWTH
