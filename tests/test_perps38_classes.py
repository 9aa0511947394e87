"""Actor1 in wire text, session 32 (helper perps38, gold file wire37.jsonl).

Every sentence is our own. Class: armed men tied to a fallen ruler ("Gunmen loyal to ousted president
Bashar al-Assad", "loyal to the ousted Assad government") are that ruler's loyalists, as ACLED names
them ("Assad loyalists"), not the government the tie names (was "Syrian government": the ruler's
government read as the agent). Controls: a ruler still in power ("forces loyal to President Salva Kiir")
and men loyal to someone not fallen keep their reading.
"""

from __future__ import annotations

import pytest

from mapper.events.actors import find_actors
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing


def _events(pipeline: Pipeline, text: str, published: str = "2025-03-04") -> list[tuple]:
    doc = pipeline.parse(Article("p38", text, published=published))
    return [(e.location.name, e.sub_event_type, e.actor1.name if e.actor1 else None,
             e.actor2.name if e.actor2 else None) for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen loyal to the ousted Assad government ambushed an army convoy near Baniyas on Sunday, killing "
     "five soldiers, the defence ministry said.",
     ("Bāniyās", "Armed clash", "Assad loyalists", "Syrian forces")),
    ("Fighters loyal to ousted president Bashar al-Assad attacked a police checkpoint near Qardaha on "
     "Tuesday, killing two officers.",
     ("Al Qardāḩah", "Armed clash", "Assad loyalists", "police")),
    ("Militiamen loyal to the deposed Bashir regime attacked a police station in Kassala on Monday, killing "
     "three policemen.",
     ("Kassala", "Armed clash", "Bashir loyalists", "police")),
    # control: loyal to someone not fallen: the unnamed men stay unidentified gunmen
    ("Gunmen loyal to a local commander attacked a checkpoint near Baniyas on Sunday, killing five soldiers.",
     ("Bāniyās", "Armed clash", "unidentified gunmen", "Syrian forces")),
])
def test_men_loyal_to_a_fallen_ruler_are_his_loyalists(pipeline: Pipeline, text: str,
                                                         expected: tuple) -> None:
    assert _events(pipeline, text) == [expected]


def test_a_ruler_in_power_keeps_his_forces() -> None:
    # No "ousted" word: the tie is the state's own, and the phrases are read as before.
    sentence = "Forces loyal to President Salva Kiir clashed with SPLA-IO fighters near Malakal on Monday."
    names = [p.actor.name for p in find_actors(sentence, 0, [])]
    assert "Kiir loyalists" not in names and names[0] == "Forces"
    tied = "Gunmen loyal to the toppled Gaddafi regime fired on a patrol."
    assert [p.actor.name for p in find_actors(tied, 0, [])][0] == "Gaddafi loyalists"


def test_loyalists_linear(pipeline: Pipeline) -> None:
    # The tie is matched once after each people-noun and its name is at most four words: a run of ties,
    # and one tie followed by a long run of capitalised words, each doubled from about 100 KB.
    def ties(n: int) -> str:
        return " ".join("Gunmen loyal to the ousted Assad government and fighters loyal to deposed leader "
                        "Omar al-Bashir," for _ in range(n)) + " attacked Baniyas, killing 5 soldiers."

    def names(n: int) -> str:
        return "Gunmen loyal to the ousted " + " ".join("Assad Makhlouf al-Hassan" for _ in range(n)) \
            + " attacked Baniyas, killing 5 soldiers."

    for text, n in ((ties, 1100), (names, 4000)):
        assert growth(parsing(pipeline, text), n) < GROWTH  # 100 KB doubled


@pytest.mark.parametrize(("text", "expected"), [
    # The English name of the Estado Mayor Central (the table held the Spanish one): the FARC dissidents, as
    # the guide names them (was "Central General Staff" as written).
    ("A car bomb exploded outside a police station in Suarez on Monday, wounding three officers, the mayor "
     "said. The Central General Staff, a FARC dissident group, claimed the attack in a statement.",
     ("Suárez", "Remote explosive/landmine/IED", "FARC dissidents", "police")),
    # ACLED's own spelling of the Pakistani Taliban, beside the table's "Tehreek-e-" (was "militants").
    ("Militants attacked a police post in Tank on Monday night, killing two constables, officials said. The "
     "banned Tehreek-i-Taliban Pakistan claimed the attack.",
     ("Tank", "Armed clash", "TTP", "police")),
    # control: the spelling the table held
    ("Militants attacked a police post in Tank on Monday night, killing two constables, officials said. The "
     "banned Tehreek-e-Taliban Pakistan claimed the attack.",
     ("Tank", "Armed clash", "TTP", "police")),
])
def test_table_spellings_of_claimants(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert _events(pipeline, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # The blamed group described by the peace deal it rejected: no denial of the blame (was actor1 None).
    ("A car bomb exploded near a police station in Tumaco on Friday, killing two civilians, the mayor said. "
     "Officials blamed FARC dissidents who rejected the 2016 peace deal.",
     # (actor2: the station is only where the bomb went off and the toll names civilians; was "police"
     # before actors47, as the corpus codes the Cali bombing near an air base: civilians)
     ("Tumaco", "Remote explosive/landmine/IED", "FARC dissidents", "civilians")),
    # controls: the blamed group rejecting the accusation, or denying involvement, is not coded
    ("A car bomb exploded near a police station in Tumaco on Friday, killing two civilians, the mayor said. "
     "Officials blamed FARC dissidents, who rejected the accusation.",
     ("Tumaco", "Remote explosive/landmine/IED", None, "civilians")),
    ("Gunmen attacked a bus near Nekemte on Sunday, killing six passengers. Officials blamed the Oromo "
     "Liberation Army, which denied involvement.",
     ("Nek’emtē", "Attack", "unidentified gunmen", "civilians")),
])
def test_a_group_that_rejected_a_peace_deal_is_still_blamed(pipeline: Pipeline, text: str,
                                                            expected: tuple) -> None:
    assert _events(pipeline, text, published="2025-04-11") == [expected]


def test_rejected_deal_linear(pipeline: Pipeline) -> None:
    # The relative clause is matched at each "who/that/which" with at most three words before its noun: a
    # run of such clauses, and one with a long run of words that never reaches a deal noun, each doubled
    # from about 100 KB.
    def clauses(n: int) -> str:
        return "A bomb exploded in Tumaco on Friday, killing two. Officials blamed " + " ".join(
            "dissidents who rejected the 2016 peace deal and fighters that rejects" for _ in range(n)
        ) + " it."

    def words(n: int) -> str:
        return "A bomb exploded in Tumaco on Friday, killing two. Officials blamed FARC dissidents who " \
            "rejected " + " ".join("the old plan" for _ in range(n)) + "."

    for text, n in ((clauses, 1400), (words, 8000)):
        assert growth(parsing(pipeline, text), n) < GROWTH  # 100 KB doubled
