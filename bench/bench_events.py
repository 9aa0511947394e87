"""Event-coding evaluation on hand-written gold sets.

    python bench/bench_events.py                 # tests/data/event_sentences.jsonl, matched by place name
    python bench/bench_events.py gold.jsonl --misses
    python bench/bench_events.py --gold training/events --split test      # the issue-14 figures
    python bench/bench_events.py --gold training/events --split train --misses > misses.jsonl
    python bench/bench_events.py --gold training/events --split test --roles learned   # the site model
    python bench/bench_events.py --gold training/events --split test --event-filter off  # without the filter

Without --gold: precision and recall of event type, sub-event type, fatalities, injuries, dates and
place-mention roles on the small sentence set (events matched by location name).

With --gold FILE|DIR (event-gold JSONL, see mapper/evaluation/events.py; a directory means its
*.jsonl files): events matched one to one within 25 km; site precision, recall and F1, event type and
sub-type accuracy, fatalities exact, date exact, actor1 and actor2 match, fully right (matched with every
field the gold gives equal, over gold events), phantom rate and role accuracy,
for all items and per kind (headline, sentence, wire), beside the issue's targets. --split picks the fixed
test split (a fifth of the hand-written items, by a stable hash of the id; never tune on it), the
train split, or all items.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the checkout's mapper, not an installed one

from mapper.evaluation.events import (  # noqa: E402
    SPLITS,
    EventMiss,
    read_event_gold,
    read_gold,
    score_event_gold,
    score_events,
    select_split,
)
from mapper.pipeline import Pipeline  # noqa: E402

GOLD = ROOT / "tests" / "data" / "event_sentences.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", default=str(GOLD))
    ap.add_argument("--gold", dest="event_gold", metavar="FILE|DIR",
                    help="score an event-gold JSONL file or directory by place (25 km)")
    ap.add_argument("--split", choices=SPLITS, default="all", help="with --gold: which items (default all)")
    ap.add_argument("--json", action="store_true", help="with --gold: print the figures as JSON")
    ap.add_argument("--misses", action="store_true", help="list every missed, spurious or mistyped event")
    ap.add_argument("--roles", choices=("rules", "learned"), default=None,
                    help="the roles component (default: the pipeline's default)")
    ap.add_argument("--event-filter", choices=("on", "off"), default=None,
                    help="the learned event filter (default: the pipeline's default)")
    ap.add_argument("--event-filter-file", metavar="JSON", default=None,
                    help="the event filter's weights (implies --event-filter on)")
    args = ap.parse_args()
    options: dict[str, object] = {} if args.roles is None else {"roles": args.roles}
    if args.event_filter_file:
        options["event_filter"] = args.event_filter_file
    elif args.event_filter is not None:
        options["event_filter"] = args.event_filter == "on"
    if args.event_gold:
        items = select_split(read_event_gold(args.event_gold), args.split)
        pipe = Pipeline(**options)  # type: ignore[arg-type]
        t0 = time.perf_counter()
        report = score_event_gold(items, pipe.parse, name=f"{args.event_gold} (split {args.split})")
        took = time.perf_counter() - t0
        if args.misses:
            for m in report.misses:
                print(EventMiss(m).to_json())
        elif args.json:
            print(json.dumps(report.to_dict(), indent=1))
        else:
            print(report.format())
            print(f"\n{len(items)} items in {took:.2f} s ({len(items) / max(took, 1e-9):.0f} items/s)")
        return
    pipe = Pipeline(**options)  # type: ignore[arg-type]
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
