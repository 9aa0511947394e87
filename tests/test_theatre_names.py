"""Names of conflict places as analysts write them, and towns pulled into the article's theatre (issue 14,
points 4 and 5). Sentences are our own; expectations are the place's country, kind and point.

- English forms of admin1 names that GeoNames spells otherwise ("Lower Shabelle" for Shabeellaha Hoose,
  "Centre-North" for Centre-Nord, "East" for Burkina Faso's Est, "Karenni" for Kayah) and short country
  names ("Congo" for DR Congo, beside a DR Congo town; the Republic of the Congo beside Brazzaville;
  "Burkina"), from
  gazetteers/curated/aliases.csv;
- a town resolved far outside the article's theatre (countries named, armed groups, nationalities,
  qualifiers) takes its namesake inside it (Resolver.out_of_theatre); a town near the theatre, or
  in a story that says nothing of where it is set, keeps its reading.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mapper.geo import distance_km
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth
from tests.test_resolve_theatre import check_one_event, check_place

# (text, name as written, country, kind, (lat, lon) or None)
CASES = [
    # English forms of provinces
    ("Al-Shabaab fighters attacked an army base in Lower Shabelle on Monday.", "Lower Shabelle", "SO",
     "admin1", (2.17, 44.83)),
    ("Troops retook two villages in Middle Shabelle after heavy fighting.", "Middle Shabelle", "SO",
     "admin1", None),
    ("Floods displaced thousands in Hiran region.", "Hiran", "SO", "admin1", None),
    ("Resistance forces attacked a junta base in Karenni.", "Karenni", "MM", "admin1", None),
    ("Gunmen killed 30 people in Benishangul-Gumuz on Tuesday.", "Benishangul-Gumuz", "ET", "admin1", None),
    ("Jihadists attacked a convoy in the Centre-North region of Burkina Faso.", "Centre-North", "BF",
     "admin1", None),
    # compass-named regions: the English form of a French name, read with the towns beside it
    ("Militants attacked the town of Gayeri in the East region on Sunday, killing 12 soldiers.", "East", "BF",
     "admin1", None),
    ("Gangs attacked Fort-Liberte and Ouanaminthe in the North-East department.", "North-East", "HT",
     "admin1", None),
    ("Separatists attacked a school in Bamenda, in the North-West region, and in Buea.", "North-West", "CM",
     "admin1", None),
    # short country names, read with the rest of the story
    ("Gunmen killed 12 in northern Burkina on Sunday.", "Burkina", "BF", "country", None),
    ("ADF rebels killed 10 people near Bunia, eastern Congo.", "Congo", "CD", "country", None),
    ("Clashes erupted near Goma in eastern Congo.", "Congo", "CD", "country", None),
    ("Protesters marched in Brazzaville, the capital of Congo, on Monday.", "Congo", "CG", "country", None),
    # a far namesake gives way to the one inside the theatre
    ("Nigerian jet mistakenly bombs Rann displacement camp, killing dozens", "Rann", "NG", "city",
     (12.27, 14.47)),
    # ... but a town near the theatre, or in a story that sets itself nowhere, keeps its reading
    ("Russian forces attacked Avdiivka", "Avdiivka", "UA", "city", (48.14, 37.75)),
    ("Police in Palma arrested two men after a brawl on Saturday.", "Palma", "ES", "city", (39.57, 2.65)),
    ("Houthi missiles struck near Hodeidah and Saudi jets bombed Saada.", "Saada", "YE", None, None),
]


@pytest.mark.parametrize(("text", "name", "country", "kind", "point"), CASES)
def test_conflict_names_and_theatre(pipeline: Pipeline, text: str, name: str, country: str,
                                    kind: str | None, point: tuple[float, float] | None) -> None:
    check_place(pipeline, text, name, country, kind, point)


def test_far_namesake_event_is_in_the_theatre(pipeline: Pipeline) -> None:
    events = pipeline.parse("Nigerian jet mistakenly bombs Rann displacement camp, killing dozens",
                            published="2024-06-01").events
    assert [(e.location.name, e.location.country_code) for e in events] == [("Rann", "NG")]


def test_a_region_beside_its_town_makes_no_event_of_its_own(pipeline: Pipeline) -> None:
    # Burkina Faso's East region, not Cameroon's: the attack is one event, at Gayeri.
    events = pipeline.parse("Militants attacked the town of Gayeri in the East region on Sunday, killing 12 "
                            "soldiers.", published="2024-06-01").events
    assert [(e.location.country_code, e.location.kind) for e in events] == [("BF", "city")]
    assert distance_km(events[0].location.lat, events[0].location.lon, 12.65, 0.49) <= 30


def test_out_of_theatre_reads_the_resolution(pipeline: Pipeline) -> None:
    # The decision itself: the far pick is replaced by the option inside the theatre, nothing else moves.
    res = pipeline.resolver
    text = "Nigerian jet mistakenly bombs Rann displacement camp, killing dozens"
    cands = pipeline.recognizer.candidates(text)
    doc = res.prepare(cands, text)
    assert doc.nationals == {"NG"}
    picks = res.resolve(cands, None, text)
    row = res.gaz.row(picks["rann"][0])
    assert (row.name, row.country_code) == ("Rann", "NG")


@pytest.mark.parametrize("unit", ["Nigerian ", "Aaaaaaaaaa", "A.-'’", "N" * 40 + " "])
def test_nationality_scan_is_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def make(n: int) -> Callable[[], object]:
        text = unit * (n // len(unit))
        return lambda: pipeline.resolver.prepare([], text)
    assert growth(make, 50_000) < GROWTH


# A village the gazetteer does not know (or knows only in another country), given with its relation to
# a known town, is coded at the town with geo_precision 2 (issue 14, point 3).
NEAR_TOWN = [
    ("A village 25 km west of Nyala was attacked by the RSF on Sunday.", "SD", (12.05, 24.88)),
    ("Gunmen attacked the village of Tora near Kutum on Sunday.", "SD", (14.20, 24.67)),
]


@pytest.mark.parametrize(("text", "country", "point"), NEAR_TOWN)
def test_unknown_village_is_coded_at_the_town(pipeline: Pipeline, text: str, country: str,
                                              point: tuple[float, float]) -> None:
    assert check_one_event(pipeline, text, country, point).geo_precision == 2


def test_a_world_city_stays_where_the_world_knows_it(pipeline: Pipeline) -> None:
    # A Syria story naming Russia and US-Russian talks: Geneva is the Swiss city, not its US namesake.
    text = ("Air strikes hit Deir ez-Zor on Saturday. Russia's foreign ministry said the US-Russian "
            "arrangements agreed in Geneva last week were in danger.")
    places = {m.text: m.place for m in pipeline.parse(text, published="2016-09-18").mentions}
    assert places["Geneva"] is not None and places["Geneva"].country_code == "CH"
