"""Session 51, helper sites66: wire items whose act is told in one sentence and placed only by the next,
for the class of the blind files' train misses that training/events/places68.jsonl carries. Every sentence
is our own.

- roles._placed_by_the_next_sentence (patterns roles._LIES_AT_OPENER, _LIES_AT_GAP, _LIES_AT_NEAR,
  _LIES_AT_AREA): a sentence that opens on a definite noun and a verb of being, then only a locative phrase
  ("The depot lies on the outskirts of X", "The ship was about 50 nautical miles southwest of X when ...",
  "The village lies in X township", "The church is in X"), right after a sentence that tells an act (not a
  statement) and names no town or facility for it (a sea, a lake, a region or nothing): the first name of
  the sentence is the act's site (precision 2 when the phrase places the object relative to it or names it
  as a township or district), with the act's clause; the sea or region of the act's sentence is where it
  lies (context). Blind b37-057, b65-058 ("in the Red Sea ... The ship was about N nautical miles southwest
  of Hodeidah"), b59-054 ("on Barkaram island in Lake Chad ... The post lies about 30 km south of Bol"),
  b44-064 ("in a village in central Sagaing region ... The village lies in Chaung-U township").
  Near misses that must not change: the act's sentence already has a town ("Russian drones struck X ...
  The town lies about 25 km south of Y": Y stays context); the sentence before is a statement ("Aid
  agencies warned ... The camp lies near X": no event); a sentence of being that places no object ("The
  company that owns it is based in X", "The army has been deployed in the streets of X": context).
"""

from __future__ import annotations

import pytest

from mapper.events.roles import _LIES_AT_AREA, _LIES_AT_GAP, _LIES_AT_NEAR, _LIES_AT_OPENER
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, hundred_kb, pattern_cpu, repeated_parse_growth

PUBLISHED = "2025-05-14"  # a Wednesday

coded = reader_of("site", "sub_type", "precision", "date_text", published=PUBLISHED)


PLACED = [
    ("A drone hit a fuel depot overnight, setting it on fire, officials said on Wednesday. The depot lies "
     "on the outskirts of Tuapse.",
     [("Tuapse", "Air/drone strike", 2, "2025-05-14")],
     [("Tuapse", "event_site")]),
    ("Pirates in a skiff fired on a tanker in the Gulf of Aden on Tuesday, the UKMTO agency said. The "
     "vessel was about 60 nautical miles east of Aden when it was attacked.",
     [("Aden", "Armed clash", 2, "2025-05-13")],
     [("Gulf of Aden", "context"), ("Aden", "event_site")]),
    ("Gunmen kidnapped 15 worshippers from a mosque on Friday, police said on Monday. The mosque is in "
     "Gusau, in Zamfara state.",
     [("Gusau", "Abduction/forced disappearance", 1, "2025-05-09")],
     [("Gusau", "event_site"), ("Zamfara", "context")]),
    ("Soldiers repelled an attack on an army base in northern Sagaing region on Sunday, killing six "
     "fighters, the junta said. The base lies in Kani township.",
     [("Kani", "Armed clash", 2, "2025-05-11")],
     [("Sagaing", "context"), ("Kani", "event_site")]),
]


@pytest.mark.parametrize(("text", "events", "roles"), PLACED)
def test_the_next_sentence_places_the_act(either: Pipeline, text: str, events: list[tuple],
                                          roles: list[tuple]) -> None:
    assert coded(either, text) == events
    assert roles_of(either, text, published=PUBLISHED) == roles


def test_a_town_of_the_act_keeps_the_next_sentences_name_a_reference(either: Pipeline) -> None:
    text = ("Russian drones struck Kostiantynivka on Tuesday, wounding three people, officials said. The "
            "town lies about 25 km south of Kramatorsk.")
    assert coded(either, text) == [("Kostyantynivka", "Air/drone strike", 1, "2025-05-13")]
    assert roles_of(either, text, published=PUBLISHED) == [
        ("Russian", "actor"), ("Kostiantynivka", "event_site"), ("Kramatorsk", "context")]


@pytest.mark.parametrize("text", [
    "Aid agencies warned of a food crisis on Monday. The camp lies near Gambella.",
    "A drone hit a fuel depot overnight, officials said. The company that owns it is based in Moscow.",
    "Gangs fought over drug routes on Friday, the president said. The army has been deployed in the streets "
    "of Guayaquil since last year.",
])
def test_no_site_from_a_sentence_that_places_no_object(either: Pipeline, text: str) -> None:
    names = [name for name, role in roles_of(either, text, published=PUBLISHED) if role == "event_site"]
    assert names == []


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "The a b c d e ",
    "about 50 km (31 miles) north ",
    "located about 9 9 9 km ( ",
    "near of off outside ",
    " township district ",
    "The ship was about 50 nautical miles southwest of ",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_LIES_AT_OPENER, _LIES_AT_GAP, _LIES_AT_NEAR, _LIES_AT_AREA):
        assert pattern_cpu(pattern, text) < 3.0


def test_many_placed_acts_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("A drone hit a fuel depot overnight, officials said. The depot lies on the outskirts of Tuapse. "
            "Gunmen fired on a tanker in the Gulf of Aden. The ship was about 60 nautical miles east of Aden "
            "when it was attacked. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
