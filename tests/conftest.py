"""Shared fixtures: one loaded pipeline for the whole session (the gazetteer loads once), and the
loopback geocoding server of the geocoder tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mapper.pipeline import Pipeline
from tests.fake_geocoder import FakeGeocoder

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def gazetteer(pipeline: Pipeline):  # noqa: ANN201
    return pipeline.gazetteer


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    # A proxy from the environment must not carry loopback requests (test servers) elsewhere.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server() -> Iterator[FakeGeocoder]:
    """A fake Nominatim/Photon on 127.0.0.1 (tests/fake_geocoder.py), stopped after the test."""
    with FakeGeocoder().running() as s:
        yield s
