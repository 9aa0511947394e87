"""The embedded gazetteer: coverage of the kinds the issue names, and lookups."""

from __future__ import annotations

import pytest

from mapper.errors import GazetteerError
from mapper.gazetteer import Gazetteer


def _top(g: Gazetteer, name: str):  # noqa: ANN202
    return g.lookup(name, limit=5)[0][0]


@pytest.mark.parametrize("name", ["Deir Ezzor", "Dayr az Zawr", "Deir ez-Zor", "Der Zor", "Deir al-Zor"])
def test_transliterations_of_deir_ez_zor(gazetteer: Gazetteer, name: str) -> None:
    p = _top(gazetteer, name)
    assert (p.geonameid, p.country_code, p.kind) == (170794, "SY", "city")


def test_geneva_lists_switzerland_first_and_the_us_towns(gazetteer: Gazetteer) -> None:
    rows = gazetteer.lookup("Geneva", limit=20)
    assert rows[0][0].country_code == "CH"
    assert sum(1 for p, _, _ in rows if p.country_code == "US") >= 5
    assert [s for _, s, _ in rows] == sorted((s for _, s, _ in rows), reverse=True)


@pytest.mark.parametrize("name,cc,kind", [
    ("U.S.", "US", "country"), ("Britain", "GB", "country"), ("DRC", "CD", "country"),
    ("Syrian", "SY", "country"), ("Russians", "RU", "country"), ("Louisiana", "US", "admin1"),
    ("Gaza Strip", "PS", None), ("West Bank", "PS", None), ("Crimea", "UA", None),
    ("Donbas", "UA", "region"), ("Strait of Hormuz", "", "water"), ("Sahel", "", "region"),
    ("Middle East", "", "region"), ("Africa", "", "continent"), ("al-Raqqa", "SY", None),
])
def test_names_the_issue_requires(gazetteer: Gazetteer, name: str, cc: str, kind: str | None) -> None:
    p = _top(gazetteer, name)
    assert p.country_code == cc
    if kind:
        assert p.kind == kind


def test_every_country_has_a_geonameid(gazetteer: Gazetteer) -> None:
    countries = [gazetteer.place(i) for i in gazetteer.country_row.values()]
    assert len(countries) >= 245
    assert all(p.geonameid for p in countries)


def test_bad_extra_gazetteer_is_a_clear_error(tmp_path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,lat,lon\nNowhere,95,10\n", encoding="utf-8")
    g = Gazetteer.load()
    with pytest.raises(GazetteerError, match=r"bad\.csv: row 2: bad lat/lon"):
        g.add_csv(bad)


def test_corrupt_cache_is_rebuilt(tmp_path, monkeypatch, gazetteer: Gazetteer) -> None:
    # A real cache, cut short (an interrupted copy, a full disk): detected, reported, rebuilt in full.
    valid = Gazetteer.cache_path().read_bytes()
    monkeypatch.setenv("MAPPER_CACHE_DIR", str(tmp_path))
    path = Gazetteer.cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(valid[: len(valid) // 2])
    said: list[str] = []
    g = Gazetteer.load(progress=said.append)
    assert said[0] == (f"mapper: gazetteer cache {path} is corrupt "
                       "(UnpicklingError: pickle data was truncated); rebuilding")
    assert len(g) == len(gazetteer) > 200_000
    assert g.lookup("Deir Ezzor")[0][0].geonameid == 170794
    assert path.stat().st_size > 1_000_000
