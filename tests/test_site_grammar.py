"""The event-site decision by class of phrasing (issue 14, points 1 and 6): headline and wire grammar
that makes a place the site of an event, and the grammar that keeps a place out of it (a reference
town, a headline's topic, a threatened or postponed act, an actor). Every sentence is our own, from
many theatres; each class has several.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mapper.doc import Doc
from mapper.events import roles, triggers
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, _only_spaces, _repeats, growth, hundred_kb, parsing


def _text_id(case: object) -> str:
    """A case's id: the first 40 characters of its text (a tuple or a pytest.param)."""
    return str(getattr(case, "values", case)[0])[:40]  # type: ignore[index]

PUBLISHED = "2024-05-10"
TERRITORY, GOV = "Non-state actor overtakes territory", "Government regains territory"
SHELLING, IED = "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"
CLASH, ABDUCTION = "Armed clash", "Abduction/forced disappearance"
LOOTING, PROTEST = "Looting/property destruction", "Peaceful protest"
INTERVENTION, RIOT = "Protest with intervention", "Violent demonstration"


def parse(pipeline: Pipeline, text: str) -> Doc:
    return pipeline.parse(Article("t", text, published=PUBLISHED))


def coded(doc: Doc) -> list[tuple[str, str, str, int]]:
    """(sub-event type, place name, country, geo_precision) of each event, in order."""
    return [(e.sub_event_type, e.location.name, e.location.country_code, e.geo_precision) for e in doc.events]


def role_of(doc: Doc, name: str) -> tuple[str, str]:
    """(role, rule) of the first mention whose text is ``name``."""
    for m, r in zip(doc.mentions, doc.roles, strict=True):
        if m.text == name:
            return r.name, r.rule
    raise AssertionError(f"{name!r} not among {[m.text for m in doc.mentions]}")


def check(pipeline: Pipeline, text: str, events: list[tuple[str, str, str, int]],
          expected_roles: dict[str, tuple[str, str]]) -> None:
    doc = parse(pipeline, text)
    assert coded(doc) == events
    for name, role in expected_roles.items():
        assert role_of(doc, name) == role, name


SITE = ("event_site", "left")

# -- verbs and nouns that make their object or locative the site -----------------------------------

ACTS = [
    # taking ground: "take control of", "taken full control of", "falls to", "take <Place>", "storm into"
    ("Rebels take control of Bunia", [(TERRITORY, "Bunia", "CD", 1)], {"Bunia": SITE}),
    ("The RSF said it had taken full control of Nyala", [(TERRITORY, "Nyala", "SD", 1)], {"Nyala": SITE}),
    ("Mekelle falls to Tigrayan forces", [(TERRITORY, "Mek'ele", "ET", 1)],
     {"Mekelle": ("event_site", "headline_passive"), "Tigrayan": ("actor", "demonym")}),
    ("Ukrainian troops take Vovchansk", [(GOV, "Vovchansk", "UA", 1)], {"Vovchansk": SITE}),
    ("Government troops took control of 90 percent of eastern Mosul on Monday.", [(GOV, "Mosul", "IQ", 1)],
     {"Mosul": SITE}),
    ("Opposition fighters storm into Hama city", [(TERRITORY, "Ḩamāh", "SY", 1)], {"Hama": SITE}),
    ("Resistance fighters seize police station in Kyaukme", [(TERRITORY, "Kyaukme", "MM", 1)],
     {"Kyaukme": SITE}),
    ("Russian sabotage groups infiltrated the northern part of Kupiansk on Tuesday.",
     [(CLASH, "Kupyansk", "UA", 1)], {"Kupiansk": SITE}),
    ("Russian forces advance near Kupiansk", [(CLASH, "Kupyansk", "UA", 2)], {"Kupiansk": SITE}),
    # present-tense headline verbs of other families
    ("Gunmen hijack a bus near Kaduna", [(ABDUCTION, "Kaduna", "NG", 2)], {"Kaduna": SITE}),
    ("A bishop was seized by gunmen on the road to Enugu on Friday", [(ABDUCTION, "Enugu", "NG", 2)],
     {"Enugu": SITE}),
    ("Car bomb explodes in Mogadishu market", [(IED, "Mogadishu", "SO", 1)], {"Mogadishu": SITE}),
    # "off X" at sea: near the town, precision 2 (the guide's "N nautical miles off X")
    ("Projectile explodes near merchant vessel off Hodeidah", [(SHELLING, "Al Ḩudaydah", "YE", 2)],
     {"Hodeidah": SITE}),
    ("Settlers torch homes in Huwara", [(LOOTING, "Huwara", "PS", 1)], {"Huwara": SITE}),
    ("Junta troops torch homes in Madaya township", [(LOOTING, "Madaya", "MM", 1)], {"Madaya": SITE}),
    ("Gunfire hits airliner landing in Kabul", [(CLASH, "Kabul", "AF", 1)], {"Kabul": SITE}),
    # gunfire and blasts heard together are a fight (types49: the corpus codes them Armed clash)
    pytest.param("Heavy gunfire and explosions rocked southern districts of Khartoum on Monday.",
                 [(CLASH, "Khartoum", "SD", 1)], {"Khartoum": SITE},
                 marks=pytest.mark.xfail(strict=True, reason="known loss of the event filter retrained at "
                                         "session 42: the clash is dropped; the rules code it")),
    # demonstrations: "march" the verb (never the month), tear gas at a crowd, blocking
    ("Lawyers march in Lahore against the new law", [(PROTEST, "Lahore", "PK", 1)], {"Lahore": SITE}),
    ("Police fire tear gas at opposition supporters in Nairobi", [(INTERVENTION, "Nairobi", "KE", 1)],
     {"Nairobi": SITE}),
    ("Students block Novi Sad bridges in anti-government protest", [(RIOT, "Novi Sad", "RS", 1)],
     {"Novi Sad": SITE}),
    ("Residents of Jowhar protested on Monday against the arrest of an elder.",
     [(INTERVENTION, "Jawhar", "SO", 1)], {"Jowhar": SITE}),
    ("Karachi police detain dozens at opposition rally", [(INTERVENTION, "Karachi", "PK", 1)],
     {"Karachi": SITE}),
    # where troops are sent; a deal signed in a city
    ("Kenya deployed troops to Garissa on Tuesday.", [("Other", "Garissa", "KE", 1)],
     {"Kenya": ("actor", "right"), "Garissa": SITE}),
    ("Culiacán: five bodies dumped near a university", [("Attack", "Culiacán", "MX", 1)],
     {"Culiacán": ("event_site", "headline_topic")}),
    ("Fighters were battling on the outskirts of Bakhmut on Monday.", [(CLASH, "Bakhmut", "UA", 2)],
     {"Bakhmut": SITE}),
    ("Farmers blocked three bridges in Novi Sad on Saturday.", [(RIOT, "Novi Sad", "RS", 1)],
     {"Novi Sad": SITE}),
    ("In Lutsk, debris damaged an apartment block.", [("Air/drone strike", "Lutsk", "UA", 1)],
     {"Lutsk": SITE}),
    ("Junta troops return to Lashio as MNDAA withdraws", [(GOV, "Lashio", "MM", 1)], {"Lashio": SITE}),
    ("Hamas fired a barrage of rockets from Rafah towards Tel Aviv.", [(SHELLING, "Tel Aviv", "IL", 1)],
     {"Rafah": ("context", "left"), "Tel Aviv": SITE}),
    ("Ethiopia and Tigray leaders sign cessation of hostilities in Pretoria",
     [("Agreement", "Pretoria", "ZA", 1)],
     {"Ethiopia": ("actor", "right"), "Tigray": ("actor", "right"), "Pretoria": ("venue", "left")}),
]


@pytest.mark.parametrize(("text", "events", "expected_roles"), ACTS, ids=[_text_id(t) for t in ACTS])
def test_verbs_and_nouns_of_acts_give_their_site(pipeline: Pipeline, text: str,
                                                 events: list[tuple[str, str, str, int]],
                                                 expected_roles: dict[str, tuple[str, str]]) -> None:
    check(pipeline, text, events, expected_roles)


def test_a_siege_since_january_does_not_date_the_clashes(unfiltered: Pipeline) -> None:
    # "since January" starts a siege still going on: it does not date the clashes into the past. The rules'
    # reading: the event filter's reading of this sentence flips between retrains (dropped from session 40's,
    # kept by session 47's second).
    check(unfiltered, "Clashes were reported on Thursday in Babanusa, where the army base has been besieged "
          "since January.", [(CLASH, "Babanūsah", "SD", 1)], {"Babanusa": SITE})


# -- reported, listed, passive ---------------------------------------------------------------------

REPORTED = [
    # "X were (also) reported in Y": the report of the event, not a place where it was decided
    ("Demonstrations were also reported in Kisumu and Eldoret.",
     [(PROTEST, "Kisumu", "KE", 1), (PROTEST, "Eldoret", "KE", 1)], {"Kisumu": SITE, "Eldoret": SITE}),
    ("Clashes between the army and the RSF were reported on Thursday in Kadugli.",
     [(CLASH, "Kadugli", "SD", 1)], {"Kadugli": SITE}),
    # a known name after names the gazetteer lacks still reads the verb before the list
    ("Israeli jets struck Rab Thalathin and Bint Jbeil on Monday.",
     [("Air/drone strike", "Bent Jbaïl", "LB", 1)], {"Bint Jbeil": SITE}),
    # ... and a list of two it has (Aitaroun since session 36): both
    ("Israeli jets struck Aitaroun and Bint Jbeil on Monday.",
     [("Air/drone strike", "Aitaroun", "LB", 1), ("Air/drone strike", "Bent Jbaïl", "LB", 1)],
     {"Aitaroun": SITE, "Bint Jbeil": SITE}),
]


@pytest.mark.parametrize(("text", "events", "expected_roles"), REPORTED, ids=[_text_id(t) for t in REPORTED])
def test_reported_and_listed_places_are_sites(pipeline: Pipeline, text: str,
                                              events: list[tuple[str, str, str, int]],
                                              expected_roles: dict[str, tuple[str, str]]) -> None:
    check(pipeline, text, events, expected_roles)


def test_a_reported_place_after_a_decision_verb_is_still_the_site(pipeline: Pipeline) -> None:
    # "said" lies between the first trigger and the place; the place follows "killed", not "overran".
    doc = parse(pipeline, "The RSF overran Bara on Saturday, and activists said the fighters killed dozens "
                          "of civilians in Bara as they went house to house.")
    bara = [r.name for m, r in zip(doc.mentions, doc.roles, strict=True) if m.text == "Bara"]
    assert bara[1] == "event_site"


def test_siblings_in_a_list_are_each_a_site(pipeline: Pipeline) -> None:
    # Bosso is a department (admin2) of the same province as the town of Diffa: a sibling, not a parent;
    # "the towns of" names the town of Bosso (precision 1).
    check(pipeline, "Boko Haram fighters attacked the towns of Bosso and Diffa on Friday.",
          [(CLASH, "Bosso", "NE", 1), (CLASH, "Diffa", "NE", 1)], {"Bosso": SITE, "Diffa": SITE})


def test_a_locative_belongs_to_the_act_it_follows(pipeline: Pipeline) -> None:
    # "in Qasr Bin Ghashir" follows "Clashes", not the deal announced after it.
    doc = parse(pipeline, "Rival groups agreed a ceasefire in Zawiya. Clashes continued in the southern "
                          "suburb of Qasr Bin Ghashir after the deal was announced, residents said.")
    assert role_of(doc, "Qasr Bin Ghashir") == ("event_site", "left")
    assert ("Armed clash", "LY") in {(e.sub_event_type, e.location.country_code) for e in doc.events
                                     if e.location.name.startswith("Qa")}


# -- names that only say where the site is -----------------------------------------------------------

PART_OF = ("context", "part_of")
REFERENCES = [
    ("Fighting broke out in Sake, 25 km west of Goma, on Tuesday.", [(CLASH, "Sake", "CD", 1)],
     {"Sake": SITE, "Goma": PART_OF}),
    ("Borno: ISWAP fighters kill 12 in Gwoza", [("Attack", "Gwoza", "NG", 1)],
     {"Borno": PART_OF, "Gwoza": SITE}),
    ("Donetsk region: shelling kills two in Kostiantynivka", [(SHELLING, "Kostyantynivka", "UA", 1)],
     {"Donetsk": PART_OF, "Kostiantynivka": SITE}),
    ("Mandalay region: junta troops torch homes in Madaya township", [(LOOTING, "Madaya", "MM", 1)],
     {"Mandalay": PART_OF, "Madaya": SITE}),
    ("Militants attacked a checkpoint in Lakki Marwat, Khyber Pakhtunkhwa, on Monday.",
     [(CLASH, "Lakki", "PK", 1)], {"Lakki Marwat": SITE, "Khyber Pakhtunkhwa": PART_OF}),
]


# A reference set off by commas stays one whichever later verb of the sentence the town lies before: the
# arrests are in the town that was stormed, not in its reference town.
REFERENCES += [
    ("Troops stormed the town of Beit Ummar, north of Hebron, at dawn on Monday and arrested five men after "
     "raiding their homes.", [("Attack", "Bayt Ūmmar", "PS", 1)], {"Beit Ummar": SITE, "Hebron": PART_OF}),
    ("Soldiers stormed the town of Yabad, west of Jenin, on Monday and arrested three men.",
     [(CLASH, "Ya‘bad", "PS", 1)], {"Yabad": SITE, "Jenin": PART_OF}),
]


# A road named after a town, then "near" another: the act was near the second town, on the road to the first.
REFERENCES += [
    ("A roadside bomb hit an army truck on the Maiduguri road near Konduga on Monday.",
     [(IED, "Konduga", "NG", 2)], {"Maiduguri": ("context", "part_of"), "Konduga": SITE}),
    ("Gunmen ambushed a convoy on the Kabul highway near Maidan Shahr on Sunday.",
     [(CLASH, "Maydanshakhr", "AF", 2)], {"Kabul": ("context", "part_of"), "Maidan Shahr": SITE}),
]


@pytest.mark.parametrize(("text", "events", "expected_roles"), REFERENCES,
                         ids=[_text_id(t) for t in REFERENCES])
def test_reference_towns_and_headline_topics_yield_to_the_site(pipeline: Pipeline, text: str,
                                                               events: list[tuple[str, str, str, int]],
                                                               expected_roles: dict[str, tuple[str, str]]
                                                               ) -> None:
    check(pipeline, text, events, expected_roles)


@pytest.mark.parametrize(("text", "name", "event"), [
    ("Four police officers were killed near Qqwak in Mandera County on Tuesday.", "Mandera County",
     (CLASH, "Mandera", "KE", 2)),
    ("Militants attacked a checkpoint near Qqbesham in Khyber Pakhtunkhwa on Tuesday.", "Khyber Pakhtunkhwa",
     (CLASH, "Khyber Pakhtunkhwa", "PK", 2)),
    ("Gunmen killed 12 people near Qqdaraban in Zamfara state on Sunday.", "Zamfara",
     ("Attack", "Zamfara", "NG", 2)),
])
def test_the_province_of_a_place_the_gazetteer_lacks_holds_its_event(
        pipeline: Pipeline, text: str, name: str, event: tuple[str, str, str, int]) -> None:
    # ACLED codes a village it cannot locate at the province the text names, with geo_precision 2.
    doc = parse(pipeline, text)
    assert role_of(doc, name) == ("event_site", "unknown_parent")
    assert coded(doc) == [event]


def test_an_organisation_before_a_province_is_no_unknown_place(pipeline: Pipeline) -> None:
    doc = parse(pipeline, "Clashes between the army and the Rapid Support Forces in North Darfur killed 10.")
    assert role_of(doc, "North Darfur") == SITE


def test_a_topic_keeps_the_site_when_the_later_name_is_a_road(pipeline: Pipeline) -> None:
    doc = parse(pipeline, "Kharkiv: army convoy ambushed on Kupiansk road")
    assert role_of(doc, "Kharkiv") == ("event_site", "headline_topic")


def test_a_second_act_across_a_clause_break_is_no_reference(pipeline: Pipeline) -> None:
    doc = parse(pipeline, "Shelling hit Kherson, while fighting raged near Bakhmut")
    assert [(e.sub_event_type, e.location.name) for e in doc.events] == [
        (SHELLING, "Kherson"), ("Armed clash", "Bakhmut")]


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Speaking to troops in Omdurman, Burhan vows no truce with RSF", "Omdurman", "SD"),
    ("Speaking at a reconciliation forum in Bamenda on Friday, the prime minister said the government was "
     "ready to talk.", "Bamenda", "CM"),
])
def test_where_a_speaker_spoke_is_the_origin_of_the_statement(pipeline: Pipeline, text: str, name: str,
                                                              country: str) -> None:
    doc = parse(pipeline, text)
    assert role_of(doc, name) == ("origin", "left")
    assert [(e.sub_event_type, e.location.country_code) for e in doc.events] == [("Statement", country)]


# -- no phantoms: acts that did not happen, and places that are not where anything happened ---------

NOT_HERE = [
    # the place follows a threatened, postponed or earlier act, not the real one
    ("Russia threatened to strike Kyiv as shelling hit Kharkiv.", [(SHELLING, "Kharkiv", "UA", 1)],
     {"Kyiv": ("context", "left"), "Kharkiv": SITE}),
    ("Talks in Geneva postponed as clashes rage in Tripoli", [(CLASH, "Tripoli", "LY", 1)],
     {"Geneva": ("context", "left"), "Tripoli": SITE}),
    ("Mobs burned shops in Adama after the killing of a singer in Addis Ababa.",
     [("Mob violence", "Nazrēt", "ET", 1)], {"Adama": SITE, "Addis Ababa": ("context", "left")}),
    # (a known loss of the event filter retrained at session 28; kept again by session 33's, lost by 38's to
    # 40's, kept by 41's and 42's, lost by 43's)
    pytest.param("Police arrested 40 people in Dhaka after an attack on students in Gazipur last week.",
                 [("Arrests", "Dhaka", "BD", 1)], {"Gazipur": ("context", "left")},
                 marks=pytest.mark.xfail(strict=True, reason="known loss of the event filter retrained at "
                                         "session 43 (threshold 0.7): the arrests are dropped; the rules "
                                         "code them")),
    # scheduled, not held
    ("Sahel leaders to hold summit in Niamey next month", [], {"Niamey": ("context", "left")}),
    ("Police blocked roads in Nairobi ahead of the march.", [], {"Nairobi": ("context", "left")}),
    # people named by where they come from
    ("Students from Kraljevo and Nis blocked roads in Belgrade on Saturday.",
     [("Violent demonstration", "Belgrade", "RS", 1)],
     {"Kraljevo": ("context", "left"), "Nis": ("context", "left"), "Belgrade": SITE}),
    ("The African Union will host peace talks in Addis Ababa next week.", [],
     {"Addis Ababa": ("context", "left")}),
    ("Regional leaders to host a summit in Lomé", [], {}),
    # a ship's flag, a country framing a named facility
    ("Houthis hit UK-owned tanker in Red Sea", [], {"UK": ("context", "right")}),
    # (a one-line conflict report vouches for "Nevatim" beside "air base": the site, not Israel)
    ("Iranian missiles struck Israel's Nevatim air base on Tuesday.",
     [("Shelling/artillery/missile attack", "Nevatim", "IL", 1)], {"Israel": PART_OF}),
    ("Flights to Haiti suspended after gunfire hits plane in Port-au-Prince",
     [(CLASH, "Port-au-Prince", "HT", 1)], {"Haiti": ("context", ""), "Port-au-Prince": SITE}),
]


@pytest.mark.parametrize(("text", "events", "expected_roles"), NOT_HERE, ids=[_text_id(t) for t in NOT_HERE])
def test_no_event_where_nothing_happened(pipeline: Pipeline, text: str,
                                         events: list[tuple[str, str, str, int]],
                                         expected_roles: dict[str, tuple[str, str]]) -> None:
    check(pipeline, text, events, expected_roles)


ACTORS = [
    ("Afghanistan and Pakistan agree truce at Doha talks", {"Afghanistan": ("actor", "right"),
                                                           "Pakistan": ("actor", "right")}),
    ("Russia and Ukraine swap 200 prisoners", {"Russia": ("actor", "right"), "Ukraine": ("actor", "right")}),
    ("Militias threatened attacks on US forces at Ain al-Asad.", {"US": ("actor", "right")}),
    ("US drone strike kills militant commander in Jilib", {"US": ("actor", "right")}),
    ("The Arakan Army seized Paletwa on Sunday.", {"Arakan": ("actor", "right")}),
    ("The Jalisco New Generation Cartel attacked police in Aguililla.", {"Jalisco": ("actor", "right"),
                                                                       "Aguililla": SITE}),
    ("Ukraine's General Staff said its forces repelled 41 assaults.", {"Ukraine": ("actor", "right")}),
    ("Iraqi troops took control of Kirkuk's provincial government building on Monday.",
     {"Kirkuk": SITE}),
    ("Yemeni forces backed by the United Arab Emirates launched an assault on Hodeidah.",
     {"United Arab Emirates": ("actor", "left")}),
    ("Somalia recalls ambassador to Ethiopia over port deal", {"Ethiopia": ("actor", "left")}),
]


@pytest.mark.parametrize(("text", "expected_roles"), ACTORS, ids=[_text_id(t) for t in ACTORS])
def test_places_that_stand_for_their_state_or_group_are_actors(
        pipeline: Pipeline, text: str, expected_roles: dict[str, tuple[str, str]]) -> None:
    doc = parse(pipeline, text)
    for name, role in expected_roles.items():
        assert role_of(doc, name) == role, name
    actors = {m.text for m, r in zip(doc.mentions, doc.roles, strict=True) if r.name == "actor"}
    assert not any(e.location.name in actors for e in doc.events)


# -- triggers ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "sub"), [
    ("Protesters march on parliament in Kampala", "Peaceful protest"),
    ("Lawyers marching to the court were stopped", "Peaceful protest"),
    ("Fighters took full control of the town", TERRITORY),
    # a base that falls is overrun, an Armed clash (the guide; `triggers._post_taken`); a town is territory
    ("The base fell to the rebels after a week", CLASH),
    ("Two bases fall to the RSF in North Kordofan", CLASH),
    ("The town fell to the rebels after a week", TERRITORY),
    ("Gunmen hijacked a truck on the highway", ABDUCTION),
    ("The priest was seized by armed men at dawn", ABDUCTION),
    ("A device exploded near the market", IED),
    ("Sporadic gunfire was heard overnight", CLASH),
    ("Bulldozers tore up roads in the camp", LOOTING),
    ("Opposition fighters storm into the western districts", TERRITORY),
    ("A projectile exploded near a merchant vessel", SHELLING),
    ("Resistance forces seize police station", TERRITORY),
    ("Government troops and allied militias took control of the east", GOV),
    ("Gunmen torch houses, curfew imposed", LOOTING),  # the actor word is no second act
])
def test_new_trigger_phrases(sentence: str, sub: str) -> None:
    assert [c.sub_event_type for c in triggers.clauses(sentence) if c.family != "political"] == [sub]


@pytest.mark.parametrize("sentence", [
    "Talks were held on 3 March in Doha",  # the month, not a march
    "Prices fall to a two-year low",  # a fall to a figure, not to a force
    "The talks struck a deal on grain exports",  # a deal struck, not a strike
    "Rebels threatened to take control of the town",
    "The army plans to storm into the city next week",
])
def test_phrases_that_are_no_act(sentence: str) -> None:
    assert [c for c in triggers.clauses(sentence) if c.family != "political"] == []


def test_unreal_triggers_are_reported_with_their_spans() -> None:
    unreal: list[tuple[int, int]] = []
    found = triggers.clauses("Russia threatened to strike Kyiv as shelling hit Kharkiv.", unreal)
    assert [c.sub_event_type for c in found] == [SHELLING]
    assert unreal == [(21, 27)]  # "strike"
    frame: list[tuple[int, int]] = []
    triggers.clauses("Clashes since the start of the truce continue in Taiz", frame)
    assert frame == []  # a truce framing another act is no act of its own


# -- linear on pathological input ------------------------------------------------------------------

NEW_PATTERNS = ["_UNKNOWN_LIST", "_REFERENCE_GAP", "_ORG_AFTER", "_SENT_TO", "_REPORTED", "_CLAUSE_BREAK",
                "_COUNTRY_WEAPON", "_ARMED_AFTER", "_FLAG_AFTER", "_PREPOSITION_BEFORE", "_TOWN_POLICE",
                "_TARGET_OF", "_LOCATIVE", "_POSSESSIVE_ACTOR", "_COUNTRY_FRAME", "_APPOSITION"]


@pytest.mark.parametrize("name", ["_ORG_AFTER", "_COUNTRY_WEAPON", "_ARMED_AFTER", "_FLAG_AFTER",
                                  "_TOWN_POLICE", "_CLAUSE_BREAK", "_ROAD_AFTER"])
def test_patterns_read_at_an_offset_cannot_rescan_a_run(name: str) -> None:
    # Read from a mention's end over the rest of its sentence: every repeat followed by more pattern is
    # bounded, or is a run of spaces (tried at one offset, a run is read once). The other new patterns
    # read windows of at most 80 characters (see roles.py), covered by the parsing tests below.
    pattern = getattr(roles, name)
    for most, possessive, followed, body in _repeats(pattern.pattern):
        if followed and not possessive and not _only_spaces(body):
            assert most <= 80, (name, body)


ANCHORED = ["_ORG_AFTER", "_COUNTRY_WEAPON", "_ARMED_AFTER", "_FLAG_AFTER", "_TOWN_POLICE", "_CLAUSE_BREAK",
            "_REFERENCE_GAP", "_ROAD_AFTER"]


@pytest.mark.parametrize("text", [
    "Aaa, " * 20_000,  # an endless list of names the gazetteer lacks
    "Aaa al-Bbb and " * 7_000,
    " Aaaa" * 20_000,  # an endless run of capitalised words before an armed group's head word
    " " * 100_000,
    ", " * 50_000,
    " the new " * 10_000,
], ids=["names", "articles", "capitals", "spaces", "commas", "the"])
def test_patterns_read_at_an_offset_finish_on_100_kb(text: str) -> None:
    # The patterns that roles.py matches at a mention's end over the rest of the sentence.
    for name in ANCHORED:
        pattern = getattr(roles, name)
        pattern.match(text)
        pattern.match(text, 1)
    assert roles._CLAUSE_BREAK.search(" " * 100_000) is None


@pytest.mark.parametrize("unit", ["take ", "march in ", "falls to the ", "seized by ", "Aaa, ", "tear gas "])
def test_new_trigger_phrases_are_linear_on_100_kb(unit: str) -> None:
    def make(n: int) -> Callable[[], object]:
        text = unit * (n // len(unit))
        return lambda: triggers.clauses(text, [])
    assert growth(make, 50_000) < GROWTH


@pytest.mark.parametrize("joiner", [", ", " and ", ", 25 km west of ", " after the killing of ", " ",
                                    " road near "])
def test_long_lists_of_places_parse_linearly(pipeline: Pipeline, joiner: str) -> None:
    # Names the gazetteer lacks between known ones, reference phrases and unreal triggers between
    # places: each place reads a bounded window.
    names = ["Aleppo", "Qqqa", "Homs", "Qqqb", "Hama", "Idlib"]

    def text(n: int) -> str:
        return "Airstrikes hit " + joiner.join(names[i % len(names)] for i in range(n)) + "."
    assert growth(parsing(pipeline, text), 300) < GROWTH


@pytest.mark.parametrize("unit", [", ", ", about 12 ", ", 40 km north ", "  ,  west of "])
def test_the_apposed_reference_is_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    # _APPOSED is matched at one offset after each site; a run of its pieces parses in linear time.
    run = hundred_kb(unit)
    assert roles._APPOSED.match(run) is None  # no unit starts with one comma then a direction

    def text_of(n: int) -> str:
        return "Troops stormed Yabad" + unit * (n // len(unit)) + " west of Jenin and arrested three men."
    assert growth(parsing(pipeline, text_of, "2025-06-10"), 50_000) < GROWTH
