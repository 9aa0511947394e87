"""actor2 by the class of its phrasing (issue 14), session 26 (actors32).

Every sentence is our own. Three classes left actor2 empty:

- a strike's dead told one by one as kin, children or by age ("a 71-year-old man and his wife", "a woman
  and her two daughters", "a nine-year-old boy"), or as people among whom only such are named past "mostly"
  or "N of them" ("40 people, mostly women and children", "22 people, 15 of them children"): civilians,
  as "20 people, including nine children" already were (casualties.victims). Plain men, a young man, a
  fighter of a given age and people who are mostly soldiers stay unnamed;
- a headline's "X repel(s) Y attack/assault": Y attacked (actor1), X is the other side (actor2);
- a headline's comma pair before the verb of a fight ("Army, NPA rebels clash in ...", "SSPDF, SPLA-IO
  clash"): the first side is actor1, the second actor2. A comma list of places before a verb is not one.
"""

from __future__ import annotations

import pytest

from mapper.events.casualties import victims
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing

Row = tuple[str, str, str | None, str | None]


def rows_of(pipeline: Pipeline, text: str) -> list[Row]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-03-10"))
    return sorted((e.location.name, e.sub_event_type, e.actor1.name if e.actor1 else None,
                   e.actor2.name if e.actor2 else None) for e in doc.events)


@pytest.mark.parametrize(("sentence", "want"), [
    # kin, children and ages told one by one
    ("A Russian drone hit a car in Nikopol, killing a 71-year-old man and his wife.", "civilians"),
    ("The shell killed a woman and her two daughters in their home.", "civilians"),
    ("An airstrike on the house killed a father and his three sons.", "civilians"),
    ("A glide bomb killed a nine-year-old boy and wounded his grandmother.", "civilians"),
    ("Shelling killed an elderly man in the village square.", "civilians"),
    ("A missile struck the station, killing 30 evacuees on the platform.", "civilians"),
    # people among whom only civilians are named, past "mostly", "mainly" or "N of them"
    ("Drone strikes on the market killed 40 people, mostly women and children.", "civilians"),
    ("The barrage killed 22 people, 15 of them children, medics said.", "civilians"),
    ("Airstrikes killed 17 people, mainly farmers returning from the fields.", "civilians"),
    # controls: plain men, a young man, a fighter by age (no civilian), people mostly soldiers, a mixed toll
    ("A drone strike on a car killed two young men.", ""),
    ("The strike killed a 24-year-old militant commander.", "militants"),  # (a toll of militants only)
    ("Shelling killed 12 people, mostly soldiers at a checkpoint.", ""),
    ("Two men were killed when the shell landed.", ""),
    ("The ambush killed four soldiers and a boy.", ""),
    ("The raid killed 20 people, including nine children.", "civilians"),  # as before
])
def test_victims_told_as_kin_children_or_ages_are_civilians(sentence: str, want: str) -> None:
    assert victims(sentence) == want


@pytest.mark.parametrize(("text", "rows"), [
    ("A Russian drone hit a car in Nikopol on Monday, killing a 71-year-old man and his wife.",
     [("Nikopol", "Air/drone strike", "Russian forces", "civilians")]),
    ("Junta jets bombed a market in Monywa on Sunday, killing 40 people, mostly women and children.",
     [("Monywa", "Air/drone strike", "Myanmar forces", "civilians")]),
    ("An Israeli strike on a house in Deir al-Balah killed a woman and her two daughters on Sunday.",
     [("Dayr al Balaḩ", "Air/drone strike", "Israeli forces", "civilians")]),
    # control: plain people of a strike stay unnamed (the guide: only marked victims are civilians)
    ("An Israeli strike on a car near Tyre killed two people on Sunday.",
     [("Tyre", "Air/drone strike", "Israeli forces", None)]),
])
def test_strikes_dead_told_as_kin_or_children_are_civilians(pipeline: Pipeline, text: str,
                                                             rows: list[Row]) -> None:
    assert rows_of(pipeline, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    ("FARDC repel M23 assault near Rutshuru", [("Rutshuru", "Armed clash", "M23", "Congolese forces")]),
    ("Kenyan troops repel al-Shabaab attack on base in Mandera",
     [("Mandera", "Armed clash", "al-Shabaab", "Kenyan forces")]),
    ("Burkinabe army repels JNIM attack on Djibo", [("Djibo", "Armed clash", "JNIM", "Burkinabe forces")]),
    # control: a sentence's repelled attack by a named group was read right before
    ("The army said it had repelled an RSF attack on El Obeid on Thursday.",
     [("El Obeid", "Armed clash", "Rapid Support Forces", "Sudanese forces")]),
])
def test_a_headlines_repelled_attack_is_the_groups_on_the_repeller(pipeline: Pipeline, text: str,
                                                                   rows: list[Row]) -> None:
    assert rows_of(pipeline, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    ("Army, NPA rebels clash in Catarman; 3 killed",
     [("Catarman", "Armed clash", "Philippine forces", "New People's Army")]),
    ("SSPDF, SPLA-IO clash near Yei", [("Yei", "Armed clash", "South Sudanese forces", "SPLA-IO")]),
    ("Somali troops, al-Shabaab fighters clash near Jowhar",
     [("Jawhar", "Armed clash", "Somali forces", "al-Shabaab")]),
    ("Fano fighters, army clash in Gondar", [("Gonder", "Armed clash", "Fano militia", "Ethiopian forces")]),
    # control: "X and Y clash" was read right before
    ("Army and NPA rebels clash in Catarman",
     [("Catarman", "Armed clash", "Philippine forces", "New People's Army")]),
])
def test_a_headlines_comma_pair_before_a_fight_is_its_two_sides(pipeline: Pipeline, text: str,
                                                                rows: list[Row]) -> None:
    assert rows_of(pipeline, text) == rows


@pytest.mark.parametrize("unit", [
    "a man and his son, ",
    "Army, NPA rebels, ",
    "FARDC repel M23 assault, ",
    "12 people, 5 of them children, ",
])
def test_the_classes_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Shelling in Kherson killed " + unit * (n // len(unit)) + "and troops clash in Kharkiv."
    assert growth(parsing(pipeline, text_of, "2025-03-10"), 50_000) < GROWTH
