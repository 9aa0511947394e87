"""Page furniture: the lines of a scraped article page that report nothing of the article (related
headlines under "Read more:", photo captions, credit lines). Their places are context (the roles
component), so a related story's headline or a file photo's caption makes no event."""

from __future__ import annotations

import time

import pytest

from mapper.io.boilerplate import Boilerplate, line_is_furniture
from mapper.pipeline import Pipeline

ARTICLE = """Drone strike on Port Sudan hits fuel depot, army says

By a staff writer

DUBAI, May 6 (Reuters) - Drones struck a fuel depot in Port Sudan on Tuesday, the army said, the third \
straight day of attacks on the Red Sea city.

The army blamed the paramilitary Rapid Support Forces (RSF) for the attack.
{furniture}
The war, which erupted in April 2023, has displaced more than 12 million people.
"""

FURNITURE = [
    "FILE PHOTO: Smoke rises after a drone attack in Kassala, Sudan, May 4, 2025. REUTERS/Staff/File Photo",
    "Smoke rises over Kassala after a drone attack, May 4, 2025. REUTERS/Stringer",
    "Fighters stand guard in Kassala on May 4, 2025. (AP Photo/Staff)",
    "Read more:\nSudan's army retakes Kassala market\nUN warns of famine in Kassala",
    "Related stories\n\nArmy retakes Kassala after heavy fighting",
    "(Reporting by a staff writer in Kassala; Editing by a desk editor)",
    "Associated Press writer A. Writer in Kassala contributed to this report.",
]


@pytest.mark.parametrize("furniture", FURNITURE)
def test_furniture_lines_make_no_event(pipeline: Pipeline, furniture: str) -> None:
    doc = pipeline(ARTICLE.format(furniture="\n" + furniture + "\n"), published="2025-05-06")
    assert [(e.location.name, e.sub_event_type, e.date) for e in doc.events] == \
        [("Port Sudan", "Air/drone strike", "2025-05-06")]
    kassala = [r for m, r in zip(doc.mentions, doc.roles, strict=True) if m.text == "Kassala"]
    assert kassala and {r.name for r in kassala} == {"context"}


# The same lines as the article's own text: a report (the near miss the furniture rules must leave alone).
@pytest.mark.parametrize(("line", "site"), [
    ("Latest: Drones struck Kassala airport on Tuesday, killing two guards.", "Kassala"),
    ("Drones struck Kassala airport on Tuesday, killing two guards, witnesses told Reuters.", "Kassala"),
    ("Related fighting erupted in Kassala on Tuesday, killing two guards.", "Kassala"),
])
def test_a_report_line_keeps_its_event(pipeline: Pipeline, line: str, site: str) -> None:
    doc = pipeline(ARTICLE.format(furniture="\n" + line + "\n"), published="2025-05-06")
    assert site in {e.location.name for e in doc.events}


def test_a_live_blogs_updates_under_latest_are_reports(pipeline: Pipeline) -> None:
    text = ("Sudan war live\n\nLatest updates\n\nDrones strike Kassala airport\n"
            "Army says it repelled attack on El Obeid\n")
    assert {e.location.name for e in pipeline(text, published="2025-05-06").events} >= {"Kassala"}


@pytest.mark.parametrize(("line", "furniture"), [
    ("FILE PHOTO: Smoke rises over Gaza City, October 9, 2025. REUTERS/Staff", True),
    ("A man walks past rubble in Kharkiv, Ukraine, June 1, 2025. REUTERS/Staff", True),
    ("(Additional reporting by A. Writer in Kyiv; Editing by B. Editor)", True),
    ("Follow AP's coverage of the war at https://apnews.com/hub/russia-ukraine", True),
    ("Read more: Gaza talks", True),
    ("Latest: strikes kill 20 in Gaza", False),  # a soft cue: boilerplate for the map, a report here
    ("Goma tense | Sake: M23 shells army positions | Bunia calm", False),  # a list: the map's alone
    ("A Reuters/Ipsos poll found most Americans oppose the strikes.", False),
    ("Reporters in Kyiv said the strikes hit a power plant.", False),
    ("", False),
])
def test_furniture_lines(line: str, furniture: bool) -> None:
    assert line_is_furniture(line) is furniture


def test_only_the_short_lines_under_a_heading_are_its_headlines() -> None:
    text = ("Read more:\nArmy retakes Kassala market\nUN warns of famine\n"
            "Drones struck Kassala on Tuesday, the army said.\nArmy retakes Sennar\n")
    page = Boilerplate(text)
    cases = [("Read more:", True), ("Army retakes Kassala market", True), ("UN warns of famine", True),
             ("Drones struck", False), ("Army retakes Sennar", False)]
    for line, furniture in cases:
        at = text.index(line)
        assert page.furniture(at, at + len(line)) is furniture, line


@pytest.mark.parametrize("text", [
    "Read more:\n" * 9_000, ("Read more:\n" + "x" * 100 + "\n") * 900, "REUTERS/" * 12_500,
    "(Reporting by " * 7_000, ("Related stories\n" + "a\n" * 50) * 300, "\n" * 100_000,
])
def test_furniture_is_linear_on_100kb(text: str) -> None:
    started = time.process_time()
    page = Boilerplate(text)
    page.furniture(0, len(text))
    assert time.process_time() - started < 3.0  # 100 KB: milliseconds when linear
