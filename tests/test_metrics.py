"""Hand-computed checks of the evaluation metrics and the runner."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from mapper.doc import Doc
from mapper.evaluation import (
    PRF,
    ErrorRecord,
    GoldArticle,
    GoldToponym,
    Report,
    auc,
    end_to_end_accuracy,
    error_km,
    evaluate,
    is_correct,
    match_exact,
    match_overlap,
    recognition,
    resolution_stats,
    write_errors,
)
from mapper.model import Article, Mention, Place

PARIS = (48.8566, 2.3522)
LONDON = (51.5074, -0.1278)
HALF = math.sqrt(20039.0) - 1  # scaled log error of exactly 0.5
FULL = 20038.0  # scaled log error of exactly 1.0


# --------------------------------------------------------------------------- recognition


def test_exact_and_overlap_counts() -> None:
    gold = [(0, 5), (10, 16), (20, 25)]
    pred = [(0, 5), (11, 16), (30, 35)]
    ex = recognition(gold, pred, mode="exact")
    assert (ex.tp, ex.fp, ex.fn) == (1, 2, 2)
    assert ex.precision == pytest.approx(1 / 3)
    assert ex.recall == pytest.approx(1 / 3)
    assert ex.f1 == pytest.approx(1 / 3)
    ov = recognition(gold, pred, mode="overlap")
    assert (ov.tp, ov.fp, ov.fn) == (2, 1, 1)
    assert ov.precision == pytest.approx(2 / 3)
    assert ov.recall == pytest.approx(2 / 3)
    assert ov.f1 == pytest.approx(2 / 3)
    with pytest.raises(ValueError):
        recognition(gold, pred, mode="fuzzy")


def test_f1_is_harmonic_mean() -> None:
    c = PRF(tp=2, fp=2, fn=0)  # P = 1/2, R = 1
    assert c.f1 == pytest.approx(2 / 3)
    assert (c + PRF(1, 0, 3)) == PRF(3, 2, 3)


def test_zero_denominators_give_zero() -> None:
    assert PRF().precision == 0.0 and PRF().recall == 0.0 and PRF().f1 == 0.0
    assert recognition([], [(0, 3)]) == PRF(0, 1, 0)
    assert recognition([(0, 3)], []) == PRF(0, 0, 1)


def test_overlap_is_one_to_one() -> None:
    # Two predictions over one gold toponym: one tp, one fp.
    assert recognition([(0, 10)], [(0, 4), (5, 10)]) == PRF(1, 1, 0)
    # One prediction over two gold toponyms: one tp, one fn.
    assert recognition([(0, 5), (6, 10)], [(0, 10)]) == PRF(1, 0, 1)
    # Touching spans do not overlap.
    assert recognition([(0, 5)], [(5, 9)]) == PRF(0, 1, 1)


def test_overlap_prefers_largest_then_tightest() -> None:
    # Largest overlap wins: (2, 10) shares 8 characters, (0, 4) shares 4.
    assert match_overlap([(0, 10)], [(0, 4), (2, 10)]) == [(0, 1)]
    # Equal overlap: the tighter fit (smaller union) wins, so the exact span.
    assert match_overlap([(0, 10)], [(0, 12), (0, 10)]) == [(0, 1)]
    # Equal overlap and union: the earliest prediction start wins.
    assert match_overlap([(5, 7)], [(4, 6), (6, 8)]) == [(0, 0)]
    # Each gold gets its best partner; output sorted by gold index.
    assert match_overlap([(10, 20), (0, 5)], [(1, 4), (12, 20)]) == [(0, 1), (1, 0)]


def test_exact_duplicates_pair_once() -> None:
    assert match_exact([(0, 5)], [(0, 5), (0, 5)]) == [(0, 0)]
    assert match_exact([(0, 5), (0, 5)], [(0, 5), (0, 5)]) == [(0, 0), (1, 1)]
    assert recognition([(0, 5)], [(0, 5), (0, 5)], mode="exact") == PRF(1, 1, 0)


# --------------------------------------------------------------------------- resolution


def test_error_km_great_circle() -> None:
    assert error_km(*PARIS, *PARIS) == pytest.approx(0.0, abs=1e-9)
    # Great circle, R = 6371.009 km: 343.56 km (geodesic would be 343.92).
    assert error_km(*PARIS, *LONDON) == pytest.approx(343.5, abs=1.0)


def test_is_correct() -> None:
    assert is_correct(0.0)
    assert is_correct(161.0)
    assert not is_correct(161.01)
    assert not is_correct(343.5)
    # Same GeoNames id counts as correct however far the coordinates are.
    assert is_correct(5000.0, 2988507, 2988507)
    assert not is_correct(5000.0, 2988507, 2643743)
    assert not is_correct(5000.0, None, None)  # two unknown ids are not a match
    assert is_correct(300.0, threshold_km=500.0)


def test_auc_hand_computed() -> None:
    assert auc([]) is None
    assert auc([0.0]) == 0.0
    assert auc([FULL]) == pytest.approx(1.0)
    assert auc([HALF]) == pytest.approx(0.5)
    # sorted scaled [0, 1]: one trapezoid of height 0..1 over [0, 1] -> 0.5
    assert auc([FULL, 0.0]) == pytest.approx(0.5)
    # sorted scaled [0, 0, 1]: ((0+0)/2 + (0+1)/2) / 2 = 0.25
    assert auc([FULL, 0.0, 0.0]) == pytest.approx(0.25)
    # sorted scaled [0, 0, 0.5, 1]: (0 + 0.25 + 0.75) / 3 = 1/3
    assert auc([HALF, 0.0, FULL, 0.0]) == pytest.approx(1 / 3)
    # [0, 161 km]: ln(162) / ln(20039) / 2
    assert auc([0.0, 161.0]) == pytest.approx(math.log(162) / math.log(20039) / 2)
    assert auc([0.0, 161.0]) == pytest.approx(0.256808, abs=1e-6)
    # Errors beyond 20039 km (impossible on a sphere, but be safe) are capped at 1.
    assert auc([1e9]) == 1.0


def test_resolution_stats() -> None:
    st = resolution_stats([0.0, 343.5, 1000.0], [True, False, True])
    assert st.n == 3 and st.correct == 2
    assert st.accuracy == pytest.approx(2 / 3)
    assert st.mean_km == pytest.approx(1343.5 / 3)
    assert st.median_km == pytest.approx(343.5)
    assert st.auc == pytest.approx(auc([0.0, 343.5, 1000.0]))
    empty = resolution_stats([], [])
    assert empty.n == 0 and empty.accuracy is None and empty.auc is None and empty.mean_km is None
    with pytest.raises(ValueError):
        resolution_stats([1.0], [])


def test_end_to_end_accuracy() -> None:
    assert end_to_end_accuracy(3, 4) == 0.75
    assert end_to_end_accuracy(0, 0) is None


# --------------------------------------------------------------------------- runner

# Paris 13:18, London 22:28, Atlantis 46:54, Syrian 56:62
TEXT = "We flew from Paris to London, then looked for Atlantis. Syrian food was good."
PARIS_PLACE = Place("Paris", *PARIS, "FR", "city", geonameid=2988507, country="France")
LONDON_ON = Place("London", 42.9834, -81.233, "CA", "city", geonameid=6058560, country="Canada")
SYRIA = Place("Syria", 35.0, 38.0, "SY", "country", geonameid=163843, country="Syria")


def _gold() -> GoldArticle:
    def tp(word: str, lat: float | None, lon: float | None, gid: int | None) -> GoldToponym:
        s = TEXT.index(word)
        return GoldToponym(s, s + len(word), word, lat, lon, gid)

    return GoldArticle(
        id="a1",
        text=TEXT,
        toponyms=(
            tp("Paris", *PARIS, 2988507),
            tp("London", *LONDON, 2643743),
            tp("Atlantis", None, None, None),  # no coordinates: recognition only
        ),
        title="We flew",
        url="http://example.org/a1",
    )


def _mention(word: str, place: Place | None, **kw: object) -> Mention:
    s = TEXT.index(word)
    return Mention(s, s + len(word), word, place, **kw)  # type: ignore[arg-type]


def _stub(article: Article) -> Doc:
    assert article.title is None  # the title is not passed again
    assert article.url == "http://example.org/a1"
    return Doc(
        article,
        [
            _mention("flew", None),  # false positive
            _mention("Paris", PARIS_PLACE),  # correct
            _mention("London", LONDON_ON),  # wrong place
            _mention("Syrian", SYRIA, demonym=True),  # demonym, not in gold: false positive
        ],
    )


def test_evaluate_end_to_end() -> None:
    errors: list[ErrorRecord] = []
    rep = evaluate([_gold()], _stub, errors=errors, name="toy")
    assert rep.articles == 1
    assert rep.gold_toponyms == 3 and rep.gold_with_coords == 2
    assert rep.predictions == 4
    assert rep.demonym_predictions == 1 and rep.demonym_false_positives == 1
    assert rep.exact == PRF(2, 2, 1)
    assert rep.overlap == PRF(2, 2, 1)
    assert rep.resolution.n == 2 and rep.resolution.correct == 1
    assert rep.resolution.accuracy == 0.5
    assert rep.end_to_end == 0.5
    assert rep.resolution.median_km is not None and rep.resolution.median_km > 2500
    assert rep.offset_mismatches == 0
    assert rep.text_bytes == len(TEXT.encode())
    assert rep.analysis_seconds > 0 and rep.articles_per_s is not None and rep.mb_per_s is not None
    assert rep.peak_rss_mb > 0
    kinds = sorted((e.kind, e.text) for e in errors)
    assert kinds == [("fn", "Atlantis"), ("fp", "Syrian"), ("fp", "flew"), ("wrong", "London")]
    wrong = next(e for e in errors if e.kind == "wrong")
    assert wrong.gold_geonameid == 2643743 and wrong.pred_geonameid == 6058560
    assert wrong.pred_country == "Canada" and wrong.pred_country_code == "CA"
    assert wrong.error_km == pytest.approx(error_km(*LONDON, 42.9834, -81.233))
    assert wrong.left == "We flew from Paris to" and wrong.right.startswith(", then looked")
    syrian = next(e for e in errors if e.text == "Syrian")
    assert syrian.demonym


def test_evaluate_unresolved_boundary_and_bad_offsets() -> None:
    def analyse(article: Article) -> Doc:
        s = TEXT.index("Paris")
        return Doc(
            article,
            [
                Mention(s, s + 4, "Pari", PARIS_PLACE),  # boundary error, still resolved correctly
                _mention("London", None),  # found but unresolved
                Mention(46, 54, "Atlantos"),  # offsets do not spell the text: an analyser bug
            ],
        )

    errors: list[ErrorRecord] = []
    rep = evaluate([_gold()], analyse, errors=errors)
    assert rep.exact == PRF(2, 1, 1)  # London and Atlantis (right offsets, wrong text) are exact
    assert rep.overlap == PRF(3, 0, 0)
    assert rep.matched_unresolved == 1
    assert rep.resolution.n == 1 and rep.resolution.correct == 1
    assert rep.end_to_end == 0.5
    assert rep.offset_mismatches == 1  # "Atlantos" is not TEXT[46:54]; "Pari" is TEXT[13:17]
    assert sorted(e.kind for e in errors) == ["boundary", "unresolved"]


def test_evaluate_errors_propagate_with_article_id() -> None:
    def broken(article: Article) -> Doc:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError) as info:
        evaluate([_gold()], broken)
    notes = getattr(info.value, "__notes__", None)
    if notes is not None:
        assert any("'a1'" in n for n in notes)


def test_evaluate_times_lazy_corpus_as_load() -> None:
    rep = evaluate((g for g in [_gold(), _gold()]), lambda a: Doc(a, []))
    assert rep.articles == 2 and rep.overlap == PRF(0, 0, 6)
    assert rep.resolution.n == 0 and rep.resolution.accuracy is None and rep.end_to_end == 0.0


def test_write_errors_and_table(tmp_path: Path) -> None:
    errors: list[ErrorRecord] = []
    rep = evaluate([_gold()], _stub, errors=errors, name="toy")
    out = tmp_path / "errors.jsonl"
    assert write_errors(errors, out) == 4
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["kind"] for r in rows} == {"fp", "fn", "wrong"}
    assert all({"article_id", "start", "end", "text", "left", "right", "error_km"} <= r.keys() for r in rows)

    table = rep.format_table()
    assert "toy" in table and "overlap F1" in table and "accuracy@161km" in table
    with_targets = rep.format_table({"overlap_f1": 0.5, "acc161": 0.9, "median_km": 50.0})
    lines = {ln.split("  ")[0].strip(): ln for ln in with_targets.splitlines()}
    assert lines["overlap F1"].endswith("ok")  # 0.571 >= 0.5
    assert lines["accuracy@161km"].endswith("MISSED")  # 0.5 < 0.9
    assert lines["median error km"].endswith("MISSED")  # lower is better; ~2900 > 50
    d = rep.to_dict()
    assert d["overlap_tp"] == 2 and d["end_to_end"] == 0.5
    json.dumps(d)  # JSON-ready


def test_report_defaults() -> None:
    rep = Report()
    assert rep.end_to_end is None and rep.articles_per_s is None and rep.mb_per_s is None
    assert "evaluation" in rep.format_table()
