"""``mapper doctor``: versions, the gazetteer and its caches, Chromium; what counts as a failure."""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mapper import __version__, cli, doctor
from mapper.doctor import FAIL, INFO, OK, WARN, Check, diagnose, healthy
from mapper.gazetteer import Gazetteer
from tests.conftest import ROOT


def by_name(checks: list[Check]) -> dict[str, Check]:
    return {c.name: c for c in checks}


def test_report_on_this_installation(gazetteer: Gazetteer) -> None:
    checks = by_name(diagnose())
    assert checks["mapper"].status == OK and checks["mapper"].detail.startswith(f"{__version__} (")
    assert checks["python"].detail.startswith(sys.version.split()[0])
    for dist in ("geopy", "folium", "shapely", "geopandas", "typer", "trafilatura", "pyogrio"):
        assert checks[dist] == Check(dist, OK, importlib.metadata.version(dist))
    assert checks["gazetteer table"].status == OK and "places.tsv.gz" in checks["gazetteer table"].detail
    cache = Gazetteer.cache_path()
    # A checkout that compiled an earlier index version also lists that file after this one.
    assert checks["gazetteer cache"].status == OK
    size = cache.stat().st_size / 1e6
    assert checks["gazetteer cache"].detail.startswith(f"{cache}: valid ({size:.1f} MB)")
    assert checks["cache directory"].status == OK
    assert checks["chromium"].status in (OK, WARN)
    assert list(checks)[-1] == "chromium"


def test_missing_and_corrupt_cache_and_geocoder_cache(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAPPER_CACHE_DIR", str(tmp_path))
    cache = Gazetteer.cache_path()
    checks = by_name(diagnose())
    assert checks["gazetteer cache"] == Check(
        "gazetteer cache", INFO, f"{cache}: missing; compiled on the next run (a few seconds)")
    assert checks["geocoder cache"] == Check(
        "geocoder cache", INFO, f"{tmp_path / 'geocode.sqlite'}: none (only --geocoder runs make one)")
    # Caches of other versions (an older pickle, another place table's index): listed, not in the way.
    (tmp_path / "gazetteer-0123456789ab.pickle").write_bytes(b"old" * 100_000)
    (tmp_path / "gazetteer-00000000000000ab.idx").write_bytes(b"x" * 200_000)
    others = ("; 2 other cache file(s) (0.5 MB: other versions of mapper or of its place table), each "
              "deleted once unused for 30 days")
    assert by_name(diagnose())["gazetteer cache"].detail == (
        f"{cache}: missing; compiled on the next run (a few seconds){others}")
    cache.write_bytes(b"not an index")
    (tmp_path / "geocode.sqlite").write_bytes(b"x" * 250_000)
    checks = by_name(diagnose())
    assert checks["gazetteer cache"] == Check("gazetteer cache", WARN, (
        f"{cache}: corrupt (not a mapper gazetteer index); rebuilt on the next run, or now with "
        f"`mapper gazetteer build`{others}"))
    assert checks["geocoder cache"] == Check("geocoder cache", INFO,
                                             f"{tmp_path / 'geocode.sqlite'} (0.2 MB)")
    assert healthy(list(checks.values()))  # a corrupt cache is rebuilt: not a failure
    assert cache.read_bytes() == b"not an index"  # the doctor only looks


def test_doctor_reads_the_cache_without_refreshing_its_time(gazetteer: Gazetteer) -> None:
    cache = Gazetteer.cache_path()
    before = cache.stat().st_mtime_ns
    os.utime(cache, ns=(before, before - 40 * 86400 * 10**9))  # unused for 40 days, as far as it shows
    try:
        assert by_name(diagnose())["gazetteer cache"].status == OK
        assert cache.stat().st_mtime_ns == before - 40 * 86400 * 10**9
    finally:
        os.utime(cache, ns=(before, before))


def test_unwritable_cache_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "file").write_text("x")
    monkeypatch.setenv("MAPPER_CACHE_DIR", str(tmp_path / "file" / "mapper"))
    check = by_name(diagnose())["cache directory"]
    assert check.status == WARN and check.detail.startswith(f"{tmp_path / 'file' / 'mapper'} is not writable")


def test_chromium_missing_is_a_warning_not_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAPPER_CHROMIUM", "/nonexistent/chromium")
    checks = diagnose()
    assert by_name(checks)["chromium"] == Check(
        "chromium", WARN, "MAPPER_CHROMIUM=/nonexistent/chromium is not executable: map screenshots and "
                          "browser tests unavailable (apt-get install chromium, or set MAPPER_CHROMIUM)")
    assert healthy(checks)
    monkeypatch.delenv("MAPPER_CHROMIUM")
    monkeypatch.setattr(doctor, "CHROMIUM_PATHS", ())
    monkeypatch.setenv("PATH", "/nonexistent")
    assert by_name(diagnose())["chromium"].detail.startswith(
        "none of chromium, chromium-browser, google-chrome, google-chrome-stable found")


def test_chromium_found_reports_its_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "chromium"
    fake.write_text("#!/bin/sh\necho 'Chromium 120.0.6099.224 built on Debian'\n")
    fake.chmod(0o755)
    monkeypatch.setenv("MAPPER_CHROMIUM", str(fake))
    assert by_name(diagnose())["chromium"] == Check(
        "chromium", OK, f"{fake} (Chromium 120.0.6099.224 built on Debian)")
    fake.write_text("#!/bin/sh\nexit 3\n")
    assert by_name(diagnose())["chromium"] == Check(
        "chromium", WARN, f"{fake} --version failed (exit 3): screenshots unavailable")


def test_missing_required_package_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.metadata.version

    def version(dist: str) -> str:
        if dist == "folium":
            raise importlib.metadata.PackageNotFoundError(dist)
        return real(dist)

    monkeypatch.setattr(importlib.metadata, "version", version)
    checks = diagnose()
    assert by_name(checks)["folium"] == Check("folium", FAIL,
                                              "not installed (required): reinstall mapper (pip install -e .)")
    assert not healthy(checks)
    r = CliRunner().invoke(cli.app, ["doctor"])
    assert r.exit_code == 1 and "fail  folium: not installed (required)" in r.stdout


def test_doctor_command() -> None:
    r = subprocess.run([sys.executable, "-m", "mapper", "doctor"], capture_output=True, text=True,
                       cwd=ROOT, timeout=120, env={**os.environ, "MAPPER_CHROMIUM": "/nonexistent/chromium"})
    assert r.returncode == 0, r.stdout + r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith(f"ok    mapper: {__version__} (")
    assert all(line[:6] in ("ok    ", "info  ", "warn  ") for line in lines)
    assert lines[-1].startswith("warn  chromium: MAPPER_CHROMIUM=/nonexistent/chromium is not executable")
