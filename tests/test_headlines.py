"""Real-style conflict headlines and one-line texts (issue 14, points 1, 5 and 6): each class of
phrasing that failed on held-out headlines, with sentences of our own from many theatres. A one-line
report has no dateline and no other sentence whose places would vouch for its names, so recognition
leans on the event context (mapper/geoparse/recognize.py), and the roles and triggers read headline
grammar (present tense, nouns, topics, lists, questions).
"""

from __future__ import annotations

import pytest

from mapper.doc import Doc
from mapper.events import roles, triggers
from mapper.geoparse import recognize
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing

PUBLISHED = "2024-05-10"
AIR, SHELLING = "Air/drone strike", "Shelling/artillery/missile attack"
CLASH, ATTACK = "Armed clash", "Attack"
RIOT, FORCE, MOB = "Violent demonstration", "Excessive force against protesters", "Mob violence"


def parse(pipeline: Pipeline, text: str) -> Doc:
    return pipeline.parse(Article("t", text, published=PUBLISHED))


def coded(doc: Doc) -> list[tuple[str, str, str, int, int | None]]:
    """(sub-event type, place, country, geo_precision, fatalities) of each event, sorted."""
    return sorted((e.sub_event_type, e.location.name, e.location.country_code, e.geo_precision, e.fatalities)
                  for e in doc.events)


def role_of(doc: Doc, name: str) -> str:
    for m, r in zip(doc.mentions, doc.roles, strict=True):
        if m.text == name:
            return r.name
    raise AssertionError(f"{name!r} not among {[m.text for m in doc.mentions]}")


@pytest.mark.parametrize(("text", "expected", "site", "lat", "lon"), [
    # Title Case: "Avdiivka" is a transliteration the gazetteer knows only as an alternate name; the verb
    # before it vouches for it (it scored 0.451 before, under the threshold).
    ("Russian Forces Attack Avdiivka With Glide Bombs", [(AIR, "Avdiyivka", "UA", 1, None)], "Avdiivka",
     48.14, 37.75),
    # a compass word in Title Case is a direction, not Cameroon's North region
    ("Russian Troops Advance On Avdiivka From The North", [(CLASH, "Avdiyivka", "UA", 1, None)], "Avdiivka",
     48.14, 37.75),
    # a topic with a colon, no dateline: the topic is the site
    ("Marib: Houthi shelling kills two children", [(SHELLING, "Ma'rib", "YE", 1, 2)], "Marib", 15.46, 45.33),
    # a locative preposition in a one-line conflict report ("at Diapaga market")
    ("Army drone strike kills 9 at Diapaga market", [(AIR, "Diapaga", "BF", 1, 9)], "Diapaga", 12.07, 1.79),
    # "to" in a one-line report: where the headquarters moved
    ("Rebels move their headquarters to Kidal",
     [("Headquarters or base established", "Kidal", "ML", 1, None)], "Kidal", 18.44, 1.41),
])
def test_one_line_reports_find_their_place(pipeline: Pipeline, text: str, expected: list, site: str,
                                           lat: float, lon: float) -> None:
    doc = parse(pipeline, text)
    assert coded(doc) == expected
    assert role_of(doc, site) == "event_site"
    (event,) = doc.events
    assert abs(event.location.lat - lat) < 0.05 and abs(event.location.lon - lon) < 0.05


def test_a_title_case_compass_word_is_no_place(pipeline: Pipeline) -> None:
    names = [c.text for c in pipeline.recognizer("Russian Troops Advance On Avdiivka From The North")]
    assert names == ["Russian", "Avdiivka"]
    # The locative reads no head of a longer unknown name: "near Red Fort" is not a place "Red".
    assert [c.text for c in pipeline.recognizer("Car bomb explodes near Red Fort in Delhi")] == ["Delhi"]


@pytest.mark.parametrize(("text", "expected"), [
    # a strike named as a noun by its effect or target is remote violence, not an attack on civilians (on
    # a Ukrainian town, with no aerial means named, a missile attack: the guide's reading of a bare strike)
    ("Zaporizhzhia strike kills two, injures nine", [(SHELLING, "Zaporizhzhya", "UA", 1, 2)]),
    ("Bakhmut death toll rises after overnight strikes", [(SHELLING, "Bakhmut", "UA", 1, None)]),
    # overrunning an army base is a battle, not the taking of the town
    ("Jihadists overrun army base in Djibo", [(CLASH, "Djibo", "BF", 1, None)]),
    # the object of the verb decides the victims before a bare figure does
    ("Dozens killed as militants attack army positions near Djibo", [(CLASH, "Djibo", "BF", 2, 12)]),
    # losses of a side in fighting
    ("Heavy losses among RSF fighters in El Obeid, army says", [(CLASH, "El Obeid", "SD", 1, None)]),
    # crowds: clashing with police is a riot; police shooting protesters dead is excessive force (present
    # tense); "kidnappers" are the victims of a lynching, not an abduction
    ("Protesters clash with police in Nairobi", [(RIOT, "Nairobi", "KE", 1, None)]),
    ("Police shoot dead two protesters in Kano", [(FORCE, "Kano", "NG", 1, 2)]),
    # (a lynching kills: the lynched are its dead)
    ("Villagers lynch three suspected kidnappers in Zaria", [(MOB, "Zaria", "NG", 1, 3)]),
    # troops entering a town the rebels left: a non-violent transfer
    ("Army troops enter Kidal after rebels withdraw",
     [("Non-violent transfer of territory", "Kidal", "ML", 1, None)]),
    # seizing state television is a coup's act, not territory
    ("Soldiers seize state TV in Niamey", [("Other", "Niamey", "NE", 1, None)]),
    # present-tense agreement at a venue
    ("Kinshasa and M23 sign truce in Doha", [("Agreement", "Doha", "QA", 1, None)]),
])
def test_headline_triggers(pipeline: Pipeline, text: str, expected: list) -> None:
    assert coded(parse(pipeline, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Title Case verbs: "Seize", "March" capitalised; "Hit" is the verb, not Iraq's Hit
    ("Myanmar: Resistance Forces Seize Town Of Hpakant",
     [("Non-state actor overtakes territory", "Hpākān", "MM", 1, None)]),
    ("Lawyers March In Bamenda Against Killings", [("Peaceful protest", "Bamenda", "CM", 1, None)]),
    ("Kharkiv Region: Russian Glide Bombs Hit Kupiansk", [(AIR, "Kupyansk", "UA", 1, None)]),
    # two reports in one line, even of one event type, each with its own site
    ("Shelling hits Kherson | Drones attack Odesa", [(AIR, "Odesa", "UA", 1, None),
                                                     (SHELLING, "Kherson", "UA", 1, None)]),
    ("Russian missiles pound Kyiv; drones hit Lviv", [(AIR, "Lviv", "UA", 1, None),
                                                      (SHELLING, "Kyiv", "UA", 1, None)]),
])
def test_title_case_verbs_and_two_reports_in_a_line(pipeline: Pipeline, text: str, expected: list) -> None:
    assert coded(parse(pipeline, text)) == expected


def test_the_month_is_no_march(pipeline: Pipeline) -> None:
    clauses = triggers.clauses("Talks Were Held On 3 March In Doha")
    assert [c for c in clauses if c.family != "political"] == []
    assert [c.text for c in pipeline.recognizer("Two killed in March in Bamenda")] == ["Bamenda"]


def test_a_list_with_a_name_the_gazetteer_lacks_keeps_every_known_site(pipeline: Pipeline) -> None:
    doc = parse(pipeline, "Junta jets bomb Lashio, Pazigyi and Kyaukme")
    assert coded(doc) == [(AIR, "Kyaukme", "MM", 1, None), (AIR, "Lashio", "MM", 1, None)]
    # Momeik, a curated town since session 36: every member a site
    doc = parse(pipeline, "Junta jets bomb Lashio, Momeik and Kyaukme")
    assert coded(doc) == [(AIR, "Kyaukme", "MM", 1, None), (AIR, "Lashio", "MM", 1, None),
                          (AIR, "Momeik", "MM", 1, None)]


def test_a_bare_compass_word_before_a_country_possessive(pipeline: Pipeline) -> None:
    doc = parse(pipeline, "Israeli strike hits car in south Lebanon's Bint Jbeil")
    assert coded(doc) == [(AIR, "Bent Jbaïl", "LB", 1, None)]
    assert (role_of(doc, "Lebanon"), role_of(doc, "Bint Jbeil"), role_of(doc, "Israeli")) == \
        ("context", "event_site", "actor")


@pytest.mark.parametrize(("text", "place"), [
    ("EXPLAINER: Why the battle for Kupiansk matters", "Kupiansk"),
    ("Analysis: what the fall of Kidal means for the Sahel", "Kidal"),
    ("Will the RSF storm El Obeid?", "El Obeid"),
    ("Who shelled Kherson? Kyiv and Moscow trade blame", "Kherson"),
    ("Odesa residents shelter as air raid sirens sound", "Odesa"),
    ("Q&A: How the gangs seized control of Port-au-Prince", "Port-au-Prince"),
    ("How the battle for Bakhmut unfolded", "Bakhmut"),
    # headline futures without "to"
    ("Hezbollah vows revenge attacks on Haifa", "Haifa"),
    ("Kyiv braces for Russian offensive in Zaporizhzhia", "Zaporizhzhia"),
    ("Sudan army and RSF agree to talks in Jeddah", "Jeddah"),
    ("Putin orders troops to retake Kursk", "Kursk"),
])
def test_explainers_questions_and_alerts_report_nothing(pipeline: Pipeline, text: str, place: str) -> None:
    doc = parse(pipeline, text)
    assert doc.events == []
    assert role_of(doc, place) == "context"


def test_a_question_only_covers_its_own_clause() -> None:
    # The report after the question is real; the act asked about is not.
    low = "why did the army retreat? rebels shelled the town overnight"
    found = [low[t.start:t.end] for t in triggers.find_triggers(low)]
    assert found == ["shelled"]


def test_new_patterns_are_linear(pipeline: Pipeline) -> None:
    # Questions, strikes and lists, repeated: the work grows with the text, never with its square.
    assert growth(parsing(pipeline, lambda n: "Why did drones strike Kharkiv? " * n), 200) < GROWTH
    assert growth(parsing(pipeline, lambda n: "Shelling hits Kherson, Bilozerka, Antonivka and " * n
                          + "Odesa."), 200) < GROWTH
    # 100 KB of triggers before one question mark: each trigger reads a bounded window.
    assert len("strike on why " * 8_000) > 100_000
    assert growth(lambda n: lambda: triggers.find_triggers(("strike on why " * n) + "?"), 2_000) < GROWTH
    assert roles._LISTED_UNKNOWN.fullmatch(", Hsipaw and ") is not None
    assert recognize.HEADLINE_EVENT_EXTRA > 0
