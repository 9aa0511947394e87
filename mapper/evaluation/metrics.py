"""Scores for geoparsing: toponym recognition, toponym resolution, end to end.

Everything here is a pure function of gold and predicted spans (0-based, end-exclusive
``(start, end)`` tuples) and coordinates, so it can be unit-tested by hand.

Rules (they follow Gritta et al. 2018, "What's missing in geographical parsing?", and
Gritta, Pilehvar & Collier 2018, "Which Melbourne?", where they leave a choice):

* **Matching is one-to-one.** ``exact``: same start and end. ``overlap``: the spans share
  at least one character. Overlap matching is greedy: all overlapping (gold, prediction)
  pairs are ranked by (largest overlap in characters, then smallest union i.e. the
  tighter fit, then earliest gold start, then earliest prediction start) and taken in
  that order when neither side is used yet. So two predictions over one gold toponym
  give one true positive and one false positive.
* **Recognition** counts are micro-averaged over the corpus: precision = tp/(tp+fp),
  recall = tp/(tp+fn), F1 their harmonic mean; a ratio with a zero denominator is 0.
  Gold toponyms without coordinates count for recognition.
* **Resolution** is scored on overlap-matched pairs whose gold toponym has coordinates
  and whose prediction has a place. The error is the great-circle distance in km
  (geopy ``great_circle``, mean Earth radius 6371.009 km, as Gritta et al. use). A pair is
  correct when both sides carry the same GeoNames id or the error is <= 161 km (100 miles).
  The error statistics (mean, median, AUC) keep the actual distance even when the ids
  agree, as Gritta et al. do; only the accuracy counts an id match as correct.
* **AUC** (lower is better, 0 = every error 0 km, 1 = every error at the antipode): sort
  the n errors, scale each with ``s_i = ln(1 + e_i) / ln(20039)`` (20039 km ~ half the
  equator; capped at 1), place them at equally spaced points ``x_i = i/(n-1)`` of [0, 1]
  and take the trapezoidal area: ``AUC = sum_{i=0}^{n-2} (s_i + s_{i+1}) / 2 / (n-1)``.
  This is Gritta's ``np.trapz(scaled_sorted_log_errors) / (n - 1)``. With one error the
  AUC is its scaled value; with none it is undefined (None).
* **End-to-end accuracy** = (overlap-matched pairs that are resolved correctly) / (gold
  toponyms with coordinates). An unresolved or missed toponym counts as wrong.
"""

from __future__ import annotations

import json
import math
import statistics
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

Span = tuple[int, int]

CORRECT_KM = 161.0  # 100 miles, the usual accuracy@161 threshold
AUC_MAX_KM = 20039.0  # Gritta et al.'s normaliser: ln(1 + e) / ln(20039)


# --------------------------------------------------------------------------- recognition


@dataclass(frozen=True, slots=True)
class PRF:
    """True positive, false positive and false negative counts, with the ratios they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


def match_exact(gold: Sequence[Span], pred: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one ``(gold index, prediction index)`` pairs with identical spans, in prediction order.

    Duplicated spans on either side pair up at most once each (first with first).
    """
    free: dict[Span, list[int]] = defaultdict(list)
    for gi, g in enumerate(gold):
        free[(g[0], g[1])].append(gi)
    for lst in free.values():
        lst.reverse()  # pop() then hands out the earliest gold index first
    pairs: list[tuple[int, int]] = []
    for pi, p in enumerate(pred):
        lst = free.get((p[0], p[1]))
        if lst:
            pairs.append((lst.pop(), pi))
    return pairs


def overlap_len(a: Span, b: Span) -> int:
    """Number of characters two spans share (0 when disjoint or merely touching)."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_overlap(gold: Sequence[Span], pred: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one ``(gold index, prediction index)`` pairs of overlapping spans, sorted by gold index.

    Greedy by (largest overlap, smallest union, earliest gold start, earliest prediction
    start); see the module docstring. Greedy rather than maximum-cardinality matching
    because it pairs each gold toponym with the prediction that covers it best, which is
    what the resolution score should then compare.
    """
    cands: list[tuple[int, int, int, int, int, int]] = []
    order = sorted(range(len(pred)), key=lambda i: pred[i][0])
    for gi, g in enumerate(gold):
        for pi in order:
            p = pred[pi]
            if p[0] >= g[1]:
                break  # predictions are sorted by start: none further can overlap
            ov = overlap_len(g, p)
            if ov > 0:
                union = max(g[1], p[1]) - min(g[0], p[0])
                cands.append((-ov, union, g[0], p[0], gi, pi))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for *_, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    pairs.sort()
    return pairs


def recognition(gold: Sequence[Span], pred: Sequence[Span], *, mode: str = "overlap") -> PRF:
    """tp/fp/fn for one document under ``mode`` ``"exact"`` or ``"overlap"``."""
    if mode == "exact":
        tp = len(match_exact(gold, pred))
    elif mode == "overlap":
        tp = len(match_overlap(gold, pred))
    else:
        raise ValueError(f"mode must be 'exact' or 'overlap', not {mode!r}")
    return PRF(tp=tp, fp=len(pred) - tp, fn=len(gold) - tp)


# --------------------------------------------------------------------------- resolution


def error_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (geopy, mean Earth radius 6371.009 km)."""
    # Imported here, not with the module: geopy's package imports requests and urllib3 (about 0.15 s
    # of CPU), which reading a corpus (mapper.evaluation.corpora) does not need.
    from geopy.distance import great_circle

    return float(great_circle((lat1, lon1), (lat2, lon2)).km)


def is_correct(
    err_km: float,
    gold_geonameid: int | None = None,
    pred_geonameid: int | None = None,
    threshold_km: float = CORRECT_KM,
) -> bool:
    """Correct when the GeoNames ids agree (both known) or the error is within ``threshold_km``."""
    if gold_geonameid is not None and gold_geonameid == pred_geonameid:
        return True
    return err_km <= threshold_km


def scaled_log_error(err_km: float) -> float:
    """``ln(1 + e) / ln(20039)``, capped to [0, 1]."""
    return min(1.0, math.log1p(max(0.0, err_km)) / math.log(AUC_MAX_KM))


def auc(errors_km: Iterable[float]) -> float | None:
    """Area under the sorted, log-scaled error curve (Gritta et al. 2018); lower is better.

    ``AUC = sum_{i=0}^{n-2} (s_i + s_{i+1}) / 2 / (n-1)`` over the sorted scaled errors
    ``s_i``: the trapezoidal area over n equally spaced points in [0, 1]. None if n == 0.
    """
    s = sorted(scaled_log_error(e) for e in errors_km)
    if not s:
        return None
    if len(s) == 1:
        return s[0]
    area = sum((a + b) / 2 for a, b in zip(s, s[1:], strict=False))
    return area / (len(s) - 1)


@dataclass(frozen=True, slots=True)
class ResolutionStats:
    """Resolution figures over the scored pairs (see the module docstring)."""

    n: int = 0
    correct: int = 0
    mean_km: float | None = None
    median_km: float | None = None
    auc: float | None = None

    @property
    def accuracy(self) -> float | None:
        """accuracy@161: share of scored pairs that are correct; None when nothing was scored."""
        return self.correct / self.n if self.n else None


def resolution_stats(errors_km: Sequence[float], correct: Sequence[bool]) -> ResolutionStats:
    """Summarise resolution errors; ``correct[i]`` says whether pair i counts as correct."""
    if len(errors_km) != len(correct):
        raise ValueError("errors_km and correct must have the same length")
    if not errors_km:
        return ResolutionStats()
    return ResolutionStats(
        n=len(errors_km),
        correct=sum(bool(c) for c in correct),
        mean_km=statistics.fmean(errors_km),
        median_km=float(statistics.median(errors_km)),
        auc=auc(errors_km),
    )


def end_to_end_accuracy(correct: int, gold_with_coords: int) -> float | None:
    """Correctly found-and-resolved toponyms over gold toponyms with coordinates (None if none)."""
    return correct / gold_with_coords if gold_with_coords else None


# --------------------------------------------------------------------------- error records

ERROR_KINDS = ("fp", "fn", "wrong", "unresolved", "boundary")


@dataclass(slots=True)
class ErrorRecord:
    """One thing the analyser got wrong, for ``--errors FILE`` (one JSON object per line).

    ``kind``: ``fp`` a prediction matching no gold toponym; ``fn`` a gold toponym no
    prediction overlaps; ``wrong`` a matched pair resolved more than 161 km off (and not
    the same GeoNames id); ``unresolved`` a matched gold toponym with coordinates whose
    prediction has no place; ``boundary`` a matched pair whose spans differ (an exact-match
    error only). ``start``/``end``/``text`` are the prediction's span (the gold span for
    ``fn``); ``left``/``right`` hold up to 60 characters of context, whitespace collapsed.
    """

    kind: str
    article_id: str
    start: int
    end: int
    text: str
    left: str = ""
    right: str = ""
    gold_start: int | None = None
    gold_end: int | None = None
    gold_text: str | None = None
    gold_lat: float | None = None
    gold_lon: float | None = None
    gold_geonameid: int | None = None
    pred_name: str | None = None
    pred_country: str | None = None
    pred_country_code: str | None = None
    pred_lat: float | None = None
    pred_lon: float | None = None
    pred_geonameid: int | None = None
    pred_kind: str | None = None
    demonym: bool = False
    error_km: float | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)


def context(text: str, start: int, end: int, width: int = 60) -> tuple[str, str]:
    """Up to ``width`` characters left and right of a span, with whitespace runs collapsed."""
    left = " ".join(text[max(0, start - width) : start].split())
    right = " ".join(text[end : end + width].split())
    return left, right


def write_errors(records: Iterable[ErrorRecord], path: str | Path) -> int:
    """Write records as JSONL; returns how many were written."""
    n = 0
    with Path(path).open("w", encoding="utf-8") as f:
        for r in records:
            f.write(r.to_json() + "\n")
            n += 1
    return n


# --------------------------------------------------------------------------- report

# Metrics for which a smaller value is better (used to judge targets).
LOWER_IS_BETTER = frozenset(
    {"mean_km", "median_km", "auc", "load_seconds", "analysis_seconds", "peak_rss_mb"}
)


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB (ru_maxrss is KiB on Linux, bytes on macOS)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


@dataclass(slots=True)
class Report:
    """Every figure of one evaluation run. Ratios with nothing to divide by are None."""

    name: str = ""
    articles: int = 0
    gold_toponyms: int = 0
    gold_with_coords: int = 0
    predictions: int = 0
    demonym_predictions: int = 0
    demonym_false_positives: int = 0
    offset_mismatches: int = 0  # predictions whose text is not article.text[start:end]
    exact: PRF = field(default_factory=PRF)
    overlap: PRF = field(default_factory=PRF)
    resolution: ResolutionStats = field(default_factory=ResolutionStats)
    matched_unresolved: int = 0  # overlap-matched, gold has coordinates, prediction has no place
    end_to_end_correct: int = 0
    text_bytes: int = 0  # UTF-8 bytes of the analysed texts
    load_seconds: float = 0.0
    analysis_seconds: float = 0.0  # time spent inside the analyser only
    peak_rss_mb: float = 0.0

    @property
    def end_to_end(self) -> float | None:
        return end_to_end_accuracy(self.end_to_end_correct, self.gold_with_coords)

    @property
    def articles_per_s(self) -> float | None:
        return self.articles / self.analysis_seconds if self.analysis_seconds > 0 else None

    @property
    def mb_per_s(self) -> float | None:
        """Throughput in MB (10^6 bytes of UTF-8 text) per second of analysis."""
        return self.text_bytes / 1e6 / self.analysis_seconds if self.analysis_seconds > 0 else None

    def metrics(self) -> dict[str, float | int | None]:
        """The headline figures as a flat dict (keys are what ``format_table`` targets use)."""
        return {
            "articles": self.articles,
            "gold_toponyms": self.gold_toponyms,
            "gold_with_coords": self.gold_with_coords,
            "predictions": self.predictions,
            "exact_precision": self.exact.precision,
            "exact_recall": self.exact.recall,
            "exact_f1": self.exact.f1,
            "overlap_precision": self.overlap.precision,
            "overlap_recall": self.overlap.recall,
            "overlap_f1": self.overlap.f1,
            "resolved_pairs": self.resolution.n,
            "acc161": self.resolution.accuracy,
            "mean_km": self.resolution.mean_km,
            "median_km": self.resolution.median_km,
            "auc": self.resolution.auc,
            "end_to_end": self.end_to_end,
            "articles_per_s": self.articles_per_s,
            "mb_per_s": self.mb_per_s,
            "load_seconds": self.load_seconds,
            "analysis_seconds": self.analysis_seconds,
            "peak_rss_mb": self.peak_rss_mb,
        }

    def to_dict(self) -> dict[str, object]:
        """All counts and figures, JSON-ready."""
        d: dict[str, object] = {"name": self.name}
        d.update(self.metrics())
        d.update(
            exact_tp=self.exact.tp,
            exact_fp=self.exact.fp,
            exact_fn=self.exact.fn,
            overlap_tp=self.overlap.tp,
            overlap_fp=self.overlap.fp,
            overlap_fn=self.overlap.fn,
            resolved_correct=self.resolution.correct,
            matched_unresolved=self.matched_unresolved,
            end_to_end_correct=self.end_to_end_correct,
            demonym_predictions=self.demonym_predictions,
            demonym_false_positives=self.demonym_false_positives,
            offset_mismatches=self.offset_mismatches,
            text_bytes=self.text_bytes,
        )
        return d

    def format_table(self, targets: Mapping[str, float] | None = None) -> str:
        """A readable table; with ``targets`` (keys as in :meth:`metrics`) a target column is added.

        A target is met when the value is >= the target, or <= for the keys in
        :data:`LOWER_IS_BETTER`.
        """
        m = self.metrics()
        ex, ov, res = self.exact, self.overlap, self.resolution
        rows: list[tuple[str, str, str]] = [
            ("articles", "articles", f"{self.articles}"),
            ("gold_toponyms", "gold toponyms", f"{self.gold_toponyms}"),
            ("gold_with_coords", "  with coordinates", f"{self.gold_with_coords}"),
            ("predictions", "predicted mentions", f"{self.predictions}"),
            (
                "",
                "  demonyms (of which false pos.)",
                f"{self.demonym_predictions} ({self.demonym_false_positives})",
            ),
            ("exact_precision", "exact precision", _f(m["exact_precision"])),
            ("exact_recall", "exact recall", _f(m["exact_recall"])),
            ("exact_f1", "exact F1", _f(m["exact_f1"])),
            ("", "  tp / fp / fn", f"{ex.tp} / {ex.fp} / {ex.fn}"),
            ("overlap_precision", "overlap precision", _f(m["overlap_precision"])),
            ("overlap_recall", "overlap recall", _f(m["overlap_recall"])),
            ("overlap_f1", "overlap F1", _f(m["overlap_f1"])),
            ("", "  tp / fp / fn", f"{ov.tp} / {ov.fp} / {ov.fn}"),
            ("resolved_pairs", "resolution: scored pairs", f"{res.n}"),
            ("", "  matched but unresolved", f"{self.matched_unresolved}"),
            ("acc161", "accuracy@161km", _f(m["acc161"])),
            ("mean_km", "mean error km", _f(m["mean_km"], 1)),
            ("median_km", "median error km", _f(m["median_km"], 1)),
            ("auc", "AUC (lower is better)", _f(m["auc"])),
            ("end_to_end", "end-to-end accuracy", _f(m["end_to_end"])),
            ("articles_per_s", "articles/s", _f(m["articles_per_s"], 1)),
            ("mb_per_s", "MB/s", _f(m["mb_per_s"], 3)),
            ("analysis_seconds", "analysis s", _f(m["analysis_seconds"], 2)),
            ("load_seconds", "load s", _f(m["load_seconds"], 2)),
            ("peak_rss_mb", "peak RSS MiB", _f(m["peak_rss_mb"], 0)),
        ]
        if self.offset_mismatches:
            rows.insert(4, ("", "  with wrong offsets (BUG)", f"{self.offset_mismatches}"))
        lw = max(len(r[1]) for r in rows)
        vw = max(10, max(len(r[2]) for r in rows))
        title = f"evaluation: {self.name}" if self.name else "evaluation"
        head = f"{'metric':<{lw}}  {'value':>{vw}}"
        if targets:
            head += f"  {'target':>8}"
        lines = [title, head, "-" * len(head)]
        for key, label, value in rows:
            line = f"{label:<{lw}}  {value:>{vw}}"
            if targets and key in targets:
                t, v = targets[key], m.get(key)
                met = v is not None and (v <= t if key in LOWER_IS_BETTER else v >= t)
                line += f"  {_f(t, 3):>8}  {'ok' if met else 'MISSED'}"
            lines.append(line)
        return "\n".join(lines)


def _f(v: float | int | None, digits: int = 3) -> str:
    if v is None:
        return "-"
    return f"{v:.{digits}f}"
