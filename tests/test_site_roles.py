"""The event-site role decision in both directions (issue 14, points 1, 2 and 6).

Every sentence here is our own. A parent place that only frames a site (a facility's town, a
province named like its capital, a name set off by commas, "in northern X") is context, not a second
event; people who came from a place, police who spoke in a place and an act inside a "since" phrase
place nothing; refused allegations and interceptions are no strike. Sites in lists, districts and
air defence over a region still make their events.
"""

from __future__ import annotations

import pytest

from mapper.events import roles
from mapper.events.triggers import clauses, find_triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, hundred_kb, parsing


def _roles(pipeline: Pipeline, text: str) -> dict[str, str]:
    doc = pipeline.parse(text, published="2025-06-17")
    return {m.text: r.name for m, r in zip(doc.mentions, doc.roles, strict=True)}


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str, str]]:
    doc = pipeline.parse(text, published="2025-06-17")
    return [(e.location.name, e.location.country_code, e.sub_event_type) for e in doc.events]


# -- a parent that frames a site is context --------------------------------------------------------

@pytest.mark.parametrize(("text", "site", "parent"), [
    # a facility's town
    ("Drones struck the Azovstal steelworks in Mariupol on Friday.", "Azovstal steelworks", "Mariupol"),
    # a name set off by commas, with no list going on
    ("A car bomb exploded at a checkpoint in Lamitan City, Basilan, on Tuesday, killing 6 people.",
     "Lamitan City", "Basilan"),
    # a compass part of a larger place
    ("Air strikes hit two clinics in Darat Izza, in western rural Aleppo, on Monday.",
     "Darat Izza", "Aleppo"),
    ("Hundreds of people marched through Beit Lahia in northern Gaza on Sunday.", "Beit Lahia", "Gaza"),
])
def test_a_parent_that_frames_a_site_is_context(pipeline: Pipeline, text: str, site: str,
                                                parent: str) -> None:
    roles = _roles(pipeline, text)
    assert roles[site] == "event_site"
    assert roles[parent] == "context"
    assert len(_events(pipeline, text)) == 1


def test_a_province_named_like_its_capital_frames_the_town(pipeline: Pipeline) -> None:
    text = "Gunmen killed nine farmers in Gwoza, Borno state, on Monday."
    assert _roles(pipeline, text) == {"Gwoza": "event_site", "Borno": "context"}
    assert _events(pipeline, text) == [("Gwoza", "NG", "Attack")]


def test_a_town_before_district_after_an_unknown_place_holds_the_event(pipeline: Pipeline) -> None:
    # "Qaziabad" is not in the gazetteer: the district after it says where it is, and the event is coded
    # there (ACLED's convention for a place it cannot locate).
    text = ("Militants stormed a police post in Qaziabad, Dera Ismail Khan district, on Tuesday, "
            "killing 5 officers.")
    assert _roles(pipeline, text) == {"Dera Ismail Khan": "event_site"}
    assert _events(pipeline, text) == [("Dera Ismail Khan", "PK", "Armed clash")]


@pytest.mark.parametrize("text", [
    "Russian strikes hit Kharkiv, Odesa, Dnipro and Lviv overnight.",  # a list, not a frame
    "Shelling hit Nikopol, Marhanets, on Tuesday.",  # a smaller town after a comma is a sibling
])
def test_lists_of_sites_keep_every_site(pipeline: Pipeline, text: str) -> None:
    roles = _roles(pipeline, text)
    sites = [name for name, role in roles.items() if role == "event_site"]
    assert sites == [n for n in ("Kharkiv", "Odesa", "Dnipro", "Lviv", "Nikopol", "Marhanets") if n in text]
    assert len(_events(pipeline, text)) == len(sites)


# -- places that are no site ------------------------------------------------------------------------

def test_troops_arriving_from_a_place_place_nothing_there(pipeline: Pipeline) -> None:
    text = ("Fano militiamen briefly seized the town of Debre Tabor on Tuesday before withdrawing after "
            "federal troops arrived from Bahir Dar, residents said.")
    assert _roles(pipeline, text) == {"Debre Tabor": "event_site", "Bahir Dar": "context"}
    assert [e[0] for e in _events(pipeline, text)] == ["Debre Tabor"]


def test_police_who_spoke_in_a_city_are_its_origin(pipeline: Pipeline) -> None:
    text = "Gunmen abducted 14 passengers on the highway near Kaduna late on Sunday, police in Abuja said."
    assert _roles(pipeline, text) == {"Kaduna": "event_site", "Abuja": "origin"}
    assert _events(pipeline, text) == [("Kaduna", "NG", "Abduction/forced disappearance")]
    # "attacked police in X" is still the site
    assert _roles(pipeline, "Gunmen attacked police in Kano on Monday.") == {"Kano": "event_site"}


def test_an_act_inside_a_since_phrase_is_the_earlier_event(pipeline: Pipeline) -> None:
    text = "Fighting around El Obeid has intensified since the paramilitary group captured Bara in June."
    assert _roles(pipeline, text)["Bara"] == "context"
    assert "Bara" not in [e[0] for e in _events(pipeline, text)]
    # the span itself still runs: "clashes since the start of the truce continue in Taiz"
    assert _events(pipeline, "Clashes since the start of the truce continue in Taiz") == \
        [("Taiz", "YE", "Armed clash")]


def test_an_attack_recalled_as_precedent_is_no_event(pipeline: Pipeline) -> None:
    text = "The raid recalled the assault on Palma, in which dozens of people died."
    assert _roles(pipeline, text) == {"Palma": "context"}
    assert _events(pipeline, text) == []


def test_an_act_dated_only_by_an_earlier_month_is_background(pipeline: Pipeline) -> None:
    text = "Police said the arrests followed a deadly bombing in Tel Aviv last month."
    assert _roles(pipeline, text) == {"Tel Aviv": "context"}
    # "since mid-May" starts a state that goes on: the clash is news
    doc = pipeline.parse("Troops killed 10 militants in clashes in Cizre, where a curfew has been in force "
                         "since mid-May, the army said on Monday.", published="2025-06-10")
    assert [(e.location.name, e.sub_event_type) for e in doc.events] == [("Cizre", "Armed clash")]


# -- point 6: refused allegations are no event -----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The junta rejects claims its soldiers killed civilians in the village.",
    "The army dismissed reports that it had shelled the market.",
    "The ministry refuted allegations that troops tortured detainees.",
])
def test_refused_allegations_report_nothing(sentence: str) -> None:
    assert [c for c in clauses(sentence) if c.family != "political"] == []


def test_a_refusal_does_not_hide_an_act_told_after_it(pipeline: Pipeline) -> None:
    text = "The army rejected the accusations after it shelled Kadugli on Monday."
    assert _events(pipeline, text) == [("Kadugli", "SD", "Shelling/artillery/missile attack")]


# -- air defence over a region, an army pulling out -------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Air defences down 12 drones over the region overnight",
    "Russian air defences destroyed six Ukrainian drones over the region, the ministry said.",
])
def test_drones_downed_by_air_defences_struck_nothing(sentence: str) -> None:
    subs = [c.sub_event_type for c in clauses(sentence) if c.family != "political"]
    assert subs == ["Disrupted weapons use"]


def test_debris_that_hit_a_house_is_still_a_strike() -> None:
    subs = {c.sub_event_type for c in clauses(
        "Air defences destroyed 20 drones over the city but debris damaged a house.")}
    assert subs == {"Disrupted weapons use", "Air/drone strike"}


def test_rebels_entering_a_town_as_the_army_pulls_out(pipeline: Pipeline) -> None:
    assert _events(pipeline, "M23 rebels enter Bukavu as army pulls out") == \
        [("Bukavu", "CD", "Non-violent transfer of territory")]


# -- linear on hostile input -------------------------------------------------------------------------

def test_the_new_patterns_are_linear(pipeline: Pipeline) -> None:
    # Frames after commas, "since" phrases and air-defence interceptions, repeated without end.
    def text(n: int) -> str:
        return " ".join("since the group captured Kidal, Gao, in northern Mali, air defences destroyed "
                        "drones over Mopti, Kaduna state, police in Abuja said" for _ in range(n)) + "."
    assert growth(parsing(pipeline, text), 60) < GROWTH


def test_triggers_on_a_100_kb_sentence_finish() -> None:
    hostile = ("air defences " * 4000 + "since the " * 4000 + "rejects claims " * 3000)[:100_000]
    assert isinstance(find_triggers(hostile), list)


def test_a_road_named_after_two_towns_is_neither(pipeline: Pipeline) -> None:
    text = "Insurgents ambushed a police convoy on the Kabul-Jalalabad highway on Monday, killing 4 officers."
    assert _roles(pipeline, text)["Kabul"] == "context"
    assert "Kabul" not in [e[0] for e in _events(pipeline, text)]


def test_troops_from_a_base_in_a_town_place_nothing_there(pipeline: Pipeline) -> None:
    text = "Soldiers from the army's base in Monguno later chased the attackers into the forest."
    assert _roles(pipeline, text) == {"Monguno": "context"}
    assert _events(pipeline, text) == []


def test_an_apposition_places_the_site_whatever_the_gazetteer_says(pipeline: Pipeline) -> None:
    text = "Gunmen killed 5 in Bara, a town in North Kordofan, on Sunday."
    assert _roles(pipeline, text) == {"Bara": "event_site", "North Kordofan": "context"}
    assert [e[:2] for e in _events(pipeline, text)] == [("Bārah", "SD")]
    # the same when the gazetteer does not know that the province holds the village
    roles = _roles(pipeline, "The massacre of Solhan, a village in Yagha province, left 132 people dead.")
    assert roles["Yagha"] == "context"


# -- a district holds a site only beside it or near it ------------------------------------------------

def test_a_district_named_after_its_town_is_no_second_event(pipeline: Pipeline) -> None:
    # The district resolves to a town row of its own name: the district word after it says what it is.
    text = "Gunmen attacked a checkpoint at Moreh in Manipur's Tengnoupal district on Tuesday, killing one."
    assert _roles(pipeline, text)["Tengnoupal"] == "context"
    assert [e[0] for e in _events(pipeline, text)] == ["Moreh"]


def test_a_district_with_an_act_of_its_own_after_a_town_is_a_site(pipeline: Pipeline) -> None:
    # Same province, but the sentence tells a second act there: no parent of the first town.
    text = ("On 14 June, gunmen killed four people at a market in Culiacán, and on 15 June soldiers "
            "clashed with cartel gunmen in Elota municipality, leaving three dead.")
    assert _roles(pipeline, text)["Elota"] == "event_site"
    assert {e[0] for e in _events(pipeline, text)} == {"Culiacán", "Elota"}


def test_a_city_s_own_district_stays_the_site(pipeline: Pipeline) -> None:
    for text in ("Militias fought overnight in the Abu Salim district of Tripoli, residents said.",
                 "Militias fought overnight in Tripoli's Abu Salim district, residents said."):
        assert _roles(pipeline, text)["Abu Salim"] == "event_site", text


def test_the_district_checks_are_linear(pipeline: Pipeline) -> None:
    def text(n: int) -> str:
        return " ".join("gunmen attacked Moreh in Manipur's Tengnoupal district, and clashes in Elota "
                        "municipality and Culiacán's Tierra Blanca district" for _ in range(n)) + "."
    assert growth(parsing(pipeline, text), 60) < GROWTH


# -- people named by where they come from, whatever their trade ---------------------------------------

@pytest.mark.parametrize(("text", "home", "site"), [
    ("Separatists shot dead seven labourers from Punjab near Kalat on Friday.", "Punjab", "Kalat"),
    ("Gunmen killed four fishermen from Lamu at a landing site in Kiunga on Monday.", "Lamu", "Kiunga"),
    ("Settlers from Yitzhar torched cars in Huwara overnight.", "Yitzhar", "Huwara"),
    # a person by age: "a 16-year-old from Tubas", "two 17-year-olds from Kisumu"
    ("Soldiers shot dead a 16-year-old from Tubas during a raid in Tammun on Thursday.", "Tubas", "Tammun"),
    ("Police killed two 17-year-olds from Kisumu at a roadblock in Ahero on Monday.", "Kisumu", "Ahero"),
])
def test_people_from_a_place_place_nothing_there(pipeline: Pipeline, text: str, home: str, site: str) -> None:
    roles = _roles(pipeline, text)
    assert roles[home] == "context" and roles[site] == "event_site"
    assert home not in {e[0] for e in _events(pipeline, text)}


def test_people_taken_from_a_place_still_place_the_abduction(pipeline: Pipeline) -> None:
    text = "Bandits abducted 14 farmworkers from Kuriga on Sunday."
    assert _roles(pipeline, text)["Kuriga"] == "event_site"


def test_people_from_is_linear(pipeline: Pipeline) -> None:
    def text(n: int) -> str:
        unit = "gunmen killed labourers from Punjab and fishermen from Lamu in Kiunga"
        return " ".join(unit for _ in range(n)) + "."
    assert growth(parsing(pipeline, text), 60) < GROWTH


def test_ages_from_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    unit = "a 16-year-old 17-year-olds from "
    roles._ANY_PEOPLE_FROM.search(hundred_kb(unit))

    def text(n: int) -> str:
        return " ".join("police killed a 16-year-old from Tubas in Tammun" for _ in range(n)) + "."
    assert growth(parsing(pipeline, text), 60) < GROWTH


# -- a group that strikes abroad ---------------------------------------------------------------------

def test_a_town_a_foreign_group_struck_keeps_its_place(pipeline: Pipeline) -> None:
    # Only the group (Yemen's) says where the story is; the town it struck, named by its own name and of
    # some size, lies in another country: it is that town, not a place in the group's country.
    assert [e[:2] for e in _events(pipeline, "Houthi drone hits Eilat hotel, two hurt")] == [("Eilat", "IL")]
    # (a small namesake abroad still yields to the group's country: Kiunga is Kenya's, not Papua New Guinea's)
    assert [e[:2] for e in _events(pipeline, "KDF convoy hits IED near Kiunga")] == [("Kiunga", "KE")]


# -- a place that holds the site, after a noun or by its province's stem (phantom41) ---------------------

@pytest.mark.parametrize("text", [
    # a noun saying what the site is, then "in" the place that holds it
    "Drones struck the Mariupol market in Donetsk on Sunday.",
    # a province written by its stem ("Kharkiv" for "Kharkivska oblast"), after "in"
    "Shelling hit Kupiansk in Kharkiv on Sunday, killing a woman.",
])
def test_a_place_holding_the_site_is_no_second_event(pipeline: Pipeline, text: str) -> None:
    assert len(_events(pipeline, text)) == 1
    holder = "Donetsk" if "Donetsk" in text else "Kharkiv"
    assert _roles(pipeline, text)[holder] == "context"


def test_places_of_a_list_after_nouns_stay_sites(pipeline: Pipeline) -> None:
    # the near miss: "a market in X and a school in Y" names two sites, not a site and its holder
    text = "Drones hit a market in Nikopol and a school in Dnipro on Sunday."
    assert [e[0] for e in _events(pipeline, text)] == ["Nikopol", "Dnipro"]


def test_a_town_read_as_its_district_is_framed_by_the_territory_after_it(pipeline: Pipeline) -> None:
    # (the gazetteer has Oicha as a district of its own)
    text = "Militiamen attacked a camp near Oicha, Beni territory, on Monday."
    assert _roles(pipeline, text) == {"Oicha": "event_site", "Beni": "context"}
    assert len(_events(pipeline, text)) == 1
    # two districts of a list are both sites
    text = "Fighting raged in North Waziristan, in Bajaur district and near Torkham on Sunday."
    roles = _roles(pipeline, text)
    assert roles["North Waziristan"] == "event_site" and roles["Bajaur"] == "event_site"


# -- talks named as a time mark for another act (phantom41) ----------------------------------------------

@pytest.mark.parametrize(("text", "site", "talks"), [
    ("Jihadists killed 12 soldiers near Djibo on Monday, hours before a meeting of army chiefs in Niamey was "
     "due to begin.", "Djibo", "Niamey"),
    ("Gunmen kill 7 in Bokkos as Jos peace meeting opens", "Bokkos", "Jos"),
])
def test_talks_named_as_a_time_mark_are_no_meeting(pipeline: Pipeline, text: str, site: str,
                                                   talks: str) -> None:
    roles = _roles(pipeline, text)
    assert roles[site] == "event_site" and roles[talks] == "context"
    assert all(e[2] != "Meeting/talks" for e in _events(pipeline, text))


@pytest.mark.parametrize(("text", "venue"), [
    # the near misses: the talks are the report, the fighting the time mark
    ("Army and RSF delegations met in Jeddah on Tuesday, a day after fighting in Omdurman killed 20.",
     "Jeddah"),
    # talks held "in X" at the same moment or days before the act are reports of their own (as the corpus
    # codes them); only talks still to come, or named by their place, are a time mark
    ("Gunmen killed nine farmers in Riyom on Friday, a day after the governor held a peace meeting in Jos.",
     "Jos"),
    ("Shelling kills 12 in Kadugli as envoys meet in Jeddah", "Jeddah"),
])
def test_talks_held_in_a_place_are_still_a_meeting(pipeline: Pipeline, text: str, venue: str) -> None:
    assert (venue, "Meeting/talks") in [(e[0], e[2]) for e in _events(pipeline, text)]


def test_the_holder_and_talks_checks_are_linear(pipeline: Pipeline) -> None:
    hostile = (" market in" * 5000 + ", hours before a meeting in " * 2000)[:100_000]
    assert roles._SITE_NOUN_IN_GAP.fullmatch(hostile) is None
    assert roles._SITE_NOUN_IN_GAP.match(hostile).end() == len(" market in ")
    assert not roles._names_province("Kharkiv" * 10_000, "Kharkivska oblast")
    assert roles._last_match(roles._SUBORDINATE, hostile, 0, len(hostile)) is not None

    def text(n: int) -> str:
        return " ".join("drones struck the Mariupol market in Donetsk and shelling hit Kupiansk in Kharkiv, "
                        "hours before a summit in Niamey" for _ in range(n)) + "."
    assert growth(parsing(pipeline, text), 60) < GROWTH


# -- a toll over this week or this month (phantom41) -----------------------------------------------------

def _acts(sentence: str) -> list[str]:
    return [c.sub_event_type for c in clauses(sentence) if c.sub_event_type != "Statement"]


@pytest.mark.parametrize("sentence", [
    "bandits killed 40 villagers in the district this week",
    "airstrikes killed 60 civilians in the province this month",
])
def test_a_toll_of_this_week_or_month_is_no_act(sentence: str) -> None:
    assert _acts(sentence) == []


@pytest.mark.parametrize(("sentence", "acts"), [
    # the near misses: a day of the week ("earlier this week"), a day the act names before the run
    ("gunmen killed two soldiers in the town earlier this week", ["Armed clash"]),
    ("fighters clashed with troops in the town on Monday, the second such battle there this month",
     ["Armed clash"]),
    # no count: a campaign of the month, whose actor the next sentences' acts may take
    ("the drone campaign against oil facilities intensified this month", ["Air/drone strike"]),
    # a run the text then dates an act of
    ("police said 30 people were killed in the city this month, including two traders shot dead on Friday",
     ["Attack"]),
    # (a dateline's day is no count)
    ("KYIV, Aug 20 (Reuters) - the drone campaign against oil facilities intensified this month.",
     ["Air/drone strike"]),
])
def test_an_act_of_a_day_beside_this_week_or_month_is_kept(sentence: str, acts: list[str]) -> None:
    assert _acts(sentence) == acts


def test_the_week_and_month_runs_are_linear(pipeline: Pipeline) -> None:
    hostile = ("killed this month this week " * 4000)[:100_000]
    assert len(_acts(hostile)) <= 1  # (the repeated killings read as one clause at most)

    def text(n: int) -> str:
        return " ".join("bandits killed 40 villagers in Zamfara this week" for _ in range(n)) + "."
    assert growth(parsing(pipeline, text), 60) < GROWTH
