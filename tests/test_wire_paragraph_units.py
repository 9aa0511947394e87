"""Wire paragraphs (issue 14): ACLED's unit and the site's namesake, on our own sentences.

- A battle and a remote strike at one place are two events: "attacked an army post near X, killing 15
  soldiers ... helicopters struck positions near X" is an armed clash (its victims made the generic
  "attacked" a battle) and an air strike, not one air strike that took the battle's toll.
- A village named only by an alternate spelling of a village in another country is the namesake in the
  story's country: "clashed in al-Mazraa, west of Sweida" is the Syrian Al Mazra'ah, not El Mazra'a in
  Israel (the event coder's _site_place).
"""

from __future__ import annotations

import pytest

from mapper.events.coder import _alternate_only
from mapper.gazetteer.names import normalize
from mapper.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str, published: str) -> list[tuple]:
    doc = pipeline.parse(text, published=published)
    return [(e.sub_event_type, e.location.name, e.location.country_code, e.fatalities, e.date)
            for e in doc.events]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Jihadists attacked an army post near Djibo on Friday, killing 15 soldiers, security sources said. "
     "Army helicopters struck jihadist positions near Djibo on Friday evening.", "2025-03-08",
     [("Armed clash", "Djibo", "BF", 15, "2025-03-07"),
      ("Air/drone strike", "Djibo", "BF", None, "2025-03-07")]),
    ("Houthi fighters attacked government positions south of Marib on Monday, killing seven soldiers. "
     "Saudi-led coalition jets bombed Houthi positions south of Marib the same day.", "2025-03-04",
     [("Armed clash", "Ma'rib", "YE", 7, "2025-03-03"),
      ("Air/drone strike", "Ma'rib", "YE", None, "2025-03-03")]),
    ("Militants attacked a police checkpoint in Bannu on Tuesday, killing three policemen. A mortar shell "
     "later hit a house in Bannu, wounding a child.", "2025-03-05",
     [("Armed clash", "Bannu", "PK", 3, "2025-03-04"),
      ("Shelling/artillery/missile attack", "Bannu", "PK", None, "2025-03-04")]),
    ("Fighters attacked army positions in Kidal on Monday, killing 12 soldiers. Malian drones struck rebel "
     "positions in Kidal on Monday.", "2025-03-04",
     [("Armed clash", "Kidal", "ML", 12, "2025-03-03"),
      ("Air/drone strike", "Kidal", "ML", None, "2025-03-03")]),
])
def test_a_battle_and_a_strike_at_one_place_are_two_events(pipeline: Pipeline, text: str,
                                                            published: str, expected: list[tuple]) -> None:
    assert _events(pipeline, text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An attack whose victims nobody named is still the act a later sentence names more precisely.
    ("Russian forces attacked Odesa overnight, officials said. Drones struck the city's port and set "
     "warehouses on fire.", [("Air/drone strike", "Odesa", "UA", None, "2025-03-04")]),
    # An attack on villagers stays an attack beside the strike on the attackers (as before).
    ("Gunmen attacked a village near Bokkos on Sunday. A drone strike then hit the attackers near Bokkos, "
     "the army said.", [("Attack", "Bokkos", "NG", None, "2025-03-02"),
                        ("Air/drone strike", "Bokkos", "NG", None, "2025-03-02")]),
])
def test_a_generic_attack_is_still_refined_or_kept_apart_as_before(pipeline: Pipeline, text: str,
                                                                   expected: list[tuple]) -> None:
    assert _events(pipeline, text, "2025-03-04") == expected


def test_a_village_named_by_an_alternate_spelling_abroad_is_the_story_countrys_namesake(
        pipeline: Pipeline) -> None:
    text = ("Druze fighters and Bedouin gunmen clashed in al-Mazraa, west of Sweida, on Friday, leaving six "
            "dead, a monitor said.")
    assert _events(pipeline, text, "2025-05-03") == [("Armed clash", "Al Mazra‘ah", "SY", 6, "2025-05-02")]


def test_a_town_named_by_its_own_name_abroad_stays(pipeline: Pipeline) -> None:
    # Hezbollah sets the story in Lebanon, but Kiryat Shmona is the Israeli town's own name.
    assert _events(pipeline, "Hezbollah fired rockets at Kiryat Shmona on Sunday, wounding two people.",
                   "2025-03-04") == [("Shelling/artillery/missile attack", "Qiryat Shmona", "IL", None,
                                      "2025-03-02")]


def test_alternate_only_reads_how_the_name_reaches_the_place(gazetteer) -> None:  # noqa: ANN001
    israeli = next(p for o in gazetteer.options(normalize("al-Mazraa"))
                   if (p := gazetteer.place(o.row)).country_code == "IL")
    assert _alternate_only(gazetteer, normalize("al-Mazraa"), israeli)
    kiryat = next(p for o in gazetteer.options(normalize("Qiryat Shmona"))
                  if (p := gazetteer.place(o.row)).country_code == "IL" and p.kind == "city")
    assert not _alternate_only(gazetteer, normalize("Qiryat Shmona"), kiryat)
