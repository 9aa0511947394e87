"""Speed change of issue 15: an article's conflict vocabulary read once (actors.vocabulary_theatres remembers
the last text's answer; the resolver and the coder both ask), and its words lowered in one call when the text
is ASCII. Checked against the old code, kept here as an oracle."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.events import actors
from tests.test_speed_actor_trie import _corpus_texts
from tests.test_speed_oracles import _old_vocabulary_theatres  # every word's tuples


def _old_words(text: str) -> tuple[str, ...]:
    return tuple(word.lower() for word in actors._VOCABULARY_WORD.findall(text))


def test_the_old_answers_on_the_event_corpus() -> None:
    texts = _corpus_texts()
    found = 0
    # Interleaved, so that a remembered answer of another text is never read.
    for text, other in zip(texts, texts[1:] + texts[:1], strict=True):
        for t in (text, other, text):
            assert actors.vocabulary_theatres(t) == _old_vocabulary_theatres(t), t
            assert actors._words(t) == _old_words(t)
        found += bool(_old_vocabulary_theatres(text))
    assert found > 300


def test_a_remembered_answer_is_a_new_set_each_time() -> None:
    text = "Jihadists attacked a village; insurgents torched houses."
    first = actors.vocabulary_theatres(text)
    assert first and first == _old_vocabulary_theatres(text)
    first.add("XX")  # a caller changing its answer changes no later one
    assert actors.vocabulary_theatres(text) == _old_vocabulary_theatres(text)


@given(st.lists(st.sampled_from(["Jihadists", "INSURGENTS", "cattle", "raid", "Cattle-Raid", "IED", "x", " ",
                                 "-", "\u212aill", "\u0130nsurgents", "é", "ß", "ﬁghters", ".", "\n"]),
                max_size=20).map("".join))
@settings(max_examples=500, deadline=None)
def test_words_of_any_text_are_the_old_ones(text: str) -> None:
    # The Kelvin sign lowers to an ASCII "k", "İ" to "i" and a dot: a non-ASCII text is lowered word by word.
    assert actors._words(text) == _old_words(text)
    assert actors.vocabulary_theatres(text) == _old_vocabulary_theatres(text)
