"""Classes of real headlines read before tuning in headlines19 (issue 14, items 1, 5 and 6), session 15.

Every sentence is our own. A sport word in another segment of a headline (after ";" or "|") does not make
the act a match report ("Junta jets bomb a village in X; Mandalay marathon goes ahead"); "blow up" in the
present tense is a blast, as "blew up" is; headline grammar drops the article after "seize" ("White Army
seizes garrison"); and named non-state armies ("White Army", "Popular Mobilization Forces") take ground,
they do not regain it.
"""

from __future__ import annotations

import pytest

from mapper.events import triggers
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str, int | None, int]]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-05-14"))
    return [(e.location.name, e.sub_event_type, e.fatalities, e.geo_precision) for e in doc.events]


@pytest.mark.parametrize(("text", "events"), [
    ("Army jets bomb village near Kyaukme; Lashio football derby postponed",
     [("Kyaukme", "Air/drone strike", None, 2)]),
    ("Drone strike kills 3 in Kupiansk | Kharkiv marathon cancelled",
     [("Kupyansk", "Air/drone strike", 3, 1)]),
])
def test_a_sport_word_in_another_segment_leaves_the_act(
        pipeline: Pipeline, text: str, events: list[tuple[str, str, int | None, int]]) -> None:
    assert _events(pipeline, text) == events


def test_a_sport_word_in_the_same_segment_is_still_sport() -> None:
    assert triggers.find_triggers("super eagles bombard ghana 4-0 in accra friendly") == []
    assert triggers.find_triggers("jets bomb kyaukme; lashio derby postponed") != []


@pytest.mark.parametrize(("text", "events"), [
    ("Militants blow up gas pipeline near Dera Bugti",
     [("Dera Bugti", "Remote explosive/landmine/IED", None, 2)]),
    ("Insurgents blow up bridge in Macomia, cutting the road", [("Macomia", "Remote explosive/landmine/IED",
                                                                 None, 1)]),
])
def test_present_tense_blow_up_is_a_blast(pipeline: Pipeline, text: str,
                                          events: list[tuple[str, str, int | None, int]]) -> None:
    assert _events(pipeline, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("Ulang: White Army seizes garrison after heavy fighting",
     [("Ulang", "Non-state actor overtakes territory", None, 1)]),
    ("Rebels seize base near Kitshanga", [("Kitshanga", "Non-state actor overtakes territory", None, 2)]),
    ("Popular Mobilization Forces seize Baiji", [("Bayjī", "Non-state actor overtakes territory", None, 1)]),
])
def test_headline_seizures_without_an_article(pipeline: Pipeline, text: str,
                                              events: list[tuple[str, str, int | None, int]]) -> None:
    assert _events(pipeline, text) == events


@pytest.mark.parametrize("unit", ["jets bomb; ", "derby | ", "blow up blow ", "seizes garrison seizes ",
                                  "white army seizes "])
def test_the_classes_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Army jets bomb " + unit * (n // len(unit)) + "Kyaukme; Lashio derby postponed"
    assert growth(parsing(pipeline, text_of, "2025-05-14"), 50_000) < GROWTH


@pytest.mark.parametrize(("text", "events"), [
    # Russia's aerial bombs by designation are dropped from the air, even after a bare "strike".
    ("Kherson: KAB strike on a warehouse, two injured", [("Kherson", "Air/drone strike", None, 1)]),
    ("Russians drop FAB-250 on Kupiansk, house destroyed", [("Kupyansk", "Air/drone strike", None, 1)]),
    ("Orikhiv hit by UMPK bombs overnight", [("Orikhiv", "Air/drone strike", None, 1)]),
    # A bare strike on a Ukrainian town is still the missile ACLED codes.
    ("Kharkiv strike kills 3", [("Kharkiv", "Shelling/artillery/missile attack", 3, 1)]),
])
def test_aerial_bombs_by_designation(pipeline: Pipeline, text: str,
                                     events: list[tuple[str, str, int | None, int]]) -> None:
    assert _events(pipeline, text) == events


def test_designations_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        return "Russians drop " + "fab-250 kab umpk " * (n // 17) + "on Kupiansk"
    assert growth(parsing(pipeline, text_of, "2025-05-14"), 50_000) < GROWTH


@pytest.mark.parametrize(("text", "events"), [
    # A report's verb before a headline passive: the place was hit, it is no subject that acted.
    ("Governor says Oleshky hit again, one dead", [("Oleshky", "Shelling/artillery/missile attack", 1, 1)]),
    # ... and after a ";" the second report keeps its own weapon, however many words open it.
    ("Drones hit Kupiansk; regional governor says Vovchansk shelled overnight",
     [("Kupyansk", "Air/drone strike", None, 1),
      ("Vovchansk", "Shelling/artillery/missile attack", None, 1)]),
    # An active verb with its object stays active: the object is the site.
    ("Kyiv says Russia shelled Nikopol", [("Nikopol", "Shelling/artillery/missile attack", None, 1)]),
])
def test_reported_headline_passives(pipeline: Pipeline, text: str,
                                    events: list[tuple[str, str, int | None, int]]) -> None:
    assert _events(pipeline, text) == events


def test_reported_passives_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        return "Drones hit Kupiansk; " + "governor says " * (n // 14) + "Vovchansk shelled"
    assert growth(parsing(pipeline, text_of, "2025-05-14"), 50_000) < GROWTH


@pytest.mark.parametrize(("text", "sub"), [
    # The armed men after a passive's "by" did the killing: the victims are before the verb.
    ("Kalehe: three farmers killed by Raia Mutomboki militiamen", "Attack"),
    ("Five herders shot dead by bandits near Gusau", "Attack"),
    # Soldiers killed by militants are still one side of a battle.
    ("Four soldiers killed by jihadists near Djibo", "Armed clash"),
    # "an attack by" is a noun's agent: the fighting it tells stays a clash.
    ("Troops repel an attack by ISWAP fighters in Konduga, killing 10 of them", "Armed clash"),
])
def test_a_passive_agent_is_not_the_victim(pipeline: Pipeline, text: str, sub: str) -> None:
    assert [s for _, s, _, _ in _events(pipeline, text)] == [sub]


@pytest.mark.parametrize(("text", "sub"), [
    # A state named by its adjective or its forces' own name before "raid on" a camp: a security operation,
    # a clash unless the dead are named civilians.
    ("IDF raid on Tulkarm refugee camp enters second day", "Armed clash"),
    ("Israeli raid on Nur Shams refugee camp kills 3 gunmen", "Armed clash"),
    ("Israeli raid on Nur Shams refugee camp kills 3 civilians", "Attack"),
    # Gunmen raiding a village are no state.
    ("Gunmen raid on Kajuru village kills 12", "Attack"),
])
def test_a_state_raid_named_by_its_adjective(pipeline: Pipeline, text: str, sub: str) -> None:
    assert [s for _, s, _, _ in _events(pipeline, text)] == [sub]


def test_state_raids_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        return "Israeli " + "israeli army " * (n // 13) + "raid on Nur Shams refugee camp kills 3 gunmen"
    assert growth(parsing(pipeline, text_of, "2025-05-14"), 50_000) < GROWTH


@pytest.mark.parametrize(("text", "events"), [
    # A town after a time clause beside a province belongs to what came before: the act stays in the province.
    ("Bandits kill 7 in Katsina village raid, a week after Funtua security summit",
     [("Katsina", "Attack", 7, 2)]),
    # A town named beside its province with nothing between still places the act.
    ("Bandits kill 7 in Katsina's Funtua", [("Funtua", "Attack", 7, 1)]),
])
def test_a_town_after_a_time_clause_does_not_place_the_province(
        pipeline: Pipeline, text: str, events: list[tuple[str, str, int | None, int]]) -> None:
    assert _events(pipeline, text) == events


def test_time_clauses_beside_a_province_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        return "Bandits kill 7 in Katsina village raid" + ", days after" * (n // 12) + " Funtua talks"
    assert growth(parsing(pipeline, text_of, "2025-05-14"), 50_000) < GROWTH


@pytest.mark.parametrize(("text", "actor1"), [
    # A kind of armed body as the attack's modifier names who acted, as "rebel attack" does.
    ("Militant attack on checkpoint in Bannu kills two policemen", "militants"),
    ("Bandit attack kills 12 in Tsafe village", "bandits"),
    ("Separatist attack kills three soldiers near Kumba", "separatists"),
])
def test_a_kind_of_armed_body_before_attack_is_actor1(pipeline: Pipeline, text: str, actor1: str) -> None:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-05-14"))
    assert [e.actor1.name if e.actor1 else None for e in doc.events] == [actor1]


def test_modifiers_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        return "Militant " + "bandit militant " * (n // 16) + "attack kills 12 in Tsafe village"
    assert growth(parsing(pipeline, text_of, "2025-05-14"), 50_000) < GROWTH


@pytest.mark.parametrize(("text", "sub"), [
    # Self-defence militias are one armed side: killing them is a battle, not an attack on civilians.
    ("ISWAP raid on Monguno kills 6 vigilantes", "Armed clash"),
    ("Jihadists kill 9 VDP members near Kaya", "Armed clash"),
    ("Jihadists kill 9 herders near Kaya", "Attack"),
])
def test_vigilantes_are_an_armed_side(pipeline: Pipeline, text: str, sub: str) -> None:
    assert [s for _, s, _, _ in _events(pipeline, text)] == [sub]


@pytest.mark.parametrize(("text", "country"), [
    # With no other place to read it by, a state's forces named by demonym say which namesake is meant.
    ("Malian army drone hits market in Léré, 5 dead", "ML"),
    ("Chadian troops repel attack on Léré", "TD"),
    # ... but they never move a town that has no namesake in their country: they may act abroad.
    ("Ukrainian drones hit oil depot in Novoshakhtinsk", "RU"),
])
def test_state_forces_demonym_picks_the_namesake(pipeline: Pipeline, text: str, country: str) -> None:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-05-14"))
    assert [e.location.country_code for e in doc.events] == [country]


def _roles(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-05-14"))
    return [(m.text, r.name) for m, r in zip(doc.mentions, doc.roles, strict=True)]


@pytest.mark.parametrize(("text", "roles"), [
    # A state's acts and plans in headline tense: the country stands for its government.
    ("UK sanctions two RSF commanders over Zamzam camp killings",
     [("UK", "actor"), ("Zamzam camp", "context")]),
    ("Kenya to deploy 400 more police officers to Haiti", [("Kenya", "actor"), ("Haiti", "context")]),
    ("Israel orders residents of Tyre to leave", [("Israel", "actor"), ("Tyre", "context")]),
])
def test_a_state_acting_in_headline_tense_is_an_actor(pipeline: Pipeline, text: str,
                                                      roles: list[tuple[str, str]]) -> None:
    assert _roles(pipeline, text) == roles


def test_state_verbs_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        return "Kenya " + "to  " * (n // 4) + "deploy police to Haiti"
    assert growth(parsing(pipeline, text_of, "2025-05-14"), 50_000) < GROWTH


@pytest.mark.parametrize(("text", "role"), [
    # A country beside another side, before what they do together, is a side: no place.
    ("Sudan, RSF delegations meet in Jeddah", "actor"),
    ("Mali, FLA negotiators meet in Algiers", "actor"),
    # Not a list of towns ("Kharkiv, Sumy officials say": Kharkiv was hit).
    ("Drones hit Kharkiv, Sumy officials say", "event_site"),
])
def test_a_country_beside_another_side_is_a_side(pipeline: Pipeline, text: str, role: str) -> None:
    assert _roles(pipeline, text)[0][1] == role


def test_sides_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        return "Sudan, " + "Rsf " * (n // 4) + "delegations meet in Jeddah"
    assert growth(parsing(pipeline, text_of, "2025-05-14"), 50_000) < GROWTH
