#!/usr/bin/env python
"""Big inputs, end to end: generated short articles, a ~200 MB JSONL and a directory of 10,000 files
through ``mapper extract``.

    python bench/bench_big_input.py --articles 10000 100000 1000000 [--jobs N] [--sample 60] [--per-day R]
    python bench/bench_big_input.py [--mb 200] [--files 10000] [--only jsonl|dir] [--keep DIR]

``--articles N ...`` writes, for each N, a JSONL of N short generated articles (one or two sentences
about an incident at one of some sixty places, published in order over about three years, whatever N:
the denser the larger N, so that a 30-day merge window holds more reports at a million articles than at
ten thousand, the case that the merge cap, ``extract --merge-cap``, bounds; ``--per-day R`` publishes
them at R a day instead, as a real feed does, over N / R days), streams it
through ``python -m mapper extract IN -o OUT.jsonl --jobs N`` and prints wall time, articles per
second and peak RSS (the largest single process: the parent, or a worker), and the ratio of each peak
to the smallest run's: memory that stays flat as N grows shows that a streamed extract keeps nothing
per article.

Generates the inputs in a temporary directory from real news text (the LGL and GeoVirus corpora
from ``$MAPPER_SHARED`` or ``<repo>/../shared``, else ``examples/``), each copy with its own id and
a published date spread over ten years, then runs, each in its own process:

* ``read only``: ``mapper.io.readers.read_inputs`` over the input, counting articles (reading memory);
* ``extract``: ``python -m mapper extract INPUT -o OUT.jsonl`` (reading, analysis with event
  coding, cross-article merging and the JSONL export);
* ``baseline``: ``extract`` of one small article (the loaded gazetteer and libraries alone).

It prints wall time, articles per second and peak RSS (``os.wait4``'s ``ru_maxrss`` of that
process). Not a test: it asserts nothing and takes several minutes at the default sizes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(REPO))

from mapper.evaluation.corpora import read_corpus, shared_dir  # noqa: E402

READ_ONLY = ("import sys\nfrom mapper.io.readers import read_inputs\nfrom mapper.model import Article\n"
             "print(sum(isinstance(i, Article) for i in read_inputs(sys.argv[1:])))")


def source_texts() -> tuple[list[str], str]:
    corpora = shared_dir() / "corpora"
    texts = []
    for name in ("lgl.xml", "GeoVirus.xml"):
        if (corpora / name).exists():
            texts += [a.text for a in read_corpus(corpora / name)]
    if texts:
        return texts, f"LGL and GeoVirus ({len(texts)} articles)"
    examples = REPO / "examples"
    texts = [p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.txt"))]
    for p in sorted(examples.glob("*.jsonl")):
        lines = p.read_text(encoding="utf-8").splitlines()
        texts += [json.loads(line)["text"] for line in lines if line.strip()]
    return texts, f"examples/ ({len(texts)} articles)"


def published(i: int) -> str:
    return (dt.date(2015, 1, 1) + dt.timedelta(days=(i * 37) % 3650)).isoformat()


def write_jsonl(path: Path, texts: list[str], mb: float) -> int:
    n, size, target = 0, 0, int(mb * 1_000_000)
    with path.open("w", encoding="utf-8") as f:
        while size < target:
            line = json.dumps({"id": f"a{n}", "published": published(n), "text": texts[n % len(texts)]},
                              ensure_ascii=False) + "\n"
            f.write(line)
            size += len(line.encode("utf-8"))
            n += 1
    return n


def write_directory(root: Path, texts: list[str], files: int) -> None:
    for i in range(files):
        sub = root / f"d{i // 100:03d}"
        if i % 100 == 0:
            sub.mkdir(parents=True)
        (sub / f"{i:05d}.txt").write_text(f"{published(i)}\n\n{texts[i % len(texts)]}", encoding="utf-8")


PLACES = ["Aleppo", "Idlib", "Homs", "Hama", "Raqqa", "Deir ez-Zor", "Mosul", "Kirkuk", "Tikrit", "Fallujah",
          "Ramadi", "Baghdad", "Basra", "Sanaa", "Aden", "Taiz", "Hodeidah", "Marib", "Kabul", "Kandahar",
          "Herat", "Jalalabad", "Kunduz", "Mogadishu", "Kismayo", "Baidoa", "Bamako", "Gao", "Timbuktu",
          "Mopti", "Kidal", "Niamey", "Ouagadougou", "Maiduguri", "Kano", "Abuja", "Lagos", "Juba", "Bentiu",
          "Malakal", "Khartoum", "El Fasher", "Nyala", "Tripoli", "Benghazi", "Sirte", "Misrata", "Goma",
          "Beni", "Bunia", "Bangui", "Kharkiv", "Donetsk", "Luhansk", "Mariupol", "Gaza", "Rafah", "Hebron",
          "Nablus", "Jenin", "Peshawar", "Quetta"]
TEMPLATES = [
    "Airstrikes hit {place} on {day}, killing {n} people, local officials said.",
    "Gunmen attacked a checkpoint near {place} on {day}; {n} soldiers were killed.",
    "Hundreds of protesters marched in {place} on {day} against rising prices.",
    "A car bomb exploded in a market in {place} on {day}, wounding {n} civilians.",
    "Police arrested {n} opposition activists in {place} on {day}.",
    "Rebels and government forces clashed outside {place} on {day}. At least {n} fighters died.",
    "The city council of {place} met on {day} to discuss the budget.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def write_short_articles(path: Path, n: int, span_days: int = 1100, per_day: int | None = None) -> None:
    """``n`` short articles published in order over ``span_days`` days (or at ``per_day`` a day); many
    report one incident."""
    start = dt.date(2020, 1, 1)
    if per_day:
        span_days = max(1, -(-n // per_day))
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            h = (i * 2654435761) % 2**32  # a cheap deterministic scramble
            text = TEMPLATES[h % len(TEMPLATES)].format(place=PLACES[(h >> 8) % len(PLACES)],
                                                       day=DAYS[(h >> 16) % 7], n=2 + (h >> 20) % 30)
            pub = start + dt.timedelta(days=i * span_days // n)
            f.write(json.dumps({"id": f"s{i}", "published": pub.isoformat(), "text": text}) + "\n")


def run_short(counts: list[int], jobs: int | None, work: Path, every: float = 0,
              per_day: int | None = None) -> None:
    print(f"{'run':<34} {'articles':>8} {'in MB':>8} {'wall s':>9} {'art/s':>8} {'peak MiB':>9} "
          f"{'exit':>5} {'peak/first':>10}")
    first = None
    for n in sorted(counts):
        src = work / f"short-{n}.jsonl"
        write_short_articles(src, n, per_day=per_day)
        out = work / f"short-{n}.out.jsonl"
        extra = ["--jobs", str(jobs)] if jobs else []
        wall, rss, code, tail = measure(["-m", "mapper", "extract", str(src), "-o", str(out), *extra],
                                        out, every)
        first = first or rss
        print(f"{'extract ' + src.name:<34} {n:>8} {src.stat().st_size / 1e6:>8.1f} {wall:>9.1f} "
              f"{n / wall:>8.0f} {rss:>9.0f} {code:>5} {rss / first:>10.2f}")
        print(f"    {tail}")  # the run's summary (events, merged), or its error
        sys.stdout.flush()
        src.unlink()
        out.unlink(missing_ok=True)


def measure(args: list[str], watch: Path | None = None, every: float = 0) -> tuple[float, float, int, str]:
    """(wall seconds, peak RSS MiB, exit code, last stderr lines) of one process. With ``every`` > 0,
    also prints every that many seconds the records written so far to ``watch`` (the output file, which
    the atomic writer keeps in a temporary directory beside it until the end) and the current and peak
    RSS of the process and of each of its workers: a run too long to finish still shows its curve."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, *args], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    pipes: dict[str, str] = {}
    readers = [threading.Thread(target=lambda name, f: pipes.__setitem__(name, f.read()), args=(name, f))
               for name, f in (("out", proc.stdout), ("err", proc.stderr))]
    for r in readers:
        r.start()
    lines = Lines(watch)
    next_sample = every
    while True:
        # Reap with wait4 for this child's own resource usage (its workers included once reaped).
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        elapsed = time.perf_counter() - t0
        if every and elapsed >= next_sample:
            next_sample += every
            mem = ", ".join(f"{rss:.0f}/{hwm:.0f}" for rss, hwm in rss_tree(proc.pid))
            print(f"    {elapsed:7.0f} s  {lines.count():>9} records  RSS/peak MiB (parent, workers): {mem}",
                  flush=True)
        time.sleep(0.5)  # a benchmark's poll, not a test's wait
    for r in readers:
        r.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t0
    tail = [ln for ln in (pipes.get("out", "") + pipes.get("err", "")).splitlines() if ln.strip()]
    return wall, usage.ru_maxrss / 1024, proc.returncode, "\n".join(tail[-2:])


class Lines:
    """Counts the lines written so far to an output file that the atomic writer keeps, until the end,
    as ``.NAME.XXXX/NAME`` beside its final path; reads only what is new at each call."""

    def __init__(self, final: Path | None) -> None:
        self.final, self.n, self.pos = final, 0, 0

    def count(self) -> int:
        if self.final is None:
            return 0
        for path in self.final.parent.glob(f".{self.final.name}.*/{self.final.name}"):
            with path.open("rb") as f:
                f.seek(self.pos)
                chunk = f.read()
            self.n += chunk.count(b"\n")
            self.pos += len(chunk)
        return self.n


def rss_tree(pid: int) -> list[tuple[float, float]]:
    """(current, peak) RSS in MiB of process ``pid``, then of each of its children (Linux /proc)."""
    def status(p: int | str) -> dict[str, str]:
        try:
            text = Path(f"/proc/{p}/status").read_text()
        except OSError:
            return {}
        return dict(line.split(":", 1) for line in text.splitlines() if ":" in line)

    def mib(st: dict[str, str], key: str) -> float:
        return int(st.get(key, "0 kB").split()[0]) / 1024

    out = []
    for p in [str(pid)] + [q for q in os.listdir("/proc") if q.isdigit() and
                           status(q).get("PPid", "").strip() == str(pid)]:
        st = status(p)
        if st:
            out.append((mib(st, "VmRSS"), mib(st, "VmHWM")))
    return out


def report(label: str, articles: int, size_mb: float, args: list[str]) -> None:
    wall, rss, code, tail = measure(args)
    rate = articles / wall if wall else 0
    print(f"{label:<34} {articles:>8} {size_mb:>8.1f} {wall:>9.1f} {rate:>8.0f} {rss:>9.0f} {code:>5}")
    if code != 0:
        print(f"    {tail}")
    sys.stdout.flush()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=200, help="size of the generated JSONL (MB)")
    ap.add_argument("--files", type=int, default=10_000, help="files in the generated directory")
    ap.add_argument("--only", choices=("jsonl", "dir"), help="run one of the two inputs")
    ap.add_argument("--keep", type=Path, help="generate into this directory and keep it")
    ap.add_argument("--articles", type=int, nargs="+", help="generated short articles: one run per count")
    ap.add_argument("--jobs", type=int, help="mapper extract --jobs (default: mapper's, all cores)")
    ap.add_argument("--sample", type=float, default=0, metavar="SECONDS",
                    help="with --articles: print records written and RSS every SECONDS while a run goes on")
    ap.add_argument("--per-day", type=int, metavar="R",
                    help="with --articles: publish R articles a day (default: every N over three years)")
    opts = ap.parse_args()
    work = opts.keep or Path(tempfile.mkdtemp(prefix="mapper-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    if opts.articles:
        try:
            run_short(opts.articles, opts.jobs, work, opts.sample, opts.per_day)
        finally:
            if not opts.keep:
                shutil.rmtree(work, ignore_errors=True)
        return
    texts, origin = source_texts()
    try:
        print(f"source texts: {origin}; work directory: {work}")
        print(f"{'run':<34} {'articles':>8} {'in MB':>8} {'wall s':>9} {'art/s':>8} {'peak MiB':>9} "
              f"{'exit':>5}")
        one = work / "one.txt"
        one.write_text(texts[0], encoding="utf-8")
        report("baseline: extract one article", 1, one.stat().st_size / 1e6,
               ["-m", "mapper", "extract", str(one), "-o", str(work / "one.out.jsonl")])
        if opts.only in (None, "jsonl"):
            big = work / "big.jsonl"
            n = write_jsonl(big, texts, opts.mb)
            mb = big.stat().st_size / 1e6
            report("read only: big.jsonl", n, mb, ["-c", READ_ONLY, str(big)])
            report("extract big.jsonl", n, mb,
                   ["-m", "mapper", "extract", str(big), "-o", str(work / "big.out.jsonl")])
            (work / "big.out.jsonl").unlink(missing_ok=True)
            if not opts.keep:
                big.unlink()
        if opts.only in (None, "dir"):
            root = work / "many"
            write_directory(root, texts, opts.files)
            mb = sum(p.stat().st_size for p in root.rglob("*.txt")) / 1e6
            report(f"read only: {opts.files} files", opts.files, mb, ["-c", READ_ONLY, str(root)])
            report(f"extract {opts.files} files", opts.files, mb,
                   ["-m", "mapper", "extract", str(root), "-o", str(work / "many.out.jsonl")])
    finally:
        if not opts.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
