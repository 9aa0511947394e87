"""normalize's first step, unwrap: hard-wrapped paragraphs read as one line; feeds, lists and tables not."""

from __future__ import annotations

import textwrap

import pytest

from mapper.geoparse.unwrap import plain_spaces, unwrap
from mapper.pipeline import Pipeline

ZAMFARA = [
    "Gunmen kill 12 villagers in Zamfara raid",
    "GUSAU, Nigeria, March 3 (Reuters) - Gunmen on motorcycles killed 12 villagers and abducted dozens of"
    " others"
    " in a raid on the village of Kaura Namoda in northwest Nigeria's Zamfara state on Sunday, police and"
    " residents said.",
    "The attackers stormed the village at night and shot residents as they tried to flee, a police spokesman"
    " said in Gusau, the state capital, adding that troops had been sent to the area.",
    "In a separate attack on Saturday, bandits killed four farmers near Tsafe, residents said.",
]


def _wrapped(paras: list[str], sep: str, width: int = 72) -> str:
    return sep.join(textwrap.fill(p, width) for p in paras)


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
@pytest.mark.parametrize("width", [60, 72, 80])
def test_a_wrapped_article_reads_as_its_paragraphs(sep: str, width: int) -> None:
    # Blank lines or single line breaks between paragraphs: the view is the article as it was written.
    plain = sep.join(ZAMFARA)
    assert unwrap(_wrapped(ZAMFARA, sep, width)) == plain


def test_a_wrapped_article_codes_the_events_of_the_unwrapped_one(pipeline: Pipeline) -> None:
    plain = "\n\n".join(ZAMFARA)
    wrapped = _wrapped(ZAMFARA, "\n\n")
    doc = pipeline.parse(wrapped, published="2025-03-04")
    assert doc.text == plain and doc.article.text == wrapped  # the view; the article's own characters kept

    def coded(d):  # noqa: ANN001, ANN202
        return [(e.location.name, e.event_type, e.sub_event_type, e.fatalities, e.actor1 and e.actor1.name)
                for e in d.events]

    events = coded(doc)
    assert events == coded(pipeline.parse(plain, published="2025-03-04"))
    assert ("Kaura Namoda", "Violence against civilians", "Attack", 12, "unidentified gunmen") in events
    assert ("Tsafe", "Violence against civilians", "Attack", 4, "bandits") in events
    assert [m.text for m in doc.mentions if m.text == "Kaura Namoda"] == ["Kaura Namoda"]


def test_a_headline_longer_than_the_wrapped_body_keeps_its_line() -> None:
    # The headline (90 characters) is not the width: the body's lines of about 72 are.
    head = "Gunmen on motorcycles kill 12 villagers in raid on Kaura Namoda in Nigeria's Zamfara state"
    assert unwrap(head + "\n" + textwrap.fill(ZAMFARA[1], 72)) == head + "\n" + ZAMFARA[1]


def test_one_wrapped_paragraph_with_a_break_before_a_name() -> None:
    text = ("A spokesman for Myanmar's foreign ministry, speaking in Bangkok on\n"
            "Friday, accused the Arakan Army of attacking civilians in Rakhine state.\n"
            "The Arakan Army denied the accusation.")
    assert unwrap(text) == text.replace("\n", " ")


@pytest.mark.parametrize("text", [
    # One report a line: a feed of headlines, however long its lines.
    "Shelling hits Kherson\nDrones attack Odesa",
    "Russian drones hit energy facilities in Odesa region overnight, governor says\n"
    "Israeli strike on car in south Lebanon kills two Hezbollah members, army says\n"
    "Gunmen kill 12 in attack on village in Nigeria's Zamfara state, police say",
    # A headline over its dateline and story.
    "Jihadists attack army base in northeast Nigeria, kill at least 14 troops\n"
    "MAIDUGURI, Nigeria (AFP) - Jihadist fighters attacked a military base in Borno state overnight, killing",
    # A live blog's timed items.
    "Ukraine war latest: drones strike Kharkiv and Odesa as talks stall in Geneva\n"
    "08:40 - Kyiv: 14 killed in overnight Russian attack on the capital's east, emergency service says\n"
    "07:55 - Drone debris fell on a residential area of Brovary, wounding two people in the city",
])
def test_feeds_keep_their_lines(text: str) -> None:
    assert unwrap(text) is None


def test_lists_and_tables_stay_split() -> None:
    text = ("Attacks reported on Tuesday across the region, according to officials who\n"
            "spoke on condition of anonymity because they were not authorised:\n"
            "- Gunmen killed three farmers in the village of Kankara in Katsina state\n"
            "- A roadside bomb wounded two soldiers on the road between Bama and\n"
            "Konduga in Borno state\n"
            "1. Kaduna     3 killed\n"
            "2. Zamfara    5 killed\n")
    view = unwrap(text)
    assert view is not None
    assert view.split("\n") == [
        "Attacks reported on Tuesday across the region, according to officials who "
        "spoke on condition of anonymity because they were not authorised:",
        "- Gunmen killed three farmers in the village of Kankara in Katsina state",
        "- A roadside bomb wounded two soldiers on the road between Bama and Konduga in Borno state",
        "1. Kaduna     3 killed", "2. Zamfara    5 killed", ""]


def test_line_ends_of_other_systems() -> None:
    assert unwrap("Shelling hits Kherson\r\nDrones attack Odesa\r\n") \
        == "Shelling hits Kherson \nDrones attack Odesa \n"
    assert unwrap("Shelling hits Kherson\rDrones attack Odesa") \
        == "Shelling hits Kherson\nDrones attack Odesa"
    crlf = _wrapped(ZAMFARA, "\n\n").replace("\n", "\r\n")
    view = unwrap(crlf)
    assert view is not None and len(view) == len(crlf)
    assert [p.replace(" \n", " ").replace("  ", " ") for p in view.split(" \n \n")] == ZAMFARA


def test_text_without_line_breaks_is_left_alone() -> None:
    assert unwrap("Gunmen killed 12 villagers in Kaura Namoda on Sunday.") is None
    assert unwrap("") is None


@pytest.mark.parametrize("text", [
    "x" * 100_000,
    "\n" * 100_000,
    "\r" * 100_000,
    "\r\n" * 50_000,
    ("in the village of\n" + "x" * 70 + "\n") * 1_100,
    ("a\n" + "word " * 14 + "of\n") * 1_400,
    " \n" * 50_000,
    ("- " + "killed in " * 7 + "\n") * 1_300,
])
def test_pathological_inputs_of_100_kb(text: str) -> None:
    view = unwrap(text)
    assert view is None or len(view) == len(text)
    if view is not None:
        assert "\r" not in view and set(view) <= set(text) | {" ", "\n"}


def test_alternating_short_and_long_lines_of_100_kb() -> None:
    # A long line that ends in "of" and then a one-word line: the width is the long line's, the short line is
    # joined to it, the break after the short line (the next word would have fitted) is kept.
    unit = "Gunmen attacked the village of\nKankara\n"
    text = unit * (100_000 // len(unit))
    view = unwrap(text)
    assert view == ("Gunmen attacked the village of Kankara\n" * (100_000 // len(unit)))


def test_unicode_spaces_read_as_spaces(pipeline: Pipeline) -> None:
    plain = "Gunmen killed 12 villagers in an attack on Kaura Namoda in Nigeria's Zamfara state on Sunday."
    spaced = plain.replace(" ", "\u00a0")
    assert plain_spaces(spaced) == plain and plain_spaces(plain) is None
    assert plain_spaces("Kyiv\u2009\u2014\u202fKherson\u3000Odesa") == "Kyiv \u2014 Kherson Odesa"
    doc = pipeline.parse(spaced, published="2025-03-04")
    assert doc.text == plain and doc.article.text == spaced
    assert [(e.location.name, e.sub_event_type, e.fatalities) for e in doc.events] \
        == [("Kaura Namoda", "Attack", 12)]


@pytest.mark.parametrize("text", ["\u00a0" * 100_000, ("in\u00a0the\u202f" * 12_500)])
def test_unicode_spaces_of_100_kb(text: str) -> None:
    assert plain_spaces(text) == text.replace("\u00a0", " ").replace("\u202f", " ")
