"""Shared fixtures: one loaded pipeline for the whole session (the gazetteer loads once), and the
loopback geocoding server of the geocoder tests.

The tests have their own cache directory (MAPPER_CACHE_DIR, set here for the session and inherited
by the subprocesses tests start): ``tests/.cache/mapper`` in this checkout, gitignored and kept
between sessions, so a session compiles the gazetteer index only when the place table or the index
format changed, and never shares a cache with the user's runs or another checkout. A test that
needs a fresh cache directory sets its own (``monkeypatch.setenv("MAPPER_CACHE_DIR", ...)``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from mapper.pipeline import Pipeline
from tests.fake_geocoder import FakeGeocoder

# Property tests draw the same examples on every run (CI must not pass or fail by luck); explore new
# examples locally with `pytest --hypothesis-profile=explore`.
settings.register_profile("ci", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
TEST_CACHE_DIR = ROOT / "tests" / ".cache" / "mapper"
os.environ["MAPPER_CACHE_DIR"] = str(TEST_CACHE_DIR)  # before any test loads the gazetteer


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def gazetteer(pipeline: Pipeline):  # noqa: ANN201
    return pipeline.gazetteer


@pytest.fixture(scope="session")
def unfiltered(pipeline: Pipeline) -> Pipeline:
    """The pipeline without its learned event filter: what the coder's rules code (the filter drops some
    real acts, its known losses; a rule's test reads both)."""
    return Pipeline(pipeline.gazetteer, event_filter=None)


@pytest.fixture(scope="session", params=["rules", "filter"])
def either(request: pytest.FixtureRequest, pipeline: Pipeline, unfiltered: Pipeline) -> Pipeline:
    """The rules alone, then the pipeline with its filter: a no-event test must hold for both (the filter
    only drops events, so a phantom of the rules is one the filter might hide)."""
    return unfiltered if request.param == "rules" else pipeline


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
