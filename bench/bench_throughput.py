#!/usr/bin/env python
"""Throughput of mapper's analyser next to the peer ``geotext`` package, on the gold corpora.

    python bench/bench_throughput.py [--passes 3] [--corpus lgl geovirus] [--tools ...] [--in-process]
    python bench/bench_throughput.py --jobs 2      # speed-up of N worker processes over one
    python bench/bench_throughput.py --roles learned   # the pipeline with the learned site model

Three tools: ``mapper`` (the full pipeline: geoparsing and event coding), ``mapper-geoparse``
(geoparsing only: ``Pipeline.without(*EVENT_CODING)``) and ``geotext``. All get the same article texts
(LGL and GeoVirus from ``$MAPPER_SHARED`` or ``<repo>/../shared``), pinned to one CPU core, for N
passes. See bench/README.md for what is measured. Not a test: it prints a table and exits 0
(also when the corpora are absent).
"""

from __future__ import annotations

import argparse
import gc
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

TOOLS = ("mapper", "mapper-geoparse", "geotext")
CORPUS_FILES = {"lgl": "lgl.xml", "geovirus": "GeoVirus.xml"}
DEFAULT_ANALYSER = "mapper.pipeline:Pipeline"


def pin_one_core() -> int | None:
    """Pin this process to one CPU (the lowest allowed); returns it, or None where unsupported."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    core = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    return core


def stub_analyser(article: Article, events: bool = True) -> Doc:
    """Stand-in for mapper's Pipeline: capitalised words as unresolved mentions (exercises the bench)."""
    ms = [Mention(m.start(), m.end(), m.group()) for m in re.finditer(r"\b[A-Z][a-z]+\b", article.text)]
    return Doc(article, ms)


def load_tool(tool: str, analyser: str, stub: bool,
              roles: str | None = None) -> Callable[[GoldArticle], object]:
    """Import and build a tool (this is its load time); returns a per-article function. ``roles``
    ("rules" or "learned") builds the default analyser with that roles component."""
    if tool == "geotext":
        from geotext import GeoText  # its data files are read at import

        return lambda g: GeoText(g.text)
    if stub:
        fn: Callable[[Article], Doc] = stub_analyser
    else:
        from mapper.evaluation.runner import load_analyser  # lazy: mapper.pipeline may not exist yet

        if roles is not None and analyser == DEFAULT_ANALYSER:
            from mapper.pipeline import Pipeline

            fn = Pipeline(roles=roles).parse
        else:
            fn = load_analyser(analyser)
    if tool == "mapper-geoparse":
        if stub:
            return lambda g: stub_analyser(g.to_article(), events=False)
        from mapper.pipeline import EVENT_CODING

        # The same loaded pipeline without its event-coding components (Pipeline.without).
        owner = getattr(fn, "__self__", None)
        fn = owner.without(*EVENT_CODING).parse if hasattr(owner, "without") else fn
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
        fn = load_tool(args.worker, args.analyser, args.stub, args.roles)
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
            "articles_per_cpu_s": n / cpu if cpu else 0.0,
            "mb_per_s": texts_bytes * args.passes / 1e6 / total if total else 0.0,
            "best_pass_articles_per_s": len(arts) / min(wall) if min(wall) else 0.0,
        }
    return {
        "tool": args.worker + (" (stub)" if args.stub and args.worker.startswith("mapper") else ""),
        "core": core,
        "corpus_load_s": corpus_load_s,
        "load_s": load_s,
        "rss_start_mb": rss_start,
        "rss_corpus_mb": rss_corpus,
        "rss_loaded_mb": rss_loaded,
        "peak_rss_mb": peak_rss_mb(),
        "corpora": per,
    }


def run_jobs(args: argparse.Namespace) -> dict[str, Any]:
    """The full pipeline over the corpora in 1 and in ``args.jobs`` processes (mapper.parallel, as
    ``mapper extract --jobs``), unpinned; articles per second of wall time and the speed-up."""
    from mapper.pipeline import Pipeline

    arts = [g.to_article() for name in args.corpus
            for g in read_corpus(Path(args.shared) / "corpora" / CORPUS_FILES[name])]
    pipe = Pipeline(roles=args.roles) if args.roles else Pipeline()
    pipe.parse(arts[0])  # lazy warm-up before either measurement
    # As the CLI does once the gazetteer is loaded (mapper.cli._load_gazetteer): what lives for the whole
    # run is frozen, or the collector walks the whole gazetteer again and again in the one-job run.
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)
    rates, cpu, parent = {}, {}, {}
    stream = arts * args.passes  # one run over all passes: its start (fork, first page copies) paid once
    # N jobs first: workers forked after the one-job run would inherit the caches it warmed (name
    # normalisation, the gazetteer's run cache) and look cheaper than one job.
    for jobs in (args.jobs, 1):
        rates[jobs], parent[jobs], cpu[jobs] = timed_run(pipe, stream, jobs)
    warm: dict[str, Any] = {}
    if args.warm:
        # Every memo filled first (the one-job run above filled this process's): workers forked now
        # start with them, so what is left of the overhead is the runner's and the machine's (two busy
        # cores slow each other), not each worker learning the corpus's names again.
        for jobs in (args.jobs, 1):
            rate, par, total = timed_run(pipe, stream, jobs)
            warm[str(jobs)] = {"articles_per_s": rate, "parent_cpu_ms_per_article": par,
                               "cpu_ms_per_article": total}
    # What a worker sends back per article (mapper.parallel: the final layers), next to a whole Doc.
    import pickle

    from mapper.parallel import _dumps, answer

    sample = [pipe.parse(a) for a in arts[:100]]
    sent = len(_dumps([answer(d) for d in sample])) / len(sample)
    whole = len(pickle.dumps(sample, -1)) / len(sample)
    return {"articles": len(stream), "passes": args.passes, "cores": default_cores(),
            "articles_per_s": rates, "speedup": rates[args.jobs] / rates[1],
            "cpu_ms_per_article": cpu, "parent_cpu_ms_per_article": parent,
            "pickled_bytes_per_article": {"sent": sent, "whole_doc": whole}, "warm": warm}


def timed_run(pipe: Any, stream: list, jobs: int) -> tuple[float, float, float]:
    """Articles per second of wall time, then the parent's and the whole run's (parent and workers) CPU
    milliseconds per article, of ``stream`` parsed in ``jobs`` processes."""
    from mapper.parallel import parse_in_order

    t0, c0, w0 = time.perf_counter(), time.process_time(), children_cpu()
    n = sum(1 for _ in parse_in_order(pipe, stream, jobs))
    rate = n / (time.perf_counter() - t0)
    # CPU accounting, which a loaded machine does not distort as it does wall time: this process,
    # and the workers (reaped when the pool closes, so counted in RUSAGE_CHILDREN).
    parent = (time.process_time() - c0) / n * 1000
    return rate, parent, parent + (children_cpu() - w0) / n * 1000


def children_cpu() -> float:
    """User and system CPU seconds of this process's reaped children."""
    import resource

    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def default_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def worker_argv(args: argparse.Namespace, tool: str) -> list[str]:
    argv = [sys.executable, str(Path(__file__).resolve()), "--worker", tool, "--passes", str(args.passes)]
    argv += ["--shared", str(args.shared), "--analyser", args.analyser, "--corpus", *args.corpus]
    argv += ["--roles", args.roles] if args.roles else []
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
        f"{'tool':<22} {'corpus':<9} {'articles':>8} {'art/s':>9} {'art/cpu s':>9} {'MB/s':>7} "
        f"{'best art/s':>10} {'load s':>7} {'peak MiB':>9} {'+tool MiB':>9}"
    )
    lines = [head, "-" * len(head)]
    ok = [r for r in results if "error" not in r]
    for r in results:
        if "error" in r:
            lines.append(f"{r['tool']:<22} skipped: {r['error']}")
            continue
        for i, name in enumerate(corpora):
            c = r["corpora"][name]
            mem = f"{r['peak_rss_mb']:>9.0f} {r['peak_rss_mb'] - r['rss_corpus_mb']:>9.0f}" if i == 0 else ""
            load = f"{r['load_s']:>7.2f}" if i == 0 else f"{'':>7}"
            lines.append(
                f"{r['tool'] if i == 0 else '':<22} {name:<9} {c['articles']:>8} {c['articles_per_s']:>9.1f} "
                f"{c['articles_per_cpu_s']:>9.1f} {c['mb_per_s']:>7.3f} "
                f"{c['best_pass_articles_per_s']:>10.1f} {load} {mem}"
            )
    by_tool = {r["tool"].split(" ")[0]: r for r in ok}
    pairs = [(m, "geotext") for m in ("mapper", "mapper-geoparse")] + [("mapper", "mapper-geoparse")]
    for a_tool, b_tool in pairs:
        if a_tool not in by_tool or b_tool not in by_tool:
            continue
        m, g = by_tool[a_tool], by_tool[b_tool]
        for name in corpora:
            a, b = m["corpora"][name]["articles_per_s"], g["corpora"][name]["articles_per_s"]
            # Per CPU second too: on a machine other work loads, wall time says more about the load.
            a_cpu, b_cpu = m["corpora"][name]["articles_per_cpu_s"], g["corpora"][name]["articles_per_cpu_s"]
            if b and b_cpu and a_cpu:
                lines.append(f"ratio {m['tool']}/{g['tool']} on {name}: {a / b:.3f}x articles/s, "
                             f"{a_cpu / b_cpu:.3f}x (1/{b_cpu / a_cpu:.0f}) articles per CPU second")
        if b_tool == "geotext":
            load = m["load_s"] / max(g["load_s"], 1e-9)
            lines.append(f"load-time ratio {m['tool']}/{g['tool']}: {load:.2f}x")
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
        default=DEFAULT_ANALYSER,
        help="mapper analyser as module:attr (a class is instantiated and .parse used)",
    )
    ap.add_argument("--stub", action="store_true", help="use a regex stub instead of mapper's analyser")
    ap.add_argument("--roles", choices=("rules", "learned"), default=None,
                    help="the roles component of the default analyser (default: the pipeline's default)")
    ap.add_argument("--tools", nargs="+", choices=TOOLS, default=list(TOOLS))
    ap.add_argument("--in-process", action="store_true", help="measure all tools in this process")
    ap.add_argument("--json", action="store_true", help="print the raw figures as JSON too")
    ap.add_argument("--jobs", type=int, help="measure the full pipeline's speed-up with N processes instead")
    ap.add_argument("--warm", action="store_true",
                    help="with --jobs: measure both again with every memo filled before the workers fork")
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
    if args.jobs:
        r = run_jobs(args)
        one, many = r["articles_per_s"][1], r["articles_per_s"][args.jobs]
        print(f"mapper full pipeline, {r['articles']} articles ({args.passes} passes in one run), "
              f"{r['cores']} cores allowed")
        print(f"1 job: {one:.1f} art/s; {args.jobs} jobs: {many:.1f} art/s; speed-up {r['speedup']:.2f}x")
        cpu, parent = r["cpu_ms_per_article"], r["parent_cpu_ms_per_article"]
        print(f"CPU ms per article (parent + workers): 1 job {cpu[1]:.2f}; "
              f"{args.jobs} jobs {cpu[args.jobs]:.2f} (parent {parent[args.jobs]:.2f}, workers "
              f"{cpu[args.jobs] - parent[args.jobs]:.2f}); "
              f"overhead {cpu[args.jobs] - cpu[1]:+.2f} ms "
              f"({cpu[args.jobs] / cpu[1] - 1:+.1%}); CPU-bound speed-up at most "
              f"{args.jobs * cpu[1] / cpu[args.jobs]:.2f}x")
        for jobs_, w in sorted(r["warm"].items()):
            print(f"memos warm, {jobs_} job{'s' if jobs_ != '1' else ''}: {w['articles_per_s']:.1f} art/s, "
                  f"CPU ms per article {w['cpu_ms_per_article']:.2f} "
                  f"(parent {w['parent_cpu_ms_per_article']:.2f}, workers "
                  f"{w['cpu_ms_per_article'] - w['parent_cpu_ms_per_article']:.2f})")
        if r["warm"]:
            w1, wn = r["warm"]["1"]["cpu_ms_per_article"], r["warm"][str(args.jobs)]["cpu_ms_per_article"]
            print(f"memos warm: overhead {wn - w1:+.2f} ms ({wn / w1 - 1:+.1%}); CPU-bound speed-up at most "
                  f"{args.jobs * w1 / wn:.2f}x")
        sizes = r["pickled_bytes_per_article"]
        print(f"pickled per article, worker to parent: {sizes['sent']:.0f} bytes (a whole Doc: "
              f"{sizes['whole_doc']:.0f})")
        if args.json:
            print(json.dumps(r, indent=2))
        return 0
    if args.in_process:
        pin_one_core()
    results = [measure(args, tool) for tool in args.tools]
    print(f"passes: {args.passes}, one core, python {sys.version.split()[0]}"
          + (f", roles {args.roles}" if args.roles else ""))
    print(table(results, args.corpus, args.in_process))
    if args.json:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
