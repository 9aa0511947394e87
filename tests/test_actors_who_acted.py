"""Who acted, by the classes of phrasing of issue 14's fifth round: Title Case headlines, a thing of an
actor's that was hit ("police post"), a weapon after the trigger as the means ("killed in regime
airstrikes"), the subject of "when X attacked", attacks repelled in numbers, withdrawals (the side that
moved in took the town), "falls to", subjects that suffered the act, quantities before a subject, and
unnamed perpetrators (bombers, assailants). Sentences written for these tests."""

from __future__ import annotations

import time

import pytest

from mapper import Pipeline
from mapper.events import actors
from mapper.events.actors import canonical, code_actors, find_actors, sides
from mapper.model import Actor, Article


def _sides(sentence: str, trigger: str) -> tuple[str | None, str | None]:
    found = find_actors(sentence, 0, [])
    start = sentence.index(trigger)
    a1, a2 = sides(found, start, start + len(trigger), sentence)
    return (a1.name if a1 else None, a2.name if a2 else None)


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    # Title Case headlines: the capitalised verb and its object are not the subject's modifiers
    ("Bandit Gunmen Ambush Soldiers Near Tsafe, Killing Nine", "Ambush",
     ("Bandit Gunmen", "Ambush Soldiers")),
    ("Rebels Storm Army Barracks In Eastern Town", "Storm", ("Rebels", "Storm Army")),
    ("Separatists Abduct Teachers In Anglophone Region", "Abduct", ("Separatists", None)),
    ("Nigerian Troops Kill 12 Bandits In Forest Raid", "Raid", ("Nigerian Troops", "Bandits")),
    # a thing of an actor's is the target, its owner never the agent
    ("Militants overran a police station near the border, killing six officers.", "overran",
     ("Militants", "police")),
    ("Insurgents shelled army positions outside the town overnight.", "shelled", ("Insurgents", "army")),
    ("Gunmen ambushed a military convoy on the highway.", "ambushed", ("Gunmen", "military")),
    # a weapon after the trigger is the means, and whose it is the agent
    ("Nine people were killed in regime airstrikes on a market.", "killed", ("regime airstrikes", None)),
    ("Two children died after Russian shelling of the village.", "died", ("Russian shelling", None)),
    # the subject of the clause that tells how
    ("Twelve soldiers were killed when jihadists attacked a base in the north.", "killed",
     ("jihadists", None)),
    # the attacks repelled, in any number: the attackers are actor1
    ("Kyiv's army said it had repelled 23 Russian attacks near the town.", "repelled",
     ("Russian attacks", "Kyiv's army")),
    ("The army repelled RSF assaults on the town twice.", "repelled", ("RSF", "army")),
    # a withdrawal: the side that moved in took the town from the side that left
    ("Congolese troops entered the town after M23 fighters withdrew.", "withdrew",
     ("Congolese troops", "M23 fighters")),
    ("Army units moved in as the rebels pulled out of the district.", "pulled out",
     ("Army units", "rebels")),
    # "falls to": the taker
    ("The garrison town falls to separatists after a siege.", "falls", ("separatists", None)),
    # a subject that suffered the act is no agent; the one that acted is
    ("Dozens of soldiers killed as militants storm camp", "storm", ("militants", None)),
    # the subject of another clause is not the agent of this one; a participle keeps its subject
    ("Police detained 20 men on Thursday, two days after a bomb hit the market.", "hit", (None, None)),
    ("Gunmen fled after attacking the village.", "attacking", ("Gunmen", None)),
    # two actors listed in a headline before a fight's verb: the first named is actor1, the second actor2
    ("Rebels, soldiers clash near the border; 4 dead", "clash", ("Rebels", "soldiers")),
    # the speaker's own men ("his", "its") are the speaker's
    ("Wazalendo commander Kasongo said on Monday that his fighters had seized the mine.", "seized",
     ("Wazalendo commander", None)),
    # victims listed together are victims each
    ("Insurgents raided the camp, and at least 9 soldiers and 4 militiamen were killed in the fighting.",
     "raided", ("Insurgents", "soldiers")),
    # assaults are attacks
    ("The army said it repelled 30 Russian assaults near the village.", "repelled",
     ("Russian assaults", "army")),
    # a quantity before a subject does not make it an object
    ("Hundreds of armed youths raided cattle camps overnight.", "raided", ("armed youths", None)),
    ("Dozens of settlers torched cars in the village.", "torched", ("settlers", None)),
    # the object of the agent's verb who attacked first is actor1 of the fight, the agent actor2
    ("Soldiers shot dead seven suspected bandits who stormed a police post near the town.", "shot dead",
     ("suspected bandits", "Soldiers")),
    # a subject with its verb after a break that follows the trigger did it ...
    ("Kasindi church attack: ADF rebels kill 14", "attack", ("ADF rebels", None)),
    ("Bus hijacked near Mach, BLA holds 30 passengers", "hijacked", ("BLA", None)),
    # ... not one who speaks of it
    ("Two labourers were shot dead in Shopian; police blamed militants of The Resistance Front.", "shot dead",
     (None, "police")),
    # ... nor one whose next word is an auxiliary ("did not confirm it": not the side that captured)
    ("Russia claimed the capture of Vuhledar; Ukrainian officials did not confirm it.", "capture",
     (None, "Ukrainian officials")),
    # a multinational force that says "troops" did it: its own troops
    ("MNJTF says troops killed 20 Boko Haram fighters near Marte", "killed",
     ("MNJTF", "Boko Haram fighters")),
    # "killed two members of a X": X is the object, whatever trigger follows
    ("Soldiers killed two members of a Shining Path remnant in a firefight near Pichari.", "firefight",
     ("Soldiers", "Shining Path")),
    # ... but not those of another clause
    ("Troops killed 12 insurgents, and gunmen who raided a village fled.", "killed",
     ("Troops", "insurgents")),
])
def test_who_acted_on_whom(sentence: str, trigger: str, expected: tuple[str | None, str | None]) -> None:
    assert _sides(sentence, trigger) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("A suicide bomber", Actor("unidentified gunmen", "PK")),
    ("Suicide bombers", Actor("unidentified gunmen", "PK")),
    ("Unknown assailants", Actor("unidentified gunmen", "PK")),
    ("unidentified attackers", Actor("unidentified gunmen", "PK")),
    ("Gang members", Actor("gangs", "PK")),
    ("Pakistani jet", Actor("Pakistani forces", "PK")),
    ("a military helicopter", Actor("Pakistani forces", "PK")),
])
def test_unnamed_perpetrators_and_single_weapons(phrase: str, expected: Actor) -> None:
    assert canonical(Actor(phrase), False, "PK") == expected


def test_a_bare_gang_and_attackers_are_found() -> None:
    assert [p.actor.name for p in find_actors("Gang kidnaps four aid workers", 0, [])] == ["Gang"]
    found = find_actors("A suicide bomber struck a market", 0, [])
    assert [p.actor.name for p in found] == ["suicide bomber"]
    # victims named alone are still no actor phrase of their own
    assert find_actors("Farmers block the highway", 0, []) == []


@pytest.mark.parametrize(("sentence", "trigger", "sub", "expected"), [
    ("Gangs Torch Homes In Hillside Suburb", "Torch", "Looting/property destruction", "gangs"),
    ("Three children died when a suicide bomber blew himself up at a checkpoint.", "died", "Suicide bomb",
     "unidentified gunmen"),
    ("Four gendarmes were killed in an attack by unknown assailants.", "killed", "Armed clash",
     "unidentified gunmen"),
    ("Mortar rounds hit the market, killing four, hours after Houthi drones struck the port.", "struck",
     "Air/drone strike", "Houthis"),
])
def test_actor1_in_canonical_form(sentence: str, trigger: str, sub: str, expected: str) -> None:
    found = find_actors(sentence, 0, [])
    start = sentence.index(trigger)
    a1, a2 = sides(found, start, start + len(trigger), sentence)
    coded, _ = code_actors(sub, a1, a2, "NE")
    assert coded is not None and coded.name == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jihadists Storm Army Outpost Near Djibo, Killing 11 Soldiers", "jihadists"),
    ("Suicide bomber kills 7 at checkpoint in Bannu", "unidentified gunmen"),
    ("Malian troops enter Kidal after rebels withdraw", "Malian forces"),
    ("Eleven civilians killed in regime airstrikes on Maarat al-Numan market", "Syrian forces"),
    ("Armed gangs kill 9 in raid on Kenscoff", "gangs"),
    # excessive force: the force, not the protesters the trigger names
    ("Police shoot dead two protesters in Nakuru", "police"),
])
def test_actor1_of_whole_headlines(pipeline: Pipeline, text: str, expected: str) -> None:
    a = pipeline.parse(Article(id="x", text=text, published="2025-03-12"))
    assert a.events, text
    assert a.events[0].actor1 is not None and a.events[0].actor1.name == expected


@pytest.mark.parametrize("unit", ["police post ", "were killed ", "killed in ", "when gunmen attacked ",
                                  "falls to ", "withdrew ", "enter ", "dozens of ", "Rebels Storm ",
                                  "repelled 5 ", "Gunmen Ambush Police ", "wounded in Russian shelling ",
                                  "Soldiers killed 10 militants who attacked ", "who stormed ",
                                  "killed two members of a ", "by remnants of the ",
                                  "attack: ADF rebels kill ", "hijacked, BLA holds "])
def test_pathological_100kb_for_the_new_patterns(unit: str) -> None:
    sentence = unit * (100_000 // len(unit)) + "clashed"
    t0 = time.perf_counter()
    found = find_actors(sentence, 0, [])
    sides(found, sentence.rindex("clashed"), len(sentence), sentence)
    for p in found[:2000]:
        canonical(p.actor, False, "UA")
    for pattern in (actors._OWNED_TARGET, actors._SUFFERED, actors._ENTERS, actors._DID):
        for i in range(0, len(sentence), 997):
            pattern.match(sentence, i)
    for pattern in (actors._MEANS, actors._WHEN, actors._FELL_TO, actors._OBJECT_BEFORE):
        pattern.search(sentence, max(0, len(sentence) - 2000))
    actors._WITHDRAWS.search(sentence)
    assert time.perf_counter() - t0 < 15  # quadratic on 100 KB takes minutes
