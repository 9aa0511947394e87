"""The people of a place before its name: "Residents of Kidal said ..." (session 50).

recognize.context_features reads "of" after a noun of a place's people (recognize._INHABITANT_NOUNS:
residents, inhabitants, villagers, townspeople, people, elders, families) as "in": "Residents of Kidal said
drones struck a market" is "in Kidal" to the recogniser, as "in rural Tibú" and "on nearby Druzhkivka" are.
The recogniser's corpora read "X said" as a person, and "of" as weaker than "in": a small town whose people
speak was dropped (239 such phrases in the events corpus, 49 of their names unrecognised before, 11 after).
On LGL and GeoVirus (`mapper evaluate`) nothing moves.
Near misses that must not change: an organisation's name before "of" ("the Chamber of Commerce said"), a
group named after a town ("Friends of Kidal said": no noun of a place's people).
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline
from tests.event_rows import reader_of

PUBLISHED = "2025-09-10"  # a Wednesday

coded = reader_of("site", "sub_type", "date_text", published=PUBLISHED)


def names(pipeline: Pipeline, text: str) -> list[str]:
    return [m.text for m in pipeline.parse(text, published=PUBLISHED).mentions]


@pytest.mark.parametrize(("text", "want"), [
    ("Residents of Kidal said drones struck a market on Monday.", ["Kidal"]),
    ("Residents of Kidal fear a return of the drones.", ["Kidal"]),
    ("Villagers of Tegh told reporters the army had left.", ["Tegh"]),
    ("The inhabitants of Kadugli say food prices have tripled.", ["Kadugli"]),
])
def test_the_people_of_a_town_name_the_town(either: Pipeline, text: str, want: list[str]) -> None:
    assert names(either, text) == want


@pytest.mark.parametrize("text", [
    "The Chamber of Commerce said taxes would rise.",
    "Friends of Kidal said the concert would go ahead.",
])
def test_no_people_noun_before_of_changes_nothing(either: Pipeline, text: str) -> None:
    assert names(either, text) == []


def test_an_act_the_towns_people_tell_is_placed_there(unfiltered: Pipeline) -> None:
    text = "Residents of Beni said ADF rebels killed eleven farmers on Monday."
    assert [row[:2] for row in coded(unfiltered, text)] == [("Beni", "Attack")]
