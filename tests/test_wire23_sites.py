"""Every site, no phantom (issue 14) in wire sentences: the classes of phrasing behind train misses found
with training/events/wire23.jsonl. Every sentence here is our own, in the styles of agency copy, and none
is a gold item:

- a country or province possessing the noun that says what the named place is ("Somalia's capital
  Mogadishu", "Borno state's capital, Maiduguri", "Yemen's port city Aden") is the parent, as in
  "Warrap's Tonj": the named place is the site, the possessor its context;
- "Police in X said ...", "officers in X said ...", "the group's office in X said ..." name where a
  source sits, not where it spoke: no Statement at X (the guide), as "officials in X said" already was;
  words of its own after "that" ("A police spokesman in X said on Tuesday that ...") stay a statement.
"""

from __future__ import annotations

import pytest

from mapper.events import coder, roles
from mapper.pipeline import Pipeline
from tests.test_linear import hundred_kb, rescans

PUBLISHED = "2025-03-12"  # a Wednesday


@pytest.fixture(scope="module")
def rules(gazetteer) -> Pipeline:  # noqa: ANN001
    return Pipeline(gazetteer, roles="rules")


def _roles(pipeline: Pipeline, text: str) -> dict[str, tuple[str, str]]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return {m.text: (r.name, r.rule) for m, r in zip(doc.mentions, doc.roles, strict=True)}


def _events(pipeline: Pipeline, text: str) -> list[tuple]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return sorted((e.location.name, e.location.country_code, e.sub_event_type, e.fatalities)
                  for e in doc.events)


# -- "<country>'s capital <city>" ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "parent", "site", "row"), [
    ("A car bomb exploded outside a hotel in Somalia's capital Mogadishu on Friday, killing six people, "
     "police said.", "Somalia", "Mogadishu", ("Mogadishu", "SO", "Remote explosive/landmine/IED", 6)),
    ("Drones struck a power station in Sudan's capital Khartoum on Monday, the army said.",
     "Sudan", "Khartoum", ("Khartoum", "SD", "Air/drone strike", None)),
    ("Gunmen shot dead two traders in a market in Borno state's capital, Maiduguri, on Tuesday, police "
     "said.", "Borno", "Maiduguri", ("Maiduguri", "NG", "Attack", 2)),
    ("A bomb exploded beside a police car in Yemen's port city Aden on Sunday, wounding two officers.",
     "Yemen", "Aden", ("Aden", "YE", "Remote explosive/landmine/IED", None)),
])
def test_the_possessor_of_a_capital_is_its_parent(rules: Pipeline, pipeline: Pipeline, text: str, parent: str,
                                                  site: str, row: tuple) -> None:
    got = _roles(rules, text)
    assert got[parent] == ("context", "part_of")
    assert got[site][0] == "event_site"
    assert _events(rules, text) == [row]
    assert _events(pipeline, text) == [row]  # the learned default codes it too


def test_a_possessive_without_the_noun_still_reads_as_before(rules: Pipeline) -> None:
    # "Somalia's Mogadishu" was already the part of its parent; a country that owns something else is
    # no parent ("Sudan's army attacked Kadugli": Kadugli is the site, Sudan the actor)
    text = "Sudan's army shelled Kadugli on Monday, killing four people, residents said."
    got = _roles(rules, text)
    assert got["Kadugli"][0] == "event_site" and got["Sudan"][0] == "actor"


# -- "Police in X said": where the source sits --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police in Dera Ismail Khan said they had received threats against a mourning procession.",
    "Police officers in Hinche said they had received no orders to move north.",
    "The aid group's office in Juba said it was suspending its work in Jonglei state.",
    "Policemen in Kaduna said roads to the airport had reopened.",
])
def test_a_source_s_seat_before_said_is_no_statement(rules: Pipeline, pipeline: Pipeline, text: str) -> None:
    assert _events(rules, text) == []
    assert _events(pipeline, text) == []


def test_words_of_its_own_after_that_stay_a_statement(rules: Pipeline) -> None:
    text = "A police spokesman in Bamako said on Tuesday that the force would pursue the attackers."
    assert _events(rules, text) == [("Bamako", "ML", "Statement", None)]


def test_a_place_of_speaking_stays_a_statement(rules: Pipeline) -> None:
    text = "Speaking in Juba on Monday, the police chief said his officers would disarm the militias."
    assert _events(rules, text) == [("Juba", "SS", "Statement", None)]


def test_a_teller_s_seat_beside_an_act_leaves_the_act(rules: Pipeline) -> None:
    text = "Gunmen killed three traders near Bannu on Sunday, police in Peshawar said."
    assert _events(rules, text) == [("Bannu", "PK", "Attack", 3)]


# -- linear on pathological input -----------------------------------------------------------------

_NEW_PATTERNS = [roles._POSSESSED_GAP, coder._SOURCE_IN]


def test_the_new_patterns_cannot_rescan_a_run() -> None:
    for pattern in _NEW_PATTERNS:
        assert rescans(pattern) == [], pattern.pattern


@pytest.mark.parametrize("unit", ["'s capital ", "'s state capital, ", "'s port city ", "police in ",
                                  "police officers in ", "office in the ", "   "])
def test_the_new_patterns_on_100_kb(unit: str) -> None:
    text = hundred_kb(unit)
    for p in _NEW_PATTERNS:
        p.search(text)
        p.match(text, 1)
