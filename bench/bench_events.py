"""Event-coding evaluation on the hand-written gold set: precision and recall of event type,
sub-event type, fatalities, injuries, dates and place-mention roles.

    python bench/bench_events.py                 # tests/data/event_sentences.jsonl
    python bench/bench_events.py gold.jsonl --misses
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from mapper.evaluation.events import read_gold, score_events
from mapper.pipeline import Pipeline

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "event_sentences.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", default=str(GOLD))
    ap.add_argument("--misses", action="store_true", help="list every missed, spurious or mistyped event")
    args = ap.parse_args()
    pipe = Pipeline()
    gold = read_gold(args.gold)
    t0 = time.perf_counter()
    scores = score_events(gold, pipe.parse)
    took = time.perf_counter() - t0
    print(scores.format())
    print(f"\n{len(gold)} items in {took:.2f} s ({len(gold) / took:.0f} items/s)")
    if args.misses:
        for m in scores.misses:
            print(json.dumps(m, ensure_ascii=False))
        for g, p in scores.role_pairs:
            if g != p:
                print(f"role: gold {g}, predicted {p}")


if __name__ == "__main__":
    main()
