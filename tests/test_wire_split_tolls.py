"""Wire recall (issue 14): a toll split by places AFTER an attribution aside (training/events/wire8.jsonl
and the train misses of bench_events).

Every sentence here is our own, in the styles of agency copy, and none is a gold item. Wire copy puts
the speaker in the middle of the sentence and then splits the toll: "killed 17 people, health officials
said on Tuesday, including eight in A and five in B". The "said" there is an aside, not a decision about
the places after it (as in "asked whether the strike had been approved in Washington"): A and B are the
sites of the killing. Without a subset word after the aside, a place after "said" keeps its old role.
"""

from __future__ import annotations

import pytest

from mapper.events import roles
from mapper.geoparse import recognize
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, hundred_kb, parsing, rescans

PUBLISHED = "2025-03-12"  # a Wednesday


def _roles(pipeline: Pipeline, text: str) -> dict[str, str]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return {m.text: r.name for m, r in zip(doc.mentions, doc.roles, strict=True)}


@pytest.mark.parametrize(("text", "sites"), [
    ("Air strikes killed 17 people on Tuesday, officials said, including eight in Jabalia and five in "
     "Khan Younis.", ["Jabalia", "Khan Younis"]),
    ("Russian shelling killed nine civilians in the region on Monday, the governor said on Telegram, "
     "including four in Kupiansk and two in Vovchansk.", ["Kupiansk", "Vovchansk"]),
    ("Drone strikes wounded 30 people overnight, the regional administration reported, including 11 in "
     "Kherson.", ["Kherson"]),
    ("Gunmen killed 25 villagers in attacks on Sunday, police confirmed, among them 12 in Gwoza and nine in "
     "Bama.", ["Gwoza", "Bama"]),
])
def test_a_toll_split_after_an_attribution_places_the_act(pipeline: Pipeline, text: str,
                                                           sites: list[str]) -> None:
    got = _roles(pipeline, text)
    assert [name for name in sites if got[name] == "event_site"] == sites


@pytest.mark.parametrize(("text", "place"), [
    # no subset after the aside: the place after "said" is where it was said, or context, as before
    ("Air strikes killed 17 people on Tuesday, officials said in Kabul.", "Kabul"),
    ("The strike killed 12 people, the minister said, speaking in Nairobi.", "Nairobi"),
])
def test_a_place_after_said_without_a_subset_is_no_site(pipeline: Pipeline, text: str, place: str) -> None:
    assert _roles(pipeline, text)[place] != "event_site"


def test_the_new_pattern_cannot_rescan_a_run() -> None:
    assert rescans(roles._SAID_THEN_SUBSET) == [], roles._SAID_THEN_SUBSET.pattern


@pytest.mark.parametrize("unit", ["said, including ", "said said said ", ", including ", "   ", "told x, "])
def test_the_new_pattern_on_100_kb(unit: str) -> None:
    text = hundred_kb(unit)
    roles._SAID_THEN_SUBSET.search(text)
    roles._SAID_THEN_SUBSET.search(text, len(text) - 160)


def test_many_split_tolls_in_one_text_are_linear(pipeline: Pipeline) -> None:
    towns = ["Kidal", "Gao", "Mopti", "Goma", "Bunia", "Beni", "Juba", "Malakal", "Kassala", "Taiz"]

    def text_of(n: int) -> str:
        return " ".join(f"Strikes killed {k + 3} people on Monday, officials said, including two in "
                        f"{towns[k % 10]} and one in {towns[(k + 1) % 10]}." for k in range(n))
    assert growth(parsing(pipeline, text_of), 40) < GROWTH


# -- a province named beside its town is the town's parent, not a second site -------------------------------
# (A province that holds no site already chosen stays context too: letting it be a site of its own added
# phantoms in training, "strikes in Paktika" beside a Kabul report.)

def _placed(pipeline: Pipeline, text: str) -> list[tuple[str, str, int, str]]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return [(e.location.name, e.location.kind, e.geo_precision, e.sub_event_type) for e in doc.events]


@pytest.mark.parametrize(("text", "site"), [
    ("Shelling hit Bakhmut, in Ukraine's Donetsk region, on Monday.", "Bakhmut"),
    ("Gunmen attacked a police station in Gwoza in Borno state on Monday.", "Gwoza"),
    ("Army jets bombed rebel positions in Kidal, in the Kidal region, on Sunday.", "Kidal"),
])
def test_a_province_holding_the_site_stays_its_parent(pipeline: Pipeline, text: str, site: str) -> None:
    assert [name for name, *_ in _placed(pipeline, text)] == [site]


# -- where a speech was given ----------------------------------------------------------------------
# "said in a speech in Port Sudan", "in a televised address from Kyiv", "in a sermon in Mogadishu": the place
# of the speech is where the statement was made (origin, a Political / Statement there), as "told reporters
# in Doha" already was.

@pytest.mark.parametrize(("text", "place"), [
    ("Army chief Abdel Fattah al-Burhan said in a speech in Port Sudan on Monday that there would be no "
     "negotiations with the paramilitary group.", "Port Sudan"),
    ("The president vowed in a televised address from Kyiv on Sunday to retake every town.", "Kyiv"),
    ("The cleric called for calm in a sermon in Mogadishu on Friday.", "Mogadishu"),
    ("The prime minister said in a national address in Islamabad that the attackers would be punished.",
     "Islamabad"),
])
def test_the_place_of_a_speech_is_the_statements_origin(pipeline: Pipeline, text: str, place: str) -> None:
    doc = pipeline.parse(text, published=PUBLISHED)
    assert _roles(pipeline, text)[place] == "origin"
    assert [e.sub_event_type for e in doc.events] == ["Statement"]


def test_a_rally_in_a_place_stays_its_site(pipeline: Pipeline) -> None:
    assert _roles(pipeline, "Thousands joined a rally in Dhaka on Friday.")["Dhaka"] == "event_site"


# -- a sentence's opening name as the subject of a passive attack verb ------------------------------------
# "Kadugli was also hit by artillery fire": a one-word name opening a sentence says little by its capital, but
# a passive attack verb after it (past an apposition or not) is the context of a place of conflict reporting.

@pytest.mark.parametrize(("text", "place", "sub"), [
    ("Kadugli was also hit by artillery fire the same day.", "Kadugli", "Shelling/artillery/missile attack"),
    ("Kadugli, the state capital, was shelled on Monday.", "Kadugli", "Shelling/artillery/missile attack"),
    ("Baidoa was struck by mortar rounds late on Sunday.", "Baidoa", "Shelling/artillery/missile attack"),
    ("Kostiantynivka came under heavy fire on Monday.", "Kostyantynivka", "Armed clash"),
])
def test_an_opening_name_attacked_in_the_passive_is_a_site(pipeline: Pipeline, text: str, place: str,
                                                          sub: str) -> None:
    doc = pipeline.parse(text, published=PUBLISHED)
    assert [(e.location.name, e.sub_event_type) for e in doc.events] == [(place, sub)]


def test_an_opening_common_word_in_the_passive_is_no_place(pipeline: Pipeline) -> None:
    doc = pipeline.parse("Hope was shattered by the news from the front.", published=PUBLISHED)
    assert doc.mentions == [] and doc.events == []


def test_the_passive_pattern_cannot_rescan_a_run() -> None:
    assert rescans(recognize._ATTACKED_AFTER) == [], recognize._ATTACKED_AFTER.pattern


@pytest.mark.parametrize("unit", [", the ", " was was ", " came under ", "   ", ", a a a a,", "ly "])
def test_the_passive_pattern_on_100_kb(unit: str) -> None:
    text = hundred_kb(unit)
    for k in range(0, len(text), 997):
        recognize._ATTACKED_AFTER.match(text, k, k + 90)
