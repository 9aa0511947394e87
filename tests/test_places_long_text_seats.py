"""Places in conflict reporting, on texts of our own (session 12):

- a town that opens a sentence of a long article is recognised where the article names it confidently
  elsewhere ("... near Minova, a lakeside town. Minova had sheltered ..."), or in apposition with a
  settlement noun ("Afgooye, a farming town northwest of the capital, ..."), and the words of the
  sentence before are not read as its neighbours ("... on Thursday. Afgooye" is no "Thursday Afgooye");
- names listed before a plural place noun, and names before "residents", are places ("Muidumbe and Macomia
  districts", "Minova residents fled");
- a facility written with a sun-letter article ("ash-Shati camp") or a small town's spelling variant
  before a camp noun ("Makhmour camp": Mexmur);
- a city's quarter the gazetteer knows only as a far namesake ("Bamako's Faladie": Faladié is a village
  60 km away) is the city;
- a district whose seat GeoNames spells a little otherwise sits at that seat (Jowhar district: Jawhar),
  not at its province's point (gazetteers/build_places.py, loose_key).
"""

from __future__ import annotations

import csv
import gzip
from collections.abc import Callable
from pathlib import Path

import pytest

from mapper.geo import distance_km
from mapper.geoparse import recognize
from mapper.geoparse.recognize import LowercaseWords, context_features, find_candidates
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, _repeats, growth, hundred_kb
from tests.test_names_districts import mention, near
from tests.test_names_one_line_theatres import _build_places

TABLE = Path(__file__).resolve().parents[1] / "mapper" / "data" / "places.tsv.gz"

# A regional round-up: its confident places are Kenya's, the towns of the other countries stand alone.
ROUNDUP = (
    "NAIROBI, Kenya (AP) — Gunmen killed at least 30 people in attacks across the region this week, "
    "officials said on Thursday.\n\n"
    "Afgooye, a farming town northwest of the capital, has seen repeated fighting this year. Two children "
    "were wounded there on Tuesday.\n\n"
    "Security forces also fought militants while Muidumbe and Macomia districts reported raids. Minova "
    "residents fled towards the lake.")

# Each town is named confidently once, then opens a later sentence.
LONG = (
    "MOGADISHU, March 3 (Reuters) - Somali forces repelled an attack on a base in the Lower Shabelle "
    "region on Sunday.\n\n"
    "In Haiti, gangs attacked the town of Mirebalais last week. Mirebalais lies in the Centre department.\n\n"
    "In eastern Congo, M23 rebels clashed with the army near Minova, a town on Lake Kivu. Minova had "
    "sheltered displaced people from Masisi.\n\n"
    "In Georgia, protesters gathered in Zugdidi for a third night. Zugdidi is the main town of Samegrelo.")


def names(pipeline: Pipeline, text: str) -> list[str]:
    return [m.text for m in pipeline.parse(text, published="2025-03-03").mentions]


@pytest.mark.parametrize("town", ["Mirebalais", "Minova", "Zugdidi"])
def test_a_town_opening_a_sentence_is_the_town_the_article_names(pipeline: Pipeline, town: str) -> None:
    assert names(pipeline, LONG).count(town) == 2


@pytest.mark.parametrize("town", ["Afgooye", "Muidumbe", "Macomia", "Minova"])
def test_roundup_towns_in_apposition_before_a_plural_place_noun_or_residents(pipeline: Pipeline,
                                                                            town: str) -> None:
    assert town in names(pipeline, ROUNDUP)


def test_a_sentence_opener_has_no_neighbours_in_the_sentence_before(pipeline: Pipeline) -> None:
    text = "Officials said on Thursday. Afgooye, a town, was calm."
    c = next(c for c in find_candidates(text, pipeline.gazetteer) if c.text == "Afgooye")
    f = context_features(c, text, LowercaseWords(text))
    assert "sent_start" in f and "prev_cap" not in f, f


def test_a_sentence_opener_the_text_never_names_elsewhere_stays_doubtful(pipeline: Pipeline) -> None:
    # one sense per discourse needs the other occurrence: a capitalised word alone gains nothing
    assert "Minova" not in names(pipeline, "Officials met on Thursday in Nairobi. Minova was calm.")


@pytest.mark.parametrize(("text", "name", "country", "point"), [
    ("Israeli strike on ash-Shati camp kills six", "ash-Shati camp", "PS", (31.53, 34.445)),
    ("Turkish drone strike hits Makhmour camp, three killed", "Makhmour", "IQ", (35.776, 43.58)),
    ("Gunmen stormed Bamako's Faladie district on Tuesday, police said.", "Faladie", "ML", (12.609, -7.975)),
    ("Al-Shabaab fighters ambushed an army convoy in Jowhar district on Wednesday, killing five soldiers.",
     "Jowhar", "SO", (2.781, 45.5)),
])
def test_camps_quarters_and_districts(pipeline: Pipeline, text: str, name: str, country: str,
                                      point: tuple[float, float]) -> None:
    m = mention(pipeline, text, name)
    assert near(m, country, point, km=5), m.place


@pytest.mark.parametrize(("text", "name", "country", "point"), [
    ("Shelling hits Kharkiv's Zhuravlivka", "Zhuravlivka", "UA", (50.013, 36.272)),  # a quarter it knows
    ("Insurgents attack Nampula's Memba district", "Memba", "MZ", (-14.17, 40.53)),  # its seat town
])
def test_a_citys_known_quarter_or_a_provinces_district_stays(pipeline: Pipeline, text: str, name: str,
                                                             country: str, point: tuple[float, float]
                                                             ) -> None:
    assert near(mention(pipeline, text, name), country, point, km=5)


def _points(kind: str) -> dict[tuple[str, str], tuple[float, float]]:
    with gzip.open(TABLE, "rt", encoding="utf-8") as f:
        return {(r["country_code"], r["name"]): (float(r["lat"]), float(r["lon"]))
                for r in csv.DictReader(f, delimiter="\t") if r["kind"] == kind}


@pytest.mark.parametrize(("country", "district", "seat"), [
    ("SO", "Jowhar", "Jawhar"),  # vowels
    ("SO", "Jamame", "Jamaame"),  # a doubled letter
    ("NE", "Ingall", "I-n-Gall"),  # hyphens
    ("SD", "Merawi", "Merowe"),  # vowels and the ending
    ("SY", "Harem District", "Ḩārim"),  # accents and the district's kind
])
def test_a_district_is_at_its_seat_spelled_otherwise(country: str, district: str, seat: str) -> None:
    assert distance_km(*_points("admin2")[(country, district)], *_points("city")[(country, seat)]) < 1


def test_loose_key() -> None:
    loose_key = _build_places().loose_key
    assert loose_key("Jowhar") == loose_key("Jawhar") == "jawhar"
    assert loose_key("Garbahaarey") == loose_key("Garbahaarrey")
    assert loose_key("I-n-Gall") == loose_key("Ingall") == "angal"
    assert loose_key("Kpendjal") == loose_key("Kpendjali") and loose_key("Muidumbe") == loose_key("Muidumba")
    assert loose_key("Koui") == "" and loose_key("Bria") == ""  # too short to tell towns apart


def test_the_apposition_pattern_cannot_rescan_a_run() -> None:
    for most, _, followed, _body in _repeats(recognize._SETTLEMENT_APPOSITION.pattern):
        assert most <= 25 or not followed


@pytest.mark.parametrize("unit", ["Afgooye, a ", "Minova, the big big big big ", "Afgooye. Afgooye ",
                                  "ash-Shati camp ", "Bamako's Faladie ", "Muidumbe and Macomia districts "])
def test_recognition_is_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    text = "Fighting near Afgooye and Minova. " + hundred_kb(unit)

    def make(n: int) -> Callable[[], object]:
        t = text[:n]
        return lambda: pipeline.parse(t, published="2025-03-03")
    assert growth(make, 50_000) < GROWTH
