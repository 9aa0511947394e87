"""Whole runs as functions: what ``mapper map`` and ``mapper extract`` do, callable from Python.

    from mapper import make_map, extract
    summary = make_map(["examples/"], "output/map.html")
"""

from __future__ import annotations

import copy
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from mapper.config import MergeRule
from mapper.doc import Doc
from mapper.errors import NothingRead, UsageError
from mapper.events.merge import Merger
from mapper.io.export import write_export, write_jsonl
from mapper.io.readers import read_inputs
from mapper.model import GeocoderActivity, Incident, InputProblem, InputWarning, RunSummary
from mapper.pipeline import Pipeline, default_pipeline

if TYPE_CHECKING:
    import folium

Progress = Callable[[int], None]


def analyse_inputs(inputs: Sequence[str], *, pipeline: Pipeline | None = None,
                   input_format: str | None = None,
                   published: str | None = None, stdin: TextIO | None = None,
                   on_problem: Callable[[InputProblem], None] | None = None,
                   progress: Progress | None = None,
                   merge: MergeRule | None = None,
                   on_warning: Callable[[InputWarning], None] | None = None,
                   ) -> tuple[list[Doc], list[Incident], RunSummary]:
    """Read every input, analyse every article, merge the events across articles, and account for
    everything in a RunSummary. Returns (documents, incidents, summary).

    Unreadable inputs never stop the run: each becomes an InputProblem in the summary (and is passed
    to ``on_problem`` as soon as it is met, so a CLI can report it at once). Inputs read with a guess
    or a loss (decoded as Windows-1252, a cut final character) are InputWarnings, passed to
    ``on_warning``. Events that several articles report are merged under ``merge`` (default: the
    pipeline's config; see mapper.events.merge) as each document is analysed. Inputs are streamed:
    only the documents are kept.
    """
    pipe = pipeline or default_pipeline()
    summary = RunSummary(inputs=len(inputs))
    geocoder_stats = getattr(pipe.geocoder, "stats", None)
    before = copy.copy(geocoder_stats)
    docs: list[Doc] = []
    merger = Merger(merge or pipe.config.merge)

    def warn(w: InputWarning) -> None:
        summary.warnings.append(w)
        if on_warning:
            on_warning(w)

    for item in read_inputs(inputs, input_format=input_format, published=published, stdin=stdin,
                            on_warning=warn):
        if isinstance(item, InputProblem):
            summary.problems.append(item)
            if on_problem:
                on_problem(item)
            continue
        doc = pipe.parse(item)
        merger.add(doc)
        docs.append(doc)
        if progress:
            progress(1)
    incidents = merger.incidents()
    summary.events, summary.merged_events = len(incidents), merger.merges
    if isinstance(geocoder_stats, GeocoderActivity) and isinstance(before, GeocoderActivity):
        summary.geocoder = geocoder_stats - before  # this run's share of a reusable pipeline's geocoder
    return docs, incidents, summarise(docs, summary)


def summarise(docs: Iterable[Doc], summary: RunSummary | None = None) -> RunSummary:
    """Count the documents, their resolved mentions and distinct places into ``summary``."""
    summary = summary or RunSummary()
    places = set()
    for a in docs:
        summary.articles += 1
        resolved = [m for m in a.mentions if m.place is not None]
        summary.mentions += len(resolved)
        if not resolved:
            summary.articles_without_places += 1
        for m in resolved:
            p = m.place
            places.add(p.geonameid or (p.name, round(p.lat, 4), round(p.lon, 4)))  # type: ignore[union-attr]
    summary.places = len(places)
    return summary


def make_map(inputs: Sequence[str], output: str | Path = "output/map.html", *, title: str | None = None,
             pipeline: Pipeline | None = None, input_format: str | None = None, published: str | None = None,
             stdin: TextIO | None = None, on_problem: Callable[[InputProblem], None] | None = None,
             progress: Progress | None = None, merge: MergeRule | None = None,
             on_warning: Callable[[InputWarning], None] | None = None, offline: bool = False,
             tiles: str | None = None, attribution: str | None = None, cluster: bool | None = None,
             heatmap: bool = True, embed: bool = False, height: str = "600px",
             png: str | Path | None = None, where: Callable[[Incident], bool] | None = None) -> RunSummary:
    """Analyse the inputs and write one HTML map (atomically). Returns the run summary.

    ``offline`` makes a page that sends no network request (the offline basemap instead of tiles);
    ``embed`` writes a fragment for a report instead of a page; ``png`` also renders a picture of the
    page with headless Chromium; ``where`` (e.g. a mapper.mapview.events_file.EventFilter) chooses the
    incidents drawn. See :func:`mapper.mapview.build_map` for the other options.
    Raises mapper.errors.TilesError (a UsageError) for unusable ``tiles`` before any input is read,
    mapper.errors.OutputError when the map cannot be written, and NothingRead when no input gave an
    article (a failed run never replaces a good map); an existing file is then left as it was.
    """
    from mapper.mapview import build_map, check_tiles, save_map  # folium: only the map pays for it

    check_tiles(tiles)

    docs, incidents, summary = analyse_inputs(inputs, pipeline=pipeline, input_format=input_format,
                                              published=published, stdin=stdin, on_problem=on_problem,
                                              progress=progress, merge=merge, on_warning=on_warning)
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


def extract(inputs: Sequence[str], output: str | Path | None = None, *, fmt: str = "jsonl",
            pipeline: Pipeline | None = None, input_format: str | None = None, published: str | None = None,
            stdin: TextIO | None = None, stdout: TextIO | None = None,
            on_problem: Callable[[InputProblem], None] | None = None,
            progress: Progress | None = None, schema: str = "events",
            merge: MergeRule | None = None,
            on_warning: Callable[[InputWarning], None] | None = None) -> RunSummary:
    """Analyse the inputs and write them as jsonl (one record per article, with its mentions and
    events; stdout when ``output`` is None), or as geojson, csv or gpkg rows of ``schema``: "events"
    (every field), "acled" (ACLED's columns) or "mentions" (one row per place mention). Raises
    mapper.errors.OutputError when the file cannot be written, and NothingRead when no input gave an
    article (nothing is written then); an existing file is left as it was. A ``fmt`` other than jsonl
    without an ``output`` is a UsageError."""
    to_stdout = output is None or str(output) == "-"
    if to_stdout and fmt != "jsonl":
        raise UsageError(f"--format {fmt} needs an output file (-o); only jsonl can go to stdout")
    docs, incidents, summary = analyse_inputs(inputs, pipeline=pipeline, input_format=input_format,
                                              published=published, stdin=stdin, on_problem=on_problem,
                                              progress=progress, merge=merge, on_warning=on_warning)
    if not docs:
        raise NothingRead(None if to_stdout else str(output), summary)
    if to_stdout:
        write_jsonl(docs, stdout or sys.stdout, incidents)
    else:
        write_export(docs, output, fmt, schema=schema, incidents=incidents)
    return summary

