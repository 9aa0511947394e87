"""Recognition of gazetteer places in conflict reporting (issue 14): the places a conflict text names
are found whatever their spelling, their facility noun or their place in a dateline or a list, and
the ordinary words and first names of local news stay unmatched."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mapper.gazetteer import ALTERNATE, Gazetteer
from mapper.gazetteer.names import normalize, variant
from mapper.geoparse.recognize import Candidate, _evidence, event_context, find_candidates
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth


def _recognised(pipeline: Pipeline, text: str) -> list[str]:
    return [c.text for c in pipeline.recognizer(text)]


# (text, names the recogniser must find in it, exactly as written), from many theatres. Each name
# is in the gazetteer (in this spelling or another) and was dropped before.
CONFLICT_TEXTS = [
    # the event's context: talks, a front, a list beside a confident place, a dateline, "around X"
    ("Afghanistan and Pakistan agree immediate ceasefire at Doha talks", ["Doha"]),
    ("Government forces repel Houthi assault on Marib front", ["Marib"]),
    ("Russian forces advance near Pokrovsk and Toretsk", ["Pokrovsk", "Toretsk"]),
    ("BAALBEK, Lebanon — Israeli strikes on villages around Baalbek killed at least 19 people on Monday.",
     ["BAALBEK", "Baalbek"]),
    ("CAIRO (Reuters) - An Israeli air strike set fire to a tent camp for displaced people in Rafah.",
     ["CAIRO", "Rafah"]),
    ("KHARTOUM, Sudan (AP) — Fighting raged in Omdurman on Saturday.", ["KHARTOUM", "Omdurman"]),
    ("JUBA — Government forces and the SPLA-IO clashed in Nasir on Wednesday.", ["JUBA", "Nasir"]),
    ("Azerbaijan launched strikes on Tuesday, with artillery striking around Stepanakert and Martuni.",
     ["Stepanakert", "Martuni"]),
    # spelling variants: vowel digraphs, doubled letters, the article's assimilation, a final "h"
    ("Turkish forces shelled the outskirts of Tal Rifaat and villages around Manbij on Friday.",
     ["Tal Rifaat", "Manbij"]),
    ("Janzour: clashes between rival armed groups leave 4 dead", ["Janzour"]),
    ("Warplanes bomb Maarat al-Numan", ["Maarat al-Numan"]),
    ("Syrian army takes full control of Ma'arrat al-Nu'man", ["Ma'arrat al-Nu'man"]),
    ("Qalaat al-Madiq: regime forces take control of town after days of bombardment", ["Qalaat al-Madiq"]),
    ("Gunmen abducted a council member outside his home in Tajoura on Sunday night.", ["Tajoura"]),
    ("Gunmen looted the market in Kabkabiya, North Darfur, on Tuesday.", ["Kabkabiya", "North Darfur"]),
    ("Islamic State takes over Ramadi as Iraqi troops abandon positions", ["Ramadi"]),
    ("Gunmen assassinate the president at his home in Petion-Ville", ["Petion-Ville"]),  # Pétionville
    # a capitalised article opens the name
    ("Fighting in Al Fasher and El Obeid.", ["Al Fasher", "El Obeid"]),
    ("El Fasher's Abu Shouk camp shelled, 9 dead", ["El Fasher"]),
    # facilities: the gazetteer's facility, found with the lowercase noun after its name, or the town
    # it is named after, beside it
    ("Israeli strikes hit Nuseirat refugee camp", ["Nuseirat"]),
    ("The Houthis fired a ballistic missile at Israel's Ben Gurion airport.", ["Ben Gurion airport"]),
    ("Turkish-backed factions and the SDF clashed near the Tishrin dam, east of Aleppo, on Sunday.",
     ["Tishrin dam", "Aleppo"]),
    ("Torkham crossing shut after border forces exchange fire", ["Torkham crossing"]),
    ("Iran fired ballistic missiles at the Ain al-Asad air base in western Iraq.", ["Ain al-Asad air base"]),
    ("Militants stormed the Zamzam camp before dawn.", ["Zamzam camp"]),
    # a demonym before an armed force: the country acting
    ("Russian forces advance near Pokrovsk", ["Russian"]),
    ("Turkish forces shelled villages near Manbij", ["Turkish"]),
]


@pytest.mark.parametrize(("text", "names"), CONFLICT_TEXTS, ids=[t[:40] for t, _ in CONFLICT_TEXTS])
def test_places_of_conflict_reporting_are_recognised(pipeline: Pipeline, text: str, names: list[str]) -> None:
    found = _recognised(pipeline, text)
    assert [n for n in names if n not in found] == [], found


def test_a_facility_noun_joins_the_name_only_when_the_gazetteer_has_the_facility(pipeline: Pipeline) -> None:
    gaz = pipeline.gazetteer
    (camp,) = pipeline.recognizer("Militants stormed the Zamzam camp before dawn.")
    assert (camp.text, camp.facility_match) == ("Zamzam camp", True)
    assert [gaz.row(o.row).name for o in camp.options] == ["Zamzam camp"]
    # "Torkham crossing" is the gazetteer's "Torkham border crossing"
    (crossing,) = pipeline.recognizer("Torkham crossing shut after clashes")
    assert [gaz.row(o.row).name for o in crossing.options] == ["Torkham border crossing"]
    # The airport of a town is the town: an incident told at both stays one.
    for text, town in (("Fighting near Goma airport forced flights to stop.", "Goma"),
                       ("Jets bombed positions overlooking the Deir ez-Zor airport.", "Deir ez-Zor")):
        (c,) = pipeline.recognizer(text)
        assert (c.text, c.facility_match, c.facility_after) == (town, False, True)
        evidence = _evidence(c, gaz)  # the noun settles the facility doubt of the name
        assert "facility_head" in evidence and "kind=facility" not in evidence
    # No "Kramatorsk market" in the gazetteer: the town, with the noun outside the name.
    (town,) = pipeline.recognizer("Drone strike on Kramatorsk market kills three")
    assert (town.text, town.facility_match) == ("Kramatorsk", False)


def test_a_capitalised_article_is_part_of_a_name_only_when_the_name_has_it(pipeline: Pipeline) -> None:
    assert _recognised(pipeline, "Gangs attacked in El Salvador and El Paso on Monday.") == [
        "El Salvador", "El Paso"]
    # "At" is no article of "Moscow", "As" none of "Americans"
    text = "At Moscow's request, the council met in New York."
    assert _recognised(pipeline, text) == ["Moscow", "New York"]
    assert [c.text for c in find_candidates("As Americans, we agree.", pipeline.gazetteer)] == ["Americans"]


def test_spelling_variants_meet_the_same_key() -> None:
    pairs = [("Janzour", "Janzūr"), ("Tal Rifaat", "Tall Rif‘at"), ("Maarat al-Numan", "Ma‘arrat an Nu‘mān"),
             ("Qalaat al-Madiq", "Qal`at al Madiq"), ("Ras al-Ain", "Ra’s al ‘Ayn"),
             ("Kabkabiya", "Kabkābīyah"), ("Tajoura", "Tājūrā’"), ("Tishreen", "Tishrin")]
    for a, b in pairs:
        assert variant(normalize(a)) == variant(normalize(b)), (a, b)
    # An article alone is no article: "As" (a town) keeps its key; different names stay apart.
    assert variant("as") == "as" and variant("as sulaymaniyah") == "al sulaimania"
    assert variant(normalize("Homs")) != variant(normalize("Hama"))


def test_the_gazetteer_answers_a_spelling_variant_as_an_alternate_name(gazetteer: Gazetteer) -> None:
    found = gazetteer.by_variant("janzour")
    assert [(gazetteer.row(o.row).name, o.how) for o in found] == [("Janzūr", ALTERNATE)]
    assert gazetteer.options("janzour") == ()  # the variant keys never meet a plain look-up
    assert gazetteer.lookup("Janzour")[0][0].name == "Janzūr"


def test_ordinary_words_and_first_names_are_not_spelling_variants(pipeline: Pipeline) -> None:
    # Their variants name villages ("Jerry" -> "jeri", "Route" -> "rute"): a single word is matched by
    # its variant only when that names a sizeable town.
    text = "Jerry Kosinski took Route 9 to the School with Moose, Carr and MIEH."
    assert [c.text for c in find_candidates(text, pipeline.gazetteer) if c.variant_match] == []


def test_a_partial_name_takes_no_context_from_the_words_after_the_whole_name(pipeline: Pipeline) -> None:
    # "Salim" of "Abu Salim district" is not boosted by "district": the district is "Abu Salim".
    # (Nor is it a candidate at all: the rest of an unknown name after a generic head is no place.)
    text = "Heavy clashes erupt near Abu Salim district"
    assert "Salim" not in {c.text for c in pipeline.recognizer.candidates(text)}
    start = text.index("Salim")
    salim = Candidate(start, start + 5, "Salim", "salim", ())
    assert not event_context(salim, text, True, True)
    assert event_context(salim, text, True, False)


def _user_gazetteer(tmp_path: Path, rows: str) -> Gazetteer:
    path = tmp_path / "mine.csv"
    path.write_text("name,lat,lon,country,kind,aliases\n" + rows, encoding="utf-8")
    return Gazetteer.load(extra=path)


def test_places_from_the_users_gazetteer_are_recognised_whatever_their_kind(tmp_path: Path) -> None:
    gaz = _user_gazetteer(tmp_path, "Kilo Nine Outpost,34.1,44.2,IQ,facility,K9 Outpost\n"
                                    "Yelwata,7.6,8.9,NG,city,\n"
                                    "Wharf Jeremie,18.57,-72.35,HT,region,\n")
    pipe = Pipeline(gaz)
    # Weak contexts, where a built-in facility or village of no population would be doubted.
    texts = ["Kilo Nine Outpost shut after clashes", "Troops left Kilo Nine Outpost on Monday.",
             "Yelwata mourns its dead", "Gangs rule Wharf Jeremie"]
    mentions = [(m.text, m.place.name, m.place.kind) for t in texts for m in pipe.parse(t).mentions]
    assert mentions == [("Kilo Nine Outpost", "Kilo Nine Outpost", "facility")] * 2 + [
        ("Yelwata", "Yelwata", "city"), ("Wharf Jeremie", "Wharf Jeremie", "region")]
    # A person's honorific still outweighs the user's list.
    assert [m.text for m in pipe.parse("Mr. Yelwata said nothing.").mentions] == []


# -- linear on pathological input ----------------------------------------------------------------

@pytest.mark.parametrize(("unit", "per_unit"), [
    ("Goma camp ", ["Goma"]), ("Goma refugee camp refugee ", ["Goma"]), ("Goma " + "c" * 50 + " ", ["Goma"]),
    ("Aleppo and Homs, ", ["Aleppo", "Homs"]), ("El El El ", []),
    ("Tal Rifaat al-Numan ", ["Tal Rifaat", "al-Numan"]),
])
def test_recognition_is_linear_on_100_kb_of_one_pattern(pipeline: Pipeline, unit: str,
                                                        per_unit: list[str]) -> None:
    def make(n: int) -> Callable[[], object]:
        text = unit * n
        return lambda: pipeline.recognizer.candidates(text)
    assert growth(make, 2_000 // len(unit)) < GROWTH
    n = 100_000 // len(unit)  # and 100 KB of it, once
    assert [c.text for c in find_candidates(unit * n, pipeline.gazetteer)] == per_unit * n


def test_a_long_lowercase_word_after_a_name_is_read_once(pipeline: Pipeline) -> None:
    def make(n: int) -> Callable[[], object]:
        text = "Shelling hit Goma " + "camp" * n + " and Goma " + "x" * n + "."
        return lambda: pipeline.recognizer.candidates(text)
    assert growth(make, 25_000) < GROWTH


@pytest.mark.parametrize("text", [
    # An armed group's name is the group, not a namesake town (Hamm in Germany lists "Hamas", a Turkish
    # village "Taliban", Fano is in Italy).
    "Hamas fighters attacked an army post near Gaza City.",
    "Hamas gunmen fired rockets at Ashkelon on Monday.",
    "Taliban fighters seized a district centre near Kunduz.",
    "Fano fighters attacked an army convoy near Gondar.",
])
def test_armed_group_names_are_not_places(pipeline: Pipeline, text: str) -> None:
    found = _recognised(pipeline, text)
    assert not {"Hamas", "Taliban", "Fano"} & set(found)
    assert found  # the real place of the sentence is still found


def test_the_first_word_of_a_groups_name_is_no_town(pipeline: Pipeline) -> None:
    # "Boko" is a town in the Republic of Congo; before "Haram" it is the group's name.
    text = "Twelve soldiers killed in Boko Haram attack on army post near Bol"
    assert _recognised(pipeline, text) == ["Bol"]
    # A group named after its region keeps the region as a mention (its affiliation: an actor).
    assert "Arakan" in _recognised(pipeline, "Arakan Army fighters seized Buthidaung on Sunday.")
    # The town alone is still a town.
    assert "Boko" in _recognised(pipeline, "Fighting in Boko, Congo, killed two people.")


def test_the_group_name_check_is_linear_on_100_kb(pipeline: Pipeline) -> None:
    unit = "in Boko Haram attack near Bol, "

    def make(n: int) -> Callable[[], object]:
        text = unit * n
        return lambda: pipeline.recognizer(text)
    assert growth(make, 2_000 // len(unit)) < GROWTH
    n = 100_000 // len(unit)
    assert [c.text for c in pipeline.recognizer(unit * n)] == ["Bol"] * n


def test_the_word_before_a_hyphen_of_a_groups_name_is_no_place(pipeline: Pipeline) -> None:
    # "Al" of "Al-Qaeda" is no abbreviation of Alabama, "Al-Shabaab" neither.
    assert _recognised(pipeline, "Jihadists linked to Al-Qaeda killed 50 soldiers near Djibo on Sunday.") \
        == ["Djibo"]
    assert _recognised(pipeline, "Al-Shabaab fighters attacked a base near Afgoye on Monday.") == ["Afgoye"]
    # A country before "-led" stays a mention (the coalition's affiliation).
    assert "US" in _recognised(pipeline, "US-led coalition jets struck Raqqa on Monday.")
