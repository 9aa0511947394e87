"""Every core: ``--jobs N`` gives the output of one process, in input order, and stops cleanly.

The workers are real forked processes (mapper.parallel); the signal tests run the real CLI in a
subprocess and signal it once it has written its first record (an event, not a sleep).
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing.pool
import os
import pickle
import select
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from mapper import parallel
from mapper.errors import MapperError
from mapper.gazetteer import Gazetteer
from mapper.io.export import article_record
from mapper.model import Article
from mapper.parallel import parse_in_order
from mapper.pipeline import Pipeline
from mapper.run import analyse_inputs

ROOT = Path(__file__).resolve().parents[1]

TEXTS = [
    "Airstrikes hit Deir ez-Zor on Saturday, killing 62 soldiers, the Russian ministry said.",
    "Protesters marched in Bamako on Friday against the junta.",
    "Nothing happened anywhere today.",
    "Gunmen ambushed a convoy near Gao on Tuesday, killing four soldiers.",
    "An air strike hit Deir ez-Zor on Saturday; 60 soldiers were killed.",
]


def _mixed_inputs(root: Path) -> list[str]:
    """A directory of articles with a bad file among them, a JSONL file, and a missing file."""
    d = root / "articles"
    d.mkdir()
    for i, text in enumerate(TEXTS * 8):  # 40 files: several batches of work per worker
        (d / f"{i:03d}.txt").write_text(f"2016-09-{10 + i % 9:02d}\n\n{text}", encoding="utf-8")
    (d / "020-empty.txt").write_text("", encoding="utf-8")  # a problem in the middle of the run
    (d / "030-broken.html").write_bytes(b"\xff\xfe\x00\x00" * 3)
    lines = [json.dumps({"id": f"j{i}", "published": "2016-09-17", "text": t}) for i, t in enumerate(TEXTS)]
    (root / "more.jsonl").write_text("\n".join(lines) + "\n{not json\n", encoding="utf-8")
    return [str(d), str(root / "more.jsonl"), str(root / "missing.txt")]


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mapper", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)


def test_parse_in_order_keeps_order_and_passes_other_items_through(pipeline: Pipeline) -> None:
    items: list[object] = []
    for i in range(37):  # not a multiple of the batch size
        items.append(Article(id=f"a{i}", text=TEXTS[i % len(TEXTS)], published="2016-09-17"))
        if i % 10 == 3:
            items.append(f"problem {i}")
    got = list(parse_in_order(pipeline, items, jobs=2))
    want = list(parse_in_order(pipeline, items, jobs=1))
    assert [getattr(x, "article", x) for x in got] == [getattr(x, "article", x) for x in want] == items
    assert [article_record(d) for d in got if not isinstance(d, str)] == \
        [article_record(d) for d in want if not isinstance(d, str)]
    # Only the final layers travel back: the parent keeps its own article, and the intermediate layers
    # (sentences, candidates, clauses) stay in the worker.
    docs = [d for d in got if not isinstance(d, str)]
    articles = [x for x in items if isinstance(x, Article)]
    assert all(d.article is a for d, a in zip(docs, articles, strict=True))
    assert {(d.sentences, d.candidates, d.resolutions, d.clauses) for d in docs} == {(None, None, None, None)}
    assert [(d.mentions, d.events, d.roles) for d in docs] == \
        [(d.mentions, d.events, d.roles) for d in want if not isinstance(d, str)]
    # So do the discourse component's sentence labels, kept in ``user`` (a third of what was pickled).
    assert all("discourse" in d.user for d in want if not isinstance(d, str))
    assert [d.user for d in docs] == [{}] * len(docs)


def test_worker_answers_pickle_to_equal_layers(pipeline: Pipeline) -> None:
    """The flat pickling of mentions, places and roles (their class and field values, rebuilt by the
    constructor) gives back equal values, of the same classes, with places shared as before."""
    docs = [pipeline.parse(Article(id=f"a{i}", text=t, published="2016-09-17")) for i, t in enumerate(TEXTS)]
    layers = [(d.mentions, d.events, d.roles, {"mine": [1, 2]}) for d in docs]
    assert any(r.clause is not None for d in docs for r in d.roles or ())
    back = pickle.loads(parallel._dumps(layers))
    assert back == layers
    def kinds(ls: list) -> list:
        return [[type(m.place) for m in ms] for ms, *_ in ls]

    assert kinds(back) == kinds(layers)
    mentions, events, *_ = back[0]
    assert events[0].mentions[0] in mentions and any(events[0].mentions[0] is m for m in mentions)


def test_pool_does_not_busy_wait_on_results(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    """multiprocessing's Pool woke its worker-maintenance thread again and again while each answer was
    read (it also waited on the result pipe): counted here as its passes over the workers, which must
    not grow with the number of answers."""
    passes = []
    maintain = multiprocessing.pool.Pool._maintain_pool
    monkeypatch.setattr(multiprocessing.pool.Pool, "_maintain_pool",
                        staticmethod(lambda *a: (passes.append(1), maintain(*a))[1]))
    monkeypatch.setattr(parallel, "BATCH", 1)
    items = [Article(id=f"a{i}", text=TEXTS[i % len(TEXTS)]) for i in range(60)]  # 60 answers
    assert sum(1 for _ in parse_in_order(pipeline, items, jobs=2)) == 60
    assert len(passes) <= 10


def test_analyse_inputs_same_for_any_jobs(pipeline: Pipeline, tmp_path: Path) -> None:
    inputs = _mixed_inputs(tmp_path)
    one = analyse_inputs(inputs, pipeline=pipeline, jobs=1)
    two = analyse_inputs(inputs, pipeline=pipeline, jobs=2)
    assert [d.article.id for d in two[0]] == [d.article.id for d in one[0]]
    assert [article_record(d) for d in two[0]] == [article_record(d) for d in one[0]]
    assert two[1] == one[1] and two[2] == one[2]
    assert one[2].articles == 45 and one[2].merged_events > 0
    assert [p.source.rsplit("/", 1)[-1] for p in one[2].problems] == \
        ["020-empty.txt", "030-broken.html", "more.jsonl:6", "missing.txt"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_cli_same_bytes_for_jobs_1_and_2(gazetteer: Gazetteer, tmp_path: Path, fmt: str) -> None:
    """The files, the run summary and every problem line, and the exit code (1: some inputs failed)."""
    inputs = _mixed_inputs(tmp_path)
    runs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.{fmt}"
        proc = _cli("extract", *inputs, "--format", fmt, "-o", str(out), "--jobs", jobs, cwd=tmp_path)
        err = [line for line in proc.stderr.splitlines() if not line.startswith("wrote ")]  # has a time
        runs.append((proc.returncode, err, out.read_bytes()))
    assert runs[0] == runs[1]
    code, err, data = runs[0]
    assert code == 1 and len(data) > 1000
    assert err[0].startswith("error: ") and "020-empty.txt" in err[0]
    assert sum(line.startswith("error: ") for line in err) == 4
    assert any(line.startswith("inputs: 3, articles read: 45,") for line in err)


def _children(pid: int) -> set[int]:
    """Live child processes of ``pid``."""
    kids = set()
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(stat[1]) == pid and stat[0] != "Z":
            kids.add(int(entry))
    return kids


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


LINE = b'{"published": "2016-09-17", "text": "Airstrikes hit Deir ez-Zor on Saturday, killing 62 men."}\n'


@pytest.mark.parametrize(("sig", "code", "word"), [(signal.SIGINT, 130, "interrupted"),
                                                    (signal.SIGTERM, 143, "terminated")])
def test_signal_with_workers_stops_them_and_exits_cleanly(gazetteer: Gazetteer, tmp_path: Path,
                                                          sig: signal.Signals, code: int, word: str) -> None:
    """Streamed extract with two workers on an input that never ends: the first record on stdout is the
    event that the run is under way. Ctrl-C goes to the whole process group, as from a terminal."""
    proc = subprocess.Popen([sys.executable, "-m", "mapper", "extract", "-", "--input-format", "jsonl",
                             "--jobs", "2"], cwd=tmp_path, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None

    def feed() -> None:
        try:
            for _ in range(500):
                proc.stdin.write(LINE * 10)  # type: ignore[union-attr]
                proc.stdin.flush()  # type: ignore[union-attr]
        except (BrokenPipeError, ValueError, OSError):
            pass

    threading.Thread(target=feed, daemon=True).start()
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 90)
        assert ready, "no record within 90 s"
        first = proc.stdout.readline()  # a record streamed while the input is still open
        assert json.loads(first)["events"][0]["event_type"] == "Explosions/Remote violence"
        workers = _children(proc.pid)
        assert len(workers) >= 2
        if sig == signal.SIGINT:
            os.killpg(proc.pid, sig)
        else:
            proc.send_signal(sig)
        proc.stdout.read()
        err = proc.stderr.read().decode()
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        with contextlib.suppress(OSError, ValueError):  # the feeder may be mid-write to the closed pipe
            proc.stdin.close()
    assert (proc.returncode, err.strip().splitlines()[-1]) == (code, word), err
    assert "Traceback" not in err
    assert not [w for w in workers if _alive(w)]  # the parent terminated and reaped them before exiting


class _DieOn:
    """A component that kills its own (worker) process on one article, as the OOM killer would."""

    name = "die_on"

    def __init__(self, text: str) -> None:
        self.text = text

    def __call__(self, doc) -> None:  # noqa: ANN001
        if self.text in doc.text and os.getpid() != PARENT:
            os.kill(os.getpid(), signal.SIGKILL)


PARENT = os.getpid()


def test_a_worker_that_dies_stops_the_run_with_one_error(gazetteer: Gazetteer) -> None:
    pipe = Pipeline(gazetteer)
    pipe.add(_DieOn("poison"), before="sentences")
    items = [Article(id=f"a{i}", text="poison" if i == 40 else TEXTS[i % len(TEXTS)]) for i in range(80)]
    with pytest.raises(MapperError, match="a worker process died"):
        list(parse_in_order(pipe, items, jobs=2))
