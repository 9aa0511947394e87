"""The texts of the event gold corpus (training/events/*.jsonl), for tests that check a fast path against
the plain reading on real text: one reader for all of them."""

from __future__ import annotations

import functools
import json
from pathlib import Path

EVENTS = Path(__file__).resolve().parents[1] / "training" / "events"


@functools.cache
def event_texts() -> tuple[str, ...]:
    """Every item's text, file by file in name order."""
    texts: list[str] = []
    for path in sorted(EVENTS.glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert len(texts) > 1000
    return tuple(texts)
