"""Headlines of the blind headline misses (session 42 round 2, branch heads50, gold file headlines48.jsonl).

Every sentence is our own. The classes with a rule:

- "martyred", the word Pakistan's press uses for soldiers and police killed, is a victim's verb like
  "killed" (actors._SUFFERED_VERB): "Five soldiers martyred in X IED blast" makes the soldiers actor2 (the
  event country's forces), not actor1. Near miss: soldiers who kill ("troops killed three militants") stay
  actor1.
- a lower-case compass word before a country names the gazetteer's region of that name
  (coder._compass_region): "IDF shells south Lebanon" is at South Lebanon (the corpus's point for south
  Lebanon), also as the second act of a headline after ";". Near misses: a compass word before a country
  with no such region ("northern Mali", "northern Ghana": Ghana's Northern Region is a province, not a
  curated region) stays the country.
"""

from __future__ import annotations

import pytest

from mapper.events import actors, coder
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, PLACES, growth, hundred_kb, parsing, pattern_cpu
from tests.test_phantom44_classes import Row, _events

IED = "Explosions/Remote violence", "Remote explosive/landmine/IED"
AIR = "Explosions/Remote violence", "Air/drone strike"
SHELL = "Explosions/Remote violence", "Shelling/artillery/missile attack"


@pytest.mark.parametrize(("text", "events"), [
    ("Four soldiers martyred in Lakki Marwat roadside blast",
     [("Lakki", *IED, 4, None, "Pakistani forces")]),
    ("Three FC personnel were martyred when an IED hit their vehicle in Kurram",
     [("Kurram District", *IED, 3, None, "Pakistani forces")]),
    ("Policeman martyred in grenade attack on Bannu checkpost",
     [("Bannu", "Explosions/Remote violence", "Grenade", 1, None, "police")]),
    # near miss: the soldiers act
    ("Soldiers killed three militants near Bannu on Monday, the army said.",
     [("Bannu", "Battles", "Armed clash", 3, "Pakistani forces", "militants")]),
])
def test_martyred_soldiers_are_the_victims(either: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(either, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("IDF shells south Lebanon",
     [("South Lebanon", *SHELL, None, "Israeli forces", None)]),
    ("Israeli strikes kill five in southern Lebanon",
     [("South Lebanon", *AIR, 5, "Israeli forces", None)]),
    ("Hezbollah drone hits army post near Metula; Israeli jets strike south Lebanon",
     [("Metula", *AIR, None, "Hezbollah", "Israeli forces"),
      ("South Lebanon", *AIR, None, "Israeli forces", "Lebanese forces")]),
    ("Israeli artillery pounds southern Lebanon; rockets hit Kiryat Shmona",
     [("Qiryat Shmona", *SHELL, None, "Israeli forces", None),
      ("South Lebanon", *SHELL, None, "Israeli forces", None)]),
    # near misses: no region of that name in the country
    ("Jihadists kill 12 in northern Mali",
     [("Mali", "Violence against civilians", "Attack", 12, "jihadists", "civilians")]),
    ("Gunmen kill four in northern Ghana",
     [("Ghana", "Violence against civilians", "Attack", 4, "unidentified gunmen", "civilians")]),
])
def test_a_compass_word_before_a_country_names_its_region(unfiltered: Pipeline, text: str,
                                                          events: list[Row]) -> None:
    assert _events(unfiltered, text) == events


def test_the_region_point(unfiltered: Pipeline) -> None:
    from mapper.model import Article
    doc = unfiltered.parse(Article(id="t", text="IDF shells south Lebanon", published="2025-06-10"))
    [event] = doc.events
    assert (event.location.name, event.location.kind, event.location.country_code) == \
        ("South Lebanon", "region", "LB")


@pytest.mark.parametrize(("pattern", "unit"), [
    (actors._SUFFERED, " soldiers were martyred martyred and"),
    (actors._SUFFERED, " martyred martyred,"),
    (coder._COMPASS_BEFORE, "south southern north "),
])
def test_the_new_patterns_on_100_kb_are_fast(pattern, unit: str) -> None:  # noqa: ANN001
    text = hundred_kb(unit)
    assert pattern_cpu(pattern, text) < 3.0


def test_many_compass_countries_are_linear(pipeline: Pipeline) -> None:
    # Each country site after a compass word asks the gazetteer once (_compass_region), in a 10-character
    # window.
    def text(n: int) -> str:
        return "Israeli jets struck " + " ".join(
            f"{PLACES[i % len(PLACES)]}, southern Lebanon," for i in range(n)) + " on Monday."
    assert growth(parsing(pipeline, text), 120) < GROWTH
