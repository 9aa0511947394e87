"""Classes of wire phrasing found among the corpus's train misses of wire and long articles in session 27
(branch wire33, gold file long32.jsonl): a toll that rose later, told with no place, for a protest or riot
with deaths ("Security forces fired on protesters in X, killing four. The toll has since risen to seven":
seven, as for a violent act) or for the last act told with a figure when a later act has none, and a
toll split by site after the sites or the toll ("Gunmen killed eleven
people in raids on A and B on Sunday, six in A and five in B"; "... on Friday: eight in A and four in B";
"killed five people overnight, three in A and two in B": each site its own share). Every sentence is our
own.
"""

from __future__ import annotations

import pytest

from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing


def _tolls(pipeline: Pipeline, text: str) -> list[tuple[str, str, int | None]]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-07-07"))
    return [(e.location.name, e.sub_event_type, e.fatalities) for e in doc.events]


@pytest.mark.parametrize(("text", "events"), [
    ("Security forces fired on protesters in Kisumu on Tuesday, killing four people. The toll has since "
     "risen to seven, a hospital official said.",
     [("Kisumu", "Excessive force against protesters", 7)]),
    ("Police shot dead three demonstrators in Kisumu on Tuesday. The death toll later rose to six after "
     "three of the wounded died in hospital.",
     [("Kisumu", "Excessive force against protesters", 6)]),
    ("Rioters fought police in Mombasa on Monday, and two people were killed. By Wednesday the death toll "
     "had risen to five, officials said.",
     [("Mombasa", "Violent demonstration", 5)]),
])
def test_a_later_toll_updates_a_lethal_protest_or_riot(pipeline: Pipeline, text: str,
                                                        events: list[tuple[str, str, int | None]]) -> None:
    assert _tolls(pipeline, text) == events


def test_a_war_sized_later_toll_does_not_update_a_protest(pipeline: Pipeline) -> None:
    # Control: a figure far beyond the act's own is no update of it (the bound a violent act has).
    text = ("Security forces fired on protesters in Kisumu on Tuesday, killing four people. The toll has "
            "since risen to 400, a hospital official said.")
    assert _tolls(pipeline, text) == [("Kisumu", "Excessive force against protesters", 4)]


def test_a_later_toll_updates_the_last_act_with_a_figure(pipeline: Pipeline) -> None:
    # An act told since with no figure of its own (the shelling) has no toll to update: the last act
    # with one has.
    text = ("Gunmen killed eight people in Gao on Sunday. Hours later, militants shelled Ansongo. The toll "
            "has since risen to 11, officials said.")
    assert _tolls(pipeline, text) == [("Gao", "Attack", 11),
                                      ("Ansongo", "Shelling/artillery/missile attack", None)]


@pytest.mark.parametrize(("text", "events"), [
    ("Gunmen killed eleven people in raids on Gao and Menaka on Sunday, six in Gao and five in Menaka, "
     "officials said.",
     [("Gao", "Attack", 6), ("Ménaka", "Attack", 5)]),
    ("Twelve people were killed when police fired on marchers in Mombasa and Kisumu on Friday: eight in "
     "Mombasa and four in Kisumu.",
     [("Mombasa", "Excessive force against protesters", 8),
      ("Kisumu", "Excessive force against protesters", 4)]),
    ("Russian drones killed five people overnight, three in Kherson and two in Nikopol, officials said.",
     [("Kherson", "Air/drone strike", 3), ("Nikopol", "Air/drone strike", 2)]),
])
def test_a_toll_split_by_site_gives_each_site_its_share(pipeline: Pipeline, text: str,
                                                        events: list[tuple[str, str, int | None]]) -> None:
    assert _tolls(pipeline, text) == events


def test_a_figure_told_with_its_own_site_stays_its_own(pipeline: Pipeline) -> None:
    # Control: each figure right after its verb and before its site, read as before.
    assert _tolls(pipeline, "Russian missiles killed six people in Kyiv and two in Odesa on Monday.") == [
        ("Kyiv", "Shelling/artillery/missile attack", 6), ("Odesa", "Shelling/artillery/missile attack", 2)]


def test_the_split_shares_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    unit = "one in Gao and "

    def text_of(n: int) -> str:
        return ("Gunmen killed eleven people in raids on Gao and Menaka on Sunday, "
                + unit * (n // len(unit)) + "five in Menaka.")
    assert growth(parsing(pipeline, text_of, "2025-07-07"), 50_000) < GROWTH
