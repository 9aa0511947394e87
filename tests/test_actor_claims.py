"""Claims and blame as an analyst reads them (issue 14 item 7, round 12): a claim or blame names the
perpetrator of every attack it is about, not only the last one told: the attacks of the last sentence that
told any ("Militants attacked posts in A, B and C. JNIM claimed ..."), every attack since the story's last
claim when it claims several ("claimed responsibility for both attacks"), and the attack at the place the
claiming sentence names ("blamed FARC dissidents for the attack in Jamundi"); and the part of a group a
sentence blames ("the Bakura faction of Boko Haram") is the group."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from mapper.events import actors, coder
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans


def _actors(pipeline: Pipeline, text: str, published: str = "2025-04-08") -> list[tuple[str, str | None]]:
    doc = pipeline.parse(Article("t", text, published=published))
    return [(e.location.name, e.actor1.name if e.actor1 else None) for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), [
    # "both attacks": the bombing told first, too (it named no one).
    ("A car bomb exploded outside a police station in Mardan on Monday, and gunmen ambushed a patrol near "
     "Charsadda hours later. The Pakistani Taliban claimed responsibility for both attacks.",
     [("Mardan", "TTP"), ("Charsadda", "TTP")]),
    # One attack told at several places, then claimed: every place of it.
    ("Militants attacked army posts in Mopti and Djenne on Tuesday. JNIM claimed the coordinated attacks "
     "in a statement.", [("Mopti", "JNIM"), ("Djenné", "JNIM")]),
    # The claiming sentence names the place: that attack, not the last one told.
    ("A bomb hidden in a motorcycle exploded at a market in Jamundi on Friday, and a grenade was thrown at a "
     "police post in Suarez. The governor blamed FARC dissidents for the attack in Jamundi.",
     [("Jamundí", "FARC dissidents"), ("Suárez", "FARC dissidents")]),
    # A faction of a group: the group.
    ("Gunmen killed six villagers near Damboa on Sunday. Police blamed the Bakura faction of Boko Haram.",
     [("Damboa", "Boko Haram")]),
])
def test_a_claim_reaches_every_attack_it_is_about(pipeline: Pipeline, text: str,
                                                   expected: list[tuple[str, str | None]]) -> None:
    assert _actors(pipeline, text) == expected


def test_a_claim_does_not_replace_a_named_perpetrator(pipeline: Pipeline) -> None:
    # The army's strike keeps its actor; only the attack that named no one is claimed.
    got = _actors(pipeline, "Army jets bombed a militant hideout near Mir Ali on Monday. Later that day, "
                  "gunmen attacked a police checkpoint in Bannu. The Pakistani Taliban claimed both attacks.")
    assert got == [("Mir Ali", "Pakistani forces"), ("Bannu", "TTP")]


def test_a_claim_is_read_once_per_attack(pipeline: Pipeline) -> None:
    # The second claim is about the attack told after the first one: the first stays ISWAP's.
    got = _actors(pipeline, "Gunmen stormed a village near Monguno on Friday. ISWAP claimed the attack. "
                  "On Saturday gunmen killed four farmers near Gwoza. Boko Haram claimed the attacks.")
    assert got == [("Monguno", "ISWAP"), ("Gwoza", "Boko Haram")]


def test_a_denied_blame_names_no_one(pipeline: Pipeline) -> None:
    got = _actors(pipeline, "Shells hit a market in Omdurman on Saturday, killing 12 people. The army blamed "
                  "the Rapid Support Forces, which denied responsibility.", "2025-02-03")
    assert got == [("Omdurman", None)]


def test_claim_patterns_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    for pattern in (coder._SEVERAL_ACTS, actors._BLAMING_PART):
        assert rescans(pattern) == [], pattern.pattern
    units = ["blamed the ", "front of the ", "both ", "the coordinated attacks ", "all the ", "faction ",
             "blamed the Jaime Martinez ", "of ", "claimed the attacks. ", "Gunmen hit Bannu. "]

    def text_of(n: int) -> str:
        return "Militants hit Baidoa. " + "".join(units[i % len(units)] for i in range(n)) + "in Kismayo."
    assert len(text_of(8000)) > 100_000
    assert growth(parsing(pipeline, text_of), 4000) < GROWTH


@pytest.mark.parametrize(("text", "expected"), [
    ("Drone strike hits oil depot in Marib; Houthis claim responsibility", [("Ma'rib", "Houthis")]),
    ("Suicide bombing kills 12 at Mogadishu market; al-Shabaab claim attack", [("Mogadishu", "al-Shabaab")]),
])
def test_a_headline_claim_in_the_present(pipeline: Pipeline, text: str,
                                         expected: list[tuple[str, str | None]]) -> None:
    assert _actors(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A group the actor table lacks claims in a later sentence, with an aside after its name: as written.
    ("Gunmen ambushed an army truck near Poonch on Sunday, killing four soldiers. The People's Anti-Fascist "
     "Front, a shadow group of Jaish-e-Mohammed, claimed the attack.",
     [("Pūnch", "People's Anti-Fascist Front")]),
    # ... with the aside before its name ("A little-known group, X, which ...").
    ("A suicide bomber struck a police checkpoint in Tank on Tuesday, killing three officers. A little-known "
     "group, Ittehad-ul-Mujahideen, which is linked to the Pakistani Taliban, claimed responsibility.",
     [("Tank", "Ittehad-ul-Mujahideen")]),
    # A group that says it "was behind" the attack told before owns it.
    ("A bomb exploded at a bus station in Quetta on Friday, killing five people. The Balochistan Liberation "
     "Army said in a statement it was behind the blast.", [("Quetta", "Balochistan Liberation Army")]),
    # "The attackers belonged to X": the attackers told before are X.
    ("Dozens of armed men attacked a gendarmerie post near Dori on Sunday, killing 11 gendarmes. The "
     "attackers belonged to JNIM, security sources said.", [("Dori", "JNIM")]),
    # No group claimed: the gunmen stay unidentified.
    ("Gunmen shot dead two traders in Bannu on Monday. No group claimed responsibility.",
     [("Bannu", "unidentified gunmen")]),
])
def test_a_later_sentence_names_who_did_it(pipeline: Pipeline, text: str,
                                           expected: list[tuple[str, str | None]]) -> None:
    assert _actors(pipeline, text) == expected


def test_an_unlisted_claimant_is_a_name_not_a_country_or_nobody() -> None:
    assert actors.unlisted_claimant("Pakistan claimed the attack on Sunday.") is None
    assert actors.unlisted_claimant("Nobody claimed the bombing.") is None
    # The table's groups are read as phrases first.
    assert actors.unlisted_claimant("Islamic State claimed the attack.") is None
    got = actors.unlisted_claimant("The Islamic Resistance in Iraq, an umbrella group of Iran-aligned "
                                   "factions, claimed the attack.")
    assert got is not None and got.name == "Islamic Resistance in Iraq"


def test_later_claimant_patterns_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    for pattern in (actors._CLAIMANT_NAME, actors._CLAIM_VERB, actors._ASIDE_BEFORE, actors._WAS_BEHIND,
                    actors._BELONGED_TO, actors._CARRIED_OUT):
        assert rescans(pattern) == [], pattern.pattern
    units = ["The Hafiz ", "Gul al-Bahadur ", "group, ", "a faction, ", "claimed responsibility. ",
             "said in a statement it ", "was behind ", "the blast ", "belonged to ", "Gunmen hit Bannu. "]

    def text_of(n: int) -> str:
        return "Militants hit Baidoa. " + "".join(units[i % len(units)] for i in range(n)) + "in Kismayo."
    assert len(text_of(8000)) > 100_000
    assert growth(parsing(pipeline, text_of), 4000) < GROWTH
    # One sentence of capitalised names and claim verbs, read directly: each verb reads 120 characters.
    names = "Jaish Al-Fursan Front, A Group, claimed the attack "

    def claims(n: int) -> Callable[[], object]:
        text = names * n
        return lambda: actors.unlisted_claimant(text)
    assert len(names * 2000) > 100_000
    assert growth(claims, 2000) < GROWTH


@pytest.mark.parametrize(("sentence", "group"), [
    # A spokesman's name is a person: the claim is his group's, named in his title.
    ("Houthi military spokesman Yahya Saree claimed the attack on Tuesday.", "Houthis"),
    ("TTP spokesman Mohammad Khurasani claimed responsibility.", "TTP"),
    # A title with no group in it names no claimant.
    ("A spokesman, Ahmed Ali, claimed the attack.", None),
    ("The group's commander Abu Yasir claimed the raid.", None),
])
def test_a_spokesman_claims_for_his_group(sentence: str, group: str | None) -> None:
    got = actors.unlisted_claimant(sentence)
    assert (got.name if got else None) == group


def test_titles_before_claimants_are_linear_on_100_kb() -> None:
    assert rescans(actors._TITLE_BEFORE) == []
    t0 = time.perf_counter()
    actors.unlisted_claimant(("spokesman Abu Ali " * 6000)[:100_000] + " claimed the attack")
    actors.unlisted_claimant(("Houthi spokesman , " * 6000)[:100_000] + "Yahya Saree claimed the attack")
    assert time.perf_counter() - t0 < 10


@pytest.mark.parametrize(("text", "expected"), [
    # Blame past a modifier of the group: "blaming the paramilitary Rapid Support Forces".
    ("Shells hit a market in Kadugli on Friday, killing eight people, medics said, blaming the paramilitary "
     "Rapid Support Forces.", [("Kadugli", "Rapid Support Forces")]),
    # A claim in a relative clause: "in an attack Islamic State claimed through its Amaq agency".
    ("A bomb killed four people at a market in Jalalabad on Monday, in an attack Islamic State claimed "
     "through its Amaq agency.", [("Jalālābād", "Islamic State Khorasan")]),
])
def test_blame_past_a_modifier_and_claims_through_an_agency(pipeline: Pipeline, text: str,
                                                            expected: list[tuple[str, str | None]]) -> None:
    assert _actors(pipeline, text) == expected


def test_blame_modifiers_are_linear_on_100_kb() -> None:
    assert rescans(actors._BLAMING) == []
    t0 = time.perf_counter()
    actors._BLAMING.search("blaming the " + "paramilitary " * 7_000 + "x")
    actors._CLAIMS_IT.match(" claimed" + " through" * 12_000, 0)
    assert time.perf_counter() - t0 < 10


@pytest.mark.parametrize(("text", "expected"), [
    # The blamed group's history in a relative clause makes the sentence background; its main clause
    # still names who did the act just told.
    ("A mortar shell hit a school in Kadugli on Monday, killing three pupils, officials said. The governor "
     "blamed the SPLM-N, which has shelled the town repeatedly since 2023.", [("Kadugli", "SPLM-N")]),
    ("Two policemen were shot dead at a checkpoint in Bunia on Sunday, police said. Officials blamed CODECO "
     "militiamen, who have attacked the area for years.", [("Bunia", "CODECO")]),
    ("A roadside bomb wounded four soldiers near Sukma on Tuesday. Police blamed Maoist rebels who have "
     "fought in the forests for decades.", [("Sukma", "Maoists")]),
])
def test_a_blame_beside_the_groups_history_names_the_perpetrator(
        pipeline: Pipeline, text: str,
        expected: list[tuple[str, str | None]]) -> None:
    assert _actors(pipeline, text, "2025-06-04") == expected


def test_a_background_sentence_with_no_claim_names_no_one(pipeline: Pipeline) -> None:
    # History alone ("which has fought ... since 2019") blames no one for the act told.
    got = _actors(pipeline, "A bomb exploded at a market in Sukma on Tuesday, wounding six people. The "
                  "district lies near the forests where the Maoists, who have fought since 1967, hide.",
                  "2025-06-04")
    assert got == [("Sukma", None)]


def test_history_clause_cut_is_linear_on_100_kb(pipeline: Pipeline) -> None:
    assert rescans(coder._HISTORY_CLAUSE) == [], coder._HISTORY_CLAUSE.pattern
    units = ["The army blamed ", "the ELN, ", "who ", "have ", "which ", "has ", "fought ", "since 2019, ",
             "rebels  who ", "Gunmen hit Bannu. "]
    for every in (len(units), len(units) - 1):  # short sentences, then one sentence of 100 KB

        def text_of(n: int, every: int = every) -> str:
            return "Militants hit Baidoa. " + "".join(units[i % every] for i in range(n)) + "in Kismayo."
        assert len(text_of(12000)) > 100_000
        assert growth(parsing(pipeline, text_of), 6000) < GROWTH
