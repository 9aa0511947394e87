"""Run an analyser over a gold corpus and score it.

The analyser is any callable ``Article -> Doc`` (e.g. ``Pipeline().parse``),
so this module does not depend on the geoparser itself. The command line is ``mapper evaluate``.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from mapper.doc import Doc
from mapper.evaluation.corpora import GoldArticle, read_corpus
from mapper.evaluation.metrics import (
    PRF,
    ErrorRecord,
    Report,
    context,
    error_km,
    is_correct,
    match_exact,
    match_overlap,
    peak_rss_mb,
    resolution_stats,
)
from mapper.model import Article, Mention

Analyse = Callable[[Article], Doc]


def evaluate(
    corpus: Iterable[GoldArticle],
    analyse: Analyse,
    *,
    errors: list[ErrorRecord] | None = None,
    name: str = "",
    threshold_km: float = 161.0,
) -> Report:
    """Analyse every article of ``corpus`` and score the mentions against the gold toponyms.

    Only the ``analyse`` calls are timed as analysis; time spent drawing articles from
    ``corpus`` (if it is a lazy iterable) is added to ``Report.load_seconds``. Every
    mention counts as a prediction, demonyms included. When ``errors`` is a list, one
    :class:`ErrorRecord` per false positive, miss, wrong/unresolved resolution and
    boundary mismatch is appended to it.
    """
    rep = Report(name=name)
    errs: list[float] = []
    oks: list[bool] = []
    it = iter(corpus)
    while True:
        t0 = time.perf_counter()
        try:
            gold = next(it)
        except StopIteration:
            rep.load_seconds += time.perf_counter() - t0
            break
        rep.load_seconds += time.perf_counter() - t0
        article = gold.to_article()
        t0 = time.perf_counter()
        try:
            analysed = analyse(article)
        except Exception as e:
            if hasattr(e, "add_note"):  # Python 3.11+: say which article broke it
                e.add_note(f"while analysing article {gold.id!r}")
            raise
        rep.analysis_seconds += time.perf_counter() - t0
        _score_article(gold, list(analysed.mentions), rep, errs, oks, errors, threshold_km)
    rep.resolution = resolution_stats(errs, oks)
    rep.peak_rss_mb = peak_rss_mb()
    return rep


def _score_article(
    gold: GoldArticle,
    mentions: list[Mention],
    rep: Report,
    errs: list[float],
    oks: list[bool],
    errors: list[ErrorRecord] | None,
    threshold_km: float,
) -> None:
    text = gold.text
    g_spans = [t.span for t in gold.toponyms]
    p_spans = [(m.start, m.end) for m in mentions]
    rep.articles += 1
    rep.text_bytes += len(text.encode("utf-8"))
    rep.gold_toponyms += len(g_spans)
    rep.gold_with_coords += sum(t.has_coords for t in gold.toponyms)
    rep.predictions += len(p_spans)
    rep.demonym_predictions += sum(m.demonym for m in mentions)
    rep.offset_mismatches += sum(
        not (0 <= m.start <= m.end <= len(text)) or text[m.start : m.end] != m.text for m in mentions
    )
    n_exact = len(match_exact(g_spans, p_spans))
    rep.exact += PRF(n_exact, len(p_spans) - n_exact, len(g_spans) - n_exact)
    pairs = match_overlap(g_spans, p_spans)
    rep.overlap += PRF(len(pairs), len(p_spans) - len(pairs), len(g_spans) - len(pairs))

    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    rep.demonym_false_positives += sum(m.demonym for pi, m in enumerate(mentions) if pi not in matched_p)

    def record(kind: str, m: Mention | None, gi: int | None, err: float | None = None) -> None:
        if errors is None:
            return
        g = gold.toponyms[gi] if gi is not None else None
        if m is not None:
            start, end = m.start, m.end
        elif g is not None:
            start, end = g.start, g.end
        else:  # pragma: no cover - every call passes a mention or a gold index
            raise ValueError("record() needs a mention or a gold toponym")
        left, right = context(text, start, end)
        p = m.place if m is not None else None
        errors.append(
            ErrorRecord(
                kind=kind,
                article_id=gold.id,
                start=start,
                end=end,
                text=text[start:end],
                left=left,
                right=right,
                gold_start=g.start if g else None,
                gold_end=g.end if g else None,
                gold_text=g.text if g else None,
                gold_lat=g.lat if g else None,
                gold_lon=g.lon if g else None,
                gold_geonameid=g.geonameid if g else None,
                pred_name=p.name if p else None,
                pred_country=p.country if p else None,
                pred_country_code=p.country_code if p else None,
                pred_lat=p.lat if p else None,
                pred_lon=p.lon if p else None,
                pred_geonameid=p.geonameid if p else None,
                pred_kind=p.kind if p else None,
                demonym=m.demonym if m is not None else False,
                error_km=err,
            )
        )

    for gi, pi in pairs:
        g, m = gold.toponyms[gi], mentions[pi]
        if (g.start, g.end) != (m.start, m.end):
            record("boundary", m, gi)
        if g.lat is None or g.lon is None:
            continue  # no gold coordinates: counted for recognition only
        if m.place is None:
            rep.matched_unresolved += 1
            record("unresolved", m, gi)
            continue
        err = error_km(g.lat, g.lon, m.place.lat, m.place.lon)
        ok = is_correct(err, g.geonameid, m.place.geonameid, threshold_km)
        errs.append(err)
        oks.append(ok)
        if ok:
            rep.end_to_end_correct += 1
        else:
            record("wrong", m, gi, err)
    for pi, m in enumerate(mentions):
        if pi not in matched_p:
            record("fp", m, None)
    for gi in range(len(gold.toponyms)):
        if gi not in matched_g:
            record("fn", None, gi)


def evaluate_path(
    path: str | Path,
    analyse: Analyse,
    *,
    fmt: str | None = None,
    errors: list[ErrorRecord] | None = None,
    name: str | None = None,
) -> Report:
    """Read a corpus file (timed as ``load_seconds``) and :func:`evaluate` it."""
    t0 = time.perf_counter()
    corpus = read_corpus(path, fmt)
    load = time.perf_counter() - t0
    rep = evaluate(corpus, analyse, errors=errors, name=name if name is not None else Path(path).name)
    rep.load_seconds += load
    return rep


def load_analyser(spec: str) -> Analyse:
    """``module:attr`` -> an analyser. A class is instantiated and its ``parse`` method used."""
    mod_name, _, attr = spec.partition(":")
    obj = getattr(importlib.import_module(mod_name), attr or "Pipeline")
    if isinstance(obj, type):
        obj = obj()
    fn = getattr(obj, "parse", obj)
    if not callable(fn):
        raise TypeError(f"{spec} is not callable and has no parse()")
    return fn  # type: ignore[no-any-return]
