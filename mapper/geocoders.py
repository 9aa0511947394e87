"""Opt-in online geocoding.

mapper is offline by default: nothing here runs unless the user asks for an online geocoder
(e.g. ``--geocoder nominatim``). The geocoders look up names the offline gazetteer does not
know and return :class:`Place` objects, so the rest of the pipeline does not care where a
place came from.
"""

from __future__ import annotations

import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from geopy import exc as geopy_exc
from geopy.adapters import BaseAdapter, RequestsAdapter
from geopy.geocoders import Nominatim, options

from mapper.errors import GeocoderError, GeocoderUnavailable
from mapper.model import Place

DEFAULT_NOMINATIM_URL = "https://nominatim.openstreetmap.org"
DEFAULT_USER_AGENT = "mapper/0.1"

CacheKey = tuple[str, tuple[str, ...]]


class OnlineGeocoder(ABC):
    """Base class of the online geocoders: ``geocode`` a name to a Place, or None if unknown.

    Subclasses implement :meth:`_lookup`; this class normalises the query, caches answers
    (unknown names too, so each distinct query reaches the server once per run) and keeps a
    minimum delay between requests, as public services such as Nominatim require.
    """

    name = "online"

    def __init__(self, *, min_delay_seconds: float = 1.0) -> None:
        self.min_delay_seconds = min_delay_seconds
        self._cache: dict[CacheKey, Place | None] = {}
        self._lock = threading.Lock()
        self._last_request = float("-inf")
        self.requests = 0  # requests actually sent, for the run summary and tests

    def geocode(self, name: str, *, country_codes: Sequence[str] | None = None) -> Place | None:
        """Look ``name`` up, optionally only within ISO alpha-2 ``country_codes``.

        Raises GeocoderUnavailable when the service cannot be reached or times out, and
        GeocoderError for any other failure (HTTP error status, unreadable reply).
        """
        query = " ".join(name.split())
        if not query:
            return None
        countries = tuple(sorted({c.strip().lower() for c in country_codes or () if c.strip()}))
        key = (query.casefold(), countries)
        # One lock around wait, request and cache update: the delay is per service, not per thread.
        with self._lock:
            if key in self._cache:
                return self._cache[key]
            wait = self._last_request + self.min_delay_seconds - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                self.requests += 1
                place = self._lookup(query, countries)
            finally:
                self._last_request = time.monotonic()
            self._cache[key] = place  # errors are not cached: a later call may succeed
            return place

    @abstractmethod
    def _lookup(self, query: str, country_codes: tuple[str, ...]) -> Place | None:
        """One request to the service: the best match for ``query``, or None."""

    def clear_cache(self) -> None:
        with self._lock:
            self._cache.clear()


# Nominatim's address types (``addresstype``, else ``type``) mapped to mapper's place kinds.
_KIND_BY_TYPE = {
    "continent": "continent",
    "country": "country",
    "state": "admin1",
    "province": "admin1",
    "state_district": "admin2",
    "county": "admin2",
    "district": "admin2",
    "city": "city",
    "town": "city",
    "village": "city",
    "hamlet": "city",
    "municipality": "city",
    "borough": "city",
    "suburb": "city",
    "quarter": "city",
    "neighbourhood": "city",
    "locality": "city",
    "sea": "water",
    "ocean": "water",
    "bay": "water",
    "strait": "water",
}
_FACILITY_CLASSES = {"aeroway", "military"}
# Older Nominatim servers send no ``addresstype``; an administrative boundary's rank still tells.
_KIND_BY_RANK = ((4, "country"), (8, "admin1"), (12, "admin2"), (16, "city"))


def nominatim_kind(raw: dict[str, Any]) -> str:
    """mapper's place kind for one Nominatim search result."""
    osm_class = str(raw.get("class") or raw.get("category") or "")
    osm_type = str(raw.get("type") or "")
    address_type = str(raw.get("addresstype") or "")
    if osm_class in _FACILITY_CLASSES or address_type in _FACILITY_CLASSES:
        return "facility"
    for key in (address_type, osm_type):
        if key in _KIND_BY_TYPE:
            return _KIND_BY_TYPE[key]
    if osm_class == "waterway" or (osm_class == "natural" and osm_type == "water"):
        return "water"
    if osm_class == "boundary" and osm_type == "administrative":
        try:
            rank = int(raw.get("place_rank", 0))
        except (TypeError, ValueError):
            rank = 0
        for limit, kind in _KIND_BY_RANK:
            if 0 < rank <= limit:
                return kind
    return "region"


def nominatim_place(raw: dict[str, Any], query: str) -> Place:
    """Convert one Nominatim JSON result (requested with addressdetails=1) into a Place."""
    address = raw.get("address") or {}
    display = str(raw.get("display_name") or "")
    name = display.split(",")[0].strip() or str(raw.get("name") or "").strip() or query
    return Place(
        name=name,
        lat=float(raw["lat"]),
        lon=float(raw["lon"]),
        country_code=str(address.get("country_code") or "").upper(),
        kind=nominatim_kind(raw),
        geonameid=None,
        country=str(address.get("country") or ""),
    )


def _adapter_factory(*, proxies: Any, ssl_context: Any) -> BaseAdapter:
    """geopy's default HTTP adapter, without the requests adapter's silent retries.

    Those retries turn a 10 s timeout into 30 s and send a rate-limited server repeated requests;
    mapper reports the failure instead and lets the user decide.
    """
    factory = options.default_adapter_factory
    if factory is RequestsAdapter:
        return RequestsAdapter(proxies=proxies, ssl_context=ssl_context, max_retries=0)
    return factory(proxies=proxies, ssl_context=ssl_context)


class NominatimGeocoder(OnlineGeocoder):
    """Geocoding with a Nominatim server: the public OSM one, a self-hosted one, or a test server.

    The public server's usage policy asks for at most one request per second and an identifying
    User-Agent; keep ``min_delay_seconds`` at 1.0 or more there.
    """

    name = "nominatim"

    def __init__(
        self,
        url: str = DEFAULT_NOMINATIM_URL,
        user_agent: str = DEFAULT_USER_AGENT,
        timeout: float = 10,
        min_delay_seconds: float = 1.0,
        *,
        language: str | None = "en",
    ) -> None:
        super().__init__(min_delay_seconds=min_delay_seconds)
        if "://" not in url:
            url = "https://" + url
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise GeocoderError(f"not a Nominatim server URL: {url!r} (expected http(s)://host[:port])")
        self.url = f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"
        self.language = language
        # geopy builds "{scheme}://{domain}/search", so a path prefix ("/nominatim") rides in domain.
        self._geopy = Nominatim(
            domain=parts.netloc + parts.path.rstrip("/"),
            scheme=parts.scheme,
            user_agent=user_agent,
            timeout=timeout,
            adapter_factory=_adapter_factory,
        )

    def __repr__(self) -> str:
        return f"NominatimGeocoder({self.url!r})"

    def _lookup(self, query: str, country_codes: tuple[str, ...]) -> Place | None:
        try:
            location = self._geopy.geocode(
                query,
                exactly_one=True,
                addressdetails=True,
                country_codes=list(country_codes) or None,
                language=self.language or False,
            )
        except (geopy_exc.GeocoderUnavailable, geopy_exc.GeocoderTimedOut) as e:
            # GeocoderTimedOut also covers HTTP 503/504; both mean "try again later".
            raise GeocoderUnavailable(f"Nominatim server {self.url} unavailable: {e}") from e
        except geopy_exc.GeopyError as e:
            raise GeocoderError(f"Nominatim server {self.url} failed for {query!r}: {e}") from e
        except OSError as e:  # network failures that slipped past geopy's adapter
            raise GeocoderUnavailable(f"Nominatim server {self.url} unavailable: {e}") from e
        if location is None:
            return None
        raw = location.raw
        try:
            return nominatim_place(raw, query)
        except (KeyError, TypeError, ValueError) as e:
            raise GeocoderError(
                f"Nominatim server {self.url} sent an unreadable result for {query!r}: {e!r}"
            ) from e


GEOCODERS = ("nominatim",)


def geocoder_from_spec(spec: str, *, min_delay_seconds: float | None = None) -> OnlineGeocoder:
    """An online geocoder from a CLI string: ``nominatim`` or ``nominatim:URL``.

    Example: ``nominatim:http://127.0.0.1:8080`` for a self-hosted server. Raises GeocoderError
    for an unknown geocoder name or a bad URL.
    """
    kind, _, arg = spec.strip().partition(":")
    kind = kind.strip().lower()
    if kind == "nominatim":
        kwargs: dict[str, Any] = {}
        if min_delay_seconds is not None:
            kwargs["min_delay_seconds"] = min_delay_seconds
        return NominatimGeocoder(arg.strip() or DEFAULT_NOMINATIM_URL, **kwargs)
    raise GeocoderError(f"unknown geocoder {spec!r}; expected one of: {', '.join(GEOCODERS)}[:URL]")
