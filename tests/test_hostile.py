"""The hostile-input corpus (tests/data/hostile) through the whole pipeline, checked by parsing the
map and the exports (no browser needed; test_map_browser.py runs the same map in Chromium)."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from mapper.run import extract, make_map

CORPUS = Path(__file__).parent / "data" / "hostile"


class _Elements(HTMLParser):
    """Every element with its attributes, and the text of each <script>."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._script: dict[str, str | None] | None = None
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        if tag == "script":
            self._script = dict(attrs)
            self.scripts.append((self._script, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)


def test_corpus_map_has_no_live_payload(tmp_path: Path) -> None:
    out = tmp_path / "map.html"
    summary = make_map([str(CORPUS)], out, offline=True, published="2024-03-04")
    assert summary.articles == 5 and not summary.problems and summary.events >= 4
    dom = _Elements(out.read_text(encoding="utf-8"))
    # Every payload sets document.title to "pwned": outside JSON data it must not appear in any script.
    code = [text for attrs, text in dom.scripts if attrs.get("type") != "application/json"]
    assert code and not [t for t in code if "pwned" in t]
    data = [text for attrs, text in dom.scripts if attrs.get("type") == "application/json"]
    assert any("pwned" in t for t in data)  # the payloads are there, as JSON strings
    assert all("<" not in t for t in data)  # escaped: nothing in the data can end its <script>
    # No element carries an event handler, a javascript: URL or an iframe/img from the articles.
    assert not [(t, a) for t, a in dom.elements if any(k.startswith("on") for k in a)]
    assert not [(t, a) for t, a in dom.elements if "javascript:" in (a.get("href") or a.get("src") or "")]
    assert [t for t, _ in dom.elements if t in ("img", "iframe")] == []


def test_corpus_exports_keep_urls_only_when_http(tmp_path: Path) -> None:
    out = tmp_path / "articles.jsonl"
    extract([str(CORPUS)], out, published="2024-03-04")
    records = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert set(records) >= {"js-url", "data-url", "quote-url"}
    # Exports are data, not HTML: titles are kept exactly (a reader may need the payload as evidence),
    # and only http(s) URLs survive as URLs.
    assert records["js-url"]["url"] is None and records["data-url"]["url"] is None
    assert records["js-url"]["title"] == "Protest in Beirut <img src=x onerror=alert(1)>"
    assert records["quote-url"]["url"] is None  # a quote in a URL is not a URL
