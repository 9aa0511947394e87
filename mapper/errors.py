"""One exception hierarchy for the whole package (geopy-style)."""


class MapperError(Exception):
    """Base class of every error mapper raises on purpose."""


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
