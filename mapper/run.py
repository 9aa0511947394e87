"""Whole runs as functions: what ``mapper map`` and ``mapper extract`` do, callable from Python.

    from mapper import make_map, extract
    summary = make_map(["examples/"], "output/map.html")
"""

from __future__ import annotations

import copy
import dataclasses
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from mapper.atomic import atomic_writer
from mapper.config import MergeRule
from mapper.doc import Doc
from mapper.errors import NothingRead, UsageError
from mapper.events.merge import Merger
from mapper.io.export import (
    CountryNumbers,
    english_names,
    format_for,
    mention_rows,
    write_export,
    write_record,
)
from mapper.io.readers import read_inputs
from mapper.model import GeocoderActivity, Incident, InputProblem, InputWarning, RunSummary, Source
from mapper.parallel import parse_in_order
from mapper.pipeline import Pipeline, default_pipeline

if TYPE_CHECKING:
    import folium

    from mapper.mapview.events_file import EventMapSummary

Progress = Callable[[int], None]
DEFAULT_WINDOW = 30  # days an incident stays open to later reports in a streamed extract
# Reports the open incidents of a streamed extract hold at most (besides the window): about 400 bytes
# each (see _for_merging), so about 8 MB, whatever the density of the input's dates. 20,000 reports
# are about four weeks of a feed of 1,000 articles a day (0.7 events each in bench_big_input's); a
# feed as dense as GDELT's fills them in hours.
DEFAULT_MAX_REPORTS = 20_000


class Analysis:
    """One run, streamed: iterating gives ``(doc, event_ids)`` for each article in input order, as soon
    as it is analysed and its events are merged (``event_ids``: the incident each event joined, final
    at once). Afterwards ``summary`` accounts for every input, and ``merger`` holds the incidents.

    Unreadable inputs never stop the run: each becomes an InputProblem in the summary (and is passed
    to ``on_problem`` when reached, in input order, so a CLI can report it at once). Inputs read with a
    guess or a loss (decoded as Windows-1252, a cut final character) are InputWarnings, passed to
    ``on_warning``. Events that several articles report are merged under ``merge`` (default: the
    pipeline's config; see mapper.events.merge); ``window`` (days) keeps only recent incidents open,
    so that memory does not grow with the run, and ``max_reports`` bounds the reports they hold
    (see :class:`~mapper.events.merge.Merger`), so that it does not grow with the density of the
    articles' dates either. ``jobs`` > 1 analyses in that many worker processes
    forked from this one (see mapper.parallel; an online geocoder keeps one process, for its request
    spacing and cache); the documents, their order and the summary are the same for any ``jobs``.
    Nothing is kept: a caller that needs the documents keeps them. ``incidents=False`` is for a caller
    that needs only the id of the incident each event joined (a streamed JSONL): the merger then keeps
    of each report only what merging reads (type, place, date, figures, actors, its article), not its
    excerpts, mentions and titles, so the incidents it hands out have those empty, and an open
    incident costs about a quarter of the memory per report (see :func:`_for_merging`).
    """

    def __init__(self, inputs: Sequence[str], *, pipeline: Pipeline | None = None,
                 input_format: str | None = None, published: str | None = None, stdin: TextIO | None = None,
                 on_problem: Callable[[InputProblem], None] | None = None, progress: Progress | None = None,
                 merge: MergeRule | None = None, on_warning: Callable[[InputWarning], None] | None = None,
                 jobs: int = 1, window: int | None = None, incidents: bool = True,
                 max_reports: int | None = None) -> None:
        self.pipeline = pipeline or default_pipeline()
        self.inputs, self.input_format, self.published, self.stdin = inputs, input_format, published, stdin
        self.on_problem, self.on_warning, self.progress = on_problem, on_warning, progress
        self.jobs = 1 if self.pipeline.geocoder is not None else jobs
        self.summary = RunSummary(inputs=len(inputs))
        self.merger = Merger(merge or self.pipeline.config.merge, window=window, max_reports=max_reports)
        self._merging: Callable[[Doc], Doc] = (lambda doc: doc) if incidents else _for_merging
        self._places: set = set()

    def _warn(self, w: InputWarning) -> None:
        self.summary.warnings.append(w)
        if self.on_warning:
            self.on_warning(w)

    def __iter__(self) -> Iterator[tuple[Doc, list[str]]]:
        summary, merger = self.summary, self.merger
        geocoder_stats = getattr(self.pipeline.geocoder, "stats", None)
        before = copy.copy(geocoder_stats)
        items = read_inputs(self.inputs, input_format=self.input_format, published=self.published,
                            stdin=self.stdin, on_warning=self._warn)
        for item in parse_in_order(self.pipeline, items, self.jobs):
            if isinstance(item, InputProblem):
                summary.problems.append(item)
                if self.on_problem:
                    self.on_problem(item)
                continue
            ids = merger.add(self._merging(item))
            _count(item, summary, self._places)
            if self.progress:
                self.progress(1)
            yield item, ids
        summary.events, summary.merged_events = merger.created, merger.merges
        if isinstance(geocoder_stats, GeocoderActivity) and isinstance(before, GeocoderActivity):
            summary.geocoder = geocoder_stats - before  # this run's share of a reusable pipeline's geocoder


def _for_merging(doc: Doc) -> Doc:
    """``doc`` with only what merging reads of its events: their excerpts, mentions and sources' titles
    and URLs dropped. A report in an open incident then holds a few hundred bytes (its id, its
    article's id, a Source), where with its excerpt and mentions it held about 1.1 KB: a window of 30
    days of a feed of 900 articles a day is 27,000 reports (bench/bench_big_input.py)."""
    events = [dataclasses.replace(e, excerpts=[], mentions=[],
                                  sources=[Source(s.article_id) for s in e.sources]) for e in doc.events]
    return Doc(doc.article, events=events)


def analyse_inputs(inputs: Sequence[str], *, pipeline: Pipeline | None = None,
                   input_format: str | None = None,
                   published: str | None = None, stdin: TextIO | None = None,
                   on_problem: Callable[[InputProblem], None] | None = None,
                   progress: Progress | None = None,
                   merge: MergeRule | None = None,
                   on_warning: Callable[[InputWarning], None] | None = None,
                   jobs: int = 1) -> tuple[list[Doc], list[Incident], RunSummary]:
    """Read every input, analyse every article (in ``jobs`` processes), merge the events across
    articles, and account for everything in a RunSummary. Returns (documents, incidents, summary), the
    same for any ``jobs``. See :class:`Analysis` for the arguments, and for a run that keeps nothing."""
    run = Analysis(inputs, pipeline=pipeline, input_format=input_format, published=published, stdin=stdin,
                   on_problem=on_problem, progress=progress, merge=merge, on_warning=on_warning, jobs=jobs)
    docs = [doc for doc, _ in run]
    return docs, run.merger.incidents(), run.summary


def _count(doc: Doc, summary: RunSummary, places: set) -> None:
    """Count one document, its resolved mentions and its new distinct places into ``summary``."""
    summary.articles += 1
    resolved = [m for m in doc.mentions if m.place is not None]
    summary.mentions += len(resolved)
    if not resolved:
        summary.articles_without_places += 1
    for m in resolved:
        p = m.place
        places.add(p.geonameid or (p.name, round(p.lat, 4), round(p.lon, 4)))  # type: ignore[union-attr]
    summary.places = len(places)


def summarise(docs: Iterable[Doc], summary: RunSummary | None = None) -> RunSummary:
    """Count the documents, their resolved mentions and distinct places into ``summary``."""
    summary = summary or RunSummary()
    places: set = set()
    for doc in docs:
        _count(doc, summary, places)
    return summary


def make_map(inputs: Sequence[str], output: str | Path = "output/map.html", *, title: str | None = None,
             pipeline: Pipeline | None = None, input_format: str | None = None, published: str | None = None,
             stdin: TextIO | None = None, on_problem: Callable[[InputProblem], None] | None = None,
             progress: Progress | None = None, merge: MergeRule | None = None,
             on_warning: Callable[[InputWarning], None] | None = None, offline: bool = False,
             tiles: str | None = None, attribution: str | None = None, cluster: bool | None = None,
             heatmap: bool = True, embed: bool = False, height: str = "600px",
             png: str | Path | None = None, where: Callable[[Incident], bool] | None = None,
             jobs: int = 1) -> RunSummary | EventMapSummary:
    """Analyse the inputs and write one HTML map (atomically). Returns the run summary.

    Event files among the inputs (mapper's exports, ACLED CSVs: see mapper.mapview.events_file) are
    drawn as they are, one layer each, beside a layer of mapper's events from the articles; the
    summary is then an EventMapSummary (the articles' run summary in its ``run``, a line per layer).

    ``offline`` makes a page that sends no network request (the offline basemap instead of tiles);
    ``embed`` writes a fragment for a report instead of a page; ``png`` also renders a picture of the
    page with headless Chromium; ``where`` (e.g. a mapper.mapview.events_file.EventFilter) chooses the
    incidents drawn; ``jobs`` analyses in that many processes (see :class:`Analysis`). See
    :func:`mapper.mapview.build_map` for the other options.
    Raises mapper.errors.TilesError (a UsageError) for unusable ``tiles`` before any input is read,
    mapper.errors.OutputError when the map cannot be written, and NothingRead when no input gave an
    article (a failed run never replaces a good map); an existing file is then left as it was.
    """
    from mapper.mapview import build_map, check_tiles, save_map  # folium: only the map pays for it
    from mapper.mapview.events_file import event_file_kind, map_articles_and_event_files, map_event_files

    check_tiles(tiles)
    event_files = [path for path in inputs if event_file_kind(path)]
    if event_files:
        inputs = [path for path in inputs if path not in event_files]
        if not inputs:  # nothing to analyse
            return map_event_files(event_files, output, where=where, title=title, offline=offline,
                                   tiles=tiles, attribution=attribution, cluster=cluster, heatmap=heatmap,
                                   embed=embed, height=height, png=png, on_problem=on_problem)

    docs, incidents, summary = analyse_inputs(inputs, pipeline=pipeline, input_format=input_format,
                                              published=published, stdin=stdin, on_problem=on_problem,
                                              progress=progress, merge=merge, on_warning=on_warning,
                                              jobs=jobs)
    if event_files:
        return map_articles_and_event_files(
            docs, incidents, summary, inputs, event_files, output, where=where, title=title,
            gazetteer=(pipeline or default_pipeline()).gazetteer, on_problem=on_problem, offline=offline,
            tiles=tiles, attribution=attribution, cluster=cluster, heatmap=heatmap, embed=embed,
            height=height, png=png)
    if not docs:
        raise NothingRead(str(output), summary)
    if title is None:
        titles = [a.article.title for a in docs if a.article.title]
        title = f"mapper — {titles[0]}" if len(docs) == 1 and titles else \
            f"mapper — {summary.articles} article{'s' if summary.articles != 1 else ''}"
    if where is not None:
        incidents = [inc for inc in incidents if where(inc)]
    m = build_map(docs, incidents, title=title, offline=offline, tiles=tiles, attribution=attribution,
                  cluster=cluster, heatmap=heatmap, links_base=Path(output).parent,
                  gazetteer=(pipeline or default_pipeline()).gazetteer)
    save_map(m, output, embed=embed, height=height)
    if png is not None:
        picture(m, output, png, embed=embed, offline=offline)
    return summary


def picture(m: folium.Map, output: str | Path, png: str | Path, *, embed: bool = False,
            offline: bool = False) -> None:
    """Render map ``m``, written to ``output``, to ``png`` with headless Chromium (see
    mapper.screenshot); an ``embed`` fragment is pictured as a full page of the same map."""
    from mapper.mapview import save_map
    from mapper.screenshot import screenshot

    if embed:  # a fragment is not a page: picture a full page of the same map
        with tempfile.TemporaryDirectory(prefix="mapper-png-") as tmp:
            page = Path(tmp) / "map.html"
            save_map(m, page)
            screenshot(page, png, offline=offline)
    else:
        screenshot(output, png, offline=offline)


def extract(inputs: Sequence[str], output: str | Path | None = None, *, fmt: str | None = None,
            pipeline: Pipeline | None = None, input_format: str | None = None, published: str | None = None,
            stdin: TextIO | None = None, stdout: TextIO | None = None,
            on_problem: Callable[[InputProblem], None] | None = None,
            progress: Progress | None = None, schema: str = "events",
            merge: MergeRule | None = None,
            on_warning: Callable[[InputWarning], None] | None = None,
            jobs: int = 1, window: int | None = DEFAULT_WINDOW,
            max_reports: int | None = DEFAULT_MAX_REPORTS) -> RunSummary:
    """Analyse the inputs and write them as jsonl (one record per article, with its mentions and
    events; stdout when ``output`` is None), or as geojson, csv, gpkg or parquet rows of ``schema``: "events"
    (every field), "acled" (ACLED's columns) or "mentions" (one row per place mention). Raises
    mapper.errors.OutputError when the file cannot be written, and NothingRead when no input gave an
    article (nothing is written then); an existing file is left as it was. A ``fmt`` other than jsonl
    without an ``output`` is a UsageError. Without ``fmt``, the output's extension names the format
    (``format_for``: "events.csv" is csv), and anything else is jsonl.

    The run streams (see :class:`Analysis`; ``jobs`` processes): a JSONL record is written as soon as
    its article is analysed and merged, and only the incidents of the last ``window`` days (of the
    articles' published dates; None: all) stay open to later reports, holding at most
    ``max_reports`` reports (the least recently reported close first; None: no limit), so memory does
    not grow with the input. The tabular formats are written at the end from compact rows (the
    incidents, or the mention rows), never from the documents. Output to a file appears whole or not
    at all."""
    to_stdout = output is None or str(output) == "-"
    fmt = fmt or format_for(output)
    if to_stdout and fmt != "jsonl":
        raise UsageError(f"--format {fmt} needs an output file (-o); only jsonl can go to stdout")
    run = Analysis(inputs, pipeline=pipeline, input_format=input_format, published=published, stdin=stdin,
                   on_problem=on_problem, progress=progress, merge=merge, on_warning=on_warning, jobs=jobs,
                   window=window, max_reports=max_reports,
                   incidents=fmt != "jsonl")  # the records name their incidents: ids suffice
    if fmt == "jsonl":
        if to_stdout:
            _stream_jsonl(run, stdout or sys.stdout, None)
        else:
            with atomic_writer(output) as f:  # type: ignore[arg-type]
                _stream_jsonl(run, f, str(output))
        return run.summary
    rows: list[dict] = []
    incidents: list[Incident] = []
    names: dict[str, str] = {}  # event id -> its place as the article writes it (english_location)
    for doc, _ in run:
        if schema == "mentions":
            rows += mention_rows(doc)
        else:
            names.update(english_names([doc]))
            incidents += run.merger.closed()
    if not run.summary.articles:
        raise NothingRead(str(output), run.summary)
    incidents += run.merger.incidents()
    write_export([], output, fmt, schema=schema, incidents=incidents, names=names,  # type: ignore[arg-type]
                 mentions=rows if schema == "mentions" else None)
    return run.summary



def _stream_jsonl(run: Analysis, out: TextIO, name: str | None) -> None:
    """One record per document as it comes; incidents that close are dropped (records name them)."""
    numbers = CountryNumbers()  # event_id_cnty, one per incident across the run
    for doc, ids in run:
        write_record(doc, ids, out, numbers)
        for incident in run.merger.closed():
            numbers.forget(incident.id)
    if not run.summary.articles:
        raise NothingRead(name, run.summary)  # inside the writer, so that no empty file is left
