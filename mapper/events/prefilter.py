"""A big alternation of patterns, tried only where one of them can start.

``pattern.finditer(text)`` tries the pattern at every character of the text, and a table of a few
hundred alternatives (triggers._RULES) took about half of the whole pipeline's time that way. Every
alternative of such a table begins with literal text ("summon", "air strike", "a mine"), which
:func:`literal_heads` reads from the pattern itself, so the table stays the one place the rules are
written. :class:`Prefiltered` finds every occurrence of those heads in one Aho-Corasick pass
(pyahocorasick) and tries the pattern only there: the same matches as ``finditer``, in linear time.

Where several such patterns are asked about the same short text (a place's left context, asked a dozen
questions by roles), :class:`PrefilteredGroup` finds all their heads in one pass over it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet

import ahocorasick

try:  # the regular-expression parser of the standard library, read-only use
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

_MOST_HEADS = 256  # a prefix whose spellings would multiply past this many stops growing
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)  # \b, lookarounds: they consume nothing
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT))


def literal_heads(pattern: str) -> set[str]:
    """Literal strings one of which every match of ``pattern`` starts with.

    Spelled out as far as the pattern is literal: letters, classes of single letters ("[ée]"),
    groups, alternatives and optional parts ("drones?" gives "drone"; "(?:a|the) mine" gives
    "a mine" and "the mine"). Raises ValueError if some match could start with something else.
    """
    heads = {head for head, _ in _heads(list(_parser.parse(pattern)))}
    if "" in heads:
        raise ValueError(f"an alternative of this pattern starts with no literal text: {pattern[:80]!r}")
    return heads


def _heads(items: list) -> list[tuple[str, bool]]:
    """(prefix, whole) pairs for a parsed sequence: ``whole`` when the prefix spells the entire
    sequence, so that what follows the sequence may extend it."""
    out = [("", True)]
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _sre.LITERAL:
            alts = [(chr(av), True)]
        elif op is _sre.IN and all(kind is _sre.LITERAL for kind, _ in av):
            alts = [(chr(c), True) for _, c in av]
        elif op is _sre.SUBPATTERN and not av[1]:  # a group without inline flags such as (?i:...)
            alts = _heads(list(av[3]))
        elif op is _sre.BRANCH:
            alts = [head for branch in av[1] for head in _heads(list(branch))]
        elif op in _REPEATS and av[0] == 0 and av[1] == 1:  # optional: "s?", "(?:over )?"
            alts = [*_heads(list(av[2])), ("", True)]
        else:  # \w, a run, anything not literal: the prefixes end here
            alts = []
        alts = list(dict.fromkeys(alts))  # lookbehinds in alternatives all start "": one head, not one each
        grown = [(p + a, whole) for p, open_ in out if open_ for a, whole in alts]
        if not alts or len(alts) < len(grown) > _MOST_HEADS:  # spellings multiply: stop here
            return [(p, False) for p, _ in out]
        out = [(p, False) for p, open_ in out if not open_] + grown
    return out


def word_trie(pattern: str) -> str:
    """An alternation of literal words, rewritten as a trie to use in its place where it is followed
    by ``\b`` (and read case-insensitively: inside ``(?i:...)``): "drone(?: (?:attacks?|strikes?))?" for
    "drone attacks|drone attack|...|drone". The engine tries each alternative of a plain alternation in
    turn at a position (a table of 200 head nouns cost a phrase search 50 µs); a trie tries one branch
    per letter.

    The same match everywhere: the trie takes the longest spelling followed by a word boundary, and so
    does ``pattern`` when each spelling comes before the spellings that extend it past a word boundary
    ("drone" after "drone strike"; "attack" may come before "attackers", which no boundary follows),
    which is checked (ValueError otherwise, as for a part that is not literal, a lazy "??" or a
    non-ASCII letter)."""
    order: dict[str, int] = {}
    for i, word in enumerate(_spellings(list(_parser.parse(pattern)))):
        if not word.isascii():
            raise ValueError(f"word_trie needs ASCII words: {word!r}")
        order.setdefault(word.lower(), i)
    for word, i in order.items():
        for k in range(1, len(word)):
            # word[:k] and word can both be followed by \b only where a boundary lies between them
            boundary = _wordish(word[k - 1]) != _wordish(word[k])
            if boundary and order.get(word[:k], len(order)) < i:
                raise ValueError(f"{word[:k]!r} comes before {word!r}, which extends it")
    trie: dict[str, dict] = {}
    for word in order:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer spelling first

    return emit(trie)


def _wordish(ch: str) -> bool:
    """Whether \\w matches the ASCII character ``ch``."""
    return ch.isalnum() or ch == "_"


def _spellings(items: list) -> list[str]:
    """Every string a parsed literal pattern matches, in the order the engine tries them."""
    out = [""]
    for op, av in items:
        if op is _sre.LITERAL:
            alts = [chr(av)]
        elif op is _sre.IN and all(kind is _sre.LITERAL for kind, _ in av):
            alts = [chr(c) for _, c in av]
        elif op is _sre.SUBPATTERN and not av[1] and not av[2]:  # a group without inline flags
            alts = _spellings(list(av[3]))
        elif op is _sre.BRANCH:
            alts = [word for branch in av[1] for word in _spellings(list(branch))]
        elif op is _sre.MAX_REPEAT and av[0] == 0 and av[1] == 1:  # greedy "s?": with the part first
            alts = [*_spellings(list(av[2])), ""]
        else:
            raise ValueError(f"not a literal alternation: {op}")
        out = [p + a for p in out for a in alts]
    return out


_FEW_WORDS = 12  # the most words of a LiteralScan tried by substring tests before its pass


class LiteralScan:
    """Where any of a set of literal words occurs in a text: one Aho-Corasick pass (pyahocorasick).

    With ``ignore_case``, the words (ASCII) are found in any case, as ``(?i:...)`` finds them."""

    __slots__ = ("words", "ignore_case", "_automaton", "_few")

    def __init__(self, words: Iterable[str], *, ignore_case: bool = False) -> None:
        words = {w.lower() for w in words} if ignore_case else set(words)
        if ignore_case and not all(w.isascii() for w in words):
            raise ValueError("a LiteralScan that ignores case needs ASCII words")
        self.ignore_case = ignore_case
        # A word that extends a shorter one adds no start: keep the shortest (sorted, a string's
        # extensions follow it directly).
        self.words: list[str] = []
        for word in sorted(words):
            if not self.words or not word.startswith(self.words[-1]):
                self.words.append(word)
        self._automaton = ahocorasick.Automaton()
        for word in self.words:
            self._automaton.add_word(word, len(word))
        self._automaton.make_automaton()
        # A dozen words or fewer: substring tests first, which tell a text with none of them (most texts)
        # several times sooner than the pass.
        self._few = tuple(self.words) if len(self.words) <= _FEW_WORDS else None

    def starts(self, text: str) -> list[int] | None:
        """Every offset where a word occurs, ascending.

        Ignoring case, the words are looked for in ``text.lower()``; None when that cannot mirror the
        regular-expression engine: a character whose lower case is longer ("İ") shifts the offsets,
        and "ı" and "ſ" match "i" and "s" there though lower() keeps them."""
        if self.ignore_case:
            text_ = text.lower()
            if len(text_) != len(text) or "ı" in text or "ſ" in text:
                return None
            text = text_
        if self._few is not None:
            for word in self._few:
                if word in text:
                    break
            else:
                return []
        # The words are prefix-free (__init__): no two of them start at one offset, so the starts are
        # distinct without a set.
        return sorted([end - n + 1 for end, n in self._automaton.iter(text)])

    def occurs_in(self, text: str) -> bool:
        """Whether a word occurs in ``text`` (a scan that keeps case: the text as written)."""
        if self.ignore_case:
            raise ValueError("occurs_in reads the text as written")
        return next(self._automaton.iter(text), None) is not None


class Prefiltered:
    """``finditer(text)`` is ``pattern.finditer(text)``, tried only where a literal head occurs.

    The pattern must not ignore case (the heads are matched as written)."""

    __slots__ = ("pattern", "scan")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        if pattern.flags & re.IGNORECASE:
            raise ValueError("Prefiltered needs a case-sensitive pattern")
        self.pattern = pattern
        self.scan = LiteralScan(literal_heads(pattern.pattern))

    def search(self, text: str) -> re.Match[str] | None:
        """``pattern.search(text)``: the leftmost match, tried only where a literal head occurs (a
        sentence with none of them costs one Aho-Corasick pass, not a try at every character)."""
        return next(self.finditer(text), None)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        after = 0  # as finditer, the next match starts where the last one ended
        for start in self.scan.starts(text) or ():
            if start >= after:
                m = self.pattern.match(text, start)
                if m is not None:
                    after = m.end()
                    yield m


def top_level_alternatives(source: str) -> list[str]:
    """The alternatives of a pattern's top-level alternation, as source text: ``source`` split at each
    ``|`` outside groups and character classes (and not escaped); "|".join(result) == source."""
    parts: list[str] = []
    depth, start, i, n = 0, 0, 0, len(source)
    while i < n:
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: "]" right after "[" or "[^" is a literal, as are "(", ")" and "|" inside
            i += 1
            if i < n and source[i] == "^":
                i += 1
            if i < n and source[i] == "]":
                i += 1
            while i < n and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


class AlternativeScan:
    """``finditer(text)`` is ``pattern.finditer(text)`` for a table of alternatives, ``pattern`` being
    ``before(?:(?P<name>alt|alt|...)|...)after``: ``groups`` are (name or None, body) in order, each body
    an alternation of literal-headed alternatives, ``before`` only zero-width assertions.

    As :class:`Prefiltered`, tried only where a head occurs, and there only with the alternatives one of
    whose heads occurs at that offset (the others cannot match there), in their order: the engine tries
    a handful of alternatives, not the hundreds of the table, and finds the same match (the same span
    and ``lastgroup``; groups are to be read by name). One sub-pattern is compiled per alternative met,
    the alternatives of a set of them tried in turn: the alternation tries them in that order and the
    first that matches wins, so the match is the same; most offsets hold one alternative (89% of the
    trigger table's over LGL and GeoVirus), and compiling each set's alternation instead cost 2.5 times
    as much in a first pass."""

    __slots__ = ("pattern", "_before", "_after", "_groups", "_parts", "_automaton", "_subs", "_alts")

    def __init__(self, groups: Sequence[tuple[str | None, str]], *, before: str = "",
                 after: str = "") -> None:
        if any(op not in _ZERO_WIDTH for op, _ in _parser.parse(before)):
            raise ValueError("an AlternativeScan's prefix must be zero-width")
        self._groups = [name for name, _ in groups]
        body = self._body([alts for _, alts in groups], range(len(groups)))
        self.pattern = re.compile(f"{before}(?:{body}){after}")
        if self.pattern.flags & re.IGNORECASE:
            raise ValueError("AlternativeScan needs a case-sensitive pattern")
        self._before, self._after = before, after
        # Every alternative: (its group's number in ``groups``, its source).
        self._parts: list[tuple[int, str]] = [(g, alt) for g, (_, alts) in enumerate(groups)
                                              for alt in top_level_alternatives(alts)]
        owners: dict[str, int] = {}
        for k, (_, alt) in enumerate(self._parts):
            for head in literal_heads(alt):
                owners[head] = owners.get(head, 0) | 1 << k
        self._automaton = ahocorasick.Automaton()
        for head, mask in owners.items():
            self._automaton.add_word(head, (len(head), mask))
        self._automaton.make_automaton()
        self._subs: dict[int, tuple[re.Pattern[str], ...]] = {}
        self._alts: dict[int, re.Pattern[str]] = {}  # per alternative (its number in _parts)

    def _body(self, bodies: Sequence[str], numbers: Iterable[int]) -> str:
        """The alternation of the groups ``numbers`` with these bodies (a lone unnamed group bare)."""
        numbers = list(numbers)
        if len(self._groups) == 1 and not self._groups[0]:
            return bodies[0]
        return "|".join(f"(?P<{self._groups[g]}>{b})" if self._groups[g] else f"(?:{b})"
                        for g, b in zip(numbers, bodies, strict=True))

    def _sub(self, mask: int) -> tuple[re.Pattern[str], ...]:
        """The patterns of the alternatives of ``mask``, in their order: each the whole pattern with
        only that alternative (in its group)."""
        subs = []
        for k, (g, alt) in enumerate(self._parts):
            if mask >> k & 1:
                sub = self._alts.get(k)
                if sub is None:
                    body = self._body([alt], [g])
                    sub = self._alts[k] = re.compile(f"{self._before}(?:{body}){self._after}")
                subs.append(sub)
        self._subs[mask] = out = tuple(subs)
        return out

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        masks: dict[int, int] = {}
        for end, (n, mask) in self._automaton.iter(text):
            start = end - n + 1
            masks[start] = masks.get(start, 0) | mask
        if not masks:
            return
        subs = self._subs
        after = 0  # as finditer, the next match starts where the last one ended
        for start in sorted(masks):
            if start >= after:
                for sub in subs.get(masks[start]) or self._sub(masks[start]):
                    m = sub.match(text, start)
                    if m is not None:
                        after = m.end()
                        yield m
                        break

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)


def _prefix_free(words: Iterable[str]) -> list[str]:
    """The words, without those that extend a shorter one (which add no start): sorted, a string's
    extensions follow it directly."""
    out: list[str] = []
    for word in sorted(set(words)):
        if not out or not word.startswith(out[-1]):
            out.append(word)
    return out


class PrefilteredGroup:
    """Several patterns searched in the same texts: ``group.members[i].search(text)`` is
    ``patterns[i].search(text)`` (and ``finditer`` its ``finditer``), each tried only where one of its
    literal heads occurs, and the heads of all the patterns are found in one Aho-Corasick pass per text
    (remembered for the next question about the same text object: a dozen patterns asked about one left
    context cost one pass, not a try at every character by each).

    The patterns must not ignore case. The remembered pass is one immutable value, swapped whole, so
    threads sharing a group never read another text's heads."""

    __slots__ = ("patterns", "members", "_automaton", "_last", "_gated")

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        if any(p.flags & re.IGNORECASE for p in patterns):
            raise ValueError("PrefilteredGroup needs case-sensitive patterns")
        self.patterns = tuple(patterns)
        owners: dict[str, list[int]] = {}
        for i, pattern in enumerate(self.patterns):
            # Per pattern, heads that extend none of its others: its starts are then distinct.
            for head in _prefix_free(literal_heads(pattern.pattern)):
                owners.setdefault(head, []).append(i)
        self._automaton = ahocorasick.Automaton()
        for head, ids in owners.items():
            self._automaton.add_word(head, (len(head), tuple(ids)))
        self._automaton.make_automaton()
        self._gated = False  # whether the pass finds a WordGateSet's words too (share_pass)
        self._last: tuple[str | None, list[Sequence[int]], AbstractSet[WordGate]] = (None, [], frozenset())
        self.members = tuple(GroupMember(self, i) for i in range(len(self.patterns)))

    def share_pass(self, gates: WordGateSet) -> None:
        """Find the words of ``gates`` in the group's pass too: :meth:`opened` of a text is then
        ``gates.opened`` of it, read from the pass that finds the heads (a text asked about by both, a
        sentence with a trigger by the trigger window group and its window gates, is walked once, not
        twice). The heads found are the same: a word added to the automaton changes no other word's hits."""
        entries: dict[str, tuple[int, tuple[int, ...], tuple[WordGate, ...]]] = {
            head: (n, ids, ()) for head, (n, ids) in self._automaton.items()}
        for word, owners in gates._automaton.items():
            n, ids, _ = entries.get(word, (len(word), (), ()))
            entries[word] = (n, ids, owners)
        self._automaton = ahocorasick.Automaton()
        for word, value in entries.items():
            self._automaton.add_word(word, value)
        self._automaton.make_automaton()
        self._gated = True
        self._last = (None, [], frozenset())

    def starts(self, text: str) -> list[Sequence[int]]:
        """Per pattern, every offset of ``text`` where one of its heads occurs, ascending (a list, or an
        empty tuple for none)."""
        last = self._last
        if last[0] is text:
            return last[1]
        return self._walk(text)[1]

    def opened(self, text: str) -> AbstractSet[WordGate]:
        """The gates of :meth:`share_pass` that open for ``text`` (lowercase: ``gate_text`` of a text),
        exactly ``WordGateSet.opened(text)``, from the pass that finds the heads."""
        if not self._gated:
            raise ValueError("a group shares its pass with gates only after share_pass")
        last = self._last
        return last[2] if last[0] is text else self._walk(text)[2]

    def _walk(self, text: str) -> tuple[str, list[Sequence[int]], AbstractSet[WordGate]]:
        # A pattern with no head in the text shares one empty tuple: most of a group's patterns have none,
        # and a list for each of them (36 in the trigger window group) cost more than the walk's hits.
        per: list = [()] * len(self.patterns)
        opened: set[WordGate] = set()
        if self._gated:
            for end, (n, ids, gates) in self._automaton.iter(text):
                if gates:
                    opened.update(gates)
                start = end - n + 1
                for i in ids:
                    if per[i]:
                        per[i].append(start)
                    else:
                        per[i] = [start]
        else:
            for end, (n, ids) in self._automaton.iter(text):
                start = end - n + 1
                for i in ids:
                    if per[i]:
                        per[i].append(start)
                    else:
                        per[i] = [start]
        for starts in per:
            if len(starts) > 1:
                starts.sort()  # heads of several lengths end, not start, in order
        self._last = last = (text, per, opened)
        return last

    def lowered_words(self) -> tuple[str, ...]:
        """Strings one of which every head, lower-cased, holds (the heads lower-cased and stripped, none
        extending another): a ``text.lower()`` holding none of them means no head in ``text``, which a
        few substring tests tell sooner than the group's pass."""
        return tuple(_prefix_free(head.lower().strip() for head, value in self._automaton.items()
                                  if value[1]))  # a head, not a shared pass's gate word alone

    def search(self, i: int, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """``patterns[i].search(text, pos, endpos)``: tried at the heads in ``text[pos:endpos]`` only.

        A window of a text asked again and again (a trigger's 40 characters before it, for each trigger of
        a sentence) costs a bisection into the text's remembered heads, not a try at every character. The
        same match: every match starts with a head, and a match tried at an offset reads what
        ``search`` reads there (look-behinds and ``\\b`` see before ``pos``, ``$`` matches at ``endpos``)."""
        starts = self.starts(text)[i]
        if not starts:
            return None
        end = len(text) if endpos is None or endpos > len(text) else endpos
        pattern = self.patterns[i]
        for k in range(bisect.bisect_left(starts, pos) if pos > 0 else 0, len(starts)):
            start = starts[k]
            if start >= end:  # every head holds a character
                break
            m = pattern.match(text, start, end)
            if m is not None:
                return m
        return None

    def finditer(self, i: int, text: str) -> Iterator[re.Match[str]]:
        """``patterns[i].finditer(text)`` (as :meth:`Prefiltered.finditer`)."""
        after = 0  # as finditer, the next match starts where the last one ended
        pattern = self.patterns[i]
        for start in self.starts(text)[i]:
            if start >= after:
                m = pattern.match(text, start)
                if m is not None:
                    after = m.end()
                    yield m


class GroupMember:
    """One pattern of a :class:`PrefilteredGroup`: ``search(text)`` is ``pattern.search(text)``."""

    __slots__ = ("group", "number", "pattern")

    def __init__(self, group: PrefilteredGroup, number: int) -> None:
        self.group, self.number, self.pattern = group, number, group.patterns[number]

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        # group.search inlined up to the empty case (most questions): a window search is asked ~80,000
        # times a pass, and each layer of calls cost more than the pattern's own try
        group = self.group
        last = group._last
        if not (last[1] if last[0] is text else group.starts(text))[self.number]:
            return None
        return group.search(self.number, text, pos, endpos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.group.finditer(self.number, text)


_WORD_CHAR = re.compile(r"\w")
_WORD_CATEGORIES = frozenset({_sre.CATEGORY_DIGIT, _sre.CATEGORY_WORD, _sre.CATEGORY_UNI_DIGIT,
                              _sre.CATEGORY_UNI_WORD})


def _word_item(kind: object, value: object) -> bool:
    """Whether an item of a parsed class matches word characters only."""
    if kind is _sre.LITERAL:
        return _WORD_CHAR.match(chr(value)) is not None  # type: ignore[arg-type]
    if kind is _sre.RANGE:
        lo, hi = value  # type: ignore[misc]
        return hi - lo < 256 and all(_WORD_CHAR.match(chr(c)) for c in range(lo, hi + 1))
    return kind is _sre.CATEGORY and value in _WORD_CATEGORIES


def _word_first(items: Iterable) -> bool | None:
    """Whether every string a parsed sequence matches starts with a word character: True, False (or
    not shown), None when the sequence may match the empty string (what follows it decides)."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the next item gives the first character
        if op is _sre.LITERAL:
            return _word_item(op, av)
        if op is _sre.IN:
            return all(_word_item(kind, value) for kind, value in av)
        if op is _sre.SUBPATTERN:
            first = _word_first(av[3])
        elif op is _sre.BRANCH:
            firsts = [_word_first(branch) for branch in av[1]]
            first = True if all(f is True for f in firsts) else False
        elif op in _REPEATS:
            first = _word_first(av[2])
            if first is True and av[0] == 0:
                first = None  # may be skipped: the rest must start with one too
        else:  # any character, a back-reference, ...: not shown
            return False
        if first is not None:
            return first
    return None


def at_word_starts(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with ``(?=\\w)`` after its leading ``\\b`` when every match starts with a word character
    (read from its parse; else ``pattern`` itself): the same matches, and the engine gives up at a
    word's end in one test instead of trying each alternative there (an end-anchored left-context pattern
    of a hundred alternatives, searched at every boundary of 80 characters)."""
    source = pattern.pattern
    if not isinstance(source, str) or not source.startswith("\\b") or source.startswith("\\b(?=\\w)") \
            or pattern.flags & (re.ASCII | re.LOCALE):  # (\w read otherwise than _WORD_CHAR reads it)
        return pattern
    try:
        first = _word_first(list(_parser.parse(source, pattern.flags)))
    except re.error:
        return pattern
    if first is not True:
        return pattern
    return re.compile("\\b(?=\\w)" + source[2:], pattern.flags)


# re.IGNORECASE matches these to ASCII letters ("ſ" to s, "ı" and "İ" to i) where str.lower() does not
# give that letter: a text holding one is not gated (every gate opens).
_ODD_CASE = frozenset("ſıİ")


def gate_text(text: str) -> str | None:
    """``text.lower()``, what :meth:`WordGate.search` looks for its words in; None when the lowered
    text cannot stand for the text under re.IGNORECASE (then every gate opens)."""
    if not text.isascii() and not _ODD_CASE.isdisjoint(text):
        return None
    return text.lower()


class WordGate:
    """``search(text, low)`` is ``pattern.search(text)``, skipped (None) when ``low`` (``gate_text(text)``)
    holds none of ``words``: lowercase ASCII strings one of which every match of the pattern contains,
    in any case. A few plain substring tests instead of a try of the pattern at every character, for
    sentences that most often hold none of the words; the words are given by hand, so each gate has a
    test against the plain pattern (tests/test_speed_oracles.py)."""

    __slots__ = ("pattern", "words", "_pattern")

    def __init__(self, pattern: re.Pattern[str], words: Iterable[str]) -> None:
        self.pattern = pattern
        self._pattern = at_word_starts(pattern)  # what is searched: the same matches
        self.words = tuple(words)
        if not all(w.isascii() and w == w.lower() and w for w in self.words):
            raise ValueError("a WordGate's words are lowercase ASCII")

    def opens(self, low: str | None) -> bool:
        """Whether the pattern may match the text ``low`` was made from."""
        if low is None:
            return True
        for word in self.words:  # a loop, not any(...): this runs a dozen times per sentence
            if word in low:
                return True
        return False

    def search(self, text: str, low: str | None) -> re.Match[str] | None:
        return self._pattern.search(text) if self.opens(low) else None

    def search_within(self, low: str, pos: int, endpos: int) -> re.Match[str] | None:
        """``pattern.search(low, pos, endpos)`` in a lowercase ``low`` (a case-sensitive pattern): a match
        lies in ``low[pos:endpos]``, so it is searched only when that holds one of the words."""
        return self._pattern.search(low, pos, endpos) if self.opens(low[pos:endpos]) else None

    def finditer(self, text: str, low: str | None) -> Iterator[re.Match[str]]:
        return self._pattern.finditer(text) if self.opens(low) else iter(())

    def search_in(self, text: str, opened: AbstractSet[WordGate]) -> re.Match[str] | None:
        """``pattern.search(text)`` when this gate is one of ``opened`` (:meth:`WordGateSet.opened` of
        ``gate_text(text)``), else None."""
        return self._pattern.search(text) if self in opened else None

    def finditer_in(self, text: str, opened: AbstractSet[WordGate]) -> Iterator[re.Match[str]]:
        return self._pattern.finditer(text) if self in opened else iter(())


class WordGateSet:
    """Which of several :class:`WordGate` open for one text: the words of all of them found in one
    Aho-Corasick pass over it, not a substring test per word of each (a sentence asked by a dozen gates).
    ``opened(low)`` holds exactly the gates whose ``opens(low)`` is true."""

    __slots__ = ("gates", "_automaton")

    def __init__(self, gates: Iterable[WordGate]) -> None:
        self.gates = frozenset(gates)
        owners: dict[str, list[WordGate]] = {}
        for gate in self.gates:
            for word in gate.words:
                owners.setdefault(word, []).append(gate)
        self._automaton = ahocorasick.Automaton()
        for word, gates_ in owners.items():
            self._automaton.add_word(word, tuple(gates_))
        self._automaton.make_automaton()

    def opened(self, low: str | None) -> AbstractSet[WordGate]:
        """The gates that open for ``low`` (``gate_text`` of a text: None opens them all)."""
        if low is None:
            return self.gates
        out: set[WordGate] = set()
        for _, gates in self._automaton.iter(low):
            out.update(gates)
        return out


class TailGate:
    """``search(text, pos, endpos)`` is ``pattern.search(text, pos, endpos)`` for a pattern anchored at
    the end (``...\\s+$``: a left context read up to a name), skipped (None) when ``text[pos:endpos]``,
    trailing whitespace aside, ends with none of ``endings``: every match's text, trailing whitespace
    aside, ends with one of them. One suffix test instead of a try of the pattern at each of the
    window's characters; the endings are given by hand, so each gate has a test against the plain
    pattern (tests/test_speed_oracles.py).

    ``words``, if given: lowercase strings one of which every match holds as written (the pattern keeps
    case), so a window holding none of them is skipped too. For patterns whose last words ("in", "the")
    end most left contexts while their first words (the verb or noun that governs the name) are rare:
    a few substring tests of the 80-character window instead of a try at each of its word starts."""

    __slots__ = ("pattern", "endings", "words", "_pattern")

    def __init__(self, pattern: re.Pattern[str], endings: Iterable[str], words: Iterable[str] = ()) -> None:
        if not pattern.pattern.endswith("$"):
            raise ValueError("a TailGate's pattern is anchored at the end")
        self.words = tuple(words)
        if self.words and (pattern.flags & re.IGNORECASE
                           or not all(w and w.isascii() and w == w.lower() for w in self.words)):
            raise ValueError("a TailGate's words are lowercase ASCII, for a pattern that keeps case")
        self.pattern = pattern
        self._pattern = at_word_starts(pattern)  # what is searched: the same matches
        self.endings = tuple(endings)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        window = text[pos:end]
        # rstrip() drops what \s matches (both read str.isspace), the whitespace \s+ ends the match with
        if not window.rstrip().endswith(self.endings):
            return None
        if self.words:  # a match lies in the window, so it holds one of the words there
            for word in self.words:  # a loop, not any(...): this runs for most names of a text
                if word in window:
                    break
            else:
                return None
        return self._pattern.search(text, pos, end)
