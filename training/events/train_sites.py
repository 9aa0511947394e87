"""Train the learned event-site model (mapper/events/site_model.py) on the event corpus's TRAIN split.

    python training/events/train_sites.py            # 5-fold CV on train, writes mapper/data/site_model.json
    python training/events/train_sites.py --cv-only  # the report only
    python training/events/train_sites.py --test     # also the test-split figures, rules vs model (once)

Every place mention the pipeline recognises in a train item is an example: its features are
``site_model.mention_features`` (the rule roles, clauses, words around it, ...), its label the role
of the gold mention it overlaps (``context`` when it overlaps none: a false place is never a site).
The model is a multinomial logistic regression fitted by full-batch Adam from zero weights, so the
same data always gives the same weights. Cross-validation splits the train items into 5 folds by a
hash of the id and reports, rules against model, the mention role accuracy and the end-to-end event
figures of bench/bench_events.py.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the checkout's mapper, not an installed one

from mapper.atomic import atomic_write_text  # noqa: E402
from mapper.evaluation.events import GoldItem, read_event_gold, score_event_gold, select_split  # noqa: E402
from mapper.events.roles import Roles  # noqa: E402
from mapper.events.site_model import (  # noqa: E402
    CLASSES,
    SITE_MODEL,
    LearnedRoles,
    SiteModel,
    load_site_model,
    mention_features,
)
from mapper.model import Article  # noqa: E402
from mapper.pipeline import Pipeline  # noqa: E402

GOLD = ROOT / "training" / "events"
FOLDS = 5
MIN_FEATURE_COUNT = 2  # a feature seen once says nothing general
L2 = 1e-3
STEPS = 500
LEARNING_RATE = 0.05
# Decision offsets tried by cross-validation (see SiteModel): the pair with the best CV site F1 is kept.
RULE_BONUSES = (0.0, 0.5, 1.0, 2.0)
SITE_BONUSES = (0.0, 0.5, 1.0, 1.5, 2.0)
SHOWN = ("site precision", "site recall", "site F1", "event type", "fatalities exact", "phantom rate",
         "role accuracy")

Example = tuple[list[str], str]  # (features, gold role)


def fold_of(item_id: str) -> int:
    return int.from_bytes(hashlib.sha256(("sites:" + item_id).encode()).digest()[:8], "big") % FOLDS


def examples(pipeline: Pipeline, items: Sequence[GoldItem]) -> dict[str, list[Example]]:
    """Per item id, its mentions' features and gold roles."""
    before = pipeline.without("roles", "events")
    rules = Roles(pipeline.config)
    out: dict[str, list[Example]] = {}
    for item in items:
        doc = before.parse(Article(id=item.id, text=item.text, published=item.published))
        rules(doc)
        rows = []
        for m, feats in zip(doc.mentions, mention_features(doc, doc.roles or []), strict=True):
            over = [(min(m.end, g.end) - max(m.start, g.start), g.role) for g in item.mentions
                    if g.start < m.end and m.start < g.end]
            rows.append((feats, max(over)[1] if over else "context"))
        out[item.id] = rows
    return out


def train(rows: Sequence[Example], *, steps: int = STEPS) -> dict[str, list[float]]:
    """Softmax regression weights (feature -> a weight per role of CLASSES), deterministic."""
    counts = Counter(f for feats, _ in rows for f in set(feats))
    vocab = sorted(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT or f == "bias")
    col = {f: i for i, f in enumerate(vocab)}
    X = np.zeros((len(rows), len(vocab)))
    Y = np.zeros((len(rows), len(CLASSES)))
    for i, (feats, label) in enumerate(rows):
        for f in feats:
            j = col.get(f)
            if j is not None:
                X[i, j] = 1.0
        Y[i, CLASSES.index(label)] = 1.0
    W = np.zeros((len(vocab), len(CLASSES)))
    m = np.zeros_like(W)
    v = np.zeros_like(W)
    n = max(len(rows), 1)
    for t in range(1, steps + 1):
        s = X @ W
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(axis=1, keepdims=True)
        g = X.T @ (p - Y) / n + L2 * W
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        W -= LEARNING_RATE * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return {f: [round(float(x), 4) for x in W[col[f]]] for f in vocab if np.abs(W[col[f]]).max() > 1e-4}


def save(model: SiteModel, path: str | Path, trained_on: dict[str, int]) -> None:
    data = {"classes": list(CLASSES), "trained_on": trained_on, "rule_bonus": model.rule_bonus,
            "site_bonus": model.site_bonus,
            "note": "written by training/events/train_sites.py; do not edit by hand",
            "weights": model.weights}
    atomic_write_text(path, json.dumps(data, indent=0, sort_keys=True) + "\n")


def role_accuracy(rows: Sequence[Example], model: SiteModel | None) -> float:
    """Share of examples whose predicted role (the model's, or the rules' when ``model`` is None)
    is the gold one."""
    ok = 0
    for feats, label in rows:
        rule = next(f for f in feats if f.startswith("rule=")).split("=", 1)[1]
        ok += (model.predict(feats, rule) if model is not None else rule) == label
    return ok / max(len(rows), 1)


def _by_fold(pipeline: Pipeline, models: list[SiteModel]):  # type: ignore[no-untyped-def]
    """A parse function that codes each item with the model trained without its fold."""
    pipes = []
    for model in models:
        p = pipeline.without()
        p.replace("roles", LearnedRoles(pipeline.config, model))
        pipes.append(p)
    return lambda article: pipes[fold_of(article.id)].parse(article)


def _figures(report) -> dict[str, float | None]:  # type: ignore[no-untyped-def]
    figures = report.figures("all")
    return {k: figures.get(k) for k in SHOWN}


def _print_table(title: str, columns: dict[str, dict[str, float | None]]) -> None:
    print(title)
    print(f"  {'':20}" + "".join(f"{name:>12}" for name in columns))
    for k in SHOWN + ("mention role acc.",):
        cells = [columns[name].get(k) for name in columns]
        print(f"  {k:20}" + "".join(f"{'-' if c is None else f'{c:.3f}':>12}" for c in cells))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=str(GOLD), help="event gold JSONL file or directory")
    ap.add_argument("--out", default=str(SITE_MODEL), help="where to write the weights")
    ap.add_argument("--cv-only", action="store_true", help="report cross-validation, write nothing")
    ap.add_argument("--no-cv", action="store_true", help="skip cross-validation")
    ap.add_argument("--rule-bonus", type=float, help="with --no-cv (default: the shipped)")
    ap.add_argument("--site-bonus", type=float, help="with --no-cv (default: the shipped)")
    ap.add_argument("--test", action="store_true",
                    help="also score the test split (report it once; never tune on it)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    items = read_event_gold(args.gold)
    train_items = select_split(items, "train")
    pipeline = Pipeline()
    ex = examples(pipeline, train_items)
    rows = [r for item in train_items for r in ex[item.id]]
    print(f"{len(train_items)} train items, {len(rows)} mention examples "
          f"({', '.join(f'{k} {n}' for k, n in sorted(Counter(label for _, label in rows).items()))})")
    if not args.no_cv:
        fold_weights = [train([r for item in train_items if fold_of(item.id) != k for r in ex[item.id]])
                        for k in range(FOLDS)]
        rules_report = score_event_gold(train_items, pipeline.parse)
        best: tuple[tuple[float, float], float, float, object] | None = None
        for rule_bonus in RULE_BONUSES:
            for site_bonus in SITE_BONUSES:
                models = [SiteModel(w, rule_bonus, site_bonus) for w in fold_weights]
                report = score_event_gold(train_items, _by_fold(pipeline, models))
                figures = report.figures("all")
                key = (figures["site F1"] or 0.0, -(figures["phantom rate"] or 0.0))
                print(f"  rule_bonus {rule_bonus}, site_bonus {site_bonus}: site F1 {key[0]:.3f}, "
                      f"phantom rate {-key[1]:.3f}")
                if best is None or key > best[0]:
                    best = (key, rule_bonus, site_bonus, report)
        assert best is not None
        _, rule_bonus, site_bonus, model_report = best
        held = [(ex[item.id], SiteModel(fold_weights[fold_of(item.id)], rule_bonus, site_bonus))
                for item in train_items]
        model_acc = sum(role_accuracy(r, m) * len(r) for r, m in held) / max(len(rows), 1)
        _print_table(f"{FOLDS}-fold cross-validation on the train split (model trained without the fold; "
                     f"rule_bonus {rule_bonus}, site_bonus {site_bonus}):",
                     {"rules": _figures(rules_report) | {"mention role acc.": role_accuracy(rows, None)},
                      "model": _figures(model_report) | {"mention role acc.": model_acc}})
    else:
        shipped = load_site_model()
        rule_bonus = shipped.rule_bonus if args.rule_bonus is None else args.rule_bonus
        site_bonus = shipped.site_bonus if args.site_bonus is None else args.site_bonus
    model = SiteModel(train(rows), rule_bonus, site_bonus)
    if args.test:
        test_items = select_split(items, "test")
        p = pipeline.without()
        p.replace("roles", LearnedRoles(pipeline.config, model))
        test_rows = [r for rs in examples(pipeline, test_items).values() for r in rs]
        _print_table(f"test split ({len(test_items)} items), model trained on all train items:",
                     {"rules": _figures(score_event_gold(test_items, pipeline.parse))
                      | {"mention role acc.": role_accuracy(test_rows, None)},
                      "model": _figures(score_event_gold(test_items, p.parse))
                      | {"mention role acc.": role_accuracy(test_rows, model)}})
    if not args.cv_only:
        save(model, args.out, {"items": len(train_items), "mentions": len(rows)})
        print(f"wrote {args.out}: {len(model.weights)} features")
    print(f"{time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
