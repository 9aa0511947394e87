"""Session 38, helper actors44: the armed loyalists of a fallen ruler. ACLED and the corpus name them by the
ruler ("Assad loyalists"), however the copy ties them to him: by his name with "loyalists" ("Assad loyalists
ambushed a patrol"), by "loyal to" his name with no "ousted" word ("gunmen loyal to Bashar al-Assad" in 2025),
or by "loyal to the former regime / the ousted government", the ruler unnamed. The actor table's ``fallen``
(per country: the ruler and the year his regime fell) says whom; a ruler in power stays his state's ("forces
loyal to President Salva Kiir"), and before the fall year the tie names no loyalists."""

from __future__ import annotations

import time

import pytest

from mapper.events import actors
from mapper.model import Actor
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of
from tests.test_linear import GROWTH, growth, rescans


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


coded = reader_of("site", "type", "sub_type", "actor1", "actor2", "fatalities", published="2025-03-12")


def test_loyalists_named_plainly_are_the_agent(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Assad loyalists attacked a checkpoint near Qardaha on Friday, killing four "
                           "policemen.") == [
        ("Al Qardāḩah", "Battles", "Armed clash", "Assad loyalists", "police", 4)]


def test_loyalists_named_plainly_in_a_headline(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Assad loyalists ambush army convoy near Tartus, seven soldiers killed") == [
        ("Ţarţūs", "Battles", "Armed clash", "Assad loyalists", "Syrian forces", 7)]


def test_gunmen_loyal_to_the_former_government(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Gunmen loyal to the former government ambushed a security patrol near "
                           "Latakia on Thursday, killing 13 officers.") == [
        ("Latakia", "Battles", "Armed clash", "Assad loyalists", "Syrian forces", 13)]


def test_loyal_to_the_ousted_government_as_the_other_side(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Security forces clashed with fighters loyal to the ousted government in the "
                           "hills near Qardaha on Monday, a war monitor said.") == [
        ("Al Qardāḩah", "Battles", "Armed clash", "Syrian forces", "Assad loyalists", None)]


def test_loyal_to_the_fallen_ruler_by_name_needs_no_ousted_word(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Government forces clashed with gunmen loyal to Bashar al-Assad near Baniyas on "
                           "Thursday, a war monitor said.") == [
        ("Bāniyās", "Battles", "Armed clash", "Syrian forces", "Assad loyalists", None)]


def test_another_fallen_ruler_of_the_table(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Militiamen loyal to the former regime attacked a police station in Kassala on "
                           "Friday, killing two officers.", published="2019-06-14") == [
        ("Kassala", "Battles", "Armed clash", "Bashir loyalists", "police", 2)]


def test_near_miss_a_ruler_in_power_is_his_state(pipeline: Pipeline) -> None:
    # (The tie names no fallen ruler: the troops stay the state's, the rule does not touch them.)
    got = coded(pipeline, "Government troops fought forces loyal to First Vice President Riek Machar near "
                          "Nasir on Tuesday.")
    assert [(g[0], g[3]) for g in got] == [("Nasir", "South Sudanese forces")]
    assert all("loyalists" not in str(g[4]) for g in got)


def test_near_miss_the_former_regime_before_the_fall_year() -> None:
    # "former regime loyalists" is named by the table's ruler only from the year of the fall.
    before = actors.code_actors("Armed clash", Actor(actors.FORMER_REGIME, ""), None, "SY", 2019)
    after = actors.code_actors("Armed clash", Actor(actors.FORMER_REGIME, ""), None, "SY", 2025)
    elsewhere = actors.code_actors("Armed clash", Actor(actors.FORMER_REGIME, ""), None, "LB", 2025)
    assert before[0] is not None and before[0].name == "former regime loyalists"
    assert after[0] is not None and after[0].name == "Assad loyalists"
    assert elsewhere[0] is not None and elsewhere[0].name == "former regime loyalists"


def test_near_miss_supporters_loyal_to_the_former_government_are_no_armed_side() -> None:
    phrases = actors.find_actors("Supporters loyal to the former government marched in Latakia.", 0, [])
    assert all(p.actor.name != actors.FORMER_REGIME for p in phrases)


def test_the_table_names_the_fallen_rulers() -> None:
    assert actors.FALLEN["SY"] == {"ruler": "Assad", "from": 2024}
    assert actors.FALLEN["SD"] == {"ruler": "Bashir", "from": 2019}


def test_the_new_patterns_have_no_rescanning_repeat() -> None:
    for pattern in (actors._LOYAL_TO_FALLEN, actors._LOYAL_TO_FORMER, actors._FALLEN_LOYALISTS):
        assert rescans(pattern) == []


UNITS = ["gunmen loyal to the former ", "Assad Assad loyalist ", "loyal to the ousted ",
         "fighters loyal to Bashar al-Assad al-Assad ", "Hamas (RSF) Rapid Support Forces (RSF) "]


@pytest.mark.parametrize("unit", UNITS)
def test_pathological_100kb_patterns_are_fast(unit: str) -> None:
    # The new patterns over 100 KB of their own near-matches: one pass each, well under a second.
    sentence = (unit * (100_000 // len(unit) + 1))[:100_000]
    started = time.process_time()
    found = [m.span() for m in actors._FALLEN_LOYALISTS.finditer(sentence)]
    ties = [actors._LOYAL_TO_FORMER.match(sentence, i) for i in range(0, len(sentence), 97)]
    fallen = [actors._LOYAL_TO_FALLEN.match(sentence, i) for i in range(0, len(sentence), 97)]
    brackets = [actors._BRACKETED.match(sentence, i) for i in range(0, len(sentence), 97)]
    assert time.process_time() - started < 3.0
    assert isinstance(found, list) and len(ties) == len(fallen) == len(brackets)


@pytest.mark.parametrize("unit", UNITS)
def test_pathological_phrases_grow_linearly(unit: str) -> None:
    # find_actors over a sentence of n units and of 2n (work counted as lines run, not timed).
    assert growth(lambda n: lambda: actors.find_actors(unit * n, 0, []), 300) < GROWTH


# -- a state's forces named as the backers of the armed group that took the ground --------------------

def test_a_group_backed_by_a_state_overtakes(pipeline: Pipeline) -> None:
    assert coded(pipeline, "M23 rebels backed by Rwandan troops seized most of Goma on Monday after a "
                           "lightning advance.", published="2025-01-28") == [
        ("Goma", "Battles", "Non-state actor overtakes territory", "M23", "Congolese forces", None)]


def test_near_miss_the_state_backed_by_a_militia_regains(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Malian troops and Wagner fighters retook Anefis on Sunday.",
                 published="2023-10-09")[0][:4] == (
        "Anefis", "Battles", "Government regains territory", "Malian forces")


def test_near_miss_the_state_named_after_the_group_as_its_foe_still_counts() -> None:
    from mapper.events.triggers import _territory
    # No backing words between them: the forces named last took the ground, as before.
    assert _territory("after rebels withdrew, government troops ", "Non-state actor overtakes territory") \
        == "Government regains territory"
    assert _territory("rebels backed by rwandan troops ", "Government regains territory") \
        == "Non-state actor overtakes territory"


def test_pathological_100kb_territory_words_are_fast() -> None:
    from mapper.events.triggers import _territory
    before = ("rebels backed by troops " * (100_000 // 24 + 1))[:100_000]
    started = time.process_time()
    assert _territory(before, "Government regains territory") in (
        "Government regains territory", "Non-state actor overtakes territory")
    assert time.process_time() - started < 3.0


# -- named groups the actor table lacked, and a group's acronym in brackets after its name -------------

def test_a_haitian_gang_of_the_table(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Gran Grif gang members killed 12 people in Pont-Sondé on Thursday, the mayor "
                           "said.") == [
        ("Pont-Sondé", "Violence against civilians", "Attack", "Gran Grif", "civilians", 12)]


def test_an_ecuadorian_gang_of_the_table(pipeline: Pipeline) -> None:
    assert coded(pipeline, "Los Lobos gunmen attacked a police patrol in Machala on Sunday, killing two "
                           "officers.") == [
        ("Machala", "Battles", "Armed clash", "Los Lobos", "police", 2)]


def test_peacekeepers_of_the_table_are_a_side(pipeline: Pipeline) -> None:
    assert coded(pipeline, "MINUSCA peacekeepers clashed with 3R rebels near Bocaranga on Monday.") == [
        ("Bocaranga", "Battles", "Armed clash", "MINUSCA", "3R", None)]


def test_a_name_and_its_acronym_in_brackets_are_one_claimant(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Gunmen shot dead two motorcycle taxi drivers in Ilaga on Thursday, police said. "
                          "The West Papua National Liberation Army (TPNPB) claimed the killings.",
                published="2025-04-10")
    assert got == [("Ilaga", "Violence against civilians", "Attack", "TPNPB", "civilians", 2)]


def test_near_miss_another_groups_acronym_in_brackets_stays_a_phrase() -> None:
    phrases = actors.find_actors("Fighters of Boko Haram (ISWAP) attacked a base.", 0, [])
    assert [(p.actor.name, p.start, p.end) for p in phrases] == [
        ("Fighters", 0, 8), ("Boko Haram", 12, 22), ("ISWAP", 24, 29)]
    same = actors.find_actors("The Rapid Support Forces (RSF) shelled the town.", 0, [])
    assert [(p.actor.name, p.start, p.end) for p in same][:1] == [("Rapid Support Forces (RSF)", 4, 30)]


def test_pathological_100kb_of_bracketed_acronyms() -> None:
    sentence = ("Hamas (RSF) Rapid Support Forces (RSF) " * (100_000 // 39 + 1))[:100_000]
    phrases = actors.find_actors(sentence, 0, [])  # (its growth: test_pathological_phrases_grow_linearly)
    assert len(phrases) > 1000
    assert rescans(actors._BRACKETED) == []


def test_members_named_again_in_apposition_with_their_group(pipeline: Pipeline) -> None:
    got = coded(pipeline, "KAMPALA, June 18 (Reuters) - Rebels linked to Islamic State attacked a "
                          "secondary school in the western Ugandan border town of Mpondwe late on Friday, "
                          "killing at least 25 people, police said on Saturday. The attackers, fighters of "
                          "the Allied Democratic Forces (ADF), also abducted six students in Kasese, the "
                          "army said.",
                published="2023-06-18")
    assert got[-1] == ("Kasese", "Violence against civilians", "Abduction/forced disappearance", "ADF",
                       "civilians", None)


def test_near_miss_an_apposition_without_a_group_keeps_the_subject() -> None:
    s = "The attackers, five of them, also abducted six students in Kasese."
    phrases = actors.find_actors(s, 0, [])
    i = s.index("abducted")
    agent, _ = actors.sides(phrases, i, i + 8, s)
    assert agent is not None and agent.name == "attackers"
    s2 = "The attackers, fighters of the Allied Democratic Forces (ADF), also abducted six students."
    i2 = s2.index("abducted")
    agent2, target2 = actors.sides(actors.find_actors(s2, 0, []), i2, i2 + 8, s2)
    assert agent2 is not None and actors.canonical(agent2).name == "ADF" and target2 is None


def test_pathological_100kb_apposition_is_fast() -> None:
    # The apposition is one anchored match after the member's phrase, however long the sentence.
    s = "The attackers" + (", fighters of the " * (100_000 // 18 + 1))[:100_000] + " abducted six students."
    member = actors.ActorPhrase(Actor("attackers", ""), 4, 13, "")
    started = time.process_time()
    group, _ = actors._members_group(member.actor, [member], s)
    assert time.process_time() - started < 3.0
    assert group is None
    assert rescans(actors._APPOSED_OF) == []
