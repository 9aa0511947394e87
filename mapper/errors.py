"""One exception hierarchy for the whole package (geopy-style), and the escaping of message text."""

from __future__ import annotations

import re
from typing import Any

# Characters a terminal may act on rather than show: C0 and C1 controls (ESC starts colour, cursor and
# title sequences; CSI is 0x9b on its own), DEL, line and paragraph separators, bidirectional
# overrides that reorder what follows (U+202E), and lone surrogates (no character at all).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` safe to print on a terminal: control characters become Python escapes (``\\x1b``,
    ``\\r``, ``\\u202e``), so a file name, CSV header or article id can neither move the cursor, recolour
    or retitle the terminal, nor forge a line of output. Every message the CLI prints goes through it."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class MapperError(Exception):
    """Base class of every error mapper raises on purpose."""


class UsageError(MapperError, ValueError):
    """A function or command was called with arguments it cannot take (an unknown format, a date that is not
    a date): the CLI's "usage error", exit 2. A ValueError too, as Python callers expect of bad arguments.
    Any other ValueError is an error of the run (exit 1), never taken for a usage error."""


class NothingRead(MapperError):
    """No input gave an article, so the run wrote nothing (an existing output is left as it was).

    ``summary`` is the run's RunSummary: every input is in its problems.
    """

    def __init__(self, output: str | None, summary: Any) -> None:
        target = f"{output} not written" if output else "nothing written"
        super().__init__(f"no article could be read; {target}")
        self.output = output
        self.summary = summary


class Terminated(BaseException):
    """SIGTERM arrived (``mapper`` turns the signal into this exception, see ``mapper.cli.main``).

    A BaseException like KeyboardInterrupt, so the same clean-up runs (temporary files removed,
    Chromium stopped) and no ``except Exception`` swallows it.
    """


class InputError(MapperError):
    """An input file or stream could not be read as articles."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class OutputError(MapperError, OSError):
    """A map, export or cache file could not be written; nothing was replaced.

    Also an OSError, so code that caught the underlying error (disk full, permission denied) still does.
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"cannot write {path}: {reason}")
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return f"cannot write {self.path}: {self.reason}"


class GazetteerError(MapperError):
    """The gazetteer could not be built, loaded or extended."""


class GeocoderError(MapperError):
    """An online geocoder failed (network, HTTP status, bad reply)."""


class GeocoderUnavailable(GeocoderError):
    """The online geocoder could not be reached, timed out, or is not being asked any more this run."""


class GeocoderConfigError(GeocoderError):
    """The online geocoder was asked for with unusable settings (unknown service or option, missing
    user agent): a usage error, raised before any request is sent."""


class GeocodeCacheError(GeocoderError):
    """The geocoder's on-disk answer cache cannot be read (``mapper cache info`` on a damaged file)."""


class CorpusError(MapperError):
    """A gold corpus could not be read."""
