"""Events in full wire articles (issue 14, points 2, 6 and 7), on our own paragraphs: a statement at a
named place of speaking, background and future acts that code nothing, parent regions that are not a
second site, running totals that are not an event's toll, and the perpetrator of THIS event (claimed by,
blamed on, "X said its fighters", a defence ministry, a side named once for a story's strikes)."""

from __future__ import annotations

import time

import pytest

from mapper.events.actors import claimant, find_actors
from mapper.events.casualties import casualties, running_total
from mapper.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str, published: str) -> list[tuple]:
    doc = pipeline.parse(text, published=published)
    return [(e.sub_event_type, e.location.name, e.location.country_code, e.fatalities,
             e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in doc.events]


def test_a_statement_said_in_the_dateline_city_is_coded(pipeline: Pipeline) -> None:
    text = ("BAMAKO, March 3 (Reuters) - Gunmen killed 12 civilians near Gao on Sunday, officials said. "
            "Junta spokesman Colonel Abdoulaye Maiga said in Bamako on Monday that the army would hunt "
            "down the attackers.")
    assert _events(pipeline, text, "2025-03-03") == [
        ("Attack", "Gao", "ML", 12, "unidentified gunmen", "civilians"),
        ("Statement", "Bamako", "ML", None, "Malian forces", None)]


def test_a_statement_somewhere_else_beside_a_background_meeting(pipeline: Pipeline) -> None:
    # "who met ... last month": background; "said in Riyadh on Tuesday that ...": a statement, that day.
    text = ("SANAA, May 14 (AFP) - US warplanes struck Hodeidah overnight. UN envoy Hans Grundberg, who met "
            "Houthi negotiators in Muscat last month, said in Riyadh on Tuesday that a political settlement "
            "remained possible.")
    doc = pipeline.parse(text, published="2025-05-14")
    assert [(e.sub_event_type, e.location.country_code, e.date) for e in doc.events] == [
        ("Air/drone strike", "YE", "2025-05-14"), ("Statement", "SA", "2025-05-13")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # Planned for next week, then postponed: no meeting in Istanbul.
    ("KYIV, Ukraine (AP) — Russian drones hit Odesa overnight, injuring three people. Meanwhile, talks "
     "between U.S. and Russian officials planned for next week in Istanbul were postponed, the Kremlin said.",
     "2025-04-06", [("Air/drone strike", "Odesa", "UA", None, "Russian forces", None)]),
    # Talks of the past told in a relative clause with "had": no meeting in Havana.
    ("BOGOTA, Jan 20 (AFP) - ELN fighters attacked a village near Tibu on Sunday, killing 12 people. The "
     "ELN, which the president had courted with peace talks hosted in Havana, blamed the dissidents for "
     "the violence.",
     "2025-01-20", [("Attack", "Tibú", "CO", 12, "ELN", "civilians")]),
    # A siege "for months" is background: no clash in the Nuba Mountains.
    ("KHARTOUM, May 6 (Reuters) - The RSF shelled Dilling on Monday, killing nine civilians. The "
     "paramilitary group has besieged the town for months with its allies in the Nuba Mountains.",
     "2025-05-06", [("Shelling/artillery/missile attack", "Dilling", "SD", 9, "Rapid Support Forces",
                     "civilians")]),
    # A running total told as a generic killing is a tally, not an event in Beni.
    ("KINSHASA, Congo (AP) — Rebels attacked a church in Mambasa on Sunday, killing 43 people, officials "
     "said. The Allied Democratic Forces have killed thousands of civilians in the Beni area over the past "
     "decade.",
     # (The story's one armed group is who "Rebels" are: the ADF, as an analyst reads it.)
     "2025-07-28", [("Attack", "Mambasa", "CD", 43, "ADF", "civilians")]),
    # "came days after insurgents seized Damascus": the capture is background.
    ("BEIRUT (AP) — Israeli warplanes struck military sites in Tartus on Wednesday, officials said. The "
     "strikes came days after insurgents seized Damascus and toppled the president.",
     "2024-12-12", [("Air/drone strike", "Ţarţūs", "SY", None, "Israeli forces", "Syrian forces")]),
])
def test_background_and_future_acts_code_nothing(pipeline: Pipeline, text: str, published: str,
                                                 expected: list[tuple]) -> None:
    assert _events(pipeline, text, published) == expected


def test_a_region_beside_the_town_it_holds_is_not_a_second_site(pipeline: Pipeline) -> None:
    text = ("PORT SUDAN (AFP) - The RSF shelled El Fasher on Thursday, killing 11 people. In Kordofan, the "
            "army said it had recaptured the village of Um Sumeima west of El Obeid.")
    assert _events(pipeline, text, "2025-06-13") == [
        ("Shelling/artillery/missile attack", "El Fasher", "SD", 11, "Rapid Support Forces", None),
        ("Government regains territory", "El Obeid", "SD", None, "Sudanese forces", None)]


def test_coordinated_mountains_and_town_stay_two_sites(pipeline: Pipeline) -> None:
    text = "Turkish warplanes bombed PKK positions in the Qandil mountains and near Amadiya on Tuesday."
    assert sorted(e.location.kind for e in pipeline.parse(text, published="2025-07-15").events) == [
        "city", "region"]


def test_an_unknown_village_is_not_a_big_namesake_abroad(pipeline: Pipeline) -> None:
    # The gazetteer has no Malian "Boni": never Bonn, in a story whose places are all in the Sahel.
    text = ("BAMAKO, Feb 8 (Reuters) - Jihadists ambushed a convoy near Gao on Friday, killing 25 civilians. "
            "In a separate incident on Thursday, a roadside bomb hit an army vehicle near Boni in the Mopti "
            "region, killing four soldiers. Mali's junta expelled French troops and turned to Russia. "
            "Officials from Mali, Burkina Faso and Niger will meet in Niamey.")
    doc = pipeline.parse(text, published="2025-02-08")
    assert {e.location.country_code for e in doc.events} == {"ML"}


def test_an_unplaced_attack_of_another_day_is_not_filled_by_the_next_site(pipeline: Pipeline) -> None:
    # The first attack's town is unknown, so it is coded at its region; the police action in Delmas a day
    # before keeps its own toll.
    text = ("PORT-AU-PRINCE, Haiti (AP) — Gang members attacked the town of Bwa Kale Sonde in the Artibonite "
            "region early Thursday, killing at least 70 people. On Wednesday, police repelled an attack by "
            "gang members on Delmas, killing two suspects, a police spokesman said.")
    doc = pipeline.parse(text, published="2024-10-04")
    assert [(e.location.name, e.date, e.fatalities) for e in doc.events] == [
        ("Artibonite", "2024-10-03", 70), ("Delmas", "2024-10-02", 2)]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # A group that claims the attack in the next sentence.
    ("MOGADISHU, Somalia (AP) — A bomb exploded at a busy market in Mogadishu on Tuesday, killing four "
     "people, police said. The al-Shabaab extremist group claimed responsibility in a statement on its "
     "radio station.",
     "2025-03-19", [("Remote explosive/landmine/IED", "Mogadishu", "SO", 4, "al-Shabaab", "civilians")]),
    # Blamed on a group in the same sentence: actor1, not the target.
    ("In El Obeid, a drone struck a fuel depot on Sunday; the army blamed the attack on the RSF.",
     "2025-05-06", [("Air/drone strike", "El Obeid", "SD", None, "Rapid Support Forces", None)]),
    # "X said its fighters ...": X.
    ("Hezbollah said its fighters clashed with Israeli troops near Kfar Kila on Tuesday.",
     "2024-10-08", [("Armed clash", "Kfar Kila", "LB", None, "Hezbollah", "Israeli forces")]),
    # "the fighters" of a later sentence are the group the story named; "unidentified gunmen" after "On
    # Monday" are the agents, not a target.
    ("GOMA, Congo (Reuters) - Suspected ADF rebels killed 41 people in attacks on villages near Lubero "
     "overnight, an administrator said. On Monday the fighters also abducted several farmers near Butembo, "
     "he said.",
     "2024-06-11", [("Attack", "Lubero", "CD", 41, "ADF", "civilians"),
                    ("Abduction/forced disappearance", "Butembo", "CD", None, "ADF", "civilians")]),
    ("GOMA, Congo (Reuters) - Suspected ADF rebels killed 41 people in attacks on villages near Lubero "
     "overnight, an administrator said. On Monday unidentified gunmen also abducted several farmers near "
     "Butembo, he said.",
     "2024-06-11", [("Attack", "Lubero", "CD", 41, "ADF", "civilians"),
                    ("Abduction/forced disappearance", "Butembo", "CD", None, "unidentified gunmen",
                     "civilians")]),
    # The speaker after the report is not a side of the fighting.
    ("GENEVA (Reuters) - Heavy fighting raged in El Fasher on Sunday, the UN said in Geneva.",
     "2025-05-06", [("Armed clash", "El Fasher", "SD", None, None, None)]),
    # A side named once for a story's strikes is the perpetrator of each.
    ("KYIV, Dec 29 (Reuters) - Russia launched a massive missile attack on Ukraine overnight, officials "
     "said. A missile hit an apartment building in Dnipro, killing three people. In Lviv, a drone hit a "
     "warehouse.",
     "2023-12-29", [("Shelling/artillery/missile attack", "Dnipro", "UA", 3, "Russian forces", "civilians"),
                    ("Air/drone strike", "Lviv", "UA", None, "Russian forces", None)]),
])
def test_the_perpetrator_of_this_event(pipeline: Pipeline, text: str, published: str,
                                       expected: list[tuple]) -> None:
    assert _events(pipeline, text, published) == expected


def test_a_defence_ministry_reporting_a_strike_names_the_forces(pipeline: Pipeline) -> None:
    doc = pipeline.parse("Russia's defence ministry said it had struck a military airfield near Kramatorsk "
                         "on Sunday.", published="2025-04-14")
    assert [(e.location.name, e.actor1.name if e.actor1 else None) for e in doc.events] == [
        ("Kramatorsk", "Russian forces")]


@pytest.mark.parametrize(("sentence", "who"), [
    ("The al-Shabaab extremist group claimed responsibility in a statement on its radio station.",
     "al-Shabaab"),
    ("The attack was claimed by Islamic State Mozambique Province on its Telegram channels.",
     "Islamic State Mozambique Province"),
    ("The massacre was attributed to the Allied Democratic Forces, a group linked to the Islamic State.",
     "Allied Democratic Forces"),
    ("The interior ministry said on Saturday, blaming the attack on the Islamic State in the Greater "
     "Sahara.", "Islamic State in the Greater Sahara"),
    # (A group of the actor table since session 38: its own name, as al-Shabaab's above.)
    ("The Gran Grif gang claimed the attack, which also wounded 16 people.", "Gran Grif"),
    # Not a claim: negated; a blame the sentence reports as denied.
    ("No group has claimed the attack, but Boko Haram has used women as suicide bombers.", None),
    ("Officials blamed the attack on the RSF, which denied any role.", None),
])
def test_claimant(sentence: str, who: str | None) -> None:
    found = claimant(find_actors(sentence, 0, []), sentence)
    assert (found.name if found else None) == who


@pytest.mark.parametrize(("sentence", "killed"), [
    # Running totals, not this event's toll.
    ("Since the start of the year, more than 200 civilians have been killed in the region, officials say.",
     None),
    ("The monitor said 218 fighters had been killed in the battle for the town since it began last week.",
     None),
    ("The ADF has killed thousands of civilians in eastern Congo.", None),
    ("The war, which began in April 2023, has killed tens of thousands of people.", None),
    # An event's own toll, and a multi-day one that started a few days back, still count.
    ("Gunmen killed 12 people in the village on Saturday.", 12),
    ("Fighting in the region has killed at least 80 people since Thursday, the governor said.", 80),
])
def test_running_totals_are_not_an_events_toll(sentence: str, killed: int | None) -> None:
    assert casualties(sentence)[0] == killed
    assert running_total(sentence) == (killed is None)


def test_the_new_patterns_are_linear_on_a_pathological_sentence() -> None:
    # 100 KB of claim, blame and relative-clause words with no sentence end: one pass each.
    text = ("blamed the attack on the , which had claimed by claimed responsibility since the war began "
            "said in Bamako that speaking in " * 1100)[:100_000]
    t0 = time.perf_counter()
    claimant(find_actors(text, 0, []), text)
    casualties(text)
    assert time.perf_counter() - t0 < 15.0


def test_wire_rules_are_linear_on_a_long_article(pipeline: Pipeline) -> None:
    """100 KB of wire sentences with claims, blames, relative clauses, unknown villages and a region: the
    coder reads each sentence once (no scan of every name per name)."""
    unit = ("Separately, gunmen attacked the village of Xyzzyq near Kadugli in Kordofan on Monday, killing "
            "three, officials said in Khartoum that the RSF, which had besieged the town for months, was "
            "blamed. The attack was claimed by the RSF. ")
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    t0 = time.perf_counter()
    doc = pipeline.parse(text, published="2025-05-06")
    assert time.perf_counter() - t0 < 15
    assert {e.location.country_code for e in doc.events} == {"SD"}


# -- long18: a truce in force, a war's toll in a relative clause, a dated tally placed nowhere -------------

@pytest.mark.parametrize("text", [
    "Israel-Hamas truce takes effect in Gaza",
    "The ceasefire in Gaza took effect on January 19, the mediators said.",
])
def test_a_truce_that_takes_effect_is_no_agreement(pipeline: Pipeline, text: str) -> None:
    # Agreements are coded where they are made; a truce coming into force names no venue.
    assert pipeline.parse(text, published="2025-01-19").events == []


def test_a_truce_in_force_frames_the_act_that_broke_it(pipeline: Pipeline) -> None:
    text = ("The truce in Idlib, which came into force on Sunday, was broken on Tuesday when shelling killed "
            "two in Ariha.")
    doc = pipeline.parse(text, published="2025-03-05")
    assert [(e.sub_event_type, e.location.country_code, e.date, e.fatalities) for e in doc.events] == [
        ("Shelling/artillery/missile attack", "SY", "2025-03-04", 2)]


def test_a_truce_signed_at_a_venue_is_still_an_agreement(pipeline: Pipeline) -> None:
    doc = pipeline.parse("Sudan's army and the RSF signed a ceasefire in Jeddah on Saturday.",
                         published="2023-05-22")
    assert [(e.sub_event_type, e.location.name, e.date) for e in doc.events] == [
        ("Agreement", "Jeddah", "2023-05-20")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("after two years of a war that the ministry says has killed more than 20,000 people", (None, None)),
    ("Gunmen killed 12 people near Gusau on Sunday, in an insurgency which has killed more than 40,000.",
     (12, None)),
    # Not a war's toll: the act's own ("The attack, which killed nine, ...").
    ("The raid, which killed nine soldiers, was the deadliest this month.", (9, None)),
])
def test_a_wars_toll_in_a_relative_clause_is_a_running_total(sentence: str,
                                                            expected: tuple[int | None, int | None]) -> None:
    assert casualties(sentence) == expected


def test_a_later_paragraphs_war_toll_lends_the_last_act_neither_figure_nor_date(pipeline: Pipeline) -> None:
    text = ("KYIV (AP) - A Russian drone strike killed three people in Kherson on Monday, officials said.\n\n"
            "The truce in the Black Sea took effect on March 25, after three years of a war that the UN says "
            "has killed more than 12,000 civilians.")
    doc = pipeline.parse(text, published="2025-04-08")
    assert [(e.sub_event_type, e.location.name, e.date, e.fatalities) for e in doc.events] == [
        ("Air/drone strike", "Kherson", "2025-04-07", 3)]


def test_a_dated_tally_placed_nowhere_does_not_redate_the_last_act(pipeline: Pipeline) -> None:
    # "since the fighting began on Monday" dates the tally, not the shelling told before it.
    text = ("MALAKAL, March 12 (Reuters) - Gunships pounded rebel positions in western Malakal on Wednesday. "
            "A shell struck a UN base in Malakal that shelters displaced families, killing a Nepali "
            "peacekeeper, the UN mission said. The health ministry said 90 people had been killed since the "
            "fighting began on Monday.")
    doc = pipeline.parse(text, published="2025-03-12")
    assert [(e.sub_event_type, e.date, e.fatalities) for e in doc.events] == [
        ("Air/drone strike", "2025-03-12", None), ("Shelling/artillery/missile attack", "2025-03-12", 1)]


def test_the_truce_and_war_toll_rules_are_linear_on_100_kb() -> None:
    from mapper.events import triggers
    t0 = time.perf_counter()
    assert triggers._TAKES_EFFECT.match(" x" * 50_000 + " took effect") is None  # five words at most
    assert triggers._TAKES_EFFECT.match(", x" * 33_000 + " took effect") is None
    casualties(("a war that has killed 40 " * 5_000)[:100_000])
    casualties(("which has killed " * 7_000)[:100_000])
    assert time.perf_counter() - t0 < 10


@pytest.mark.parametrize(("text", "published", "expected"), [
    # The attackers killed, told in a sentence of their own, are added to any victims counted first.
    ("Two suicide bombers rammed a truck into the gate of an army camp in Bannu on Tuesday, killing four "
     "civilians and a soldier, police said. Five attackers were killed in the gunfight that followed.",
     "2026-03-04", ("Suicide bomb", 10)),
    ("Gunmen attacked a checkpoint in Hajin on Monday, killing two SDF fighters. One attacker was killed, "
     "residents said.", "2026-03-10", ("Armed clash", 3)),
    # The same attackers told twice are not added.
    ("Security forces killed six attackers who stormed a checkpoint in Bannu on Monday. The six attackers "
     "were killed after a two-hour gunfight, police said.", "2026-03-10", ("Armed clash", 6)),
])
def test_attackers_killed_in_a_later_sentence_are_added(pipeline: Pipeline, text: str, published: str,
                                                        expected: tuple[str, int]) -> None:
    doc = pipeline.parse(text, published=published)
    assert [(e.sub_event_type, e.fatalities) for e in doc.events] == [expected]


@pytest.mark.parametrize(("sentence", "side"), [
    ("Two attackers were killed, he said.", "attackers"),
    ("One assailant was killed, local sources said.", "attackers"),
    ("Troops killed 12 militants.", "fighters"),
    ("Two soldiers died.", "forces"),
    ("Five civilians and two soldiers were killed.", ""),
])
def test_whose_dead_a_sentence_counts(sentence: str, side: str) -> None:
    from mapper.events.casualties import dead_side
    assert dead_side(sentence) == side


@pytest.mark.parametrize(("text", "published", "expected"), [
    # Another source's figure for the same dead, or the attackers' own claim: the lower is kept.
    ("Gunmen attacked a market in Mopti on Saturday, killing at least 14 traders, officials said. Local "
     "residents put the toll at 30.", "2026-03-08", ("Attack", 14)),
    ("Militants stormed an army post in Jamaame on Friday, killing nine soldiers, the army said. The "
     "group claimed it had killed 25 soldiers.", "2026-03-08", ("Armed clash", 9)),
    ("Fighters attacked a base near Beledweyne on Friday, killing 11 soldiers and militants, officers "
     "said. The group said in a statement that it had killed 35 soldiers.", "2026-03-08",
     ("Armed clash", 11)),
    # A lower figure from the claim is kept too; a later count of the other side's dead is still added.
    ("Insurgents raided a village near Macomia on Friday, killing 12 civilians, police said. The group "
     "claimed it had killed eight people.", "2026-03-08", ("Attack", 8)),
    ("Militants stormed an army post in Jamaame on Friday, killing nine soldiers, the army said. Troops "
     "killed six of the attackers, it said.", "2026-03-08", ("Armed clash", 15)),
])
def test_another_account_of_the_same_toll_keeps_the_lower(pipeline: Pipeline, text: str, published: str,
                                                          expected: tuple[str, int]) -> None:
    doc = pipeline.parse(text, published=published)
    assert [(e.sub_event_type, e.fatalities) for e in doc.events] == [expected]


@pytest.mark.parametrize(("sentence", "other"), [
    ("Some residents put the toll at more than 50.", True),
    ("JNIM claimed the attack, saying it had killed 70 soldiers.", True),
    ("The group said in a statement on its radio that it had killed 40 soldiers.", True),
    ("The army said its forces killed 23 militants.", False),
    ("Police said three gang members were killed in a gunfight.", False),
])
def test_which_sentences_give_another_account(sentence: str, other: bool) -> None:
    from mapper.events.casualties import other_account
    assert other_account(sentence) is other


def test_another_account_is_linear_on_100_kb() -> None:
    from mapper.events.casualties import other_account
    t0 = time.perf_counter()
    assert not other_account(("put the " * 13_000)[:100_000])
    assert not other_account(("claimed that it had " * 5_000)[:100_000])
    assert not other_account("saying " + " " * 100_000 + "x")
    assert time.perf_counter() - t0 < 10


@pytest.mark.parametrize(("text", "published"), [
    ("Militiamen torched 40 houses in Kangpokpi district on Sunday, police said. No one was hurt.",
     "2026-03-09"),
    ("Armed men torch houses in Kangpokpi, no casualties reported", "2026-03-09"),
])
def test_property_destroyed_with_nobody_hurt_has_no_dead(pipeline: Pipeline, text: str,
                                                         published: str) -> None:
    doc = pipeline.parse(text, published=published)
    assert [(e.sub_event_type, e.fatalities) for e in doc.events] == [("Looting/property destruction", 0)]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # A statement that names only actors tells the toll of the act just told.
    ("Al-Shabaab fighters overran a base at Jamaame on Friday, killing dozens of soldiers, the group said. "
     "Kenya's defence ministry later said 19 of its troops had died.", "2026-03-08", [19]),
    ("Iran fired missiles at the Ain al-Asad air base in Anbar province early on Wednesday. No one was "
     "killed, the U.S. military said.", "2026-03-04", [0]),
])
def test_a_statement_naming_only_actors_gives_the_last_acts_toll(pipeline: Pipeline, text: str,
                                                                 published: str, expected: list[int]) -> None:
    doc = pipeline.parse(text, published=published)
    assert [e.fatalities for e in doc.events if e.sub_event_type != "Statement"] == expected


def test_a_live_blog_entrys_toll_is_not_the_previous_entrys(pipeline: Pipeline) -> None:
    text = ("16:20 GMT - Drone strike kills man in south Lebanon\nAn Israeli drone strike on a car near the "
            "town of Bint Jbeil killed one person, officials said.\n\n15:30 GMT - Gaza civil defence: 24 "
            "killed in Israeli attacks since Saturday")
    doc = pipeline.parse(text, published="2025-11-23")
    assert [(e.sub_event_type, e.fatalities) for e in doc.events] == [("Air/drone strike", 1)]


def test_live_blog_entry_times_are_linear_on_100_kb() -> None:
    from mapper.events import coder
    t0 = time.perf_counter()
    assert coder._ENTRY.match(" " * 100_000 + "x") is None
    assert coder._ENTRY.match("12:30" + " " * 100_000 + "x") is None
    assert time.perf_counter() - t0 < 10
