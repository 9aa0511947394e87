"""Train the learned event filter (mapper/events/event_filter.py) on the event corpus's TRAIN split.

    python training/events/train_event_filter.py            # file-fold CV on train, writes
                                                            # mapper/data/event_filter.json
    python training/events/train_event_filter.py --cv-only  # the report only
    python training/events/train_event_filter.py --test --cv-only   # also the test split, with and
                                                            # without the filter (report it once)
    python training/events/train_event_filter.py --cv-only --cache /tmp/docs.pkl --setting 0.003,1 \
        --without lead=,aux= --decisions /tmp/errors.jsonl  # trying features: one L2/weight pair, some
                                                            # feature prefixes left out, the held-out
                                                            # false drops / false keeps (TRAIN only)

Examples: every event the pipeline codes in a train item. Its label is "real" when it matches a gold
event (bench_events' matching: one to one within 25 km), "phantom" when it is one of bench_events'
phantoms (an event in an item whose gold has none, or an unmatched event placed at a name the gold
lists in ``not_event_sites``); the other unmatched events (a real act placed at the wrong place,
"spurious") are no examples: the filter asks whether an act happened, not where.

The events are coded as unseen text would be: the learned site model (train_sites.py) of each FILE
fold is trained on the other four folds with the shipped settings, and codes the held-out fold's items
(the shipped model, trained on all of train, codes train with fewer phantoms than it codes new text).
The filter's features are ``event_filter.event_features``; the model is a binary logistic regression
(train_sites.train with two classes: full-batch Adam from zero, deterministic).

Cross-validation on train with the same FILE folds (whole corpus files held out together): for each
L2 strength and threshold, each fold's events are filtered by the filter trained on the other folds,
and the bench figures (site P/R/F1, phantom rate) are computed with and without the filter. The
setting chosen (L2, the weight of a phantom example, the threshold) is the best held-out site F1
minus PHANTOM_COST times the phantom rate; of the settings within NOISE of the best, the lowest
threshold (the one that drops least), then the lower phantom weight (the report also shows what keys
that weigh the phantom rate 1 or 3 times would choose, and the key fold by fold). The report says whether
the filter lowers the phantom rate without lowering site F1. A setting (and a family's threshold) is
chosen only if the filter trained on all of train keeps every event the coder makes of SPEC_EXAMPLES,
the specification's own phrasings (the report lists what each skipped candidate drops). Then each
family other than violence (demonstrations, strategic developments, political events; the model reads
them all, it is trained on every event) gets its own threshold, tried in turn on the same held-out
probabilities: a family is judged only when a threshold beats leaving it untouched by more than NOISE
(``other_families``; saved as "others"). The pipeline's default
(mapper/pipeline.py EVENT_FILTER_DEFAULT) follows that, by hand.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import pickle
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the checkout's mapper, not an installed one
sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_sites import (  # noqa: E402
    FOLDS,
    _fold_models,
    _held_out_parse,
    file_folds,
    phantom_prone,
    prepare,
    train,
)

from mapper.atomic import atomic_write_text  # noqa: E402
from mapper.doc import Doc  # noqa: E402
from mapper.evaluation.events import (  # noqa: E402
    GoldItem,
    _fold,
    match_events,
    predicted_event,
    read_event_gold,
    score_event_gold,
    select_split,
)
from mapper.events.event_filter import (  # noqa: E402
    CLASSES,
    EVENT_FILTER,
    FilterModel,
    document_features,
    filter_events,
)
from mapper.events.site_model import SITE_MODEL  # noqa: E402
from mapper.model import Article  # noqa: E402
from mapper.pipeline import Pipeline  # noqa: E402

GOLD = ROOT / "training" / "events"
L2S = (1e-3, 3e-3, 1e-2)
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
# Weight of a phantom example (train has about 35 real events to one phantom), tried by CV.
PHANTOM_WEIGHTS = (1.0, 3.0)
# Families of events the filter may also judge, each with its own threshold (acts of violence first).
# Never political events (talks, meetings, statements): at the threshold CV chose for them (session 20's
# merge) the filter dropped "Negotiators met in Geneva" and "held talks with officials in Juba", the
# specification's own events, for a CV gain of 0.0025.
OTHER_FAMILIES = ("demonstration", "strategic")
# The CV key is site F1 - PHANTOM_COST x phantom rate. Two, not one (train_sites' key), since session
# 22, decided before the round's blind sets were read with it: the rules were tuned on the very train
# documents the filter's CV codes, so train holds fewer phantoms than fresh text (session 21: train
# phantom rate 0.015, test 0.065, blind ordinary news 0.36) and a key of 1 undervalues strictness
# (session 21's retrain took a laxer filter, on a CV tie, that read worse on the test split).
PHANTOM_COST = 2.0
# Costs of the phantom rate against site F1 whose choices the CV report also shows.
ALTERNATIVE_PHANTOM_COSTS = (1.0, 3.0)
NOISE = 0.001  # as train_sites: a difference of about three events of train's ~3,000 is a tie
# The specification's own phrasings (issue 14's classes, one real act each, in one-line texts): a setting
# whose filter, trained on all of train, drops an event the coder makes of any of them is not chosen, and
# no other family is judged at a threshold that drops one (session 22's merge retrain, at the setting its
# CV key chose, dropped "A village 25 km west of Nyala was attacked", "Mosul death toll rises" and "Heavy
# losses among Russian troops in Kursk region"). The report lists what each candidate drops.
SPEC_EXAMPLES = (
    "Airstrikes target Idlib", "Warplanes bomb Ariha", "Explosions rock Kharkiv", "Shelling hits Kherson",
    "Army recaptures Palmyra", "Rebels take over Goma", "ISIS executes two men in Mayadin",
    "Aleppo bombardment kills 7", "Saraqib clashes leave 4 dead", "Daraa fighting causes more deaths",
    "Nikopol shelled, three dead", "Marhanets: 3 dead in shelling", "Two dead in Kobani",
    "Casualties in Deir ez-Zor", "Heavy losses among Russian troops in Kursk region, Kyiv says",
    "Mosul death toll rises", "Shelling was reported in Huliaipole",
    "Clashes erupted in El Geneina on Monday.", "Russian forces attacked Avdiivka on Tuesday.",
    "Rebels seized Kidal on Sunday.", "Israeli strikes hit Nuseirat refugee camp on Friday.",
    "A village 25 km west of Nyala was attacked by the RSF on Sunday.",
    "Russian shelling hit Nikopol, Marhanets and Pokrov on Tuesday, the governor said.",
)
SPEC_PUBLISHED = "2025-06-10"
SHOWN = ("site precision", "site recall", "site F1", "phantom rate", "event type", "fatalities exact")

Example = tuple[list[str], str]


def label_events(item: GoldItem, doc: Doc) -> list[str]:
    """Per event of ``doc``: "real" (matches a gold event), "phantom" (bench_events' phantom) or
    "spurious" (unmatched, no phantom)."""
    pred = [predicted_event(e) for e in doc.events]
    matched = {pi for _, pi, _ in match_events(item.events, pred)}
    forbidden = {_fold(n) for n in item.not_event_sites}
    out = []
    for pi, p in enumerate(pred):
        if pi in matched:
            out.append("real")
        elif not item.events or any(_fold(n) in forbidden for n in p.names):
            out.append("phantom")
        else:
            out.append("spurious")
    return out


def coded_held_out(items: Sequence[GoldItem], folds: dict[str, int]) -> dict[str, Doc]:
    """Each train item's document, its events coded with the site model of the file fold that did not
    see it (the shipped settings)."""
    shipped = json.loads(Path(SITE_MODEL).read_text(encoding="utf-8"))
    trained = shipped.get("trained_on", {})
    l2, phantom_weight = float(trained.get("l2", 1e-3)), float(trained.get("phantom_weight", 1.0))
    pipeline = Pipeline(roles="rules", event_filter=None)
    docs, ex = prepare(pipeline, items)
    models = _fold_models(items, ex, folds, l2, phantom_prone(docs, items), phantom_weight)
    parse = _held_out_parse(pipeline, docs, folds, models, float(shipped["rule_bonus"]),
                            float(shipped["site_bonus"]), float(shipped.get("keep_bonus", 0.0)))
    return {item.id: parse(Article(id=item.id, text=item.text, published=item.published)) for item in items}


def coded(items: Sequence[GoldItem], pipeline: Pipeline) -> dict[str, Doc]:
    return {item.id: pipeline.parse(Article(id=item.id, text=item.text, published=item.published))
            for item in items}


def _filtered(docs: dict[str, Doc], probs: dict[str, list[float]], threshold: float | None,
              others: dict[str, float] | None = None) -> Callable[[Article], Doc]:
    """The documents with the events the filter drops left out: acts of violence below ``threshold``,
    events of a family of ``others`` below its threshold (None: no filter)."""
    if threshold is None:
        return lambda article: docs[article.id]
    model = FilterModel({}, threshold, others or {})

    def parse(article: Article) -> Doc:
        doc = docs[article.id]
        keep = []
        for e, p in zip(doc.events, probs[article.id], strict=True):
            t = model.threshold_of(e)
            if t is None or p >= t:
                keep.append(e)
        return dataclasses.replace(doc, events=keep)
    return parse


def _figures(items: Sequence[GoldItem], parse: Callable[[Article], Doc]) -> dict[str, float]:
    f = score_event_gold(items, parse).figures("all")
    return {k: f.get(k) or 0.0 for k in SHOWN}


Features = dict[str, list[list[str]]]


def _rows(ids: Sequence[str], feats: Features, labels: dict[str, list[str]]) -> list[Example]:
    return [(f, lab) for i in ids for f, lab in zip(feats[i], labels[i], strict=True) if lab in CLASSES]


# The blind files (``mixed22``... ids "b22-", ``ordinary22``... ids "bn22-"): written by writers who never
# read the code, the text most like the unseen reporting the held-out figures score. The CV report gives the
# key on their items alone beside the whole.
BLIND_PREFIX = "b"


def is_blind(item_id: str) -> bool:
    return item_id.startswith(BLIND_PREFIX)


# The weight of a blind item's examples in training (a multiplier of the phantom weight); --blind-weight.
BLIND_WEIGHT = 1.0


def fit(rows: Sequence[Example], l2: float, phantom_weight: float, blind: Sequence[bool] | None = None,
        blind_weight: float = BLIND_WEIGHT) -> dict[str, list[float]]:
    """``blind`` (per row: from a blind file) weighs those rows ``blind_weight`` times more."""
    weights = [phantom_weight if lab == "phantom" else 1.0 for _, lab in rows]
    if blind is not None:
        weights = [w * (blind_weight if b else 1.0) for w, b in zip(weights, blind, strict=True)]
    return train(rows, l2=l2, classes=CLASSES, sample_weights=weights)


def _blind_rows(ids: Sequence[str], labels: dict[str, list[str]]) -> list[bool]:
    """Per row of ``_rows(ids, ...)``: whether it comes from a blind file."""
    return [is_blind(i) for i in ids for lab in labels[i] if lab in CLASSES]


def held_out_probabilities(items: Sequence[GoldItem], folds: dict[str, int], feats: Features,
                           labels: dict[str, list[str]], l2: float, phantom_weight: float,
                           blind_weight: float = BLIND_WEIGHT) -> dict[str, list[float]]:
    """Each train event's P(real) by the filter trained on the other file folds."""
    out: dict[str, list[float]] = {}
    for k in range(FOLDS):
        ids = [i.id for i in items if folds[i.id] != k]
        model = FilterModel(fit(_rows(ids, feats, labels), l2, phantom_weight, _blind_rows(ids, labels),
                                  blind_weight))
        for item in items:
            if folds[item.id] == k:
                out[item.id] = [model.probability(f) for f in feats[item.id]]
    return out


def write_decisions(path: str, items: Sequence[GoldItem], folds: dict[str, int], docs: dict[str, Doc],
                    labels: dict[str, list[str]], probs: dict[str, list[float]], model: FilterModel) -> None:
    """The held-out decisions the filter gets wrong, one JSON line each: a real event dropped ("false
    drop") or a phantom kept ("false keep"), with the item's text, its fold and the event."""
    lines = []
    for item in items:
        for e, lab, p in zip(docs[item.id].events, labels[item.id], probs[item.id], strict=True):
            t = model.threshold_of(e)
            if t is None or lab not in CLASSES or (p >= t) == (lab == "real"):
                continue
            lines.append(json.dumps({
                "decision": "false drop" if lab == "real" else "false keep", "p": round(p, 3),
                "threshold": t, "fold": folds[item.id], "id": item.id, "type": e.sub_event_type,
                "place": e.location.name, "kind": e.location.kind, "fatalities": e.fatalities,
                "actor1": e.actor1.name if e.actor1 else None, "excerpt": e.excerpt,
                "text": item.text[:600]}, ensure_ascii=False))
    atomic_write_text(path, "\n".join(lines) + "\n")
    print(f"wrote {path}: {len(lines)} held-out errors")


def spec_docs() -> list[Doc]:
    """SPEC_EXAMPLES coded without the filter (the documents the spec check filters)."""
    pipeline = Pipeline(event_filter=None)
    return [pipeline.parse(Article(id=f"spec-{k}", text=t, published=SPEC_PUBLISHED))
            for k, t in enumerate(SPEC_EXAMPLES)]


def spec_drops(model: FilterModel, docs: Sequence[Doc]) -> list[str]:
    """The spec examples of which ``model`` drops a coded event."""
    return [d.text for d in docs if len(filter_events(d, model)) < len(d.events)]


def cross_validate(train_items: Sequence[GoldItem], folds: dict[str, int], docs: dict[str, Doc],
                   feats: Features, labels: dict[str, list[str]],
                   grid: tuple[Sequence[float], Sequence[float]] = (L2S, PHANTOM_WEIGHTS),
                   blind_weight: float = BLIND_WEIGHT) -> tuple[float, float, float, dict[str, float]]:
    """The file-fold CV report over the grid; returns the chosen (L2, phantom weight, threshold of acts
    of violence, thresholds of the other families judged)."""
    print(f"  {'':28}" + "".join(f"{k[:9]:>10}" for k in SHOWN))
    base = _figures(train_items, _filtered(docs, {}, None))
    print(_line("no filter", base))
    tried: list[tuple[float, float, float, float, dict[str, list[float]]]] = []
    seen: list[tuple[float, float, float, dict[str, float]]] = []  # (L2, weight, threshold, figures)
    for l2 in grid[0]:
        for weight in grid[1]:
            probs = held_out_probabilities(train_items, folds, feats, labels, l2, weight, blind_weight)
            for threshold in THRESHOLDS:
                f = _figures(train_items, _filtered(docs, probs, threshold))
                print(_line(f"L2 {l2:g}, weight {weight:g}, t {threshold}", f))
                tried.append((_key(f), l2, weight, threshold, probs))
                seen.append((l2, weight, threshold, f))
    best = max(t[0] for t in tried)
    # The candidates in turn: the ties within NOISE of the best (the lowest threshold first, then the
    # lower phantom weight), then the rest by key; the first whose filter keeps the spec examples wins.
    candidates = sorted((t for t in tried if t[0] >= best - NOISE), key=lambda t: (t[3], t[2], -t[0])) + \
        sorted((t for t in tried if t[0] < best - NOISE), key=lambda t: -t[0])
    all_ids = [i.id for i in train_items]
    rows, blind = _rows(all_ids, feats, labels), _blind_rows(all_ids, labels)
    examples = spec_docs()
    fitted: dict[tuple[float, float], dict[str, list[float]]] = {}
    for candidate in candidates:
        _, l2, weight, threshold, _ = candidate
        if (l2, weight) not in fitted:
            fitted[l2, weight] = fit(rows, l2, weight, blind, blind_weight)
        dropped = spec_drops(FilterModel(fitted[l2, weight], threshold, {}), examples)
        if not dropped:
            break
        print(f"  L2 {l2:g}, weight {weight:g}, t {threshold} (key {candidate[0]:.4f}) drops spec "
              "examples: " + "; ".join(dropped))
    else:
        candidate = candidates[0]
        print("  no setting keeps every spec example: the key's own choice")
    key, l2, weight, threshold, probs = candidate
    print(f"chosen (file-fold CV key site F1 - {PHANTOM_COST:g} x phantom rate, ties: the lowest "
          f"threshold; the spec examples kept): L2 {l2:g}, phantom weight {weight:g}, threshold "
          f"{threshold}: key {key:.4f} against {_key(base):.4f} unfiltered (best {best:.4f})")
    blind_items = [i for i in train_items if is_blind(i.id)]
    bf = _figures(blind_items, _filtered(docs, probs, threshold))
    print(f"  blind files only ({len(blind_items)} items): key {_key(bf):.4f} against "
          f"{_key(_figures(blind_items, _filtered(docs, {}, None))):.4f} unfiltered "
          f"(site F1 {bf['site F1']:.4f}, phantom rate {bf['phantom rate']:.4f})")
    # Other keys, reported (not used): recall weighed against phantoms differently.
    for a in ALTERNATIVE_PHANTOM_COSTS:
        al2, aw, at, af = max(seen, key=lambda t: (t[3]["site F1"] - a * t[3]["phantom rate"], -t[2]))
        print(f"  key site F1 - {a:g} x phantom rate would choose L2 {al2:g}, weight {aw:g}, t {at}: "
              f"site P/R/F1 {af['site precision']:.4f}/{af['site recall']:.4f}/{af['site F1']:.4f}, "
              f"phantom {af['phantom rate']:.4f}")
    chosen = fitted[l2, weight]
    others = other_families(train_items, docs, probs, threshold, key,
                            lambda o: spec_drops(FilterModel(chosen, threshold, o), examples))
    wf = _figures(train_items, _filtered(docs, probs, threshold, others))
    bf = _figures(blind_items, _filtered(docs, probs, threshold, others))
    print(f"  with the families' thresholds: key {_key(wf):.4f} whole, {_key(bf):.4f} blind files only")
    print("  per fold (site F1 / phantom rate), without -> with the filter:")
    for k in range(FOLDS):
        held = [i for i in train_items if folds[i.id] == k]
        a = _figures(held, _filtered(docs, {}, None))
        b = _figures(held, _filtered(docs, probs, threshold, others))
        print(f"  fold {k}: {a['site F1']:.4f}/{a['phantom rate']:.4f} -> "
              f"{b['site F1']:.4f}/{b['phantom rate']:.4f}  key {_key(b):.4f}  "
              f"({len(held)} items)")
    by_file: dict[str, list[GoldItem]] = {}
    for item in train_items:
        by_file.setdefault(item.id.split("-", 1)[0], []).append(item)
    print("  the no-event and blind files (held-out site F1 / phantom rate, without -> with):")
    for name in sorted(by_file):
        if name.startswith(("p", "bn", "b2")):
            a = _figures(by_file[name], _filtered(docs, {}, None))
            b = _figures(by_file[name], _filtered(docs, probs, threshold, others))
            print(f"    {name:6} {a['site F1']:.3f}/{a['phantom rate']:.3f} -> "
                  f"{b['site F1']:.3f}/{b['phantom rate']:.3f}  ({len(by_file[name])} items)")
    return l2, weight, threshold, others


def other_families(train_items: Sequence[GoldItem], docs: dict[str, Doc], probs: dict[str, list[float]],
                   threshold: float, key: float,
                   spec: Callable[[dict[str, float]], list[str]] | None = None) -> dict[str, float]:
    """The families other than violence the filter also judges, each with its own threshold: for each
    family in turn (the ones chosen before it kept), its threshold is tried on the held-out
    probabilities; a family is judged only when a threshold beats not judging it by more than NOISE
    (ties: the lowest threshold), and never at a threshold at which ``spec`` (the spec examples the
    filter with those thresholds drops) names one."""
    others: dict[str, float] = {}
    for family in OTHER_FAMILIES:
        tried = [(key, None)]
        for t in THRESHOLDS:
            f = _figures(train_items, _filtered(docs, probs, threshold, {**others, family: t}))
            dropped = spec({**others, family: t}) if spec is not None else []
            print(_line(f"  + {family} t {t}", f) + (f"  drops {len(dropped)} spec" if dropped else ""))
            if not dropped:
                tried.append((_key(f), t))
        best = max(k for k, _ in tried)
        k, t = next((k, t) for k, t in tried if k >= best - NOISE)
        if t is not None:
            others[family] = t
            key = k
        print(f"  {family}: {'not judged' if t is None else f'threshold {t}'} (key {k:.4f})")
    return others


def _key(f: dict[str, float]) -> float:
    return f["site F1"] - PHANTOM_COST * f["phantom rate"]


def _line(name: str, f: dict[str, float]) -> str:
    return f"  {name:28}" + "".join(f"{f[k]:>10.4f}" for k in SHOWN)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=str(GOLD), help="event gold JSONL file or directory")
    ap.add_argument("--out", default=str(EVENT_FILTER), help="where to write the weights")
    ap.add_argument("--cv-only", action="store_true", help="report cross-validation, write nothing")
    ap.add_argument("--in-sample", action="store_true",
                    help="code train with the shipped site model (trained on all of train), not per fold")
    ap.add_argument("--no-cv", action="store_true",
                    help="skip cross-validation: train with the --l2, --phantom-weight and --threshold given")
    ap.add_argument("--l2", type=float, default=3e-3, help="with --no-cv (default %(default)g)")
    ap.add_argument("--phantom-weight", type=float, default=3.0, help="with --no-cv (default %(default)g)")
    ap.add_argument("--threshold", type=float, default=0.7, help="with --no-cv (default %(default)g)")
    ap.add_argument("--cache", help="a pickle of the coded train documents, made when missing (for trying "
                    "features: delete it after changing the corpus or the coder)")
    ap.add_argument("--without", default="",
                    help="comma-separated feature prefixes left out (ablation: 'lead=,aux=' reads the CV "
                         "without those features)")
    ap.add_argument("--setting", help="CV of one L2,phantom-weight pair only ('0.003,1'), every threshold")
    ap.add_argument("--decisions", help="write the held-out (CV) false drops and false keeps of the chosen "
                                        "setting to this JSONL file (train items only), with their text")
    ap.add_argument("--test", action="store_true",
                    help="also score the test split with and without the filter (report it once)")
    ap.add_argument("--blind-weight", type=float, default=BLIND_WEIGHT,
                    help="weight of the blind files' examples in training (default %(default)g)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    items = read_event_gold(args.gold)
    train_items = select_split(items, "train")
    folds = file_folds(train_items)
    if args.cache and Path(args.cache).exists():
        with open(args.cache, "rb") as fh:
            docs = pickle.load(fh)  # noqa: S301 (the developer's own file, made below)
    else:
        docs = (coded(train_items, Pipeline(event_filter=None)) if args.in_sample
                else coded_held_out(train_items, folds))
        if args.cache:
            with open(args.cache, "wb") as fh:
                pickle.dump(docs, fh)
    feats = {i: document_features(d) for i, d in docs.items()}
    if args.without:
        left_out = tuple(p for p in args.without.split(",") if p)
        feats = {i: [[x for x in fs if not x.startswith(left_out)] for fs in ff] for i, ff in feats.items()}
    labels = {item.id: label_events(item, docs[item.id]) for item in train_items}
    counts = Counter(lab for ls in labels.values() for lab in ls)
    print(f"{len(train_items)} train items, {sum(counts.values())} events coded "
          f"({', '.join(f'{k} {n}' for k, n in sorted(counts.items()))}); "
          f"file folds {[sum(1 for i in train_items if folds[i.id] == k) for k in range(FOLDS)]} items "
          f"({time.perf_counter() - t0:.0f} s)")
    if args.no_cv:
        l2, weight, threshold, others = args.l2, args.phantom_weight, args.threshold, {}
    else:
        grid = ((float(args.setting.split(",")[0]),), (float(args.setting.split(",")[1]),)) if args.setting \
            else (L2S, PHANTOM_WEIGHTS)
        l2, weight, threshold, others = cross_validate(train_items, folds, docs, feats, labels, grid,
                                                       args.blind_weight)
        if args.decisions:
            probs = held_out_probabilities(train_items, folds, feats, labels, l2, weight, args.blind_weight)
            write_decisions(args.decisions, train_items, folds, docs, labels, probs,
                            FilterModel({}, threshold, others))
    all_ids = [i.id for i in train_items]
    rows = _rows(all_ids, feats, labels)
    model = FilterModel(fit(rows, l2, weight, _blind_rows(all_ids, labels), args.blind_weight), threshold,
                        others)
    if args.test:
        test_items = select_split(items, "test")
        test_docs = coded(test_items, Pipeline(event_filter=None))
        test_probs = {i: [model.probability(f) for f in document_features(d)] for i, d in test_docs.items()}
        print(f"test split ({len(test_items)} items), shipped site model, filter trained on all train:")
        print(f"  {'':28}" + "".join(f"{k[:9]:>10}" for k in SHOWN))
        print(_line("no filter", _figures(test_items, _filtered(test_docs, {}, None))))
        print(_line(f"filter, threshold {threshold}", _figures(test_items, _filtered(test_docs, test_probs,
                                                                                     threshold, others))))
    if not args.cv_only:
        data = {"classes": list(CLASSES), "threshold": threshold, "others": others,
                "trained_on": {"items": len(train_items), "events": len(rows), "l2": l2,
                               "phantom_weight": weight, "blind_weight": args.blind_weight},
                "note": "written by training/events/train_event_filter.py; do not edit by hand",
                "weights": model.weights}
        atomic_write_text(args.out, json.dumps(data, indent=0, sort_keys=True) + "\n")
        print(f"wrote {args.out}: {len(model.weights)} features")
    print(f"{time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
