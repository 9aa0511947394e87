"""Casualty figures as an analyst reads them (issue 14): sums, singular victims, ranges, words,
killed vs wounded, attackers, toll updates and cumulative totals. Sentences written for these tests."""

from __future__ import annotations

import time

import pytest

from mapper.events.casualties import casualties, reports, since_recent_day


@pytest.mark.parametrize(("sentence", "expected"), [
    # sums of the groups of one report
    ("Shelling killed 4 farmers and 3 shepherds near the village.", (7, None)),
    ("3 soldiers and 2 civilians were killed in the ambush.", (5, None)),
    ("The raid left eleven police officers and two guards dead.", (13, None)),
    ("Militants stormed the base, killing a sergeant and four conscripts.", (5, None)),
    ("The blast killed six pilgrims, two drivers and a guide.", (9, None)),
    ("Nine herders, four women and a child were killed overnight.", (14, None)),
    # a subset after "including" is not added
    ("The bombing killed 12, including 4 children.", (12, None)),
    ("Gunmen killed 23 villagers, among them eight women.", (23, None)),
    ("An airstrike killed at least 30 people, most of them fighters.", (30, None)),
    # one person, with or without an article, or named
    ("A mortar round hit the market, killing a 9-year-old boy.", (1, None)),
    ("A local journalist was shot dead outside his home.", (1, None)),
    ("Police said the driver was killed instantly.", (1, None)),
    ("A drone strike killed senior commander Ali Hassan in the town.", (1, None)),
    ("Gunmen assassinate provincial governor in the capital", (1, None)),
    ("Samuel Okoro, the chairman of the local council, was gunned down on Friday.", (1, None)),
    ("Italian nun killed as insurgents torch a mission", (1, None)),  # headline: no article
    ("Kherson: civilian man killed by drone", (1, None)),
    # a speaker after the list is not a victim
    ("Rockets hit the market, killing four civilians, a militia leader said.", (4, None)),
    # nouns that are the casualty word, "all", and tolls across a country
    ("Five bodies dumped near the university", (5, None)),
    ("Twelve deaths were reported in the camp.", (12, None)),
    ("Commandos stormed the train, killing all 33 hijackers.", (33, None)),
    ("The missile was part of a barrage that killed 33 people across the country.", (None, None)),
    ("52 civilians executed by security forces, monitor says", (52, None)),
    # ranges and approximations: the lowest sure figure
    ("At least 10 people died when the shell struck.", (10, None)),
    ("More than 20 soldiers were killed in the fighting.", (20, None)),
    ("Dozens of civilians were killed.", (12, None)),
    ("The strike killed scores of fighters.", (20, None)),
    ("Hundreds died in the massacre.", (100, None)),
    ("A dozen people were killed at the checkpoint.", (12, None)),
    ("Some 45 people died.", (45, None)),
    ("Up to 7 people were killed.", (7, None)),
    # words as numbers
    ("Seven guards were killed.", (7, None)),
    ("The attack killed thirty-two people.", (32, None)),
    ("The attack killed twenty five people.", (25, None)),
    # killed versus wounded
    ("The rocket wounded 14 people.", (None, 14)),
    ("The explosion killed 3 and wounded 19.", (3, 19)),
    ("Two were killed and five injured when the bus hit a mine.", (2, 5)),
    ("A suicide bomber killed an officer and wounded six bystanders.", (1, 6)),
    ("15 people were killed or injured.", (None, None)),
    ("The shelling killed and wounded 40 people.", (None, None)),
    ("The clashes caused 30 casualties.", (None, None)),
    # attackers killed are added, different people told in one sentence
    ("Gunmen killed 9 worshippers before two of the attackers were shot dead.", (11, None)),
    ("The militants killed 5 soldiers, while 8 militants were also killed.", (13, None)),
    # the same deaths told twice: the lower explicit figure, an explicit one over a vague one
    ("Officials said 20 people were killed; residents said 35 people were killed.", (20, None)),
    # toll updates and cumulative totals are not this event's
    ("The death toll from the bombing rose to 61.", (None, None)),
    ("An airstrike killed 5 people, raising the death toll to 40.", (5, None)),
    ("Death toll in Kharkiv climbs to 18", (None, None)),
    ("Officials put the death toll at 27.", (27, None)),
    ("Clashes have killed more than 300 people since March.", (None, None)),
    ("Fighting around the camps has killed at least 40 people since Saturday.", (40, None)),
    ("Fighting has killed 40 people since Friday's attack.", (40, None)),
    ("The army has killed 1,400 militants so far this year.", (None, None)),
    ("It was the fourth journalist killed in the city this month.", (None, None)),
    # none
    ("No one was killed in the attack.", (0, 0)),
    ("There were no casualties.", (0, 0)),
    ("Troops advanced 12 km and held the ridge for 3 days.", (None, None)),
    ("The convoy of 40 trucks reached the town.", (None, None)),
    # headlines
    ("Kherson shelling kills 3", (3, None)),
    ("Two dead in Gao as gunmen attack market", (2, None)),
    ("Drone strike on Sumy: 4 killed, 12 wounded", (4, 12)),
])
def test_casualty_figures(sentence: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(sentence) == expected


def test_reports_say_where_and_what() -> None:
    (r,) = reports("Rebels killed 3 soldiers on Monday.")
    assert (r.value, r.killed, r.nouns, r.vague) == (3, True, frozenset({"soldiers"}), False)
    (v,) = reports("Dozens of people were killed.")
    assert (v.value, v.vague) == (12, True)


@pytest.mark.parametrize("text", [
    "killed " * 15_000,
    "3 soldiers and " * 7_000 + "were killed",
    ("killed 1, " * 10_000),
    "the " * 25_000 + "were killed",
    "Abc " * 25_000 + "was killed",
    "toll " * 20_000 + "rose to 4",
    "1,000," * 16_000,
], ids=["verbs", "subjects", "list", "articles", "capitals", "tolls", "thousands"])
def test_pathological_100kb_inputs_stay_linear(text: str) -> None:
    t0 = time.perf_counter()
    casualties(text)
    assert time.perf_counter() - t0 < 10  # quadratic on 100 KB takes minutes


@pytest.mark.parametrize(("sentence", "expected"), [
    # Two verbs of one kind are one act, not "killed and injured".
    ("A mob stoned and burned to death 13 suspected robbers in Kasese.", (13, None)),
    ("Gunmen shot and hacked to death four farmers near Jos.", (4, None)),
    # "martyred", in South Asian reporting.
    ("Six soldiers martyred as terrorists attack check post in North Waziristan", (6, None)),
    ("Two policemen were martyred in a blast in Quetta.", (2, None)),
    # "a family of N".
    ("An airstrike on a house in Deir al-Balah killed a family of seven.", (7, None)),
    # "them dead": the group named before.
    ("Gunmen pulled 11 passengers off a bus and shot them dead near Zhob.", (11, None)),
    ("They shot them dead.", (None, None)),
    # Still: killed and injured together are no figure for either.
    ("15 killed and injured in Kharkiv shelling", (None, None)),
    ("Rebels killed three soldiers and wounded two civilians.", (3, 2)),
])
def test_casualty_classes(sentence: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(sentence) == expected


def test_them_dead_is_linear() -> None:
    """100 KB of "shot them dead" after figures reads in one pass."""
    text = "gunmen took 5 men and shot them dead " * 2800
    t0 = time.perf_counter()
    casualties(text[:100_000])
    assert time.perf_counter() - t0 < 10


@pytest.mark.parametrize(("sentence", "expected"), [
    # An age alone names one person ("a 17-year-old"), with or without a noun after it.
    ("Troops shot dead a 17-year-old during a raid on the town of Tubas on Monday.", (1, None)),
    ("Police shot dead a 23-year-old from Kisumu as protesters blocked the road.", (1, None)),
    ("Shelling killed a 58-year-old woman and wounded her son in Kherson.", (1, 1)),
    # People named by their work: a vaccinator, a director, labourers.
    ("Two gunmen shot dead a polio vaccinator in Lakki Marwat on Tuesday.", (1, None)),
    ("Gunmen killed the director of a hospital in Culiacan.", (1, None)),
    # "X to death" after the dead ("were hacked to death by ...").
    ("Nine villagers were hacked to death by ADF fighters near Eringeti.", (9, None)),
    ("Three men were beaten to death by a mob in Sylhet.", (3, None)),
    # The age that counts nobody: a figure of years in a list of the dead is still not a person.
    ("The 30-year-old conflict killed thousands.", (None, None)),
])
def test_people_by_age_work_and_manner(sentence: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(sentence) == expected


def test_ages_are_linear() -> None:
    """100 KB of ages after a kill verb and an article reads in one pass."""
    text = ("shot dead a " + "12-year-old " * 9000)[:100_000]
    t0 = time.perf_counter()
    casualties(text)
    assert time.perf_counter() - t0 < 10


@pytest.mark.parametrize(("sentence", "expected"), [
    # "also" ends the noun phrase of the dead: "five gunmen also died" is read.
    ("Rebels stormed a police post in Kajuru, killing four officers, while five gunmen also died.",
     (9, None)),
    ("Three soldiers also died.", (3, None)),
    # A figure run into letters is a name, not a count: "3R rebels", "4x4 vehicles".
    ("3R rebels attack Koui, two soldiers killed", (2, None)),
    ("Gunmen in 4x4 trucks killed six herders near Kidal.", (6, None)),
])
def test_also_and_names_with_figures(sentence: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(sentence) == expected


@pytest.mark.parametrize(("sentence", "side"), [
    ("The army said its troops had neutralised 30 extremists.", "fighters"),
    ("Three guerrillas were killed in the clash.", "fighters"),
])
def test_extremists_and_guerrillas_are_fighters(sentence: str, side: str) -> None:
    from mapper.events.casualties import dead_side
    assert dead_side(sentence) == side


def test_figures_run_into_letters_are_linear() -> None:
    t0 = time.perf_counter()
    casualties(("killed 3R " * 10_000)[:100_000])
    casualties("killed 1" + "x" * 100_000)
    assert time.perf_counter() - t0 < 10


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A rocket hit the edge of Kandahar airport without causing any casualties, officials said.", (0, 0)),
    ("No civilian casualties were reported in Pibor.", (0, None)),
])
def test_more_ways_to_say_nobody_died(sentence: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(sentence) == expected


def test_nobody_died_phrases_are_linear() -> None:
    t0 = time.perf_counter()
    casualties(("without causing any " * 5_000)[:100_000])
    casualties(("no civilian " * 9_000)[:100_000])
    assert time.perf_counter() - t0 < 10


@pytest.mark.parametrize(("sentence", "expected"), [
    # A person word inside a name is no person: "the National News Agency reports".
    ("A drone strike on a car near Tyre killed one person, the state-run National News Agency reports.",
     (1, None)),
    # Title Case still reads the person before a link word.
    ("Gunmen Kill A Soldier In Borno", (1, None)),
])
def test_a_person_word_in_a_name_counts_nobody(sentence: str,
                                               expected: tuple[int | None, int | None]) -> None:
    assert casualties(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # An opening "since ..." is a period's running total ...
    ("Since March, bandits have killed 120 villagers in the district.", (None, None)),
    # ... unless the report has a day of its own after it.
    ("Clashes have displaced 50,000 people since June, and a drone strike on Friday killed nine villagers in "
     "Mrauk-U.", (9, None)),
    ("Fighters attacked Diapaga, a town under blockade since 2023, on Monday, killing 11 soldiers.",
     (11, None)),
])
def test_a_since_before_a_dated_report(sentence: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A period after a rank of the act ranks it: the act's own toll.
    ("A roadside bomb hit a police truck near Garissa, killing four officers in the third such attack in the "
     "county this month.", (4, None)),
    ("Gunmen killed nine villagers in the deadliest attack on the area this year.", (9, None)),
    # A period straight after the report is still a running total.
    ("Bandits have killed 40 people in the county this month.", (None, None)),
])
def test_a_period_that_ranks_the_act(sentence: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A monitor's nominal report: "documented the death/killing of".
    ("The monitor documented the death of two children when a shell hit Ariha.", (2, None)),
    ("SOHR has documented the killing of four civilians by gunmen near Jableh.", (4, None)),
    # Not any "killing of": a past killing named in passing.
    ("in retaliation for the killing of commander Ali Hassan", (None, None)),
])
def test_a_documented_death(sentence: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # Where the dead were from, between them and their verb.
    ("Three labourers from Bihar were shot dead in Kulgam on Monday.", (3, None)),
    ("Two traders from Kano State were killed near Zurmi.", (2, None)),
    # A headline's person named by where he is from.
    ("Kishtwar: Doda native shot dead near Chatroo", (1, None)),
])
def test_the_dead_by_where_they_are_from(sentence: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(sentence) == expected


def test_from_place_lists_are_linear() -> None:
    t0 = time.perf_counter()
    casualties(("Two men from Bihar " * 6000)[:100_000] + " were killed")
    assert time.perf_counter() - t0 < 10


# No one hurt is no one killed: "No injuries were reported" gives 0 dead as well as 0 hurt; a figure of
# the same sentence still wins.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("No injuries were reported.", (0, 0)),
    ("There were no injuries, the regional governor said.", (0, 0)),
    ("Debris fell on a warehouse in Belgorod, causing a fire but no injuries.", (0, 0)),
    ("A drone killed two people in Kherson; no injuries were reported among rescuers.", (2, 0)),
])
def test_no_injuries_is_no_deaths(sentence: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(sentence) == expected


def test_no_injuries_in_a_later_sentence_gives_the_event_zero(pipeline) -> None:  # noqa: ANN001
    doc = pipeline.parse("A Houthi drone struck a hotel in Eilat on Monday, the Israeli military said. "
                         "No injuries were reported.", published="2026-03-10")
    assert [(e.sub_event_type, e.location.name, e.fatalities) for e in doc.events] == [
        ("Air/drone strike", "Eilat", 0)]


def test_no_injuries_phrase_is_linear() -> None:
    t0 = time.perf_counter()
    casualties(("no injuries " * 9_000)[:100_000])
    casualties(("no " * 34_000)[:100_000])
    assert time.perf_counter() - t0 < 10


# Ranges are their lower bound; ages are no people (session 21).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("A strike on a tent camp west of Rafah killed between 12 and 15 people, medics said.", (12, None)),
    ("Fighting in the town killed between twenty and thirty fighters on both sides.", (20, None)),
    ("The gunmen killed 8 to 11 villagers before fleeing into the bush.", (8, None)),
    ("Flooding aside, the raid killed two or three herders, elders said.", (2, None)),
    ("The militia killed at least 40 and as many as 55 people in the market.", (40, None)),
    ("Most of the dead were pupils aged between nine and 14, and a teacher was also killed.", (1, None)),
    ("The toll of the raid rose from 9 to 12 on Friday.", (None, None)),  # an update, no range
])
def test_ranges_dates_and_ages(sentence: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(sentence) == expected


# A group after a comma that retells the people just counted adds no one (session 21).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Drones hit the shelter, killing 17 people, 15 of them children, the volunteers said.", (17, None)),
    ("The blast killed nine civilians, six of whom were women, and wounded 20.", (9, 20)),
    ("Artillery fire killed a civilian, a 71-year-old woman, in the village on Monday.", (1, None)),
    ("The drone killed two people, a shepherd and his son, near the road.", (2, None)),
    ("A mortar killed three people, two women and a boy, at the water point.", (3, None)),
    # a list of others is still summed
    ("The ambush killed a soldier, a policeman and a driver.", (3, None)),
    ("Rebels killed four soldiers, two policemen and a teacher.", (7, None)),
    ("The strike killed a farmer and two of his sons.", (3, None)),
])
def test_subsets_and_appositions_count_once(sentence: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(sentence) == expected


@pytest.mark.parametrize("unit", ["killed between 3 and ", "killing 5 to 6 or 7 to ", "aged between 9 and ",
                                  "killing 22 people, 20 of them, ", "a civilian, a 64-year-old man, ",
                                  "at least 10 and as many as "])
def test_ranges_and_appositions_are_linear(unit: str) -> None:
    t0 = time.perf_counter()
    casualties((unit * (100_000 // len(unit)))[:100_000] + " people were killed")
    assert time.perf_counter() - t0 < 10


@pytest.mark.parametrize(("sentence", "expected"), [
    ("More than 300 people have been killed since Sunday, the monitor said.", True),
    ("It put the overall toll since Sunday at more than 350.", True),
    ("Fighting has continued since Sunday, residents said.", False),  # no deaths told
    ("More than 3,000 people have been killed since January.", False),  # a running total, no recent day
    ("Shelling killed six people on Monday.", False),
])
def test_since_a_recent_day(sentence: str, expected: bool) -> None:
    assert since_recent_day(sentence) is expected


def test_since_a_recent_day_is_linear() -> None:
    t0 = time.perf_counter()
    since_recent_day(("killed since Sunday " * 5_000)[:100_000])
    assert time.perf_counter() - t0 < 10


@pytest.mark.parametrize(("sentence", "expected"), [
    # a total spread over an area, then the share of one place told through a noun phrase: the share
    ("Airstrikes killed at least 18 people across Idlib province on Sunday, among them seven members of a "
     "family whose home in Sarmada was flattened.", (7, None)),
    ("Russian strikes killed 11 civilians across the Donetsk region on Friday, including four who were "
     "waiting at a bus stop in Kostiantynivka.", (4, None)),
    ("Gunmen killed 14 people across the state, among them six in Bakura.", (6, None)),
    # subject first, as the verb-first report reads it
    ("The army said 31 soldiers were killed across the province, including 12 in Tillaberi.", (12, None)),
    # near misses: no place for the share, a period's tally, the place in another clause
    ("Drones killed 40 people across the region on Monday, including 12 children, the ministry said.",
     (None, None)),
    ("The militia has killed 300 people since March, among them 40 members of families sheltering in "
     "Zamzam.", (None, None)),
    ("Strikes killed 25 people across the north, among them nine members of one family, in Jabalia.",
     (None, None)),
    ("More than 50 people were killed across the country since January, including 20 in Kano.", (None, None)),
])
def test_a_share_of_a_spread_total(sentence: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(sentence) == expected


@pytest.mark.parametrize(("unit", "share"), [("members of one family whose ", None), ("in ", 4),
                                              ("including 3 who ", None), ("among them ", None)])
def test_a_share_of_a_spread_total_is_linear(unit: str, share: int | None) -> None:
    body = unit * (100_000 // len(unit))
    t0 = time.perf_counter()
    # no place is ever named for the share ("4 in in in ..." is the plain "four in" share): no figure
    verb_first = "killed 30 people across the region, among them 4 "
    subject_first = "9 people were killed across the region, including 4 "
    assert casualties((verb_first + body)[:100_000]) == (share, None)
    assert casualties((subject_first + body)[:100_000]) == (share, None)
    assert time.perf_counter() - t0 < 10


@pytest.mark.parametrize(("sentence", "expected"), [
    # the act's attackers killed after it are added to the victims
    ("Two attackers stabbed shoppers at a mall in Haifa, killing three people before both were shot dead by "
     "police.", (5, None)),
    ("Three gunmen opened fire on worshippers at a mosque in Herat, killing eight people and wounding 11 "
     "before they were killed by guards.", (11, 11)),
    ("Two gunmen attacked a checkpoint near Jenin, killing a soldier and wounding two before one of them "
     "was shot dead.", (2, 2)),
    # near misses: no count for "they", a "before" that is a time, an escape
    ("Gunmen stormed a hotel in Mogadishu, killing four guests before they were shot dead.", (4, None)),
    ("Two gunmen killed a policeman in Quetta before they fled.", (1, None)),
    ("Shelling killed three people before noon in Kherson.", (3, None)),
])
def test_attackers_killed_after_the_act(sentence: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(sentence) == expected


@pytest.mark.parametrize(("unit", "killed"), [("before they were killed ", 5), ("before both ", 3),
                                               ("Two gunmen ", 3), ("before ", 3)])
def test_attackers_after_the_act_is_linear(unit: str, killed: int) -> None:
    body = unit * (100_000 // len(unit))
    t0 = time.perf_counter()
    # the victims, and the two attackers only when "they were killed" follows the toll
    assert casualties(("Two gunmen opened fire, killing three people " + body)[:100_000])[0] == killed
    assert time.perf_counter() - t0 < 10


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Army drones struck a column of fighters near Djibo, killing \"several dozen terrorists\".", (12, None)),
    ("Troops killed a few dozen attackers near Menaka.", (12, None)),
    ("Jets killed several dozens of fighters near Tessalit.", (12, None)),
    ("Gunmen killed several villagers near Kaya.", (3, None)),  # "several" alone is still 3
])
def test_several_dozen_is_dozens(sentence: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(sentence) == expected
