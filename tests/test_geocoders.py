"""mapper.geocoders against a real local HTTP server that speaks Nominatim's /search API."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from mapper.errors import GeocoderError, GeocoderUnavailable
from mapper.geocoders import NominatimGeocoder, geocoder_from_spec, nominatim_kind
from mapper.model import Place

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
SLOW_SECONDS = 2.0


class FakeNominatim(BaseHTTPRequestHandler):
    requests: list[dict[str, list[str]]] = []  # replaced per server by the fixture

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        type(self).requests.append(query)
        q = query.get("q", [""])[0]
        if parts.path != "/search":
            self.reply(404, {"error": "not found"})
        elif q == "boom":
            self.reply(500, {"error": "internal error"})
        elif q == "slow":
            time.sleep(SLOW_SECONDS)
            self.reply(200, [])
        elif q == "Geneva":
            self.reply(200, [GENEVA])
        else:
            self.reply(200, [])

    def reply(self, status: int, body: object) -> None:
        data = json.dumps(body).encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout test)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - keep test output quiet
        pass


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    # A proxy from the environment must not carry loopback requests elsewhere.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server() -> Iterator[tuple[str, list[dict[str, list[str]]]]]:
    requests: list[dict[str, list[str]]] = []
    handler = type("Handler", (FakeNominatim,), {"requests": requests})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", requests
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def test_geneva_with_country_code(server: tuple[str, list[dict[str, list[str]]]]) -> None:
    url, requests = server
    geocoder = NominatimGeocoder(url, timeout=5, min_delay_seconds=0)
    place = geocoder.geocode("Geneva", country_codes=["CH"])
    assert place is not None
    assert place.name == "Geneva"
    assert place.lat == pytest.approx(46.2017559, abs=1e-6)
    assert place.lon == pytest.approx(6.1466014, abs=1e-6)
    assert place == Place(
        name="Geneva",
        lat=place.lat,
        lon=place.lon,
        country_code="CH",
        kind="city",
        geonameid=None,
        country="Switzerland",
    )
    [request] = requests
    assert request["q"] == ["Geneva"]
    assert request["countrycodes"] == ["ch"]
    assert request["addressdetails"] == ["1"]
    assert request["format"] == ["json"]


def test_no_country_filter_unless_asked(server: tuple[str, list[dict[str, list[str]]]]) -> None:
    url, requests = server
    assert NominatimGeocoder(url, timeout=5, min_delay_seconds=0).geocode("Geneva") is not None
    assert "countrycodes" not in requests[0]


def test_unknown_name_is_none(server: tuple[str, list[dict[str, list[str]]]]) -> None:
    url, requests = server
    geocoder = NominatimGeocoder(url, timeout=5, min_delay_seconds=0)
    assert geocoder.geocode("Nowhereville") is None
    assert len(requests) == 1


def test_cache_avoids_a_second_request(server: tuple[str, list[dict[str, list[str]]]]) -> None:
    url, requests = server
    geocoder = NominatimGeocoder(url, timeout=5, min_delay_seconds=0)
    first = geocoder.geocode("Geneva", country_codes=["ch"])
    assert geocoder.geocode("Geneva", country_codes=["CH"]) == first
    assert geocoder.geocode("  geneva ", country_codes=["ch"]) == first
    assert len(requests) == 1
    assert geocoder.geocode("Nowhereville") is None
    assert geocoder.geocode("Nowhereville") is None  # unknown names are cached too
    assert len(requests) == 2
    geocoder.geocode("Geneva")  # other countries: another query
    assert len(requests) == 3
    assert geocoder.requests == 3


def test_http_500_is_a_geocoder_error(server: tuple[str, list[dict[str, list[str]]]]) -> None:
    url, _ = server
    geocoder = NominatimGeocoder(url, timeout=5, min_delay_seconds=0)
    with pytest.raises(GeocoderError, match="127.0.0.1") as info:
        geocoder.geocode("boom")
    assert not isinstance(info.value, GeocoderUnavailable)


def test_slow_server_is_unavailable(server: tuple[str, list[dict[str, list[str]]]]) -> None:
    url, requests = server
    geocoder = NominatimGeocoder(url, timeout=0.5, min_delay_seconds=0)
    started = time.monotonic()
    with pytest.raises(GeocoderUnavailable, match=url):
        geocoder.geocode("slow")
    assert time.monotonic() - started < 1.5  # one try: no silent retries of the timed-out request
    assert len(requests) == 1


def test_closed_port_is_unavailable() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    # Nothing listens on the port once the socket is closed.
    geocoder = NominatimGeocoder(f"http://127.0.0.1:{port}", timeout=2, min_delay_seconds=0)
    with pytest.raises(GeocoderUnavailable, match=f"127.0.0.1:{port}"):
        geocoder.geocode("Geneva")


def test_min_delay_between_requests(server: tuple[str, list[dict[str, list[str]]]]) -> None:
    url, requests = server
    geocoder = NominatimGeocoder(url, timeout=5, min_delay_seconds=0.3)
    started = time.monotonic()
    geocoder.geocode("Geneva")
    geocoder.geocode("Nowhereville")
    assert time.monotonic() - started >= 0.3
    assert len(requests) == 2


def test_geocoder_from_spec(server: tuple[str, list[dict[str, list[str]]]]) -> None:
    url, requests = server
    geocoder = geocoder_from_spec(f"nominatim:{url}", min_delay_seconds=0)
    assert isinstance(geocoder, NominatimGeocoder)
    assert geocoder.url == url
    assert geocoder.geocode("Geneva") is not None
    assert len(requests) == 1

    default = geocoder_from_spec("nominatim")  # builds it; sends nothing
    assert isinstance(default, NominatimGeocoder)
    assert default.url == "https://nominatim.openstreetmap.org"
    with pytest.raises(GeocoderError, match="unknown geocoder"):
        geocoder_from_spec("google")
    with pytest.raises(GeocoderError, match="not a Nominatim server URL"):
        geocoder_from_spec("nominatim:ftp://example.org")


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ({"class": "boundary", "type": "administrative", "addresstype": "country"}, "country"),
        ({"class": "boundary", "type": "administrative", "addresstype": "state"}, "admin1"),
        ({"class": "boundary", "type": "administrative", "addresstype": "county"}, "admin2"),
        ({"class": "place", "type": "town", "addresstype": "town"}, "city"),
        ({"class": "place", "type": "village"}, "city"),
        ({"class": "aeroway", "type": "aerodrome", "addresstype": "aeroway"}, "facility"),
        ({"class": "military", "type": "base"}, "facility"),
        ({"class": "boundary", "type": "administrative", "place_rank": 8}, "admin1"),
        ({"class": "landuse", "type": "farmland"}, "region"),
    ],
)
def test_nominatim_kind(raw: dict[str, object], kind: str) -> None:
    assert nominatim_kind(raw) == kind
