"""mapper on a Dask cluster: articles analysed by the workers, events merged and written on the client.

    from distributed import Client
    import mapper.dask

    client = Client("tcp://scheduler.example.org:8786")       # or a LocalCluster, or None (see extract)
    summary = mapper.dask.extract(["articles/"], "out/", scheduler=client)

    bag = dask.bag.read_text("s3://bucket/news/*.jsonl").map(json.loads)   # or a bag of Article values
    docs = mapper.dask.analyse_bag(bag)                        # a bag of Doc (and InputProblem, InputWarning)
    summary = mapper.dask.extract(bag, "out/", scheduler=client)

Dask is the engine: a partition of articles is one task, and each worker process loads one pipeline (the
gazetteer and models), on its first task, and keeps it for every later one (:func:`worker_pipeline`).
The workers send back each article's document (its article, mentions, roles and events); the client
merges the events across articles with :class:`mapper.events.merge.Merger` in input order, exactly as a
single-process run does, so the same inputs give the same events and ids.

:func:`extract` writes a directory of GeoParquet files (points in EPSG:4326, read them with
``geopandas.read_parquet``, DuckDB, QGIS or pandas)::

    out/events.parquet                 the merged events, one row per incident: the same file as
                                       `mapper extract --format parquet -o events.parquet` on one machine
    out/reports/part-00000.parquet     partition 0's articles' own reports of events, one row each, with
    out/reports/part-00001.parquet     the same columns; event_id names the merged event in events.parquet
    ...                                that the report joined (group or join on it)

The client writes the files as the partitions come back, in order, so the workers need no shared file
system, and the directory appears whole at the end (written beside it, then renamed into place; a
previous output of this function is replaced, any other non-empty directory is refused). Its memory is
bounded as a single-machine ``mapper extract`` is: a bounded window of partitions in flight, and a
merger that keeps open only the incidents of the last ``window`` days, holding at most ``max_reports``
reports (``Merger(window=..., max_reports=...)``); an
incident that closes is written at once to a part of events.parquet (joined into the one file at the
end, row group by row group), so the client holds no incident of the past. The rows of events.parquet
come in the order a single-machine ``mapper extract --format parquet`` with the same window writes
them: the incidents as they close, then the open ones by their first report.

Inputs given as paths are read on the client, streamed (each problem and warning as in a
single-process run), and sent to the workers ``partition_size`` articles at a time. A bag is read by
the workers themselves: its elements are :class:`~mapper.model.Article` values or records (dicts with
``text`` and any of ``id``, ``title``, ``url``, ``published``, as in a JSONL line); a record without an
id gets ``PARTITION:N``, and ids must be unique across the bag (a repeated one is reported as a
warning, and its events are not merged with the first's).

Workers find the compiled gazetteer in ``MAPPER_CACHE_DIR`` (a LocalCluster's workers inherit the
client's environment; on other machines set it, or let each machine compile its index once). Online
geocoding is not offered here: every worker would keep its own request rate, breaking the providers'
usage policies.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

try:
    import dask
    import dask.bag as db
    from dask.delayed import Delayed
except ImportError as e:  # pragma: no cover - depends on the installation
    raise ImportError("mapper.dask needs Dask: pip install 'mapper[dask]'") from e

from mapper.atomic import output_error
from mapper.config import Config, MergeRule
from mapper.doc import Doc
from mapper.errors import MapperError, NothingRead, OutputError, UsageError
from mapper.events.merge import Merger
from mapper.io.articles import Context, Ids, _DigestSet
from mapper.io.export import CountryNumbers, english_names, to_geodataframe, write_parquet
from mapper.io.formats import record_article
from mapper.model import Article, InputProblem, InputWarning, RunSummary
from mapper.pipeline import EVENT_FILTER_DEFAULT, ROLES_DEFAULT, Pipeline
from mapper.run import DEFAULT_MAX_REPORTS, DEFAULT_WINDOW

if TYPE_CHECKING:
    import geopandas as gpd
    from distributed import Client

Item = Doc | InputProblem | InputWarning
LOCAL = "local"  # the scheduler that means a LocalCluster on this machine for the run
CONNECT_TIMEOUT = "30s"  # to reach a scheduler given by its address
EVENTS_FILE = "events.parquet"
REPORTS_DIR = "reports"
_EVENT_PARTS = ".events"  # the closed incidents' parts of EVENTS_FILE, in the work directory only


@dataclass(frozen=True)
class PipelineSpec:
    """What a worker needs to build its pipeline: a small value sent with every task (a loaded pipeline
    is far too big to ship), and the key of the worker's cache of loaded pipelines."""

    extra_gazetteer: str | None = None  # a path every worker can read
    disable: tuple[str, ...] = ()
    config: Config | None = None
    roles: str = ROLES_DEFAULT  # "rules" or "learned" (Pipeline's roles)
    event_filter: bool = EVENT_FILTER_DEFAULT  # the shipped event filter or none (Pipeline's event_filter)

    def build(self) -> Pipeline:
        return Pipeline(extra_gazetteer=self.extra_gazetteer, config=self.config, disable=self.disable,
                        roles=self.roles, event_filter=self.event_filter)


_pipelines: dict[PipelineSpec, Pipeline] = {}
_pipelines_lock = threading.Lock()  # a worker with several threads loads each pipeline once


def worker_pipeline(spec: PipelineSpec = PipelineSpec()) -> Pipeline:
    """The pipeline of ``spec`` in this process, loaded on first use and kept for the process's life."""
    with _pipelines_lock:
        pipe = _pipelines.get(spec)
        if pipe is None:
            pipe = _pipelines[spec] = spec.build()
        return pipe


def _load(spec: PipelineSpec) -> None:
    worker_pipeline(spec)
    import geopandas  # noqa: F401  (the reports' rows are made on the workers)


def preload(client: Client, *, extra_gazetteer: str | os.PathLike[str] | None = None,
            disable: Iterable[str] = (), config: Config | None = None) -> None:
    """Load the pipeline on every worker of ``client`` now, rather than on each worker's first task (a
    second or so each, with the gazetteer compiled in MAPPER_CACHE_DIR)."""
    client.run(_load, _spec(extra_gazetteer, disable, config))


def _slim(doc: Doc) -> Doc:
    """The layers the client needs (exports, merging, the map), without the intermediate ones
    (sentences, candidates, clauses...), which would only cost transfer."""
    return Doc(doc.article, doc.mentions, doc.events, roles=doc.roles, user=doc.user)


def analyse_partition(items: Iterable[Article | dict[str, Any]], partition: int,
                      spec: PipelineSpec = PipelineSpec(), published: str | None = None) -> list[Item]:
    """Analyse one partition on a worker: a Doc for each article, an InputProblem for a record that is not
    one (no text), and an InputWarning (before its Doc) for an id repeated in the partition or lone
    surrogates cleaned from a record, in order."""
    out: list[Item] = []
    ctx = Context(published, out.append, Ids(out.append))
    pipe = worker_pipeline(spec)
    for n, item in enumerate(items, start=1):
        where = f"{partition}:{n}"
        if isinstance(item, dict):
            item = record_article(item, ctx, default_id=where, where=where, source=where)
        elif isinstance(item, Article):
            item = Article(ctx.ids.claim(item.id, where), item.text, item.title, item.url,
                           item.published or published, item.source)
        else:
            item = InputProblem(where, f"not an article or a record but {type(item).__name__}")
        if isinstance(item, InputProblem):
            out.append(item)
        else:
            out.append(_slim(pipe.parse(item)))
    return out


def analyse_bag(articles: db.Bag, *, extra_gazetteer: str | os.PathLike[str] | None = None,
                disable: Iterable[str] = (), config: Config | None = None,
                published: str | None = None) -> db.Bag:
    """A bag of what the workers make of ``articles`` (a bag of Article values or records, see the
    module's docstring), partition for partition: Doc values, and InputProblem / InputWarning values
    for records that are not articles or were read with a loss. Nothing is merged: pass the Doc values
    in order to a :class:`~mapper.events.merge.Merger`, or use :func:`extract`."""
    spec = _spec(extra_gazetteer, disable, config)
    return db.from_delayed(_partition_tasks(analyse_partition, articles, spec, published))


def _spec(extra_gazetteer: str | os.PathLike[str] | None, disable: Iterable[str],
          config: Config | None, roles: str = ROLES_DEFAULT,
          event_filter: bool = EVENT_FILTER_DEFAULT) -> PipelineSpec:
    return PipelineSpec(os.fspath(extra_gazetteer) if extra_gazetteer is not None else None,
                        tuple(disable), config, roles, event_filter)


def _extract_partition(items: Iterable[Article | dict[str, Any]], partition: int, spec: PipelineSpec,
                       published: str | None = None) -> tuple[list[Item], gpd.GeoDataFrame]:
    """:func:`analyse_partition`, and the rows of its reports (made here, on the worker: building the
    frames was most of the client's work). The client only fills in their ``event_id``."""
    part = analyse_partition(items, partition, spec, published)
    return part, to_geodataframe(item for item in part if isinstance(item, Doc))


def _task(fn: Callable[..., Any], items: Any, partition: int, spec: PipelineSpec,
          published: str | None = None) -> Delayed:
    """The task that runs ``fn`` over one partition: a bag's partition, or a list of articles (as one
    value: Dask would otherwise look for tasks inside every article)."""
    if not isinstance(items, Delayed):
        items = dask.delayed(items, traverse=False)
    return dask.delayed(fn, pure=False)(items, partition, spec, published)


def _partition_tasks(fn: Callable[..., Any], articles: db.Bag, spec: PipelineSpec,
                     published: str | None) -> list[Delayed]:
    return [_task(fn, part, i, spec, published) for i, part in enumerate(articles.to_delayed())]


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _Run:
    """The client's side of a run: the summary, the merger, and what comes back from the workers, taken
    partition by partition in input order (no document is kept)."""

    def __init__(self, merge: MergeRule, on_problem: Callable[[InputProblem], None] | None,
                 on_warning: Callable[[InputWarning], None] | None, window: int | None = None,
                 max_reports: int | None = None) -> None:
        self.summary = RunSummary()
        self.merger = Merger(merge, window=window, max_reports=max_reports)
        # Open incident's id -> its place as the article writes it (exports); dropped when it closes.
        self.names: dict[str, str] = {}
        self.numbers = CountryNumbers()  # event_id_cnty across the run's parts of events.parquet
        self.places: set[Any] = set()
        self.ids = _DigestSet()  # the article ids met, as the readers' Ids keeps them: 8 bytes each
        self.on_problem, self.on_warning = on_problem, on_warning

    def problem(self, p: InputProblem) -> None:
        self.summary.problems.append(p)
        if self.on_problem:
            self.on_problem(p)

    def warning(self, w: InputWarning) -> None:
        self.summary.warnings.append(w)
        if self.on_warning:
            self.on_warning(w)

    def add(self, n: int, part: list[Item]) -> tuple[int, list[str]]:
        """Account for partition ``n`` and merge its events; return its number of articles and the id of
        the merged event each of their events joined (in order)."""
        articles = 0
        event_ids: list[str] = []
        s = self.summary
        for item in part:
            if isinstance(item, InputProblem):
                self.problem(item)
                continue
            if isinstance(item, InputWarning):
                self.warning(item)
                continue
            ident = item.article.id
            if ident in self.ids:
                self.warning(InputWarning(f"partition {n}", f'id "{ident}" is already used by an article of '
                                                            "an earlier partition"))
            self.ids.add(ident)
            joined = self.merger.add(item)
            event_ids += joined
            # Only an event that opened an incident names it (an incident keeps its first report's id).
            self.names.update((k, v) for k, v in english_names([item]).items() if k in joined)
            articles += 1
            resolved = [m.place for m in item.mentions if m.place is not None]
            s.articles += 1
            s.mentions += len(resolved)
            s.articles_without_places += not resolved
            self.places.update(p.geonameid or (p.name, round(p.lat, 4), round(p.lon, 4)) for p in resolved)
        s.places = len(self.places)
        return articles, event_ids

    def closed_rows(self, final: bool = False) -> gpd.GeoDataFrame | None:
        """The rows of the incidents closed since the last call (with ``final``, then every open one
        too), their names forgotten; None when there are none."""
        incidents = self.merger.closed()
        if final:
            incidents += self.merger.incidents()
        if not incidents:
            return None
        rows = to_geodataframe([], "events", incidents, names=self.names, numbers=self.numbers)
        for incident in incidents:
            self.names.pop(incident.id, None)
            self.numbers.forget(incident.id)
        return rows


def _join_parquet(parts: Sequence[Path], path: Path) -> None:
    """The GeoParquet files ``parts`` (rows of the same columns) as one file at ``path``, copied row group
    by row group (never whole in memory); the ``geo`` metadata's bounding box covers them all."""
    import json

    import pyarrow.parquet as pq

    files = [pq.ParquetFile(p) for p in parts]
    schema = files[0].schema_arrow
    geo = json.loads(schema.metadata[b"geo"])
    for f in files[1:]:
        other = json.loads(f.schema_arrow.metadata[b"geo"])
        for name, column in geo["columns"].items():
            theirs = other["columns"][name]
            if "bbox" in column and "bbox" in theirs:
                a, b = column["bbox"], theirs["bbox"]
                column["bbox"] = [min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])]
            else:
                column.pop("bbox", None)
            column["geometry_types"] = sorted(set(column.get("geometry_types", []))
                                              | set(theirs.get("geometry_types", [])))
    schema = schema.with_metadata({**schema.metadata, b"geo": json.dumps(geo).encode()})
    with pq.ParquetWriter(path, schema) as writer:
        for f in files:
            for i in range(f.num_row_groups):
                writer.write_table(f.read_row_group(i).cast(schema))


def _check_out_dir(out_dir: Path) -> None:
    """Refuse, before any work, a destination this run must not replace: a file, or a directory holding
    anything but a previous output of :func:`extract`."""
    if not out_dir.exists():
        return
    if not out_dir.is_dir():
        raise OutputError(str(out_dir), "it is a file, not a directory")
    for entry in out_dir.iterdir():
        if entry.name == EVENTS_FILE and entry.is_file():
            continue
        if entry.name == REPORTS_DIR and entry.is_dir() and all(
                p.name.startswith("part-") and p.suffix == ".parquet" for p in entry.iterdir()):
            continue
        raise OutputError(str(out_dir), f"it holds {entry.name!r}, so it is not an output of mapper.dask; "
                                        "give an empty or new directory")


def _replace_dir(new: Path, out_dir: Path) -> None:
    """Put the finished directory ``new`` (a sibling of ``out_dir``) in place of ``out_dir``."""
    try:
        if out_dir.exists() and any(out_dir.iterdir()):
            old = Path(tempfile.mkdtemp(dir=out_dir.parent, prefix=f".{out_dir.name}.old."))
            os.replace(out_dir, old / out_dir.name)
            os.replace(new, out_dir)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(new, out_dir)  # a missing or empty directory is replaced by the rename itself
    except OSError as e:
        raise output_error(out_dir, e) from e


def _client(scheduler: Client | str | None, workers: int | None = None) -> tuple[Client, Callable[[], None]]:
    """A distributed client for ``scheduler`` and what closes what was opened for this run."""
    from distributed import Client, get_client

    if isinstance(scheduler, Client):
        return scheduler, lambda: None
    if scheduler == LOCAL:
        return _local_client(workers)
    if isinstance(scheduler, str):
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except ValueError as e:  # "missing port number in address", "unknown address scheme"
            raise UsageError(f"{scheduler!r} is not a Dask scheduler's address ({e}); give tcp://HOST:PORT "
                             "or 'local'") from e
        except (OSError, TimeoutError) as e:  # no scheduler there: one line, not a traceback
            raise MapperError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from e
        return client, client.close
    if scheduler is not None:
        raise UsageError(f"scheduler must be a distributed.Client, an address, 'local' or None, not "
                         f"{type(scheduler).__name__}")
    try:
        return get_client(), lambda: None  # the client this code runs under, if there is one
    except ValueError:
        return _local_client(workers)


def _local_client(workers: int | None) -> tuple[Client, Callable[[], None]]:
    """A LocalCluster of ``workers`` processes (default: Dask's, about one per core) for one run."""
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=workers, processes=True, threads_per_worker=1, dashboard_address=None)
    client = Client(cluster)

    def close() -> None:
        client.close()
        cluster.close()
    return client, close


def _in_order(client: Client, tasks: Iterable[Delayed], window: int) -> Iterator[Any]:
    """The results of ``tasks`` (Delayed values), in order, with at most ``window`` computing at once
    (the rest of the input is not even read meanwhile); what is still running is cancelled on an
    error or Ctrl-C."""
    pending: deque[Any] = deque()
    try:
        for task in tasks:
            pending.append(client.compute(task))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        if pending:
            client.cancel(list(pending))


def extract(inputs: Sequence[str] | db.Bag, out_dir: str | os.PathLike[str], *,
            scheduler: Client | str | None = None, partition_size: int = 500,
            extra_gazetteer: str | os.PathLike[str] | None = None, disable: Iterable[str] = (),
            config: Config | None = None, merge: MergeRule | None = None, input_format: str | None = None,
            published: str | None = None,
            on_problem: Callable[[InputProblem], None] | None = None,
            on_warning: Callable[[InputWarning], None] | None = None,
            progress: Callable[[int], None] | None = None, workers: int | None = None,
            window: int | None = DEFAULT_WINDOW, max_reports: int | None = DEFAULT_MAX_REPORTS,
            roles: str = ROLES_DEFAULT, event_filter: bool = EVENT_FILTER_DEFAULT) -> RunSummary:
    """Analyse ``inputs`` (paths as ``mapper extract`` takes them, or a Dask bag of articles) on a Dask
    cluster and write ``out_dir`` as GeoParquet (the layout is in the module's docstring). Returns the
    run summary, whose counts and problems are those of a single-process run on the same inputs (for a
    bag, its ``inputs`` are the bag's partitions).

    ``scheduler`` is a ``distributed.Client``, a scheduler address (``"tcp://10.0.0.5:8786"``), "local"
    (a LocalCluster of ``workers`` processes on this machine for the call), or None: the client this code
    runs under, else such a LocalCluster. An address that cannot be reached raises MapperError. Paths are sent
    ``partition_size`` articles to a task. ``merge`` is the merge rule (default: the config's); ``window``
    (days of the articles' published dates; None: the whole run) is how long an incident stays open to
    later reports and ``max_reports`` the most reports they hold, as in :func:`mapper.run.extract`,
    which bounds the client's memory. ``roles`` is the workers' roles component ("rules" or "learned",
    as Pipeline's); ``event_filter=False`` leaves the learned event filter out of the workers' pipelines
    (Pipeline's ``event_filter``).
    Raises NothingRead when no input gave an article (nothing is written), OutputError when
    ``out_dir`` cannot be written or holds something other than a previous output.
    """
    import pandas as pd

    from mapper.io.readers import read_inputs

    if partition_size < 1:
        raise UsageError(f"partition_size must be at least 1, not {partition_size}")
    out_dir = Path(out_dir)
    _check_out_dir(out_dir)
    spec = _spec(extra_gazetteer, disable, config, roles, event_filter)
    run = _Run(merge or (config or Config.load()).merge, on_problem, on_warning, window, max_reports)
    summary = run.summary
    if isinstance(inputs, db.Bag):
        summary.inputs = inputs.npartitions
        tasks: Iterable[Delayed] = _partition_tasks(_extract_partition, inputs, spec, published)
    else:
        summary.inputs = len(inputs)

        def articles() -> Iterator[Article]:
            for item in read_inputs(inputs, input_format=input_format, published=published,
                                    on_warning=run.warning):
                if isinstance(item, InputProblem):
                    run.problem(item)
                else:
                    yield item

        chunks = enumerate(_chunks(articles(), partition_size))
        tasks = (_task(_extract_partition, chunk, i, spec) for i, chunk in chunks)

    client, close = _client(scheduler, workers)
    work: Path | None = None
    try:
        try:  # the new output is made beside the old one, and renamed into place once complete
            out_dir.parent.mkdir(parents=True, exist_ok=True)
            work = Path(tempfile.mkdtemp(dir=out_dir.parent, prefix=f".{out_dir.name}."))
            (work / REPORTS_DIR).mkdir()
            (work / _EVENT_PARTS).mkdir()
        except OSError as e:
            raise output_error(out_dir, e) from e
        in_flight = 2 * max(1, sum(client.nthreads().values()))
        event_parts: list[Path] = []

        def write_closed(final: bool = False) -> None:
            rows = run.closed_rows(final)
            if rows is not None:
                event_parts.append(work / _EVENT_PARTS / f"part-{len(event_parts):05d}.parquet")
                write_parquet(rows, event_parts[-1])

        for n, (part, reports) in enumerate(_in_order(client, tasks, in_flight)):
            articles, event_ids = run.add(n, part)
            # One row per report, in the order the merger took them: each names the event it joined.
            reports["event_id"] = pd.array(event_ids, dtype="string")
            write_parquet(reports, work / REPORTS_DIR / f"part-{n:05d}.parquet")
            write_closed()
            if progress:
                progress(articles)
        if not summary.articles:
            raise NothingRead(str(out_dir), summary)
        summary.events, summary.merged_events = run.merger.created, run.merger.merges
        write_closed(final=True)
        if event_parts:
            _join_parquet(event_parts, work / EVENTS_FILE)
        else:
            write_parquet(to_geodataframe([], "events", []), work / EVENTS_FILE)
        shutil.rmtree(work / _EVENT_PARTS)
        _replace_dir(work, out_dir)
    finally:
        close()
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
    return summary
