#!/usr/bin/env python
"""Throughput of mapper's analyser next to the peer ``geotext`` package, on the gold corpora.

    python bench/bench_throughput.py [--passes 3] [--corpus lgl geovirus] [--in-process] [--stub]

Both tools get the same article texts (LGL and GeoVirus from ``$MAPPER_SHARED`` or
``<repo>/../shared``), pinned to one CPU core, for N passes. See bench/README.md for what
is measured. Not a test: it prints a table and exits 0 (also when the corpora are absent).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# One core, and no hidden thread pools in numeric libraries a tool might import.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(REPO))

from mapper.doc import Doc  # noqa: E402
from mapper.evaluation.corpora import GoldArticle, read_corpus, shared_dir  # noqa: E402
from mapper.evaluation.metrics import peak_rss_mb  # noqa: E402
from mapper.model import Article, Mention  # noqa: E402

TOOLS = ("mapper", "geotext")
CORPUS_FILES = {"lgl": "lgl.xml", "geovirus": "GeoVirus.xml"}


def pin_one_core() -> int | None:
    """Pin this process to one CPU (the lowest allowed); returns it, or None where unsupported."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    core = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    return core


def stub_analyser(article: Article) -> Doc:
    """Stand-in for mapper's Pipeline: capitalised words as unresolved mentions (exercises the bench)."""
    ms = [Mention(m.start(), m.end(), m.group()) for m in re.finditer(r"\b[A-Z][a-z]+\b", article.text)]
    return Doc(article, ms)


def load_tool(tool: str, analyser: str, stub: bool) -> Callable[[GoldArticle], object]:
    """Import and build a tool (this is its load time); returns a per-article function."""
    if tool == "geotext":
        from geotext import GeoText  # its data files are read at import

        return lambda g: GeoText(g.text)
    if stub:
        fn: Callable[[Article], Doc] = stub_analyser
    else:
        from mapper.evaluation.runner import load_analyser  # lazy: mapper.pipeline may not exist yet

        fn = load_analyser(analyser)
    return lambda g: fn(g.to_article())


def run_worker(args: argparse.Namespace) -> dict[str, Any]:
    """Measure one tool in this process; returns the figures as a dict."""
    core = pin_one_core()
    rss_start = peak_rss_mb()
    t0 = time.perf_counter()
    corpora = {name: read_corpus(Path(args.shared) / "corpora" / CORPUS_FILES[name]) for name in args.corpus}
    corpus_load_s = time.perf_counter() - t0
    rss_corpus = peak_rss_mb()

    t0 = time.perf_counter()
    try:
        fn = load_tool(args.worker, args.analyser, args.stub)
    except ImportError as e:
        return {"tool": args.worker, "error": f"not importable: {e}"}
    load_s = time.perf_counter() - t0
    rss_loaded = peak_rss_mb()

    per: dict[str, dict[str, float]] = {}
    for name, arts in corpora.items():
        texts_bytes = sum(len(a.text.encode("utf-8")) for a in arts)
        wall: list[float] = []
        cpu = 0.0
        for _ in range(args.passes):
            c0, w0 = time.process_time(), time.perf_counter()
            for a in arts:
                fn(a)
            wall.append(time.perf_counter() - w0)
            cpu += time.process_time() - c0
        total = sum(wall)
        n = len(arts) * args.passes
        per[name] = {
            "articles": len(arts),
            "bytes": texts_bytes,
            "seconds": total,
            "cpu_seconds": cpu,
            "articles_per_s": n / total if total else 0.0,
            "mb_per_s": texts_bytes * args.passes / 1e6 / total if total else 0.0,
            "best_pass_articles_per_s": len(arts) / min(wall) if min(wall) else 0.0,
        }
    return {
        "tool": args.worker + (" (stub)" if args.stub and args.worker == "mapper" else ""),
        "core": core,
        "corpus_load_s": corpus_load_s,
        "load_s": load_s,
        "rss_start_mb": rss_start,
        "rss_corpus_mb": rss_corpus,
        "rss_loaded_mb": rss_loaded,
        "peak_rss_mb": peak_rss_mb(),
        "corpora": per,
    }


def worker_argv(args: argparse.Namespace, tool: str) -> list[str]:
    argv = [sys.executable, str(Path(__file__).resolve()), "--worker", tool, "--passes", str(args.passes)]
    argv += ["--shared", str(args.shared), "--analyser", args.analyser, "--corpus", *args.corpus]
    return argv + (["--stub"] if args.stub else [])


def measure(args: argparse.Namespace, tool: str) -> dict[str, Any]:
    if args.in_process:
        ns = argparse.Namespace(**{**vars(args), "worker": tool})
        return run_worker(ns)
    proc = subprocess.run(worker_argv(args, tool), capture_output=True, text=True)
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-1:] or ["(no output)"]
        return {"tool": tool, "error": f"worker failed ({proc.returncode}): {tail[0]}"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def table(results: list[dict[str, Any]], corpora: list[str], in_process: bool) -> str:
    head = (
        f"{'tool':<16} {'corpus':<9} {'articles':>8} {'art/s':>9} {'MB/s':>7} {'best art/s':>10} "
        f"{'load s':>7} {'peak MiB':>9} {'+tool MiB':>9}"
    )
    lines = [head, "-" * len(head)]
    ok = [r for r in results if "error" not in r]
    for r in results:
        if "error" in r:
            lines.append(f"{r['tool']:<16} skipped: {r['error']}")
            continue
        for i, name in enumerate(corpora):
            c = r["corpora"][name]
            mem = f"{r['peak_rss_mb']:>9.0f} {r['peak_rss_mb'] - r['rss_corpus_mb']:>9.0f}" if i == 0 else ""
            load = f"{r['load_s']:>7.2f}" if i == 0 else f"{'':>7}"
            lines.append(
                f"{r['tool'] if i == 0 else '':<16} {name:<9} {c['articles']:>8} {c['articles_per_s']:>9.1f} "
                f"{c['mb_per_s']:>7.3f} {c['best_pass_articles_per_s']:>10.1f} {load} {mem}"
            )
    if len(ok) == 2:
        m, g = ok
        for name in corpora:
            a, b = m["corpora"][name]["articles_per_s"], g["corpora"][name]["articles_per_s"]
            if b:
                lines.append(f"ratio {m['tool']}/{g['tool']} on {name}: {a / b:.3f}x articles/s")
        lines.append(f"load-time ratio {m['tool']}/{g['tool']}: {m['load_s'] / max(g['load_s'], 1e-9):.2f}x")
    if ok:
        lines.append(f"corpus load (XML read + checks, per process): {ok[0]['corpus_load_s']:.2f} s")
    lines.append(
        "peak = ru_maxrss of the process; +tool = peak minus the peak after loading the corpora"
        + (" (in-process: peaks are cumulative across tools)" if in_process else " (one process per tool)")
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--passes", type=int, default=3, help="passes over each corpus (default 3)")
    ap.add_argument("--corpus", nargs="+", choices=sorted(CORPUS_FILES), default=["lgl", "geovirus"])
    ap.add_argument("--shared", type=Path, default=None, help="default: $MAPPER_SHARED or ../shared")
    ap.add_argument(
        "--analyser",
        default="mapper.pipeline:Pipeline",
        help="mapper analyser as module:attr (a class is instantiated and .parse used)",
    )
    ap.add_argument("--stub", action="store_true", help="use a regex stub instead of mapper's analyser")
    ap.add_argument("--tools", nargs="+", choices=TOOLS, default=list(TOOLS))
    ap.add_argument("--in-process", action="store_true", help="measure all tools in this process")
    ap.add_argument("--json", action="store_true", help="print the raw figures as JSON too")
    ap.add_argument("--worker", choices=TOOLS, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.passes < 1:
        ap.error("--passes must be >= 1")
    args.shared = args.shared or shared_dir()

    if args.worker:  # child process: measure one tool, print one JSON line
        print(json.dumps(run_worker(args)))
        return 0

    missing = [n for n in args.corpus if not (args.shared / "corpora" / CORPUS_FILES[n]).is_file()]
    if missing:
        print(f"skipped: corpora {missing} not found under {args.shared}/corpora (set MAPPER_SHARED)")
        return 0
    if args.in_process:
        pin_one_core()
    results = [measure(args, tool) for tool in args.tools]
    print(f"passes: {args.passes}, one core, python {sys.version.split()[0]}")
    print(table(results, args.corpus, args.in_process))
    if args.json:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
