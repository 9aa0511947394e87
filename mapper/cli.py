"""The ``mapper`` command: a thin typer layer over mapper.run, mapper.gazetteer and mapper.evaluation.

Exit codes: 0 all inputs processed, 1 some inputs failed (or an error, or no article could be read),
2 usage error, 130 interrupted (Ctrl-C, SIGINT), 143 terminated (SIGTERM). No traceback reaches the
user unless ``--debug`` is given: every error is one line on stderr. Names an opt-in online geocoder
gave up on are warnings, not failures: they are resolved offline and the exit code stays 0. Every
message passes through :func:`mapper.errors.printable`, so text from the inputs (file names, CSV
headers, ids) cannot send control sequences to the terminal.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from mapper.errors import EXIT_INTERRUPTED, MapperError, NothingRead, Terminated, UsageError, printable

if TYPE_CHECKING:  # the values load with the commands that use them: --help and --version stay quick
    from mapper.config import MergeRule
    from mapper.mapview.events_file import EventMapSummary
    from mapper.model import InputProblem, InputWarning, RunSummary

# typer vendors click in recent versions: find its ClickException (usage errors and the like) by name.
_CLICK_EXCEPTION: type[BaseException] = next(
    c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")
_debug = False  # set by --debug (or MAPPER_DEBUG=1): let tracebacks through


def _failure(e: BaseException) -> tuple[list[str], int]:
    """The lines to print for an error that ended a command, and the exit code.

    The exit code comes from the exception's class (see mapper.errors): UsageError 2, any other
    MapperError 1 (NothingRead after the run summary that lists every input's problem),
    KeyboardInterrupt 130, Terminated 143. An exception mapper did not foresee (a bug) is one line
    naming it, with a hint to rerun with --debug, and exits 1.
    """
    if isinstance(e, KeyboardInterrupt):
        return ["interrupted"], EXIT_INTERRUPTED
    if isinstance(e, Terminated):
        return ["terminated"], Terminated.exit_code
    if isinstance(e, MapperError):
        lines = e.summary.lines() if isinstance(e, NothingRead) else []
        return [*lines, f"{e.label}: {e}"], e.exit_code
    what = f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
    return [f"error: {what} (run with --debug for the traceback)"], 1


class _Guarded(TyperGroup):
    """The top of every command, and the one place an error becomes a message and an exit code.

    Every error is one line (see :func:`_failure`); --debug lets the traceback through instead, except
    for the errors that are not mapper's (a usage error, no article read). By the time Ctrl-C or
    SIGTERM (see main) is reported, atomic writes have removed their temporary files and Chromium has
    been stopped, so no partial output is left.
    """

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        # Accept --debug anywhere before a "--" ("mapper map x.txt --debug"), not only before the
        # command name, since the error message suggests adding it to the command that failed.
        end = args.index("--") if "--" in args else len(args)
        if "--debug" in args[:end]:
            args = ["--debug", *(a for a in args[:end] if a != "--debug"), *args[end:]]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, _CLICK_EXCEPTION, BrokenPipeError):
            raise
        except (Exception, KeyboardInterrupt, Terminated) as e:  # noqa: BLE001 - the last line of defence
            if _debug and getattr(e, "debug_traceback", True):
                raise
            lines, code = _failure(e)
            for line in lines:
                _err(line)
            raise typer.Exit(code) from None


app = typer.Typer(
    help="Offline geoparser and conflict-event mapper: news articles in, interactive event map out.",
    no_args_is_help=True, add_completion=False, rich_markup_mode=None, cls=_Guarded,
    pretty_exceptions_enable=False,  # with --debug, a plain Python traceback
)


def _version(value: bool) -> None:
    if value:
        from mapper import __version__

        typer.echo(f"mapper {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main_options(
    debug: Annotated[bool, typer.Option(
        "--debug", help="Show the full traceback of an unexpected error (also MAPPER_DEBUG=1).")] = False,
    version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """Offline geoparser and conflict-event mapper: news articles in, interactive event map out."""
    global _debug
    _debug = debug or os.environ.get("MAPPER_DEBUG", "") not in ("", "0")

gazetteer_app = typer.Typer(help="Inspect, query and (re)build the embedded gazetteer.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")
cache_app = typer.Typer(help="Inspect or clear the online geocoder's answer cache (SQLite).",
                        no_args_is_help=True)
app.add_typer(cache_app, name="cache")


class InputFormat(str, Enum):
    txt = "txt"
    html = "html"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    geojson = "geojson"
    csv = "csv"
    gpkg = "gpkg"
    parquet = "parquet"


class Schema(str, Enum):
    events = "events"
    acled = "acled"
    mentions = "mentions"


class RolesChoice(str, Enum):
    """--roles; the commands default to mapper.pipeline.ROLES_DEFAULT's (named here, so that --help does
    not import the pipeline; tests/test_cli.py checks the two agree)."""

    rules = "rules"
    learned = "learned"


class CorpusFormat(str, Enum):
    lgl = "lgl"
    geovirus = "geovirus"
    jsonl = "jsonl"


InputsArg = Annotated[list[str], typer.Argument(
    help="Articles: .txt, .html, .jsonl or .csv files, directories of them, or - for stdin.",
    show_default=False)]
GazetteerOpt = Annotated[Path | None, typer.Option(
    "--gazetteer", help="Extra places CSV (name,lat,lon,country,kind,aliases) that extends and overrides.")]
InputFormatOpt = Annotated[InputFormat | None, typer.Option(
    "--input-format", help="Force the input format (default: from the file extension or content).")]
PublishedOpt = Annotated[str | None, typer.Option(
    "--published", help="Date (YYYY-MM-DD) for articles whose metadata has none; it overrides a date "
    "in a .txt file's header (with a warning when the two differ).")]
GeocoderOpt = Annotated[str | None, typer.Option(
    "--geocoder", help="Opt-in ONLINE geocoder for names the gazetteer resolves poorly: any geopy service "
                       "name (nominatim, photon, arcgis, ...), or nominatim:URL for a self-hosted server. "
                       "Nominatim needs --geocoder-option user_agent=... Default: offline only.")]
GeocoderOptionOpt = Annotated[list[str] | None, typer.Option(
    "--geocoder-option", metavar="KEY=VALUE",
    help="Repeatable. The geopy geocoder's settings (user_agent, domain, scheme, api_key, ...) and "
         "mapper's: min_delay (s between requests, default 1), timeout (s, 10), attempts (per name, 3), "
         "backoff (s, 1), max_wait (s, 60), stop_after (failing names in a row, 5), language (en), "
         "cache (PATH or off).")]
GeocoderAllOpt = Annotated[bool, typer.Option(
    "--geocoder-all", help="Send every place name to the online geocoder, not only those the gazetteer "
                           "resolves poorly.")]
MergeKmOpt = Annotated[float, typer.Option(
    "--merge-km", help="Events from different articles merge when of one type family, within this many km "
                       "and --merge-days days.")]
MergeDaysOpt = Annotated[int, typer.Option("--merge-days", help="Most days between two merged reports.")]
NoMergeOpt = Annotated[bool, typer.Option("--no-merge", help="Keep every article's events separate.")]
JobsOpt = Annotated[int | None, typer.Option(
    "--jobs", "-j", min=1, help="Worker processes analysing articles (default: all cores; 1: this process "
                                "only). The output is the same for any number.", show_default=False)]
RolesOpt = Annotated[RolesChoice, typer.Option(
    "--roles", help="How each place's role (event site, venue, origin, actor, context) is decided: 'rules' "
                    "(the role rules), or 'learned' (a small trained model reading the rules as features, "
                    "mapper/data/site_model.json; training/events/README.md has both one's figures).")]
NoEventFilterOpt = Annotated[bool, typer.Option(
    "--no-event-filter", help="Keep every coded event: leave out the learned event filter, which drops "
                              "events it reads as not having happened (threats, trials, disasters told with "
                              "war words; mapper/events/event_filter.py). More events, more phantoms.")]
NerOpt = Annotated[str | None, typer.Option(
    "--ner", help="Extra recognition signal from an installed spaCy pipeline: 'spacy' or 'spacy:MODEL'.")]


def _err(msg: str) -> None:
    """One message line on stderr, with control characters escaped (it may quote input text)."""
    typer.echo(printable(msg), err=True)


def _out(text: str) -> None:
    """Lines of a report on stdout (lookups, evaluation tables), control characters escaped per line."""
    for line in text.split("\n"):
        typer.echo(printable(line))


@dataclass(frozen=True)
class GeocoderChoice:
    """The online-geocoder options of one command line."""

    spec: str
    options: tuple[str, ...] = ()
    all_names: bool = False


def _geocoding(spec: str | None, options: list[str] | None, all_names: bool) -> GeocoderChoice | None:
    if not spec:
        if options or all_names:
            raise UsageError("--geocoder-option and --geocoder-all need --geocoder")
        return None
    return GeocoderChoice(spec, tuple(options or ()), all_names)


def _warn(msg: str) -> None:
    _err(f"warning: {msg}")


def _load_gazetteer(extra: Path | None = None, *, rebuild: bool = False):  # noqa: ANN202
    """The gazetteer for a command, and the cyclic garbage collector set going again for what follows.

    Every command that loads the gazetteer loads it here. ``main`` paused the collector for start-up
    (imports and this load make far more objects than they free); what exists now lives as long as
    the process, so it is frozen (never rescanned), and analysis allocates many short-lived small
    objects and few cycles, so young objects are collected less often. Measured
    (whole process, CPU): the freeze and threshold save about 3% over 300 articles, the pause during
    start-up about 3% of a short command such as ``gazetteer lookup``.
    """
    from mapper.gazetteer import Gazetteer

    gaz = Gazetteer.load(extra=extra, rebuild=rebuild, progress=_err)
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)
    gc.enable()
    return gaz


def _pipeline(gazetteer: Path | None, geocoder: GeocoderChoice | None, ner: str | None = None,  # noqa: ANN202
              roles: RolesChoice = RolesChoice.learned, no_event_filter: bool = False):
    from mapper.pipeline import EVENT_FILTER_DEFAULT, Pipeline

    geo = None
    if geocoder:  # before the gazetteer loads: a usage error (GeocoderConfigError) should not take seconds
        from mapper.geocoding.online import geocoder_from_spec, parse_options

        geo = geocoder_from_spec(geocoder.spec, parse_options(geocoder.options), warn=_warn)
    gaz = _load_gazetteer(gazetteer)
    pipe = Pipeline(gaz, geocoder=geo, geocode_all=bool(geocoder and geocoder.all_names), roles=roles.value,
                    event_filter=None if no_event_filter else EVENT_FILTER_DEFAULT)
    if ner:
        from mapper.geoparse.spacy_signal import spacy_component

        pipe.add(spacy_component(ner), before="recognize")
    return pipe


def _date_option(option: str, value: str | None) -> dt.date | None:
    """The date a --since/--until option gives, or a usage error."""
    if value is None:
        return None
    from mapper.events.dates import parse_date

    day = parse_date(value)
    if day is None:
        raise UsageError(f"{option} {value!r} is not a date (YYYY-MM-DD)")
    return day


def _report(summary: RunSummary | EventMapSummary, started: float, output: str | None) -> int:
    for line in summary.lines():
        _err(line)
    if output:
        _err(f"wrote {output} ({time.perf_counter() - started:.2f} s)")
    return 0 if summary.ok else 1


def _problem(p: InputProblem) -> None:
    _err(f"error: {p}")


def _warning(w: InputWarning) -> None:
    _err(f"warning: {w}")


class _Progress:
    """A live article counter on an interactive terminal (long runs); silent otherwise."""

    def __init__(self) -> None:
        self.n = 0
        self.live = sys.stderr.isatty()
        self.t0 = time.perf_counter()

    def __call__(self, k: int) -> None:
        self.n += k
        if self.live and self.n % 50 == 0:
            rate = self.n / max(time.perf_counter() - self.t0, 1e-9)
            sys.stderr.write(f"\ranalysed {self.n} articles ({rate:.0f}/s)")
            sys.stderr.flush()

    def done(self) -> None:
        if self.live and self.n >= 50:
            sys.stderr.write("\n")


def _run(job: Callable[..., RunSummary], output: str | None, gazetteer: Path | None,
         geocoder: GeocoderChoice | None, ner: str | None, input_format: InputFormat | None,
         published: str | None, jobs: int | None = None, roles: RolesChoice = RolesChoice.learned,
         no_event_filter: bool = False) -> None:
    """Load the pipeline, run ``job`` (make_map or extract) over the inputs, report, and exit.

    Only a UsageError is a usage error (exit 2): any other ValueError from the run is a fault of the
    run, reported as such (exit 1). A run that read no article writes nothing and exits 1.
    """
    from mapper.io.readers import read_inputs

    fmt = input_format.value if input_format else None
    read_inputs([], input_format=fmt, published=published)  # bad arguments fail before the gazetteer loads
    started = time.perf_counter()
    progress = _Progress()
    try:
        pipe = _pipeline(gazetteer, geocoder, ner, roles, no_event_filter)
        summary = job(pipeline=pipe, input_format=fmt, published=published, on_problem=_problem,
                      on_warning=_warning, progress=progress, jobs=_jobs(jobs))
    finally:
        progress.done()  # end the live counter's line before any message (NothingRead: see _failure)
    raise typer.Exit(_report(summary, started, output))


def _jobs(jobs: int | None) -> int:
    from mapper.parallel import default_jobs

    return jobs or default_jobs()


@app.command("map", epilog="Examples:\n\n  mapper map examples/ -o output/map.html\n\n"
             "  mapper map examples/ --offline -o output/offline.html --png output/map.png\n\n"
             "  mapper map examples/ --embed -o output/fragment.html --height 480px\n\n"
             "  mapper map article.txt --tiles 'CartoDB positron' --published 2016-09-18\n\n"
             "  cat articles.jsonl | mapper map - --input-format jsonl\n\n"
             "  mapper map ours.jsonl acled.csv --since 2024-01-01 --country Sudan -o output/compare.html")
def map_cmd(
    inputs: Annotated[list[str], typer.Argument(
        help="Articles (.txt, .html, .jsonl or .csv files, directories of them, or - for stdin), or event "
             "files drawn without analysis, one layer each: mapper's JSONL, GeoJSON or GeoParquet exports, "
             "CSVs with ACLED's columns.", show_default=False)],
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML map to write.")] = Path(
        "output/map.html"),
    title: Annotated[str | None, typer.Option(help="Map title (default: from the articles).")] = None,
    offline: Annotated[bool, typer.Option(
        "--offline", help="No network request at all: the offline basemap instead of map tiles (every "
                          "page carries its own scripts and basemap).")] = False,
    tiles: Annotated[str | None, typer.Option(
        "--tiles", help="Basemap tiles: a folium provider name ('OpenStreetMap', 'CartoDB positron', ...), "
                        "a URL template https://.../{z}/{x}/{y}.png (with --attribution), or 'none'. "
                        "Default: OpenStreetMap, falling back to the offline basemap when tiles do not "
                        "load; none with --offline.")] = None,
    attribution: Annotated[str | None, typer.Option(
        "--attribution", help="Attribution text for a --tiles URL template.")] = None,
    cluster: Annotated[bool | None, typer.Option(
        "--cluster/--no-cluster", help="Cluster nearby markers (default: above 300 places).",
        show_default=False)] = None,
    heatmap: Annotated[bool, typer.Option(
        "--heatmap/--no-heatmap", help="Offer a heatmap layer in the layer control.")] = True,
    embed: Annotated[bool, typer.Option(
        "--embed", help="Write an HTML fragment (a <div> with its scripts) to paste into a report.")] = False,
    height: Annotated[str, typer.Option("--height", help="Height of an --embed fragment (CSS).")] = "600px",
    png: Annotated[Path | None, typer.Option(
        "--png", help="Also render the map to this PNG file with headless Chromium.")] = None,
    gazetteer: GazetteerOpt = None,
    input_format: InputFormatOpt = None,
    published: PublishedOpt = None,
    geocoder: GeocoderOpt = None,
    geocoder_option: GeocoderOptionOpt = None,
    geocoder_all: GeocoderAllOpt = False,
    ner: NerOpt = None,
    merge_km: MergeKmOpt = 10.0,
    merge_days: MergeDaysOpt = 2,
    no_merge: NoMergeOpt = False,
    since: Annotated[str | None, typer.Option(
        "--since", help="Only events on or after this date (YYYY-MM-DD); undated ones are left out.")] = None,
    until: Annotated[str | None, typer.Option(
        "--until", help="Only events up to this date (YYYY-MM-DD); undated ones are left out.")] = None,
    country: Annotated[list[str] | None, typer.Option(
        "--country", help="Only events in this country (name or ISO code, any case). Repeatable.")] = None,
    event_type: Annotated[list[str] | None, typer.Option(
        "--type", help="Only events of this event type or sub-event type (any case). Repeatable.")] = None,
    actor: Annotated[list[str] | None, typer.Option(
        "--actor", help="Only events with this text in actor1 or actor2 (any case). Repeatable.")] = None,
    jobs: JobsOpt = None,
    roles: RolesOpt = RolesChoice.learned,
    no_event_filter: NoEventFilterOpt = False,
) -> None:
    """Code the events in articles (what happened where, when, to whom) and draw them on one HTML map:
    a layer per event type, colour by type, size by fatalities, date filter, search, clustering, and
    popups linked to the excerpts. Event files (mapper's exports, ACLED CSVs) are drawn as they are,
    one layer per file, without analysis."""
    from mapper.events.merge import MergeRule
    from mapper.mapview.events_file import EventFilter, event_file_kind, map_event_files
    from mapper.mapview.tiles import check_tiles
    from mapper.run import make_map

    check_tiles(tiles)  # a misspelt provider is a usage error before any article is read
    where = EventFilter(since=_date_option("--since", since), until=_date_option("--until", until),
                        countries=tuple(country or ()), types=tuple(event_type or ()),
                        actors=tuple(actor or ()))
    if all(event_file_kind(path) for path in inputs):  # event files only: nothing to analyse
        started = time.perf_counter()
        summary = map_event_files(inputs, output, where=where, title=title, offline=offline, tiles=tiles,
                                  attribution=attribution, cluster=cluster, heatmap=heatmap, embed=embed,
                                  height=height, png=png, on_problem=_problem)
        raise typer.Exit(_report(summary, started, str(output) + (f" and {png}" if png else "")))
    # Articles, and any event files beside them (make_map draws each as a layer of its own).
    rule = MergeRule(km=merge_km, days=merge_days, enabled=not no_merge)
    _run(lambda **kw: make_map(inputs, output, title=title, merge=rule, offline=offline, tiles=tiles,
                               attribution=attribution, cluster=cluster, heatmap=heatmap, embed=embed,
                               height=height, png=png, where=where, **kw),
         str(output) + (f" and {png}" if png else ""), gazetteer,
         _geocoding(geocoder, geocoder_option, geocoder_all), ner, input_format, published, jobs, roles,
         no_event_filter)


@app.command("extract", epilog="Examples:\n\n  mapper extract examples/ > articles.jsonl\n\n"
             "  mapper extract examples/ --format csv --schema acled -o output/acled.csv\n\n"
             "  mapper extract article.txt --format geojson -o output/events.geojson\n\n"
             "  mapper extract articles.csv --format gpkg --schema mentions -o output/mentions.gpkg\n\n"
             "  mapper extract news/ --dask tcp://10.0.0.5:8786 -o output/news-events/")
def extract_cmd(
    inputs: InputsArg,
    fmt: Annotated[ExportFormat | None, typer.Option(
        "--format", "-f", help="Output format (default: from the -o file's extension, e.g. events.csv, "
                               "else jsonl; with --dask, parquet).",
        show_default=False)] = None,
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="File to write (default: stdout, jsonl only).")] = None,
    gazetteer: GazetteerOpt = None,
    input_format: InputFormatOpt = None,
    published: PublishedOpt = None,
    geocoder: GeocoderOpt = None,
    geocoder_option: GeocoderOptionOpt = None,
    geocoder_all: GeocoderAllOpt = False,
    ner: NerOpt = None,
    schema: Annotated[Schema, typer.Option(
        "--schema", help="Rows of geojson/csv/gpkg: events (every field), acled (ACLED's columns; "
                         "political events left out) or mentions (one row per place mention)."
    )] = Schema.events,
    merge_km: MergeKmOpt = 10.0,
    merge_days: MergeDaysOpt = 2,
    no_merge: NoMergeOpt = False,
    merge_window: Annotated[int | None, typer.Option(
        "--merge-window", min=0, help="Days (by published date) an incident stays open to reports from "
                                      "later articles; older ones are closed, so memory stays flat on "
                                      "inputs of any size. 0: no limit.")] = 30,
    merge_cap: Annotated[int | None, typer.Option(
        "--merge-cap", min=0, help="Most reports the open incidents hold (with --merge-window): beyond it "
                                   "the least recently reported are closed first, so memory stays flat "
                                   "however many articles a day the input has. 0: no limit.")] = 20_000,
    jobs: JobsOpt = None,
    roles: RolesOpt = RolesChoice.learned,
    no_event_filter: NoEventFilterOpt = False,
    dask: Annotated[str | None, typer.Option(
        "--dask", metavar="SCHEDULER", help="Analyse on a Dask cluster: its scheduler's address "
        "(tcp://HOST:8786), or 'local' for a LocalCluster of --jobs workers on this machine. Writes -o DIR "
        "as partitioned GeoParquet: DIR/events.parquet (merged events) and DIR/reports/part-N.parquet "
        "(each article's reports); --merge-window bounds the client's open incidents as without --dask.",
        show_default=False)] = None,
) -> None:
    """Analyse articles and write them as data: one JSON object per article with its mentions (and
    their roles) and events (jsonl), or rows of events or mentions (geojson, csv, gpkg, parquet)."""
    from mapper.events.merge import MergeRule
    from mapper.io.export import format_for
    from mapper.run import extract

    rule = MergeRule(km=merge_km, days=merge_days, enabled=not no_merge)
    if dask is not None:
        _extract_on_dask(inputs, dask, output, fmt, schema, gazetteer, input_format, published,
                         _geocoding(geocoder, geocoder_option, geocoder_all), ner, rule, jobs,
                         merge_window or None, merge_cap or None, roles, no_event_filter)
    fmt = fmt or ExportFormat(format_for(output))
    if output is None and fmt is not ExportFormat.jsonl:
        raise UsageError(f"--format {fmt.value} needs -o FILE; only jsonl can be written to stdout")
    window = merge_window or None
    _run(lambda **kw: extract(inputs, output, fmt=fmt.value, schema=schema.value, merge=rule, window=window,
                              max_reports=merge_cap or None, **kw),
         str(output) if output else None, gazetteer, _geocoding(geocoder, geocoder_option, geocoder_all), ner,
         input_format, published, jobs, roles, no_event_filter)


def _extract_on_dask(inputs: list[str], scheduler: str, output: Path | None, fmt: ExportFormat | None,
                     schema: Schema, gazetteer: Path | None, input_format: InputFormat | None,
                     published: str | None, geocoder: GeocoderChoice | None, ner: str | None, rule: MergeRule,
                     jobs: int | None, window: int | None, max_reports: int | None,
                     roles: RolesChoice = RolesChoice.learned, no_event_filter: bool = False) -> None:
    """``mapper extract --dask``: mapper.dask.extract with the command's options, then report and exit.
    The client only reads the inputs and merges: the workers load the pipelines, so nothing loads here."""
    if output is None:
        raise UsageError("--dask writes a directory of GeoParquet files: give it with -o DIR")
    if fmt not in (None, ExportFormat.parquet):
        raise UsageError(f"--dask writes GeoParquet (--format parquet), not {fmt.value}")
    if schema is not Schema.events:
        raise UsageError("--dask writes the events schema (merged events, and each article's reports)")
    if geocoder or ner:
        raise UsageError(f"{'--geocoder' if geocoder else '--ner'} is not offered with --dask (each worker "
                         "would keep its own request rate, or need the model)")
    if jobs is not None and scheduler != "local":
        raise UsageError("--jobs sets the workers of --dask local; a cluster's workers are its own")
    fmt_in = input_format.value if input_format else None
    from mapper.io.readers import read_inputs

    read_inputs([], input_format=fmt_in, published=published)  # bad arguments fail before the cluster starts
    try:
        import mapper.dask as mdask
    except ImportError as e:
        raise UsageError(str(e)) from None
    started = time.perf_counter()
    progress = _Progress()
    try:
        summary = mdask.extract(inputs, output, scheduler=scheduler, workers=jobs, extra_gazetteer=gazetteer,
                                merge=rule, input_format=fmt_in, published=published, on_problem=_problem,
                                on_warning=_warning, progress=progress, window=window,
                                max_reports=max_reports, roles=roles.value, event_filter=not no_event_filter)
    finally:
        progress.done()
    raise typer.Exit(_report(summary, started, str(output)))


@app.command("evaluate", epilog="Examples:\n\n  mapper evaluate ../shared/corpora/lgl.xml\n\n"
             "  mapper evaluate ../shared/corpora/GeoVirus.xml --errors output/geovirus-errors.jsonl\n\n"
             "  mapper evaluate gold.jsonl --corpus-format jsonl\n\n"
             "  mapper evaluate --events training/events/africa.jsonl")
def evaluate_cmd(
    corpora: Annotated[list[Path] | None, typer.Argument(
        help="Gold corpora: LGL XML, GeoVirus XML or gold JSONL.")] = None,
    events: Annotated[list[Path] | None, typer.Option(
        "--events", help="Event gold JSONL (or a directory of them) to score event coding on: events matched "
                         "within 25 km, site F1, type, fatalities, date, actor1, phantom rate, roles "
                         "(format: mapper/evaluation/events.py). Repeatable.")] = None,
    corpus_format: Annotated[CorpusFormat | None, typer.Option(
        "--corpus-format", help="Corpus format (default: sniffed).")] = None,
    errors: Annotated[Path | None, typer.Option(
        help="Write every false positive, miss and wrong resolution, with context, as JSONL.")] = None,
    targets: Annotated[bool, typer.Option(help="Show the project's targets beside the figures.")] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    gazetteer: GazetteerOpt = None,
    ner: NerOpt = None,
    jobs: JobsOpt = None,
    roles: RolesOpt = RolesChoice.learned,
    no_event_filter: NoEventFilterOpt = False,
) -> None:
    """Score recognition and resolution against gold corpora (precision/recall/F1, accuracy@161 km,
    error km, AUC, end-to-end accuracy, geoparsing throughput), and with --events, event coding
    against event gold files."""
    from mapper.evaluation.corpora import read_corpus
    from mapper.evaluation.metrics import write_errors
    from mapper.evaluation.runner import evaluate
    from mapper.evaluation.targets import targets_for

    corpora = corpora or []
    if not corpora and not events:
        raise UsageError("give a gold corpus to evaluate, or --events GOLD.jsonl")
    t0 = time.perf_counter()
    from mapper.pipeline import EVENT_CODING

    pipe = _pipeline(gazetteer, None, ner, roles, no_event_filter)
    geoparser = pipe.without(*EVENT_CODING)  # toponym corpora need no event coding
    load_s = time.perf_counter() - t0
    records: list | None = [] if errors else None
    failed = False
    reports = []
    for path in events or []:
        from mapper.evaluation.events import EventMiss, read_event_gold, score_event_gold

        try:
            items = read_event_gold(path)
        except MapperError as e:
            _err(f"error: {e}")
            failed = True
            continue
        from mapper.model import Article
        from mapper.parallel import parse_ahead

        articles = (Article(id=i.id, text=i.text, published=i.published) for i in items)
        erep = score_event_gold(items, parse_ahead(pipe, articles, _jobs(jobs)), name=path.name)
        if records is not None:
            records.extend(EventMiss(m) for m in erep.misses)
        if as_json:
            typer.echo(json.dumps(erep.to_dict(), indent=1))
        else:
            _out(erep.format(targets))
            typer.echo("")
    for path in corpora:
        try:
            docs = read_corpus(path, corpus_format.value if corpus_format else None)
        except (MapperError, OSError) as e:
            _err(f"error: {e}")
            failed = True
            continue
        # Toponym scores need no event coding: the throughput reported is the geoparser's.
        from mapper.parallel import parse_ahead

        rep = evaluate(docs, parse_ahead(geoparser, (d.to_article() for d in docs), _jobs(jobs)),
                       errors=records, name=path.name)
        rep.load_seconds = load_s
        reports.append(rep)
        if as_json:
            typer.echo(json.dumps(rep.to_dict(), indent=1))
        else:
            _out(rep.format_table(targets_for(path.name) if targets else None))
            typer.echo("")
    if errors is not None and records is not None:
        n = write_errors(records, errors)
        _err(f"wrote {n} error records to {errors}")
    raise typer.Exit(1 if failed else 0)


@gazetteer_app.command("info")
def gazetteer_info(gazetteer: GazetteerOpt = None) -> None:
    """What the embedded gazetteer holds, where it is cached, and its size on disk."""
    t0 = time.perf_counter()
    g = _load_gazetteer(gazetteer)
    info = g.info()
    info["load_seconds"] = round(time.perf_counter() - t0, 3)
    for k, v in info.items():
        if isinstance(v, dict):
            _out(f"{k}: " + ", ".join(f"{a} {b}" for a, b in v.items()))
        else:
            _out(f"{k}: {v}")


@gazetteer_app.command("lookup", epilog="Examples:\n\n  mapper gazetteer lookup Geneva\n\n"
                       "  mapper gazetteer lookup \"Dayr az Zawr\" --limit 5")
def gazetteer_lookup(
    name: Annotated[str, typer.Argument(help="Place name, in any common spelling.")],
    limit: Annotated[int, typer.Option(help="Most candidates to list.")] = 10,
    gazetteer: GazetteerOpt = None,
) -> None:
    """Candidates for a name, best first, with their context-free scores."""
    g = _load_gazetteer(gazetteer)
    rows = g.lookup(name, limit=limit)
    if not rows:
        _err(f"no place named {name!r} in the gazetteer")
        raise typer.Exit(1)
    _out(f"{'score':>6}  {'name':<28} {'country':<22} {'kind':<9} {'lat':>9} {'lon':>10} "
         f"{'population':>11}  geonameid  matched")
    for p, score, how in rows:  # names may come from a --gazetteer file: escaped like any message
        _out(f"{score:6.2f}  {p.name[:28]:<28} {(p.country or p.country_code)[:22]:<22} {p.kind:<9} "
             f"{p.lat:9.4f} {p.lon:10.4f} {p.population:11d}  {p.geonameid or '-'!s:<9}  {how}")


@gazetteer_app.command("build")
def gazetteer_build() -> None:
    """(Re)compile the name index from the shipped place table into the user cache."""
    t0 = time.perf_counter()
    g = _load_gazetteer(rebuild=True)
    typer.echo(f"compiled {len(g)} places into {g.cache_path()} in {time.perf_counter() - t0:.1f} s")


CachePathOpt = Annotated[Path | None, typer.Option(
    "--path", help="Cache file (default: geocode.sqlite in mapper's cache directory, $MAPPER_CACHE_DIR).")]


@cache_app.command("info")
def cache_info_cmd(path: CachePathOpt = None) -> None:
    """Where the geocoder cache is, its size, and how many answers it holds per service."""
    from mapper.geocoding.cache import cache_info

    info = cache_info(path)
    for line in info.lines():
        typer.echo(line)


@cache_app.command("clear", epilog="Examples:\n\n  mapper cache clear\n\n"
                   "  mapper cache clear --service nominatim")
def cache_clear_cmd(
    service: Annotated[str | None, typer.Option(
        "--service", help="Forget only this service's answers (default: delete the whole cache file)."
    )] = None,
    path: CachePathOpt = None,
) -> None:
    """Forget cached geocoder answers, so the next run asks the service again."""
    from mapper.geocoding.cache import clear_cache, default_cache_path

    n = clear_cache(path, service=service)
    what = f" of {service.lower()}" if service else ""
    typer.echo(f"removed {n} cached answer{'s' if n != 1 else ''}{what} from {path or default_cache_path()}")


@app.command("doctor")
def doctor_cmd() -> None:
    """Report versions, the gazetteer table and caches (path and state), and whether Chromium is there for
    screenshots. Exits 1 only when something needed to run is missing; a missing Chromium is a warning."""
    from mapper.doctor import diagnose, healthy

    checks = diagnose()
    for check in checks:
        typer.echo(str(check))
    raise typer.Exit(0 if healthy(checks) else 1)


def _terminate(signum: int, frame: object) -> None:
    # Ignore further SIGTERMs: the clean-up the exception starts (temporary files, Chromium) must finish.
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    raise Terminated


def main() -> None:
    """The ``mapper`` command: the console script, ``python -m mapper`` and the tests' subprocesses all
    run this one function. SIGTERM is handled as cleanly as Ctrl-C: it raises Terminated wherever the
    run is, so the same clean-up runs; the command says "terminated" and exits 143. (A SIGTERM that the
    caller chose to ignore stays ignored.)"""
    # Start-up allocates far more than it frees: no collection until _load_gazetteer has frozen what
    # was loaded. Commands that load no gazetteer (help, version, cache, doctor) are short and end
    # with the collector still paused.
    gc.disable()
    if signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _terminate)
    try:
        app()
    except BrokenPipeError:
        sys.exit(1)
    except Terminated as e:  # before or after a command ran (typer's own set-up and tear-down)
        lines, code = _failure(e)
        for line in lines:
            _err(line)
        sys.exit(code)


if __name__ == "__main__":  # `python -m mapper.cli`, an older spelling of `python -m mapper`
    main()
