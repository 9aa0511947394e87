"""The project's accuracy and speed targets, shown beside `mapper evaluate` figures."""

from __future__ import annotations

SPEED = {"articles_per_s": 1000.0, "load_seconds": 1.0, "peak_rss_mb": 1024.0}
TARGETS = {
    "lgl": {"overlap_f1": 0.80, "acc161": 0.88, "end_to_end": 0.70} | SPEED,
    "geovirus": {"overlap_f1": 0.90, "acc161": 0.80, "end_to_end": 0.68} | SPEED,
}


def targets_for(name: str) -> dict[str, float] | None:
    """Targets for a corpus file name (lgl.xml, GeoVirus.xml); None for other corpora."""
    stem = name.lower().rsplit(".", 1)[0]
    return TARGETS.get(stem)
