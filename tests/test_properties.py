"""Property-based tests (hypothesis) of text -> mentions -> events, on arbitrary Unicode.

For any text: parsing never raises; every mention's offsets index the original text and give back
its surface text; every excerpt (a mention's sentence, an event's excerpts) contains what it is
the excerpt of. Text is drawn both from all of Unicode and from a mix of real place names with the
characters that break naive text handling: bidi and zero-width marks, combining accents, letters
whose case mapping changes length (İ, ß, ﬁ), line and paragraph separators, CRLF.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapper.doc import Doc
from mapper.model import Article
from mapper.pipeline import Pipeline

PLACES = ["Geneva", "Deir ez-Zor", "Aleppo", "Dayr az Zawr", "al-Raqqa", "Sana'a", "Sana’a", "U.S.", "UK",
          "New York", "Washington", "St. Louis", "Côte d'Ivoire", "Kyiv", "the Gaza Strip", "Gaza", "Idlib",
          "Mr. Jordan", "İstanbul", "Moscow's", "Syrian", "Black Sea", "Strait of Hormuz", "DRC", "Homs"]
GLUE = [" ", "  ", "\t", "\n", "\r\n", "\n\n", ". ", ", ", "; ", " in ", " near ", " the ", " killed 62 in ",
        " on Saturday ", " said. ", "“", "”", "'", "(", ")", "-", "—", "/"]
ODD = ["\u200f", "\u200e", "\u200b", "\u200d", "\ufeff", "\u0301", "\u0308", "\u2028", "\u2029", "\x85",
       "\u00a0", "ß", "ﬁ", "İ", "ı", "Σ", "ǅ", "\U0001f600", "\u0627\u0644\u0631\u0642\u0629", "東京", "\x00",
       "\x0b", "\x0c", "\r"]

mixed_text = st.lists(
    st.one_of(st.sampled_from(PLACES), st.sampled_from(GLUE), st.sampled_from(ODD), st.text(max_size=6)),
    max_size=40,
).map("".join)

PROPERTIES = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(pipeline: Pipeline, text: str) -> Doc:
    a = pipeline.parse(Article(id="p", text=text, published="2020-08-07"))
    for m in a.mentions:
        assert 0 <= m.start < m.end <= len(text), (m, text)
        assert text[m.start : m.end] == m.text, (m, text)
        # The excerpt of a mention is its sentence with whitespace collapsed: it holds the mention.
        assert " ".join(m.text.split()) in a.excerpt(m), (m, a.excerpt(m))
        s, e = m.sentence
        assert 0 <= s <= e <= len(text)
    for ev in a.events:
        assert ev.excerpts, ev
        for x in ev.excerpts:
            assert 0 <= x.start <= x.end <= len(text)
            assert x.text == " ".join(text[x.start : x.end].split())
        if ev.role == "origin":
            continue  # placed by the dateline ("GENEVA (Reuters) -"), which is by design not in the excerpt
        spans = [(x.start, x.end) for x in ev.excerpts]
        for m in ev.mentions:  # the mentions that place the event are in its excerpts
            assert any(s <= m.start and m.end <= e for s, e in spans), (m, spans, text)
    return a


@PROPERTIES
@given(text=st.text())
def test_any_unicode_text(pipeline: Pipeline, text: str) -> None:
    check(pipeline, text)


@PROPERTIES
@given(text=mixed_text)
def test_place_names_among_hostile_characters(pipeline: Pipeline, text: str) -> None:
    check(pipeline, text)


def test_examples_that_exercise_the_properties(pipeline: Pipeline) -> None:
    """Fixed cases, so the properties are known to be tested on texts with mentions and events."""
    text = "\u200fAirstrikes near Deir ez-Zor\u200b killed 62 soldiers on Saturday.\r\nİstanbul ﬁne."
    a = check(pipeline, text)
    assert [m.text for m in a.mentions] == ["Deir ez-Zor", "İstanbul"]  # İ lower-cases to two characters
    assert [(e.sub_event_type, e.location.name) for e in a.events] == [("Air/drone strike", "Deir ez-Zor")]
    a = check(pipeline, "Talks in Geneva\u2028ended. Shelling hit Aleppo\u0301 and Homs.")
    assert [m.text for m in a.mentions] == ["Geneva", "Aleppo", "Homs"]
    assert [e.location.name for e in a.events] == ["Geneva", "Aleppo"]
