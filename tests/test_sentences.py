"""Sentence boundaries (mapper/geoparse/sentences.py): abbreviations that do not end a sentence."""

from __future__ import annotations

import pytest

from mapper.geoparse.sentences import Sentences


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in Sentences(text).spans()]


@pytest.mark.parametrize(("text", "expected"), [
    # A news agency's abbreviated month before the day's number is not an end ...
    ("Hamas attacked Israel on Oct. 7, 2023, killing 1,200 people. The war followed.",
     ["Hamas attacked Israel on Oct. 7, 2023, killing 1,200 people.", "The war followed."]),
    ("The strike on Sept. 11 killed four. Talks resumed on Jan. 5 in Doha.",
     ["The strike on Sept. 11 killed four.", "Talks resumed on Jan. 5 in Doha."]),
    # ... but a month's name ending a sentence is, and so is a plain word before a number.
    ("The talks ended in Oct. Two days later fighting resumed.",
     ["The talks ended in Oct.", "Two days later fighting resumed."]),
    ("Shelling hit the town. 12 people died.", ["Shelling hit the town.", "12 people died."]),
    ("U.S. officials said Mr. Smith left. He flew home.",
     ["U.S. officials said Mr. Smith left.", "He flew home."]),
])
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_a_dated_background_sentence_is_one_sentence_in_an_article(pipeline) -> None:  # noqa: ANN001
    # The date stays whole, so the sentence is read as background: no event at Israel today.
    text = ("Israeli strikes hit Khan Younis on Wednesday, killing four people. The war began when Hamas-led "
            "militants attacked southern Israel on Oct. 7, 2023, killing some 1,200 people.")
    doc = pipeline.parse(text, published="2024-11-20")
    assert [(e.location.country_code, e.date) for e in doc.events] == [("PS", "2024-11-20")]
