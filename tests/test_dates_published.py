"""Article dates from the inputs (issue 14): --published overrides a .txt header's date, with a
warning when the two differ; an unparseable "published" in JSONL gets a warning."""

from __future__ import annotations

import json
from pathlib import Path

from mapper.io.readers import read_inputs


def test_published_overrides_a_txt_header_date_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Clashes in Daraa\nSept. 18, 2016\n\nFighting went on.\n", encoding="utf-8")
    warnings: list[str] = []
    keep = warnings.append
    (article,) = read_inputs([str(path)], published="2016-09-20", on_warning=lambda w: keep(str(w)))
    assert article.published == "2016-09-20"
    assert len(warnings) == 1
    assert "--published 2016-09-20 overrides the date 2016-09-18 in the header" in warnings[0]
    warnings.clear()
    (article,) = read_inputs([str(path)], published="2016-09-18", on_warning=lambda w: keep(str(w)))
    assert article.published == "2016-09-18" and warnings == []  # the same date: nothing to say


def test_an_unparseable_published_in_jsonl_gets_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "Clashes in Daraa.", "published": "last Tuesday"}) + "\n"
                    + json.dumps({"id": "y", "text": "Clashes in Homs.", "published": "2020-08-07"}) + "\n",
                    encoding="utf-8")
    warnings: list[str] = []
    x, y = read_inputs([str(path)], on_warning=lambda w: warnings.append(str(w)))
    assert (x.published, y.published) == (None, "2020-08-07")
    assert len(warnings) == 1
    assert "b.jsonl:1" in warnings[0]
    assert "published 'last Tuesday' is not a date like 2020-08-07" in warnings[0]
