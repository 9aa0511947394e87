"""A province as the site of its own act in wire text (issue 14, "every site, every event"), round 12.

Every sentence is our own. A province named with a province word ("the Sumy region", "Saada
province", "Zamfara state") after the sites before it, with an act told between ("..., and drones
struck a substation in the Sumy region"), is a site of its own when it neither holds nor lies in a
site already chosen: it is no parent named beside a town. A province's event told on one day, by a
sentence that names nothing inside it, survives the events at towns inside it told on another day
("killed 30 villagers in the Tillaberi region on Friday ... On Sunday, ... near Banibangou"): they are
two events, not one told twice. A town the text puts "in the <X> region", where the resolver read X as the
province's capital (Krasnodar, Leningrad: St Petersburg), is no namesake for lying more than 100 km from
that capital's point: a province reaches further (session 10).
"""

from __future__ import annotations

import pytest

from mapper.events import coder
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing
from tests.test_phantom_told_before import _events

# -- a province with its own act in a sentence that names a town ---------------------------------------

_SUMY = ("A missile hit a hospital in Kharkiv, killing two people, and drones struck a substation in the "
         "Sumy region.",
         [("Kharkiv", "Shelling/artillery/missile attack"), ("Sumska oblast", "Air/drone strike")])


@pytest.mark.parametrize(("text", "events"), [
    # The learned site model kept it only by a thin margin until it read whether the province's nearest
    # act has a site already (act_has_site: "drones struck" has none, Kharkiv's act is another). The rules
    # alone keep it (below).
    pytest.param(*_SUMY, marks=pytest.mark.xfail(
        strict=True, reason="known loss of the site model retrained at session 32 (9,618 train items): the "
                            "Sumy region is read as context")),
    ("Airstrikes pounded Hodeidah overnight, the Houthis said, and further strikes hit a military camp in "
     "Saada province.",
     [("Al Ḩudaydah", "Air/drone strike"), ("Şāʻdah", "Air/drone strike")]),
    ("Ukrainian drones struck an oil depot in Bryansk, officials said, and another drone hit a power plant "
     "in the Kursk region.",
     [("Bryansk", "Air/drone strike"), ("Kurskaya oblast'", "Air/drone strike")]),
])
def test_a_province_told_with_its_own_act_is_a_site(pipeline: Pipeline, text: str,
                                                    events: list[tuple[str, str]]) -> None:
    assert _events(pipeline, text) == events


def test_the_rules_give_a_province_beside_another_provinces_town_its_own_act(pipeline: Pipeline) -> None:
    assert _events(Pipeline(pipeline.gazetteer, roles="rules"), _SUMY[0]) == _SUMY[1]


@pytest.mark.parametrize(("text", "events"), [
    # the province holds the town: its parent, no second event
    ("Russian artillery shelled Nikopol in the Dnipropetrovsk region, wounding two.",
     [("Nikopol", "Shelling/artillery/missile attack")]),
    ("Militants attacked a base in Bamba in the Gao region, killing ten soldiers.",
     [("Bamba", "Armed clash")]),
])
def test_a_province_holding_the_town_stays_its_parent(pipeline: Pipeline, text: str,
                                                      events: list[tuple[str, str]]) -> None:
    assert _events(pipeline, text) == events


# -- a province's event on another day than the towns' inside it ---------------------------------------

def test_a_province_event_on_another_day_survives_a_town_in_it(pipeline: Pipeline) -> None:
    text = ("Gunmen killed 30 villagers in the Tillaberi region on Friday, officials said. On Sunday, "
            "soldiers clashed with the attackers near Banibangou, killing 12 of them.")
    assert _events(pipeline, text) == [("Tillabéri", "Attack"), ("Banibangou", "Armed clash")]


def test_a_province_event_told_again_at_a_town_on_the_same_day_is_one_event(pipeline: Pipeline) -> None:
    text = "Shelling killed five people in the Kherson region on Monday. Three of the dead were in Beryslav."
    assert _events(pipeline, text) == [("Beryslav", "Shelling/artillery/missile attack")]


def test_a_province_named_beside_its_town_still_yields_on_another_day(pipeline: Pipeline) -> None:
    # The province's sentence names a town in it: the town is that act's site, not the province.
    text = ("A UN helicopter came under fire on Friday while evacuating soldiers from Nasir in Upper Nile "
            "state. The White Army had overrun the garrison in Nasir on Tuesday.")
    assert all(name != "Upper Nile" for name, _ in _events(pipeline, text, "2025-03-08"))


# -- linear on pathological input ---------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["and drones struck the Sumy region ", "in Kharkiv and in Saada province ",
                                  "region region region ", "on Friday in the Tillaberi region. "])
def test_province_rules_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "A missile hit Kharkiv, " + unit * (n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-05-14"), 20_000) < GROWTH


def test_the_province_word_after_a_name_is_anchored() -> None:
    assert coder._PROVINCE_AFTER.match(" region, and") and not coder._PROVINCE_AFTER.match(" valley")


def test_a_sentence_part_ending_on_and_counts_its_dead() -> None:
    # The part of "..., killing two people, and drones struck ... region" before the province's own act.
    from mapper.events.casualties import casualties
    assert casualties("killing three people, and") == (3, None)


# -- a town in a province named like its capital, the name read as the capital (session 10) -------------

@pytest.mark.parametrize(("text", "events"), [
    # the resolver reads "Krasnodar" / "Leningrad" as the city; the town lies 110-120 km from that point,
    # inside the province the text names: the town is the site, not a namesake moved to the capital
    ("Ukrainian drones struck an oil depot in Tuapse in the Krasnodar region overnight, the governor said "
     "on Sunday.",
     [("Tuapse", "Air/drone strike")]),
    ("MOSCOW, Aug 24 (Reuters) - Ukrainian drones set a fuel terminal ablaze at the port of Ust-Luga in the "
     "Leningrad region and caused a fire at the Kursk nuclear power plant, Russian officials said on Sunday.",
     [("Ust’-Luga", "Air/drone strike"), ("Kursk Nuclear Power Plant", "Air/drone strike")]),
    # control: a town 190 km from its province's capital, the province read as the province, as before
    ("Russian drones struck port infrastructure in Izmail in the Odesa region overnight, the governor said.",
     [("Izmayil", "Air/drone strike")]),
])
def test_a_town_in_a_province_read_as_its_capital_stays_the_site(pipeline: Pipeline, text: str,
                                                                 events: list[tuple[str, str]]) -> None:
    assert _events(pipeline, text) == events
