"""_role_alone's six word gates read from the left-context group's pass (roles._LEFT_CONTEXT_GATES, shared
with the group of _MEMBERS_OF_SCAN ...): oracle tests against each gate's own substring tests, the way
_role_alone asked them before (``gate.search(left, left)``), and the group's heads against a fresh group's."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from mapper.events import roles
from mapper.events.prefilter import PrefilteredGroup

_EVENTS = Path(__file__).resolve().parents[1] / "training" / "events"
_GATES = sorted(roles._LEFT_CONTEXT_GATES.gates, key=lambda g: g.pattern.pattern)
_PLAIN = PrefilteredGroup(roles._LEFT_GROUP.patterns)  # the group as it was: its heads alone


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


def _same(left: str) -> int:
    """The shared pass answers each gate as the gate's own test did, and finds the group's old heads;
    returns how many gates opened."""
    opened = roles._LEFT_GROUP.opened(left)
    assert opened == {g for g in _GATES if g.opens(left)}
    for gate in _GATES:
        assert _span(gate.search_in(left, opened)) == _span(gate.search(left, left))
    assert roles._LEFT_GROUP.starts(left) == _PLAIN.starts(left)
    return len(opened)


def _left_contexts(text: str) -> list[str]:
    """The 80 lower-cased characters before each capitalised word (where a name would start), as
    _role_alone cuts them."""
    return [text[max(0, m.start() - 80):m.start()].lower() for m in re.finditer(r"\b[A-Z]", text)]


def test_the_gates_the_left_group_shares() -> None:
    assert {g.pattern for g in roles._LEFT_CONTEXT_GATES.gates} == {
        roles._BLAMED_ON, roles._NEAR_RE, roles._LINK_BETWEEN, roles._MEASURE_IN, roles._FUTURE_SENT,
        roles._LEFT}
    assert roles._LEFT_GROUP is roles._TARGET_OF_SCAN.group
    assert roles._LEFT_GROUP.lowered_words() == _PLAIN.lowered_words()


def test_shared_pass_on_the_left_contexts_of_the_event_corpus() -> None:
    texts: list[str] = []
    for path in sorted(_EVENTS.glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    lefts = [left for text in texts[::4] for left in _left_contexts(text)]
    assert len(lefts) > 10_000
    opened = sum(_same(left) for left in lefts)
    assert opened > 1000  # the gates do open on real text


def test_shared_pass_examples() -> None:
    assert _same("the attack was blamed on ") == 1
    assert _same("killed near the outskirts of ") == 1  # "near" and "outskirts": one gate
    assert _same("civilians fleeing fighting near ") == 2
    assert _same("flights between ") == 2  # "between": the link gate and the near gate
    assert _same("a curfew was imposed in ") == 1
    assert _same("to deploy more troops to ") == 1
    assert _same("said in ") == 0
    assert _same("") == 0
    # a gate word inside a longer word still opens its gate, as the substring test did
    assert _same("nearby ") == 1


@given(st.lists(st.sampled_from(["blam", "pinned on ", "near", "outskirts", "between ", "flights ",
                                 "curfew ", "in ", "deploy", "send ", "fle", "evacuat", "the ", "by ",
                                 "members of ", "fired at ", " ", ",", "x"]), max_size=30))
def test_shared_pass_on_any_left_context(pieces: list[str]) -> None:
    _same("".join(pieces)[-80:])
    _same("".join(pieces))


def test_shared_pass_on_100_kb() -> None:
    text = ("fled fighting near the outskirts of a town, flights between a curfew imposed in and deploy "
            "members of the attack blamed on ") * 820
    assert len(text) > 100_000
    assert _same(text) == 6
