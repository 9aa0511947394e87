"""Growth benchmark: does analysis time grow linearly with pathological inputs?

Each case builds a hostile input of size n and 2n (and 4n with --steps 3), times it, and prints
the time ratio of each doubling: about 2 when the work is linear, about 4 when it is quadratic.

    python bench/bench_growth.py                      # every case at 100 KB and 200 KB
    python bench/bench_growth.py --kb 25 --steps 3    # 25, 50 and 100 KB
    python bench/bench_growth.py --only commas,dots   # some cases (--list names them all)
    python bench/bench_growth.py --timeout 60         # give up on a size after 60 s

Times are CPU seconds of the worker process (time.process_time: other processes on a shared machine
disturb them less than wall time), the best of --repeat runs (a run over 2 s is not repeated). Cases run in a
worker process; one that exceeds --timeout is killed, its size reported as "> T s" and the next
case goes on in a fresh worker. Not a test: it prints a table and exits 0.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import select
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the checkout's mapper, not an installed one

PUBLISHED = "2024-05-07"


# ------------------------------------------------------------------------------------- inputs

def _fill(n: int, head: str, chunk: Callable[[int], str], tail: str = ".") -> str:
    """``head`` + chunks (chunk(i) for i = 0, 1, ...) up to n characters + ``tail``."""
    parts, size, i = [head], len(head), 0
    while size < n:
        c = chunk(i)
        parts.append(c)
        size += len(c)
        i += 1
    return "".join(parts)[:n] + tail


_PLACES: list[str] = []


def places() -> list[str]:
    """Distinct gazetteer names of populous cities (filled by the worker from the loaded gazetteer)."""
    return _PLACES


def _load_places(gaz: Gazetteer) -> None:
    names: dict[str, None] = {}
    for row in gaz.rows():
        if row.population >= 20_000 and row.name.replace(" ", "").isalpha() and row.name.isascii():
            names.setdefault(row.name)
    _PLACES[:] = list(names)
    # Shuffled, so that the first n and the first 2n names are alike (the table is ordered by country).
    random.Random(0).shuffle(_PLACES)


_ROTATE = ["Aleppo", "Homs", "Hama", "Idlib", "Raqqa", "Kherson", "Kharkiv", "Mosul", "Gao", "Menaka"]


def dots(n: int) -> str:
    # Letters and dots without spaces in a sentence with a trigger (the actor-phrase pattern).
    return _fill(n, "Gunmen attacked the army base near Aleppo, said ", lambda i: "AB.cD.E", " and left.")


def hyphens(n: int) -> str:
    return _fill(n, "Gunmen attacked the army base near Aleppo ", lambda i: "AB-pro-cD-E", " and left.")


def punctuation(n: int) -> str:
    # Apostrophes, dots and hyphens mixed inside one capitalised token ("Sana'a", "U.S.", "ez-Zor").
    return _fill(n, "Airstrikes hit ", lambda i: "Sa'a.B-c'D.", " on Monday.")


def glued_triggers(n: int) -> str:
    # One long word made of trigger stems that need a continuation ("summon\\w* ... ambassador").
    stems = "summonexpelrecallseizhurlattackregainwithdrewconfiscatdefus"
    return _fill(n, "Police said gunmen ", lambda i: stems, " the ambassador.")


def lower_run(n: int) -> str:
    return _fill(n, "Gunmen killed ", lambda i: "abcdefghij", " soldiers near Aleppo.")


def commas(n: int) -> str:
    # Realistic clauses joined by commas: no sentence ever ends.
    rng = random.Random(1)
    templates = [
        "the US-led coalition bombed {p} on {d}", "killing {k} soldiers", "gunmen attacked a market in {p}",
        "Syrian army troops shelled {p} last week", "protesters rallied in {p}", "{p} officials said",
        "police arrested 12 people near {p}", "an airstrike hit {p} on May 5", "IS militants seized {p}",
        "talks were held in {p}", "the ministry in {p} condemned the attack",
    ]
    days = ["Monday", "Sunday", "May 3", "yesterday", "two days ago"]

    def chunk(i: int) -> str:
        return rng.choice(templates).format(p=_ROTATE[i % len(_ROTATE)], d=rng.choice(days),
                                            k=rng.randint(2, 90)) + ", "
    return _fill(n, "", chunk)


def many_places(n: int) -> str:
    # Thousands of distinct place names in one sentence, one capitalised run.
    names = places()
    return _fill(n, "Airstrikes hit ", lambda i: names[i % len(names)] + " ")


def in_places(n: int) -> str:
    names = places()
    return _fill(n, "Fighting raged ", lambda i: f"in {names[i % len(names)]} ")


def comma_places(n: int) -> str:
    names = places()
    return _fill(n, "Protesters rallied in ", lambda i: names[i % len(names)] + ", ")


def capitalised(n: int) -> str:
    rng = random.Random(2)
    letters = "bcdfghklmnprstvz"

    def word(i: int) -> str:
        return rng.choice(letters).upper() + "".join(rng.choice(letters + "aeiou") for _ in range(6)) + " "
    return _fill(n, "Airstrikes hit ", word)


def triggers(n: int) -> str:
    words = ["attack", "airstrike", "clashes", "shelling", "protest", "arrested", "killed", "bombing",
             "ceasefire", "talks", "said", "summoned", "kidnapped", "looted", "captured"]
    return _fill(n, "In Aleppo ", lambda i: words[i % len(words)] + (" Homs " if i % 7 == 0 else " "))


def digits(n: int) -> str:
    return _fill(n, "Gunmen killed ", lambda i: "1234567890", " people in Aleppo.")


def digit_groups(n: int) -> str:
    return _fill(n, "Gunmen killed 1", lambda i: ",000", " people in Aleppo.")


def spaces(n: int) -> str:
    half = " " * (n // 2)
    return f"Gunmen{half}soldiers clashed in Aleppo and{half}Homs."


def trailing_space(n: int) -> str:
    # Many mentions in a sentence followed by a long stretch of whitespace.
    return "Airstrikes hit " + ", ".join(_ROTATE * 20) + "." + " " * n + "Calm returned."


def many_dates(n: int) -> str:
    exprs = ["on Monday", "5 May 2024", "last week", "two days ago", "in March", "yesterday morning",
             "May 3", "2024-05-01", "this week"]
    return _fill(n, "Airstrikes hit Aleppo ", lambda i: exprs[i % len(exprs)] + ", ")


def sentences(n: int) -> str:
    # Ordinary sentences, each an event at another place: many incidents in one article.
    names = places()
    return _fill(n, "", lambda i: f"Airstrikes hit {names[i % len(names)]} on Monday. ", "")


def abbreviations(n: int) -> str:
    return _fill(n, "Gunmen attacked ", lambda i: "Mr. U.S. Gen. Lee of St. Louis, ")


def header_line(n: int) -> str:
    # One enormous first line: the .txt header heuristics (headline, date line) read it.
    return _fill(n, "Breaking ", lambda i: "news 7 August 2020 ", "\n\nAirstrikes hit Aleppo.\n")


def report(i: int) -> str:
    return f"Warplanes bombed Kherson on Sunday, killing {2 + i % 5} people, officials said (report {i})."


# ------------------------------------------------------------------------------------- runners

@dataclass(frozen=True)
class Case:
    name: str
    what: str
    make: Callable[[int], str]
    runner: str = "parse"  # parse | sites | read | jsonl | merge


CASES = [
    Case("dots", "letters and dots, no spaces, in a trigger sentence (actor phrases)", dots),
    Case("hyphens", "letters and hyphens, no spaces", hyphens),
    Case("punctuation", "one capitalised token with ' . - inside", punctuation),
    Case("glued-triggers", "one long word of trigger stems (summon..., expel...)", glued_triggers),
    Case("lower-run", "one long lowercase word", lower_run),
    Case("commas", "comma-joined event clauses, no sentence break", commas),
    Case("places", "distinct place names in one capitalised run", many_places),
    Case("in-places", "many 'in X' phrases in one sentence", in_places),
    Case("comma-places", "distinct place names joined by commas", comma_places),
    Case("capitalised", "thousands of capitalised words", capitalised),
    Case("triggers", "thousands of trigger words in one sentence", triggers),
    Case("digits", "one long digit run after 'killed'", digits),
    Case("digit-groups", "1,000,000,... after 'killed'", digit_groups),
    Case("spaces", "long runs of spaces inside a sentence", spaces),
    Case("trailing-space", "200 mentions, then a long run of whitespace", trailing_space),
    Case("dates", "many date expressions in one sentence", many_dates),
    Case("sentences", "one event sentence after another, each at another place", sentences),
    Case("abbreviations", "Mr. U.S. Gen. St. over and over", abbreviations),
    Case("header", "a .txt whose first line is huge (reading: header heuristics)", header_line, "read"),
    Case("sites", "mapview.collect_sites of the analysed comma-joined text", commas, "sites"),
    Case("sites-sentences", "mapview.collect_sites of the analysed event sentences", sentences, "sites"),
    Case("jsonl", "JSONL of N reports of one strike (N = --reports; size in bytes)", report, "jsonl"),
    Case("merge", "merging N reports of N places along the equator on one day (N = --reports)", report,
         "merge"),
]


_ANALYSED: dict[tuple[str, int], object] = {}


def _run(case: Case, size: int, pipe: object, workdir: Path) -> tuple[float, dict]:
    """Time one run of ``case`` at ``size``; return (seconds, extra figures)."""
    from mapper.model import Article

    if case.runner == "jsonl":
        from mapper.events.merge import merge
        from mapper.io.export import write_jsonl

        analysed = [pipe.parse(Article(f"r{i}", report(i), published=PUBLISHED))  # type: ignore[attr-defined]
                    for i in range(size)]
        out = io.StringIO()
        t0 = time.process_time()
        write_jsonl(analysed, out, merge(analysed))
        took = time.process_time() - t0
        return took, {"bytes": len(out.getvalue().encode("utf-8"))}
    if case.runner == "merge":
        from mapper.events.merge import MergeRule, merge_events
        from mapper.model import Event, Place, Source

        # Along the equator, a few km apart: no two are the same incident within 1 km.
        events = [Event("Battles", "Armed clash", Place(f"P{i}", 0.0, -179.0 + i * 358 / size, "XX", "city"),
                        date=PUBLISHED, sources=[Source(f"r{i}")]) for i in range(size)]
        t0 = time.process_time()
        merged, _ = merge_events(events, MergeRule(km=1))
        took = time.process_time() - t0
        assert len(merged) == size
        return took, {}
    text = case.make(size)
    if case.runner == "read":
        from mapper.io.readers import read_inputs

        path = workdir / "header.txt"
        path.write_text(text, encoding="utf-8")
        t0 = time.process_time()
        items = list(read_inputs([str(path)]))
        took = time.process_time() - t0
        assert len(items) == 1
        return took, {}
    article = Article("bench", text, published=PUBLISHED)
    if case.runner == "sites":
        from mapper.mapview import collect_sites

        # Analysed once per size (not timed, and not repeated: that was the slow part before).
        analysed = _ANALYSED.get((case.name, size))
        if analysed is None:
            analysed = _ANALYSED[(case.name, size)] = pipe.parse(article)  # type: ignore[attr-defined]
        t0 = time.process_time()
        collect_sites([analysed])
        return time.process_time() - t0, {}
    t0 = time.process_time()
    a = pipe.parse(article)  # type: ignore[attr-defined]
    took = time.process_time() - t0
    return took, {"mentions": len(a.mentions), "events": len(a.events)}


def worker(names: list[str], sizes: list[int], reports: list[int], repeat: int) -> None:
    from mapper.pipeline import Pipeline

    pipe = Pipeline()
    _load_places(pipe.gazetteer)
    by_name = {c.name: c for c in CASES}
    with tempfile.TemporaryDirectory(prefix="bench-growth-") as tmp:
        for name in names:
            case = by_name[name]
            for size in reports if case.runner in ("jsonl", "merge") else sizes:
                best, extra = float("inf"), {}
                for _ in range(repeat):
                    took, extra = _run(case, size, pipe, Path(tmp))
                    best = min(best, took)
                    if took > 2.0:
                        break
                print(json.dumps({"case": name, "size": size, "seconds": best, **extra}), flush=True)


# ------------------------------------------------------------------------------------- parent

def _measure(names: list[str], args: argparse.Namespace) -> dict[str, list[dict]]:
    """Run the cases in worker processes, restarting after a timeout; results per case."""
    results: dict[str, list[dict]] = {n: [] for n in names}
    todo = list(names)
    while todo:
        cmd = [sys.executable, __file__, "--worker", "--kb", str(args.kb), "--steps", str(args.steps),
               "--reports", str(args.reports), "--repeat", str(args.repeat), "--only", ",".join(todo)]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=ROOT)
        assert proc.stdout is not None
        deadline = time.monotonic() + args.timeout + 60  # the first wait includes loading the gazetteer
        timed_out = False
        while True:
            ready, _, _ = select.select([proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                timed_out = True
                break
            line = proc.stdout.readline()
            if not line:
                break
            rec = json.loads(line)
            results[rec["case"]].append(rec)
            deadline = time.monotonic() + args.timeout
        if timed_out:
            proc.kill()
        proc.wait()
        # The case being measured when the worker stopped gets a "> timeout" mark, and is done.
        current = next((n for n in todo if len(results[n]) < args.steps), None)
        done = [n for n in todo if len(results[n]) >= args.steps]
        if current is not None:
            if timed_out:
                results[current].append({"case": current, "timeout": args.timeout})
            else:
                results[current].append({"case": current, "failed": proc.returncode})
            done.append(current)
        todo = [n for n in todo if n not in done]
    return results


def _fmt(rec: dict) -> str:
    if "timeout" in rec:
        return f"> {rec['timeout']:.0f} s"
    if "failed" in rec:
        return f"failed ({rec['failed']})"
    s = rec["seconds"]
    return f"{s:.3f} s" if s < 10 else f"{s:.1f} s"


def _n(k: int) -> str:
    return "n" if k == 1 else f"{k}n"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kb", type=float, default=100, help="size n of the inputs in KB (default 100)")
    ap.add_argument("--steps", type=int, default=2, help="sizes n, 2n (2) or n, 2n, 4n (3)")
    ap.add_argument("--reports", type=int, default=1000, help="reports of one strike for the jsonl case")
    ap.add_argument("--repeat", type=int, default=3, help="best of this many runs per size")
    ap.add_argument("--timeout", type=float, default=120, help="seconds before a size is given up")
    ap.add_argument("--only", default="", help="comma-separated case names")
    ap.add_argument("--list", action="store_true", help="list the cases and exit")
    ap.add_argument("--json", action="store_true", help="print the measurements as JSON")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    names = [n for n in args.only.split(",") if n] or [c.name for c in CASES]
    unknown = set(names) - {c.name for c in CASES}
    if args.list or unknown:
        if unknown:
            print(f"unknown case(s): {', '.join(sorted(unknown))}", file=sys.stderr)
        for c in CASES:
            print(f"{c.name:15} {c.what}")
        sys.exit(2 if unknown else 0)
    sizes = [int(args.kb * 1000) * 2 ** i for i in range(args.steps)]
    reports = [args.reports * 2 ** i for i in range(args.steps)]
    if args.worker:
        worker(names, sizes, reports, args.repeat)
        return
    os.environ.setdefault("PYTHONHASHSEED", "0")
    results = _measure(names, args)
    if args.json:
        print(json.dumps(results, indent=1))
        return
    print(f"sizes: {', '.join(f'{s / 1000:g} KB' for s in sizes)} (jsonl: "
          f"{', '.join(str(r) for r in reports)} reports); ratio = time(2n) / time(n), about 2 when linear")
    head = ["case"] + [f"t({_n(2 ** i)})" for i in range(args.steps)]
    head += [f"ratio {_n(2 ** (i - 1))}->{_n(2 ** i)}" for i in range(1, args.steps)]
    rows = []
    for name in names:
        recs = results[name]
        cells = [_fmt(r) for r in recs] + [""] * (args.steps - len(recs))
        ratios = []
        for a, b in zip(recs, recs[1:], strict=False):
            if "seconds" in a and "seconds" in b and a["seconds"] > 0:
                ratios.append(f"{b['seconds'] / a['seconds']:.1f}")
            else:
                ratios.append("-")
        ratios += [""] * (args.steps - 1 - len(ratios))
        extra = ""
        if recs and "bytes" in recs[0]:
            extra = "  bytes: " + ", ".join(f"{r['bytes']:,}" for r in recs if "bytes" in r)
        rows.append([name, *cells, *ratios, extra])
    widths = [max(len(str(r[i])) for r in [head + [""], *rows]) for i in range(len(head))]
    print("  ".join(h.ljust(w) for h, w in zip(head, widths, strict=False)))
    for r in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=False)) + r[-1])


if __name__ == "__main__":
    main()
