"""Train the learned event-site model (mapper/events/site_model.py) on the event corpus's TRAIN split.

    python training/events/train_sites.py            # 5-fold CV on train, writes mapper/data/site_model.json
    python training/events/train_sites.py --cv-only  # the report only
    python training/events/train_sites.py --test     # also the test-split figures, rules vs model (once)
    python training/events/train_sites.py --fixed --l2 1e-3 --rule-bonus 0.5 --site-bonus 0.5
        # file-fold CV of given settings only, rules vs model (a minute: for trying features)

Every place mention the pipeline recognises in a train item is an example: its features are
``site_model.mention_features`` (the rule roles and which rule decided, clauses, words around it,
...), its label the role of the gold mention it overlaps (``context`` when it overlaps none: a false
place is never a site). The model is a multinomial logistic regression fitted by full-batch Adam
from zero weights, so the same data always gives the same weights. Everything is chosen by 5-fold
cross-validation on train with FILE folds: whole corpus files (the id prefix: "w10-003" is in
wire10.jsonl) are held out together, dealt largest first to the lightest fold. Each file was written
in one round for one class of phrasing, so a held-out file is closer to unseen text than held-out
items of files the model trained on. Each fold is coded by the model trained on the other four, and

1. the L2 strength is the one with the best held-out mention role accuracy (ties: the stronger);
2. the phantom weight (the weight of the examples where an event would be a phantom: mentions in
   items whose gold has no event, and names the gold lists in ``not_event_sites``) and the three
   decision offsets (``rule_bonus``, ``site_bonus``, ``keep_bonus``: see SiteModel) are chosen by the
   held-out event figure, site F1 minus phantom rate (bench/bench_events.py's figures): of the
   settings within NOISE of the best, the one nearest the rules (``choose``).

Mentions the model does not read (datelines, and mentions in sentences with no trigger: see
``site_model.mention_features``) keep the rules' role and are no training examples.

The same settings are then also cross-validated with the ITEM folds of earlier rounds (items split
by a hash of the id), and both tables are printed with each fold's site F1 and phantom rate (the
spread of the folds is the noise a difference has to clear).

The rules' own figures are printed beside the model's (the rules were written looking at all of
train, so their "cross-validated" figure is an in-sample one: the bar is high).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the checkout's mapper, not an installed one

from mapper.atomic import atomic_write_text  # noqa: E402
from mapper.doc import Doc  # noqa: E402
from mapper.evaluation.events import (  # noqa: E402
    GoldItem,
    _fold,
    read_event_gold,
    score_event_gold,
    select_split,
)
from mapper.events.roles import Roles  # noqa: E402
from mapper.events.site_model import (  # noqa: E402
    CLASSES,
    SITE_MODEL,
    UNREAD,
    LearnedRoles,
    SiteModel,
    mention_features,
)
from mapper.model import Article  # noqa: E402
from mapper.pipeline import Pipeline  # noqa: E402

GOLD = ROOT / "training" / "events"
FOLDS = 5
MIN_FEATURE_COUNT = 2  # a feature seen once says nothing general
L2S = (3e-4, 1e-3, 3e-3, 1e-2)  # tried by cross-validation
L2 = 1e-3  # the default of train()
STEPS = 500
LEARNING_RATE = 0.05
# Decision offsets tried by cross-validation (see SiteModel).
RULE_BONUSES = (0.0, 0.5, 1.0, 2.0)
# Weight of the examples where an event would be a phantom (phantom_prone), tried by cross-validation:
# a phantom costs the figure more than one mention's accuracy says.
PHANTOM_WEIGHTS = (1.0, 2.0)  # 4 cost site F1 and saved no phantom (file folds, 2026-12-01)
SITE_BONUSES = (-0.5, 0.0, 0.5, 1.0)  # below 0: fewer sites, fewer phantoms
KEEP_BONUSES = (0.0, 1.0, 2.0, 3.0)  # added to a rule site that is its clause's only one (SiteModel)
# Held-out site F1 minus phantom rate within NOISE of the best is a tie (one event of train's ~3,000
# gold events moves site F1 by about 0.0003): see choose().
NOISE = 0.001
SHOWN = ("site precision", "site recall", "site F1", "event type", "fatalities exact", "phantom rate",
         "role accuracy")

Example = tuple[list[str], str]  # (features, gold role)


def fold_of(item_id: str) -> int:
    return int.from_bytes(hashlib.sha256(("sites:" + item_id).encode()).digest()[:8], "big") % FOLDS


def file_of(item_id: str) -> str:
    """The corpus file an item comes from: its id prefix ("w10-003" -> "w10")."""
    return item_id.split("-", 1)[0]


def item_folds(items: Sequence[GoldItem]) -> dict[str, int]:
    """Item folds: each item's fold by a hash of its id (an item's mentions stay together)."""
    return {item.id: fold_of(item.id) for item in items}


def file_folds(items: Sequence[GoldItem]) -> dict[str, int]:
    """File folds: whole corpus files per fold, so that a held-out fold is phrasing written in other
    rounds (each file was written in one round for one class, and the rules were tuned on all of
    train: leaving files out is closer to meeting new text than leaving items out). The files are
    dealt largest first to the fold with the fewest items so far (ties: the lower fold), which
    balances the folds and depends only on the ids."""
    sizes = Counter(file_of(item.id) for item in items)
    load = [0] * FOLDS
    fold: dict[str, int] = {}
    for name, n in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0])):
        k = min(range(FOLDS), key=lambda j: (load[j], j))
        fold[name] = k
        load[k] += n
    return {item.id: fold[file_of(item.id)] for item in items}


def _label(m, item: GoldItem) -> str:  # type: ignore[no-untyped-def]
    over = [(min(m.end, g.end) - max(m.start, g.start), g.role) for g in item.mentions
            if g.start < m.end and m.start < g.end]
    return max(over)[1] if over else "context"


def prepare(pipeline: Pipeline, items: Sequence[GoldItem]) -> tuple[dict[str, Doc], dict[str, list[Example]]]:
    """Per item id, its document up to the clauses (the roles and what follows them are run again
    for each model), and its mentions' features and gold roles."""
    before = pipeline.without("roles", "discourse", "events")
    rules = Roles(pipeline.config)
    docs: dict[str, Doc] = {}
    out: dict[str, list[Example]] = {}
    for item in items:
        doc = before.parse(Article(id=item.id, text=item.text, published=item.published))
        docs[item.id] = doc
        ruled = _fresh(doc)
        rules(ruled)
        feats = mention_features(ruled, ruled.roles or [])
        out[item.id] = [(f, _label(m, item)) for m, f in zip(doc.mentions, feats, strict=True)]
    return docs, out


def examples(pipeline: Pipeline, items: Sequence[GoldItem]) -> dict[str, list[Example]]:
    """Per item id, its mentions' features and gold roles."""
    return prepare(pipeline, items)[1]


def _fresh(doc: Doc) -> Doc:
    """A copy of a cached document without the layers of the roles component and after it."""
    return dataclasses.replace(doc, roles=None, events=[], user=dict(doc.user))


def train(rows: Sequence[Example], *, steps: int = STEPS, l2: float = L2,
          sample_weights: Sequence[float] | None = None,
          classes: Sequence[str] = CLASSES) -> dict[str, list[float]]:
    """Softmax regression weights (feature -> a weight per role of CLASSES), deterministic. The
    binary feature matrix is kept sparse (row of each active feature, its column): a dense one made
    cross-validation take an hour on a loaded machine. X @ W and X.T @ G are segment sums
    (np.add.reduceat over the pairs sorted by row, then by column), all classes at once.
    ``sample_weights`` (default 1) weigh each row's loss; the mean is over their sum. ``classes``:
    the labels, in the order of each feature's weights (the event filter trains two)."""
    if sample_weights is not None:
        sample_weights = [w for w, (feats, _) in zip(sample_weights, rows, strict=True) if feats[0] != UNREAD]
    rows = [r for r in rows if r[0][0] != UNREAD]  # the rules' role stands there (mention_features)
    counts = Counter(f for feats, _ in rows for f in set(feats))
    vocab = sorted(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT or f == "bias")
    col = {f: i for i, f in enumerate(vocab)}
    pairs = sorted({(i, col[f]) for i, (feats, _) in enumerate(rows) for f in feats if f in col})
    r = np.array([i for i, _ in pairs], dtype=np.int64)
    c = np.array([j for _, j in pairs], dtype=np.int64)
    by_col = np.argsort(c, kind="stable")
    r_starts = np.flatnonzero(np.r_[True, r[1:] != r[:-1]])  # every row has "bias": none is empty
    c_sorted = c[by_col]
    r_by_col = r[by_col]
    c_starts = np.flatnonzero(np.r_[True, c_sorted[1:] != c_sorted[:-1]])  # every column is used
    present = r[r_starts]
    cols = c_sorted[c_starts]
    Y = np.zeros((len(rows), len(classes)))
    for i, (_, label) in enumerate(rows):
        Y[i, classes.index(label)] = 1.0
    w = np.ones(len(rows)) if sample_weights is None else np.asarray(sample_weights, dtype=float)
    total = max(float(w.sum()), 1e-12)
    W = np.zeros((len(vocab), len(classes)))
    m = np.zeros_like(W)
    v = np.zeros_like(W)
    s = np.zeros((len(rows), len(classes)))
    g = np.zeros_like(W)
    for t in range(1, steps + 1):
        # (np.take: fancy indexing is several times slower on a gather this size)
        s[present] = np.add.reduceat(np.take(W, c, axis=0), r_starts, axis=0)  # X @ W
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(axis=1, keepdims=True)
        d = (p - Y) * w[:, None]
        g[cols] = np.add.reduceat(np.take(d, r_by_col, axis=0), c_starts, axis=0)  # X.T @ (w (p - Y))
        grad = g / total + l2 * W
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        W -= LEARNING_RATE * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return {f: [round(float(x), 4) for x in W[col[f]]] for f in vocab if np.abs(W[col[f]]).max() > 1e-4}


def save(model: SiteModel, path: str | Path, trained_on: dict[str, object]) -> None:
    data = {"classes": list(CLASSES), "trained_on": trained_on, "rule_bonus": model.rule_bonus,
            "site_bonus": model.site_bonus, "keep_bonus": model.keep_bonus,
            "note": "written by training/events/train_sites.py; do not edit by hand",
            "weights": model.weights}
    atomic_write_text(path, json.dumps(data, indent=0, sort_keys=True) + "\n")


def _rule_of(feats: list[str]) -> str:
    return next(f for f in feats if f.startswith("rule=")).split("=", 1)[1]


def role_accuracy(rows: Sequence[Example], model: SiteModel | None) -> float:
    """Share of examples whose predicted role (the model's, or the rules' when ``model`` is None)
    is the gold one."""
    ok = 0
    for feats, label in rows:
        rule = _rule_of(feats)
        ok += (model.predict(feats, rule) if model is not None else rule) == label
    return ok / max(len(rows), 1)


def _coder(pipeline: Pipeline, docs: dict[str, Doc],
           roles_of: Callable[[str], object]) -> Callable[[Article], Doc]:
    """A parse function over the cached documents: the roles component ``roles_of(item id)``, then
    the components after it."""
    after = [c for c in pipeline.components if c.name in ("discourse", "events")]

    def parse(article: Article) -> Doc:
        doc = _fresh(docs[article.id])
        roles_of(article.id)(doc)  # type: ignore[operator]
        for c in after:
            c(doc)
        return doc
    return parse


def _figures(report) -> dict[str, float | None]:  # type: ignore[no-untyped-def]
    figures = report.figures("all")
    return {k: figures.get(k) for k in SHOWN}


def _print_table(title: str, columns: dict[str, dict[str, float | None]]) -> None:
    print(title)
    print(f"  {'':20}" + "".join(f"{name:>12}" for name in columns))
    for k in SHOWN + ("mention role acc.",):
        cells = [columns[name].get(k) for name in columns]
        print(f"  {k:20}" + "".join(f"{'-' if c is None else f'{c:.3f}':>12}" for c in cells))


def _print_folds(items: Sequence[GoldItem], folds: dict[str, int],
                 parses: dict[str, Callable[[Article], Doc]]) -> None:
    """Site F1 and phantom rate of each fold apart: a gap smaller than the folds' spread is noise."""
    print("  per fold (site F1 / phantom rate):")
    for name, parse in parses.items():
        cells = []
        for k in range(FOLDS):
            f = score_event_gold([i for i in items if folds[i.id] == k], parse).figures("all")
            cells.append(f"{f['site F1'] or 0.0:.3f}/{f['phantom rate'] or 0.0:.3f}")
        print(f"  {name:8}" + "".join(f"{c:>14}" for c in cells))


def phantom_prone(docs: dict[str, Doc], items: Sequence[GoldItem]) -> dict[str, list[bool]]:
    """Per item id, per mention: would an event there be a phantom? True in an item whose gold has no
    event, and for a name the gold lists in ``not_event_sites`` (bench_events' two kinds of phantom)."""
    out: dict[str, list[bool]] = {}
    for item in items:
        forbidden = {_fold(n) for n in item.not_event_sites}
        out[item.id] = [not item.events or _fold(m.text) in forbidden for m in docs[item.id].mentions]
    return out


def _fold_models(train_items: Sequence[GoldItem], ex: dict[str, list[Example]], folds: dict[str, int],
                 l2: float, prone: dict[str, list[bool]],
                 phantom_weight: float) -> list[dict[str, list[float]]]:
    """The model of each fold, trained on the other folds' items."""
    models = []
    for k in range(FOLDS):
        kept = [item for item in train_items if folds[item.id] != k]
        rows = [r for item in kept for r in ex[item.id]]
        weights = [phantom_weight if p else 1.0 for item in kept for p in prone[item.id]]
        models.append(train(rows, l2=l2, sample_weights=weights))
    return models


def _held_out_accuracy(train_items: Sequence[GoldItem], ex: dict[str, list[Example]], folds: dict[str, int],
                       models: Sequence[dict[str, list[float]]], rule_bonus: float = 0.0,
                       site_bonus: float = 0.0, keep_bonus: float = 0.0) -> float:
    n = sum(len(ex[item.id]) for item in train_items)
    return sum(role_accuracy(ex[item.id], SiteModel(models[folds[item.id]], rule_bonus, site_bonus,
                                                    keep_bonus))
               * len(ex[item.id]) for item in train_items) / max(n, 1)


def _held_out_parse(pipeline: Pipeline, docs: dict[str, Doc], folds: dict[str, int],
                    models: Sequence[dict[str, list[float]]], rule_bonus: float,
                    site_bonus: float, keep_bonus: float = 0.0) -> Callable[[Article], Doc]:
    comps = [LearnedRoles(pipeline.config, SiteModel(w, rule_bonus, site_bonus, keep_bonus)) for w in models]
    return _coder(pipeline, docs, lambda i: comps[folds[i]])


def cross_validate(pipeline: Pipeline, train_items: Sequence[GoldItem], docs: dict[str, Doc],
                   ex: dict[str, list[Example]], *,
                   quick: bool = False) -> tuple[float, float, float, float, float]:
    """Choose the L2 strength, the phantom weight and the decision offsets by cross-validation on
    train with FILE folds (module docstring); print the rules against the model on file folds and on
    item folds. Returns (l2, phantom_weight, rule_bonus, site_bonus, keep_bonus)."""
    by_file, by_item = file_folds(train_items), item_folds(train_items)
    prone = phantom_prone(docs, train_items)
    rows = [r for item in train_items for r in ex[item.id]]
    print(f"  file folds: {[sum(1 for i in train_items if by_file[i.id] == k) for k in range(FOLDS)]} items")
    best_l2: tuple[float, float, list[dict[str, list[float]]]] | None = None
    for l2 in L2S:
        models = _fold_models(train_items, ex, by_file, l2, prone, 1.0)
        acc = _held_out_accuracy(train_items, ex, by_file, models)
        print(f"  L2 {l2:g}: held-out (file folds) mention role accuracy {acc:.4f} "
              "(phantom weight 1, offsets 0)")
        if best_l2 is None or acc > best_l2[1] + 1e-9 or (abs(acc - best_l2[1]) <= 1e-9 and l2 > best_l2[0]):
            best_l2 = (l2, acc, models)
    assert best_l2 is not None
    l2, _, models_1 = best_l2
    if quick:
        return l2, 1.0, 0.0, 0.0, 0.0
    rules = Roles(pipeline.config)
    rules_parse = _coder(pipeline, docs, lambda _id: rules)
    rules_report = score_event_gold(train_items, rules_parse)
    rf = rules_report.figures("all")
    print(f"  rules: site F1 {rf['site F1']:.3f}, phantom rate {rf['phantom rate']:.3f}")
    tried: list[tuple[float, float, float, float, float, list[dict[str, list[float]]], object]] = []
    for phantom_weight in PHANTOM_WEIGHTS:
        models = models_1 if phantom_weight == 1.0 else \
            _fold_models(train_items, ex, by_file, l2, prone, phantom_weight)
        for rule_bonus in RULE_BONUSES:
            for site_bonus in SITE_BONUSES:
                for keep_bonus in KEEP_BONUSES:
                    report = score_event_gold(train_items, _held_out_parse(
                        pipeline, docs, by_file, models, rule_bonus, site_bonus, keep_bonus))
                    figures = report.figures("all")
                    key = (figures["site F1"] or 0.0) - (figures["phantom rate"] or 0.0)
                    print(f"  phantom weight {phantom_weight:g}, rule_bonus {rule_bonus}, "
                          f"site_bonus {site_bonus}, keep_bonus {keep_bonus}: "
                          f"site F1 {figures['site F1']:.4f}, phantom rate {figures['phantom rate']:.4f}")
                    tried.append((key, phantom_weight, rule_bonus, site_bonus, keep_bonus, models, report))
    _, phantom_weight, rule_bonus, site_bonus, keep_bonus, models, file_report = choose(tried)
    chosen = (f"L2 {l2:g}, phantom weight {phantom_weight:g}, rule_bonus {rule_bonus}, "
              f"site_bonus {site_bonus}, keep_bonus {keep_bonus}")
    item_models = _fold_models(train_items, ex, by_item, l2, prone, phantom_weight)
    rules_acc = role_accuracy(rows, None)
    for name, folds, fmodels, report in (
            ("FILE folds (whole corpus files held out: the figure that chose the settings)", by_file, models,
             file_report),
            ("ITEM folds (items held out by a hash of the id)", by_item, item_models, None)):
        parse = _held_out_parse(pipeline, docs, folds, fmodels, rule_bonus, site_bonus, keep_bonus)
        if report is None:
            report = score_event_gold(train_items, parse)
        _print_folds(train_items, folds, {"rules": rules_parse, "model": parse})
        _print_table(f"{FOLDS}-fold cross-validation on the train split, {name}; {chosen}:",
                     {"rules": _figures(rules_report) | {"mention role acc.": rules_acc},
                      "model": _figures(report) | {"mention role acc.": _held_out_accuracy(
                          train_items, ex, folds, fmodels, rule_bonus, site_bonus, keep_bonus)}})
    return l2, phantom_weight, rule_bonus, site_bonus, keep_bonus


def choose(tried: Sequence[tuple]) -> tuple:  # type: ignore[type-arg]
    """Of the settings tried (key, phantom weight, rule_bonus, site_bonus, keep_bonus, ...), the one
    closest to the rules among those whose key is within NOISE of the best: the largest rule_bonus,
    then the largest keep_bonus, then the smallest |site_bonus|, then phantom weight 1, then the best
    key. A difference of a few events in train's 3,000 cannot choose a model that overrules the rules
    more often (every fold's spread is wider); the rules' grammar is the safer default."""
    best = max(t[0] for t in tried)
    near = [t for t in tried if t[0] >= best - NOISE]
    return min(near, key=lambda t: (-t[2], -t[4], abs(t[3]), t[1], -t[0]))


def fixed_cv(pipeline: Pipeline, train_items: Sequence[GoldItem], docs: dict[str, Doc],
             ex: dict[str, list[Example]], l2: float, phantom_weight: float, rule_bonus: float,
             site_bonus: float, keep_bonus: float = 0.0) -> None:
    """File-fold cross-validation of one setting, rules against model (site P/R/F1, phantom rate,
    per fold): the quick check of a feature change, with no search."""
    by_file = file_folds(train_items)
    prone = phantom_prone(docs, train_items)
    models = _fold_models(train_items, ex, by_file, l2, prone, phantom_weight)
    rules = Roles(pipeline.config)
    rules_parse = _coder(pipeline, docs, lambda _id: rules)
    parse = _held_out_parse(pipeline, docs, by_file, models, rule_bonus, site_bonus, keep_bonus)
    rows = [r for item in train_items for r in ex[item.id]]
    _print_folds(train_items, by_file, {"rules": rules_parse, "model": parse})
    _print_table(f"{FOLDS}-fold cross-validation on the train split, FILE folds; L2 {l2:g}, phantom weight "
                 f"{phantom_weight:g}, rule_bonus {rule_bonus}, site_bonus {site_bonus}, "
                 f"keep_bonus {keep_bonus}:",
                 {"rules": _figures(score_event_gold(train_items, rules_parse))
                  | {"mention role acc.": role_accuracy(rows, None)},
                  "model": _figures(score_event_gold(train_items, parse))
                  | {"mention role acc.": _held_out_accuracy(train_items, ex, by_file, models, rule_bonus,
                                                             site_bonus, keep_bonus)}})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=str(GOLD), help="event gold JSONL file or directory")
    ap.add_argument("--out", default=str(SITE_MODEL), help="where to write the weights")
    ap.add_argument("--cv-only", action="store_true", help="report cross-validation, write nothing")
    ap.add_argument("--no-cv", action="store_true", help="skip cross-validation (the shipped L2 and offsets)")
    ap.add_argument("--quick", action="store_true",
                    help="only the held-out mention role accuracy per L2 (for trying features)")
    ap.add_argument("--test", action="store_true",
                    help="also score the test split (report it once; never tune on it)")
    ap.add_argument("--fixed", action="store_true",
                    help="only the file-fold CV of the settings given below (no search, writes nothing)")
    ap.add_argument("--l2", type=float, default=L2, help="with --fixed (default %(default)g)")
    ap.add_argument("--phantom-weight", type=float, default=1.0, help="with --fixed")
    ap.add_argument("--rule-bonus", type=float, default=0.0, help="with --fixed")
    ap.add_argument("--site-bonus", type=float, default=0.0, help="with --fixed")
    ap.add_argument("--keep-bonus", type=float, default=0.0, help="with --fixed")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    items = read_event_gold(args.gold)
    train_items = select_split(items, "train")
    pipeline = Pipeline(roles="rules", event_filter=None)
    docs, ex = prepare(pipeline, train_items)
    rows = [r for item in train_items for r in ex[item.id]]
    print(f"{len(train_items)} train items, {len(rows)} mention examples "
          f"({', '.join(f'{k} {n}' for k, n in sorted(Counter(label for _, label in rows).items()))})")
    if args.fixed:
        fixed_cv(pipeline, train_items, docs, ex, args.l2, args.phantom_weight, args.rule_bonus,
                 args.site_bonus, args.keep_bonus)
        print(f"{time.perf_counter() - t0:.0f} s")
        return 0
    if not args.no_cv:
        l2, phantom_weight, rule_bonus, site_bonus, keep_bonus = cross_validate(
            pipeline, train_items, docs, ex, quick=args.quick)
        if args.quick:
            return 0
    else:
        shipped = json.loads(Path(SITE_MODEL).read_text(encoding="utf-8"))
        l2 = float(shipped.get("trained_on", {}).get("l2", L2))
        phantom_weight = float(shipped.get("trained_on", {}).get("phantom_weight", 1.0))
        rule_bonus, site_bonus = float(shipped["rule_bonus"]), float(shipped["site_bonus"])
        keep_bonus = float(shipped.get("keep_bonus", 0.0))
    prone = phantom_prone(docs, train_items)
    weights = [phantom_weight if p else 1.0 for item in train_items for p in prone[item.id]]
    model = SiteModel(train(rows, l2=l2, sample_weights=weights), rule_bonus, site_bonus, keep_bonus)
    if args.test:
        test_items = select_split(items, "test")
        test_docs, test_ex = prepare(pipeline, test_items)
        test_rows = [r for rs in test_ex.values() for r in rs]
        rules, learned = Roles(pipeline.config), LearnedRoles(pipeline.config, model)
        _print_table(f"test split ({len(test_items)} items), model trained on all train items:",
                     {"rules": _figures(score_event_gold(test_items,
                                                         _coder(pipeline, test_docs, lambda _i: rules)))
                      | {"mention role acc.": role_accuracy(test_rows, None)},
                      "model": _figures(score_event_gold(test_items,
                                                         _coder(pipeline, test_docs, lambda _i: learned)))
                      | {"mention role acc.": role_accuracy(test_rows, model)}})
    if not args.cv_only:
        save(model, args.out, {"items": len(train_items), "mentions": len(rows), "l2": l2,
                                      "phantom_weight": phantom_weight})
        print(f"wrote {args.out}: {len(model.weights)} features")
    print(f"{time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
