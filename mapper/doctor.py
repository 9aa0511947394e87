"""``mapper doctor``: what this installation has, and whether it can run.

    from mapper.doctor import diagnose
    for check in diagnose():
        print(check)

Each :class:`Check` is "ok", "info", "warn" (works, with less: no Chromium means no screenshots)
or "fail" (a command would not work: a required package or the place table is missing). Nothing
here changes anything: a missing or corrupt gazetteer cache is reported, not rebuilt, and a valid
one is read without refreshing its time.
"""

from __future__ import annotations

import importlib.metadata
import os
import platform
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mapper import screenshot

OK, INFO, WARN, FAIL = "ok", "info", "warn", "fail"

# Distribution names of what mapper needs to run (pyproject's dependencies).
REQUIRED = ("geopy", "folium", "folium-offline", "shapely", "geopandas", "pyogrio", "typer", "trafilatura",
            "lxml_html_clean")
OPTIONAL = ("spacy",)  # --ner spacy
CHROMIUM_NAMES = screenshot.CHROMIUM_NAMES
CHROMIUM_PATHS = screenshot.CHROMIUM_PATHS


@dataclass(frozen=True, slots=True)
class Check:
    """One line of the report: what was checked, its status, and what was found."""

    name: str
    status: str  # OK, INFO, WARN or FAIL
    detail: str

    def __str__(self) -> str:
        return f"{self.status:<4}  {self.name}: {self.detail}"


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def _packages() -> list[Check]:
    out = []
    for dist in REQUIRED + OPTIONAL:
        try:
            out.append(Check(dist, OK, importlib.metadata.version(dist)))
        except importlib.metadata.PackageNotFoundError:
            if dist in OPTIONAL:
                out.append(Check(dist, INFO, "not installed (optional: --ner spacy)"))
            else:
                out.append(Check(dist, FAIL, "not installed (required): reinstall mapper (pip install -e .)"))
    return out


def _gazetteer() -> list[Check]:
    from mapper.gazetteer.store import (
        DATA,
        MISSING,
        PRUNE_AFTER_DAYS,
        Gazetteer,
        cache_dir,
        other_caches,
        read_cache,
    )

    out = []
    if DATA.exists():
        out.append(Check("gazetteer table", OK, f"{DATA} ({_size(DATA.stat().st_size)})"))
    else:
        return [Check("gazetteer table", FAIL, f"{DATA} is missing: reinstall mapper")]
    path = Gazetteer.cache_path()
    others = other_caches(path.parent, keep=path)
    note = ""
    if others:
        total = sum(p.stat().st_size for p in others if p.exists())
        note = (f"; {len(others)} other cache file(s) ({_size(total)}: other versions of mapper or of its "
                f"place table), each deleted once unused for {PRUNE_AFTER_DAYS} days")
    _, problem = read_cache(path, touch=False)  # a full check, about 0.2 s; the doctor changes nothing
    if problem == MISSING:
        detail, status = f"{path}: missing; compiled on the next run (a few seconds){note}", INFO
    elif problem is not None:
        detail = (f"{path}: corrupt ({problem}); rebuilt on the next run, or now with "
                  f"`mapper gazetteer build`{note}")
        status = WARN
    else:
        detail, status = f"{path}: valid ({_size(path.stat().st_size)}){note}", OK
    out.append(Check("gazetteer cache", status, detail))
    directory = cache_dir()
    probe = directory if directory.exists() else next((p for p in directory.parents if p.exists()), None)
    if probe is None or not probe.is_dir() or not os.access(probe, os.W_OK | os.X_OK):
        out.append(Check("cache directory", WARN, f"{directory} is not writable: the gazetteer index is "
                                                  "compiled again on every run (set MAPPER_CACHE_DIR)"))
    else:
        out.append(Check("cache directory", OK, f"{directory} (MAPPER_CACHE_DIR to change)"))
    geocode = directory / "geocode.sqlite"
    if geocode.exists():
        out.append(Check("geocoder cache", INFO, f"{geocode} ({_size(geocode.stat().st_size)})"))
    else:
        out.append(Check("geocoder cache", INFO, f"{geocode}: none (only --geocoder runs make one)"))
    return out


def find_chromium() -> str | None:
    """The Chromium screenshots use (mapper.screenshot's search, over this module's lists)."""
    return screenshot.find_chromium(CHROMIUM_PATHS, CHROMIUM_NAMES)


def _chromium(run: Callable[..., subprocess.CompletedProcess[str]] = subprocess.run) -> Check:
    path = find_chromium()
    if path is None:
        where = f"MAPPER_CHROMIUM={os.environ['MAPPER_CHROMIUM']} is not executable" if os.environ.get(
            "MAPPER_CHROMIUM") else f"none of {', '.join(CHROMIUM_NAMES)} found"
        return Check("chromium", WARN, f"{where}: map screenshots and browser tests unavailable "
                                       "(apt-get install chromium, or set MAPPER_CHROMIUM)")
    try:
        r = run([path, "--version"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError) as e:
        return Check("chromium", WARN, f"{path} does not run ({type(e).__name__}: {e}): "
                                       "screenshots unavailable")
    version = (r.stdout or r.stderr).strip().splitlines()
    if r.returncode != 0 or not version:
        return Check("chromium", WARN, f"{path} --version failed (exit {r.returncode}): "
                                       "screenshots unavailable")
    return Check("chromium", OK, f"{path} ({version[0]})")


def diagnose() -> list[Check]:
    """Every check, in report order: versions, the gazetteer and its caches, Chromium."""
    from mapper import __version__

    checks = [
        Check("mapper", OK, f"{__version__} ({Path(__file__).resolve().parent})"),
        Check("python", OK, f"{platform.python_version()} ({sys.executable})"),
        Check("platform", OK, platform.platform()),
    ]
    checks += _packages()
    checks += _gazetteer()
    checks.append(_chromium())
    return checks


def healthy(checks: list[Check]) -> bool:
    """Everything needed to run is there (warnings such as a missing Chromium do not count)."""
    return all(c.status != FAIL for c in checks)
