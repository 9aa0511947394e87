"""Headlines as outlets and monitors print them (issue 14, training/events/headlines6.jsonl): a facility
an attack closed or set ablaze, "lay siege to X", a participle opening ("Hit by drones overnight, X
burns"), fire "from across the X", a proper name "seized by insurgents", "X under fire", a list of towns
before "regions", communal fights. All headlines are our own."""

from __future__ import annotations

import pytest

from mapper.events import coder, roles, triggers
from mapper.geoparse import recognize
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, trigger_scan_growth

PUBLISHED = "2025-02-14"
OVERTAKES = "Non-state actor overtakes territory"
SHELLING, AIR = "Shelling/artillery/missile attack", "Air/drone strike"


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str, str, str]]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return sorted((e.sub_event_type, e.location.name, e.location.country_code) for e in doc.events)


def _roles(pipeline: Pipeline, text: str) -> dict[str, str]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return {m.text: r.name for m, r in zip(doc.mentions, doc.roles, strict=True)}


@pytest.mark.parametrize(("text", "expected"), [
    # The facility an attack closed is where it struck (the facility's own row, or its town).
    ("Shelling closes Mitiga airport as fighting rages south of Tripoli",
     [("Armed clash", "Tripoli", "LY"), (SHELLING, "Mitiga Airport", "LY")]),
    ("Rocket fire closes Benghazi's Benina airport", [(SHELLING, "Benina International Airport", "LY")]),
    ("Artillery fire shuts Goma airport", [(SHELLING, "Goma", "CD")]),
    ("Chaman crossing shut after Pakistani and Afghan troops exchange fire",
     [("Armed clash", "Chaman", "PK")]),
    ("Drone strike sets Kosti fuel depot ablaze", [(AIR, "Kosti", "SD")]),
    # A closure with no attack is no event.
    ("Pakistan closes Torkham crossing over visa dispute", []),
])
def test_a_facility_an_attack_closed_is_its_site(pipeline: Pipeline, text: str,
                                                 expected: list[tuple[str, str, str]]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jihadists lay siege to Djibo, cutting off 300,000 people", [("Armed clash", "Djibo", "BF")]),
    ("Rebels laid siege to Kadugli on Thursday", [("Armed clash", "Kadugli", "SD")]),
])
def test_lay_siege_to_a_town(pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _coded(pipeline, text) == expected


def test_a_participle_opening_places_the_attack_at_the_subject(pipeline: Pipeline) -> None:
    assert _coded(pipeline, "Hit by drones overnight, Odesa port burns") == [(AIR, "Odesa", "UA")]
    text = "Shelled from across the Dnipro, Kherson counts its dead"
    assert _coded(pipeline, text) == [(SHELLING, "Kherson", "UA")]
    assert _roles(pipeline, text) == {"Dnipro": "context", "Kherson": "event_site"}  # the far bank


@pytest.mark.parametrize(("text", "expected"), [
    ("Quissanga seized by insurgents as army retreats", [(OVERTAKES, "Quissanga", "MZ")]),
    ("Mocimboa da Praia captured by Islamist insurgents after days of fighting",
     [(OVERTAKES, "Mocímboa da Praia", "MZ")]),
    ("Bunagana taken by M23 rebels", [(OVERTAKES, "Bunagana", "CD")]),
    # People seized are abducted; so are they in Title Case, where a name and a noun look alike.
    ("Two nurses seized by jihadists in Kidal", [("Abduction/forced disappearance", "Kidal", "ML")]),
])
def test_a_proper_name_seized_by_an_armed_group_is_ground_taken(
        pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Pokrovsk under fire as Russian troops push closer", [("Armed clash", "Pokrovsk", "UA")]),
    ("Pokrovsk Under Fire As Russian Troops Advance", [("Armed clash", "Pokrovsk", "UA")]),  # Title Case
    ("Kupiansk under heavy shelling", [(SHELLING, "Kupyansk", "UA")]),
    ("The convoy came under heavy fire near Mellit on Friday.", [("Armed clash", "Mellit", "SD")]),
    ("Kidal retaken by Malian army and Wagner fighters", [("Government regains territory", "Kidal", "ML")]),
    # The idiom is no attack.
    ("UN chief under fire over Gaza aid response", []),
])
def test_a_place_under_fire_or_retaken_opens_a_headline(pipeline: Pipeline, text: str,
                                                        expected: list[tuple[str, str, str]]) -> None:
    assert _coded(pipeline, text) == expected


def test_a_list_of_towns_before_regions_names_each_province(pipeline: Pipeline) -> None:
    text = "Russian drones pound Kherson, Mykolaiv and Dnipropetrovsk regions"
    doc = pipeline.parse(text, published=PUBLISHED)
    assert sorted((e.location.kind, e.location.name, e.geo_precision) for e in doc.events) == [
        ("admin1", "Dnipropetrovska oblast", 3), ("admin1", "Khersonska oblast", 3),
        ("admin1", "Mykolaivska oblast", 3)]  # provinces, nothing smaller named: ACLED's precision 3
    # "and other regions" names no province.
    assert _coded(pipeline, "Russian drones pound Kherson and other regions") == [(AIR, "Kherson", "UA")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Clashes between herders and farmers leave 12 dead in Chad's Mandoul",
     [("Mob violence", "Mandoul", "TD")]),
    ("Khagrachari under curfew after deadly clashes between settlers and Pahari residents",
     [("Mob violence", "Khagrachhari", "BD")]),
    # Armed groups fight battles.
    ("Clashes between armed groups leave 12 dead in Ituri", [("Armed clash", "Ituri", "CD")]),
])
def test_communal_fights_are_mob_violence(pipeline: Pipeline, text: str,
                                          expected: list[tuple[str, str, str]]) -> None:
    assert _coded(pipeline, text) == expected


# -- linear on hostile input -------------------------------------------------------------------------

_HOSTILE = [
    (roles._CLOSED_BEFORE, ("closes " + "x's " * 30_000)[:100_000], "search", False),
    (roles._CLOSED_AFTER, " " * 100_000 + "shut", "match", False),
    (roles._FACILITY_AFTER, " " * 100_000 + "airport", "match", False),
    (roles._PARTICIPLE_OPENING, "Hit " + "by " * 40_000, "fullmatch", False),  # at most 60 characters
    (roles._FIRED_FROM, ("shelled " + "from " * 25_000)[:100_000] + "across the ", "search", False),
    (coder._LISTED_PROVINCES, (", Abc" * 25_000)[:100_000] + " regions", "match", False),
    (recognize._UNDER_ATTACK, " under" + " " * 100_000 + "fire", "match", False),
]


@pytest.mark.parametrize("case", range(len(_HOSTILE)))
def test_the_new_patterns_finish_on_100_kb(case: int) -> None:
    regex, hostile, how, found = _HOSTILE[case]
    assert len(hostile) >= 100_000
    assert (getattr(regex, how)(hostile) is not None) is found


@pytest.mark.parametrize("unit", ["under fire ", "clashes between herders ", "rival groups clash ",
                                  "under heavy fire over "])
def test_the_new_triggers_are_linear_on_100_kb(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH


def test_the_new_rules_are_linear(pipeline: Pipeline) -> None:
    def text(n: int) -> str:
        return "\n".join(["Shelling closes Mitiga airport", "Hit by drones overnight, Odesa port burns",
                          "Quissanga seized by insurgents", "Pokrovsk under fire",
                          "Drones pound Kherson, Mykolaiv and Sumy regions"][i % 5] for i in range(n))
    assert growth(parsing(pipeline, text), 40) < GROWTH


@pytest.mark.parametrize("text", [
    # A past event remembered, tried or marked, a truce that holds, a funeral: no event today.
    "Sudan: Remembering the Geneina massacre, two years on",
    "The Bucha killings, three years on",
    "Trial opens in Paris over Bataclan attack",
    "Court jails 12 over Kabul airport bombing",
    "Ceasefire holds in Tripoli",
    "Funeral held in Nablus for teenager killed in Israeli raid",
])
def test_remembered_tried_or_held_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert _coded(pipeline, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # (a hotel holds civilians: its storming is an attack, as the corpus codes "storm SYL hotel", "storms
    # Baraawe hotel", "Gunmen storm Corinthia hotel"; types46)
    ("Somalia: al-Shabaab fighters storm hotel in Kismayo", [("Attack", "Kismayo", "SO")]),
    ("Gunmen storm Kumba school, killing seven children", [("Attack", "Kumba", "CM")]),
    ("Storms hit Mozambique's Cabo Delgado", []),
    ("Yemen: US and UK strike Houthi targets in Sanaa, Hodeidah",
     [(AIR, "Al Ḩudaydah", "YE"), (AIR, "Sanaa", "YE")]),
])
def test_present_tense_storm_and_allied_strikes(pipeline: Pipeline, text: str,
                                                expected: list[tuple[str, str, str]]) -> None:
    assert _coded(pipeline, text) == expected


def test_the_phantom_patterns_finish_on_100_kb() -> None:
    hostile = ("jailed " + "x " * 50_000)[:100_000] + "over"
    assert triggers._REMEMBERED.search(hostile) is None  # four words at most
    assert triggers._YEARS_ON.match("x" * 100_000 + " two years on") is None  # 60 characters at most
    assert triggers._HOLDS.match(" " * 100_000 + "holds") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("M23 rebels enter Goma, claim control of city", [(OVERTAKES, "Goma", "CD")]),
    ("Jihadists entered Djibo on Sunday", [(OVERTAKES, "Djibo", "BF")]),
    # The other side withdrew, nobody fought: a handover.
    ("Rebels enter Kiwanja as army pulls out", [("Non-violent transfer of territory", "Kiwanja", "CD")]),
])
def test_armed_groups_entering_a_named_town(pipeline: Pipeline, text: str,
                                            expected: list[tuple[str, str, str]]) -> None:
    assert _coded(pipeline, text) == expected


def test_an_air_raid_alert_and_a_navy_ship_are_no_sites(pipeline: Pipeline) -> None:
    assert _coded(pipeline, "Air raid alert declared in Kyiv and several regions") == []
    assert _roles(pipeline, "Houthis say they targeted US destroyer in Gulf of Aden")["US"] == "actor"


def test_a_group_named_after_in_is_no_smaller_place(pipeline: Pipeline) -> None:
    # "in RSF attack": the group names the act; the province is the only place the line gives.
    doc = pipeline.parse("At least 40 killed in RSF attack on village in Gezira state", published=PUBLISHED)
    assert [(e.sub_event_type, e.location.name, e.geo_precision, e.fatalities) for e in doc.events] == [
        ("Attack", "Gezira", 2, 40)]
    assert coder._ACT_AFTER.match("x" * 100_000 + " attack") is None  # a word of 30 letters at most


@pytest.mark.parametrize(("text", "expected"), [
    # A bomb at a rally is an explosion; an election rally it targets is no protest.
    ("Suicide bomber targets election rally in Bajaur", [("Suicide bomb", "Bājaur Agency", "PK")]),
    ("Suicide bomber kills 20 at rally in Bajaur", [("Suicide bomb", "Bājaur Agency", "PK")]),
    # Forces firing at a protest still use force against protesters.
    ("Police shot dead 3 at protest in Nairobi", [("Excessive force against protesters", "Nairobi", "KE")]),
])
def test_a_bomb_at_a_rally(pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize("text", [
    "Map: Where Israel has struck in Lebanon", "Mapped: Israeli strikes across Lebanon",
    "In numbers: Russian strikes on Kyiv"])
def test_maps_and_figures_report_nothing(pipeline: Pipeline, text: str) -> None:
    assert _coded(pipeline, text) == []


def test_seized_a_then_b_is_two_takings(pipeline: Pipeline) -> None:
    assert _coded(pipeline, "Rebels seized Rubaya, then Sake, in weeklong push") == [
        (OVERTAKES, "Rubaya", "CD"), (OVERTAKES, "Sake", "CD")]


@pytest.mark.parametrize(("text", "expected"), [
    # A topic after its country ("Yemen's Marib:") is a topic too.
    ("Yemen's Marib: Houthi drone hits oil facility", [(AIR, "Ma'rib", "YE")]),
    # A district the topic's verb struck is the site, not the province's town before it.
    ("Idlib: Russian jets pound Jisr al-Shughur", [(AIR, "Jisr ash Shughūr", "SY")]),
    ("Syria's Idlib: Russian jets pound Jisr al-Shughur", [(AIR, "Jisr ash Shughūr", "SY")]),
])
def test_topics_after_a_country_and_before_a_district(pipeline: Pipeline, text: str,
                                                       expected: list[tuple[str, str, str]]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Two killed as Kramatorsk shelled", [(SHELLING, "Kramatorsk", "UA")]),
    ("Blast in Kabul kills 3; Herat hit by rockets",
     [("Remote explosive/landmine/IED", "Kabul", "AF"), (SHELLING, "Herāt", "AF")]),
])
def test_a_place_and_its_participle_open_a_second_clause(pipeline: Pipeline, text: str,
                                                         expected: list[tuple[str, str, str]]) -> None:
    assert _coded(pipeline, text) == expected


def test_the_opener_pattern_finishes_on_100_kb() -> None:
    assert roles._OPENER_BEFORE.search("as" + " " * 100_000) is None  # three spaces at most


@pytest.mark.parametrize(("text", "expected"), [
    # A headline's participle without "were": its subject is who died.
    ("Three civilians killed in Nikopol", [("Attack", "Nikopol", "UA")]),
    ("Two children killed in Kherson", [("Attack", "Kherson", "UA")]),
    ("Two soldiers killed in ambush near Tillia", [("Armed clash", "Tillia", "NE")]),
])
def test_a_bare_participle_names_the_dead(pipeline: Pipeline, text: str,
                                          expected: list[tuple[str, str, str]]) -> None:
    assert _coded(pipeline, text) == expected
    assert triggers._HEADLINE_SUBJECT.search(":" + " x" * 50_000) is None  # four words at most
