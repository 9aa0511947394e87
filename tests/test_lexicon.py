"""The shared table of saying verbs (mapper/events/lexicon.py) and the one reading of a dateline header."""

from __future__ import annotations

import re
import time

from mapper.events import lexicon, roles
from mapper.events.lexicon import ATTRIBUTES, FORMAL, SAID, TELLS, alternation


def test_the_sets_are_built_from_one_another() -> None:
    assert SAID == {"said", "says"}
    assert TELLS == {"said", "says", "say", "told", "reported"}
    assert ATTRIBUTES == {"said", "says", "told", "reported", "confirmed", "added", "stated"}
    assert SAID <= TELLS and FORMAL <= ATTRIBUTES and "say" not in ATTRIBUTES
    assert lexicon.REPORTING_VERBS == {"said", "says", "announced", "claimed", "reported", "confirmed",
                                       "stated", "declared"}


def test_an_alternation_is_longest_first_and_matches_whole_words_only() -> None:
    assert alternation(TELLS) == "reported|said|says|told|say"
    pattern = re.compile(r"\b(?:" + alternation(TELLS) + r")\b")
    assert [m.group() for m in pattern.finditer("Residents say the army said it was told, sayings aside")] \
        == ["say", "said", "told"]
    assert alternation({"a.b"}) == r"a\.b"  # the words are escaped, never read as pattern


def test_the_coder_reads_a_wire_header_and_its_end() -> None:
    text = "CULIACAN, Mexico, Feb 3 (Reuters) - Gunmen killed six people on Sunday."
    header = roles.dateline_header(text)
    assert header is not None and text[header.end():].startswith("Gunmen")
    dated = "Srinagar, Jan 22: Militants attacked an army camp."
    header = roles.dateline_header(dated)
    assert header is not None and dated[header.end():].startswith("Militants")
    # A dateline without an agency or a day is the roles layer's (is_dateline), not a header to skip.
    assert roles.dateline_header("MOSCOW — Russia said on Monday it had struck Kharkiv.") is None
    assert roles.dateline_header("Gunmen killed six people in Culiacan, Mexico, on Feb 3.") is None


def test_one_reading_of_the_rest_of_a_dateline_serves_both_questions() -> None:
    # The roles layer asks it after a recognised place; the coder's header after a place read by form.
    for text, place, body in (("KHARKIV, Ukraine (AP) — Russian drones hit the city.", "KHARKIV", "Russian"),
                              ("ISLAMABAD/KABUL, Oct 12 (Reuters) - Taliban forces attacked.", "ISLAMABAD",
                               "Taliban"),
                              ("MOSCOW — Russia said on Monday it had struck Kharkiv.", "MOSCOW", "Russia"),
                              ("Srinagar, Jan 22: Militants attacked a camp.", "Srinagar", "Militants")):
        rest = roles.dateline_rest(text, len(place))
        assert rest is not None and text[rest.end():].startswith(body)
    assert roles.dateline_rest("Kharkiv was shelled on Monday.", 7) is None
    # No dash: only after a filing day and an agency (PTI), never after an agency alone.
    pti = "Imphal, Nov 12 (PTI) Two villagers were killed."
    rest = roles.dateline_rest(pti, len("Imphal"))
    assert rest is not None and pti[rest.end():].startswith("Two")
    assert roles.dateline_rest("Goma (North Kivu) Rebels attacked.", 4) is None


def test_the_header_patterns_finish_on_100_kb() -> None:
    for hostile in ("A" * 100_000, "AB," + " " * 100_000, "Goma, " + "March 3 " * 12_500,
                    "GOMA, (" + "A" * 100_000 + ")", "AB" + "/Cd" * 33_000, "AB, Mar 3 (PTI)" + " " * 100_000,
                    "A/B" * 33_000 + ",", "Goma" + " (AFP)" * 16_000):
        t0 = time.process_time()
        assert roles.dateline_header(hostile) is None
        assert roles.dateline_rest(hostile, 2) is None
        assert time.process_time() - t0 < 3.0


def test_the_verb_sets_are_plain_words_and_the_patterns_read_them() -> None:
    for words in (lexicon.SPEAKS, lexicon.SAYING, lexicon.SAYING_STEMS, lexicon.SPEECH_STEMS,
                  lexicon.SUBJECT_VERBS, lexicon.SPEAKING, lexicon.SPEECH_NOUNS, lexicon.STRUCK):
        assert all(w.isalpha() and w.islower() for w in words)  # escaped alternations spell them exactly
    # One list of a speaker's verb after its subject, read by roles (an office's place) and actors.
    assert roles._SPEAKS_NEXT.match(" announced a curfew") and roles._SPEAKS_NEXT.match(" called for calm")
    assert not roles._SPEAKS_NEXT.match(" announcement")
    # Stems take any ending; whole words only their own.
    assert roles._SAYING.search("Kyiv, accusing Moscow") and roles._SAYING.search("Baghdad Condemned")
    assert not roles._SAYING.search("the caller hung up")
    assert roles._SUBJECT_VERB.match(" later recalled its ambassador")
    assert not roles._SUBJECT_VERB.match(" recallers")
    # One list of where words were spoken, read by roles, the coder and discourse.
    assert roles._STATEMENT_FROM.search("The president, in a sermon in ")
    assert roles._STATEMENT_FROM.search("the minister said in ")
    assert not roles._STATEMENT_FROM.search("the address in ")  # a street address
    # One list of a place attacked: a headline's opening participle and its passive.
    assert roles._PARTICIPLE_OPENING.fullmatch("Hammered by drones overnight, ")
    assert roles._HEADLINE_PASSIVE.match(" bombarded overnight") and roles._HEADLINE_PASSIVE.match(" falls,")
    assert not roles._HEADLINE_PASSIVE.match(" says it was shelled overnight")
