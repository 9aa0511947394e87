"""Geographic coherence of one-line conflict reports (issue 14, items 4 and 5): a headline that names no
country still says where it is set by its words of armed conflict ("insurgents", "cattle raid",
"Israeli troops"), and its one town is the namesake where such news is reported, not a bigger one in a
peaceful country. Sentences are our own, from many theatres; expectations are the country and the point
(within 30 km) of the one event."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mapper.events.actors import COUNTRIES, VOCABULARY_THEATRES, vocabulary_theatres
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth
from tests.test_resolve_theatre import check_one_event

# (one-liner, where its one event is)
EVENTS = [
    # Palma, Mozambique, not Palma de Mallorca (438,000 people)
    ("Army recaptures Palma from insurgents", "MZ", (-10.78, 40.48)),
    ("Insurgents torch homes on the edge of Palma overnight", "MZ", (-10.78, 40.48)),
    ("Jihadists raid Palma, residents flee into the bush", "MZ", (-10.78, 40.48)),
    # Bethlehem in the West Bank, not Belem in Brazil (1.5 million)
    ("Israeli troops raid Bethlehem, arrest 12 Palestinians", "PS", (31.70, 35.20)),
    ("Israeli forces detain four teenagers in Bethlehem", "PS", (31.70, 35.20)),
    # Bor in South Sudan, not Bor in Russia or Serbia
    ("Bor: armed youths kill five in cattle raid on town outskirts", "SS", (6.21, 31.56)),
    ("Cattle raiders kill 11 herders near Bor", "SS", (6.21, 31.56)),
]


@pytest.mark.parametrize(("text", "country", "point"), EVENTS)
def test_conflict_words_place_a_one_liner(pipeline: Pipeline, text: str, country: str,
                                          point: tuple[float, float]) -> None:
    check_one_event(pipeline, text, country, point)


# Without words of armed conflict, nothing changes: the bigger namesake stays the one meant.
CONTROLS = [
    ("Thousands of tourists crowd the beaches of Palma", "ES"),
    ("Heavy rain floods streets in Belem", "BR"),
]


@pytest.mark.parametrize(("text", "country"), CONTROLS)
def test_without_conflict_words_the_big_namesake_stays(pipeline: Pipeline, text: str, country: str) -> None:
    doc = pipeline.parse(text, published="2024-06-01")
    assert [m.place.country_code for m in doc.mentions if m.place] == [country]


def test_vocabulary_theatres() -> None:
    assert vocabulary_theatres("Cattle raiders kill 11 herders") == {"SS", "SD", "KE", "ET", "UG", "NG", "CD"}
    assert vocabulary_theatres("Israeli troops raid the camp") == {"PS", "LB", "SY"}
    assert vocabulary_theatres("IED HITS CONVOY") == vocabulary_theatres("an ied hits a convoy")
    assert "MZ" in vocabulary_theatres("Army recaptures the town from insurgents")
    # words that only contain a conflict word, and ordinary news, say nothing
    assert vocabulary_theatres("The rebellion of the Shellings") == set()
    assert vocabulary_theatres("Police arrested a man after a shooting in the city centre") == set()


def test_every_vocabulary_theatre_is_a_known_country() -> None:
    for words, countries in VOCABULARY_THEATRES.items():
        assert countries and all(cc in COUNTRIES for cc in countries), words


@pytest.mark.parametrize("unit", ["cattle ", "cattle-", "improvised explosive ", "Israeli-", "a "])
def test_vocabulary_scan_is_linear_on_100_kb(unit: str) -> None:
    def make(n: int) -> Callable[[], object]:
        text = unit * (n // len(unit))
        return lambda: vocabulary_theatres(text)
    assert growth(make, 50_000) < GROWTH
