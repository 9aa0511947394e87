"""Event coding's speed changes (issue 15), each checked against what it replaces: the plain pattern,
the old scan or the uncached reading, on random texts made of the words they look for, on the event
corpus and on 100 KB of those words."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.events import dates, roles, triggers
from mapper.events.prefilter import LiteralScan, Prefiltered, PrefilteredGroup, TailGate, WordGate

ROOT = Path(__file__).resolve().parents[1]


def _corpus_texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "training" / "events").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert len(texts) > 1000
    return texts


def _spans(found) -> list[tuple[int, int]]:  # noqa: ANN001
    return [m.span() for m in found]


# --- LiteralScan.starts: a sorted list, no set -------------------------------------------------------

_SCAN_PIECES = ["day", "days", "Day", "night", "ni", "ght", "week", "weekend", "month", "ago", "x", " ", "İ",
                "ı", "ſ", "Monday", "ever"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_PIECES), max_size=20).map("".join), st.booleans())
def test_literal_scan_starts_are_every_distinct_offset_in_order(text: str, ignore_case: bool) -> None:
    words = ("day", "days", "night", "week", "weekend", "month", "ago", "ever")
    scan = LiteralScan(words, ignore_case=ignore_case)
    starts = scan.starts(text)
    if starts is None:  # a letter whose lower case the engine reads otherwise
        assert ignore_case and any(c in text for c in "İıſ")
        return
    seen = text.lower() if ignore_case else text
    assert starts == sorted({i for w in words for i in range(len(seen)) if seen.startswith(w, i)})


# --- PrefilteredGroup.finditer: each pattern's finditer, from one pass --------------------------------

_CASED_PIECES = ["Rebels", "rebels ", "Fighters ", "Taliban ", "seized", "Seize", "Kidal", "took", "Kyiv",
                 "'s",
                 "side", "take", "Takes", "grab", "grabbed", "enter", "entered ", "roll into ", "fall of ",
                 "Fall of ", "March", "march", "marches", "in", "In", "on", "to", "To", "Bamenda", "x", "-",
                 " ", "  ", "."]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CASED_PIECES), max_size=25).map("".join))
def test_group_finditer_is_each_patterns_finditer(text: str) -> None:
    patterns = [pattern for pattern, _ in triggers._CASED]
    group = PrefilteredGroup(patterns)
    for member, pattern in zip(group.members, patterns, strict=True):
        assert _spans(member.finditer(text)) == _spans(pattern.finditer(text)), (pattern.pattern, text)
    # the same text asked again, and a different one after it, give their own matches
    for member, pattern in zip(group.members, patterns, strict=True):
        assert _spans(member.finditer(text)) == _spans(pattern.finditer(text))
        assert _spans(member.finditer(text + " Rebels seized Gao")) == \
            _spans(pattern.finditer(text + " Rebels seized Gao"))


def test_cased_scans_on_the_event_corpus_and_100_kb() -> None:
    texts = _corpus_texts()
    found = 0
    for text in texts:
        for (scan, _), (pattern, _) in zip(triggers._CASED_SCANS, triggers._CASED, strict=True):
            plain = _spans(pattern.finditer(text))
            assert _spans(scan.finditer(text)) == plain, text
            found += bool(plain)
    assert found > 20
    # A run of the verbs: one pass, each start tried once (overlapping starts are skipped as finditer does).
    for unit in ("Rebels seized ", "seize", "Fighters entered ", "march in ", "Fall of X Y to "):
        text = unit * (100_000 // len(unit))
        for (scan, _), (pattern, _) in zip(triggers._CASED_SCANS, triggers._CASED, strict=True):
            assert _spans(scan.finditer(text)) == _spans(pattern.finditer(text)), unit


# --- roles: _GOVERNOR prefiltered, and the new word and tail gates ------------------------------------

_ROLE_PIECES = ["threatened", "vowed", "plans", "planning", "prepared", "preparing for an", "offensive",
                "hoped", "seeks", "decided", "voted", "agreed", "plotted", "conspired", "set", "expected",
                "ready", "poised", "to", "will", "would", "if", "unless", "rumours", "rumor", "false alarm",
                "fake news", "unfounded reports", "of", "that", "denied", "deny", "the", "capital", "city",
                "town", "village", "port", "stronghold", ",", "blamed", "pinned", "attributed", "it",
                "them", "on", "flights", "trade", "ferry", "between", "and", "deploy", "redeploy", "send",
                "dispatch", "rush", "mobilise", "mobilize", "troops", "into", "fled", "fleeing", "escaped",
                "evacuating", "city of", "kyiv", "monywa-", "road–", "x", "-", "–", " ", "  ", "\n"]
_role_texts = st.lists(st.sampled_from(_ROLE_PIECES), max_size=14)


def _new_word_gates() -> list[WordGate]:
    return [roles._APPOSITION_GATE, roles._BLAMED_ON_GATE, roles._LINK_BETWEEN_GATE, roles._FUTURE_SENT_GATE,
            roles._LEFT_GATE]


def _same_role_searches(left: str) -> None:
    assert _spans(roles._GOVERNOR_SCAN.finditer(left)) == _spans(roles._GOVERNOR.finditer(left)), left
    for gate in _new_word_gates():
        plain = gate.pattern.search(left)
        assert (plain and plain.span()) == ((m := gate.search(left, left)) and m.span()), (gate.pattern, left)
    tail = roles._ROAD_NAMED_END_GATE
    plain = tail.pattern.search(left)
    assert (plain and plain.span()) == ((m := tail.search(left)) and m.span()), left


@settings(max_examples=600, deadline=None)
@given(_role_texts, st.booleans())
def test_new_role_gates_search_as_the_plain_patterns(pieces: list[str], spaced: bool) -> None:
    # roles reads them in lowered left contexts (case-sensitive patterns): the words as written
    _same_role_searches((" " if spaced else "").join(pieces))


def test_new_role_gates_on_the_left_contexts_of_the_event_corpus() -> None:
    matched = dict.fromkeys(("governor", "gates"), 0)
    for text in _corpus_texts():
        for name in re.finditer(r"\b[A-Z]", text):  # each capitalised word's 90 characters before it
            left = text[max(0, name.start() - 90):name.start()].lower()
            _same_role_searches(left)
            matched["governor"] += roles._GOVERNOR.search(left) is not None
            matched["gates"] += any(g.pattern.search(left) for g in _new_word_gates())
    assert matched["governor"] > 400 and matched["gates"] > 20, matched


@pytest.mark.parametrize("unit", ["will ", "threatened to ", "threat", "deny", "the capital, ", "the city ",
                                  "blamed it on ", "flights between ", "to deploy troops to ", "fled ",
                                  "road- ", "x" * 89 + " "])
def test_new_role_gates_on_100_kb_are_the_plain_search(unit: str) -> None:
    for text in (unit * (100_000 // len(unit)), unit * (100_000 // len(unit)) + "x"):
        _same_role_searches(text)


def test_governed_place_still_read_as_unreal() -> None:
    # The prefiltered scan keeps the last governing word: "vowed to strike Kyiv" is no act in Kyiv.
    left = "the commander vowed to strike "
    assert roles._GOVERNOR_SCAN.finditer(left) is not None
    assert [m.group() for m in roles._GOVERNOR_SCAN.finditer(left)] == ["vowed to "]
    assert [m.group() for m in roles._GOVERNOR_SCAN.finditer("rumours that rebels would take ")] == \
        ["rumours that ", "would"]


def test_new_gates_are_of_their_kinds() -> None:
    assert all(isinstance(g, WordGate) for g in _new_word_gates())
    assert isinstance(roles._ROAD_NAMED_END_GATE, TailGate) and isinstance(roles._GOVERNOR_SCAN, Prefiltered)


# --- find_dates: a sentence's dates read once -----------------------------------------------------------

def test_remembered_dates_are_the_dates_read_afresh() -> None:
    published = [None, dt.date(2025, 3, 4), "2024-12-30"]
    n = 0
    for i, text in enumerate(_corpus_texts()):
        for piece in (text, *text.split(". ")):
            pub = published[i % len(published)]
            ref = dates._as_reference(pub)
            assert dates.find_dates(piece, pub) == dates._find_dates(piece, ref), piece
            assert dates.find_dates(piece, pub) == dates._find_dates(piece, ref)  # read from memory
            n += bool(dates.find_dates(piece, pub))
    assert n > 1000


def test_remembered_dates_are_a_new_list_each_time() -> None:
    text = "Gunmen attacked the village on Monday and again on 3 March, officials said."
    first = dates.find_dates(text, dt.date(2025, 3, 5))
    assert [d.text for d in first] == ["Monday", "3 March"]
    first.clear()  # a caller that edits its list does not edit what the next caller reads
    assert [d.text for d in dates.find_dates(text, dt.date(2025, 3, 5))] == ["Monday", "3 March"]
    # the published date is part of what is remembered
    assert dates.find_dates(text, dt.date(2025, 3, 4))[0].date == dt.date(2025, 3, 3)
    assert dates.find_dates(text, dt.date(2025, 3, 5))[0].date == dt.date(2025, 3, 3)
    assert dates.find_dates(text, dt.date(2025, 3, 12))[0].date == dt.date(2025, 3, 10)
    assert [d.text for d in dates.find_dates(text, None)] == []


def test_long_texts_are_read_and_not_remembered() -> None:
    # 100 KB of dates: read in one pass each time, kept out of the memory (which holds short sentences).
    text = "On Monday, 3 March 2025, and last week, " * (100_000 // 40)
    before = dates._remembered_dates.cache_info().currsize
    found = dates.find_dates(text, dt.date(2025, 3, 5))
    assert len(found) == 2 * (100_000 // 40)  # "Monday, 3 March 2025" is one expression
    assert found == dates._find_dates(text, dt.date(2025, 3, 5))
    assert dates._remembered_dates.cache_info().currsize == before


def _old_scanners(text: str, ref: dt.date | None) -> list:
    """dates._scanners as it was: the ISO search whether or not the text holds a digit."""
    month_word = dates._MONTH_SCAN.occurs_in(text)
    out = []
    if (month_word and dates._DIGIT.search(text)) or dates._ISO_HINT.search(text):
        out.append(dates._ABSOLUTE)
    if month_word:
        out.append(dates._MONTH_LEVEL)
    if ref is not None and dates._HOLIDAY_SCAN.occurs_in(text):
        out.append(dates._HOLIDAY)
    if ref is not None and dates._RELATIVE_SCAN.occurs_in(text.lower()):
        out.append(dates._RELATIVE_FINDER)  # (the relative pattern, tried only where a match can start)
    return out


_DATE_PIECES = ["2024", "-", "/", "03", "3", "March", "MAR", "Mar", "may", "day", "ago", "Christmas", "x",
                " ", ",", "١٢", "²"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=12).map("".join), st.booleans())
def test_date_scanners_are_the_old_choice(text: str, dated: bool) -> None:
    ref = dt.date(2025, 3, 5) if dated else None
    assert [p for p, _ in dates._scanners(text, ref)] == _old_scanners(text, ref)


# --- dates: the relative pattern tried only at its first words and digit runs -----------------------

def _relative_matches(found) -> list:  # noqa: ANN001
    return [(m.span(), m.lastgroup, m.groupdict()) for m in found]


_RELATIVE_PIECES = ["a", "A", "an", "AN", " ", "\t", "\u3000", "\n", "few", "couple", "of", "3", "12", "1234",
                    "\u0663", "days", "week", "ago", "the", "The", "day", "before", "last", "LAST", "this",
                    "past", "Monday", "night", "tonight", "overnight", "on", "x", "_", "-", "İ", "ı", "ſ",
                    "\u212a", "weekend", "month", "earlier", "recent", "five", "twenty"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_RELATIVE_PIECES), max_size=14).map("".join))
def test_relative_finder_is_the_pattern(text: str) -> None:
    assert _relative_matches(dates._RELATIVE_FINDER.finditer(text)) == \
        _relative_matches(dates._RELATIVE.finditer(text))


def test_relative_finder_on_the_event_corpus_and_100_kb() -> None:
    found = 0
    for text in _corpus_texts():
        expected = _relative_matches(dates._RELATIVE.finditer(text))
        assert _relative_matches(dates._RELATIVE_FINDER.finditer(text)) == expected
        found += len(expected)
    assert found > 1000
    for unit in ("a a the an 3 ", "3 days ago, ", "last week and the day before yesterday "):
        text = unit * (100_000 // len(unit))
        assert _relative_matches(dates._RELATIVE_FINDER.finditer(text)) == \
            _relative_matches(dates._RELATIVE.finditer(text))


def test_relative_finder_reads_the_words_of_a_sentence() -> None:
    found = dates.find_dates("Gunmen killed 3 people two days ago, and AN hour later on Monday night.",
                             dt.date(2025, 3, 5))
    assert [(d.text, d.date.isoformat()) for d in found] == [("two days ago", "2025-03-03"),
                                                             ("Monday night", "2025-03-03")]


# --- casualties: words that open no verb or mark skip the five look-ups -------------------------------

class _Every:
    """A set holding every word: the casualty reader as it was, each word looked up in all five tables."""

    def __contains__(self, word: object) -> bool:
        return True


def _reports_both_ways(sentence: str) -> tuple[list, list]:
    from mapper.events import casualties

    new = casualties.reports(sentence)
    heads = casualties._REPORT_HEADS
    casualties._REPORT_HEADS = _Every()  # type: ignore[assignment]
    try:
        old = casualties.reports(sentence)
    finally:
        casualties._REPORT_HEADS = heads
    return new, old


_CASUALTY_PIECES = ["killed", "were killed", "dead", "died", "wounded", "injured", "leaving", "left", "shot",
                    "them", "two", "12", "1,200", "dozens of", "at least", "people", "soldiers", "civilians",
                    "and", ",", "including", "children", "were", "the", "toll", "rose", "to", "lost", "no",
                    "of", "x", "Italian", "nun", "man"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CASUALTY_PIECES), max_size=16).map(" ".join))
def test_casualty_reports_are_the_reading_of_every_word(sentence: str) -> None:
    new, old = _reports_both_ways(sentence)
    assert new == old, sentence


def test_casualty_reports_on_the_event_corpus_and_100_kb() -> None:
    found = 0
    for text in _corpus_texts():
        for sentence in text.split(". "):
            new, old = _reports_both_ways(sentence)
            assert new == old, sentence
            found += bool(new)
    assert found > 500
    for unit in ("killed two soldiers and wounded three civilians, ", "the the the ", "12 dead, "):
        new, old = _reports_both_ways(unit * (100_000 // len(unit)))
        assert new == old and (new or unit == "the the the ")


# --- triggers: _IRREALIS and _CALLED_OFF tried only where their words start ---------------------------

_SCOPE_PIECES = ["threatened", "vowed", "pledges", "to", "threat of", "warned", "of", "against", "plans",
                 "due to", "braces for", "agrees to", "orders", "set to", "will", "if", "until", "whether",
                 "preparing", "hope to", "hoped for", "urged", "calls on", "rejects", "the", "claims",
                 "denied", "rule out", "fears", "to hold", "to deter", "deterred", "postponed", "called off",
                 "suspend", "stalled", "broke down", "put off", "boycott", "talks", ",", ".", "x", " ", "  "]


def _same_scope(text: str) -> None:
    for scan, pattern in ((triggers._IRREALIS_SCAN, triggers._IRREALIS),
                          (triggers._CALLED_OFF_SCAN, triggers._CALLED_OFF)):
        assert _spans(scan.finditer(text)) == _spans(pattern.finditer(text)), (pattern.pattern[:40], text)
        assert triggers._in_scope(scan, text) == triggers._in_scope(pattern, text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SCOPE_PIECES), max_size=14), st.booleans())
def test_scope_scans_find_what_the_patterns_find(pieces: list[str], spaced: bool) -> None:
    _same_scope((" " if spaced else "").join(pieces))


def test_scope_scans_on_the_windows_of_the_event_corpus_and_100_kb() -> None:
    found = 0
    for text in _corpus_texts():
        low = text.lower()
        for m in triggers._RULE_SCAN.finditer(low):  # the window before each trigger, as unreal reads it
            window = low[max(0, m.start() - triggers._SCOPE):m.start()]
            _same_scope(window)
            found += triggers._IRREALIS.search(window) is not None
    assert found > 300
    for unit in ("will ", "threatened to ", "threat", "to to ", "postponed ", "call off "):
        _same_scope(unit * (100_000 // len(unit)))


# --- discourse: the nine gates' words found in one pass per sentence ----------------------------------

def _same_opened(text: str) -> None:
    from mapper.events import discourse
    from mapper.events.prefilter import gate_text

    low = gate_text(text)
    gates = discourse._GATES
    assert gates.opened(low) == {g for g in gates.gates if g.opens(low)}, text
    for gate in gates.gates:
        opened = gates.opened(low)
        plain = gate.search(text, low)
        assert (plain and plain.span()) == ((m := gate.search_in(text, opened)) and m.span())
        assert _spans(gate.finditer(text, low)) == _spans(gate.finditer_in(text, opened))


_DISCOURSE_PIECES = ["10 days after", "a week earlier", "two months ago", "in 2014", "since 2012", "19", "20",
                     "last year", "decades", "in the past", "that summer", "today", "hours later",
                     "the next day", "speaking in Doha", "told reporters in", "killed tens of thousands",
                     "has killed", "has killed 40,000", "since", "so far this year", "to date", "the war",
                     "conflict", "has",
                     "for more than 15 years", "DAY", "Year", "ſince", "Kıev", "x", " ", ", ", ". "]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DISCOURSE_PIECES), max_size=10).map("".join))
def test_gate_set_opens_the_gates_that_open(text: str) -> None:
    _same_opened(text)


def test_gate_set_on_the_event_corpus_sentences_and_100_kb() -> None:
    from mapper.events import discourse

    assert len(discourse._GATES.gates) == 12
    for text in _corpus_texts():
        for sentence in (text, *text.split(". ")):
            _same_opened(sentence)
    for unit in ("year ", "since then ", "19", "x" * 99 + " ", "the war has killed ", "have become more "):
        _same_opened(unit * (100_000 // len(unit)))


# --- actors: the named bodies' two patterns skipped in sentences without their words ---------------------

def test_body_head_words_are_in_every_match() -> None:
    from mapper.events import actors
    from mapper.events.prefilter import literal_heads

    # Every match starts with one of the pattern's heads, and each head holds one of the gate's words.
    assert all(actors._holds_body_head(head) for head in literal_heads(actors._BODY_HEAD.pattern))
    for text in _corpus_texts():
        if not actors._holds_body_head(text):
            assert not list(actors._BODY_HEAD.finditer(text))
        if "(" not in text:
            assert not list(actors._IN_BRACKETS.finditer(text))


def test_named_bodies_read_behind_the_gates() -> None:
    from mapper.events import actors

    text = ("Fighters of the Barisan Revolusi Nasional (BRN) and the 444th Brigade clashed; "
            "the Air Force struck.")
    assert [name for _, _, name in actors._named_bodies(text)] == ["BRN", "444th Brigade"]
    assert list(actors._named_bodies("Gunmen killed five people in Kaduna on Sunday.")) == []


# --- casualties: the last sentence's reports remembered ----------------------------------------------------

def test_remembered_reports_are_the_reading_afresh() -> None:
    from mapper.events import casualties

    sentences = ["Gunmen killed 12 soldiers and wounded 30 civilians in Konduga on Sunday.",
                 "Dozens of people were killed.", "No casualties were reported.",
                 "Gunmen killed 12 soldiers and wounded 30 civilians in Konduga on Sunday."]
    for sentence in sentences + sentences[::-1]:
        fresh = casualties._read(casualties._Words(sentence))
        first, again = casualties.reports(sentence), casualties.reports(sentence)
        assert first == again == fresh and first is not again  # a new list each time
        again.clear()
        assert casualties.reports(sentence) == fresh  # a caller's change to its list is its own
    assert [(r.value, r.killed) for r in casualties.reports(sentences[0])] == [(12, True), (30, False)]
    assert casualties.casualties(sentences[0]) == (12, 30) and casualties.dead_side(sentences[0]) == "forces"


# --- actors: the armed groups' names and the five country and capital patterns, one pass a sentence -----

def _country_scans() -> list[tuple[object, re.Pattern[str]]]:
    from mapper.events import actors

    return [(actors._SENTENCE_GROUPS_SCAN, actors._GROUPS),
            (actors._COUNTRY_SUBJECT_SCAN, actors._COUNTRY_SUBJECT),
            (actors._CAPITAL_SPEAKS_SCAN, actors._CAPITAL_SPEAKS),
            (actors._COUNTRY_AGENT_SCAN, actors._COUNTRY_AGENT),
            (actors._COUNTRY_OWNS_SCAN, actors._COUNTRY_OWNS),
            (actors._COUNTRY_LAUNCH_SCAN, actors._COUNTRY_LAUNCH)]


def _same_country_matches(text: str) -> int:
    found = 0
    for scan, pattern in _country_scans():  # each asked in turn about one text, as find_actors asks
        spans = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in scan.finditer(text)] == spans, pattern.pattern[:40]
        found += len(spans)
    return found


def test_country_scans_on_the_event_corpus() -> None:
    found = sum(_same_country_matches(text) for text in _corpus_texts())
    assert found > 1000


_COUNTRY_PIECES = ["Hamas", "Houthis", "al-Shabaab", "M23",
                   "Russia", "Israel", "Moscow", "Kyiv", "Ukraine", "Iran", "by", "by the", "launched from",
                   "fired from", "territory of", "said", "says", "its", "their", "'s", "’s", "overnight",
                   "missile", "barrage", "struck", "has", "attacked", "in", "from", "-", " ", "  ", "x", "."]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_COUNTRY_PIECES), max_size=25), st.booleans())
def test_country_scans_on_random_mixes(pieces: list[str], spaced: bool) -> None:
    _same_country_matches((" " if spaced else "").join(pieces))


@pytest.mark.parametrize("unit", ["Russia ", "Russia struck ", "by Israel ", "Moscow said its ", "x" * 60])
def test_country_scans_on_100_kb(unit: str) -> None:
    _same_country_matches(unit * (100_000 // len(unit)))


# --- casualties: "no one was killed" and "no one was hurt", their words found in one pass ----------------

def _same_none_searches(text: str) -> int:
    from mapper.events import casualties

    found = 0
    for scan in (casualties._NONE_KILLED_SCAN, casualties._NONE_INJURED_SCAN, casualties._NONE_KILLED_SCAN):
        plain = scan.pattern.search(text)
        assert (plain and plain.span()) == ((m := scan.search(text)) and m.span()), text[:80]
        found += plain is not None
    return found


def test_none_killed_pair_on_the_event_corpus() -> None:
    assert sum(_same_none_searches(text.lower()) for text in _corpus_texts()) > 10


@pytest.mark.parametrize("unit", ["no one was killed ", "nobody ", "no " * 30, "x" * 60])
def test_none_killed_pair_on_100_kb(unit: str) -> None:
    _same_none_searches(unit * (100_000 // len(unit)))


# --- dates: the month hints and the holidays in one walk; the shifted days only with a relative hint -----

def _same_hints(text: str, ref: dt.date | None) -> None:
    hints = dates._hints(text)
    assert (bool(hints & dates._MONTH_WORD), bool(hints & dates._HOLIDAY_WORD)) == \
        (dates._MONTH_SCAN.occurs_in(text), dates._HOLIDAY_SCAN.occurs_in(text)), text[:80]
    if ref is not None and dates._SHIFT_SCAN.occurs_in(text.lower()):
        # what lets _find_dates skip the shift walk: its words are relative hints
        assert dates._scanners(text, ref)[-1][0] is dates._RELATIVE_FINDER, text[:80]


_HINT_PIECES = ["Jan", "JAN", "jan", "March", "Sept.", "Christmas", "New Year", "Easter", "Good Friday",
                "Eid", "day", "DAY", "Day", "night", "NIGHT", "Monday", "the previous", "two days after",
                "İ", "ı", "\u212a", "x", " ", ",", "3"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_HINT_PIECES), max_size=14), st.booleans(), st.booleans())
def test_date_hints_are_the_two_scans(pieces: list[str], spaced: bool, dated: bool) -> None:
    _same_hints((" " if spaced else "").join(pieces), dt.date(2025, 3, 5) if dated else None)


def test_date_hints_on_the_event_corpus_and_100_kb() -> None:
    ref = dt.date(2025, 3, 5)
    months = holidays = 0
    for text in _corpus_texts():
        _same_hints(text, ref)
        months += bool(dates._hints(text) & dates._MONTH_WORD)
        holidays += bool(dates._hints(text) & dates._HOLIDAY_WORD)
    assert months > 100 and holidays > 5
    for unit in ("Jan ", "Easter ", "the previous day ", "x" * 50):
        _same_hints(unit * (100_000 // len(unit)), ref)
    # a shifted day is still read, from the day before it: "two days after" goes back from Monday
    found = dates.find_dates("Gunmen attacked Kidal on Monday, and two days after that struck Gao.", ref)
    assert [(d.text, d.date.isoformat()) for d in found] == [("Monday", "2025-03-03"),
                                                             ("two days after", "2025-03-01")]
