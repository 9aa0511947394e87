"""Classes of real conflict headlines read before tuning in headlines23 (issue 14), session 18: a one-line
text's topic ("Kharkiv: ...") before a town the headline places its act near, on the outskirts of or N km
from. The act is at that town (precision 2); the topic only files the line under an area or city, however
far the two are apart, as it does for a town named plainly ("Far North: suicide bomber kills 9 in
Kolofata"). A country topic before a town that heads the body ("Ghana: Bawku clashes leave 6 dead"): the
town opens the body as it would open the line, so it is the subject site, not the tail of a longer name
"Ghana Bawku" (recognition) nor an ordinary name after the line's first (roles); the country is its
parent. A town before "native" is where a victim is from, no subject site ("X native shot dead near Y").

Every sentence is our own. Each test names the exact place (the gazetteer's name), its country, its point
within a kilometre, the sub-type and the precision.
"""

from __future__ import annotations

import pytest

from mapper.gazetteer import Gazetteer
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.event_rows import Expected, check_events, events_of
from tests.test_linear import GROWTH, growth, parsing

NEAR_TOWN = [
    # A city topic and a town near, outside or on the outskirts of which the act happened.
    ("Kherson: Russian drones hit bus on the outskirts of Beryslav",
     [("Beryslav", "UA", 46.839, 33.427, "Air/drone strike", 2)]),
    ("Hodeidah: Houthi drone strike near Mocha wounds 3",
     [("Mocha", "YE", 13.318, 43.250, "Air/drone strike", 2)]),
    ("Kharkiv: two killed in shelling near Chuhuiv",
     [("Chuhuyiv", "UA", 49.835, 36.687, "Shelling/artillery/missile attack", 2)]),
    # A topic named like its region's capital, the town 50 km from it.
    ("Tillaberi: jihadists kill 12 soldiers near Ouallam",
     [("Ouallam", "NE", 14.316, 2.086, "Armed clash", 2)]),
]


@pytest.mark.parametrize(("text", "events"), NEAR_TOWN)
def test_a_topic_yields_to_a_town_the_act_was_near(pipeline: Pipeline, text: str,
                                                   events: list[Expected]) -> None:
    check_events(events_of(pipeline, text), events)


@pytest.mark.parametrize(("text", "events"), NEAR_TOWN)
def test_the_rules_make_the_topic_context(text: str, events: list[Expected]) -> None:
    rules = Pipeline(Gazetteer.load(), roles="rules")
    doc = rules.parse(Article(id="t", text=text, published="2025-07-07"))
    topic = doc.mentions[0]
    assert text.startswith(topic.text + ":")
    assert doc.role_names[0] == "context"
    assert doc.roles[0].rule == "part_of"
    check_events(events_of(rules, text), events)


@pytest.mark.parametrize(("text", "events"), [
    # With no other place the topic is the site.
    ("Kherson: two killed in morning shelling",
     [("Kherson", "UA", 46.637, 32.615, "Shelling/artillery/missile attack", 1)]),
    # A road named after a town is no site: the topic stays one.
    ("Kharkiv: drones hit Chuhuiv road, two hurt",
     [("Kharkiv", "UA", 49.982, 36.255, "Air/drone strike", 1)]),
])
def test_a_topic_stays_the_site_when_nothing_places_the_act(pipeline: Pipeline, text: str,
                                                             events: list[Expected]) -> None:
    check_events(events_of(pipeline, text), events)


COUNTRY_TOPIC = [
    ("Nigeria: Gwoza attack leaves 6 dead", [("Gwoza", "NG", 11.083, 13.696, "Armed clash", 1)]),
    ("Ukraine: Kharkiv shelled overnight, 2 hurt",
     [("Kharkiv", "UA", 49.982, 36.255, "Shelling/artillery/missile attack", 1)]),
    ("Mali: Kidal clashes leave 6 dead", [("Kidal", "ML", 18.443, 1.409, "Armed clash", 1)]),
    ("Ethiopia: Gondar fighting kills 11 civilians", [("Gonder", "ET", 12.600, 37.467, "Armed clash", 1)]),
]


@pytest.mark.parametrize(("text", "events"), COUNTRY_TOPIC)
def test_a_town_heading_the_body_after_a_country_topic_is_the_site(pipeline: Pipeline, text: str,
                                                                   events: list[Expected]) -> None:
    check_events(events_of(pipeline, text), events)


@pytest.mark.parametrize(("text", "events"), COUNTRY_TOPIC)
def test_the_rules_make_the_country_topic_context(text: str, events: list[Expected]) -> None:
    rules = Pipeline(Gazetteer.load(), roles="rules")
    doc = rules.parse(Article(id="t", text=text, published="2025-07-07"))
    assert [m.text for m in doc.mentions] == [text.split(":")[0], text.split(": ")[1].split(" ")[0]]
    assert doc.role_names == ["context", "event_site"]
    check_events(events_of(rules, text), events)


@pytest.mark.parametrize(("text", "events"), [
    ("Manipur: Churachandpur native shot dead near Jiribam",
     [("Jiribam", "IN", 24.804, 93.121, "Attack", 2)]),
    ("Kidal native killed in drone strike near Anefis",
     [("Anefis", "ML", 18.050, 0.617, "Air/drone strike", 2)]),
])
def test_a_town_before_native_is_no_subject_site(text: str, events: list[Expected]) -> None:
    check_events(events_of(Pipeline(Gazetteer.load(), roles="rules"), text), events)


def test_topics_before_near_towns_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        unit = "shelling near Chuhuiv, "
        return "Kharkiv: " + unit * (n // len(unit)) + "two killed"
    assert growth(parsing(pipeline, text_of, "2025-07-07"), 50_000) < GROWTH


def test_country_topics_and_natives_are_linear_on_100_kb(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        unit = "Ghana: Bawku native "
        return unit * (n // len(unit)) + "clashes leave 6 dead"
    assert growth(parsing(pipeline, text_of, "2025-07-07"), 50_000) < GROWTH
