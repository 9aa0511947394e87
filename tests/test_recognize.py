"""Recognition stage: candidate spans, context features and the document pass."""

from __future__ import annotations

from mapper.config import Config
from mapper.gazetteer import ALTERNATE, DEMONYM, Gazetteer
from mapper.geoparse.recognize import (
    Candidate,
    LowercaseWords,
    Whereabouts,
    _evidence,
    context_features,
    document_features,
    find_candidates,
    whereabouts,
)
from mapper.pipeline import Pipeline

CONFIDENT = Config().confident  # 0.7: the first-pass score of a "confident" name


def _found(pipeline: Pipeline, text: str) -> dict[str, float]:
    return {c.text: c.score for c in pipeline.recognizer.candidates(text)}


def test_french_particles_stay_inside_a_name(gazetteer) -> None:
    text = "Cocoa prices rose after rains in Côte d'Ivoire and Ghana."
    spans = [(c.text, c.key) for c in find_candidates(text, gazetteer)]
    assert ("Côte d'Ivoire", "cote divoire") in spans


def test_candidates_carry_the_gazetteers_options(gazetteer: Gazetteer) -> None:
    text = "Syrian forces shelled Raqqa, then Jeesr Shoghour."
    syrian, raqqa, jisr = find_candidates(text, gazetteer)
    assert [o.how for o in syrian.options] == [DEMONYM] and not syrian.skeleton_match
    assert {gazetteer.row(o.row).name for o in raqqa.options} == {"Ar Raqqah"}
    assert all(o.how == ALTERNATE for o in raqqa.options)
    # No exact name: matched through its transliteration skeleton, as an alternate name.
    assert jisr.text == "Jeesr Shoghour" and jisr.skeleton_match
    assert [(gazetteer.row(o.row).name, o.how) for o in jisr.options] == [("Jisr ash Shughūr", ALTERNATE)]
    assert {"demonym_only", "kind=country", "pop=8"} <= set(_evidence(syrian, gazetteer))
    assert {"alternate_only", "alternate_only_big", "kind=city", "kind=admin1"} <= set(
        _evidence(raqqa, gazetteer))
    assert {"skeleton", "alternate_only", "kind=city"} <= set(_evidence(jisr, gazetteer))
    assert whereabouts(syrian, gazetteer) == Whereabouts(("SY", ""), frozenset({"SY"}), frozenset())
    assert whereabouts(raqqa, gazetteer) == Whereabouts(("SY", "SY.04"), frozenset({"SY"}),
                                                        frozenset({("SY", "SY.04")}))


def test_lowercase_words_are_whole_words() -> None:
    words = LowercaseWords("Most of them said most things. U.s aside, the reading was clear.")
    assert "most" in words
    assert "them" in words
    assert "mos" not in words  # part of a word
    assert "s" not in words  # too short, and after a dot
    assert "reading" in words and "read" not in words


def test_context_features_mark_money_initials_and_institutions() -> None:
    def feats(text: str, name: str) -> dict[str, float]:
        i = text.index(name)
        c = Candidate(i, i + len(name), name, name.lower(), ())
        return context_features(c, text, LowercaseWords(text))

    assert "money" in feats("The appeal asked for US $2.4 million in aid.", "US")
    assert "prev_initial" in feats("Dr. Jose A. Cordova spoke to reporters.", "Cordova")
    assert "next_org" in feats("Pupils at Buffalo Public Schools were sent home.", "Buffalo")
    assert "the_x_cap" in feats("He told the China Daily about it.", "China")
    assert {"of_cap", "of_org"} <= set(feats("Researchers at the University of California found it.",
                                             "California"))
    assert "locative_said" in feats("Officials in Kyiv said the attack failed.", "Kyiv")
    assert not {"money", "next_org", "the_x_cap"} & set(feats("Fighting spread to Kyiv on Monday.", "Kyiv"))


def _cand(key: str) -> Candidate:
    return Candidate(0, len(key), key, key, ())


def test_document_features_come_from_other_confident_names() -> None:
    sydney = Whereabouts(("AU", "02"), frozenset({"AU", "CA"}), frozenset({("AU", "02"), ("CA", "08")}))
    nsw = Whereabouts(("AU", "02"), frozenset({"AU"}), frozenset({("AU", "02")}))
    randwick = Whereabouts(("AU", "02"), frozenset({"AU"}), frozenset({("AU", "02")}))
    paris = Whereabouts(("FR", "11"), frozenset({"FR", "US"}), frozenset({("FR", "11"), ("US", "TX")}))
    cands = [_cand("sydney"), _cand("randwick"), _cand("paris"), _cand("sydney"), _cand("new south wales")]
    feats = document_features(cands, [0.95, 0.3, 0.4, 0.9, 0.92], [sydney, randwick, paris, sydney, nsw],
                              CONFIDENT)
    assert feats[1] == {"doc_country": 1.0, "doc_region": 1.0}
    assert feats[2] == {}
    # Sydney's support comes from New South Wales, not from itself; it recurs confidently.
    assert feats[0] == feats[3] == {"doc_country": 1.0, "doc_region": 1.0, "doc_repeat": 1.0}
    assert feats[4] == {"doc_country": 1.0, "doc_region": 1.0}


def test_a_lone_confident_name_is_no_context() -> None:
    sydney = Whereabouts(("AU", "02"), frozenset({"AU"}), frozenset({("AU", "02")}))
    randwick = Whereabouts(("AU", "02"), frozenset({"AU"}), frozenset({("AU", "02")}))
    feats = document_features([_cand("sydney"), _cand("randwick")], [0.95, 0.3], [sydney, randwick],
                              CONFIDENT)
    assert feats == [None, {"doc_country": 1.0, "doc_region": 1.0}]


def test_no_context_keeps_the_first_pass() -> None:
    only = Whereabouts(("SY", "07"), frozenset({"SY"}), frozenset({("SY", "07")}))
    assert document_features([_cand("idlib")], [0.9], [only], CONFIDENT) == [None]
    assert document_features([_cand("idlib")], [0.2], [only], CONFIDENT) == [None]


def test_document_context_lifts_a_small_place(pipeline: Pipeline) -> None:
    alone = _found(pipeline, "Eight horses at Randwick were infected.")["Randwick"]
    story = _found(pipeline, "Eight horses at Randwick were infected, officials in Sydney said. "
                             "Racing across New South Wales was suspended.")
    assert story["Sydney"] >= 0.9 and story["New South Wales"] >= 0.9
    assert story["Randwick"] > alone


def test_institutions_and_calendar_words_are_not_places(pipeline: Pipeline) -> None:
    text = "In August the New York Times reported that donors had sent US $3 million to farms in Kenya."
    kept = {c.text for c in pipeline.recognizer(text)}
    assert kept == {"Kenya"}


def test_islands_are_places(pipeline: Pipeline) -> None:
    a = pipeline.parse("Floods cut roads across Sumatra and Java, and ferries to Sulawesi stopped.")
    got = {m.text: m.place for m in a.mentions}
    assert set(got) == {"Sumatra", "Java", "Sulawesi"}
    assert all(p.country_code == "ID" and p.kind == "region" for p in got.values())
    assert abs(got["Java"].lat - -7.5) < 1 and abs(got["Java"].lon - 110.0) < 1


def test_a_short_name_at_a_sentences_end_leaves_the_period_out(pipeline: Pipeline) -> None:
    # A name whose last word has three letters or fewer ("Sea", "Jos", "Kut") kept the sentence's period
    # in its span, as an abbreviation's ("Mt.") is kept (issue 14: "Red Sea." was a span).
    texts = {"Houthis fired a missile at a tanker in the Red Sea.": "Red Sea",
             "A Ukrainian sea drone struck a patrol boat in the Black Sea. Two sailors died.": "Black Sea",
             "Gunmen killed five people in Jos.": "Jos",
             "A car bomb exploded in Kut.": "Kut"}
    for text, name in texts.items():
        spans = [(m.text, text[m.start:m.end]) for m in pipeline.parse(text).mentions]
        assert spans == [(name, name)], text
    # Abbreviations keep theirs: "St. Louis" is one name, and "Ga." is Georgia as AP style writes it.
    assert [m.text for m in pipeline.parse("Troops were sent to St. Louis.").mentions] == ["St. Louis"]
    assert [(m.text, m.place.name) for m in pipeline.parse("The shooting happened in Athens, Ga.").mentions] \
        == [("Athens", "Athens"), ("Ga.", "Georgia")]
