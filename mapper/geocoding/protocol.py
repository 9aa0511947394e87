"""What a geocoder is to mapper: anything with ``geocode(name, *, country_codes=()) -> Place | None``.

mapper's online geocoders are layers in the manner of geopy's ``RateLimiter``, each a Geocoder
wrapping another:

    service = GeopyGeocoder("nominatim", {"user_agent": "yourapp/1.0 (you@example.org)"})  # one request
    polite = RateLimited(service, Policy(min_delay=1.0))     # spacing, retries, give-up, stop (policy.py)
    geocoder = CachedGeocoder(polite)                        # answers kept in memory and SQLite (cache.py)
    mapper.Pipeline(geocoder=geocoder)                       # the ``geocode`` component (component.py)

``mapper.geocoding.online.online_geocoder(service, options)`` builds that stack (what ``--geocoder``
does). A geocoder returns None when the service knows no such place, and raises on failure: the service
adapter raises geopy's errors as they come (as geopy's own geocoders do); :class:`RateLimited` turns
every failure it gives up on into one reported mapper.errors.GeocoderError (GeocoderUnavailable when
the service cannot be reached), which is all the ``geocode`` component expects.

The optional attributes a layer passes on (wrappers answer them from the geocoder they wrap) are
``name`` (the service, "nominatim"), ``endpoint`` (its URL), ``params(countries)`` (request
parameters that change the answer: both are part of the cache key), ``supports_country_codes``
and ``stats`` (a GeocoderActivity the run summary reports).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from mapper.model import Place


@runtime_checkable
class Geocoder(Protocol):
    def geocode(self, name: str, *, country_codes: Sequence[str] = ()) -> Place | None:
        """The place ``name`` denotes (optionally only within ISO alpha-2 ``country_codes``), or None."""
        ...


def query_of(name: str, country_codes: Sequence[str] | None, supports_country_codes: bool
             ) -> tuple[str, tuple[str, ...]]:
    """A name and country filter as every layer keys them: whitespace collapsed, codes lower-cased, sorted,
    without repeats, and none at all for a service that cannot filter by country (they would change
    nothing but the cache key)."""
    query = " ".join(name.split())
    countries = tuple(sorted({c.strip().lower() for c in country_codes or () if c.strip()}))
    return query, countries if supports_country_codes else ()


class Wrapper:
    """Base of the layers that wrap a geocoder: what they do not answer themselves, the wrapped one does
    (``name``, ``endpoint``, ``params``, a policy's ``stopped``...)."""

    def __init__(self, geocoder: Geocoder) -> None:
        self.geocoder = geocoder

    def __getattr__(self, attr: str) -> object:
        if attr == "geocoder":  # not set yet (during unpickling): no recursion
            raise AttributeError(attr)
        return getattr(self.geocoder, attr)

    @property
    def name(self) -> str:
        return str(getattr(self.geocoder, "name", type(self.geocoder).__name__))

    @property
    def endpoint(self) -> str:
        return str(getattr(self.geocoder, "endpoint", ""))

    @property
    def supports_country_codes(self) -> bool:
        return bool(getattr(self.geocoder, "supports_country_codes", False))

    def params(self, country_codes: tuple[str, ...]) -> str:
        params = getattr(self.geocoder, "params", None)
        return params(country_codes) if callable(params) else ""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.geocoder!r})"
