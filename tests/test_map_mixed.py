"""Articles and event files on one map (issue 16): mapper's events from the articles as one layer, each
event file (an ACLED CSV, mapper's exports) as a layer of its own, the filters applying to all, every
input accounted for, and hostile file names and texts kept as data."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from map_doc import doc_of, sites_of
from test_event_files import ACLED_HEADER, ACLED_ROWS
from test_injection import ALL
from test_map_browser import Page, launch_browser

from mapper.mapview.events_file import EventFilter, EventMapSummary, articles_layer_name
from mapper.run import make_map

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "examples" / "deir-ez-zor-airstrike.txt"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mapper", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)


def _acled(path: Path, rows: list[str] = ACLED_ROWS) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(ACLED_HEADER + "".join(rows), encoding="utf-8")
    return path


def test_cli_draws_articles_and_an_acled_file_as_two_layers(tmp_path: Path) -> None:
    acled = _acled(tmp_path / "acled.csv")
    out = tmp_path / "map.html"
    article = str(ARTICLE.relative_to(ROOT))
    r = _cli("map", article, "missing.txt", str(acled), "-o", str(out), "--offline")
    # A missing article and three bad rows: each one line, the rest drawn, exit 1.
    assert r.returncode == 1, r.stderr
    lines = r.stderr.splitlines()
    assert lines[:4] == ["error: missing.txt: no such file",
                         f"error: {acled}:row 4: latitude 'north' is not a number",
                         f"error: {acled}:row 5: event_date 'someday' is not a date",
                         f"error: {acled}:row 6: event_type is empty"]
    assert lines[4].startswith("inputs: 2, articles read: 1, ") and lines[4].endswith("inputs skipped: 1")
    assert lines[5] == "skipped missing.txt: no such file"
    name = f"mapper's events from {article} and 1 more"
    assert re.fullmatch(re.escape(name) + r": \d+ events \(articles\), 0 left out by the filters, 0 problems",
                        lines[6])
    assert lines[7] == f"{acled}: 3 events (csv), 0 left out by the filters, 3 problems"
    assert lines[-1].startswith(f"wrote {out} (")
    doc = doc_of(out.read_text(encoding="utf-8"))
    assert doc["sets"] == [name, str(acled)]
    assert doc["title"] == "mapper — 1 article and acled.csv"
    events = int(re.search(r": (\d+) events", lines[6]).group(1))  # type: ignore[union-attr]
    sites = sites_of(doc)
    by_set = [sum(len(s.events) for s, n in zip(sites, doc["site"]["set"], strict=True) if n == k)
              for k in (0, 1)]
    assert by_set == [events, 3] and events >= 1
    # The article's Deir ez-Zor and ACLED's are two markers, one per layer.
    deir = [(n, k) for n, k in zip(doc["site"]["name"], doc["site"]["set"], strict=True) if "Deir" in n]
    assert sorted(k for _n, k in deir) == [0, 1]

    # The filters choose the events of both layers, and the summary counts what they left out.
    r = _cli("map", article, str(_acled(tmp_path / "clean.csv", ACLED_ROWS[:2] + ACLED_ROWS[5:])),
             "-o", str(out), "--offline", "--country", "Iraq")
    assert r.returncode == 0, r.stderr
    lines = r.stderr.splitlines()
    assert lines[1] == (f"mapper's events from {article}: 0 events (articles), {events} left out by the "
                        "filters, 0 problems")
    assert lines[2] == f"{tmp_path / 'clean.csv'}: 1 event (csv), 2 left out by the filters, 0 problems"
    # Mosul alone has events; the article's places stay as "Mentioned only" (a layer off by default).
    assert [s.name for s in sites_of(doc_of(out.read_text(encoding="utf-8"))) if s.events] == ["Mosul"]

    # Nothing read from either: nothing written, exit 1.
    out.unlink()
    r = _cli("map", "missing.txt", str(_acled(tmp_path / "bad.csv", [ACLED_ROWS[2]])), "-o", str(out))
    assert r.returncode == 1 and not out.exists()
    assert r.stderr.splitlines()[-1] == f"error: no article or event could be read; {out} not written"


def test_the_articles_layer_is_named_by_its_inputs() -> None:
    assert articles_layer_name(["week-12/"]) == "mapper's events from week-12/"
    assert articles_layer_name(["a.txt", "b.txt", "c.txt"]) == "mapper's events from a.txt and 2 more"


# Names no file can have ('/' separates folders), so the hostile text sits in a folder's name and the file's.
def _hostile_paths(tmp_path: Path) -> tuple[Path, Path]:
    article = tmp_path / "x<" / f"script><img src=x onerror=alert(1)> '\" {ALL}.txt"
    acled = tmp_path / "y<" / f"SCRIPT><svg onload=alert(2)> '\" {ALL}.csv"
    return article, acled


@pytest.mark.browser
def test_both_layers_are_drawn_and_hostile_names_stay_text(
        tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, pipeline: object) -> None:
    article, acled = _hostile_paths(tmp_path)
    article.parent.mkdir()
    article.write_text(f"Airstrike near Deir ez-Zor {ALL} </script><img src=x onerror=alert(3)>\n"
                       "2016-09-18\n"
                       "Airstrikes hit army positions near the Deir ez-Zor airport on Saturday, killing 62 "
                       "soldiers.\n", encoding="utf-8")
    hostile_row = (f"SYR9,2016-09-17,2016,1,Political violence,Battles,Armed clash,Militia {ALL},,3,,,0,13,,"
                   f"760,Middle East,Syria,Aleppo,,,Aleppo,36.2021,37.1343,1,Source {ALL},National,"
                   f"\"Notes {ALL} </script><img src=x onerror=alert(4)>\",5,,1\n")
    _acled(acled, [ACLED_ROWS[5], hostile_row])
    out = tmp_path / "map.html"
    summary = make_map([str(article), str(acled)], out, pipeline=pipeline, offline=True,  # type: ignore
                       where=EventFilter())
    assert isinstance(summary, EventMapSummary) and summary.ok
    assert summary.run is not None and summary.run.articles == 1
    assert [len(layer.incidents) for layer in summary.layers][1:] == [2]
    names = [f"mapper's events from {article}", str(acled)]
    assert [layer.name for layer in summary.layers] == names

    html = out.read_text(encoding="utf-8")
    # The names and texts are in the page only as JSON data: no markup of theirs anywhere.
    for markup in ("<img src=x", "<svg onload", "</script><img", "<script><img", "<SCRIPT><svg"):
        assert markup not in html
    doc = doc_of(html)
    assert doc["sets"] == names
    assert json.loads(json.dumps(doc))["sets"] == names

    with launch_browser(tmp_path_factory) as ctx:
        page = Page(ctx)
        p = page.page
        page.open(out)
        drawn = p.evaluate("""() => {
            const ms = window[document.querySelector('.folium-map').id].mapper.markers();
            return [0, 1].map(n => ms.filter(m => m.site >= 0 && m.set === n).length); }""")
        assert drawn[0] >= 1 and drawn[1] == 2  # the article's places; ACLED's Mosul and Aleppo
        labels = [t.strip() for t in p.locator(".leaflet-control-layers-overlays label").all_inner_texts()]
        assert [t for t in labels if t in names] == names  # each layer by its name, as text
        text = p.evaluate("""() => {
          const map = window[document.querySelector('.folium-map').id];
          const site = map.mapper.names.findIndex(n => n === 'Aleppo');
          map.mapper.openPanel(site);
          return document.querySelector('.mapper-panel').innerText;
        }""")
        assert f"Notes {ALL} </script><img src=x onerror=alert(4)>" in text and f"Militia {ALL}" in text
        assert page.dialogs == [] and page.errors == []
        assert page.count("img:not(.leaflet-tile), svg[onload], [onerror], [onload]") == 0
        page.close()
