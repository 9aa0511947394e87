"""Speed changes to geoparsing (issue 15), each checked against the code it replaces (an oracle kept
here): the same answers on the event corpus, the development corpora where present, and random input;
new patterns on 100 KB pathological input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.evaluation.corpora import read_corpus, shared_dir
from mapper.gazetteer.layout import unpack
from mapper.gazetteer.names import normalize, variant
from mapper.gazetteer.store import Gazetteer
from mapper.geoparse import recognize, resolve, sentences
from tests.event_texts import event_texts

ROOT = Path(__file__).resolve().parent.parent


def _corpus_texts() -> list[str]:
    corpora = shared_dir() / "corpora"
    paths = [corpora / "lgl.xml", corpora / "GeoVirus.xml"]
    return [g.text for p in paths if p.exists() for g in read_corpus(p)]


# -- the capitalised-run pattern: a first-character lookahead ----------------------------------------
_OLD_RUN = re.compile(rf"\b{recognize._TOKEN}(?:[ \t]+(?:{recognize._JOIN}[ \t]+)*{recognize._TOKEN}|"
                      rf"[ \t]*[-‐][ \t]*{recognize._TOKEN})*")


def _runs(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_run_pattern_finds_the_old_runs_in_the_corpora() -> None:
    texts = list(event_texts()) + _corpus_texts()
    assert len(texts) > 1000
    assert sum(len(_runs(recognize.RUN, t)) for t in texts) > 10_000
    for text in texts:
        assert _runs(recognize.RUN, text) == _runs(_OLD_RUN, text)


_RUN_PIECES = ["al-", "el-", "ash-", "uz‐", "d'", "l’", "Deir", "ez-Zor", "U.S.", "Sana'a", "the", "of",
               "de", "and", "a", "e", "u", "d", "l", "al", "Évry", "Ōita", "ä", "x", "-", "‐", " ", "\t", ".",
               "'", "’", ",", "\n", "9", "_", "ǅ", "ß"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_RUN_PIECES), max_size=30))
def test_run_pattern_is_the_old_on_random_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _runs(recognize.RUN, text) == _runs(_OLD_RUN, text)


@pytest.mark.parametrize("unit", ["al-", "d'", "a ", "al-Al ", "Al-", "A-", "ud-Ud.", "e", "Aa of "])
def test_run_pattern_on_100_kb_of_a_repeated_piece(unit: str) -> None:
    text = unit * (100_000 // len(unit))
    assert _runs(recognize.RUN, text) == _runs(_OLD_RUN, text)


# -- the gazetteer's sure misses: a name longer than any that starts with its first word ------------
def _old_options(gaz: Gazetteer, key: str) -> tuple:
    entries = gaz.index.get(key)
    return tuple(map(unpack, entries)) if entries else ()


def _span_keys(texts: list[str]) -> set[str]:
    """Every sub-span (up to 6 words) of every capitalised run, normalised, and its variant key."""
    keys = set()
    for text in texts:
        for m in recognize.RUN.finditer(text):
            words = [normalize(w) for w in m.group().split()]
            for i in range(len(words)):
                for j in range(i + 1, min(len(words), i + 6) + 1):
                    key = " ".join(words[i:j])
                    keys.update((key, "~" + key))
    return keys


def test_options_are_the_index_for_every_span_of_the_corpora(gazetteer: Gazetteer) -> None:
    keys = _span_keys(list(event_texts()) + _corpus_texts())
    assert len(keys) > 5_000
    gazetteer._options.clear()
    hits = 0
    for key in keys:
        got = gazetteer.options(key)
        assert got == _old_options(gazetteer, key), key
        hits += bool(got)
    assert hits > 1000


def test_options_of_every_long_name_of_the_index(gazetteer: Gazetteer) -> None:
    """Names of the index with the most words for their first word (where the guard is tightest), and
    the same names with a word added or removed."""
    long_keys = [k for _, k in zip(range(400_000), gazetteer.index, strict=False) if k.count(" ") >= 2]
    assert len(long_keys) > 1000
    gazetteer._options.clear()
    for key in long_keys:
        for k in (key, key + " x", key.rsplit(" ", 1)[0], key.split(" ", 1)[1], key.replace(" ", "  ", 1)):
            assert gazetteer.options(k) == _old_options(gazetteer, k), k
        assert gazetteer.options(key)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["new", "york", "city", "al", "~al", "raqqa", "san", "jose", "x", "", " ",
                                 "deir", "ez", "zor", "~deir", "~janzur", "port", "sudan", "of"]),
                min_size=1, max_size=6))
def test_options_are_the_index_for_random_keys(gazetteer: Gazetteer, words: list[str]) -> None:
    key = " ".join(words)
    assert gazetteer.options(key) == _old_options(gazetteer, key)


def test_options_of_user_names_longer_than_the_shipped_ones(tmp_path: Path) -> None:
    """A user's place whose name has more words than any shipped one starting with its first word is
    found (add_csv keeps the longest name per first word), by its name and by its spelling variant."""
    extra = tmp_path / "extra.csv"
    extra.write_text("name,lat,lon,country,kind,aliases\n"
                     "Zamzoura Camp Block Seven North,13.5,25.3,SD,city,Zamzourra Camp Block Seven North\n",
                     encoding="utf-8")
    gaz = Gazetteer.load(extra=extra)
    for key in ("zamzoura camp block seven north", "zamzourra camp block seven north"):
        assert gaz.options(key) == _old_options(gaz, key) != ()
    var = "~" + variant("zamzoura camp block seven north")
    assert var.count(" ") == 4 and gaz.options(var) == _old_options(gaz, var) != ()
    assert gaz.options("zamzoura camp block seven north east") == ()


# -- the resolver's nationalities: one look-up per distinct word ----------------------------------
def test_nationals_are_the_old_set_in_the_corpora() -> None:
    for text in list(event_texts()) + _corpus_texts():
        old = {cc for m in resolve._CAPITALISED.finditer(text) for cc in (resolve._nationality(m.group()),)
               if cc}
        new = {cc for w in set(resolve._CAPITALISED.findall(text)) for cc in (resolve._nationality(w),) if cc}
        assert new == old


# -- _match_run: a word's reading and a first word's span limits, remembered -------------------------
def _old_token(s: str) -> tuple[int, str, str, bool]:
    """The inline reading of a word that _match_run did for every word of every run."""
    core = recognize._strip_possessive(s)
    end = len(core)
    if core.endswith(".") and core.count(".") == 1 and len(core) > 2 \
            and core[:-1].lower() not in recognize._ABBREVIATIONS:
        end -= 1
        core = core[:-1]
    cap = core[:1].isupper() or re.split(r"[-‐'’]", core, maxsplit=1)[-1][:1].isupper()
    return end, normalize(core), core, cap


def _old_span_words(first: str, gaz: Gazetteer) -> tuple[int, int]:
    vfirst = recognize.variant_word(first)
    vwords = max(gaz.max_words(recognize.VARIANT_PREFIX + vfirst), gaz.max_words(vfirst))
    return vwords, max(gaz.max_words(first), vwords)


def test_token_and_span_words_are_the_inline_code_on_the_corpora(gazetteer: Gazetteer) -> None:
    words = {w for text in list(event_texts()) + _corpus_texts() for m in recognize.RUN.finditer(text)
             for w in recognize._WORD.findall(m.group())}
    words |= {"Syria.", "U.S.", "Mt.", "al-Assad's", "d'Ivoire", "Gaza’s", "ez-Zor", "Sana'a", "ASSAD'S"}
    assert len(words) > 2000
    for w in words:
        assert recognize._token(w) == _old_token(w), w
        first = normalize(w).split(" ", 1)[0]
        assert recognize._span_words(first, gazetteer) == _old_span_words(first, gazetteer), w


def test_match_run_is_the_same_from_warm_and_cold_memos(gazetteer: Gazetteer) -> None:
    runs = sorted({m.group() for text in list(event_texts()) for m in recognize.RUN.finditer(text)})
    cold = []
    for rt in runs:
        recognize._TOKENS.clear()
        gazetteer.word_cache.clear()
        cold.append(recognize._match_run(rt, gazetteer))
    assert [recognize._match_run(rt, gazetteer) for rt in runs] == cold
    assert sum(map(bool, cold)) > 1000


def test_user_names_after_a_warm_run_are_found(tmp_path: Path) -> None:
    """Adding a user's gazetteer forgets what was remembered per word: a name longer than the shipped
    ones that start with its first word is found after the word was seen."""
    gaz = Gazetteer.load()
    text = "Shelling hit Kharkiv Tractor Plant Gate Seven on Monday."
    before = [c.text for c in recognize.find_candidates(text, gaz)]
    assert "Kharkiv Tractor Plant Gate Seven" not in before
    extra = tmp_path / "extra.csv"
    extra.write_text("name,lat,lon,country,kind\nKharkiv Tractor Plant Gate Seven,49.95,36.37,UA,facility\n",
                     encoding="utf-8")
    gaz.add_csv(extra)
    assert [c.text for c in recognize.find_candidates(text, gaz)] == ["Kharkiv Tractor Plant Gate Seven"]


# -- the recogniser's compound and acronym tests, asked only where a hyphen or a dot is ------------------
def test_hyphen_and_dot_prechecks_only_skip_false_answers(pipeline) -> None:  # noqa: ANN001
    gaz = pipeline.gazetteer
    texts = [*event_texts(), *_corpus_texts(), "Pont-Sondé, U.N. and -Pont and Pont- and U.S.-led", "-Kyiv"]
    seen = {"compound": 0, "acronym": 0}
    for text in texts:
        for c in recognize.find_candidates(text, gaz):
            hyphen = text[c.end:c.end + 1] == "-" or text[c.start - 1:c.start] == "-"
            compound = recognize.in_compound(c, text, gaz)
            assert (hyphen and compound) == compound
            acronym = recognize.dotted_acronym(c, gaz)
            assert ("." in c.text and acronym) == acronym
            seen["compound"] += compound
            seen["acronym"] += acronym
    assert seen["acronym"] > 0


# -- the resolver's geography: names of one option added straight to the totals ----------------------
def _old_geography(doc, beliefs):  # noqa: ANN001, ANN202
    """Resolver._geography as it was: an own share for every name."""
    import math
    from collections import defaultdict

    from mapper.gazetteer import DEMONYM

    cc_w, a1_w = defaultdict(float), defaultdict(float)
    own_cc, own_a1, named_cc, named_a1, points, total = {}, {}, set(), set(), [], 0.0
    for k, rows in doc.rows.items():
        w = doc.weight[k]
        total += w
        occ, oa1 = defaultdict(float), defaultdict(float)
        best_i = 0
        probs = beliefs[k]
        for i, row in enumerate(rows):
            p = probs[i]
            if p > probs[best_i]:
                best_i = i
            if p < 0.01:
                continue
            occ[row.country_code] += w * p
            if row.admin1:
                oa1[row.admin1] += w * p
        for c, v in occ.items():
            cc_w[c] += v
        for a, v in oa1.items():
            a1_w[a] += v
        own_cc[k], own_a1[k] = occ, oa1
        row = rows[best_i]
        if probs[best_i] >= 0.5:
            if row.kind == "country" or doc.opts[k][best_i].how == DEMONYM:
                named_cc.add(row.country_code)
            elif row.kind == "admin1" and k not in doc.city_named_like_admin1:
                named_a1.add(row.admin1)
        if row.kind in resolve._POINT_KINDS:
            points.append((w * probs[best_i], k, row.lat * (math.pi / 180.0), row.lon * (math.pi / 180.0)))
    points.sort(reverse=True)
    return cc_w, a1_w, own_cc, own_a1, named_cc, named_a1, points, total


def test_geography_is_the_old_one_to_the_last_bit(pipeline) -> None:  # noqa: ANN001
    from tests.test_speed_oracles import _resolver_documents

    res = pipeline.resolver
    compared = 0
    for doc, url in _resolver_documents(pipeline):
        beliefs = doc.prior
        for _ in range(2):
            new, old = res._geography(doc, beliefs), _old_geography(doc, beliefs)
            assert new[0] == old[0] and new[1] == old[1] and new[4:] == old[4:]
            many = {k for k, op in doc.opts.items() if len(op) > 1}
            assert set(new[2]) == set(new[3]) == many
            assert {k: old[2][k] for k in many} == new[2] and {k: old[3][k] for k in many} == new[3]
            compared += len(doc.opts)
            beliefs = beliefs | res.scores(doc, beliefs, url)
    assert compared > 3000


@pytest.mark.parametrize("unit", ["al-Al ", "d'Ab ", "a e u d l ", "Ab-Cd-", "Al of the "])
def test_find_candidates_grows_linearly_on_pathological_runs(gazetteer: Gazetteer, unit: str) -> None:
    """The run pattern and the per-word memos on 50 and 100 KB of one repeated piece: about twice
    the work for twice the text (tests/test_linear.py counts the lines executed)."""
    from tests.test_linear import GROWTH, growth

    def make(n: int):  # noqa: ANN202
        text = unit * (n // len(unit))
        return lambda: recognize.find_candidates(text, gazetteer)

    assert growth(make, 50_000) < GROWTH


# -- group_head asked only of the first words of armed groups' names --------------------------------------
def test_group_head_gate_only_skips_false_answers(pipeline) -> None:  # noqa: ANN001
    gaz = pipeline.gazetteer
    texts = list(event_texts()) + _corpus_texts() + [
        "Boko Haram fighters attacked Boko. Al-Qaeda and Al-Shabaab claimed it; the US-led coalition struck."]
    heads = 0
    for text in texts:
        low = text.lower()
        for c in recognize.find_candidates(text, gaz):
            head = recognize.group_head(c, low, gaz)
            assert (c.key in recognize._GROUP_HEAD_KEYS and head) == head, (c.text, text[:80])
            heads += head
    assert heads > 10
    # The gate holds the heads of the names, not the names: "boko" of "boko haram", "al" of "al-qaeda".
    assert {"boko", "al"} <= recognize._GROUP_HEAD_KEYS and "boko haram" not in recognize._GROUP_HEAD_KEYS


# -- the resolver's first score terms, summed once per name --------------------------------------------
def test_resolver_openings_belong_to_the_resolver_that_scores(pipeline) -> None:  # noqa: ANN001
    """A document prepared by one resolver and scored by another with other weights gets the other's sums
    (the openings are remembered per resolver and per terms list, by identity), and a second scoring of
    the same names (warm) gives the first's answers to the last bit."""
    from tests.test_speed_oracles import _resolver_documents

    shipped = pipeline.resolver
    docs = _resolver_documents(pipeline)[:300]
    doubled = resolve.Resolver(shipped.gaz, {k: 2 * v for k, v in shipped.weights.items()}, shipped.config)
    compared = 0
    for doc, url in docs:
        for res in (shipped, doubled):
            cold = res.scores(doc, doc.prior, url)
            assert res.scores(doc, doc.prior, url) == cold
            assert cold == res.score(doc, res.featurize(doc, doc.prior, url))
            compared += len(cold)
    assert compared > 1000
    assert doubled._openings and all(terms is entry[0] for terms, entry in (
        (doc.terms[k], doubled._openings[id(doc.terms[k])]) for doc, _ in docs for k in doc.opts
        if len(doc.opts[k]) > 1))


# -- event_context's patterns after a name, tried only after a comma or one of their first words ----------
def _after_patterns_match(c: recognize.Candidate, text: str) -> bool:
    """The four patterns after a name as event_context tried them before the gate (the oracle)."""
    after = text[c.end:c.end + 30]
    if after.startswith(("'s ", "’s ")):
        after = after[3:]
    return bool(recognize._UNDER_ATTACK.match(after)
                or recognize._ATTACKED_AFTER.match(text, c.end, c.end + 90)
                or recognize._SETTLEMENT_APPOSITION.match(text, c.end, c.end + 110)
                or recognize._own_toll(c, text))


def _after_gate(c: recognize.Candidate, text: str) -> bool:
    after = text[c.end:c.end + 30]
    if after.startswith(("'s ", "’s ")):
        after = after[3:]
    words = after.split(None, 2)
    first = words[0] if words else ""
    return text[c.end:c.end + 1] == "," or first.lower() in recognize._AFTER_GATE_WORDS or first[:1] == "(" \
        or first[:1].isdigit()


_AFTER_EXAMPLES = [
    "Avdiivka under heavy shelling. Pokrovsk Under Fire. Kadugli was also hit by artillery fire.",
    "Kadugli, the state capital, was shelled. Avdiivka came under attack. Sderot has  been struck.",
    "Afgooye, a town in Lower Shabelle, was taken. Kosti 2 dead. Stepnohirsk (2 killed). Gaza's under fire.",
    "Marib\u2003was hit. Hodeidah\u00a0under siege. Goma ٣ killed. Bunia ² killed. Beni\twere attacked.",
]


def test_after_gate_holds_wherever_the_patterns_match(pipeline) -> None:  # noqa: ANN001
    gaz = pipeline.gazetteer
    matched = 0
    for text in list(event_texts()) + _corpus_texts() + _AFTER_EXAMPLES:
        for c in recognize.find_candidates(text, gaz):
            hit = _after_patterns_match(c, text)
            assert not hit or _after_gate(c, text), (c.text, text[c.end:c.end + 40])
            matched += hit
    assert matched > 50
    for text in _AFTER_EXAMPLES:  # each example's names are in event context by the words after them
        cands = recognize.find_candidates(text, gaz)
        assert sum(_after_patterns_match(c, text) for c in cands) >= 3


_AFTER_PIECES = ["Goma", "Beni", " ", "  ", "\t", "\u2003", ",", "'s", "’s", "under", "Under", "UNDER", "was",
                 "were", "has", "been", "is", "being", "came", "hit", "fire", "attack", "shelled", "the", "a",
                 "town", "village", "(", "2", "٣", "²", "killed", "dead", "also", "heavily", "heavy", "x",
                 "."]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_AFTER_PIECES), max_size=24))
def test_after_gate_holds_on_random_text(pipeline, pieces: list[str]) -> None:  # noqa: ANN001
    text = "".join(pieces)
    for c in recognize.find_candidates(text, pipeline.gazetteer):
        assert not _after_patterns_match(c, text) or _after_gate(c, text), text


def test_event_context_after_gate_on_100_kb(pipeline) -> None:  # noqa: ANN001
    """A name before 100 KB of commas, of "under" or of "was": the gate and the patterns read bounded
    slices, and none of them is event context; the same name under fire is."""
    gaz = pipeline.gazetteer
    for tail in ("," * 100_000, " under" * 16_000 + " fire", " was" * 25_000, " 2" * 50_000):
        text = "Goma" + tail
        c = recognize.find_candidates(text, gaz)[0]
        assert c.text == "Goma" and _after_gate(c, text)
        assert not recognize.event_context(c, text)
    text = "Goma under fire" + " under" * 16_000
    assert recognize.event_context(recognize.find_candidates(text, gaz)[0], text)


# -- event_context's opening: _OPENING matched only in a text that opens on one of its characters ----------
def test_opening_gate_is_the_old_match(pipeline) -> None:  # noqa: ANN001
    gaz = pipeline.gazetteer
    texts = list(event_texts()) + _corpus_texts() + ['  "Goma: shelling kills 2', "“Goma” shelled", "\tGoma",
                                                "Goma"]
    opened = 0
    for text in texts:
        for c in recognize.find_candidates(text, gaz):
            old = recognize._OPENING.match(text, 0, c.start).end() == c.start  # type: ignore[union-attr]
            run = recognize._opening_run(text)
            new = not c.start or text[0] in recognize._OPENING_CHARS and c.start <= run
            assert new == old
            opened += old
    assert opened > 100
    headline = '  "Kherson: two killed by shelling'
    kherson = recognize.find_candidates(headline, gaz)[0]
    assert recognize.event_context(kherson, headline, headline=True)


def test_opening_run_is_counted_once_per_text(pipeline) -> None:  # noqa: ANN001
    """A text that opens with 50 KB of spaces and quotes before a thousand names: the run is counted once
    for the text, not matched again for every name (that was quadratic), and each name's answer is the old
    one."""
    gaz = pipeline.gazetteer
    text = ' "“‘' * 12_500 + "Goma shelled, " * 1_000
    cands = recognize.find_candidates(text, gaz)
    assert len(cands) == 1_000
    assert recognize._opening_run(text) == 50_000 and recognize._last_opening[0] is text
    for c in cands:
        old = recognize._OPENING.match(text, 0, c.start).end() == c.start  # type: ignore[union-attr]
        assert (c.start <= recognize._opening_run(text)) == old


# -- the hinges and the sentence ends found by str.find, then the patterns where they may match -----------

_SCAN_PIECES = ["al", "-", "‐", "'", "’", "Raqqa", "d", "Ivoire", "É", "ǅ", "a", " ", ".", "!", "?", "\n",
                "\r\n", "\t", "\u2003", '"', "“", "‘", "”", ")", "(", "U.S.", "Mr", "Oct", "7", "x", "ß", "Ā"]


def _old_hinges(text: str) -> list[int]:
    return [m.start() for m in recognize._HINGE.finditer(text)]


def _old_ends(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in sentences._END.finditer(text)]


def test_hinges_and_ends_are_the_patterns_matches_in_the_corpora() -> None:
    texts = list(event_texts()) + _corpus_texts()
    hinges = ends = 0
    for text in texts:
        got = recognize._hinges(text)
        assert got == _old_hinges(text)
        assert [m.span() for m in sentences._ends(text)] == _old_ends(text)
        hinges += len(got)
        ends += len(_old_ends(text))
    assert hinges > 500 and ends > 10_000


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_PIECES), max_size=40))
def test_hinges_and_ends_are_the_patterns_matches_on_random_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert recognize._hinges(text) == _old_hinges(text)
    assert [m.span() for m in sentences._ends(text)] == _old_ends(text)


@pytest.mark.parametrize("unit", ["-A", "'", "’Ā", "al-Raqqa ", ". ", ".\n", "\n", ".)", ". X", "?!", "…"])
def test_hinges_and_ends_on_100_kb(unit: str) -> None:
    text = unit * (100_000 // len(unit))
    assert recognize._hinges(text) == _old_hinges(text)
    assert [m.span() for m in sentences._ends(text)] == _old_ends(text)
    text = "." + " " * 100_000 + "Goma"
    assert [m.span() for m in sentences._ends(text)] == _old_ends(text) == [(0, 100_001)]


# -- the runs' patterns: possessive quantifiers, the joining words as a trie, an ASCII pattern -------
# The patterns as they were before (greedy quantifiers, the flat alternation of the joining words, the
# Unicode classes for every text): the oracle.
_OLD_TOKEN = (rf"(?:(?:al|el|ad|ar|as|az|an|ash|at|ez|es|ed|er|ul|ud|ur|uz)[-‐]|[dl]['’])?"
              rf"[{recognize._UP}]{recognize._L}*(?:['’\-‐.]{recognize._L}+)*\.?")
_OLD_MORE_TOKENS = (rf"(?:[ \t]+(?:{recognize._JOIN}[ \t]+)*{_OLD_TOKEN}|"
                    rf"[ \t]*[-‐][ \t]*{_OLD_TOKEN})*")
_OLD_GREEDY_RUN = re.compile(rf"\b(?=[{recognize._UP}aeudl]){_OLD_TOKEN}{_OLD_MORE_TOKENS}")
_OLD_CAPITAL_RUN = re.compile(
    rf"[{recognize._UP}](?<!\w.){recognize._L}*(?:['’\-‐.]{recognize._L}+)*\.?{_OLD_MORE_TOKENS}")


def _all_runs(text: str) -> tuple[list, ...]:
    """The runs by the old patterns and the new: runs(), RUN, _CAPITAL_RUN and, on ASCII, its ASCII twin."""
    old = (_runs(_OLD_GREEDY_RUN, text), _runs(_OLD_CAPITAL_RUN, text))
    new = ([m.span() for m in recognize.runs(text)], _runs(recognize.RUN, text),
           _runs(recognize._CAPITAL_RUN, text))
    return old, new


def _assert_old_runs(text: str) -> None:
    (old_run, old_capital), (got, run, capital) = _all_runs(text)
    assert got == run == old_run
    assert capital == old_capital
    if text.isascii():
        assert _runs(recognize._CAPITAL_RUN_ASCII, text) == old_capital


def test_join_trie_holds_the_joining_words() -> None:
    words = recognize._JOIN[3:-1].split("|")
    trie, flat = re.compile(recognize._JOIN_TRIE), re.compile(recognize._JOIN)
    # every word, every prefix of one and every word with a letter added: whole matches of the same strings
    tried = {w[:i] for w in words for i in range(len(w) + 1)} | {w + c for w in words for c in "adlnorsx"}
    assert {w for w in tried if trie.fullmatch(w)} == {w for w in tried if flat.fullmatch(w)} == set(words)
    assert recognize._JOIN_TRIE.startswith("(?:a(?:d|l|m|n(?:d)?|r|s|u(?:x)?|z)|b(?:i(?:n))|d(?:a(?:s)?|")


def test_runs_are_the_old_patterns_runs_in_the_corpora() -> None:
    texts = list(event_texts()) + _corpus_texts()
    runs = ascii_texts = 0
    for text in texts:
        _assert_old_runs(text)
        runs += len(_runs(_OLD_GREEDY_RUN, text))
        ascii_texts += text.isascii()
    assert runs > 10_000 and 1000 < ascii_texts < len(texts)


@pytest.mark.parametrize(("text", "expected"), [
    # (a run goes on over joining words to the next capital: "and the", "of")
    ("Fighting in Deir ez-Zor and the Isle of Man.", ["Fighting", "Deir ez-Zor and the Isle of Man."]),
    ("Rio de Janeiro, Côte d'Ivoire and al-Raqqa", ["Rio de Janeiro", "Côte d'Ivoire and al-Raqqa"]),
    ("Rio del Ande and Los of the said", ["Rio del Ande and Los"]),  # "del", not "de"; no capital after "the"
    ("Sana'a, U.S. Army - Iraq", ["Sana'a", "U.S. Army - Iraq"]),
    ("Upon and Van Der Berg upon Tyne", ["Upon and Van Der Berg upon Tyne"]),
    ("the al-qaeda of Al-Nusra", ["Al-Nusra"]),  # a prefix before no capital is no token
])
def test_runs_of_example_texts(text: str, expected: list[str]) -> None:
    _assert_old_runs(text)
    assert [m.group() for m in recognize.runs(text)] == expected


_RUN_PIECES2 = [*_RUN_PIECES, "upon", "den", "del", "dos", "aux", "y", "the", "of ", " of ", "  ", "Ab",
                "De", "Ą", "’s", "9", "X.", "ash-", "al‐"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_RUN_PIECES2), max_size=40))
def test_runs_are_the_old_patterns_runs_on_random_text(pieces: list[str]) -> None:
    _assert_old_runs("".join(pieces))


@pytest.mark.parametrize("unit", ["Aa of ", "Aa of the de ", "A-", "al-Al ", "A.", "A'a", "Aa", "A ",
                                  "A \t", "A - ", "of the ", "Ā of ", "d'A"])
def test_runs_on_100_kb_of_a_repeated_piece(unit: str) -> None:
    text = unit * (100_000 // len(unit))
    _assert_old_runs(text)
    text = "A" + unit * (100_000 // len(unit)) + " said"
    _assert_old_runs(text)
