"""The service adapter: any geopy geocoder as a mapper Geocoder, one request per ``geocode`` call.

:class:`GeopyGeocoder` sends each request with mapper's own HTTP client (:class:`BoundedAdapter`): a
total deadline on every request (``timeout``, default 10 s: connection, headers and body together,
however slowly the server sends them), replies over :data:`MAX_REPLY_BYTES` refused, redirects followed
only on the same host. geopy's HTTP adapters are not used: their timeout is a gap between two reads, so
a server sending one byte a second holds a run forever. Every answer is checked before it is returned
(finite coordinates within range, bounded strings, sane types: :func:`mapper.geocoding.cache.place_problem`);
a bad one raises GeocoderError like a malformed reply. Failures otherwise come out as geopy's
exceptions, as from geopy's own geocoders: wrap the adapter in :class:`~mapper.geocoding.policy.RateLimited`
(spacing, retries, give-up) and :class:`~mapper.geocoding.cache.CachedGeocoder`, as
:func:`mapper.geocoding.online.online_geocoder` does.

Geocoder answers are data: they reach SQLite only as query parameters, and messages only through
``repr`` or as numbers, clipped (:func:`~mapper.geocoding.policy.said`); never a template, format string,
regex or shell.
"""

from __future__ import annotations

import base64
import http.client
import inspect
import json
import math
import socket
import ssl
import threading
import time
import urllib.request
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import SplitResult, urlencode, urljoin, urlsplit

from geopy import exc as geopy_exc
from geopy.adapters import AdapterHTTPError, BaseSyncAdapter
from geopy.geocoders import Nominatim, get_geocoder_for_service
from geopy.location import Location

from mapper.errors import GeocoderConfigError, GeocoderError
from mapper.geocoding.cache import place_problem
from mapper.geocoding.policy import said
from mapper.geocoding.protocol import query_of
from mapper.model import Place

PUBLIC_NOMINATIM_DOMAIN = "nominatim.openstreetmap.org"
DEFAULT_NOMINATIM_URL = f"https://{PUBLIC_NOMINATIM_DOMAIN}"
USER_AGENT_HINT = 'user_agent="yourapp/1.0 (you@example.org)"'
MAX_REPLY_BYTES = 4 * 1024 * 1024  # a Nominatim answer is a few KB; anything near this is not an answer
MAX_REDIRECTS = 3

# mapper's own options of an online geocoder (the rest go to the geopy class): name -> type.
MAPPER_OPTIONS: dict[str, type] = {
    "min_delay": float, "timeout": float, "attempts": int, "max_retries": int, "backoff": float,
    "max_wait": float, "stop_after": int, "language": str, "cache": str,
}


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
                raise GeocoderError(f"redirected to another host ('{said(host)}'); not followed")
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


class GeopyGeocoder:
    """Any geopy geocoder by service name ("nominatim", "photon", "arcgis", ...): ``geocode`` sends one
    request and returns the best match as a Place, or None.

    ``options`` go to the geopy class's constructor (``user_agent``, ``domain``, ``scheme``,
    ``api_key``, ...). Nominatim requires a ``user_agent`` that identifies the user: its usage
    policy asks for one, and the shared default would get everyone blocked. ``timeout`` is the total
    deadline of one request in seconds; ``language`` the answers' language, where the service takes one.
    """

    def __init__(self, service: str = "nominatim", options: Mapping[str, Any] | None = None, *,
                 timeout: float = 10.0, language: str | None = "en") -> None:
        service = service.strip().lower()
        try:
            cls = get_geocoder_for_service(service)
        except geopy_exc.GeocoderNotFound as e:
            raise GeocoderConfigError(f"unknown geocoder {service!r}; expected a geopy service name such as "
                                      "nominatim, photon or arcgis") from e
        if not math.isfinite(timeout) or timeout <= 0:
            raise GeocoderConfigError(f"geocoder option timeout must be a positive number of seconds, "
                                      f"not {timeout:g}")
        kwargs = dict(options or {})
        params = inspect.signature(cls.__init__).parameters
        unknown = sorted(set(kwargs) - set(params))
        if unknown:
            hidden = ("self", "adapter_factory", "ssl_context", "proxies", "timeout")
            known = ", ".join(p for p in params if p not in hidden)
            raise GeocoderConfigError(f"geocoder {service} has no option {', '.join(unknown)}; its options "
                                      f"are {known}, and mapper's {', '.join(MAPPER_OPTIONS)}")
        self.is_nominatim = issubclass(cls, Nominatim)  # also OpenMapQuest, PickPoint: same API
        # The public Nominatim server allows one request a second (RateLimited refuses a faster policy).
        self.min_delay_floor = 0.0
        if cls is Nominatim:
            if not str(kwargs.get("user_agent") or "").strip():
                raise GeocoderConfigError(
                    f"geocoder {service} needs a user agent that identifies you (its usage policy requires "
                    f"one): pass --geocoder-option {USER_AGENT_HINT}")
            public = str(kwargs.get("domain", PUBLIC_NOMINATIM_DOMAIN)).rstrip("/") == PUBLIC_NOMINATIM_DOMAIN
            if public:
                self.min_delay_floor = 1.0
        if "adapter_factory" in kwargs or "adapter_factory" not in params:
            raise GeocoderConfigError(f"geocoder {service}: mapper sends requests with its own HTTP client "
                                      "(a deadline per request, a size cap, same-host redirects only)")
        kwargs["adapter_factory"] = BoundedAdapter
        if "timeout" in params:
            kwargs["timeout"] = timeout
        try:
            self._geopy = cls(**kwargs)
        except (TypeError, ValueError, geopy_exc.GeopyError) as e:
            raise GeocoderConfigError(f"geocoder {service}: {e}") from e
        self.name = service
        self.timeout = timeout
        self.language = language or None
        self._geocode_language = self.language is not None and _accepts(self._geopy.geocode, "language")
        self.supports_country_codes = self.is_nominatim  # elsewhere country codes are not sent

    @property
    def endpoint(self) -> str:
        """The service URL: part of the cache key, so different servers' answers never mix."""
        api = getattr(self._geopy, "api", None)
        if isinstance(api, str) and api:
            return api
        return f"{getattr(self._geopy, 'scheme', '')}://{getattr(self._geopy, 'domain', '')}"

    def params(self, country_codes: tuple[str, ...]) -> str:
        """The request parameters other than the query that change the answer, for the cache key."""
        values = {"countrycodes": ",".join(country_codes),
                  "language": self.language if self._geocode_language else ""}
        return urlencode({k: v for k, v in values.items() if v})

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r}, {self.endpoint!r})"

    def geocode(self, name: str, *, country_codes: Sequence[str] = ()) -> Place | None:
        """One request: the best match for ``name`` (within ISO alpha-2 ``country_codes``, Nominatim
        only), or None. Raises geopy's exceptions as they come, and GeocoderError for an invalid answer."""
        query, country_codes = query_of(name, country_codes, self.supports_country_codes)
        if not query:
            return None
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
            raise GeocoderError(f"invalid answer ({type(e).__name__}: {said(e)})") from e
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
            raise GeocoderError(f"invalid answer ({type(e).__name__}: {said(e)})") from e
        problem = place_problem(place)
        if problem:
            raise GeocoderError(f"invalid answer: {problem}")
        return place


def server_options(url: str) -> dict[str, str]:
    """geopy's ``domain`` and ``scheme`` options from a server URL."""
    if "://" not in url:
        url = "https://" + url
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise GeocoderConfigError(f"not a geocoder server URL: {url!r} (expected http(s)://host[:port][/path])")
    # geopy builds "{scheme}://{domain}/search", so a path prefix ("/nominatim") rides in domain.
    return {"domain": parts.netloc + parts.path.rstrip("/"), "scheme": parts.scheme}
