"""mapper.dask on a real LocalCluster (two worker processes): the same events, ids and summary as a
single-process run on the same input, written as partitioned GeoParquet."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import dask.bag as db  # dask[distributed] is in the test extra: a missing one fails, never skips
import geopandas as gpd
import pandas as pd
import pyarrow.parquet as pq
import pytest
from distributed import Client, LocalCluster

import mapper.dask as mdask
from mapper.errors import NothingRead, OutputError
from mapper.io.export import to_geodataframe, write_jsonl
from mapper.model import Article, InputProblem, InputWarning, RunSummary
from mapper.pipeline import Pipeline
from mapper.run import analyse_inputs, extract
from tests.conftest import ROOT, TEST_CACHE_DIR

EVENT_SENTENCES = ROOT / "tests" / "data" / "event_sentences.jsonl"

# One airstrike told by three outlets (merged into one event), a clash elsewhere, an article with no
# place, two lines that are not articles, an id used twice, and ids and titles that look like code.
STRIKE = [
    {"id": "s1", "published": "2024-05-07", "title": "{{ 7*7 }}",
     "text": "Airstrikes hit Deir ez-Zor on Tuesday, killing four fighters, a monitor said."},
    {"id": "s2", "published": "2024-05-07",
     "text": "An air strike on Deir ez-Zor killed nine people on Tuesday, local sources said."},
    {"id": "=HYPERLINK(\"x\")", "published": "2024-05-08",
     "text": "Warplanes bombed Deir ez-Zor on Tuesday; the death toll rose to eleven."},
]
OTHER = [
    {"id": "g1", "published": "2024-05-10",
     "text": "Gunmen attacked Goma on Friday, killing three soldiers."},
    {"id": "s1", "published": "2024-05-10", "text": "Nothing happened anywhere today, officials said."},
]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    # Worker processes inherit this process's environment, MAPPER_CACHE_DIR included (conftest sets it).
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster, \
            Client(cluster) as c:
        mdask.preload(c)
        yield c


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    d = tmp_path_factory.mktemp("dask-inputs")
    # 20 short articles of the events test set, then the reports above.
    sentences = d / "sentences.jsonl"
    sentences.write_text("".join(EVENT_SENTENCES.read_text(encoding="utf-8").splitlines(keepends=True)[:20]),
                         encoding="utf-8")
    news = d / "news.jsonl"
    lines = [json.dumps(r) for r in STRIKE[:2]] + ["{not json"] + [json.dumps(r) for r in OTHER] + [
        json.dumps({"id": "no-text"})] + [json.dumps(STRIKE[2])]
    news.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(sentences), str(news), str(d / "missing.txt")]


def _single(inputs: list[str], pipeline: Pipeline) -> tuple[gpd.GeoDataFrame, list[dict], RunSummary]:
    """What one process makes of the inputs: the rows of `mapper extract --format parquet`, the JSONL
    records and the summary."""
    docs, incidents, summary = analyse_inputs(inputs, pipeline=pipeline)
    out = io.StringIO()
    write_jsonl(docs, out, incidents)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    return to_geodataframe(docs, "events", incidents), records, summary


def test_the_same_events_and_summary_as_one_process(tmp_path: Path, client: Client, inputs: list[str],
                                                    pipeline: Pipeline) -> None:
    single, records, single_summary = _single(inputs, pipeline)
    problems: list[InputProblem] = []
    summary = mdask.extract(inputs, tmp_path / "out", scheduler=client, partition_size=6,
                            on_problem=problems.append, window=None)  # every incident open, as analyse_inputs
    events = gpd.read_parquet(tmp_path / "out" / "events.parquet")
    pd.testing.assert_frame_equal(events, single)  # every field of every merged event, in order
    assert summary.lines() == single_summary.lines()
    assert summary.problems == single_summary.problems == problems
    assert [str(p) for p in problems] == [
        f"{inputs[1]}:3: invalid JSON: Expecting property name enclosed in double quotes (column 2)",
        f"{inputs[1]}:6: no \"text\" field",
        f"{inputs[2]}: no such file",
    ]
    assert [w.message for w in summary.warnings] == [
        'id "s1" is already used by an earlier article; this one is "s1-2"']

    # The strike: one event, three sources in two partitions, the id of its first report; the larger
    # figure of its reports (a toll that "rose to eleven" is an update, not this report's deaths).
    strike = events[events["article_ids"].str.startswith("s1")]
    columns = ["event_id", "sub_event_type", "fatalities", "sources", "article_ids", "titles"]
    assert strike[columns].to_dict("records") == [
        {"event_id": "s1#1", "sub_event_type": "Air/drone strike", "fatalities": 9, "sources": 3,
         "article_ids": 's1; s2; =HYPERLINK("x")', "titles": "{{ 7*7 }}; ; "}]
    assert summary.events == len(events) > 15 and summary.merged_events == 2

    # Reports: one file per partition of 6 articles, each report's event_id as the JSONL records give it.
    articles = single_summary.articles
    parts = sorted(p.name for p in (tmp_path / "out" / "reports").iterdir())
    assert articles == 25 and parts == [f"part-{n:05d}.parquet" for n in range(5)]
    reports = gpd.read_parquet(tmp_path / "out" / "reports")
    assert reports["event_id"].tolist() == [e["event_id"] for r in records for e in r["events"]]
    assert reports["article_ids"].tolist() == [r["id"] for r in records for _ in r["events"]]
    assert reports["location_name"].tolist() == [e["location_name"] for r in records for e in r["events"]]
    assert reports["fatalities"].astype(object).where(reports["fatalities"].notna(), None).tolist() == [
        e["fatalities"] for r in records for e in r["events"]]
    assert sorted(os.listdir(tmp_path)) == ["out"]  # no temporary left


@pytest.mark.parametrize("window", [0, 30])
def test_a_merge_window_gives_the_file_of_a_windowed_single_process_extract(
        tmp_path: Path, client: Client, inputs: list[str], pipeline: Pipeline, window: int) -> None:
    """With a merge window the client keeps only recent incidents open and writes each closed one at
    once; events.parquet is then the file `mapper extract --format parquet --merge-window W` writes."""
    single = tmp_path / "single.parquet"
    single_summary = extract(inputs, single, pipeline=pipeline, window=window)
    summary = mdask.extract(inputs, tmp_path / "out", scheduler=client, partition_size=6, window=window)
    events = gpd.read_parquet(tmp_path / "out" / "events.parquet")
    pd.testing.assert_frame_equal(events, gpd.read_parquet(single))  # every field, in the same order
    assert summary.lines() == single_summary.lines()
    files = (tmp_path / "out" / "events.parquet", single)
    geo = [json.loads(pq.read_schema(f).metadata[b"geo"]) for f in files]
    assert geo[0] == geo[1]  # one bounding box over all the parts
    assert sorted(os.listdir(tmp_path / "out")) == ["events.parquet", "reports"]  # the parts are gone

    # Closed incidents were written as they closed, a part each time: one row group per part.
    assert pq.ParquetFile(tmp_path / "out" / "events.parquet").num_row_groups > 1
    unbounded = mdask.extract(inputs, tmp_path / "all", scheduler=client, partition_size=6, window=None)
    # No report here came within a window of an incident that had closed (the inputs come in date order, and
    # the news is older than the clock): the same events, in the same order, as with every incident open.
    pd.testing.assert_frame_equal(events, gpd.read_parquet(tmp_path / "all" / "events.parquet"))
    assert unbounded.lines() == summary.lines()


def test_workers_share_the_compiled_gazetteer_and_keep_one_pipeline(client: Client) -> None:
    def state() -> tuple[str | None, int]:
        import mapper.dask

        return os.environ.get("MAPPER_CACHE_DIR"), len(mapper.dask._pipelines)

    seen = client.run(state)
    assert len(seen) == 2
    # Each loaded one pipeline, from the tests' cache, and kept it for every task since.
    assert {cache for cache, _ in seen.values()} == {str(TEST_CACHE_DIR)}
    assert [n for _, n in seen.values()] == [1, 1]


def test_analyse_bag_of_records_and_articles(client: Client, pipeline: Pipeline) -> None:
    records = [{"text": "Gunmen attacked Goma on Friday, killing three soldiers.", "published": "2024-05-10"},
               {"id": "t\ud800", "title": "bad \udfff title", "text": "Shelling hit Aleppo on Monday."},
               {"id": "x", "title": "no text"},
               Article("a1", "Protesters marched in Nairobi on Tuesday.", published="2024-05-07"),
               42]
    bag = db.from_sequence(records, npartitions=2)
    out = mdask.analyse_bag(bag, published="2024-05-01").compute(scheduler=client)
    kinds = [type(x).__name__ for x in out]
    assert kinds == ["Doc", "InputWarning", "Doc", "InputProblem", "Doc", "InputProblem"]
    goma, warning, aleppo, no_text, nairobi, not_article = out
    assert goma.article.id == "0:1"  # partition 0, record 1: a record without an id
    assert aleppo.article.id == "t\ufffd" and aleppo.article.title == "bad \ufffd title"
    assert aleppo.article.published == "2024-05-01"  # the run's default date
    assert warning == InputWarning("0:2", "lone surrogates (invalid Unicode) in id, title replaced with "
                                          "U+FFFD")
    assert no_text == InputProblem("0:3", 'no "text" field')
    assert not_article == InputProblem("1:2", "not an article or a record but int")
    # The workers' documents are the ones this process makes, layer for layer that travels.
    for doc, article in ((goma, Article("0:1", records[0]["text"], published="2024-05-10", source="0:1")),
                         (nairobi, records[3])):
        here = pipeline.parse(article)
        assert (doc.events, doc.mentions, doc.roles) == (here.events, here.mentions, here.roles)
    assert [e.sub_event_type for e in goma.events] == ["Armed clash"] and goma.events[0].fatalities == 3
    assert goma.sentences is None  # intermediate layers stay on the worker


def test_a_bag_written_twice_replaces_the_previous_output(tmp_path: Path, client: Client) -> None:
    out = tmp_path / "out"
    bag = db.from_sequence(STRIKE + OTHER[:1], npartitions=4)
    first = mdask.extract(bag, out, scheduler=client)
    assert (first.inputs, first.articles, first.events, first.merged_events) == (4, 4, 2, 2)
    assert len(list((out / "reports").iterdir())) == 4
    # The scheduler by its address (a client of the call's own), or None: the client this code runs under.
    goma = db.from_sequence(OTHER[:1], npartitions=1)
    second = mdask.extract(goma, out, scheduler=client.scheduler.address)
    assert mdask.extract(goma, out).lines() == second.lines()
    assert (second.articles, second.events) == (1, 1)
    assert sorted(p.name for p in (out / "reports").iterdir()) == ["part-00000.parquet"]  # no stale part
    assert gpd.read_parquet(out / "events.parquet")["event_id"].tolist() == ["g1#1"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_directory_of_something_else_is_refused_before_any_work(tmp_path: Path, client: Client) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(OutputError, match=r"mine: it holds 'notes.txt', so it is not an output of "
                                          r"mapper.dask"):
        mdask.extract([str(EVENT_SENTENCES)], out, scheduler=client)
    assert [p.name for p in out.iterdir()] == ["notes.txt"]
    with pytest.raises(OutputError, match="notes.txt: it is a file, not a directory"):
        mdask.extract([str(EVENT_SENTENCES)], out / "notes.txt", scheduler=client)


def test_no_article_writes_nothing(tmp_path: Path, client: Client) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(NothingRead) as caught:
        mdask.extract([str(empty)], tmp_path / "out", scheduler=client)
    assert [str(p) for p in caught.value.summary.problems] == [f"{empty}: empty file"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt"]


def test_a_failing_task_leaves_the_previous_output_and_no_temporary(tmp_path: Path, client: Client) -> None:
    out = tmp_path / "out"
    mdask.extract(db.from_sequence(STRIKE, npartitions=2), out, scheduler=client)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    # A feed read on the workers, with a broken line: the bag's own json.loads fails there.
    lines = [json.dumps(r) for r in STRIKE + OTHER] + ["{broken"]
    bag = db.from_sequence(lines, npartitions=3).map(json.loads)
    with pytest.raises(json.JSONDecodeError):
        mdask.extract(bag, out, scheduler=client)
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


# --------------------------------------------------------------- mapper extract --dask


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mapper", "extract", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_extract_dask_on_the_command_line(tmp_path: Path, client: Client, inputs: list[str]) -> None:
    # The command is a thin layer over mapper.dask.extract: the same files and the same report.
    problems: list[InputProblem] = []
    summary = mdask.extract(inputs, tmp_path / "api", scheduler=client, on_problem=problems.append)
    r = _cli(*inputs, "--dask", client.scheduler.address, "-o", str(tmp_path / "cli"))
    assert r.returncode == 1  # two bad lines and a missing file, reported; the rest written
    lines = r.stderr.splitlines()
    told = len(problems) + len(summary.warnings)  # each as it is met, in input order
    assert sorted(lines[:told]) == sorted([f"error: {p}" for p in problems] + [
        f"warning: {w}" for w in summary.warnings])
    assert lines[told:-1] == summary.lines()
    assert lines[-1].startswith(f"wrote {tmp_path / 'cli'} (")
    for name in ("events.parquet", "reports"):
        pd.testing.assert_frame_equal(gpd.read_parquet(tmp_path / "cli" / name),
                                      gpd.read_parquet(tmp_path / "api" / name))


def test_extract_dask_local_starts_its_own_cluster(tmp_path: Path) -> None:
    news = tmp_path / "strike.jsonl"
    news.write_text("".join(json.dumps(r) + "\n" for r in STRIKE), encoding="utf-8")
    r = _cli(str(news), "--dask", "local", "--jobs", "1", "-o", str(tmp_path / "out"))
    assert r.returncode == 0, r.stderr
    events = gpd.read_parquet(tmp_path / "out" / "events.parquet")
    assert events[["event_id", "sources", "article_ids"]].to_dict("records") == [
        {"event_id": "s1#1", "sources": 3, "article_ids": 's1; s2; =HYPERLINK("x")'}]
    assert "articles read: 3" in r.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["--dask", "local"], "--dask writes a directory of GeoParquet files: give it with -o DIR"),
    (["--dask", "local", "-o", "x", "--format", "csv"],
     "--dask writes GeoParquet (--format parquet), not csv"),
    (["--dask", "local", "-o", "x", "--schema", "acled"], "--dask writes the events schema"),
    (["--dask", "tcp://127.0.0.1:1", "-o", "x", "--jobs", "2"], "--jobs sets the workers of --dask local"),
    (["--dask", "local", "-o", "x", "--geocoder", "nominatim"], "--geocoder is not offered with --dask"),
    (["--dask", "notanaddress", "-o", "x"], "'notanaddress' is not a Dask scheduler's address"),
])
def test_extract_dask_usage_errors_before_any_work(tmp_path: Path, args: list[str], message: str) -> None:
    from typer.testing import CliRunner

    from mapper.cli import app

    r = CliRunner().invoke(app, ["extract", str(tmp_path / "in.jsonl"), *args])
    assert r.exit_code == 2
    assert r.stderr.startswith(f"usage error: {message}")
    assert sorted(tmp_path.iterdir()) == []
