"""`mapper evaluate` end to end on a small gold file of our own, and on the real corpora when present."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mapper.evaluation.corpora import shared_dir
from tests.test_cli import run


def test_evaluate_jsonl_gold(tmp_path: Path) -> None:
    text = "Shelling hit Aleppo on Monday. Officials in Ankara said Turkey would respond."
    gold = {"id": "g1", "text": text, "toponyms": [
        {"start": text.index("Aleppo"), "end": text.index("Aleppo") + 6, "lat": 36.20, "lon": 37.16},
        {"start": text.index("Ankara"), "end": text.index("Ankara") + 6, "lat": 39.92, "lon": 32.85},
        {"start": text.index("Turkey"), "end": text.index("Turkey") + 6, "lat": 39.0, "lon": 35.0},
    ]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    r = run("evaluate", str(path), "--corpus-format", "jsonl", "--json", "--errors", str(errors))
    assert r.returncode == 0, r.stderr
    rep = json.loads(r.stdout)
    assert rep["overlap_f1"] == 1.0 and rep["acc161"] == 1.0 and rep["end_to_end"] == 1.0
    assert errors.exists()


@pytest.mark.skipif(not (shared_dir() / "corpora" / "lgl.xml").exists(), reason="../shared corpora absent")
def test_evaluate_lgl_prints_the_table() -> None:
    r = run("evaluate", str(shared_dir() / "corpora" / "lgl.xml"))
    assert r.returncode == 0, r.stderr
    assert "overlap F1" in r.stdout and "accuracy@161km" in r.stdout and "end-to-end" in r.stdout
