"""Session 35, helper actors41: actor2 of three classes no phrase placed. A camp of displaced people or
refugees as the event's place (the gazetteer's CMPRF facility) is a civilian target (actors.civilian_target's
``camp``). A government's retaking takes the side the text says it took the ground from or fought
(actors.retaken_from: "from", "with", "fell to", "after" and a group or a class of fighters). An interception
takes the side that launched the weapon (actors.launcher): the owner named before the weapon, else the other
state of the table's war of two states when the force that stopped it defends its own ground."""

from __future__ import annotations

import pytest

from mapper.events.actors import Actor, civilian_target, launcher, retaken_from
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of

PUBLISHED = "2025-06-03"  # a Tuesday


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


coded = reader_of("sub_type", "site", "actor1", "actor2", published=PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    # a camp named as the place: civilians
    ("Paramilitary shelling of Kalma camp near Nyala kills seven",
     [("Shelling/artillery/missile attack", "Kalma camp", "paramilitary forces", "civilians")]),
    ("RSF drones hit Mugunga camp outside Goma, killing four",
     [("Air/drone strike", "Mugunga camp", "Rapid Support Forces", "civilians")]),
    # near misses: no toll; fighters killed in the camp
    ("RSF shelling hits Kalma camp near Nyala",
     [("Shelling/artillery/missile attack", "Kalma camp", "Rapid Support Forces", None)]),
    ("Israeli drone strike kills three militants in Nur Shams camp",
     [("Air/drone strike", "Nur Shams camp", "Israeli forces", "militants")]),
])
def test_a_camp_of_displaced_people_as_the_event_s_place_is_a_civilian_target(
        pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert coded(pipeline, text) == expected


def test_the_camp_flag_of_the_civilian_target_reader() -> None:
    assert civilian_target("shelling killed nine in the camp", camp=True)
    assert not civilian_target("shelling hit the camp", camp=True)  # no toll
    assert not civilian_target("clashes killed nine fighters in the camp", camp=True)  # armed victims
    assert not civilian_target("shelling killed nine in the camp")


@pytest.mark.parametrize(("text", "expected"), [
    ("Sudan's army said on Monday it had recaptured the town of Sennar from the paramilitary Rapid Support "
     "Forces.",
     [("Government regains territory", "Sennar", "Sudanese forces", "Rapid Support Forces")]),
    # (read so before too: the sentence's phrases place the side; the rule leaves it)
    ("Somali troops retook the town of Wanlaweyn on Friday after al-Shabaab fighters briefly overran it, a "
     "commander said.",
     [("Government regains territory", "Wanlaweyn", "Somali forces", "al-Shabaab")]),
    ("Syrian government forces recaptured Kafranbel on Sunday after weeks of fighting with rebels, state "
     "media said.",
     [("Government regains territory", "Kafranbel", "Syrian forces", "rebels")]),
])
def test_a_retaking_takes_the_side_it_was_taken_from(
        pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert coded(pipeline, text) == expected


def test_the_retaken_from_reader() -> None:
    army = Actor("Sudanese Armed Forces", "SD")
    found = retaken_from("recaptured Singa from the RSF", army, "SD")
    assert found is not None and (found.name, found.inferred) == ("Rapid Support Forces", True)
    # near misses: an ally is no frame; a force after "with" is no other side; nothing named
    somali = Actor("Somali forces", "SO")
    assert retaken_from("troops backed by clan militias retook Sabiid", somali, "SO") is None
    assert retaken_from("retook the town together with allied troops", army, "SD") is None
    assert retaken_from("retook Sake with the help of Wazalendo fighters", army, "SD") is None
    assert retaken_from("retook Sake with support from Wazalendo fighters", army, "SD") is None
    assert retaken_from("retook the town after heavy fighting", army, "SD") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia's defence ministry said air defences had destroyed 30 drones over the Voronezh region "
     "overnight.",
     [("Disrupted weapons use", "Voronezhskaya oblast'", "Russian forces", "Ukrainian forces")]),
    # (read so before too: the sentence's phrases place the launcher; the rule leaves it)
    ("A US destroyer shot down three Houthi drones over the Gulf of Aden on Monday, the military said.",
     [("Disrupted weapons use", "Gulf of Aden", "US forces", "Houthis")]),
])
def test_an_interception_takes_the_side_that_launched_the_weapon(
        pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert coded(pipeline, text) == expected


def test_the_launcher_reader() -> None:
    russia = Actor("Russian forces", "RU")
    found = launcher("air defences downed 48 Ukrainian drones", russia, "RU")
    assert found is not None and (found.name, found.inferred) == ("Ukrainian forces", True)
    found = launcher("air defences downed 48 drones over the region", russia, "RU")
    assert found is not None and found.name == "Ukrainian forces"
    # near misses: a foreign interceptor is a misread side; the owner named is actor1's own; no war pair
    assert launcher("air defences downed 48 drones", russia, "UA") is None
    assert launcher("downed 21 Russian drones", russia, "RU") is None
    sudan = Actor("Sudanese forces", "SD")
    assert launcher("the army's air defences shot down four drones", sudan, "SD") is None


def test_the_new_patterns_on_100_kb_of_near_misses() -> None:
    """100 KB of near-misses: frame words with no side after them, capitalised words before no weapon, owners
    before weapons in a run: every match is bounded, the readers return their near-miss answers."""
    army = Actor("Sudanese Armed Forces", "SD")
    text = "from with after fell to " * 5_000
    assert len(text) > 100_000 and retaken_from(text, army, "SD") is None
    text = "Ukrainian Houthi Iranian army " * 4_000
    assert len(text) > 100_000 and launcher(text, Actor("Sudanese forces", "SD"), "SD") is None
    text = "Kyiv drones " * 10_000
    assert len(text) > 100_000 and launcher(text, Actor("Sudanese forces", "SD"), "SD") is None
