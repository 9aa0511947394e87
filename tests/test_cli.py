"""The command line, run as a user would: real files, real exit codes, real outputs."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from typer.testing import CliRunner

from mapper import cli
from mapper.cli import app
from mapper.gazetteer import Gazetteer
from mapper.pipeline import Pipeline
from tests.conftest import EXAMPLES, ROOT


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mapper", *args], input=stdin, capture_output=True,
                          text=True, cwd=ROOT, timeout=300)


@pytest.fixture()
def analysing(monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> CliRunner:
    """The CLI in this process with the session's pipeline (loading one takes seconds)."""
    monkeypatch.setattr(cli, "_pipeline", lambda *args: pipeline)
    return CliRunner()


def test_map_writes_html_and_summary(tmp_path: Path) -> None:
    out = tmp_path / "map.html"
    r = run("map", str(EXAMPLES / "deir-ez-zor-airstrike.txt"), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "articles read: 1" in r.stderr and "inputs skipped: 0" in r.stderr
    html = out.read_text(encoding="utf-8")
    assert "Deir ez-Zor" in html and "Geneva" in html and "GeoNames" in html


def test_bad_inputs_are_reported_and_the_rest_processed(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    out = tmp_path / "map.html"
    r = run("map", str(EXAMPLES / "sahel-convoy-ambush.txt"), str(tmp_path / "missing.txt"), str(empty),
            str(binary), "-o", str(out))
    assert r.returncode == 1
    errors = [line for line in r.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert any("missing.txt" in e and "no such file" in e for e in errors)
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert any("image.txt" in e and "binary" in e for e in errors)
    assert "articles read: 1" in r.stderr and "inputs skipped: 3" in r.stderr
    assert "Menaka" in out.read_text(encoding="utf-8")


def test_extract_jsonl_contract_from_stdin() -> None:
    lines = (EXAMPLES / "black-sea-and-gaza.jsonl").read_text(encoding="utf-8")
    r = run("extract", "-", stdin=lines)
    assert r.returncode == 0, r.stderr
    records = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["id"] for x in records] == ["odesa-drones", "rafah-crossing"]
    source = {json.loads(x)["id"]: json.loads(x)["text"] for x in lines.splitlines()}
    keys = {"start", "end", "text", "name", "lat", "lon", "country_code", "geonameid", "kind", "confidence"}
    for rec in records:
        for m in rec["mentions"]:
            assert keys <= set(m)
            assert source[rec["id"]][m["start"]:m["end"]] == m["text"]
    odesa = {m["text"]: m for m in records[0]["mentions"]}
    assert odesa["Odesa"]["country_code"] == "UA"
    assert odesa["Black Sea"]["kind"] == "water"
    assert odesa["Danube"]["kind"] == "water"
    rafah = {m["text"]: m for m in records[1]["mentions"]}
    assert rafah["Khan Younis"]["country_code"] == "PS"
    assert rafah["Cairo"]["country_code"] == "EG"


def test_extract_geojson_needs_output_file() -> None:
    r = run("extract", str(EXAMPLES), "--format", "geojson")
    assert r.returncode == 2
    assert "needs -o" in r.stderr


def test_a_headline_venue_of_talks_is_a_venue(pipeline: Pipeline) -> None:
    doc = pipeline((EXAMPLES / "sahel-convoy-ambush.txt").read_text(encoding="utf-8"))
    roles = [r.name for m, r in zip(doc.mentions, doc.roles, strict=True) if m.text == "Niamey"]
    assert roles == ["venue", "venue"]


def test_extract_gpkg(tmp_path: Path, analysing: CliRunner) -> None:
    import geopandas as gpd
    import pyogrio

    from mapper.io.export import COLUMNS, EVENT_COLUMNS

    # The default schema: one row per event, in the "events" layer.
    out = tmp_path / "events.gpkg"
    r = analysing.invoke(app, ["extract", str(EXAMPLES), "--format", "gpkg", "-o", str(out)])
    assert r.exit_code == 0, r.stderr
    assert pyogrio.list_layers(out).tolist() == [["events", "Point"]]
    gdf = gpd.read_file(out, layer="events")
    assert list(gdf.columns) == [*EVENT_COLUMNS, "geometry"]
    (row,) = gdf[gdf["location_name"] == "Niamey"].itertuples()
    assert (row.event_type, row.sub_event_type, row.political) == ("Political", "Meeting/talks", True)
    assert row.country_code == "NE" and row.article_ids == "examples/sahel-convoy-ambush.txt"
    assert abs(row.geometry.y - 13.51) < 0.2 and abs(row.geometry.x - 2.11) < 0.2
    deir = gdf[gdf["location_name"] == "Deir ez-Zor"]
    assert deir["event_type"].tolist() == ["Explosions/Remote violence"]

    # --schema mentions: one row per resolved mention, each with its role, in the "mentions" layer.
    out = tmp_path / "mentions.gpkg"
    r = analysing.invoke(app, ["extract", str(EXAMPLES), "--format", "gpkg", "--schema", "mentions", "-o",
                               str(out)])
    assert r.exit_code == 0, r.stderr
    assert pyogrio.list_layers(out).tolist() == [["mentions", "Point"]]
    gdf = gpd.read_file(out, layer="mentions")
    assert list(gdf.columns) == [*COLUMNS, "geometry"]
    niamey = gdf[gdf["text"] == "Niamey"]
    assert len(niamey) == 2 and set(niamey["country_code"]) == {"NE"}
    assert niamey["role"].tolist()[-1] == "venue"  # "met in Niamey"; the headline's: see below
    assert abs(niamey.geometry.y.iloc[0] - 13.51) < 0.2 and abs(niamey.geometry.x.iloc[0] - 2.11) < 0.2


@pytest.fixture()
def in_process(monkeypatch: pytest.MonkeyPatch, gazetteer: Gazetteer) -> CliRunner:
    """The CLI in this process, with the session's gazetteer: for commands whose point is not the
    process (starting one costs seconds on a loaded machine)."""
    monkeypatch.setattr(Gazetteer, "load", staticmethod(lambda *args, **kwargs: gazetteer))
    return CliRunner()


def test_gazetteer_lookup_and_info(in_process: CliRunner) -> None:
    r = in_process.invoke(app, ["gazetteer", "lookup", "Deir Ezzor"])
    assert r.exit_code == 0
    first = r.stdout.splitlines()[1]
    assert "Deir ez-Zor" in first and "Syria" in first and "170794" in first
    r = in_process.invoke(app, ["gazetteer", "lookup", "Geneva"])
    rows = r.stdout.splitlines()[1:]
    assert "Switzerland" in rows[0] and any("United States" in x for x in rows)
    r = in_process.invoke(app, ["gazetteer", "lookup", "Qwxzyplk\x1b[2J"])
    assert (r.exit_code, r.stderr) == (1, "no place named 'Qwxzyplk\\x1b[2J' in the gazetteer\n")
    r = in_process.invoke(app, ["gazetteer", "info"])
    assert r.exit_code == 0 and "places:" in r.stdout


def test_usage_error_exit_code(in_process: CliRunner) -> None:
    r = in_process.invoke(app, ["map"])
    assert r.exit_code == 2
    r = in_process.invoke(app, ["extract", str(EXAMPLES), "--format", "shapefile"])
    assert r.exit_code == 2


def test_help_has_examples(in_process: CliRunner) -> None:
    for cmd in ("map", "extract", "evaluate"):
        r = in_process.invoke(app, [cmd, "--help"])
        assert r.exit_code == 0 and "Examples" in r.stdout


# --------------------------------------------------------------- one entry point


def test_one_entry_point_for_users_and_tests() -> None:
    import tomllib

    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts == {"mapper": "mapper.cli:main"}  # the installed `mapper`
    main_py = (ROOT / "mapper" / "__main__.py").read_text(encoding="utf-8")
    assert "from mapper.cli import main\n\nmain()" in main_py  # `python -m mapper`, as the tests run it
    assert not (ROOT / "mapper" / "entry.py").exists()
    r = run("--version")
    assert (r.returncode, r.stdout, r.stderr) == (0, "mapper 0.1.0\n", "")



def test_help_and_version_import_only_the_command_line() -> None:
    # Start-up is what --help and --version cost: the values, the config and the pipeline (dozens of
    # dataclasses, numpy, folium) load only with the commands that use them.
    code = ("import sys, runpy; sys.argv = ['mapper', '{}']\n"
            "try:\n    runpy.run_module('mapper', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.startswith(('mapper.', 'numpy', 'folium', 'pandas'))))")
    for flag in ("--help", "--version"):
        r = subprocess.run([sys.executable, "-c", code.format(flag)], capture_output=True, text=True,
                           cwd=ROOT, timeout=60)
        assert r.returncode == 0, r.stderr
        assert r.stdout.splitlines()[-1] == "['mapper.cli', 'mapper.errors']"


@pytest.fixture()
def gc_state() -> Iterator[ModuleType]:
    """The collector as Python starts it, restored after the test (commands freeze objects for good)."""
    import gc

    threshold = gc.get_threshold()
    gc.unfreeze()
    gc.set_threshold(700, 10, 10)
    yield gc
    gc.unfreeze()
    gc.set_threshold(*threshold)


@pytest.mark.parametrize("args", [["gazetteer", "lookup", "Geneva"], ["gazetteer", "info"],
                                  ["gazetteer", "build"]])
def test_every_command_that_loads_the_gazetteer_freezes_it(in_process: CliRunner, gc_state: ModuleType,
                                                         args: list[str]) -> None:
    r = in_process.invoke(app, args)
    assert r.exit_code == 0, r.output
    assert gc_state.get_freeze_count() > 0 and gc_state.get_threshold() == (20_000, 20, 20)
    assert gc_state.isenabled()


def test_extract_loads_the_gazetteer_the_same_way(in_process: CliRunner, gc_state: ModuleType,
                                                        tmp_path: Path) -> None:
    r = in_process.invoke(app, ["extract", str(EXAMPLES / "deir-ez-zor-airstrike.txt"), "-o",
                                str(tmp_path / "a.jsonl")])
    assert r.exit_code == 0, r.output
    assert gc_state.get_freeze_count() > 0 and gc_state.get_threshold() == (20_000, 20, 20)


def test_roles_option_picks_the_roles_component(monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> None:
    """--roles learned runs the trained site model (what Pipeline(roles="learned") gives), --roles rules
    the rules; the two read this sentence's country differently (a second site by the rules, the
    region's parent by the model: the event is the region's either way)."""
    monkeypatch.setattr(cli, "_load_gazetteer", lambda *args: pipeline.gazetteer)
    text = "Gunmen killed nine villagers in the Mopti region of Mali on Friday, officials said."
    line = json.dumps({"id": "x", "text": text, "published": "2025-06-10"})
    roles = {}
    for choice in ("rules", "learned"):
        r = CliRunner().invoke(app, ["extract", "-", "--roles", choice, "--jobs", "1"], input=line)
        assert r.exit_code == 0, r.stderr
        roles[choice] = [(m["text"], m["role"]) for m in json.loads(r.stdout)["mentions"]]
        api = Pipeline(pipeline.gazetteer, roles=choice).parse(text, published="2025-06-10")
        assert roles[choice] == [(m.text, role.name) for m, role in zip(api.mentions, api.roles, strict=True)]
    assert roles["rules"] == [("Mopti", "event_site"), ("Mali", "event_site")]
    assert roles["learned"] == [("Mopti", "event_site"), ("Mali", "context")]
    r = CliRunner().invoke(app, ["extract", "-", "--roles", "model"], input=line)
    assert r.exit_code == 2 and "--roles" in r.stderr


def test_no_event_filter_keeps_what_the_filter_drops(monkeypatch: pytest.MonkeyPatch,
                                                     pipeline: Pipeline) -> None:
    """An official's visit to an attack's victims is coded as an event by the rules, which the learned
    event filter drops by default; --no-event-filter keeps it (what Pipeline(event_filter=None) gives). (A
    court hearing "over the attack" was the example until session 39's rules read a hearing as a reaction.)"""
    monkeypatch.setattr(cli, "_load_gazetteer", lambda *args: pipeline.gazetteer)
    text = "The governor in Lagos visited victims of the attack on Monday."
    line = json.dumps({"id": "x", "text": text, "published": "2025-06-10"})
    events = {}
    for args in ([], ["--no-event-filter"]):
        r = CliRunner().invoke(app, ["extract", "-", "--jobs", "1", *args], input=line)
        assert r.exit_code == 0, r.stderr
        events[bool(args)] = [(e["location_name"], e["event_type"]) for e in json.loads(r.stdout)["events"]]
    assert events[False] == []
    assert events[True] == [("Lagos", "Battles")]
    api = Pipeline(pipeline.gazetteer, event_filter=None).parse(text, published="2025-06-10")
    assert [(e.location.name, e.event_type) for e in api.events] == events[True]
    for command in ("map", "extract", "evaluate"):
        assert "--no-event-filter" in CliRunner().invoke(app, [command, "--help"]).stdout


def test_commands_default_to_the_pipelines_roles() -> None:
    """The CLI's --roles default is the library's (cli.py names it without importing the pipeline)."""
    import inspect

    from mapper.pipeline import ROLES_DEFAULT

    for command in (cli.map_cmd, cli.extract_cmd, cli.evaluate_cmd):
        assert inspect.signature(command).parameters["roles"].default.value == ROLES_DEFAULT
