"""Actors and dates as an analyst reads them (issue 14 item 7, round 10): movable holidays as dates, the
actor of a statement made abroad, an affiliate named by its link ("al Qaeda-linked militants"), and the
group a later sentence of a wire paragraph refers back to ("they", "the group's fighters")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from mapper.events.dates import DAY, _easter, _orthodox_easter, find_dates
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans

# --------------------------------------------------------------------------------------------- holidays

@pytest.mark.parametrize(("year", "western", "orthodox"), [
    (2019, "2019-04-21", "2019-04-28"), (2021, "2021-04-04", "2021-05-02"),
    (2022, "2022-04-17", "2022-04-24"), (2023, "2023-04-09", "2023-04-16"),
    (2024, "2024-03-31", "2024-05-05"), (2025, "2025-04-20", "2025-04-20"),
])
def test_easter_by_the_computus_matches_the_calendars(year: int, western: str, orthodox: str) -> None:
    assert _easter(year).isoformat() == western
    assert _orthodox_easter(year).isoformat() == orthodox


@pytest.mark.parametrize(("text", "published", "day"), [
    ("Gunmen attacked worshippers in Jos on Easter Sunday.", "2024-04-02", "2024-03-31"),
    ("A church was torched on Good Friday.", "2024-04-02", "2024-03-29"),
    ("The blast came on Easter Monday.", "2023-04-12", "2023-04-10"),
    ("Shelling hit Odesa on Orthodox Easter.", "2024-05-07", "2024-05-05"),
    ("A bomber struck a mosque on Eid al-Fitr.", "2023-04-25", "2023-04-21"),
    ("Strikes killed 9 on the first day of Eid al-Adha.", "2025-06-08", "2025-06-06"),
    ("Clashes erupted on the second day of Eid-ul-Adha.", "2022-07-12", "2022-07-10"),
    ("Gunmen struck on Eid ul-Fitr.", "2021-05-20", "2021-05-13"),
    # Last year's, when this year's is still ahead of publication.
    ("Militants attacked the town on Easter Sunday.", "2025-02-01", "2024-03-31"),
])
def test_movable_holidays_are_days(text: str, published: str, day: str) -> None:
    found = find_dates(text, dt.date.fromisoformat(published))
    assert [(d.date.isoformat(), d.precision) for d in found] == [(day, DAY)]


def test_an_eid_outside_the_table_is_no_date() -> None:
    assert find_dates("Gunmen struck on Eid al-Fitr.", dt.date(2014, 8, 1)) == []


def test_holidays_in_a_100_kb_text_are_linear() -> None:
    units = ["on Easter Sunday ", "the third day of Eid al-Adha ", "Eid el-Fitr ", "Orthodox Easter Monday ",
             "the first day of ", "Good Friday ", "Easter "]
    published = dt.date(2024, 12, 30)

    def make(n: int) -> Callable[[], object]:
        text = "".join(units[i % len(units)] for i in range(n))
        return lambda: find_dates(text, published)
    assert len("".join(units[i % len(units)] for i in range(6400))) > 100_000
    assert growth(make, 3200) < GROWTH  # 53 KB, then 107 KB
    from mapper.events import dates
    assert rescans(dates._HOLIDAY) == []


def _events(pipeline: Pipeline, text: str, published: str) -> list[tuple[str, str, str | None]]:
    doc = pipeline.parse(Article("t", text, published=published))
    return [(e.location.name, e.date or "", e.actor1.name if e.actor1 else None) for e in doc.events]


def test_an_attack_dated_by_eid(pipeline: Pipeline) -> None:
    got = _events(pipeline, "A car bomb killed six people at a market in Baidoa on the first day of "
                  "Eid al-Fitr, police said.", "2025-04-02")
    assert [d for _, d, _ in got] == ["2025-03-30"]


# ------------------------------------------------------------------------- actors as an analyst reads them

def _actors(pipeline: Pipeline, text: str, published: str = "2025-03-12") -> list[tuple[str, str | None]]:
    return [(place, actor1) for place, _, actor1 in _events(pipeline, text, published)]


@pytest.mark.parametrize(("text", "expected"), [
    # A later sentence's "they", "the group's fighters", "its members", "Gunmen from the group", "the group
    # fired": the group the paragraph named before, in a sentence that told no event.
    ("BAIDOA, Somalia (Reuters) - Al-Shabaab has warned farmers not to sell food to the army. Late on Monday "
     "the group's fighters overran a checkpoint near Dinsoor, killing four soldiers, a commander said.",
     [("Diinsoor", "al-Shabaab")]),
    ("SANAA (Reuters) - The Houthis said they would widen their campaign. On Tuesday the group fired two "
     "drones at the port of Mokha, officials said.", [("Mocha", "Houthis")]),
    ("MAIDUGURI, Nigeria (AFP) - Boko Haram has threatened farmers who work with the army. On Sunday "
     "gunmen from the group killed seven farmers near Gwoza, residents said.", [("Gwoza", "Boko Haram")]),
    ("KABUL (AP) - Islamic State has carried out a string of attacks on the Taliban this year. On Monday "
     "they attacked a Taliban checkpoint in Kunduz, killing three guards, a spokesman said.",
     [("Kunduz", "Islamic State Khorasan")]),
    # Not "AU" inside the dateline's "PORT-AU-PRINCE".
    ("PORT-AU-PRINCE, Haiti (AP) - The Viv Ansanm alliance has cut the roads out of the capital. On Tuesday "
     "its members stormed Mirebalais and fought police for hours, officials said.",
     [("Mirebalais", "Viv Ansanm")]),
])
def test_a_later_sentence_refers_back_to_the_group(pipeline: Pipeline, text: str,
                                                   expected: list[tuple[str, str | None]]) -> None:
    assert _actors(pipeline, text) == expected


def test_they_without_a_named_group_is_the_last_attack_s_perpetrator(pipeline: Pipeline) -> None:
    text = ("Bandits stormed Tsafe on Sunday, killing six villagers. Hours later they abducted 30 people "
            "in Gusau, residents said.")
    assert _actors(pipeline, text) == [("Tsafe", "bandits"), ("Gusau", "bandits")]


def test_they_as_victims_or_speakers_refer_back_to_no_one(pipeline: Pipeline) -> None:
    text = ("The ELN said on Friday it would free its hostages. Soldiers said they were attacked near Tame "
            "on Saturday.")
    assert [a for _, a in _actors(pipeline, text)] != ["ELN"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Al Qaeda-linked militants attacked an army post near Mopti on Sunday, killing five soldiers.",
     [("Mopti", "JNIM")]),
    ("Al-Qaeda-affiliated fighters stormed a police station in Garissa on Monday.",
     [("Garissa", "al-Shabaab")]),
    ("Islamic State-linked rebels killed 20 villagers near Butembo on Friday.", [("Butembo", "ADF")]),
    ("Islamic State-linked insurgents beheaded four villagers near Ancuabe on Saturday.",
     [("Ancuabe", "Islamic State Mozambique")]),
    # The group named plainly where its own branch fights: the branch (ACLED's coding).
    ("Islamic State claimed an attack on a village near Macomia on Sunday that killed five civilians.",
     [("Macomia", "Islamic State Mozambique")]),
    ("Islamic State fighters ambushed a patrol near Ouallam on Tuesday, killing nine soldiers.",
     [("Ouallam", "Islamic State Sahel")]),
    # No affiliate in the table for the event's country: the group itself.
    ("Islamic State-linked militants attacked an army detachment near Marawi on Saturday, killing two "
     "soldiers.", [("Marawi City", "Islamic State")]),
    # ... and the link after the fighters ("linked to", "loyal to"): the group tied to is not the subject
    ("Jihadists linked to al-Qaida ambushed a supply convoy near Douentza on Tuesday, killing seven "
     "soldiers.",
     [("Douentza", "JNIM")]),
    ("Militants linked to al Qaeda killed 22 villagers in an attack near Dori on Friday.",
     [("Dori", "JNIM")]),
    ("Fighters loyal to the Islamic State attacked an army post near Ansongo on Sunday.",
     [("Ansongo", "Islamic State Sahel")]),
    ("Gunmen linked to the Islamic State group stormed a church near Beni on Saturday.",
     [("Beni", "ADF")]),
    # a band the table lacks keeps its name (it is no transnational group)
    ("Armed men linked to the Kraze Baryè gang shot dead nine residents of Croix-des-Bouquets on Monday.",
     [("Croix-des-Bouquets", "Kraze Baryè")]),
])
def test_an_affiliate_named_by_its_link(pipeline: Pipeline, text: str,
                                        expected: list[tuple[str, str | None]]) -> None:
    assert _actors(pipeline, text) == expected


def test_a_prime_minister_abroad_speaks_for_his_government(pipeline: Pipeline) -> None:
    got = _actors(pipeline, "Pakistani PM, speaking in Beijing on Tuesday, says talks with India must resume")
    assert got == [("Beijing", "Pakistani government")]


def test_reference_and_link_patterns_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    from mapper.events import actors, coder
    for pattern in (actors._REFERS_BACK, actors._OPENS_BACK, actors._LINKED, actors._WHO, actors._TIED_TO,
                    actors._WHO_ATTACKED, actors._OF_GROUP, coder._NEW_CLAUSE):
        assert rescans(pattern) == [], pattern.pattern
    units = ["they also then fired a ", "the group's fighters ", "al Qaeda-linked ",
             "Islamic State-affiliated ", "killed ", "gunmen from the group ",
             "fighters who had also attacked ", "Gangs from the ", "; Israel strikes ", "a day after ",
             "militants linked to al Qaeda ", "loyal to the "]

    def text_of(n: int) -> str:
        return "Militants hit Baidoa. " + "".join(units[i % len(units)] for i in range(n)) + "in Kismayo."
    assert len(text_of(6000)) > 100_000
    assert growth(parsing(pipeline, text_of), 3000) < GROWTH


@pytest.mark.parametrize(("text", "expected"), [
    # A speaker of no named country, speaking abroad: the story's country, not the host's.
    ("KYIV (Reuters) - Russian drones hit Kharkiv overnight, killing two people. Speaking in Brussels on "
     "Tuesday, the foreign minister said Ukraine needed more air defence.",
     [("Kharkiv", "Russian forces"), ("Brussels", "Ukrainian government")]),
    ("KHARTOUM (Reuters) - RSF shelling killed five people in Omdurman on Monday. A government spokesman, "
     "speaking in Cairo, said the army would retake the city.",
     [("Omdurman", "Rapid Support Forces"), ("Cairo", "Sudanese government")]),
    # At home: the host is the speaker's country.
    ("In Kinshasa, a government spokesman said on Monday that talks would resume.",
     [("Kinshasa", "Congolese government")]),
    # An institution of the table: its own name.
    ("Speaking in Brussels, the European Commission's president said the bloc would send aid to Ukraine.",
     [("Brussels", "European Union")]),
])
def test_a_statement_made_abroad_is_the_speaker_s(pipeline: Pipeline, text: str,
                                                  expected: list[tuple[str, str | None]]) -> None:
    assert _actors(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A later clause with a subject and a trigger of its own tells its site's perpetrator.
    ("RSF drones strike Port Sudan a day after army jets bomb Nyala",
     [("Port Sudan", "Rapid Support Forces"), ("Nyala", "Sudanese forces")]),
    ("Hezbollah drones target Nahariya; Israel strikes Tyre",
     [("Nahariyya", "Hezbollah"), ("Tyre", "Israeli forces")]),
    # Not a noun trigger of the same clause: "killed ... in an attack on ... in Djibo".
    ("Jihadists killed 20 soldiers and volunteer fighters in an attack on an army post in Djibo on Sunday.",
     [("Djibo", "jihadists")]),
])
def test_each_clause_tells_its_own_perpetrator(pipeline: Pipeline, text: str,
                                               expected: list[tuple[str, str | None]]) -> None:
    assert sorted(_actors(pipeline, text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # The passive agent named by its country alone: its forces.
    ("Shahed drones launched by Russia set Izmail port ablaze", [("Izmayil", "Russian forces")]),
    ("Drones launched by Russia set a fuel depot in Lviv ablaze", [("Lviv", "Russian forces")]),
    # A government's weapons are its forces', not its government's.
    ("Government warplanes bombed a market in Kurmuk on Tuesday, killing 11 people.",
     [("Kurmuk", "Sudanese forces")]),
])
def test_passive_country_and_government_weapons(pipeline: Pipeline, text: str,
                                                expected: list[tuple[str, str | None]]) -> None:
    assert _actors(pipeline, text) == expected


def test_country_agent_pattern_is_linear_on_100_kb(pipeline: Pipeline) -> None:
    from mapper.events import actors
    assert rescans(actors._COUNTRY_AGENT) == []
    units = ["by ", "by the ", "by Russia ", "byRussia ", "by  the  Israel "]

    def text_of(n: int) -> str:
        return "Drones hit Kherson " + "".join(units[i % len(units)] for i in range(n)) + "in Odesa."
    assert len(text_of(14000)) > 100_000
    assert growth(parsing(pipeline, text_of), 7000) < GROWTH


@pytest.mark.parametrize(("text", "expected"), [
    # The subject of a relative clause: "... killed 15 ISWAP fighters who attacked ...".
    ("The army said on Sunday it had killed 15 ISWAP fighters who attacked a base in Marte on Saturday.",
     [("Marte", "ISWAP")]),
    # "The same group" refers back too.
    ("NIAMEY (Reuters) - JNIM fighters ambushed an army patrol near Tera on Monday, killing six soldiers. "
     "The same group also killed four traders near Tillaberi on Tuesday, a local official said.",
     [("Téra", "JNIM"), ("Tillabéri", "JNIM")]),
])
def test_relative_clauses_and_the_same_group(pipeline: Pipeline, text: str,
                                             expected: list[tuple[str, str | None]]) -> None:
    assert sorted(_actors(pipeline, text)) == sorted(expected)


def test_the_scorer_folds_an_acronym_and_its_name() -> None:
    from mapper.evaluation.events import canonical_actor
    assert canonical_actor("NPA") == canonical_actor("New People's Army")
    assert canonical_actor("SSPDF") == canonical_actor("South Sudanese forces")
    assert canonical_actor("Fano") == canonical_actor("Fano militia")
    assert canonical_actor("Islamic State Sahel Province") == canonical_actor("Islamic State Sahel")
