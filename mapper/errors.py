"""One exception hierarchy for the whole package (geopy-style), and the escaping of message text.

Every error mapper raises on purpose is a :class:`MapperError`; each class says how the command line
reports it (``exit_code``, and ``label``, the word before the message), so ``mapper.cli`` derives its
exit codes from this hierarchy in one place. KeyboardInterrupt is Python's; its exit code is here too.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

# Characters a terminal may act on rather than show: C0 and C1 controls (ESC starts colour, cursor and
# title sequences; CSI is 0x9b on its own), DEL, line and paragraph separators, bidirectional
# overrides that reorder what follows (U+202E), and lone surrogates (no character at all).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` safe to print on a terminal: control characters become Python escapes (``\\x1b``,
    ``\\r``, ``\\u202e``), so a file name, CSV header or article id can neither move the cursor, recolour
    or retitle the terminal, nor forge a line of output. Every message the CLI prints goes through it."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


EXIT_INTERRUPTED = 130  # KeyboardInterrupt (Ctrl-C): 128 + SIGINT, as a shell reports it


class MapperError(Exception):
    """Base class of every error mapper raises on purpose: one line ("error: ..."), exit 1."""

    exit_code: ClassVar[int] = 1  # the command's exit status when this error ends it
    label: ClassVar[str] = "error"  # the word the command prints before the message
    # Whether --debug shows the traceback: not for errors that are the caller's, not mapper's.
    debug_traceback: ClassVar[bool] = True


class UsageError(MapperError, ValueError):
    """A function or command was called with arguments it cannot take (an unknown format, a date that is not
    a date): the CLI's "usage error", exit 2. A ValueError too, as Python callers expect of bad arguments.
    Any other ValueError is an error of the run (exit 1), never taken for a usage error."""

    exit_code = 2
    label = "usage error"
    debug_traceback = False


class NothingRead(MapperError):
    """No input gave an article, so the run wrote nothing (an existing output is left as it was).

    ``summary`` is the run's RunSummary: every input is in its problems.
    """

    debug_traceback = False  # the summary says why: every input is listed with its problem

    def __init__(self, output: str | None, summary: Any, what: str = "article") -> None:
        target = f"{output} not written" if output else "nothing written"
        super().__init__(f"no {what} could be read; {target}")
        self.output = output
        self.summary = summary


class Terminated(BaseException):
    """SIGTERM arrived (``mapper`` turns the signal into this exception, see ``mapper.cli.main``).

    A BaseException like KeyboardInterrupt, so the same clean-up runs (temporary files removed,
    Chromium stopped) and no ``except Exception`` swallows it.
    """

    exit_code: ClassVar[int] = 143  # 128 + SIGTERM


class InputError(MapperError, ValueError):
    """Bytes or a page that cannot be read as an article (binary, not valid text, no article text).

    Raised by the decoding and page-reading steps of ``mapper.io`` (and by ``decode_text``, hence a
    ValueError too); ``read_inputs`` turns it into an InputProblem naming the input, so a run never
    stops for one bad input. ``reason`` is the message without ``source``, which may be unknown here.
    """

    def __init__(self, reason: str, source: str | None = None) -> None:
        super().__init__(f"{source}: {reason}" if source else reason)
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


class GeocoderConfigError(GeocoderError, UsageError):
    """The online geocoder was asked for with unusable settings (unknown service or option, missing
    user agent): a usage error, raised before any request is sent."""


class GeocodeCacheError(GeocoderError):
    """The geocoder's on-disk answer cache cannot be read (``mapper cache info`` on a damaged file)."""


class CorpusError(MapperError):
    """A gold corpus could not be read."""


class ExportError(MapperError):
    """An export could not be written (unknown format, or the writer failed)."""


class MapError(MapperError):
    """The map could not be built (e.g. inline assets requested but not installed)."""


class TilesError(UsageError):
    """``--tiles`` is neither a known tile provider name nor an http(s) URL template with {z}/{x}/{y}."""


class ScreenshotError(MapperError):
    """Chromium is missing or could not render the page."""
