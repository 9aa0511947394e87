"""Speed change of issue 15: the named armed groups of an article's text read once (actors.group_matches
remembers the last text's), checked against the old code kept here as an oracle. The resolver and the
coder asked the same text for its groups four times (theatre_provinces, theatre_countries twice,
story_group)."""

from __future__ import annotations

from mapper.events import actors
from mapper.model import Actor
from tests.test_speed_actor_trie import _corpus_texts

# --- the old code: each function scanning the text itself ---------------------------------------------

def _old_theatre_provinces(text: str) -> tuple[set[str], set[str]]:
    provinces: set[str] = set()
    confined: set[str] = set()
    whole: set[str] = set()
    for m in actors._GROUPS.finditer(text):
        own = actors.GROUP_PROVINCES[m.group()]
        provinces |= own
        listed = {a.split(".", 1)[0] for a in own}
        confined |= listed
        whole.update(cc for cc in actors.GROUP_THEATRES[m.group()] if cc not in listed)
    return provinces, confined - whole


def _old_theatre_countries(text: str) -> set[str]:
    return {cc for m in actors._GROUPS.finditer(text) for cc in actors.GROUP_THEATRES[m.group()]}


def _old_story_group(text: str) -> Actor | None:
    named: dict[str, Actor] = {}
    for m in actors._GROUPS.finditer(text):
        if text[m.start() - 1:m.start()] == "-" or text[m.end():m.end() + 1] == "-":
            continue
        g = actors._GROUP_OF[m.group()]
        if g["inter"] in actors._ARMED_GROUP_INTERS:
            named.setdefault(g["name"], Actor(g["name"], g["country"]))
            if len(named) > 2:
                return None
    if len(named) == 2:
        first, second = named
        if second in actors._AFFILIATES.get(first, {}).values():
            return named[second]
        if first in actors._AFFILIATES.get(second, {}).values():
            return named[first]
        if actors._GROUP_BY_NAME[first].get("called_locally") == second:  # "known locally as al-Shabab"
            return named[first]
        if actors._GROUP_BY_NAME[second].get("called_locally") == first:
            return named[second]
        for parent, local in ((first, second), (second, first)):  # the branch so called, in its country
            for branch in actors._AFFILIATES.get(parent, {}).values():
                g = actors._GROUP_BY_NAME[branch]
                if g.get("called_locally") == local and actors.COUNTRIES[g["country"]]["name"] in text:
                    return Actor(g["name"], g["country"])
        return None
    return next(iter(named.values()), None)


def test_group_matches_are_the_plain_pattern_on_the_event_corpus() -> None:
    found = 0
    for text in _corpus_texts():
        old = [(m.span(), m.group()) for m in actors._GROUPS.finditer(text)]
        for _ in range(2):  # the second call is answered from the memo
            assert [(m.span(), m.group()) for m in actors.group_matches(text)] == old, text
        found += bool(old)
    assert found > 300


def test_the_readers_of_the_groups_give_the_old_answers_on_the_event_corpus() -> None:
    texts = _corpus_texts()
    groups = 0
    # In the pipeline's order (the resolver's two, then the coder's two), and with the texts interleaved
    # so that a memo of another text is never read.
    for text, other in zip(texts, texts[1:] + texts[:1], strict=True):
        for t in (text, other, text):
            assert actors.theatre_provinces(t) == _old_theatre_provinces(t)
            assert actors.theatre_countries(t) == _old_theatre_countries(t)
            assert actors.story_group(t) == _old_story_group(t)
        groups += _old_story_group(text) is not None
    assert groups > 200


def test_an_equal_text_is_answered_and_another_text_is_read() -> None:
    a = "ADF rebels attacked Beni. " * 3
    b = "Boko Haram fighters overran Bosso."
    assert actors.theatre_countries(a) == {"CD", "UG"}
    assert actors.theatre_countries("".join(list(a))) == {"CD", "UG"}  # an equal string, not the same object
    assert actors.theatre_countries(b) == _old_theatre_countries(b) != {"CD", "UG"}
    assert actors.theatre_countries("") == set()


def test_linear_on_a_long_text() -> None:
    text = "ADF " * 25_000  # 100 KB of one group's name
    assert len(actors.group_matches(text)) == 25_000
    assert actors.theatre_countries(text) == {"CD", "UG"}
