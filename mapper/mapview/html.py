"""Escaping and links for the map page, which is built from untrusted article text.

Untrusted text reaches the page only as JSON data inside a ``<script type="application/json">``
element (see :func:`script_json`) that mapper.js reads and puts into the DOM with ``textContent``;
the few values that branca writes into the page skeleton (the ``<title>``) go through
:func:`escape_html`. Links are kept only for http and https URLs, and for a local source file inside
the map's own folder, linked by its path relative to the map (never an absolute ``file:`` URL, which
would show the analyst's folders and break for anyone the map is sent to).
"""

from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path
from urllib.parse import quote

from mapper.events.taxonomy import BATTLES, CIVILIANS, COLOURS, POLITICAL, PROTESTS, REMOTE, RIOTS, STRATEGIC
from mapper.model import Article

# Marker levels, most severe first (also the legend order): event type -> (colour, legend label).
LEVELS: dict[str, tuple[str, str]] = {
    t: (COLOURS[t], t if t != POLITICAL else "Political: statement, meeting, diplomatic protest")
    for t in (BATTLES, REMOTE, CIVILIANS, RIOTS, PROTESTS, STRATEGIC, POLITICAL)
} | {"mention": ("#7f7f7f", "Mentioned only: actor or context")}

_SAFE_SCHEMES = frozenset({"http", "https"})
# Beyond html.escape: characters that are live inside a JS template literal, in case this text is ever
# handed to code that embeds it in one.
_JS_TEMPLATE_CHARS = str.maketrans({"`": "&#96;", "$": "&#36;", "\\": "&#92;"})


def escape_html(value: object) -> str:
    """Escape untrusted text for HTML content or a quoted attribute value (and JS template literals)."""
    return html.escape(str(value), quote=True).translate(_JS_TEMPLATE_CHARS)


def script_safe(json_text: str) -> str:
    """JSON text that can sit inside an HTML ``<script>`` element and still parse to the same value.

    Inside a script element only ``</script`` and ``<!--`` end or change the element, and both need a
    ``<``; so ``<`` alone is written as ``\\u003c``. Other characters stay as they are (no
    ``ensure_ascii``: Arabic or Cyrillic text would triple in size)."""
    return json_text.replace("<", "\\u003c")


def script_json(value: object) -> str:
    """``value`` as compact JSON text safe inside an HTML ``<script>`` element."""
    return script_safe(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


js_string = script_json  # the name earlier versions used


_UNSAFE_CHARS = re.compile(r"[\s\x00-\x1f\x7f]")
_HTTP = re.compile(r"https?://[^/?#]", re.I)


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an http or https URL, else None (javascript:, data:, file:, relative, junk)."""
    if not url:
        return None
    url = url.strip()
    # Browsers drop tabs/newlines inside URLs ("java\tscript:"), so refuse any whitespace or control char
    # (a printable URL without a space has none: the search is for the others).
    if ((" " in url or not url.isprintable()) and _UNSAFE_CHARS.search(url)) or not _HTTP.match(url):
        return None
    return url


def local_link(source: str | None, base: str | os.PathLike[str] | None) -> str | None:
    """A relative URL from the folder ``base`` (where the map is written) to the source file, when that
    file exists inside ``base``; else None: no link, rather than a path that leaks folder names."""
    if not source or source == "<stdin>" or base is None:
        return None
    try:
        path = Path(source).resolve()
        rel = path.relative_to(Path(base).resolve())
        if not path.is_file():
            return None
    except (OSError, ValueError):  # outside base, embedded NUL and the like
        return None
    return quote(rel.as_posix())


def article_href(art: Article, base: str | os.PathLike[str] | None = None) -> str | None:
    """The article's own http(s) URL, else a relative link to its source file (see local_link)."""
    return safe_url(art.url) or local_link(art.source, base)
