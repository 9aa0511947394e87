"""Capitalised runs found as two kinds (recognize.runs, issue 15): the same matches as RUN.finditer,
checked on the event corpus, the development corpora where present, random mixes of the pieces a run is
made of, and 100 KB pathological inputs (linear: the work is counted, not timed)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.evaluation.corpora import read_corpus, shared_dir
from mapper.geoparse import recognize

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "training" / "events").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    corpora = shared_dir() / "corpora"
    return texts + [g.text for p in (corpora / "lgl.xml", corpora / "GeoVirus.xml") if p.exists()
                    for g in read_corpus(p)]


def _spans(found) -> list[tuple[int, int]]:  # noqa: ANN001
    return [m.span() for m in found]


def test_runs_are_the_run_pattern_s_matches_on_real_text() -> None:
    texts = _texts()
    assert len(texts) > 2000
    glued = 0
    for text in texts:
        assert _spans(recognize.runs(text)) == _spans(recognize.RUN.finditer(text)), text
        glued += any(text[m.start()].islower() for m in recognize.RUN.finditer(text))
    assert glued > 30  # texts with "al-Shabaab", "d'Ivoire": the merge is exercised, not only its fast path


def test_prefix_led_runs_and_capital_runs_interleave() -> None:
    text = ("They met al-Bashir; then al-Shabaab and d'Ivoire, Côte d'Ivoire and ash-Sham; "
            "al-Mukalla al-Bayda.")
    got = [m.group() for m in recognize.runs(text)]
    assert got == [m.group() for m in recognize.RUN.finditer(text)]
    assert got == ["They", "al-Bashir", "al-Shabaab and d'Ivoire", "Côte d'Ivoire and ash-Sham",
                   "al-Mukalla al-Bayda."]
    # a prefix is glued only at a word's start: "said-Assad" is "Assad", and "al-" before no capital nothing
    assert [m.group() for m in recognize.runs("Real-Madrid; said-Assad; x al-")] == ["Real-Madrid", "Assad"]


_PIECES = ["al-", "el-", "ash-", "as-", "uz‐", "ad-", "d'", "l’", "d’", "Deir", "ez-Zor", "U.S.", "Sana'a",
           "the", "of", "de", "and", "a", "e", "u", "d", "l", "al", "Évry", "Ōita", "Ä", "ä", "x", "-", "‐",
           " ", "\t", ".", "'", "’", ",", "\n", "9", "_", "ǅ", "ß", "A", "Z", "I"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_runs_are_the_run_pattern_s_matches_on_random_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _spans(recognize.runs(text)) == _spans(recognize.RUN.finditer(text))


class _Counting:
    """A pattern whose match and search calls are counted (the engine's own work is linear in each)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def match(self, text: str, pos: int = 0):  # noqa: ANN201
        self.calls += 1
        return self.pattern.match(text, pos)

    def search(self, text: str, pos: int = 0):  # noqa: ANN201
        self.calls += 1
        return self.pattern.search(text, pos)

    def finditer(self, text: str):  # noqa: ANN201
        self.calls += 1
        return self.pattern.finditer(text)


@pytest.mark.parametrize("unit", ["al-A ", "al-al-al-A", "d'A", "ad-Ad-", "A al-B ", "a-A", "ash-", "-A",
                                  "l'l'l'Z ", "Aa of al-Bb of ", "Ā al-B ", "al-Ā ’"])
def test_runs_on_100_kb_of_a_repeated_piece(unit: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = unit * (100_000 // len(unit))
    expected = _spans(recognize.RUN.finditer(text))
    run, capital = _Counting(recognize.RUN), _Counting(recognize._CAPITAL_RUN)
    ascii_capital = _Counting(recognize._CAPITAL_RUN_ASCII)
    monkeypatch.setattr(recognize, "RUN", run)
    monkeypatch.setattr(recognize, "_CAPITAL_RUN", capital)
    monkeypatch.setattr(recognize, "_CAPITAL_RUN_ASCII", ascii_capital)
    assert _spans(recognize.runs(text)) == expected
    # At most three tries of RUN per hinge and one capital search per run found (or one finditer), by the
    # pattern of the text's characters: the ASCII twin for a text all in ASCII.
    assert run.calls <= 3 * len(recognize._HINGE.findall(text))
    mine, other = (ascii_capital, capital) if text.isascii() else (capital, ascii_capital)
    assert 1 <= mine.calls <= len(expected) + 1 and other.calls == 0
