"""Opt-in online geocoding, with any geopy geocoder, politely.

mapper is offline by default: nothing here runs unless the user asks for an online geocoder
(``--geocoder nominatim --geocoder-option user_agent="myapp/1.0 (me@example.org)"``). A geocoder
looks up names the offline gazetteer resolves poorly (or every name, if asked) and returns
:class:`Place` objects, so the rest of the pipeline does not care where a place came from.

Public services are shared and rate-limited, so :class:`OnlineGeocoder` follows their usage
policies (Nominatim's is the strictest: https://operations.osmfoundation.org/policies/nominatim/):

* at most one request per ``min_delay`` seconds (default 1.0; the public Nominatim server refuses
  less), measured from the end of one request to the start of the next; cache hits send nothing
  and wait for nothing;
* a total deadline on every request (``timeout``, default 10 s), connection, headers and body
  together, however slowly the server sends them; replies over :data:`MAX_REPLY_BYTES` are refused,
  and redirects are followed only on the same host (:class:`BoundedAdapter`);
* every answer is checked before use and before caching (finite coordinates within range, bounded
  strings, sane types: :func:`mapper.geocoding.cache.place_problem`); a bad one fails that name like a
  malformed reply;
* retries with exponential backoff (``backoff`` 1 s, then 2 s, 4 s, ... capped at ``max_wait``) on
  timeouts, connection failures, HTTP 429 and 5xx; a 429's ``Retry-After`` (seconds or HTTP date)
  is honoured, and holds back every request to the service, not only the retried one;
* a give-up rule: after ``attempts`` tries (default 3) a name is reported (one line through
  ``warn``) and raises GeocoderError; the pipeline then keeps its offline answer and the run goes
  on. Malformed replies and other permanent errors (HTTP 4xx) are not retried. After ``stop_after``
  names in a row have failed (default 5), or when the service rejects the credentials or asks to
  wait longer than ``max_wait``, the service is not asked again for the rest of the run (said once);
* a persistent on-disk cache (:mod:`mapper.geocoding.cache`) of answers, "no such place" included, so no
  name is asked twice, even across runs.

geopy's own ``RateLimiter`` is not used because it neither honours ``Retry-After`` nor tells a
malformed reply (permanent) from a timeout (transient). geopy's HTTP adapters are not used either:
their timeout is a gap between two reads, so a server sending one byte a second holds a run forever.

Geocoder answers are data: they reach SQLite only as query parameters, and messages only through
``repr`` or as numbers, clipped (:func:`_said`); never a template, format string, regex or shell.
"""

from __future__ import annotations

import base64
import http.client
import inspect
import json
import logging
import math
import re
import socket
import ssl
import threading
import time
import urllib.request
import warnings
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import SplitResult, urlencode, urljoin, urlsplit

from geopy import exc as geopy_exc
from geopy.adapters import AdapterHTTPError, BaseSyncAdapter, get_retry_after
from geopy.geocoders import Nominatim, get_geocoder_for_service
from geopy.location import Location

from mapper.errors import GeocodeCacheError, GeocoderConfigError, GeocoderError, GeocoderUnavailable
from mapper.geocoding.cache import GeocodeCache, cache_file_state, place_problem
from mapper.model import GeocoderActivity, Place

PUBLIC_NOMINATIM_DOMAIN = "nominatim.openstreetmap.org"
DEFAULT_NOMINATIM_URL = f"https://{PUBLIC_NOMINATIM_DOMAIN}"
USER_AGENT_HINT = 'user_agent="yourapp/1.0 (you@example.org)"'
MAX_REPLY_BYTES = 4 * 1024 * 1024  # a Nominatim answer is a few KB; anything near this is not an answer
MAX_REDIRECTS = 3
MAX_SAID_CHARS = 120  # of a server's text quoted in a message

log = logging.getLogger(__name__)
Warn = Callable[[str], None]
CacheKey = tuple[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Policy:
    """How politely to ask a service, and when to give up. Times are in seconds."""

    min_delay: float = 1.0  # between the end of one request and the start of the next
    timeout: float = 10.0  # per request, in all: connection, headers and body
    attempts: int = 3  # tries per name, the first included
    backoff: float = 1.0  # wait before the first retry; doubles for each further retry
    max_wait: float = 60.0  # cap on a backoff wait; a longer Retry-After stops the service for the run
    stop_after: int = 5  # names failing in a row after which the service is not asked again this run

    def __post_init__(self) -> None:
        for name in ("min_delay", "timeout", "backoff", "max_wait"):
            value = getattr(self, name)
            # Finite too: "1e999" reads as a float, and an endless deadline is no deadline.
            if not math.isfinite(value) or value < 0 or (name == "timeout" and value == 0):
                raise GeocoderConfigError(f"geocoder option {name} must be a positive number of seconds, "
                                          f"not {value:g}")
        if self.attempts < 1 or self.stop_after < 1:
            raise GeocoderConfigError("geocoder options attempts and stop_after must be at least 1")


@dataclass(frozen=True, slots=True)
class _Failure:
    """One failed request, classified: what to tell the user, and whether trying again may help."""

    reason: str  # "HTTP 500", "timed out after 10 s", "malformed reply (not JSON)", ...
    transient: bool = False  # worth a retry (timeouts, connection failures, 429, 5xx)
    retry_after: float | None = None  # seconds the service asked us to wait
    service_wide: bool = False  # no other name will fare better (credentials, quota)
    unavailable: bool = False  # the service could not be reached or did not answer in time


def _status(error: BaseException) -> int | None:
    cause = error.__cause__
    return cause.status_code if isinstance(cause, AdapterHTTPError) else None


def _retry_after(error: BaseException) -> float | None:
    seconds = getattr(error, "retry_after", None)
    cause = error.__cause__
    if seconds is None and isinstance(cause, AdapterHTTPError) and cause.headers:
        seconds = get_retry_after(cause.headers)  # a 503 may carry Retry-After too
    return None if seconds is None else max(0.0, float(seconds))


def _said(value: object) -> str:
    """An error's (or a server's) text as it may appear in a one-line message: it may quote the
    server, so it is clipped, and escaped by ``repr`` (control characters, quotes), without the quotes."""
    text = str(value)
    if len(text) > MAX_SAID_CHARS:
        text = text[:MAX_SAID_CHARS] + "..."
    return repr(text)[1:-1]


def classify(error: BaseException, timeout: float) -> _Failure:
    """Sort a geopy (or network) error into transient / permanent / service-wide.

    geopy maps HTTP statuses to exceptions (geopy.geocoders.base.ERROR_CODE_MAP): 429 ->
    GeocoderRateLimited (with ``retry_after``), 408/503/504 -> GeocoderTimedOut, 502 and other
    5xx -> GeocoderServiceError, 400/412-414 -> GeocoderQueryError, 401/403/407 -> authentication or
    privileges, 402 -> GeocoderQuotaExceeded; a socket timeout -> GeocoderTimedOut, a refused
    connection -> GeocoderUnavailable, a body that is not JSON -> GeocoderParseError.
    """
    status = _status(error)
    http = f"HTTP {status}" if status else ""
    if isinstance(error, geopy_exc.GeocoderRateLimited):
        return _Failure(f"{http or 'HTTP 429'} (rate limited)", transient=True,
                        retry_after=_retry_after(error))
    if isinstance(error, geopy_exc.GeocoderTimedOut):
        return _Failure(http or f"timed out after {timeout:g} s", transient=True,
                        retry_after=_retry_after(error), unavailable=True)
    if isinstance(error, geopy_exc.GeocoderUnavailable):
        return _Failure(f"unreachable: {_said(error)}", transient=True, unavailable=True)
    if isinstance(error, geopy_exc.GeocoderParseError):
        return _Failure("malformed reply (not JSON)")
    if isinstance(error, (geopy_exc.GeocoderAuthenticationFailure, geopy_exc.GeocoderInsufficientPrivileges,
                          geopy_exc.GeocoderQuotaExceeded, geopy_exc.ConfigurationError)):
        return _Failure(f"{http or type(error).__name__}: {_said(error)}", service_wide=True)
    if isinstance(error, geopy_exc.GeocoderServiceError) and status is not None:
        return _Failure(http, transient=status >= 500)
    if isinstance(error, geopy_exc.GeopyError):
        return _Failure(f"{type(error).__name__}: {_said(error)}")
    if isinstance(error, OSError):  # a network failure that slipped past the adapter
        return _Failure(f"network error: {_said(error)}", transient=True, unavailable=True)
    if isinstance(error, GeocoderError):  # our own words: an invalid answer, a refused reply
        return _Failure(str(error))
    return _Failure(f"unreadable result ({type(error).__name__}: {_said(error)})")


class OnlineGeocoder(ABC):
    """Base class of the online geocoders: ``geocode`` a name to a Place, or None if unknown.

    Subclasses implement :meth:`_lookup` (one request; raise geopy's exceptions as they come). This
    class normalises the query, answers from the memory and disk caches, spaces requests, retries,
    gives up, stops a failing service, and counts what it did in :attr:`stats`.

    ``sleep`` and ``clock`` are injectable so tests can record the waits without sleeping.
    """

    name = "online"
    supports_country_codes = False  # whether country_codes reach the service (else they are ignored)

    def __init__(self, *, policy: Policy | None = None, cache: GeocodeCache | str | Path | bool = True,
                 warn: Warn | None = None, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.policy = policy or Policy()
        self.warn: Warn = warn or log.warning
        if cache is True:
            cache = GeocodeCache(warn=self.warn)
        elif isinstance(cache, (str, Path)):
            cache = GeocodeCache(cache, warn=self.warn)
        self.cache: GeocodeCache | None = cache or None
        self._sleep = sleep
        self._clock = clock
        self._memory: dict[CacheKey, Place | None] = {}
        self._failed: dict[CacheKey, str] = {}  # names given up this run -> the report
        self._lock = threading.Lock()
        self._last_request = float("-inf")  # clock() at the end of the last request
        self._not_before = float("-inf")  # no request before this clock() time (Retry-After, backoff)
        self._failures_in_a_row = 0
        self._stopped: str | None = None  # why the service is not asked any more this run
        self.stats = GeocoderActivity(self.name)

    # -- what subclasses provide ----------------------------------------------------------------------

    @property
    def endpoint(self) -> str:
        """The service URL: part of the cache key, so different servers' answers never mix."""
        return ""

    def params(self, country_codes: tuple[str, ...]) -> str:
        """The request parameters other than the query that change the answer, for the cache key."""
        return urlencode({"countrycodes": ",".join(country_codes)}) if country_codes else ""

    @abstractmethod
    def _lookup(self, query: str, country_codes: tuple[str, ...]) -> Place | None:
        """One request to the service: the best match for ``query``, or None."""

    # -- the policy -----------------------------------------------------------------------------------

    @property
    def requests(self) -> int:
        """HTTP requests sent so far (retries included)."""
        return self.stats.requests

    @property
    def stopped(self) -> str | None:
        """Why the service is not being asked any more in this run, or None."""
        return self._stopped

    def geocode(self, name: str, *, country_codes: Sequence[str] | None = None) -> Place | None:
        """Look ``name`` up, optionally only within ISO alpha-2 ``country_codes`` (Nominatim only).

        Returns None when the service knows no such place. Raises GeocoderUnavailable when the
        service cannot be reached, keeps timing out, or has been stopped for this run, and
        GeocoderError when it gave up on this name for another reason; either way the failure has
        been reported through ``warn`` once (a stopped service once per run, not per name).
        """
        query = " ".join(name.split())
        if not query:
            return None
        countries = tuple(sorted({c.strip().lower() for c in country_codes or () if c.strip()}))
        if not self.supports_country_codes:
            countries = ()
        key = (query.casefold(), countries)
        # One lock around cache, wait and request: the delay is per service, not per thread.
        with self._lock:
            if key in self._memory:
                self.stats.cache_hits += 1
                return self._memory[key]
            if self.cache is not None:
                found, place = self.cache.get(self.name, self.endpoint, key[0], self.params(countries))
                if found:
                    self.stats.cache_hits += 1
                    self._memory[key] = place
                    return place
            if key in self._failed:
                raise GeocoderError(self._failed[key])  # reported when it happened
            if self._stopped:
                self.stats.not_asked += 1
                raise GeocoderUnavailable(self._stopped)
            place = self._ask(query, countries, key)
            self._memory[key] = place
            if self.cache is not None:
                self.cache.put(self.name, self.endpoint, key[0], self.params(countries), place)
            return place

    def _ask(self, query: str, countries: tuple[str, ...], key: CacheKey) -> Place | None:
        """Send ``query`` until it is answered, or give up by the policy (lock held)."""
        policy = self.policy
        attempt = 0
        while True:
            attempt += 1
            self._wait_turn()
            self.stats.requests += 1
            try:
                place = self._lookup(query, countries)
            except Exception as e:  # every failure is classified: retry, give up, or stop the service
                failure = classify(e, policy.timeout)
                error: Exception = e
            else:
                self._failures_in_a_row = 0
                return place
            finally:
                self._last_request = self._clock()
            log.info("geocoder %s: %r failed (attempt %d): %s", self.name, query, attempt, failure.reason)
            wait = failure.retry_after
            if wait is not None and wait <= policy.max_wait:
                # Retry-After holds back every request to the service, whichever name comes next.
                self._not_before = max(self._not_before, self._clock() + wait)
            stop = None
            if wait is not None and wait > policy.max_wait:
                stop = f"it asked to wait {wait:g} s, more than max_wait={policy.max_wait:g} s"
            elif failure.service_wide:
                stop = f"it refused the request ({failure.reason})"
            elif failure.transient and attempt < policy.attempts:
                if wait is None:
                    backoff = min(policy.backoff * 2 ** (attempt - 1), policy.max_wait)
                    self._not_before = max(self._not_before, self._clock() + backoff)
                self.stats.retries += 1
                continue
            self._give_up(key, query, attempt, failure, stop)
            if failure.unavailable:
                raise GeocoderUnavailable(self._failed[key]) from error
            raise GeocoderError(self._failed[key]) from error

    def _wait_turn(self) -> None:
        until = max(self._last_request + self.policy.min_delay, self._not_before)
        wait = until - self._clock()
        if wait > 0:
            self._sleep(wait)

    def _give_up(self, key: CacheKey, query: str, attempts: int, failure: _Failure, stop: str | None) -> None:
        message = (f"geocoder {self.name} gave up on {query!r} after {attempts} attempt"
                   f"{'s' if attempts != 1 else ''}: {failure.reason}")
        self._failed[key] = message
        self.stats.given_up += 1
        self.warn(message)
        self._failures_in_a_row += 1
        if stop is None and self._failures_in_a_row >= self.policy.stop_after:
            stop = f"{self._failures_in_a_row} names failed in a row"
        if stop:
            self._stopped = (f"geocoder {self.name} is not asked again in this run: {stop}; "
                             "the other names are resolved offline")
            self.warn(self._stopped)

    def clear_cache(self) -> None:
        """Forget this run's in-memory answers and failures (the disk cache is kept)."""
        with self._lock:
            self._memory.clear()
            self._failed.clear()


# -- Place from a geopy answer ------------------------------------------------------------------------

# Nominatim's address types (``addresstype``, else ``type``) mapped to mapper's place kinds; Photon's
# ``type`` and ``osm_value`` use the same words.
_KIND_BY_TYPE = {
    "continent": "continent",
    "country": "country",
    "state": "admin1",
    "province": "admin1",
    "region": "admin1",
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


def _first_str(dicts: Iterable[dict[str, Any]], keys: Iterable[str]) -> str:
    keys = tuple(keys)
    for d in dicts:
        for k in keys:
            v = d.get(k)
            if isinstance(v, str) and v.strip():
                return v.strip()
    return ""


def location_place(location: Location, query: str) -> Place:
    """Best-effort Place from any geopy Location: point, name, and country and kind where the raw
    answer tells them (Photon's and Pelias's GeoJSON properties, ArcGIS attributes, ...)."""
    raw = location.raw if isinstance(location.raw, dict) else {}
    # The nested dicts first: a GeoJSON feature's own "type" is "Feature", not a kind of place.
    parts = [raw[k] for k in ("properties", "address", "attributes", "components")
             if isinstance(raw.get(k), dict)] + [raw]
    code = _first_str(parts, ("country_code", "countrycode", "countryCode", "CountryCode"))
    kind_word = _first_str(parts, ("addresstype", "type", "osm_value", "place_type", "Addr_type", "_type"))
    address = str(location.address or "")
    return Place(
        name=_first_str(parts, ("name",)) or address.split(",")[0].strip() or query,
        lat=float(location.latitude),
        lon=float(location.longitude),
        country_code=code.upper() if len(code) == 2 else "",
        kind=_KIND_BY_TYPE.get(kind_word.lower(), "region"),
        geonameid=None,
        country=_first_str(parts, ("country",)),
    )


# -- geopy -------------------------------------------------------------------------------------------


# -- HTTP: a total deadline, a size cap, same-host redirects -----------------------------------------

DEFAULT_TIMEOUT = 10.0  # if geopy passes none
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


class _Watchdog:
    """Shuts a connection's socket down when the request's time is up.

    A socket timeout bounds each read, and every byte a server dribbles starts it again; shutting the
    socket down from this timer thread makes a blocked read return at once, whatever phase (TLS
    handshake, headers, body) the request is in.
    """

    def __init__(self, conn: http.client.HTTPConnection, seconds: float) -> None:
        self._conn = conn
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()
        self._done = False
        self.fired = False
        self._timer = threading.Timer(max(seconds, 0.0), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def _fire(self) -> None:
        with self._lock:
            if self._done:
                return
            self.fired = True
            sock = self._sock or self._conn.sock
            if sock is not None:
                try:
                    # The plain socket's shutdown, TLS sockets included: it wakes the blocked reader,
                    # where close() from another thread would not (and could hit a reused descriptor).
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)
                except OSError:
                    pass

    def hold(self, sock: socket.socket | None) -> None:
        """Keep the connected socket: http.client hands it over to a response that reads until the
        connection closes, and the connection's ``sock`` is then None."""
        with self._lock:
            self._sock = sock

    def stop(self) -> None:
        with self._lock:
            self._done = True  # from here on the socket may be closed, and its number reused
        self._timer.cancel()


@dataclass(frozen=True, slots=True)
class _Reply:
    status: int
    headers: dict[str, str]  # names in lower case, as geopy's get_retry_after expects
    charset: str
    body: bytes


class BoundedAdapter(BaseSyncAdapter):
    """The HTTP client of every geopy geocoder mapper makes (stdlib ``http.client``), with limits a
    slow, huge or hostile reply cannot get around:

    * ``timeout`` is a total deadline for the request, redirects included: connection, TLS
      handshake, headers and body together, however slowly the server sends them (:class:`_Watchdog`);
    * a reply over ``max_bytes`` is refused, by its Content-Length or while it is read; no
      compression is asked for, so the bytes read are the bytes parsed;
    * a redirect is followed only on the same host and port (or from http to the same host's https),
      at most :data:`MAX_REDIRECTS` times; a redirect anywhere else is refused, not followed;
    * no retries of its own (OnlineGeocoder retries, spaced and counted), one connection per request.

    Failures come out as geopy's exceptions (GeocoderTimedOut, GeocoderUnavailable, GeocoderParseError,
    AdapterHTTPError for HTTP statuses), or as GeocoderError for a refused reply.
    """

    def __init__(self, *, proxies: Any, ssl_context: Any, max_bytes: int = MAX_REPLY_BYTES) -> None:
        super().__init__(proxies=proxies, ssl_context=ssl_context)
        self._system_proxies = proxies is None  # as geopy: None means the environment's proxies
        found = urllib.request.getproxies() if proxies is None else dict(proxies or {})
        self.proxies: dict[str, str] = {}
        for scheme, url in found.items():
            if scheme in ("http", "https") and url:
                url = url if "://" in url else f"http://{url}"
                if urlsplit(url).scheme != "http" or not urlsplit(url).hostname:
                    raise geopy_exc.ConfigurationError(f"only http:// proxies are supported, not {url!r}")
                self.proxies[scheme] = url
        self.ssl_context = ssl_context or ssl.create_default_context()
        self.max_bytes = max_bytes

    def get_json(self, url: str, *, timeout: float | None, headers: dict[str, str]) -> Any:
        text = self.get_text(url, timeout=timeout, headers=headers)
        try:
            return json.loads(text)
        except (ValueError, RecursionError) as e:  # RecursionError: "[[[[..." nested too deep to parse
            raise geopy_exc.GeocoderParseError("reply is not JSON") from e

    def get_text(self, url: str, *, timeout: float | None, headers: dict[str, str]) -> str:
        seconds = timeout or DEFAULT_TIMEOUT
        deadline = time.monotonic() + seconds
        for _ in range(MAX_REDIRECTS + 1):
            reply = self._fetch(url, headers, deadline, seconds)
            location = reply.headers.get("location")
            if reply.status not in _REDIRECTS or not location:
                break
            target = urljoin(url, location)
            if not _same_host(urlsplit(url), urlsplit(target)):
                host = urlsplit(target).hostname or ""
                raise GeocoderError(f"redirected to another host ('{_said(host)}'); not followed")
            url = target
        else:
            raise GeocoderError(f"more than {MAX_REDIRECTS} redirects; not followed")
        if reply.status >= 400:
            text = _decode(reply.body, reply.charset, strict=False)
            raise AdapterHTTPError(f"Non-successful status code {reply.status}", status_code=reply.status,
                                   headers=reply.headers, text=text)
        return _decode(reply.body, reply.charset, strict=True)

    def _fetch(self, url: str, headers: dict[str, str], deadline: float, seconds: float) -> _Reply:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise geopy_exc.GeocoderTimedOut(f"no complete reply within {seconds:g} s")
        conn, target, extra = self._connection(url, remaining)
        watchdog = _Watchdog(conn, remaining)
        try:
            conn.connect()
            watchdog.hold(conn.sock)
            if watchdog.fired:  # it fired before the socket existed
                raise TimeoutError
            conn.request("GET", target, headers={**headers, **extra})
            response = conn.getresponse()
            body = self._read(response)
            if watchdog.fired:  # the reply may have been cut short
                raise TimeoutError
            return _Reply(response.status, {k.lower(): v for k, v in response.getheaders()},
                          response.headers.get_content_charset() or "utf-8", body)
        except (OSError, http.client.HTTPException) as e:
            if watchdog.fired or isinstance(e, TimeoutError):
                raise geopy_exc.GeocoderTimedOut(f"no complete reply within {seconds:g} s") from e
            if isinstance(e, ssl.SSLError):
                raise geopy_exc.GeocoderServiceError(f"TLS failed: {e}") from e
            if isinstance(e, (OSError, http.client.IncompleteRead)):  # refused, reset, closed early
                raise geopy_exc.GeocoderUnavailable(str(e) or type(e).__name__) from e
            # A status line or headers that are not HTTP, or too long, or too many.
            raise GeocoderError(f"malformed reply (not HTTP: {type(e).__name__})") from e
        finally:
            watchdog.stop()
            conn.close()

    def _connection(self, url: str, seconds: float) -> tuple[http.client.HTTPConnection, str, dict[str, str]]:
        """A connection to the server of ``url`` (or to the proxy), the request target to send, and the
        headers the proxy needs."""
        parts = urlsplit(url)
        try:
            host, port = parts.hostname, parts.port
        except ValueError:
            host = port = None
        if parts.scheme not in ("http", "https") or not host:
            raise GeocoderError("not an http(s) URL")
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        proxy = self.proxies.get(parts.scheme)
        if proxy and self._system_proxies and urllib.request.proxy_bypass(host):
            proxy = None  # no_proxy
        if proxy is None:
            if parts.scheme == "https":
                return http.client.HTTPSConnection(host, port, timeout=seconds, context=self.ssl_context), \
                    path, {}
            return http.client.HTTPConnection(host, port, timeout=seconds), path, {}
        p = urlsplit(proxy)
        auth: dict[str, str] = {}
        if p.username:
            credentials = f"{p.username}:{p.password or ''}".encode()
            auth = {"Proxy-Authorization": "Basic " + base64.b64encode(credentials).decode("ascii")}
        if parts.scheme == "https":  # a CONNECT tunnel through the proxy, TLS to the server inside it
            conn: http.client.HTTPConnection = http.client.HTTPSConnection(
                p.hostname, p.port, timeout=seconds, context=self.ssl_context)
            conn.set_tunnel(host, port, headers=auth)
            return conn, path, {}
        return http.client.HTTPConnection(p.hostname, p.port, timeout=seconds), url, auth  # the whole URL

    def _read(self, response: http.client.HTTPResponse) -> bytes:
        length = (response.getheader("content-length") or "").strip()
        if length.isdigit() and (len(length) > 18 or int(length) > self.max_bytes):
            raise GeocoderError(f"reply larger than {self.max_bytes} bytes; refused")
        chunks: list[bytes] = []
        size = 0
        while chunk := response.read(min(64 * 1024, self.max_bytes + 1 - size)):
            size += len(chunk)
            if size > self.max_bytes:
                raise GeocoderError(f"reply larger than {self.max_bytes} bytes; refused")
            chunks.append(chunk)
        if response.length:  # the connection closed before the Content-Length was read
            raise http.client.IncompleteRead(b"", response.length)
        return b"".join(chunks)


def _same_host(origin: SplitResult, target: SplitResult) -> bool:
    """Whether a redirect from ``origin`` to ``target`` stays on the server: the same host and port,
    or the same host's https (from http)."""
    try:
        if not origin.hostname or origin.hostname.lower() != (target.hostname or "").lower():
            return False
        if origin.scheme == target.scheme:
            return _port(origin) == _port(target)
        return origin.scheme == "http" and target.scheme == "https" and target.port in (None, 443)
    except ValueError:  # a port that is not a number
        return False


def _port(parts: SplitResult) -> int:
    return parts.port or (443 if parts.scheme == "https" else 80)


def _decode(body: bytes, charset: str, *, strict: bool) -> str:
    try:
        return body.decode(charset, "strict" if strict else "replace")
    except LookupError:  # a charset Python does not know, or not a text encoding ("rot13", "zlib")
        if strict:
            raise geopy_exc.GeocoderParseError("reply in an unknown charset") from None
        return body.decode("utf-8", "replace")
    except ValueError as e:
        raise geopy_exc.GeocoderParseError("reply is not text in its charset") from e


_SHAPE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError)


def _accepts(func: Callable[..., Any], name: str) -> bool:
    return name in inspect.signature(func).parameters


class GeopyGeocoder(OnlineGeocoder):
    """Any geopy geocoder by service name ("nominatim", "photon", "arcgis", ...).

    ``options`` go to the geopy class's constructor (``user_agent``, ``domain``, ``scheme``,
    ``api_key``, ...). Nominatim requires a ``user_agent`` that identifies the user: its usage
    policy asks for one, and the shared default would get everyone blocked.
    """

    def __init__(self, service: str = "nominatim", options: Mapping[str, Any] | None = None, *,
                 policy: Policy | None = None, language: str | None = "en",
                 cache: GeocodeCache | str | Path | bool = True, warn: Warn | None = None,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic
                 ) -> None:
        service = service.strip().lower()
        try:
            cls = get_geocoder_for_service(service)
        except geopy_exc.GeocoderNotFound as e:
            raise GeocoderConfigError(f"unknown geocoder {service!r}; expected a geopy service name such as "
                                      "nominatim, photon or arcgis") from e
        policy = policy or Policy()
        kwargs = dict(options or {})
        params = inspect.signature(cls.__init__).parameters
        unknown = sorted(set(kwargs) - set(params))
        if unknown:
            hidden = ("self", "adapter_factory", "ssl_context", "proxies", "timeout")
            known = ", ".join(p for p in params if p not in hidden)
            raise GeocoderConfigError(f"geocoder {service} has no option {', '.join(unknown)}; its options "
                                      f"are {known}, and mapper's {', '.join(MAPPER_OPTIONS)}")
        self.is_nominatim = issubclass(cls, Nominatim)  # also OpenMapQuest, PickPoint: same API
        if cls is Nominatim:
            if not str(kwargs.get("user_agent") or "").strip():
                raise GeocoderConfigError(
                    f"geocoder {service} needs a user agent that identifies you (its usage policy requires "
                    f"one): pass --geocoder-option {USER_AGENT_HINT}")
            public = str(kwargs.get("domain", PUBLIC_NOMINATIM_DOMAIN)).rstrip("/") == PUBLIC_NOMINATIM_DOMAIN
            if public and policy.min_delay < 1.0:
                raise GeocoderConfigError("the public Nominatim server allows at most one request per "
                                          f"second: min_delay must be at least 1, not {policy.min_delay:g}")
        if "adapter_factory" in kwargs or "adapter_factory" not in params:
            raise GeocoderConfigError(f"geocoder {service}: mapper sends requests with its own HTTP client "
                                      "(a deadline per request, a size cap, same-host redirects only)")
        kwargs["adapter_factory"] = BoundedAdapter
        if "timeout" in params:
            kwargs["timeout"] = policy.timeout
        try:
            self._geopy = cls(**kwargs)
        except (TypeError, ValueError, geopy_exc.GeopyError) as e:
            raise GeocoderConfigError(f"geocoder {service}: {e}") from e
        self.name = service
        self.language = language or None
        self._geocode_language = self.language is not None and _accepts(self._geopy.geocode, "language")
        self.supports_country_codes = self.is_nominatim
        super().__init__(policy=policy, cache=cache, warn=warn, sleep=sleep, clock=clock)

    @property
    def endpoint(self) -> str:
        api = getattr(self._geopy, "api", None)
        if isinstance(api, str) and api:
            return api
        return f"{getattr(self._geopy, 'scheme', '')}://{getattr(self._geopy, 'domain', '')}"

    def params(self, country_codes: tuple[str, ...]) -> str:
        values = {"countrycodes": ",".join(country_codes),
                  "language": self.language if self._geocode_language else ""}
        return urlencode({k: v for k, v in values.items() if v})

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r}, {self.endpoint!r})"

    def _lookup(self, query: str, country_codes: tuple[str, ...]) -> Place | None:
        kwargs: dict[str, Any] = {"exactly_one": True}
        if self._geocode_language:
            kwargs["language"] = self.language
        if self.is_nominatim:
            kwargs["addressdetails"] = True
            kwargs["country_codes"] = list(country_codes) or None
        try:
            with warnings.catch_warnings():
                # geopy warns on stderr before refusing a latitude beyond ±90; the refusal is reported.
                warnings.simplefilter("ignore", UserWarning)
                location = self._geopy.geocode(query, **kwargs)
        except geopy_exc.GeopyError:
            raise
        except _SHAPE_ERRORS as e:  # geopy could not read the reply (wrong shape, impossible point)
            raise GeocoderError(f"invalid answer ({type(e).__name__}: {_said(e)})") from e
        if isinstance(location, list):  # a service that ignores exactly_one
            location = location[0] if location else None
        if location is None:
            return None
        try:
            if self.is_nominatim:
                place = nominatim_place(location.raw, query)
            else:
                place = location_place(location, query)
        except _SHAPE_ERRORS as e:
            raise GeocoderError(f"invalid answer ({type(e).__name__}: {_said(e)})") from e
        problem = place_problem(place)
        if problem:
            raise GeocoderError(f"invalid answer: {problem}")
        return place


class NominatimGeocoder(GeopyGeocoder):
    """A Nominatim server by URL: the public OSM one, a self-hosted one, or a test server."""

    def __init__(self, url: str = DEFAULT_NOMINATIM_URL, user_agent: str | None = None, *,
                 timeout: float = 10, min_delay_seconds: float = 1.0, language: str | None = "en",
                 policy: Policy | None = None, **kwargs: Any) -> None:
        server = _server_options(url)
        policy = replace(policy or Policy(), timeout=timeout, min_delay=min_delay_seconds)
        super().__init__("nominatim", {**server, "user_agent": user_agent}, policy=policy, language=language,
                         **kwargs)
        self.url = f"{server['scheme']}://{server['domain']}"


def _server_options(url: str) -> dict[str, str]:
    """geopy's ``domain`` and ``scheme`` options from a server URL."""
    if "://" not in url:
        url = "https://" + url
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise GeocoderConfigError(f"not a geocoder server URL: {url!r} (expected http(s)://host[:port][/path])")
    # geopy builds "{scheme}://{domain}/search", so a path prefix ("/nominatim") rides in domain.
    return {"domain": parts.netloc + parts.path.rstrip("/"), "scheme": parts.scheme}


# -- from the command line ---------------------------------------------------------------------------

# mapper's own options (the rest go to the geopy class): name -> type.
MAPPER_OPTIONS: dict[str, type] = {
    "min_delay": float, "timeout": float, "attempts": int, "max_retries": int, "backoff": float,
    "max_wait": float, "stop_after": int, "language": str, "cache": str,
}
_INT = re.compile(r"[+-]?\d+")
_FLOAT = re.compile(r"[+-]?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?")
_BOOLS = {"true": True, "yes": True, "on": True, "false": False, "no": False, "off": False}


def parse_options(items: Iterable[str]) -> dict[str, str]:
    """``["key=value", ...]`` (from repeated ``--geocoder-option``) as a dict of strings."""
    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip().replace("-", "_")
        if not sep or not key:
            raise GeocoderConfigError(f"--geocoder-option wants key=value, not {item!r}")
        out[key] = value.strip()
    return out


def _convert(key: str, value: Any, want: type | None) -> Any:
    """A string option as the type its consumer expects: ``want``, else the parameter's default's type."""
    if not isinstance(value, str) or want in (None, str):
        return value
    try:
        if want is bool:
            return _BOOLS[value.lower()]
        if want is int and _INT.fullmatch(value):
            return int(value)
        if want is float and _FLOAT.fullmatch(value):
            return float(value)
    except KeyError:
        pass
    raise GeocoderConfigError(f"geocoder option {key}={value!r}: expected {want.__name__}")


def geocoder_from_spec(spec: str, options: Mapping[str, Any] | None = None, *,
                       min_delay_seconds: float | None = None, warn: Warn | None = None,
                       sleep: Callable[[float], None] = time.sleep) -> GeopyGeocoder:
    """An online geocoder from the CLI: ``--geocoder SPEC`` and ``--geocoder-option key=value``s.

    ``SPEC`` is a geopy service name (nominatim, photon, arcgis, ...), optionally with a server URL:
    ``nominatim:http://127.0.0.1:8080`` is ``nominatim`` with ``domain=127.0.0.1:8080`` and
    ``scheme=http``. ``options`` are mapper's (:data:`MAPPER_OPTIONS`: min_delay, timeout, attempts
    or max_retries, backoff, max_wait, stop_after, language, cache=PATH|off) and the geopy class's
    constructor arguments (user_agent, domain, scheme, api_key, ...). String values are converted to
    the type the option takes. Raises GeocoderConfigError for anything unusable.
    """
    service, _, url = spec.strip().partition(":")
    opts = dict(options or {})
    if url.strip():
        if {"domain", "scheme"} & set(opts):
            raise GeocoderConfigError("give the server either as SERVICE:URL or with the domain/scheme "
                                      "options, not both")
        opts.update(_server_options(url.strip()))
    ours = {k: _convert(k, opts.pop(k), t) for k, t in MAPPER_OPTIONS.items() if k in opts}
    retries = ours.pop("max_retries", None)
    if retries is not None:
        ours.setdefault("attempts", retries + 1)
    if min_delay_seconds is not None:
        ours.setdefault("min_delay", min_delay_seconds)
    cache: GeocodeCache | str | bool = True
    if "cache" in ours:
        raw = str(ours.pop("cache"))
        cache = False if raw.lower() in ("off", "none", "no", "false", "") else raw
    if isinstance(cache, str):
        try:  # the user's own file: refuse it now, in one line, rather than touch it
            cache_file_state(cache)
        except GeocodeCacheError as e:
            raise GeocoderConfigError(f"geocoder option cache: {e}") from e
    language = str(ours.pop("language", "en"))
    if language.lower() in ("off", "none", "no", "false"):
        language = ""
    policy = Policy(**ours)
    try:
        cls = get_geocoder_for_service(service.strip().lower())
    except geopy_exc.GeocoderNotFound:
        cls = None  # GeopyGeocoder says so
    if cls is not None:
        params = inspect.signature(cls.__init__).parameters
        for k in list(opts):
            if k in params:
                default = params[k].default
                want = type(default) if isinstance(default, (bool, int, float)) else None
                opts[k] = _convert(k, opts[k], want)
    return GeopyGeocoder(service, opts, policy=policy, language=language or None, cache=cache, warn=warn,
                         sleep=sleep)
