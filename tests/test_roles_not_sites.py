"""Roles of places that are not where the event happened, and the sites beside them (issue 14, point 6).

Every sentence here is our own, in the styles of wire copy. Where people fled, were taken or headed,
where troops advanced toward, where a convoy set out from, where a speech was given, a reference town
after a district, the city around a named area, and the venue of a series of talks are not event
sites; the place of the act beside them still is.
"""

from __future__ import annotations

import pytest

from mapper.events import roles
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing


def _roles(pipeline: Pipeline, text: str) -> dict[str, str]:
    doc = pipeline.parse(text, published="2025-06-17")
    return {m.text: r.name for m, r in zip(doc.mentions, doc.roles, strict=True)}


def _sites(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.parse(text, published="2025-06-17")
    return [(e.location.name, e.location.country_code) for e in doc.events]


# -- where people went, fled or were taken ------------------------------------------------------------

@pytest.mark.parametrize(("text", "site", "other", "coded"), [
    ("Fighting in Kadugli has forced thousands of families to flee to Dilling, the U.N. said on Tuesday.",
     "Kadugli", "Dilling", "Kadugli"),
    ("An aid convoy heading to El Fasher was attacked by gunmen near Mellit on Friday, killing two drivers.",
     "Mellit", "El Fasher", "Mellit"),
    ("Soldiers returning from Timbuktu were ambushed near Bourem on Thursday, and eight were killed.",
     "Bourem", "Timbuktu", "Bourem"),
    ("The wounded were taken to hospitals in Kharkiv after shelling hit Kupiansk on Monday.",
     "Kupiansk", "Kharkiv", "Kupyansk"),
    ("Russian shelling of Kherson killed two people, and the wounded were evacuated to Mykolaiv.",
     "Kherson", "Mykolaiv", "Kherson"),
    ("Ukrainian troops repelled an assault near Toretsk on Tuesday as Russian units advanced toward "
     "Kostiantynivka.", "Toretsk", "Kostiantynivka", "Toretsk"),
])
def test_where_people_moved_is_context(pipeline: Pipeline, text: str, site: str, other: str,
                                       coded: str) -> None:
    roles_ = _roles(pipeline, text)
    assert roles_[site] == "event_site"
    assert roles_[other] == "context"
    assert [name for name, _ in _sites(pipeline, text)] == [coded]


@pytest.mark.parametrize(("text", "site"), [
    # a hospital that was hit is the site; a deployment happens where the troops go
    ("A drone strike hit a hospital in El Fasher on Friday, killing 12 patients.", "El Fasher"),
    ("Uganda deployed special forces to Juba on Monday.", "Juba"),
    # "advanced on" and "pushed into" report fighting at the place
    ("Rebels pushed into Kalehe on Sunday after clashes with the army.", "Kalehe"),
])
def test_an_act_at_the_place_stays_a_site(pipeline: Pipeline, text: str, site: str) -> None:
    assert _roles(pipeline, text)[site] == "event_site"


# -- the aftermath somewhere else ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "elsewhere", "site"), [
    ("Funerals were held in Gaza City on Wednesday for 12 people killed in an Israeli strike on Khan Younis.",
     "Gaza City", "Khan Younis"),
    ("Mourners gathered in Kharkiv for the victims of Sunday's strike on Izium.", "Kharkiv", "Izium"),
    # (the event filter retrained at session 44 dropped this attack; the one retrained at session 48 keeps it)
    ("Survivors of the attack on Solenzo were treated in Dedougou, officials said.", "Dedougou", "Solenzo"),
    ("Thousands of displaced people arrived in Goma after M23 seized Sake on Thursday.", "Goma", "Sake"),
    ("The army said the attackers had crossed from Niger before raiding an army post near Djibo.", "Niger",
     "Djibo"),
])
def test_the_aftermath_elsewhere_is_context(pipeline: Pipeline, unfiltered: Pipeline, text: str,
                                           elsewhere: str, site: str) -> None:
    roles_ = _roles(pipeline, text)
    assert (roles_[elsewhere], roles_[site]) == ("context", "event_site")
    # (the rules' events: the event filter retrained at session 49's second round drops Solenzo's)
    assert len(_sites(unfiltered, text)) == 1


def test_an_attack_on_a_funeral_is_at_the_funeral(pipeline: Pipeline) -> None:
    text = "A suicide bomber struck a funeral in Mogadishu on Friday, killing 9."
    assert _roles(pipeline, text) == {"Mogadishu": "event_site"}


# -- where a speech was given ---------------------------------------------------------------------------

def test_a_speech_at_a_rally_places_the_speech_not_the_ambush(pipeline: Pipeline) -> None:
    text = ("Addressing a rally in Gondar, the regional president blamed Fano militia for an ambush near "
            "Debre Tabor on Monday that killed nine police officers.")
    assert _roles(pipeline, text) == {"Gondar": "origin", "Debre Tabor": "event_site"}
    doc = pipeline.parse(text, published="2025-06-17")
    violent = [(e.location.name, e.fatalities) for e in doc.events if e.event_type != "Political"]
    assert violent == [("Debre Tabor", 9)]


# -- reference points --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "site", "reference"), [
    # a district named like its town, then the town it lies north-east of
    ("Militants attacked a checkpoint in Muqdadiya, north-east of Baqubah, killing three soldiers.",
     "Muqdadiya", "Baqubah"),
    # a hyphenated compass point after a distance
    ("Gunmen killed five gold miners near Kamituga, about 100 km south-west of Bukavu, on Monday.",
     "Kamituga", "Bukavu"),
    # the reference sits between two acts of the sentence (nearest to the second): still only a reference
    ("Soldiers stormed the village of Beit Ummar, north of Hebron, before dawn and detained six young men "
     "after searching their homes, residents said.", "Beit Ummar", "Hebron"),
    # a named range is as precise as a town: the town after it only locates it
    ("Troops killed four militants in a raid on a cave in the Sinjar mountains, west of Mosul, on Monday, "
     "the army said.", "Sinjar mountains", "Mosul"),
])
def test_a_reference_town_after_a_site_is_context(pipeline: Pipeline, text: str, site: str,
                                                  reference: str) -> None:
    roles_ = _roles(pipeline, text)
    assert (roles_[site], roles_[reference]) == ("event_site", "context")
    assert len(_sites(pipeline, text)) == 1


@pytest.mark.parametrize(("text", "home", "site"), [
    ("Soldiers shot dead a 17-year-old from Hebron at a checkpoint near Tulkarem on Friday, medics said.",
     "Hebron", "Tulkarem"),
    ("Gunmen killed a teenager from Kidal when they attacked a bus near Gao on Friday, police said.",
     "Kidal", "Gao"),
    ("Gunmen shot dead a journalist born in Quetta outside his office in Khuzdar on Monday.",
     "Quetta", "Khuzdar"),
])
def test_where_a_person_comes_from_is_context(pipeline: Pipeline, text: str, home: str, site: str) -> None:
    assert _roles(pipeline, text) == {home: "context", site: "event_site"}
    doc = pipeline.parse(text, published="2025-06-17")
    at_site = next(m.place for m in doc.mentions if m.text == site)
    assert [e.location for e in doc.events] == [at_site]  # one event, at the site only


@pytest.mark.parametrize(("text", "aside", "site"), [
    # the verb of a side activity before the place
    ("Gunmen killed six fishermen near Monguno on Monday, as the national volleyball team trained in "
     "Maiduguri for a regional tournament.", "Maiduguri", "Monguno"),
    # a subject "<people> in X" whose verb is a side activity or a rite
    ("An Israeli strike on a house in Khan Younis killed seven people on Friday, in what relatives in Hebron "
     "compared to the worst days of the war.", "Hebron", "Khan Younis"),
    ("Police fired tear gas at protesters in Nairobi on Thursday, while mosques in Garissa held funeral "
     "prayers for the victims of last week's attack.", "Garissa", "Nairobi"),
])
def test_a_side_activity_elsewhere_is_context(pipeline: Pipeline, text: str, aside: str, site: str) -> None:
    roles_ = _roles(pipeline, text)
    assert (roles_[aside], roles_[site]) == ("context", "event_site")
    doc = pipeline.parse(text, published="2025-06-17")
    at_site = next(m.place for m in doc.mentions if m.text == site)
    assert [e.location for e in doc.events if e.event_type != "Political"] == [at_site]


def test_held_alone_is_no_side_activity(pipeline: Pipeline) -> None:
    # "held" alone (a hostage held, talks held) is no rite: the rule leaves such places to the other rules
    assert _roles(pipeline, "Gunmen in Zamfara held 40 villagers for ransom for a week, police said.") == \
        {"Zamfara": "event_site"}


@pytest.mark.parametrize(("text", "below", "events"), [
    ("Israeli jets struck a weapons depot near Qusayr on Monday, a day after Damascus said drones had "
     "violated Syrian airspace over Latakia.", "Latakia", [("Al Quşayr", "Air/drone strike")]),
    ("Lebanon said Israeli jets breached its airspace over Tyre on Sunday.", "Tyre", []),
])
def test_a_breach_of_airspace_is_no_strike_below(pipeline: Pipeline, text: str, below: str,
                                                 events: list[tuple[str, str]]) -> None:
    assert _roles(pipeline, text)[below] == "context"
    doc = pipeline.parse(text, published="2025-06-17")
    assert [(e.location.name, e.sub_event_type) for e in doc.events] == events


@pytest.mark.parametrize(("text", "town", "events"), [
    # told after the interception: where people took cover, not where the missile was stopped
    ("The Houthis said on Monday they had fired a missile at Ben Gurion airport. The Israeli military said "
     "the missile was intercepted, and sirens sounded in Haifa.", "Haifa",
     # (the launch stopped in the next sentence is that interception: coder._launch_stopped, session 48)
     [("Ben Gurion Airport", "Disrupted weapons use")]),
    ("Two rockets fired from Gaza were shot down on Sunday and air raid sirens wailed across Sderot, the "
     "army said.", "Sderot", []),
])
def test_where_sirens_sounded_after_an_act_is_no_site(pipeline: Pipeline, text: str, town: str,
                                                      events: list[tuple[str, str]]) -> None:
    assert _roles(pipeline, text)[town] == "context"
    doc = pipeline.parse(text, published="2025-06-17")
    assert [(e.location.name, e.sub_event_type) for e in doc.events] == events


def test_a_sentence_opening_with_sirens_keeps_their_town_as_the_site(pipeline: Pipeline) -> None:
    # the near miss: no other place for the interception, so the town where sirens sounded is its site
    text = "Sirens sounded in Ashdod on Friday as a rocket fired from Gaza was intercepted, the army said."
    assert _roles(pipeline, text)["Ashdod"] == "event_site"
    doc = pipeline.parse(text, published="2025-06-17")
    assert [(e.location.name, e.sub_event_type) for e in doc.events] == [("Ashdod", "Disrupted weapons use")]


def test_the_sirens_rule_is_linear(pipeline: Pipeline) -> None:
    # one long sentence of many towns where sirens sounded: each reads a bounded window before its name
    def text(n: int) -> str:
        return "The army said the missiles were intercepted" + "".join(
            ", and sirens sounded in Haifa" for _ in range(n)) + "."
    assert growth(parsing(pipeline, text), 40) < GROWTH


def test_a_road_named_after_a_far_town_yields_to_the_place_it_passes(pipeline: Pipeline) -> None:
    # "the Kandahar road near Ghazni": the ambush was near Ghazni; Kandahar only names the road
    text = ("Gunmen ambushed a bus on the Kandahar road near Ghazni on Friday, killing four passengers, "
            "police said.")
    assert _roles(pipeline, text) == {"Kandahar": "context", "Ghazni": "event_site"}
    assert [(e.location.name, e.fatalities) for e in pipeline.parse(text, published="2025-06-17").events] == \
        [("Ghazni", 4)]


@pytest.mark.parametrize(("text", "region", "town", "event"), [
    ("Soldiers killed 30 militants in an operation in the Lower Shabelle region on Monday, the ministry "
     "said. The operation near Wanlaweyn lasted six hours.", "Lower Shabelle", "Wanlaweyn",
     ("Wanlaweyn", 30, 2)),
    ("At least 20 people have been killed in clashes between herders and farmers in Chad's Mandoul province, "
     "officials said on Wednesday. The violence erupted on Monday near the town of Koumra.",
     "Mandoul", "Koumra", ("Koumra", 20, 2)),
])
def test_a_town_of_the_region_in_the_sentence_that_retells_the_act_is_its_site(
        pipeline: Pipeline, text: str, region: str, town: str, event: tuple[str, int, int]) -> None:
    roles_ = _roles(pipeline, text)
    assert (roles_[region], roles_[town]) == ("context", "event_site")
    doc = pipeline.parse(text, published="2025-06-17")
    assert [(e.location.name, e.fatalities, e.geo_precision) for e in doc.events
            if e.event_type != "Political"] == [event]


def test_a_town_outside_the_region_or_no_retelling_leaves_the_region(pipeline: Pipeline) -> None:
    text = ("Soldiers killed 30 militants in an operation in the Lower Shabelle region on Monday, the "
            "ministry said. Many residents later moved to Wanlaweyn.")
    assert _roles(pipeline, text) == {"Lower Shabelle": "event_site", "Wanlaweyn": "context"}


def test_a_province_before_around_is_not_a_reference(pipeline: Pipeline) -> None:
    # "Kursk region around Sudzha": Sudzha is the site and the region its parent, not the reverse
    assert _roles(pipeline, "Fighting continues in Kursk region around Sudzha") == \
        {"Kursk": "context", "Sudzha": "event_site"}


# -- a named area of a city, a territory named after its town ---------------------------------------

@pytest.mark.parametrize(("text", "part", "city"), [
    ("A suicide bomber struck a school in the Dasht-e-Barchi area of western Kabul on Friday, killing 19.",
     "Dasht-e-Barchi", "Kabul"),
    ("BENI, Congo (AP) — Suspected ADF rebels killed 18 people in attacks on villages near Oicha in Beni "
     "territory, a local official said on Sunday.", "Oicha", "Beni"),
])
def test_the_city_around_a_named_part_is_context(pipeline: Pipeline, text: str, part: str,
                                                 city: str) -> None:
    roles_ = _roles(pipeline, text)
    assert (roles_[part], roles_[city]) == ("event_site", "context")
    assert len(_sites(pipeline, text)) == 1


# -- a series of talks has no venue of the day ------------------------------------------------------

def test_a_series_of_talks_is_no_meeting(pipeline: Pipeline) -> None:
    text = ("China has hosted several rounds of talks between the junta and the rebels in Kunming since "
            "December.")
    assert _roles(pipeline, text)["Kunming"] == "context"
    assert _sites(pipeline, text) == []
    # one meeting on a day keeps its venue
    assert _roles(pipeline, "The two delegations held talks in Doha on Tuesday.") == {"Doha": "venue"}


# An accord or a truce named after a place ("the Washington accord", "the Gaza ceasefire") names a text or a
# truce's area, not a venue of the day; nor is a place near it where people went ("returned to Masisi after
# the Washington accord"). Talks named after their venue keep it, and so does a signing with its own place.
@pytest.mark.parametrize(("text", "place"), [
    ("Families who returned to their farms in Masisi after the Washington accord are fleeing again.",
     "Masisi"),
    ("Mediators said negotiations on the second phase of the Gaza ceasefire were expected to begin soon.",
     "Gaza"),
])
def test_an_accord_named_after_a_place_has_no_venue(pipeline: Pipeline, text: str, place: str) -> None:
    assert _roles(pipeline, text)[place] == "context"
    assert _sites(pipeline, text) == []


# An accord that only frames another act ("under a deal brokered by China") has no venue: the place that
# opens the sentence is the act's region, the act's town its site.
def test_an_act_under_a_deal_is_no_agreement(pipeline: Pipeline) -> None:
    text = ("In Shan State, the rebels handed the town of Lashio back to the army under a deal brokered by "
            "China.")
    assert _roles(pipeline, text) == {"Shan State": "context", "Lashio": "event_site", "China": "actor"}
    doc = pipeline.parse(text, published="2025-06-17")
    assert [(e.location.name, e.sub_event_type) for e in doc.events] == [
        ("Lashio", "Non-violent transfer of territory")]


def test_a_signing_keeps_its_venue(pipeline: Pipeline) -> None:
    signed = "Kinshasa and the rebels signed a peace accord in Doha on Saturday."
    assert _roles(pipeline, signed)["Doha"] == "venue"
    assert _roles(pipeline, "The delegations resumed the Tumaini peace talks in Nairobi on Thursday.") == {
        "Nairobi": "venue"}


# A sentence that retells an act already placed gives a name only as a compass reference: no second site.
@pytest.mark.parametrize(("text", "site", "references"), [
    ("US warplanes struck the Ras Isa fuel terminal overnight, killing 20 people. The strikes set off fires "
     "at the depot on the Red Sea coast, north of the port city of Hodeidah.", "Ras Isa",
     ["Red Sea", "Hodeidah"]),
    ("Government forces clashed with SDF fighters near Deir Hafer on Tuesday, killing nine. The clashes "
     "erupted when the troops tried to advance towards positions west of Manbij.", "Deir Hafer", ["Manbij"]),
])
def test_a_retold_acts_compass_reference_is_context(pipeline: Pipeline, text: str, site: str,
                                                    references: list[str]) -> None:
    roles_ = _roles(pipeline, text)
    assert [roles_[r] for r in references] == ["context"] * len(references)
    assert len(_sites(pipeline, text)) == 1


def test_a_compass_reference_of_a_first_report_is_the_site(pipeline: Pipeline) -> None:
    text = "The strikes hit a market 20 km west of Nyala on Monday, killing eight people."
    assert _roles(pipeline, text) == {"Nyala": "event_site"}


# -- where the tellers are ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "tellers", "site"), [
    ("Medics in Khan Younis said an Israeli strike on a house in Rafah killed seven people on Tuesday.",
     "Khan Younis", "Rafah"),
    ("A hospital in Nyala said it had received 20 bodies after RSF shelling of Kas on Monday.",
     "Nyala", "Kas"),
    ("Journalists in Kyiv heard explosions as missiles struck Bila Tserkva overnight.",
     "Kyiv", "Bila Tserkva"),
    ("Activists in Idlib reported airstrikes on Saraqeb on Monday, killing four.", "Idlib", "Saraqeb"),
])
def test_where_the_tellers_are_is_the_origin(pipeline: Pipeline, text: str, tellers: str, site: str) -> None:
    roles_ = _roles(pipeline, text)
    assert (roles_[tellers], roles_[site]) == ("origin", "event_site")
    assert len(_sites(pipeline, text)) == 1


def test_tellers_with_no_other_place_keep_their_site(pipeline: Pipeline) -> None:
    text = "Residents in Kumba said soldiers burned dozens of houses overnight."
    assert _roles(pipeline, text) == {"Kumba": "event_site"}
    assert [name for name, _ in _sites(pipeline, text)] == ["Kumba"]


def test_where_a_body_is_based_is_context(pipeline: Pipeline) -> None:
    text = "A monitor based in Britain said regime shelling killed three people in Saraqeb."
    assert _roles(pipeline, text)["Britain"] == "context"
    assert "GB" not in [cc for _, cc in _sites(pipeline, text)]


# Where the killed had fled from, past the place they fled to ("had fled to the camp from villages around X").
def test_where_people_fled_from_past_their_refuge_is_context(pipeline: Pipeline) -> None:
    text = ("Paramilitary shelling hit Abu Shouk camp on Sunday, killing 12. Many of those killed had fled "
            "to the camp from villages around Kutum and Tawila.")
    roles_ = _roles(pipeline, text)
    assert (roles_["Kutum"], roles_["Tawila"]) == ("context", "context")
    assert [name for name, _ in _sites(pipeline, text)] == ["Abu Shouk camp"]


# The town a road leads to names the road when the sentence places the act at another name; alone it is
# the site (precision 2).
def test_a_roads_destination_beside_a_site_is_context(pipeline: Pipeline) -> None:
    text = "In Mogadishu, a roadside bomb hit a minibus on the road to Afgoye on Wednesday, killing three."
    assert _roles(pipeline, text) == {"Mogadishu": "event_site", "Afgoye": "context"}
    alone = "Gunmen seized a bishop on the road to Kumbo on Thursday."
    assert _roles(pipeline, alone) == {"Kumbo": "event_site"}


# -- launch points and whose forces acted ---------------------------------------------------------------

def test_a_launch_point_with_a_compass_word_is_context(pipeline: Pipeline) -> None:
    text = "Rockets fired from southern Lebanon hit open ground near Kiryat Shmona on Tuesday."
    assert _roles(pipeline, text) == {"Lebanon": "context", "Kiryat Shmona": "event_site"}
    assert [cc for _, cc in _sites(pipeline, text)] == ["IL"]


@pytest.mark.parametrize(("text", "target", "launch"), [
    ("Russian forces shelled Nikopol from across the river in Enerhodar on Tuesday.", "Nikopol", "Enerhodar"),
    ("Artillery fired from positions in Horlivka hit Toretsk on Monday.", "Toretsk", "Horlivka"),
])
def test_where_fire_came_from_is_context(pipeline: Pipeline, text: str, target: str, launch: str) -> None:
    roles_ = _roles(pipeline, text)
    assert (roles_[target], roles_[launch]) == ("event_site", "context")
    assert len(_sites(pipeline, text)) == 1


# Where attacks or fire are launched from, and where a group is based: bases a state or a group keeps in a
# province, a base across the border, bombers over a sea. The site of the act stays.
@pytest.mark.parametrize(("text", "site", "base"), [
    ("Turkish jets struck PKK positions near Amadiya on Sunday. Turkey has carried out hundreds of strikes "
     "in the area from bases it maintains in Duhok province.", "Amadiya", "Duhok"),
    ("A suicide bomber killed nine soldiers in Bannu on Monday. The group that claimed it is based across "
     "the border in Afghanistan's Khost province, the military said.", "Bannu", "Khost"),
    ("Jihadists killed 12 soldiers in Tera on Sunday. The group has also launched attacks from bases across "
     "the border in Mali's Menaka region.", "Tera", "Menaka"),
    ("Russian missiles hit Lviv overnight. Bombers launched them from the Saratov region and from over the "
     "Caspian Sea, the air force said.", "Lviv", "Caspian Sea"),
])
def test_where_attacks_are_launched_from_is_context(pipeline: Pipeline, text: str, site: str,
                                                   base: str) -> None:
    roles_ = _roles(pipeline, text)
    assert (roles_[site], roles_[base]) == ("event_site", "context")
    assert len(_sites(pipeline, text)) == 1


# A region's own forces ("Puntland forces", "Borno state police") are an actor, not a site; in a locative
# the region stays the site.
@pytest.mark.parametrize(("text", "region", "site"), [
    ("On Tuesday, Puntland forces killed 12 militants near Bosaso, officials said.", "Puntland", "Bosaso"),
    ("Borno state police arrested 20 suspects in Maiduguri on Monday.", "Borno", "Maiduguri"),
])
def test_a_regions_forces_are_an_actor(pipeline: Pipeline, text: str, region: str, site: str) -> None:
    assert _roles(pipeline, text) == {region: "actor", site: "event_site"}
    in_region = "Clashes erupted in Puntland on Monday, killing four."
    assert _roles(pipeline, in_region) == {"Puntland": "event_site"}


def test_a_withdrawal_from_positions_stays_at_the_place(pipeline: Pipeline) -> None:
    assert _roles(pipeline, "Ukrainian forces withdrew from positions in Avdiivka on Saturday.")["Avdiivka"] \
        == "event_site"


@pytest.mark.parametrize("noun", ["assault", "offensive", "raid"])
def test_a_demonym_before_an_assault_noun_is_an_actor(pipeline: Pipeline, noun: str) -> None:
    text = f"Ukrainian troops repelled a Russian {noun} near Toretsk on Tuesday."
    assert _roles(pipeline, text) == {"Ukrainian": "actor", "Russian": "actor", "Toretsk": "event_site"}


# -- who is blamed ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "actor"), [
    ("Drones struck a base in Mosul on Saturday. The strike was widely blamed on the United States, "
     "which did not comment.", "United States"),
    ("Officials blamed the shelling on Rwanda-backed rebels near Goma.", "Rwanda"),
])
def test_who_is_blamed_is_an_actor(pipeline: Pipeline, text: str, actor: str) -> None:
    assert _roles(pipeline, text)[actor] == "actor"
    countries = [cc for _, cc in _sites(pipeline, text)]
    assert "US" not in countries and "RW" not in countries


# -- datelines of two cities, and after a byline -------------------------------------------------------

def test_a_two_city_dateline_is_the_origin(pipeline: Pipeline) -> None:
    text = ("ISLAMABAD/KABUL, Oct 12 (Reuters) - Afghan Taliban forces attacked Pakistani border posts in "
            "Kurram on Saturday night, officials said.")
    doc = pipeline.parse(text, published="2025-10-12")
    assert [(m.text, r.name) for m, r in zip(doc.mentions, doc.roles, strict=True)
            if not m.demonym] == [("ISLAMABAD", "origin"), ("KABUL", "origin"), ("Kurram", "event_site")]
    assert [e.location.country_code for e in doc.events] == ["PK"]


# A dateline of two mixed-case cities is filed there too (with a day or an agency, as datelines are),
# and its filing day is no event's date: the weekday in the body is.
def test_a_mixed_case_two_city_dateline_is_the_origin_and_its_day_no_events(pipeline: Pipeline) -> None:
    text = ("Kassala/Gedaref, 12 April (AFP) - Paramilitary drones struck a fuel depot in Atbara on Friday, "
            "an army source said.")
    doc = pipeline.parse(text, published="2025-04-12")
    assert [(m.text, r.name) for m, r in zip(doc.mentions, doc.roles, strict=True)] == [
        ("Kassala", "origin"), ("Gedaref", "origin"), ("Atbara", "event_site")]
    assert [(e.location.name, e.location.country_code, e.date) for e in doc.events] == [
        ("Atbara", "SD", "2025-04-11")]


def test_an_uppercase_two_city_datelines_day_is_no_events_date(pipeline: Pipeline) -> None:
    text = ("ISLAMABAD/KABUL, Oct 12 (Reuters) - Afghan Taliban forces attacked Pakistani border posts in "
            "Kurram on Saturday night, officials said.")
    assert [e.date for e in pipeline.parse(text, published="2025-10-12").events] == ["2025-10-11"]


# PTI files with no dash after its agency ("Silchar, Mar 3 (PTI) Three ..."), EFE with ".-"; a dateline's
# second part may be a region ("SULAIMANIYAH, Kurdistan Region -"). All are origins, the body's town the
# site, and the weekday the event's day.
@pytest.mark.parametrize(("text", "published", "origins", "site", "cc", "date", "fatalities"), [
    ("Silchar, Mar 3 (PTI) Three militants were killed in an encounter with Assam Rifles at Tamenglong on "
     "Sunday, officials said.", "2025-03-03", ["Silchar"], "Tamenglong", "IN", "2025-03-02", 3),
    ("Bogotá, 5 May (EFE).- ELN guerrillas attacked a military base in Saravena on Sunday, the army said.",
     "2025-05-05", ["Bogotá"], "Saravena", "CO", "2025-05-04", None),
    ("SULAIMANIYAH, Kurdistan Region - A Turkish drone struck a car near Penjwen on Monday, killing two "
     "fighters, officials said.", "2025-05-06", ["SULAIMANIYAH", "Kurdistan Region"], "Penjwen", "IQ",
     "2025-05-05", 2),
])
def test_datelines_without_a_dash_with_a_dot_or_a_region_are_origins(
        pipeline: Pipeline, text: str, published: str, origins: list[str], site: str, cc: str, date: str,
        fatalities: int | None) -> None:
    doc = pipeline.parse(text, published=published)
    roles_ = [(m.text, r.name) for m, r in zip(doc.mentions, doc.roles, strict=True) if not m.demonym]
    assert [t for t, r in roles_ if r == "origin"] == origins
    assert (site, "event_site") in roles_
    assert [(e.location.country_code, e.date, e.fatalities) for e in doc.events] == [(cc, date, fatalities)]


# A mixed-case dateline with its agency in parentheses and no comma is recognised and is the origin, and
# so is a country in its own parentheses before the agency (AFP's form).
@pytest.mark.parametrize(("text", "origins", "site"), [
    ("Abidjan (AFP) - Gunmen killed four soldiers near Kafolo on Sunday, the army said.", ["Abidjan"],
     "Kafolo"),
    ("Mogadishu (Xinhua) -- A roadside bomb killed three soldiers in Afgoye on Sunday.", ["Mogadishu"],
     "Afgoye"),
    ("Maiduguri (Nigeria) (AFP) - Jihadists killed nine farmers near Gwoza on Sunday, residents said.",
     ["Maiduguri", "Nigeria"], "Gwoza"),
])
def test_a_mixed_case_dateline_with_its_agency_is_the_origin(pipeline: Pipeline, text: str,
                                                             origins: list[str], site: str) -> None:
    roles_ = _roles(pipeline, text)
    assert [t for t, r in roles_.items() if r == "origin"] == origins and roles_[site] == "event_site"
    assert [e.location.country_code for e in pipeline.parse(text, published="2025-12-02").events] == [
        {"Kafolo": "CI", "Afgoye": "SO", "Gwoza": "NG"}[site]]


def test_a_place_with_an_agency_but_no_day_and_no_dash_is_no_dateline(pipeline: Pipeline) -> None:
    # Without a filing day, a parenthesis and a capital after it are the body's, not a dateline's.
    undated = _roles(pipeline, "Goma (North Kivu) Rebels shelled Sake on Sunday, residents said.")
    assert undated.get("Goma") != "origin" and undated["Sake"] == "event_site"
    dated = _roles(pipeline, "Goma, Feb 3 (Reuters) Rebels shelled Sake on Sunday, residents said.")
    assert (dated["Goma"], dated["Sake"]) == ("origin", "event_site")


def test_the_dateline_forms_are_linear(pipeline: Pipeline) -> None:
    def text(n: int) -> str:
        return "Silchar/Imphal" + ", Mar 3 (PTI)" * n + " Three militants were killed at Tamenglong."
    assert growth(parsing(pipeline, text), 400) < GROWTH


def test_a_dateline_after_a_byline_is_the_origin(pipeline: Pipeline) -> None:
    text = ("By Amina Sule MAIDUGURI, Nigeria, June 15 (Reuters) - Gunmen killed at least 12 farmers near "
            "Bama on Saturday, residents said.")
    doc = pipeline.parse(text, published="2025-06-15")
    roles_ = {m.text: r.name for m, r in zip(doc.mentions, doc.roles, strict=True)}
    assert (roles_["MAIDUGURI"], roles_["Nigeria"], roles_["Bama"]) == ("origin", "origin", "event_site")


# A headline's topic ("Chad: ...") over a dateline with a filing day or an agency is the headline's; the
# dateline on the next line is where the story was filed.
@pytest.mark.parametrize(("text", "topic", "dateline", "site"), [
    ("Mozambique: insurgents behead five near Macomia\n\nMaputo, 14 Jun 2025 (Lusa) - Insurgents beheaded "
     "five farmers near Macomia on Saturday, local sources said.", "Mozambique", "Maputo", "Macomia"),
    ("Niger: soldiers killed in attack on army post\n\nNiamey, June 14 (AFP) - Jihadists attacked an army "
     "post near Tera on Sunday, killing nine soldiers.", "Niger", "Niamey", "Tera"),
])
def test_a_headline_topic_over_a_dateline_is_no_dateline(pipeline: Pipeline, text: str, topic: str,
                                                         dateline: str, site: str) -> None:
    roles_ = _roles(pipeline, text)
    assert (roles_[topic], roles_[dateline], roles_[site]) == ("context", "origin", "event_site")
    assert [cc for _, cc in _sites(pipeline, text)] == ["MZ" if topic == "Mozambique" else "NE"]


def test_a_topic_dateline_with_no_dateline_below_stays_the_dateline(pipeline: Pipeline) -> None:
    text = "KHARTOUM: Drones struck a fuel depot in Kosti on Monday, the army said."
    assert _roles(pipeline, text)["KHARTOUM"] == "origin"


# -- linear on hostile input -------------------------------------------------------------------------

_HOSTILE = {
    "_MOVED_TO": (("fled " + "the " * 30_000)[:100_000] + "to ", False),  # too many words between
    "_HABITUAL": (("has " * 30_000)[:100_000] + "hosted", True),
    "_AREA_OF": ((" area of" + " western" * 15_000)[:100_000], False),  # the gap must end in a space
    "_PARENT_GAP": ((", " + "a " * 60_000)[:100_000], False),
    "_STATEMENT_FROM": (("addressing " + "a " * 60_000)[:100_000] + " in ", False),  # more than 4 words
    "_REFERENCE_GAP": ((" about 100 km south-west" * 5_000)[:100_000], False),
    "_WITNESS_IN": (("medics " + "x " * 60_000)[:100_000] + " in ", False),  # one word at most between
    "_TELLS_NEXT": (("," + " " * 100_000) + "said", True),
    "_BASED_IN": ("based " * 20_000 + "in ", True),
    "_BYLINE": ("By" + " Xx" * 40_000, False),  # four names at most
    "_BLAMED_ON": ("blamed " * 15_000 + "on ", True),
    "_BACKED_AFTER": ("-" * 100_000, False),
    "_FIRED_FROM": ("fired " + "from " * 20_000 + "x", False),
    "_LINE_PLACE": ("A" + " Aa" * 40_000, True),  # four words at most, matched at the line's start
    "_COMPASS_REF": ("north of " * 12_000, True),  # each try stops at the next "north"
    "_REGION_FORCES": (" security" * 12_000 + " police", True),  # each try stops after one "security"
    "_UNDER_DEAL": ("under " * 20_000 + "a ", True),  # each try stops at the next "under"
    "_LEFT": ("fled to the camp " + "from " * 20_000, False),  # one or two words only before "from"
    "_ROAD_TO": ("road " * 20_000 + "to the ", True),  # each try stops at the next "road"
    "_CAME_FROM": ("from " + "bases " * 20_000 + "it maintains in Mali's x", False),
    "_AFTERMATH": ("funerals " + "were " * 25_000 + "held in ", False),  # at most three words between
    "_DATELINE_PAIR": ("/" + "A" * 100_000, False),  # a name of at most 31 letters
    "_SIDE_ACT_BEFORE": ("trained " * 12_500 + "in in the ", False),  # the verb right before "in"
    "_PEOPLE_IN": ("in " * 35_000 + "at ", False),  # a plural noun of people before "in"
    "_AIRSPACE_BEFORE": ("violated " + "its " * 30_000 + "airspace over ", False),  # two words at most
    "_SIRENS_BEFORE": ("sirens " * 20_000 + "sounded in ", True),  # each try stops at the next "sirens"
    "_RETOLD_OPENER": ("The " + "x " * 50_000 + "operation", False),  # two words at most between
    "_RETOLD_NEAR": ("near " + "the " * 25_000, False),
    "_NAMED_ACCORD_BEFORE": ("The " + "The Aa " * 15_000 + "peace ", True),  # each try stops at a name
    "_NAME_OF_ACCORD": ((" " * 100_000) + "accord", True),
    "_PEOPLE_FROM": ("year-old " * 6_000 + "natives " * 6_000 + "from the ", False),  # no people noun last
}


@pytest.mark.parametrize("pattern", sorted(_HOSTILE))
def test_the_new_patterns_finish_on_100_kb(pattern: str) -> None:
    regex = getattr(roles, pattern)
    hostile, found = _HOSTILE[pattern]
    assert len(hostile) >= 100_000
    if pattern in ("_AREA_OF", "_PARENT_GAP", "_REFERENCE_GAP", "_BYLINE", "_DATELINE_PAIR"):
        assert (regex.fullmatch(hostile) is not None) is found  # these are read as whole gaps
    elif pattern == "_TELLS_NEXT":
        assert (regex.match(hostile) is not None) is found  # read right after a name
    else:
        assert (regex.search(hostile) is not None) is found


def test_the_new_rules_are_linear(pipeline: Pipeline) -> None:
    def text(n: int) -> str:
        return " ".join("Families fled to Dilling after fighting in Kadugli, north of Kamituga, while talks "
                        "have been hosted in Kunming, in the Dasht-e-Barchi area of western Kabul, medics in "
                        "Goma said, a monitor based in Britain reported"
                        for _ in range(n)) + "."
    assert growth(parsing(pipeline, text), 40) < GROWTH


def test_the_origin_reference_and_side_activity_rules_are_linear(pipeline: Pipeline) -> None:
    def text(n: int) -> str:
        return " ".join("Soldiers shot dead a 17-year-old from Hebron during a raid on Beit Ummar, north of "
                        "Hebron, and detained two men, while the team trained in Jenin and mosques in Nablus "
                        "held funeral prayers" for _ in range(n)) + "."
    assert growth(parsing(pipeline, text), 40) < GROWTH
