"""Actor1 as an analyst reads it (issue 14 item 7, session 11): who backs, escorts or leads the subject is no
subject, however many plain words name them ("Somali troops backed by local clan militias recaptured",
"soldiers supported by several local Mai-Mai militias"); ministers in the plural are their governments
("Congolese and Rwandan foreign ministers signed"); a group's name inside another word is no actor
("PORT-AU-PRINCE", "Anti-MONUSCO"), and "gang members" are the gang that claims their attack. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from mapper.events import actors
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing


def _actors(pipeline: Pipeline, text: str, published: str = "2025-06-03") -> list[tuple[str, str | None]]:
    doc = pipeline.parse(Article("t", text, published=published))
    return [(e.location.name, e.actor1.name if e.actor1 else None) for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), [
    ("Somali troops backed by local clan militias fought al-Shabaab fighters near Baidoa on Tuesday, a "
     "regional official said.", [("Baidoa", "Somali forces")]),
    ("Congolese soldiers supported by several local Mai-Mai militias attacked M23 positions near Sake on "
     "Friday.", [("Sake", "Congolese forces")]),
])
def test_who_backs_the_subject_is_no_subject(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _actors(pipeline, text) == expected


def test_ministers_in_the_plural_are_their_government(pipeline: Pipeline) -> None:
    text = ("Ethiopian and Eritrean foreign ministers signed a border agreement in Riyadh on Sunday, the "
            "Saudi foreign ministry said.")
    assert _actors(pipeline, text) == [("Riyadh", "Ethiopian government")]


def test_modifier_by_is_linear_on_100_kb(pipeline: Pipeline) -> None:
    assert actors._MODIFIER_BY.search("backed by " + "local " * 20_000) is None
    units = ["troops ", "backed ", "by ", "local ", "clan ", "militias ", "fought ", "foreign ", "ministers "]

    def text_of(n: int) -> str:
        return "Militants hit Baidoa. " + "".join(units[i % len(units)] for i in range(n)) + "in Kismayo."
    assert len(text_of(16000)) > 100_000
    assert growth(parsing(pipeline, text_of), 8000) < GROWTH


def test_a_group_inside_another_word_is_no_actor() -> None:
    from mapper.events.actors import find_actors
    names = [p.actor.name for p in find_actors(
        "PORT-AU-PRINCE, Haiti (AP) - Gang members stormed the town overnight.", 0, [])]
    assert names == ["Gang members"]
    names = [p.actor.name for p in find_actors("EXCLUSIVE-Houthi missile strikes tanker in Red Sea", 0, [])]
    assert names == ["Houthi missile strikes"]


def test_gang_members_are_the_gang_that_claimed_them(pipeline: Pipeline) -> None:
    text = ("PORT-AU-PRINCE, Haiti (AP) - Gang members stormed the town of Mirebalais overnight, torching "
            "the police station, officials said. The Viv Ansanm gang coalition claimed the attack.")
    assert _actors(pipeline, text, "2025-04-01") == [("Mirebalais", "Viv Ansanm")]
