"""Train the learned event-site model (mapper/events/site_model.py) on the event corpus's TRAIN split.

    python training/events/train_sites.py            # 5-fold CV on train, writes mapper/data/site_model.json
    python training/events/train_sites.py --cv-only  # the report only
    python training/events/train_sites.py --test     # also the test-split figures, rules vs model (once)

Every place mention the pipeline recognises in a train item is an example: its features are
``site_model.mention_features`` (the rule roles and which rule decided, clauses, words around it,
...), its label the role of the gold mention it overlaps (``context`` when it overlaps none: a false
place is never a site). The model is a multinomial logistic regression fitted by full-batch Adam
from zero weights, so the same data always gives the same weights. Everything is chosen by
cross-validation on train: the train items are split into 5 folds by a hash of the id (by ITEM:
all mentions of an item are in one fold), each fold is coded by the model trained on the other four,
and

1. the L2 strength is the one with the best held-out mention role accuracy (ties: the stronger);
2. the two decision offsets (``rule_bonus``, ``site_bonus``) are the pair with the best held-out
   event figure, site F1 minus phantom rate (bench/bench_events.py's figures), ties to the smaller
   offsets.

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
from mapper.evaluation.events import GoldItem, read_event_gold, score_event_gold, select_split  # noqa: E402
from mapper.events.roles import Roles  # noqa: E402
from mapper.events.site_model import (  # noqa: E402
    CLASSES,
    SITE_MODEL,
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
SITE_BONUSES = (0.0, 0.5, 1.0, 1.5)
SHOWN = ("site precision", "site recall", "site F1", "event type", "fatalities exact", "phantom rate",
         "role accuracy")

Example = tuple[list[str], str]  # (features, gold role)


def fold_of(item_id: str) -> int:
    return int.from_bytes(hashlib.sha256(("sites:" + item_id).encode()).digest()[:8], "big") % FOLDS


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


def train(rows: Sequence[Example], *, steps: int = STEPS, l2: float = L2) -> dict[str, list[float]]:
    """Softmax regression weights (feature -> a weight per role of CLASSES), deterministic. The
    binary feature matrix is kept sparse (row of each active feature, its column): a dense one made
    cross-validation take an hour on a loaded machine."""
    counts = Counter(f for feats, _ in rows for f in set(feats))
    vocab = sorted(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT or f == "bias")
    col = {f: i for i, f in enumerate(vocab)}
    pairs = sorted({(i, col[f]) for i, (feats, _) in enumerate(rows) for f in feats if f in col})
    r = np.array([i for i, _ in pairs], dtype=np.int64)
    c = np.array([j for _, j in pairs], dtype=np.int64)
    Y = np.zeros((len(rows), len(CLASSES)))
    for i, (_, label) in enumerate(rows):
        Y[i, CLASSES.index(label)] = 1.0
    W = np.zeros((len(vocab), len(CLASSES)))
    m = np.zeros_like(W)
    v = np.zeros_like(W)
    n = max(len(rows), 1)
    for t in range(1, steps + 1):
        wc = W[c]
        s = np.stack([np.bincount(r, weights=wc[:, k], minlength=len(rows)) for k in range(len(CLASSES))],
                     axis=1)  # X @ W
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(axis=1, keepdims=True)
        d = (p - Y)[r]
        g = np.stack([np.bincount(c, weights=d[:, k], minlength=len(vocab)) for k in range(len(CLASSES))],
                     axis=1) / n + l2 * W  # X.T @ (p - Y) / n + l2 W
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        W -= LEARNING_RATE * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return {f: [round(float(x), 4) for x in W[col[f]]] for f in vocab if np.abs(W[col[f]]).max() > 1e-4}


def save(model: SiteModel, path: str | Path, trained_on: dict[str, object]) -> None:
    data = {"classes": list(CLASSES), "trained_on": trained_on, "rule_bonus": model.rule_bonus,
            "site_bonus": model.site_bonus,
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


def _print_folds(items: Sequence[GoldItem], parses: dict[str, Callable[[Article], Doc]]) -> None:
    """Site F1 and phantom rate of each fold apart: a gap smaller than the folds' spread is noise."""
    print("  per fold (site F1 / phantom rate):")
    for name, parse in parses.items():
        cells = []
        for k in range(FOLDS):
            f = score_event_gold([i for i in items if fold_of(i.id) == k], parse).figures("all")
            cells.append(f"{f['site F1'] or 0.0:.3f}/{f['phantom rate'] or 0.0:.3f}")
        print(f"  {name:8}" + "".join(f"{c:>14}" for c in cells))


def cross_validate(pipeline: Pipeline, train_items: Sequence[GoldItem], docs: dict[str, Doc],
                   ex: dict[str, list[Example]], *, quick: bool = False) -> tuple[float, float, float]:
    """Choose the L2 strength and the decision offsets by 5-fold CV on train (module docstring);
    print the rules against the model. Returns (l2, rule_bonus, site_bonus)."""
    rows = [r for item in train_items for r in ex[item.id]]
    per_fold = {k: [r for item in train_items if fold_of(item.id) != k for r in ex[item.id]]
                for k in range(FOLDS)}
    best_l2: tuple[float, float, list[dict[str, list[float]]]] | None = None
    for l2 in L2S:
        fold_weights = [train(per_fold[k], l2=l2) for k in range(FOLDS)]
        acc = sum(role_accuracy(ex[item.id], SiteModel(fold_weights[fold_of(item.id)])) * len(ex[item.id])
                  for item in train_items) / max(len(rows), 1)
        print(f"  L2 {l2:g}: held-out mention role accuracy {acc:.4f} (offsets 0)")
        if best_l2 is None or acc > best_l2[1] + 1e-9 or (abs(acc - best_l2[1]) <= 1e-9 and l2 > best_l2[0]):
            best_l2 = (l2, acc, fold_weights)
    assert best_l2 is not None
    l2, _, fold_weights = best_l2
    if quick:
        return l2, 0.0, 0.0
    rules = Roles(pipeline.config)
    rules_report = score_event_gold(train_items, _coder(pipeline, docs, lambda _id: rules))
    rf = rules_report.figures("all")
    print(f"  rules: site F1 {rf['site F1']:.3f}, phantom rate {rf['phantom rate']:.3f}")
    best: tuple[float, float, float, object, float] | None = None
    for rule_bonus in RULE_BONUSES:
        for site_bonus in SITE_BONUSES:
            comps = [LearnedRoles(pipeline.config, SiteModel(w, rule_bonus, site_bonus))
                     for w in fold_weights]
            report = score_event_gold(train_items, _coder(pipeline, docs, lambda i, c=comps: c[fold_of(i)]))
            figures = report.figures("all")
            key = (figures["site F1"] or 0.0) - (figures["phantom rate"] or 0.0)
            print(f"  rule_bonus {rule_bonus}, site_bonus {site_bonus}: site F1 {figures['site F1']:.3f}, "
                  f"phantom rate {figures['phantom rate']:.3f}")
            if best is None or key > best[0] + 1e-9:
                best = (key, rule_bonus, site_bonus, report, 0.0)
    assert best is not None
    _, rule_bonus, site_bonus, model_report, _ = best
    model_acc = sum(role_accuracy(ex[item.id], SiteModel(fold_weights[fold_of(item.id)], rule_bonus,
                                                         site_bonus)) * len(ex[item.id])
                    for item in train_items) / max(len(rows), 1)
    comps = [LearnedRoles(pipeline.config, SiteModel(w, rule_bonus, site_bonus)) for w in fold_weights]
    _print_folds(train_items, {"rules": _coder(pipeline, docs, lambda _id: rules),
                               "model": _coder(pipeline, docs, lambda i, c=comps: c[fold_of(i)])})
    _print_table(f"{FOLDS}-fold cross-validation on the train split (model trained without the fold; "
                 f"L2 {l2:g}, rule_bonus {rule_bonus}, site_bonus {site_bonus}):",
                 {"rules": _figures(rules_report) | {"mention role acc.": role_accuracy(rows, None)},
                  "model": _figures(model_report) | {"mention role acc.": model_acc}})
    return l2, rule_bonus, site_bonus


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
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    items = read_event_gold(args.gold)
    train_items = select_split(items, "train")
    pipeline = Pipeline(roles="rules")
    docs, ex = prepare(pipeline, train_items)
    rows = [r for item in train_items for r in ex[item.id]]
    print(f"{len(train_items)} train items, {len(rows)} mention examples "
          f"({', '.join(f'{k} {n}' for k, n in sorted(Counter(label for _, label in rows).items()))})")
    if not args.no_cv:
        l2, rule_bonus, site_bonus = cross_validate(pipeline, train_items, docs, ex, quick=args.quick)
        if args.quick:
            return 0
    else:
        shipped = json.loads(Path(SITE_MODEL).read_text(encoding="utf-8"))
        l2 = float(shipped.get("trained_on", {}).get("l2", L2))
        rule_bonus, site_bonus = float(shipped["rule_bonus"]), float(shipped["site_bonus"])
    model = SiteModel(train(rows, l2=l2), rule_bonus, site_bonus)
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
        save(model, args.out, {"items": len(train_items), "mentions": len(rows), "l2": l2})
        print(f"wrote {args.out}: {len(model.weights)} features")
    print(f"{time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
