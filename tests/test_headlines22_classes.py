"""Classes of real conflict headlines read before tuning in headlines22 (issue 14), session 17: a village
the gazetteer lacks, then a comma and its district, department or state (the event is coded there, ACLED's
convention for a place it cannot locate: the guide's "Unknown places"); names listed with commas before a
headline verb ("Kupiansk, Izium shelled").

Every sentence is our own. Each test names the exact place (the gazetteer's name), its country, its point
within a kilometre, the sub-type and the precision.
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline
from tests.event_rows import Expected, check_events, events_of
from tests.test_linear import GROWTH, growth, parsing


@pytest.mark.parametrize(("text", "events"), [
    # A village the gazetteer lacks, a comma, then its state, district, department or territory: the
    # event is at that area, precision 2 (with or without the word "village" or "locality" after it).
    ("Gunmen killed 5 in Tungan Kara, Zamfara", [("Zamfara", "NG", 12.185, 6.019, "Attack", 2)]),
    ("Bandits abduct 30 in Tungan Dutse village, Zamfara state",
     [("Zamfara", "NG", 12.185, 6.019, "Abduction/forced disappearance", 2)]),
    ("Unidentified gunmen killed four herders in the village of Garin Wazam, Diffa department, on Saturday.",
     [("Diffa", "NE", 14.271, 12.249, "Attack", 2)]),
    ("Insurgents beheaded three farmers in Nkoe village, Ancuabe district, on Sunday.",
     [("Ancuabe", "MZ", -12.983, 39.850, "Attack", 2)]),
    # (Djugu territory's row sits at Djugu town since session 31's rebuild: a district named like a town it
    # files is placed at that town, see gazetteers/README.md.)
    ("Militiamen killed nine civilians in Lodjo locality, Djugu territory, on Friday.",
     [("Djugu", "CD", 1.919, 30.503, "Attack", 2)]),
    # A known town before its province stays the site (precision 1); the province only frames it.
    ("Gunmen killed 5 in Kabkabiya, North Darfur", [("Kabkābīyah", "SD", 13.650, 24.083, "Attack", 1)]),
])
def test_an_unknown_village_is_coded_at_its_area(pipeline: Pipeline, text: str,
                                                 events: list[Expected]) -> None:
    check_events(events_of(pipeline, text), events)


@pytest.mark.parametrize(("text", "events"), [
    # A weekday before a comma is no village: the state names the police who spoke, not a site.
    ("Bandits killed five farmers on Tuesday, Zamfara state police said.", []),
    # "state" after a demonym or before a capitalised name is no state of a place.
    ("Police fired tear gas at protesters in Bamako, Iranian state media said.",
     [("Bamako", "ML", 12.609, -7.975, "Protest with intervention", 1)]),
    ("A bomb exploded at the Mindanao State University campus in Marawi.",
     [("Marawi City", "PH", 8.003, 124.284, "Remote explosive/landmine/IED", 1)]),
])
def test_what_is_no_unknown_village(pipeline: Pipeline, text: str, events: list[Expected]) -> None:
    check_events(events_of(pipeline, text), events)


@pytest.mark.parametrize(("text", "events"), [
    # Towns listed with a comma before a headline verb: the second is no tail of a longer name.
    ("Kupiansk, Izium shelled; 3 injured",
     [("Izyum", "UA", 49.207, 37.277, "Shelling/artillery/missile attack", 1),
      ("Kupyansk", "UA", 49.710, 37.616, "Shelling/artillery/missile attack", 1)]),
    ("Nikopol, Marhanets hit by drones overnight",
     [("Marhanets", "UA", 47.631, 34.624, "Air/drone strike", 1),
      ("Nikopol", "UA", 47.568, 34.391, "Air/drone strike", 1)]),
])
def test_towns_listed_before_a_headline_verb(pipeline: Pipeline, text: str, events: list[Expected]) -> None:
    check_events(events_of(pipeline, text), events)


@pytest.mark.parametrize("unit", ["Tungan Kara village, ", "Tungan Kara, ", "Kupiansk, ", "Katsina state "])
def test_unknown_villages_and_lists_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Gunmen killed 5 in " + unit * (n // len(unit)) + "Zamfara state, Izium shelled"
    assert growth(parsing(pipeline, text_of, "2025-07-07"), 50_000) < GROWTH
