"""The most specific place of one-line conflict reports (issue 14, items 3-5), by class of phrasing:

- a name followed by a region word that together name a province the bare name does not ("Leningrad
  region", "Sverdlovsk region": the oblasts, not St Petersburg or Yekaterinburg; "Northwest region",
  "Southwest region": Cameroon's North-West and South-West, not a US Virgin Islands district), and a
  province so named is no place "outside the theatre" to move ("Kursk region, Kyiv says");
- a town that is the text's only place, set only by its armed groups or conflict words ("JNIM fighters
  attack army post in Léré", "Jihadists kill 12 soldiers near Moura"): the namesake where they fight;
- "off X" after a word of ships or the sea ("a tanker off Mokha", "off the coast of Fujairah"): near the
  town, precision 2;
- the object of "damages", "destroyed", "set fire to" ("Shelling damages Kurakhove power plant").

Sentences are our own; expectations are the country, the point (within 30 km) and the precision."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mapper.geoparse.recognize import context_features
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing
from tests.test_resolve_theatre import check_one_event

LENINGRAD_OBLAST = (59.93, 31.78)
# (one-liner, country, point, geo_precision of its one event)
EVENTS = [
    # a region word makes an old city name its province
    ("Drones hit oil depot in Leningrad region", "RU", LENINGRAD_OBLAST, 3),
    ("Drone attack sparks fire at plant in Sverdlovsk region", "RU", (58.66, 61.35), 3),
    ("Two soldiers wounded by shelling in Kirovohrad oblast", "UA", (48.47, 31.82), 3),
    # compass compounds written solid
    ("Separatists kill two soldiers in Northwest region", "CM", (6.23, 10.26), 3),
    ("Amba fighters abduct 10 students in Southwest region", "CM", (4.89, 9.38), 3),
    # a province named with its region word stays where it is, beside the capital that speaks
    ("Heavy losses among Russian troops in Kursk region, Kyiv says", "RU", (51.70, 36.24), 3),
    ("Russian troops suffer heavy losses in Belgorod region, Kyiv says", "RU", (50.64, 37.26), 3),
    # the text's only place, set by its armed group or conflict words
    ("JNIM fighters attack army post in Léré", "ML", (15.72, -4.92), 1),
    ("Jihadists kill 12 soldiers near Moura", "ML", (14.10, -4.45), 2),
    ("Insurgents behead three villagers near Moura", "ML", (14.10, -4.45), 2),
    ("JNIM claims attack on army camp in Boni", "ML", (15.05, -1.99), 1),
    # off a coastal town, at sea
    ("Houthis attack ship off Mokha", "YE", (13.32, 43.25), 2),
    ("Explosion hits tanker off the coast of Fujairah", "AE", (25.12, 56.34), 2),
    ("A merchant vessel was hit by a projectile about 50 nautical miles off the coast of Hodeidah on Monday, "
     "the UKMTO said.", "YE", (14.80, 42.95), 2),
    ("Ukrainian sea drones struck a Russian landing ship off Novorossiysk overnight, the navy said.",
     "RU", (44.73, 37.76), 2),
    # verbs of damage name their object as the site
    ("Shelling damages Kurakhove power plant", "UA", (47.98, 37.28), 1),
    ("Ukrainian drones set fire to the Novoshakhtinsk refinery overnight, the Rostov regional governor "
     "said.", "RU", (47.76, 39.93), 1),
    ("Russian drones damaged the Kremenchuk refinery overnight, the governor said.", "UA", (49.07, 33.42), 1),
]


@pytest.mark.parametrize(("text", "country", "point", "precision"), EVENTS)
def test_the_most_specific_place_of_a_one_liner(pipeline: Pipeline, text: str, country: str,
                                                point: tuple[float, float], precision: int) -> None:
    event = check_one_event(pipeline, text, country, point)
    assert event.geo_precision == precision


# Without the region word, the conflict words or the ship, the old reading stays.
CONTROLS = [
    ("The siege of Leningrad lasted 872 days", "Leningrad", "RU", (59.94, 30.31)),  # the city
    ("Gunmen kill 5 in Kaduna state", "Kaduna", "NG", (10.31, 7.63)),
    ("Knife attack in Palma leaves two wounded", "Palma", "ES", (39.57, 2.65)),  # a world city, no group
    ("Bonn hosts climate talks", "Bonn", "DE", (50.73, 7.10)),
    ("Russian drones hit Pokrovsk", "Pokrovsk", "UA", (48.28, 37.18)),  # a nationality is no theatre
    ("Thousands attend a trade fair in Moura", "Moura", "PT", (38.14, -7.45)),
]


@pytest.mark.parametrize(("text", "name", "country", "point"), CONTROLS)
def test_the_reading_stays_without_a_reason(pipeline: Pipeline, text: str, name: str, country: str,
                                            point: tuple[float, float]) -> None:
    doc = pipeline.parse(text, published="2024-06-01")
    [m] = [m for m in doc.mentions if m.text == name]
    assert m.place is not None and m.place.country_code == country
    assert abs(m.place.lat - point[0]) < 0.1 and abs(m.place.lon - point[1]) < 0.1


def _prev(text: str, name: str) -> set[str]:
    from mapper.gazetteer.names import normalize
    from mapper.geoparse.recognize import Candidate

    start = text.index(name)
    c = Candidate(start, start + len(name), name, normalize(name), ())
    return {k for k in context_features(c, text, frozenset()) if k.startswith("prev=")}


def test_off_after_a_ship_word_reads_as_near() -> None:
    assert _prev("Houthis attack ship off Mokha", "Mokha") == {"prev=near"}
    assert _prev("Pirates hijack a dhow off Eyl", "Eyl") == {"prev=near"}
    # a phrasal verb, with no ship or sea before it, keeps its own feature
    assert _prev("Rebels cut off Mokha from the south", "Mokha") == {"prev=off"}
    assert _prev("The festival kicked off Sunday", "Sunday") == {"prev=off"}


def test_a_region_word_alone_does_not_make_a_town_a_province(pipeline: Pipeline) -> None:
    # "Leningrad" and "Leningrad region" in one text: one sense per discourse, the province the text named
    doc = pipeline.parse("Drones hit Leningrad region. Officials in Leningrad region said the fire was out.",
                         published="2024-06-01")
    assert {m.place.kind for m in doc.mentions if m.place} == {"admin1"}


@pytest.mark.parametrize("unit", [
    "ship off ", "off the coast of ", "vessel " * 3 + "off ", "set fire to ", "damages the ",
    "Leningrad region ", "Northwest region ", "Mokha ",
])
def test_new_patterns_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]
    make: Callable[[int], Callable[[], object]] = parsing(pipeline, text_of)
    assert growth(make, 50_000) < GROWTH
