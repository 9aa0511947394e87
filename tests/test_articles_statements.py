"""Full wire articles (issue 14): the classes of phrasing behind the train misses of long items
(training/events/long5.jsonl, long8.jsonl and the wire articles of wire2 and wire6).

Every sentence here is our own, in the styles of agency copy, and none is a gold item:

- a statement at a place of speaking far down an article: a relative clause about the place ("Speaking
  in Bunia, which rebels held last year, ...") does not date the speaking; "in a televised address from
  X" places it; "condemned the market attack, ... told reporters in X" refers back to the attack told
  before (a compound whose head is an event noun), so the statement is coded;
- the tellers after a listed victim group are not victims ("killing 20 villagers, a local chief and an
  aid worker told AFP");
- "No one was hurt, the governor said." zeroes the act just told, as the same sentence without a
  teller does;
- an ambush on a convoy of trucks, tankers or traders is an attack on civilians, not a clash;
- an earlier act recalled as such ("Russia's previous large strike on Dnipro, on March 1, killed nine")
  is background, whatever its date;
- a capture one side claims and the next sentence denies ("Kyiv denied the claim") is no event;
- "in the seaside slum of X", "in the sprawling slum of X": a settlement noun with one word describing it
  is a locative like "in the town of X".
"""

from __future__ import annotations

import pytest

from mapper.events import clauses, roles, triggers
from mapper.events.casualties import casualties
from mapper.pipeline import Pipeline
from tests.test_linear import hundred_kb, rescans

PUBLISHED = "2025-03-12"  # a Wednesday


def _events(pipeline: Pipeline, text: str) -> list[tuple]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return sorted((e.location.name, e.location.country_code, e.sub_event_type, e.fatalities)
                  for e in doc.events)


# -- statements far from the lead ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Speaking in Bunia, which rebels briefly held last year, the provincial governor said the army would "
     "protect the town.", [("Bunia", "CD", "Statement", None)]),
    ("Speaking in Bunia, which rebels have held since January, the provincial governor said the army would "
     "protect the town.", [("Bunia", "CD", "Statement", None)]),
    ("In a televised address from Khartoum on Tuesday, the army chief said the war would go on until "
     "victory.", [("Khartoum", "SD", "Statement", None)]),
    ("Gunmen killed 12 people at a market in Kismayo on Monday. The president condemned the market attack, "
     "his spokesman told reporters in Nairobi.",
     [("Kismayo", "SO", "Attack", 12), ("Nairobi", "KE", "Statement", None)]),
])
def test_a_statement_at_its_place_of_speaking(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _events(pipeline, text) == expected


def test_a_relative_clause_still_dates_the_act_it_tells(pipeline: Pipeline) -> None:
    # Only the speaking escapes the relative clause's date: an act in one is still told as before.
    assert _events(pipeline, "The rebels, who seized Bunia last year, said on Tuesday they would hold "
                             "talks.") == []


def test_a_condemned_compound_refers_back() -> None:
    found = triggers.clauses("The president condemned the market attack, his spokesman told reporters.")
    violent = [(c.sub_event_type, c.back_reference) for c in found if c.family == "violence"]
    assert violent == [("Attack", True)]


# -- tellers after a listed group ------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "killed"), [
    ("Gunmen raided the village on Monday, killing at least 20 villagers, a local chief and an aid worker "
     "told AFP.", 20),
    ("Gunmen raided the village on Monday, killing at least 20 villagers, a local chief and an aid "
     "worker.", 22),
    ("Gunmen raided the village on Monday, killing at least 20 villagers, a local chief and an aid worker, "
     "officials said.", 22),
])
def test_tellers_after_a_listed_group_are_not_victims(sentence: str, killed: int) -> None:
    assert casualties(sentence)[0] == killed


# -- "No one was hurt, he said." -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Shelling hit a school in Kharkiv on Monday. No one was hurt, the governor said.",
     [("Kharkiv", "UA", "Shelling/artillery/missile attack", 0)]),
    ("Shelling hit a school in Kharkiv on Monday. No one was hurt.",
     [("Kharkiv", "UA", "Shelling/artillery/missile attack", 0)]),
    ("Shelling hit a school in Kharkiv on Monday. Two teachers were wounded, the governor said.",
     [("Kharkiv", "UA", "Shelling/artillery/missile attack", None)]),
])
def test_no_one_hurt_told_by_someone_zeroes_the_last_act(pipeline: Pipeline, text: str,
                                                         expected: list) -> None:
    assert _events(pipeline, text) == expected


# -- civilian convoys ------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "sub"), [
    ("Militants ambushed a convoy of trucks near Gao on Monday, killing four drivers.", "Attack"),
    ("Gunmen ambushed a convoy of fuel tankers near Kayes, killing three drivers.", "Attack"),
    ("Militants ambushed a convoy near Gao on Monday, killing four soldiers.", "Armed clash"),
    ("Militants ambushed a convoy of soldiers near Gao, killing four.", "Armed clash"),
])
def test_an_ambush_on_a_civilian_convoy_is_an_attack(sentence: str, sub: str) -> None:
    assert [c.sub_event_type for c in triggers.clauses(sentence) if c.family == "violence"] == [sub]


# -- an earlier act recalled -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Drones hit Odesa overnight, killing two people. Russia's previous large strike on Dnipro, on March 1, "
     "killed nine.", [("Odesa", "UA", "Air/drone strike", 2)]),
    ("Drones hit Odesa overnight, killing two people. The last major attack on Dnipro killed nine.",
     [("Odesa", "UA", "Air/drone strike", 2)]),
])
def test_an_earlier_act_recalled_is_background(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _events(pipeline, text) == expected


def test_last_night_s_attack_is_news(pipeline: Pipeline) -> None:
    names = [e[0] for e in _events(pipeline, "Drones hit Odesa overnight, killing two people. Last night's "
                                             "attack on Dnipro killed nine.")]
    assert names == ["Dnipro", "Odesa"]


# -- a capture denied in the next sentence ---------------------------------------------------------

_CLAIM = ("Drones hit Odesa overnight, killing two people. The defence ministry in Moscow said its troops "
          "had captured the village of Andriivka. ")


@pytest.mark.parametrize("denial", ["Kyiv denied the claim.", "Ukraine's General Staff rejected the report.",
                                    "The Ukrainian military dismissed those claims as false."])
def test_a_capture_denied_next_is_no_event(pipeline: Pipeline, denial: str) -> None:
    assert [e[0] for e in _events(pipeline, _CLAIM + denial)] == ["Odesa"]


def test_a_capture_not_denied_stays(pipeline: Pipeline) -> None:
    assert [e[0] for e in _events(pipeline, _CLAIM + "Residents fled.")] == ["Andriivka", "Odesa"]


# -- linear on pathological input ------------------------------------------------------------------

_NEW_PATTERNS = [clauses._OPEN_RELATIVE, clauses._PREVIOUS_ACT, clauses._DENIES_CLAIM, triggers._ARMED_RE]


def test_the_new_patterns_cannot_rescan_a_run() -> None:
    # (roles._STATEMENT_FROM, widened here, runs only through its bounded scan: tests/test_roles_not_sites.py)
    for pattern in _NEW_PATTERNS:
        assert rescans(pattern) == [], pattern.pattern


@pytest.mark.parametrize("unit", [", which ", "last large ", "denied the ", "televised address ",
                                  "convoy of the ", "   ", ",  ,  ", "a "])
def test_the_new_patterns_on_100_kb(unit: str) -> None:
    text = hundred_kb(unit)
    for p in _NEW_PATTERNS:
        p.search(text)
        p.match(text, 1)
    roles._STATEMENT_FROM_SCAN.search(text)
    triggers.clauses(text.lower(), [])
    casualties("killing 20 villagers, " + "a chief and " * 8_000 + "told AFP.")


# -- "in the seaside slum of X" ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("A government task force said it had killed 12 gang members in drone strikes in the seaside slum of "
     "Cité Soleil on Sunday.", [("Cité Soleil", "HT", "Air/drone strike", 12)]),
    ("A government task force said it had killed 12 gang members in drone strikes in the sprawling slum of "
     "Kibera on Sunday.", [("Kibera", "KE", "Air/drone strike", 12)]),
])
def test_a_described_settlement_after_in_the_is_the_site(pipeline: Pipeline, text: str,
                                                         expected: list) -> None:
    assert _events(pipeline, text) == expected
