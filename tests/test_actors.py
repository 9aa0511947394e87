"""Actors as ACLED names them (issue 14): the actor table, canonical short names, who acted on whom,
ACLED's naming and inter codes. Sentences written for these tests."""

from __future__ import annotations

import json
import time

import pytest

from mapper import Pipeline
from mapper.events import actors
from mapper.events.actors import canonical, code_actors, describe, find_actors, sides
from mapper.model import Actor, Article


@pytest.mark.parametrize(("phrase", "cc", "political", "expected"), [
    ("Russian forces", "", False, Actor("Russian forces", "RU")),
    ("Russia's army", "", False, Actor("Russian forces", "RU")),
    ("Ukraine's military", "", False, Actor("Ukrainian forces", "UA")),
    ("the Israeli military", "", False, Actor("Israeli forces", "IL")),
    ("Russian missiles", "", False, Actor("Russian forces", "RU")),
    ("an Israeli drone strike", "", False, Actor("Israeli forces", "IL")),
    ("U.S. airstrike", "", False, Actor("US forces", "US")),
    ("Soldiers", "", False, Actor("Nigerian forces", "NG")),  # no nationality: the event's country
    ("government troops", "", False, Actor("Nigerian forces", "NG")),
    ("Kenyan police", "", False, Actor("police", "KE")),
    ("riot police", "", False, Actor("police", "NG")),
    ("Security forces", "", False, Actor("Nigerian forces", "NG")),  # the state's, as soldiers
    ("Rival militias", "", False, Actor("militia", "NG")),
    ("the Foreign Ministry", "", True, Actor("Nigerian government", "NG")),
    ("Russia", "RU", True, Actor("Russian government", "RU")),  # a state in a political event
    ("Russia", "RU", False, Actor("Russian forces", "RU")),  # ... and in a violent one
    ("Anti-government protesters", "", False, Actor("protesters", "NG")),
    ("unknown gunmen", "", False, Actor("unidentified gunmen", "NG")),
    ("suspected militants", "", False, Actor("militants", "NG")),
    ("Islamist militants", "", False, Actor("Islamist militants", "NG")),
    ("RSF", "", False, Actor("Rapid Support Forces", "SD")),
    ("Rapid Support Forces fighters", "", False, Actor("Rapid Support Forces", "SD")),
    ("Houthi rebels", "", False, Actor("Houthis", "YE")),
    ("al-Shabab militants", "", False, Actor("al-Shabaab", "SO")),
    ("ISIS", "", False, Actor("ISWAP", "NG")),  # named plainly where its branch fights: the branch
    ("ISIS", "", True, Actor("ISWAP", "NG")),
    ("JNIM", "", False, Actor("JNIM", "ML")),
    ("M23 rebels", "", False, Actor("M23", "CD")),
    ("Hezbollah", "", False, Actor("Hezbollah", "LB")),
    ("Hamas gunmen", "", False, Actor("Hamas", "PS")),
    ("IDF", "", False, Actor("Israeli forces", "IL")),
    ("rebel forces", "", False, Actor("rebel forces", "")),  # not the state's
    ("pro-government militias", "", False, Actor("pro-government militia", "NG")),
    ("Colonists", "", False, Actor("settlers", "")),
    ("the strike", "", False, None),  # a weapon names no one by itself
    ("paramilitary shelling", "", False, Actor("paramilitary forces", "")),
    ("a Houthi missile attack", "", False, Actor("Houthis", "YE")),
    ("army drones", "", False, Actor("Nigerian forces", "NG")),
    ("Shabiha loyalists", "", False, Actor("Shabiha loyalists", "")),  # unknown: as written
])
def test_canonical_names(phrase: str, cc: str, political: bool, expected: Actor | None) -> None:
    assert canonical(Actor(phrase, cc), political, "NG") == expected


@pytest.mark.parametrize(("sub", "a1", "a2", "expected"), [
    # a protest: the protesters are actor1, the force that intervened actor2
    ("Protest with intervention", Actor("Police"), Actor("protesters"),
     (Actor("protesters", "TR"), Actor("police", "TR"))),
    ("Peaceful protest", None, None, (Actor("protesters", "TR"), None)),
    # excessive force: the force is actor1
    ("Excessive force against protesters", Actor("demonstrators"), Actor("Security forces"),
     (Actor("Turkish forces", "TR"), Actor("protesters", "TR"))),
    ("Excessive force against protesters", Actor("soldiers"), None,
     (Actor("Turkish forces", "TR"), Actor("protesters", "TR"))),
    # a riot is the rioters' (ACLED's and the corpus guide's convention), whatever the text calls the crowd
    ("Violent demonstration", Actor("Protesters"), None, (Actor("rioters", "TR"), None)),
    ("Violent demonstration", Actor("riot police"), None, (Actor("rioters", "TR"), Actor("police", "TR"))),
    ("Violent demonstration", Actor("PTI supporters"), None, (Actor("rioters", "TR"), None)),
    ("Violent demonstration", Actor("residents"), None, (Actor("rioters", "TR"), None)),
    ("Mob violence", Actor("settlers"), None, (Actor("settlers", ""), None)),
    ("Violent demonstration", Actor("rioters"), None, (Actor("rioters", "TR"), None)),
    ("Mob violence", None, Actor("civilians"), (Actor("rioters", "TR"), Actor("civilians", "TR"))),
    # victims are not perpetrators
    ("Attack", Actor("villagers"), None, (None, Actor("civilians", "TR"))),
    # ordinary violence keeps its sides
    ("Armed clash", Actor("PKK militants"), Actor("Turkish soldiers"),
     (Actor("PKK", "TR"), Actor("Turkish forces", "TR"))),
])
def test_actors_by_event_type(sub: str, a1: Actor | None, a2: Actor | None,
                              expected: tuple[Actor | None, Actor | None]) -> None:
    assert code_actors(sub, a1, a2, "TR") == expected


@pytest.mark.parametrize(("actor", "year", "expected"), [
    (Actor("Russian forces", "RU"), 2024, ("Military Forces of Russia (2000-)", 1)),
    (Actor("Sudanese forces", "SD"), 2018, ("Military Forces of Sudan", 1)),  # before the period: none
    (Actor("police", "KE"), 2024, ("Police Forces of Kenya (2022-)", 1)),
    (Actor("Ukrainian government", "UA"), 2023, ("Government of Ukraine (2019-)", 1)),
    (Actor("protesters", "KE"), 2024, ("Protesters (Kenya)", 6)),
    (Actor("rioters", "NG"), 2024, ("Rioters (Nigeria)", 5)),
    (Actor("civilians", "SD"), 2024, ("Civilians (Sudan)", 7)),
    (Actor("unidentified gunmen", "NG"), 2024, ("Unidentified Armed Group (Nigeria)", 3)),
    (Actor("Rapid Support Forces", "SD"), 2024, ("Rapid Support Forces", 2)),
    (Actor("Hamas", "PS"), 2024, ("Hamas Movement", 2)),
    (Actor("Wagner Group", "RU"), 2023, ("Wagner Group", 8)),
    (Actor("Israeli forces", "IL"), 2024, ("Military Forces of Israel (2022-)", 1)),
    (Actor("Shabiha loyalists", ""), 2024, ("Shabiha loyalists", None)),
    (None, 2024, ("", None)),
])
def test_acled_names_and_inter_codes(actor: Actor | None, year: int,
                                     expected: tuple[str, int | None]) -> None:
    assert describe(actor, year) == expected


def test_the_table_is_consistent() -> None:
    table = json.loads(actors.ACTOR_TABLE.read_text(encoding="utf-8"))
    assert {c["inter"] for c in table["classes"]} <= set(range(1, 9))
    assert all(g["inter"] in range(1, 9) for g in table["groups"])
    assert all(len(cc) == 2 and cc.isupper() for cc in table["countries"])
    assert all(isinstance(c["iso"], int) for c in table["countries"].values())
    aliases = [a for g in table["groups"] for a in g["aliases"]]
    assert len(aliases) == len(set(aliases))  # one group per spelling


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    # the agent, not the object of the verb
    ("Cameroonian troops killed dozens of Boko Haram fighters in a raid.", "raid",
     ("Cameroonian troops", "Boko Haram fighters")),
    ("Government forces and Sudan Liberation Army fighters clashed near the town.", "clashed",
     ("Government forces", "Sudan Liberation Army fighters")),
    # passive: "by"
    ("The convoy was ambushed by al-Shabaab militants.", "ambushed", ("al-Shabaab militants", None)),
    # a speaker of its own action is its agent
    ("Sudan's army said on Saturday it had recaptured the bridge.", "recaptured", ("Sudan's army", None)),
    # a speaker reporting someone else's is not
    ("Witnesses said rebels shelled the market.", "shelled", ("rebels", None)),
])
def test_who_acted_on_whom(sentence: str, trigger: str, expected: tuple[str | None, str | None]) -> None:
    found = find_actors(sentence, 0, [])
    start = sentence.index(trigger)
    a1, a2 = sides(found, start, start + len(trigger), sentence)
    assert (a1.name if a1 else None, a2.name if a2 else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian missiles struck the centre of Sumy on Sunday, killing 11 people.", "Russian forces"),
    ("A Ukrainian drone attack set fire to an oil depot in Bryansk on Saturday.", "Ukrainian forces"),
    ("Israeli tank fire killed four people near Khan Younis on Monday.", "Israeli forces"),
    ("Kenyan jets pounded al-Shabaab camps in Gedo on Friday.", "Kenyan forces"),
    ("Soldiers arrested 14 people in Bunia on Thursday.", "Congolese forces"),
    ("Police fired tear gas at protesters in Diyarbakir on Sunday.", "protesters"),
    ("Gunmen killed five worshippers at a mosque in Kano on Friday.", "unidentified gunmen"),
])
def test_actor1_of_whole_sentences(pipeline: Pipeline, text: str, expected: str) -> None:
    a = pipeline.parse(Article(id="x", text=text, published="2024-06-10"))
    assert a.events, text
    assert a.events[0].actor1 is not None and a.events[0].actor1.name == expected


@pytest.mark.parametrize("unit", ["Russian missiles ", "Hamas gunmen ", "army drones and ", "the strike ",
                                  "RSF fighters, ", "of ", "tribal clashes ", "armed cattle raiders and "])
def test_pathological_100kb_actor_sentences(unit: str) -> None:
    sentence = unit * (100_000 // len(unit)) + "clashed"
    t0 = time.perf_counter()
    found = find_actors(sentence, 0, [])
    sides(found, sentence.rindex("clashed"), len(sentence), sentence)
    for p in found[:2000]:
        canonical(p.actor, False, "UA")
    assert time.perf_counter() - t0 < 15  # quadratic on 100 KB takes minutes
