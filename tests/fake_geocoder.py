"""A geocoding service on 127.0.0.1 for the tests: Nominatim's /search and Photon's /api, which can
be told, per query or for every query, to time out, rate-limit, fail, send malformed JSON, dribble
its reply a byte at a time, send a huge one, redirect, or answer with any place fields (NaN,
out-of-range, overlong, hostile).

geopy talks to it for real (``domain=127.0.0.1:PORT``, ``scheme=http``), over real HTTP, so the tests
exercise geopy's status-to-exception mapping and mapper's policy on top of it, not a mock.
"""

from __future__ import annotations

import email.utils
import json
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

USER_AGENT = "mapper-tests/1.0 (tests@example.org)"
SLOW_SECONDS = 2.0  # how long a "slow" answer takes: well beyond the tests' client timeouts
DRIP_SECONDS = 60.0  # how long a dribbled reply lasts (unless the client or the server stops first)
DRIP_INTERVAL = 0.25  # seconds between two dribbled bytes: far below any client's socket timeout
HUGE_BYTES = 8 * 1024 * 1024  # a "huge" reply: valid JSON, over mapper's 4 MB cap

GENEVA = {
    "place_id": 1,
    "osm_type": "relation",
    "osm_id": 1685488,
    "lat": "46.2017559",
    "lon": "6.1466014",
    "class": "boundary",
    "type": "administrative",
    "place_rank": 16,
    "addresstype": "city",
    "name": "Geneva",
    "display_name": "Geneva, Switzerland",
    "address": {"city": "Geneva", "country": "Switzerland", "country_code": "ch"},
    "boundingbox": ["46.1777", "46.2317", "6.1102", "6.1758"],
}
GENEVA_PHOTON = {
    "type": "Feature",
    "geometry": {"type": "Point", "coordinates": [6.1466014, 46.2017559]},
    "properties": {"osm_type": "R", "osm_id": 1685488, "osm_key": "place", "osm_value": "city",
                   "type": "city", "name": "Geneva", "country": "Switzerland", "countrycode": "CH"},
}


@dataclass(frozen=True)
class Hit:
    """One request the server received."""

    at: float  # time.monotonic() on arrival
    path: str
    params: dict[str, list[str]]

    @property
    def q(self) -> str:
        return self.params.get("q", [""])[0]


class FakeGeocoder:
    """The server's state: what to answer, and every request it saw (``hits``).

    Actions: "ok" (the known place, else no result), "empty", "500", "503", "401", "429" (with
    ``Retry-After: 1``), "429:N" (``Retry-After: N``), "429-date:N" (an HTTP date N s ahead), "slow"
    (answer "ok" after SLOW_SECONDS), "malformed" (HTTP 200, not JSON), "drip" (the "ok" answer
    after DRIP_SECONDS of blanks sent one byte per DRIP_INTERVAL), "drip-headers" (the same with the
    bytes in a header line), "huge" (an "ok" answer padded to HUGE_BYTES, with Content-Length),
    "huge-stream" (the same without Content-Length), "deep" (JSON nested 100,000 deep),
    "redirect:URL" (HTTP 302 to URL), "raw" (the body given to :meth:`raw`). A query's script is
    played in order and its last action repeats.

    ``places`` maps a case-folded query to its (Nominatim, Photon) answers; :meth:`answer` adds one.
    """

    def __init__(self) -> None:
        self.hits: list[Hit] = []
        self.places = {"geneva": (GENEVA, GENEVA_PHOTON)}
        self._scripts: dict[str, list[str]] = {}
        self._default = ["ok"]
        self._raw: dict[str, object] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()  # ends dribbled replies when the server stops
        self.port = 0
        self.scheme = "http"

    # -- configuring -------------------------------------------------------------------------------

    def script(self, q: str, *actions: str) -> None:
        """Answer query ``q`` with these actions in turn (the last one repeats)."""
        self._scripts[q.casefold()] = list(actions)

    def always(self, *actions: str) -> None:
        """Answer every unscripted query with these actions in turn (the last one repeats)."""
        self._default = list(actions)

    def raw(self, q: str, body: object) -> None:
        """Answer ``q`` with this JSON body (bytes: as they are), HTTP 200."""
        self._raw[q.casefold()] = body
        self.script(q, "raw")

    def answer(self, q: str, **fields: Any) -> None:
        """Know ``q`` as Geneva with these fields changed (Nominatim's names: lat, lon, name,
        display_name, address, ...); the Photon answer gets the same point, name and country."""
        raw = {**GENEVA, **fields}
        address = raw["address"] if isinstance(raw["address"], dict) else {}
        props = {**GENEVA_PHOTON["properties"], "name": raw["name"], "country": address.get("country", "")}
        photon = {**GENEVA_PHOTON, "geometry": {"type": "Point", "coordinates": [raw["lon"], raw["lat"]]},
                  "properties": props}
        self.places[q.casefold()] = (raw, photon)

    # -- for the tests -----------------------------------------------------------------------------

    @property
    def domain(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.scheme}://{self.domain}"

    def options(self, **extra: Any) -> dict[str, Any]:
        """geopy/mapper options for a geocoder that talks to this server."""
        return {"domain": self.domain, "scheme": self.scheme, "user_agent": USER_AGENT, **extra}

    def cli(self, **extra: Any) -> list[str]:
        """The same as ``--geocoder-option`` arguments."""
        out: list[str] = []
        for k, v in self.options(**extra).items():
            out += ["--geocoder-option", f"{k}={v}"]
        return out

    def count(self, q: str | None = None) -> int:
        return len([h for h in self.hits if q is None or h.q.casefold() == q.casefold()])

    def gaps(self, q: str | None = None) -> list[float]:
        """Seconds between the arrivals of consecutive requests (of query ``q``)."""
        times = [h.at for h in self.hits if q is None or h.q.casefold() == q.casefold()]
        return [b - a for a, b in zip(times, times[1:], strict=False)]

    # -- serving -----------------------------------------------------------------------------------

    def _action(self, q: str) -> str:
        with self._lock:
            script = self._scripts.get(q.casefold(), self._default)
            return script.pop(0) if len(script) > 1 else script[0]

    def handle(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        params = parse_qs(parts.query)
        hit = Hit(time.monotonic(), parts.path, params)
        with self._lock:
            self.hits.append(hit)
        if parts.path not in ("/search", "/api"):
            return _reply(handler, 404, {"error": "not found"})
        action = self._action(hit.q)
        if action == "slow":
            time.sleep(SLOW_SECONDS)
            action = "ok"
        if action in ("ok", "empty"):
            return _reply(handler, 200, self._found(hit.q, parts.path) if action == "ok" else
                          self._found("", parts.path))
        if action in ("drip", "drip-headers"):
            return self._drip(handler, self._found(hit.q, parts.path), in_headers=action == "drip-headers")
        if action in ("huge", "huge-stream"):
            found = self._found(hit.q, parts.path)
            data = json.dumps(found).encode("utf-8")
            data = data[:1] + b" " * (HUGE_BYTES - len(data)) + data[1:]  # blanks inside: still valid JSON
            return _reply(handler, 200, data, length=action == "huge")
        if action == "raw":
            return _reply(handler, 200, self._raw[hit.q.casefold()])
        if action == "deep":
            return _reply(handler, 200, b"[" * 100_000 + b"]" * 100_000)
        if action.startswith("redirect:"):
            return _reply(handler, 302, {"error": "moved"}, {"Location": action.partition(":")[2]})
        if action == "malformed":
            return _reply(handler, 200, b"<html><body>Service temporarily overloaded</body></html>")
        if action.startswith("429"):
            kind, _, n = action.partition(":")
            seconds = int(n or 1)
            retry = str(seconds) if kind == "429" else \
                email.utils.formatdate(time.time() + seconds, usegmt=True)
            return _reply(handler, 429, {"error": "Too Many Requests"}, {"Retry-After": retry})
        return _reply(handler, int(action), {"error": f"HTTP {action}"})

    def _found(self, q: str, path: str) -> object:
        """The JSON body of an "ok" answer to ``q`` on ``path``: the known place, else no result."""
        known = self.places.get(q.casefold())
        if path == "/api":  # Photon: a GeoJSON FeatureCollection
            return {"type": "FeatureCollection", "features": [known[1]] if known else []}
        return [known[0]] if known else []

    def _drip(self, handler: BaseHTTPRequestHandler, body: object, *, in_headers: bool) -> None:
        """Send a reply one byte per DRIP_INTERVAL for DRIP_SECONDS (until the client gives up or the
        server stops), then the body: every read the client makes gets a byte well within its timeout."""
        data = json.dumps(body).encode("utf-8")
        drip = b" " * int(DRIP_SECONDS / DRIP_INTERVAL)
        try:
            handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
            if in_headers:
                handler.wfile.write(b"X-Padding: ")
            else:
                handler.wfile.write(b"Connection: close\r\n\r\n")
            for byte in drip:
                handler.wfile.write(bytes([byte]))
                handler.wfile.flush()
                if self._stopping.wait(DRIP_INTERVAL):
                    return
            handler.wfile.write(b"\r\nConnection: close\r\n\r\n" + data if in_headers else data)
            handler.close_connection = True
        except OSError:
            pass  # the client gave up, as it should (a broken pipe, a reset, a TLS EOF)

    @contextmanager
    def running(self, *, tls: tuple[Path, Path] | None = None) -> Iterator[FakeGeocoder]:
        """Serve on 127.0.0.1 (a free port) until the block ends; HTTPS with ``tls`` = (certificate,
        key) files."""
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server API
                server.handle(self)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - keep output quiet
                pass

        httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        httpd.daemon_threads = True
        if tls:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            # The handshake then happens in the request's thread, not in the accepting one.
            httpd.socket = context.wrap_socket(httpd.socket, server_side=True, do_handshake_on_connect=False)
            self.scheme = "https"
        self.port = httpd.server_address[1]
        thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._stopping.set()
            httpd.shutdown()
            httpd.server_close()
            thread.join(timeout=5)


def _reply(handler: BaseHTTPRequestHandler, status: int, body: object,
           headers: dict[str, str] | None = None, *, length: bool = True) -> None:
    """Send one reply; without ``length`` the body ends when the connection closes."""
    data = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
    try:
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        if length:
            handler.send_header("Content-Length", str(len(data)))
        else:
            handler.send_header("Connection", "close")
            handler.close_connection = True
        for k, v in (headers or {}).items():
            handler.send_header(k, v)
        handler.end_headers()
        handler.wfile.write(data)
    except (BrokenPipeError, ConnectionResetError):
        pass  # the client gave up (timeout tests)
