"""Speed change of issue 15: the article scans for capitalised names (the named armed groups, the
government cues, the nationality words) skipped in a text whose capitalised words, as recognition
found them (mapper/geoparse/capitals.py), cannot hold one. Checked against the scans as they were (kept
here as oracles): the same answers on the event corpus, the development corpora where present and
random strings; and the premise itself, that a run's pieces hold every whole word that opens on a
run's capital."""

from __future__ import annotations

import re
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.events import actors
from mapper.gazetteer.store import Gazetteer
from mapper.geoparse import capitals, recognize, resolve
from tests.event_texts import event_texts
from tests.test_speed_geoparse import _corpus_texts

# Where a run's capital opens a word (no word character before it), and the letters from there: what
# capitals.py says the run pieces hold.
_OPENING_LETTERS = re.compile(rf"(?<!\w)[{recognize._UP}][^\W\d_]*")


def _read(text: str) -> list[str]:
    """What recognition hands capitals.py for ``text``, and the pieces capitals.py makes of it."""
    capitals.remember(text, [m.group() for m in recognize.runs(text)])
    pieces = capitals.capital_pieces(text)
    assert pieces is not None
    return pieces


def _old_groups(text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in actors._GROUPS.finditer(text)]


def _new_groups(text: str) -> list[tuple[tuple[int, int], str]]:
    _read(text)
    actors.group_matches.cache_clear()
    return [(m.span(), m.group()) for m in actors.group_matches(text)]


def _old_nationals(text: str) -> set[str]:
    return {cc for w in set(resolve._CAPITALISED.findall(text)) for cc in (resolve._nationality(w),) if cc}


def _nationals_gate_open(text: str) -> bool:
    return not actors.COUNTRY_WORD_HEADS.isdisjoint(_read(text))


def _check(text: str) -> tuple[bool, bool, bool]:
    """The premise and each gate on ``text``; returns whether each scan found something."""
    words = _read(text)
    have = set(words)
    for m in _OPENING_LETTERS.finditer(text):
        assert m.group().lower() in have, (m.group(), text[max(0, m.start() - 20):m.end() + 20])
    groups = _old_groups(text)
    assert _new_groups(text) == groups
    if groups:
        assert actors._GROUPS_GATE.may_occur(words, text)
    cue = resolve.GOVERNMENT_CUE_RE.search(text) is not None
    if cue:
        assert resolve._CUE_GATE.may_occur(words, text)
    nationals = _old_nationals(text)
    if nationals:
        assert _nationals_gate_open(text), nationals
    return bool(groups), cue, bool(nationals)


def test_the_gates_and_their_premise_on_the_corpora() -> None:
    texts = list(event_texts()) + _corpus_texts()
    found = [_check(text) for text in texts]
    assert sum(g for g, _, _ in found) > 1000
    assert sum(c for _, c, _ in found) > 20
    assert sum(n for _, _, n in found) > 1000
    # The gates close for most texts: what the change saves.
    closed = sum(not actors._GROUPS_GATE.may_occur(_read(t), t) for t in texts[::7])
    assert closed > len(texts[::7]) // 3


# Random strings of the pieces the patterns and the runs react to: names (whole, cut, glued to letters,
# digits and hyphens), the runs' separators, odd letters (a non-ASCII capital, the Kelvin sign, the dotted
# and dotless i, the long s) and digits.
_PIECES = ["Hamas", "Boko", " Haram", "al-", "Shabaab", "M23", "IS", "ISIS", "U.N.", "UN", "Islamic",
           " State", "Nigerian", "Nigeria", "U.S.", "US", "-led", "’s", "'s", "Guinea-Bissau", "Pentagon",
           "Department", "White", " House", "Élysée", "Quai d'Orsay", "Kremlin", "Russian", "pro-",
           "anti-balaka", "G9", "3R", "400 Mawozo", " ", "  ", "\t", "\n", "-", "‐", ".", ",", "'", "’", "(",
           ")", "_", "2", "é", "É", "İ", "ı", "\u212a", "ſ", "x", "de", "the", "of", "Deir", " ez-Zor", "d'",
           "A", "Z"]
_texts = st.lists(st.sampled_from(_PIECES), max_size=25).map("".join)


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_the_gates_and_their_premise_on_random_strings(text: str) -> None:
    _check(text)


def test_a_text_recognition_did_not_read_is_scanned_as_before() -> None:
    capitals.remember("Hamas said.", ["Hamas"])
    assert capitals.capital_pieces("Hamas said.") == ["hamas"]
    assert capitals.capital_pieces("ADF rebels attacked Beni.") is None
    actors.group_matches.cache_clear()
    assert [m.group() for m in actors.group_matches("ADF rebels attacked Beni.")] == ["ADF"]
    # An equal text that is another object is the same text.
    text = "".join(["Boko Haram ", "fighters"])
    capitals.remember(text, ["Boko Haram"])
    assert capitals.capital_pieces("".join(["Boko Haram ", "fighters"])) == ["boko", "haram"]


def test_needed_words_and_the_gate() -> None:
    assert capitals.needed_words("Quai d'Orsay") == frozenset({"quai", "orsay"})
    assert capitals.needed_words("al-Shabaab") == frozenset({"shabaab"})
    assert capitals.needed_words("M23") == frozenset({"m"})  # a run stops at the digit
    assert capitals.needed_words("3R") == frozenset()
    assert capitals.needed_words("Élysée") == frozenset({"élysée"})
    gate = capitals.NameGate(["Islamic State", "M23", "al-Shabaab", "3R", "3R fighters", "anti-balaka"])
    assert gate.bare == ("3R", "anti-balaka")  # "3R fighters" is only where "3R" is
    assert gate.may_occur(["islamic", "state", "the"], "")
    assert not gate.may_occur(["islamic", "republic"], "the Islamic Republic")
    assert gate.may_occur([], "3R rebels")  # a bare name as a substring
    assert not gate.may_occur([], "M23 rebels")  # not read by its runs: "M" is no piece here
    assert gate.may_occur(["m"], "M23 rebels")
    assert gate.may_occur(["shabaab"], "")


def test_the_words_recognition_finds_in_real_sentences(gazetteer: Gazetteer) -> None:
    text = ("Al-Shabaab fighters attacked a base near Mogadishu, the U.S.-led coalition said. "
            "Kenyan troops and 'Hamas' were not involved; M23 rebels held Goma.")
    recognize.find_candidates(text, gazetteer)  # recognition reads it
    words = capitals.capital_pieces(text)
    assert words is not None
    assert {"al", "shabaab", "mogadishu", "u", "s", "kenyan", "hamas", "m", "goma"} <= set(words)
    assert "fighters" not in words
    assert actors._GROUPS_GATE.may_occur(words, text)
    assert [m.group() for m in actors.group_matches(text)] == ["Al-Shabaab", "U.S.-led coalition", "Hamas",
                                                                 "M23 rebels"]
    quiet = "The council of Springfield met on Tuesday to discuss the new library in Oak Park."
    recognize.find_candidates(quiet, gazetteer)
    words = capitals.capital_pieces(quiet)
    assert words == ["the", "springfield", "tuesday", "oak", "park"]
    assert not actors._GROUPS_GATE.may_occur(words, quiet)
    assert not resolve._CUE_GATE.may_occur(words, quiet)
    assert actors.COUNTRY_WORD_HEADS.isdisjoint(words)


def test_the_pieces_are_linear_on_100_kb() -> None:
    for text in ("A-" * 50_000, "Al Qaeda's U.S.-" * 6_250, "Hamas" * 20_000, "É.İ’" * 25_000):
        start = time.process_time()
        words = _read(text)
        actors._GROUPS_GATE.may_occur(words, text)
        resolve._CUE_GATE.may_occur(words, text)
        assert time.process_time() - start < 3.0
