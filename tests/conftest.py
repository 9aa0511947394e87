"""Shared fixtures: one loaded pipeline for the whole session (the gazetteer loads once)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapper.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def gazetteer(pipeline: Pipeline):  # noqa: ANN201
    return pipeline.gazetteer
