"""An article's header: its title and date, from the top of a plain-text file or from an HTML page.

A ``.txt`` article may start with a headline line and a date line, in either order ("04:40 GMT07
August 2020", "Airstrikes hit Idlib province", then the body): :func:`text_header` finds them
without touching the text. An HTML page goes through trafilatura (:func:`html_page`), which keeps
the article body and its metadata and drops the markup. Dates are read by the events' date parser
(:func:`mapper.events.dates.find_date`), the package's one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from mapper.errors import InputError
from mapper.events.dates import find_date

# Words that may surround a date in a header line without making it a sentence or a headline.
_HEADER_NOISE = re.compile(
    r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?![A-Za-z])"
    r"|[+-]\d{2}:?\d{2}\b"
    r"|\b(?:gmt|utc|bst|cet|cest|eet|eest|est|edt|cst|cdt|pst|pdt|et|ist|msk|ast)\b"
    r"|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?"
    r"|\b(?:published|updated|posted|last|modified|created|date|dated|on|at|by|am|pm)\b",
    re.I,
)


def date_line(line: str) -> str | None:
    """The ISO date if ``line`` is a date header ("04:40 GMT07 August 2020", "Updated: 2020-08-07")."""
    if len(line) > 100:
        return None
    found = find_date(line)
    if found is None:
        return None
    rest = _HEADER_NOISE.sub(" ", line[:found.start] + " " + line[found.end:])
    words = re.findall(r"[^\W\d_]+", rest)
    # A byline name or an agency may stand beside the date; more words than that is prose.
    return found.date.isoformat() if len(words) <= 3 else None


# Page furniture that scraped text often starts with; never a headline.
_BOILERPLATE = frozenset({"listen live", "get short url", "share", "advertisement", "subscribe", "menu",
                          "skip to content", "print", "comments", "live", "watch live", "sign in", "log in"})


def _looks_like_headline(line: str) -> bool:
    """A short line without final sentence punctuation."""
    return (
        " ".join(line.lower().split()) not in _BOILERPLATE
        and len(line) < 200
        and len(line.split()) <= 30
        and not line.endswith((".", ",", ";", ":"))
        and any(c.isalpha() for c in line)
    )


def text_header(text: str) -> tuple[str | None, str | None]:
    """(title, ISO published date) from the first three non-empty lines of a plain-text article."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    title: str | None = None
    published: str | None = None
    for i, line in enumerate(lines[:3]):
        header_date = date_line(line)
        if header_date is not None:
            published = published or header_date
            continue
        # The first non-date line: a headline only if a body follows it.
        if title is None and _looks_like_headline(line) and i + 1 < len(lines):
            title = " ".join(line.split())
            continue
        break  # the body has started: later dates are not header dates
    return title, published


@dataclass(frozen=True, slots=True)
class Page:
    """What trafilatura found in an HTML page, as it gave it: the caller cleans the metadata."""

    text: str  # the article body, never the markup
    title: Any = None
    url: Any = None
    date: Any = None


def html_page(html: str) -> Page:
    """The article in an HTML page; InputError when there is none or the page cannot be parsed."""
    try:
        import trafilatura  # imported here: slow to import, and only needed for HTML
    except ImportError as e:
        raise InputError(f"cannot read HTML: trafilatura is not usable ({e})") from e
    try:
        # A string in, nothing fetched: trafilatura only parses; htmldate looks at the page only.
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_images=False, include_links=False
        )
    except Exception as e:  # noqa: BLE001 - a parser crash on one page must not stop the run
        raise InputError(f"cannot parse HTML: {type(e).__name__}: {e}") from e
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not body.strip():
        raise InputError("no article text found in HTML page")
    return Page(body, getattr(doc, "title", None), getattr(doc, "url", None), getattr(doc, "date", None))
