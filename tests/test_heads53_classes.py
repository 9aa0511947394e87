"""Session 44, helper heads53: headlines and single sentences, for the classes of the blind files' train role
misses that training/events/headlines52.jsonl carries. Every sentence is our own.

- a state's act of policy in headline grammar: "Iran vows", "Ecuador extends", "Syria raises", "Libya
  closes": the place before the verb is the state that acts (lexicon.SUBJECT_VERBS), not context;
- the state a warning, threat, demand or charge is aimed at: "Iran threatens Israel over", "Kinshasa urges
  Kigali to", "Tehran accuses Baku of" (roles._ADDRESSED_BEFORE, a country or a capital, with
  roles._ADDRESSED_AFTER closing the object); near misses: "warns Tripoli calm 'fragile'", "warns Beirut
  residents", "condemns Nairobi charter";
- the demonym of the side hit before what it holds: "hit Ukrainian positions", "fired on Kyrgyz positions",
  "ambushes Burkinabe convoy", "Russian Shaheds hit" (roles._DEMONYM_ACTOR); the near miss: a demonym before
  a place's kind stays context ("a Ukrainian village");
- a headline's subject before a second act told with "as ... also": "Kherson shelling kills 3 as Russian
  drones also hit Mykolaiv" keeps Kherson's own event (roles._SECOND_ACT, read in ``_references_and_topics``;
  Kherson was made Mykolaiv's parent, context); the near miss: "Sumy shelling leaves three injured in
  Shostka" still codes the act at Shostka only.

Not tuned (the corpus splits on them, see the guide's row): "X's central bank / Supreme Court / Senate", "X
marks anniversary", "X opens".
"""

from __future__ import annotations

import pytest

from mapper.events.roles import _ADDRESSED_AFTER, _ADDRESSED_BEFORE, _DEMONYM_ACTOR, _SECOND_ACT
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-05-14"  # a Wednesday


coded = reader_of("site", "sub_type", "actor1", "actor2", published=PUBLISHED)


# -- a state's act of policy -------------------------------------------------------------------------------

POLICY = [
    ("Iran vows 'crushing response' to any attack on its oil terminals", [("Iran", "actor")]),
    ("Kenya vows to hunt down al-Shabaab after Lamu raid", [("Kenya", "actor"), ("Lamu", "context")]),
    ("Ecuador extends state of emergency in Manabi", [("Ecuador", "actor"), ("Manabi", "context")]),
    ("Zambia raises fuel prices for the third time this year", [("Zambia", "actor")]),
    ("Libya closes its border with Tunisia after smuggling clashes",
     [("Libya", "actor"), ("Tunisia", "context")]),
]


@pytest.mark.parametrize(("text", "want"), POLICY)
def test_a_states_act_of_policy(either: Pipeline, text: str, want: list[tuple[str, str]]) -> None:
    assert roles_of(either, text) == want


def test_a_policy_verb_keeps_the_act_told_after_it(unfiltered: Pipeline) -> None:
    text = "Nigeria vows response after gunmen kill 7 villagers in Bokkos"
    assert roles_of(unfiltered, text) == [("Nigeria", "actor"), ("Bokkos", "event_site")]
    assert coded(unfiltered, text) == [("Bokkos", "Attack", "unidentified gunmen", "civilians")]


# -- the state addressed ----------------------------------------------------------------------------------

ADDRESSED = [
    ("Algeria threatens Morocco over pipeline row", [("Algeria", "actor"), ("Morocco", "actor")]),
    ("Kinshasa urges Kigali to pull troops out of North Kivu",
     [("Kigali", "actor"), ("North Kivu", "context")]),
    ("Iran accuses Azerbaijan of hosting Israeli drones",
     [("Iran", "actor"), ("Azerbaijan", "actor"), ("Israeli", "actor")]),
    ("UN court orders Myanmar to preserve evidence", [("Myanmar", "actor")]),
]


@pytest.mark.parametrize(("text", "want"), ADDRESSED)
def test_the_state_a_warning_is_aimed_at(either: Pipeline, text: str, want: list[tuple[str, str]]) -> None:
    assert roles_of(either, text) == want


NOT_ADDRESSED = [
    ("UN envoy warns Tripoli calm 'fragile' after militia clashes", "Tripoli"),  # the city's calm
    ("Army warns Kharkiv residents of more strikes", "Kharkiv"),  # its people, and no capital
    ("Juba condemns Nairobi charter of rebel coalition", "Nairobi"),  # a charter signed there
]


@pytest.mark.parametrize(("text", "name"), NOT_ADDRESSED)
def test_a_place_after_a_warning_that_is_no_state(either: Pipeline, text: str, name: str) -> None:
    assert dict(roles_of(either, text))[name] != "actor"


# -- the demonym of the side hit ----------------------------------------------------------------------------

HIT = [
    ("Russian drones hit Ukrainian positions near Pokrovsk",
     [("Pokrovsk", "Air/drone strike", "Russian forces", "Ukrainian forces")], "Ukrainian"),
    ("JNIM fighters ambushed a Burkinabe convoy near Djibo",
     [("Djibo", "Armed clash", "JNIM", "Burkinabe forces")], "Burkinabe"),
]


@pytest.mark.parametrize(("text", "want", "demonym"), HIT)
def test_the_side_hit_by_its_positions(unfiltered: Pipeline, text: str, want: list[tuple],
                                       demonym: str) -> None:
    assert coded(unfiltered, text) == want
    assert dict(roles_of(unfiltered, text))[demonym] == "actor"


def test_border_guards_and_trenches(either: Pipeline) -> None:
    text = "Tajik border guards fired on Kyrgyz positions near Batken on Monday."
    assert roles_of(either, text) == [("Tajik", "actor"), ("Kyrgyz", "actor"), ("Batken", "event_site")]
    text = "Russian Shaheds hit Ukrainian trenches near Lyman overnight"
    assert roles_of(either, text) == [("Russian", "actor"), ("Ukrainian", "actor"), ("Lyman", "event_site")]


def test_a_demonym_before_a_place_stays_context(either: Pipeline) -> None:
    roles = dict(roles_of(either, "Russian drones hit a Ukrainian village near Lyman"))
    assert roles["Ukrainian"] == "context"


# -- a second act after a headline's subject -------------------------------------------------------------

# (actor2 not asserted: the subject's act gets "Russian forces" as actor2 from its toll, as "Kherson shelling
# kills 3, Russian drones hit Mykolaiv" does on the base code: a known miss, not this rule's.)
SECOND = [
    ("Kherson shelling kills 3 as Russian drones also hit Mykolaiv",
     [("Kherson", "Shelling/artillery/missile attack", "Russian forces"),
      ("Mykolayiv", "Air/drone strike", "Russian forces")]),
    ("Odesa strike wounds 5 as Russian drones also hit Izmail",
     [("Odesa", "Air/drone strike", "Russian forces"), ("Izmayil", "Air/drone strike", "Russian forces")]),
]


@pytest.mark.parametrize(("text", "want"), SECOND)
def test_a_second_act_after_a_headlines_subject(unfiltered: Pipeline, text: str, want: list[tuple]) -> None:
    assert [row[:3] for row in coded(unfiltered, text)] == want


def test_a_town_of_the_subjects_act_keeps_the_subject_as_its_area(either: Pipeline) -> None:
    text = "Sumy shelling leaves three injured in Shostka"
    assert roles_of(either, text) == [("Sumy", "context"), ("Shostka", "event_site")]


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "warns " * 7 + "threatened   ",
    "Israel of to over, " * 3,
    "Ukrainian a b positions trenches " * 2 + "-",
    "as drones a b c d e f g hit " * 3,
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_ADDRESSED_BEFORE, _ADDRESSED_AFTER, _DEMONYM_ACTOR, _SECOND_ACT):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_warnings_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Iran warns Israel of a response; Kinshasa urges Kigali to withdraw. Ecuador extends curfew. "
            "Russian drones hit Ukrainian positions near Lyman. Kherson shelling kills 3 as drones also hit "
            "Mykolaiv. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
