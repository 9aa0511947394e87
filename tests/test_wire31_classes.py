"""Classes of wire copy found in session 25 (issue 14: fatalities and sites of full wire articles): a
monitor's or governor's list whose every site opens its own part, its act and toll told after the name
("In Kyiv, a drone hit a kindergarten, injuring four; in Dnipro, a missile struck a plant, killing two;
and in Lviv, ..."). Each site keeps the act and the figure of its own part, not the part before it
(the reading of "shelling hit A, and a drone strike on B killed two", where the act comes first). And an
act told with its dead and placed again in a later sentence that counts the other side's dead ("...,
and police said two of the attackers were killed"): those dead are added, as a placeless later report's
already were. Every sentence is our own; each test names the exact place (the gazetteer's name), the
sub-type, the fatalities and the injuries.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing

Row = tuple[str, str, int | None, int | None]


def rows_of(pipeline: Pipeline, text: str) -> list[Row]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-07-07"))
    return sorted((e.location.name, e.sub_event_type, e.fatalities, e.injuries) for e in doc.events)


@pytest.mark.parametrize(("text", "rows"), [
    ("Russia struck several cities overnight. In Kharkiv, a drone hit an apartment block, wounding six "
     "people; in Zaporizhzhia, a missile struck a bus depot, killing three workers; and in Sumy, drones "
     "damaged a power station.",
     [("Kharkiv", "Air/drone strike", None, 6), ("Sumy", "Air/drone strike", None, None),
      ("Zaporizhzhya", "Shelling/artillery/missile attack", 3, None)]),
    ("In Kherson, shelling killed two civilians; in Nikopol, a drone strike killed a man; and in "
     "Kupiansk, glide bombs wounded five people.",
     [("Kherson", "Shelling/artillery/missile attack", 2, None), ("Kupyansk", "Air/drone strike", None, 5),
      ("Nikopol", "Air/drone strike", 1, None)]),
    ("The army reported fighting across the north: in Menaka, jihadists ambushed a patrol, killing four "
     "soldiers; in Gao, a mortar round hit the airport, wounding two.",
     [("Gao", "Shelling/artillery/missile attack", None, 2), ("Ménaka", "Armed clash", 4, None)]),
    # A part's own generic act ("insurgents killed", "gunmen shot dead") beside another part's specific one.
    ("Attacks were also reported in Borno on Sunday: in Bama, insurgents killed four herders near the "
     "market; in Gwoza, shells hit a camp, killing two children; and in Dikwa, gunmen shot dead a trader.",
     [("Bama", "Attack", 4, None), ("Dikwa", "Attack", 1, None),
      ("Gwoza", "Shelling/artillery/missile attack", 2, None)]),
])
def test_each_site_opening_its_part_keeps_its_act_and_toll(pipeline: Pipeline, text: str,
                                                           rows: list[Row]) -> None:
    assert rows_of(pipeline, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    # Controls: one act per part, the same sub-type (each figure was already its site's) ...
    ("In Bunia, gunmen killed three traders; in Beni, ADF rebels killed seven villagers.",
     [("Beni", "Attack", 7, None), ("Bunia", "Attack", 3, None)]),
    # ... and the act before its site: each part runs up to its site's name, as before.
    # (and the act before its site: "Shelling killed two civilians in Kherson, and a drone strike killed a man
    # in Nikopol", whose filtered reading flips between retrains: the rules' test below)
    # ... and an act told before the list is every part's that tells only a toll.
    ("Shelling hit several towns on Monday: in Kherson, two people died; in Nikopol, a man was killed.",
     [("Kherson", "Shelling/artillery/missile attack", 2, None),
      ("Nikopol", "Shelling/artillery/missile attack", 1, None)]),
])
def test_lists_that_were_read_right_stay(pipeline: Pipeline, text: str, rows: list[Row]) -> None:
    assert rows_of(pipeline, text) == rows


def test_the_rules_keep_the_list_the_filter_drops(unfiltered: Pipeline) -> None:
    text = "Shelling killed two civilians in Kherson, and a drone strike killed a man in Nikopol."
    assert rows_of(unfiltered, text) == [("Kherson", "Shelling/artillery/missile attack", 2, None),
                                         ("Nikopol", "Air/drone strike", 1, None)]


@pytest.mark.parametrize("unit", ["in Nikopol, a drone hit a house; ", "; in ", "In Kherson, "])
def test_the_class_is_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        tail = "and in Sumy, drones hit a depot."
        return "In Kherson, shelling killed two; " + unit * (n // len(unit)) + tail
    assert growth(parsing(pipeline, text_of, "2025-07-07"), 50_000) < GROWTH


def test_the_other_sides_dead_of_an_act_placed_again_are_added(pipeline: Pipeline) -> None:
    text = ("Militants ambushed a patrol near Lakki Marwat on Monday, killing three policemen, officials "
            "said. The militants attacked the patrol near Lakki Marwat from a hillside, and police said two "
            "of the attackers were killed in the exchange of fire.")
    assert rows_of(pipeline, text) == [("Lakki", "Armed clash", 5, None)]


@pytest.mark.parametrize(("text", "rows"), [
    # Controls: the same dead told again (the same side) are not added.
    ("Troops killed 12 militants near Bama on Monday, the army said. The militants were killed near Bama "
     "after they attacked a checkpoint, it said.",
     [("Bama", "Armed clash", 12, None)]),
    ("Gunmen killed four police officers at a checkpoint in Kismayo on Sunday, police said. The gunmen "
     "opened fire on the checkpoint in Kismayo from a passing car, killing four officers, a witness said.",
     [("Kismayo", "Armed clash", 4, None)]),
])
def test_the_same_dead_told_again_are_not_added(pipeline: Pipeline, text: str, rows: list[Row]) -> None:
    assert rows_of(pipeline, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    # The attackers' claim "to have killed" N is another account of the dead told before: the lower stays.
    ("A car bomb exploded at a checkpoint in Kismayo on Tuesday, killing eight soldiers, an officer said. "
     "Al-Shabaab said on its radio station that its fighters had carried out the attack and claimed to have "
     "killed 30 soldiers.",
     [("Kismayo", "Remote explosive/landmine/IED", 8, None)]),
    ("Gunmen stormed a police post in Beledweyne on Monday, killing six officers, police said. The group "
     "later claimed to have killed 25 policemen.",
     [("Beledweyne", "Armed clash", 6, None)]),
])
def test_a_claim_to_have_killed_more_is_another_account(pipeline: Pipeline, text: str,
                                                        rows: list[Row]) -> None:
    assert rows_of(pipeline, text) == rows


def test_the_claim_pattern_is_linear_on_100_kb() -> None:
    from mapper.events import casualties

    assert casualties.other_account("claimed to have " * 6_000 + "killed 30 soldiers")
    for unit in ("claimed to have ", "claimed to ", "claiming "):
        def make(n: int, unit: str = unit) -> Callable[[], object]:
            return lambda: casualties.other_account(unit * (n // len(unit)) + "seized the town")
        assert growth(make, 50_000) < GROWTH
