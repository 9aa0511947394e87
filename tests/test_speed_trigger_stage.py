"""The trigger stage's speed changes (issue 15, branch speed17), each checked against what it replaces:
the trigger table matched with only the alternatives whose first words occur at an offset
(prefilter.AlternativeScan) against the whole table's finditer, and unreal's and not_this_act's reading
of the whole sentence (triggers._sentence: done once per sentence) against the checks it replaces."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.events import triggers
from mapper.events.prefilter import AlternativeScan, top_level_alternatives

ROOT = Path(__file__).resolve().parents[1]


def _corpus_sentences() -> list[str]:
    out = []
    for path in sorted((ROOT / "training" / "events").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line:
                text = json.loads(line)["text"].lower()
                out += [text, *text.split(". ")]
    assert len(out) > 2000
    return out


def _found(matches) -> list[tuple[tuple[int, int], str | None, str]]:  # noqa: ANN001
    return [(m.span(), m.lastgroup, m.group()) for m in matches]


# --- top_level_alternatives -------------------------------------------------------------------------------

@pytest.mark.parametrize(("source", "parts"), [
    ("a|b|c", ["a", "b", "c"]),
    ("ab", ["ab"]),
    (r"x(?:y|z)|w", ["x(?:y|z)", "w"]),
    (r"[|]a|\|b|[]|]c|[^]|]d", ["[|]a", r"\|b", "[]|]c", "[^]|]d"]),
    (r"(?<=was )hit\b(?! hard| by)|dead", [r"(?<=was )hit\b(?! hard| by)", "dead"]),
    (r"a[\]|]b|c", [r"a[\]|]b", "c"]),
    ("", [""]),
])
def test_top_level_alternatives_split_at_the_outer_bars(source: str, parts: list[str]) -> None:
    assert top_level_alternatives(source) == parts
    assert "|".join(parts) == source


def test_every_rule_splits_into_alternatives_that_rebuild_it() -> None:
    for _, body in triggers._RULES:
        parts = top_level_alternatives(body)
        assert "|".join(parts) == body
        for part in parts:
            re.compile(part)  # each part is a pattern of its own (no bar cut inside a group)
    # The table the scan matches is the one written in _RULES (the pattern as it was built before).
    assert triggers._RULE_RE.pattern == r"(?<!\w)(?:" + "|".join(
        f"(?P<r{i}>{p})" for i, (_, p) in enumerate(triggers._RULES)) + ")"


# --- AlternativeScan: the whole pattern's finditer ----------------------------------------------------------

_TABLE = AlternativeScan([("one", "attack(?:s|ed)?\\b|attacker|at(?= dawn)"), ("two", "at\\b|a mine|am"),
                          (None, "(?<=was )hit\\b|hit(?=,)|mine")], before=r"(?<!\w)", after=r"(?!-)")
_PIECES = ["attack", "attacks", "attacked", "attacker", "at", " dawn", "a mine", "am", "mine", "was ", "hit",
           ",", "-", " ", "x", "s", "ed", "İ", "é"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_alternative_scan_finds_what_the_pattern_finds(text: str) -> None:
    assert _found(_TABLE.finditer(text)) == _found(_TABLE.pattern.finditer(text))
    got, want = _TABLE.search(text), _TABLE.pattern.search(text)
    assert (got and got.span()) == (want and want.span())


def test_alternative_scan_keeps_the_order_of_the_alternatives() -> None:
    # "at" of group one comes after "attack": at "attacker" the first alternative that matches wins
    # ("attack" needs a boundary: no), then "attacker" (group one), never group two's "at\b".
    assert _found(_TABLE.finditer("attacker at dawn")) == [((0, 8), "one", "attacker"),
                                                           ((9, 11), "one", "at")]
    assert _found(_TABLE.finditer("was hit, am")) == [((4, 7), None, "hit"), ((9, 11), "two", "am")]
    assert _found(_TABLE.finditer("mine-")) == []  # the suffix after the table is kept


def test_alternative_scan_tries_a_set_of_alternatives_in_turn() -> None:
    # speed38: the alternatives that can start at one offset are compiled one by one and tried in their
    # order. The suffix after the table rejects "ab" in "abc " (no boundary after it): the alternation then
    # takes "abc", and so does the turn of the next alternative; "ab " keeps the first.
    scan = AlternativeScan([("one", "ab|x"), ("two", "abc|y")], before=r"(?<!\w)", after=r"\b")
    for text in ("abc ", "ab ", "abcd ab abc", "xab", "abd"):
        assert _found(scan.finditer(text)) == _found(scan.pattern.finditer(text))
    assert _found(scan.finditer("abc ab")) == [((0, 3), "two", "abc"), ((4, 6), "one", "ab")]
    # one compile per alternative met ("ab", "abc", and "x" of "xab"; never "y"), not one per set
    assert sorted(p.pattern for p in scan._alts.values()) == [
        r"(?<!\w)(?:(?P<one>ab))\b", r"(?<!\w)(?:(?P<one>x))\b", r"(?<!\w)(?:(?P<two>abc))\b"]
    # The trigger table: never more compiles than alternatives, whatever the texts.
    assert len(triggers._RULE_SCAN._alts) <= len(triggers._RULE_SCAN._parts)


def test_alternative_scan_refuses_a_prefix_that_consumes() -> None:
    with pytest.raises(ValueError):
        AlternativeScan([("a", "x|y")], before="z")
    with pytest.raises(ValueError):
        AlternativeScan([("a", r"x|\w+")])  # an alternative without literal first words


def test_trigger_table_on_the_event_corpus_and_100_kb() -> None:
    for low in _corpus_sentences():
        assert _found(triggers._RULE_SCAN.finditer(low)) == _found(triggers._RULE_RE.finditer(low))
    # At most one sub-pattern per set of alternatives that can start at one offset: bounded by the table.
    assert len(triggers._RULE_SCAN._subs) < 2000
    for unit in ("attack ", "a mine ", "was hit, ", "xarrest", "struck a deal ",
                 "the death toll of the war "):
        text = unit * (100_000 // len(unit))
        assert _found(triggers._RULE_SCAN.finditer(text)) == _found(triggers._RULE_RE.finditer(text))


# --- triggers._sentence: read once per sentence -------------------------------------------------------------

def _old_sentence_checks(low: str) -> tuple[bool, int, set]:
    not_report = bool(triggers._NOT_REPORT.match(low)) or bool(
        (triggers._EXPLAINING.match(low) or triggers._TOPIC_EXPLAINING.match(low))
        and len(low) <= triggers._EXPLAINING_MOST and "?" not in low)
    opener = triggers._PAST_OPENER.match(low)
    return not_report, -1 if opener is None else opener.end(), {
        g for g in triggers._WINDOW_GATES.gates if g.opens(low)}


def test_sentence_reading_is_the_checks_it_replaces() -> None:
    for low in [*_corpus_sentences(), "explainer: why x was attacked", "how the city fell",
                "last year, rebels seized the town", "two years ago , x",
                "since the anniversary of the raid"]:
        got = triggers._sentence(low)
        assert (got.not_report, got.opener, set(got.opened)) == _old_sentence_checks(low)
        assert triggers._sentence(low) is got  # remembered for the sentence just asked


def test_sentence_reading_follows_the_sentence_asked() -> None:
    a = "analysis: what the attack means"
    b = "rebels attacked the town"
    assert triggers.unreal(a, a.index("attack"), a.index("attack") + 6, "Armed clash")
    assert not triggers.unreal(b, b.index("attacked"), b.index("attacked") + 8, "Armed clash")
    assert triggers.unreal(a, a.index("attack"), a.index("attack") + 6, "Armed clash")
    c = "last year, rebels attacked the town"
    assert triggers.not_this_act(c, c.index("attacked"), c.index("attacked") + 8)
    assert not triggers.not_this_act(b, b.index("attacked"), b.index("attacked") + 8)
