"""The discourse layer read lazily (issue 15, speed40e): ``SentenceLabels`` gives :func:`label_sentences`'s
labels, each read when first asked for, and the event coder asks only about the sentences its events can
depend on. The same layers and events as before were checked on every text of the event corpus and of LGL
and GeoVirus when it was made (``bench_events.py --split all --misses`` and ``mapper extract``, ``cmp``)."""

from __future__ import annotations

import datetime as dt
import pickle
import random

import pytest

from mapper.doc import Doc
from mapper.events import discourse
from mapper.events.discourse import (
    Background,
    SentenceLabels,
    background_of,
    background_spans,
    label_sentences,
)
from mapper.model import Article
from mapper.pipeline import Pipeline

PUBLISHED = dt.date(2025, 6, 17)


def _spans(text: str) -> list[tuple[int, int]]:
    """The sentences of a test text: each ends with ". " or a line break."""
    out, start = [], 0
    for k, ch in enumerate(text):
        if ch == "\n" or ch == "." and (k + 1 == len(text) or text[k + 1] in " \n"):
            end = k + 1 if ch == "." else k
            if end > start:
                out.append((start, end))
            start = k + 1
            while start < len(text) and text[start] == " ":
                start += 1
    if start < len(text):
        out.append((start, len(text)))
    return out


TEXTS = [
    # a background sentence, then sentences with no time of their own in its paragraph: they continue it
    "Gunmen killed four people in Jos on Sunday. In March 2019, the White Army overran the garrison. "
    "That attack led to the arrest of a commander. Many fled. Residents said the town was calm.\n"
    "Police arrested six men on Monday.",
    # a line break ends the paragraph's time; a reaction; a cumulative toll
    "Speaking in Doha, the envoy said talks would go on. The war has killed tens of thousands since 2023.\n"
    "Aid trucks reached the city. The conflict, which began in 2014, has displaced millions. It goes on.",
    # a lead that looks back (never background), then recent and old anchors
    "The rebels, who seized the town in 2012, attacked it again. On Sunday they burned a market. "
    "Two years ago, the army retook it. The army said it would respond. Officials declined to comment.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_labels_are_label_sentences_in_any_order(text: str) -> None:
    spans = _spans(text)
    want = label_sentences(text, spans, PUBLISHED)
    assert SentenceLabels(text, spans, PUBLISHED) == want
    assert list(SentenceLabels(text, spans, PUBLISHED)) == want
    for seed in range(5):  # asked in a random order, each label is the one the whole reading gives
        labels = SentenceLabels(text, spans, PUBLISHED)
        order = list(range(len(spans)))
        random.Random(seed).shuffle(order)
        assert [labels[k] for k in order] == [want[k] for k in order]
    labels = SentenceLabels(text, spans, PUBLISHED)
    assert len(labels) == len(want)
    if want:
        assert labels[-1] == want[-1]
        assert labels[1:] == want[1:]
    with pytest.raises(IndexError):
        labels[len(want)]  # noqa: B018
    assert pickle.loads(pickle.dumps(labels)) == want
    assert [labels.background(sp) for sp in spans] == [lab.label == "background" for lab in want]
    assert labels.background((0, 10**6)) is False  # no sentence's span


def test_the_continued_background_is_read_as_the_plain_labels_read_it() -> None:
    text = TEXTS[0]
    spans = _spans(text)
    labels = SentenceLabels(text, spans, PUBLISHED)
    # asked first about the paragraph's last sentence: the chain back to the anchored one is read
    assert labels[4].label == "news"  # "Residents said ...": a source tells the report's news
    assert [lab.reason for lab in labels[1:4]] == ["old anchor"] + ["continues background"] * 2
    assert labels[5].label == "news"  # after the line break


def test_a_long_paragraph_of_continued_background_is_read_once_per_sentence(monkeypatch) -> None:
    # 100 KB: one old anchor, then thousands of sentences with no time of their own; the last asked first
    text = "Gunmen killed four people on Sunday. In March 2019, rebels overran the garrison." \
        + " It burned." * 9_000
    spans = _spans(text)
    reads = []
    real = discourse._read_sentence
    monkeypatch.setattr(discourse, "_read_sentence", lambda *a: reads.append(1) or real(*a))
    labels = SentenceLabels(text, spans, PUBLISHED)
    assert labels[-1] == discourse.SentenceLabel(*spans[-1], "background", "continues background")
    assert len(reads) == len(spans) - 1  # every sentence but the lead, once (no recursion: a loop)
    assert list(labels)[1].reason == "old anchor"
    assert len(reads) == len(spans) - 1  # all remembered


def test_background_of_reads_a_plain_list_whole() -> None:
    text = TEXTS[1]
    spans = _spans(text)
    doc = Doc(Article(id="t", text=text), user={"discourse": label_sentences(text, spans, PUBLISHED)})
    test = background_of(doc)
    assert isinstance(test, Background)
    assert {sp for sp in spans if sp in test} == background_spans(doc)
    assert {sp for sp in spans if sp in test} == {spans[1], spans[3], spans[4]}


@pytest.mark.parametrize("text", [
    # a lethal protest's toll told later, in a sentence with no act (its label is read: an incident is open)
    "Security forces fired on protesters in Conakry on Monday, killing eight. Hospital officials said on "
    "Tuesday the toll had risen to 11.",
    # a claim after the act, in a background sentence whose main clause claims it
    "Gunmen attacked a church in Kasindi on Sunday, killing 14. The army blamed the attack on ADF rebels, "
    "who have fought in the region since 2014.",
    # statements only, with a background sentence among them: nothing is coded from the history
    "The minister spoke in Kinshasa on Tuesday. The conflict has killed thousands since 2022. He said talks "
    "would resume.",
    # a group named in a sentence that tells no act, before the act
    "Al-Shabaab said on Monday it would step up its attacks. Hours later the group attacked a military base "
    "near Jowhar.",
])
def test_events_are_those_of_the_whole_layer(pipeline: Pipeline, text: str) -> None:
    lazy = pipeline.parse(text, published="2025-06-17")
    whole = Pipeline.__new__(Pipeline)
    whole.__dict__.update(pipeline.__dict__)
    whole.components = [c if c.name != "discourse" else _WholeDiscourse(pipeline.config)
                        for c in pipeline.components]
    plain = whole.parse(text, published="2025-06-17")
    assert isinstance(plain.user["discourse"], list)
    assert lazy.events == plain.events
    assert lazy.user["discourse"] == plain.user["discourse"]


class _WholeDiscourse(discourse.Discourse):
    """The layer as a plain list, every sentence read (what the component set before)."""

    def __call__(self, doc: Doc) -> None:
        doc.user["discourse"] = label_sentences(doc.text, doc.sentences.spans(),
                                                discourse.parse_date(doc.article.published),
                                                self.config.past_days)


def test_an_article_that_tells_no_act_reads_few_labels(pipeline: Pipeline, monkeypatch) -> None:
    text = ("The minister arrived in Kinshasa on Tuesday for a two-day visit. She toured a school. "
            "The weather was hot. Crowds lined the streets. In 2019, floods hit the city. "
            "The minister said talks would resume next month.")
    reads: list[str] = []
    real = discourse._read_sentence
    monkeypatch.setattr(discourse, "_read_sentence", lambda s, *a: reads.append(s) or real(s, *a))
    doc = pipeline.parse(text, published="2025-06-17")
    asked = list(reads)
    assert len(doc.user["discourse"]) == 6
    # the sentences with no trigger after the story's last act (there is none) and with no incident open
    # to take a toll are not read; the statement is
    assert "The weather was hot." not in asked and "Crowds lined the streets." not in asked
    assert any(s.startswith("The minister said") for s in asked)
    assert [lab.label for lab in doc.user["discourse"]][4] == "background"  # read whole when asked


def _actor_sentences(pipeline: Pipeline, text: str, monkeypatch) -> list[str]:
    from mapper.events import coder
    asked: list[str] = []
    real = coder.find_actors
    monkeypatch.setattr(coder, "find_actors", lambda s, *a: asked.append(s) or real(s, *a))
    pipeline.parse(text, published="2025-06-17")
    return asked


def test_actors_of_a_sentence_whose_readings_code_none(pipeline: Pipeline, monkeypatch) -> None:
    # a sentence whose only reading is background: its actors are read for its groups only when a later act
    # may refer back to them ("the rebels"), not after the story's last act
    named = "The ADF, accused of the 2021 massacre in Beni, was named by the army on Monday."
    act = "On Tuesday the rebels killed six farmers near Oicha."
    assert named in _actor_sentences(pipeline, f"{named} {act}", monkeypatch)
    assert named not in _actor_sentences(pipeline, f"{act} {named}", monkeypatch)
    assert act in _actor_sentences(pipeline, f"{act} {named}", monkeypatch)
