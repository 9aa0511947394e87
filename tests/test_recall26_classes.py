"""Classes of missed sites and wrong fatalities in full wire articles (issue 14, session 21), read on the
train split only:

- a unit below a district that the gazetteer lacks, named before its district ("the Mamund tehsil of
  Bajaur district", "Tabayin township, Sagaing Region"): the district is the site, precision 2 (the
  guide's "Unknown places"), as for "Tungan Kara village, Zamfara state";
- several sites in one sentence, each with its own figure told right after it ("hit a tent west of Khan
  Younis, killing five ..., and another killed four people in Rafah"): each site keeps its own figure.

Every sentence is our own. Each test names the exact place (the gazetteer's name), its country, its point
within a kilometre, the sub-type and the precision, or each site's fatalities.
"""

from __future__ import annotations

import pytest

from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.event_rows import Expected, check_events, events_of
from tests.test_linear import GROWTH, growth, parsing


@pytest.mark.parametrize(("text", "events"), [
    # The unit's name is unknown: its district or region places the act, precision 2.
    ("Soldiers killed three militants in a raid in Myaung township, Sagaing Region, on Tuesday.",
     [("Sagaing", "MM", 24.494, 95.295, "Armed clash", 2)]),
    ("Security forces shot dead two protesters in the Kalaroa upazila of Satkhira district on Monday, police "
     "said.", [("Sātkhira", "BD", 22.708, 89.072, "Excessive force against protesters", 2)]),
    ("A quadcopter dropped a mortar shell on a house in the Salarzai tehsil of Bajaur district on Friday, "
     # (a shell dropped by a quadcopter is dropped from the air: Air/drone strike, as the guide and l38-002
     # code it; types46 made the quadcopter a trigger, which had left the shell to name the type)
     "killing a girl.", [("Bājaur Agency", "PK", 34.736, 71.527, "Air/drone strike", 2)]),
    # Controls: a region named alone keeps its precision; a known unit's own name is the site.
    # (the event filter retrained at session 32 keeps it again: a known loss from session 21 to 31)
    pytest.param("Fighting in Sagaing Region, Myanmar's military said, killed 20 soldiers on Monday.",
                 [("Sagaing", "MM", 24.494, 95.295, "Armed clash", 3)],
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "known loss of the models retrained at sessions 34 to 40 and 41's second round (kept by "
                     "its first): Sagaing Region's site probability is low and the event filter drops the "
                     "clash (kept with --event-filter off)"))),
    ("Gunmen killed four villagers in the Tral sector of Pulwama district on Sunday.",
     [("Pulwama", "IN", 33.874, 74.900, "Attack", 1)]),
])
def test_an_unknown_unit_before_its_district(pipeline: Pipeline, text: str, events: list[Expected]) -> None:
    check_events(events_of(pipeline, text), events)


def test_the_district_of_an_unknown_unit_is_the_rule_site() -> None:
    doc = Pipeline(roles="rules").parse(Article(
        id="t", published="2025-07-07",
        text="A drone hit a house in the Salarzai tehsil of Bajaur district on Friday, killing a girl."))
    rows = [(m.text, r.name, r.rule, r.precision) for m, r in zip(doc.mentions, doc.roles or [], strict=True)]
    assert rows == [("Bajaur", "event_site", "unknown_parent", 2)]


def test_a_known_name_before_a_sector_is_no_unknown_unit(pipeline: Pipeline) -> None:
    # "Krishna" is known (its tail "Ghati" is no unknown unit's name): Poonch keeps its own reading.
    doc = Pipeline(roles="rules").parse(Article(
        id="t", published="2025-07-07",
        text="Pakistani troops fired in the Krishna Ghati sector of Poonch district on Saturday night."))
    assert [(m.text, r.rule) for m, r in zip(doc.mentions, doc.roles or [], strict=True)
            if m.text == "Poonch"] == [("Poonch", "left")]


def _fatalities(pipeline: Pipeline, text: str) -> dict[str, int | None]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-07-07"))
    return {e.location.name: e.fatalities for e in doc.events}


@pytest.mark.parametrize(("text", "expected"), [
    ("One strike hit a tent west of Khan Younis on Monday, killing five members of one family, and another "
     "killed four people in Rafah, the agency said.", {"Khān Yūnis": 5, "Rafaḩ": 4}),
    ("An airstrike hit a school in Dera Ismail Khan, killing four pupils, and militants shot dead two police "
     "officers in Bannu on Tuesday.", {"Dera Ismail Khan": 4, "Bannu": 2}),
    # Controls: figures before each site; one figure for a list of sites goes to the first only.
    ("Russian missiles killed six people in Kyiv and two in Odesa overnight.", {"Kyiv": 6, "Odesa": 2}),
    ("Drones struck a fuel depot in Kharkiv overnight, killing three workers, and a missile killed two "
     "people in Sumy, officials said.", {"Kharkiv": 3, "Sumy": 2}),
    ("Israeli strikes hit Khan Younis and Rafah on Monday, killing nine people, the agency said.",
     {"Khān Yūnis": 9, "Rafaḩ": None}),
    ("Shelling hit Nikopol overnight, and drones struck Marhanets, killing three people, the governor said.",
     {"Marhanets": 3, "Nikopol": None}),
])
def test_each_site_keeps_the_figure_told_after_it(pipeline: Pipeline, text: str,
                                                  expected: dict[str, int | None]) -> None:
    assert _fatalities(pipeline, text) == expected


@pytest.mark.parametrize("unit", ["Wetlet township of ", "Mamund tehsil of the ", "Kalaroa upazila, ",
                                  "Ghati sector of "])
def test_unknown_units_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Gunmen killed 5 in the " + unit * (n // len(unit)) + "Bajaur district on Monday."
    assert growth(parsing(pipeline, text_of, "2025-07-07"), 50_000) < GROWTH


@pytest.mark.parametrize("unit", ["Kharkiv, killing three, and ", "in Sumy, killing two people, ",
                                  "killing five, and another killed four in Rafah, "])
def test_figures_after_sites_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Drones struck a depot in " + unit * (n // len(unit)) + "Odesa, killing a man."
    assert growth(parsing(pipeline, text_of, "2025-07-07"), 50_000) < GROWTH
