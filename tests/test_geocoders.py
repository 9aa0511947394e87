"""mapper.geocoding against a real local HTTP server: answers, configuration, any geopy service.

The politeness and failure rules (delays, retries, give-up, cache) are in test_geocoder_policy.py.
"""

from __future__ import annotations

import re
import shutil
import socket
import ssl
import subprocess
import time
from pathlib import Path

import pytest
from geopy.location import Location

from mapper.errors import GeocoderConfigError, GeocoderError, GeocoderUnavailable
from mapper.geocoding.cache import CachedGeocoder, cache_info
from mapper.geocoding.geopy_service import MAX_REPLY_BYTES, GeopyGeocoder, location_place, nominatim_kind
from mapper.geocoding.online import geocoder_from_spec, nominatim_geocoder, online_geocoder, parse_options
from mapper.geocoding.policy import Policy
from mapper.model import Place
from mapper.pipeline import Pipeline
from tests.fake_geocoder import USER_AGENT, FakeGeocoder


def nominatim(server: FakeGeocoder, **kw: object) -> CachedGeocoder:
    kw = {"timeout": 5, "min_delay_seconds": 0, "cache": False, **kw}
    return nominatim_geocoder(server.url, USER_AGENT, **kw)  # type: ignore[arg-type]


def test_geneva_with_country_code(server: FakeGeocoder) -> None:
    place = nominatim(server).geocode("Geneva", country_codes=["CH"])
    assert place is not None
    assert place.lat == pytest.approx(46.2017559, abs=1e-6)
    assert place.lon == pytest.approx(6.1466014, abs=1e-6)
    assert place == Place(name="Geneva", lat=place.lat, lon=place.lon, country_code="CH", kind="city",
                          geonameid=None, country="Switzerland")
    [hit] = server.hits
    assert hit.path == "/search"
    assert hit.params["q"] == ["Geneva"]
    assert hit.params["countrycodes"] == ["ch"]
    assert hit.params["addressdetails"] == ["1"]
    assert hit.params["format"] == ["json"]
    assert hit.params["accept-language"] == ["en"]


def test_no_country_filter_unless_asked(server: FakeGeocoder) -> None:
    assert nominatim(server).geocode("Geneva") is not None
    assert "countrycodes" not in server.hits[0].params


def test_unknown_name_is_none(server: FakeGeocoder) -> None:
    assert nominatim(server).geocode("Nowhereville") is None
    assert server.count() == 1


def test_memory_cache_avoids_a_second_request(server: FakeGeocoder) -> None:
    geocoder = nominatim(server)
    first = geocoder.geocode("Geneva", country_codes=["ch"])
    assert geocoder.geocode("Geneva", country_codes=["CH"]) == first
    assert geocoder.geocode("  geneva ", country_codes=["ch"]) == first
    assert server.count() == 1
    assert geocoder.geocode("Nowhereville") is None
    assert geocoder.geocode("Nowhereville") is None  # unknown names are cached too
    assert server.count() == 2
    geocoder.geocode("Geneva")  # other countries: another query
    assert server.count() == 3
    assert (geocoder.stats.requests, geocoder.stats.cache_hits) == (3, 3)
    assert geocoder.requests == 3


def test_closed_port_is_unavailable() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    # Nothing listens on the port once the socket is closed.
    reports: list[str] = []
    geocoder = nominatim_geocoder(f"http://127.0.0.1:{port}", USER_AGENT, timeout=2, min_delay_seconds=0,
                                 policy=Policy(attempts=2, backoff=0.01), cache=False, warn=reports.append)
    with pytest.raises(GeocoderUnavailable, match="unreachable"):
        geocoder.geocode("Geneva")
    assert geocoder.stats.requests == 2 and geocoder.stats.retries == 1
    assert len(reports) == 1 and "gave up on 'Geneva' after 2 attempts" in reports[0]


def test_geocoder_from_spec(server: FakeGeocoder) -> None:
    geocoder = geocoder_from_spec(f"nominatim:{server.url}", {"user_agent": USER_AGENT, "cache": "off"},
                                  min_delay_seconds=0)
    assert geocoder.name == "nominatim" and geocoder.endpoint == f"{server.url}/search"
    assert geocoder.cache is None
    assert geocoder.geocode("Geneva") is not None
    assert server.count() == 1

    # The same with options only, as strings from the command line, converted to their types.
    opts = parse_options([f"domain={server.domain}", "scheme=http", f"user_agent={USER_AGENT}",
                          "timeout=2.5", "min_delay=0", "max_retries=4", "backoff=0.5", "stop_after=2",
                          "cache=off", "language=fr"])
    geocoder = geocoder_from_spec("Nominatim", opts)
    assert geocoder.policy == Policy(min_delay=0.0, timeout=2.5, attempts=5, backoff=0.5, stop_after=2)
    assert geocoder.geocode("Geneva") is not None
    assert server.hits[-1].params["accept-language"] == ["fr"]

    public = geocoder_from_spec("nominatim", {"user_agent": USER_AGENT})  # builds it; sends nothing
    assert public.endpoint == "https://nominatim.openstreetmap.org/search"
    assert public.policy.min_delay == 1.0 and public.policy.timeout == 10.0 and public.policy.attempts == 3


@pytest.mark.parametrize(
    ("spec", "options", "message"),
    [
        ("nominatim", {}, 'needs a user agent .* --geocoder-option user_agent="yourapp/1.0'),
        ("nominatim", {"user_agent": " "}, "needs a user agent"),
        ("nominatim:http://127.0.0.1:9", {}, "needs a user agent"),
        ("google2", {}, "unknown geocoder 'google2'"),
        ("nominatim:ftp://example.org", {"user_agent": "x"}, "not a geocoder server URL"),
        ("nominatim:http://127.0.0.1:9", {"user_agent": "x", "domain": "y"}, "not both"),
        ("photon", {"colour": "red"}, "photon has no option colour; its options are scheme, domain"),
        ("nominatim", {"user_agent": "x", "timeout": "soon"}, "timeout='soon': expected float"),
        ("nominatim", {"user_agent": "x", "attempts": "0"}, "at least 1"),
        ("nominatim", {"user_agent": "x", "timeout": "1e999"}, "timeout must be a positive .*, not inf$"),
        ("nominatim", {"user_agent": "x", "timeout": "0"}, "timeout must be a positive number .*, not 0$"),
        ("nominatim", {"user_agent": "x", "adapter_factory": "x"}, "mapper sends requests with its own HTTP"),
        ("nominatim", {"user_agent": "x", "min_delay": "0.5"}, "public Nominatim server allows at most one"),
    ],
)
def test_configuration_errors(spec: str, options: dict[str, str], message: str) -> None:
    with pytest.raises(GeocoderConfigError, match=message):
        geocoder_from_spec(spec, options)


def test_missing_user_agent_in_the_python_api() -> None:
    with pytest.raises(GeocoderConfigError, match="needs a user agent"):
        nominatim_geocoder("http://127.0.0.1:9", cache=False)
    with pytest.raises(GeocoderConfigError, match="needs a user agent"):
        GeopyGeocoder("nominatim", {"domain": "127.0.0.1:9", "scheme": "http"})
    with pytest.raises(GeocoderError, match="key=value"):
        parse_options(["user_agent"])


def test_photon_any_geopy_geocoder(server: FakeGeocoder) -> None:
    # Not only Nominatim: any geopy service, here Photon, through its own API and answer format.
    geocoder = geocoder_from_spec("photon", parse_options([f"domain={server.domain}", "scheme=http",
                                                           "min_delay=0", "cache=off"]))
    place = geocoder.geocode("Geneva")
    assert place == Place(name="Geneva", lat=pytest.approx(46.2017559), lon=pytest.approx(6.1466014),
                          country_code="CH", kind="city", country="Switzerland")
    assert geocoder.geocode("Nowhereville") is None
    assert [(h.path, h.q) for h in server.hits] == [("/api", "Geneva"), ("/api", "Nowhereville")]
    assert server.hits[0].params["lang"] == ["en"]


def test_location_place_best_effort() -> None:
    # An ArcGIS-style answer: no country code, no kind the map knows -> point, name, "region".
    loc = Location("Mosul, Nineveh, IRQ", (36.34, 43.13), {"address": "Mosul, Nineveh, IRQ", "score": 100})
    assert location_place(loc, "mosul") == Place(name="Mosul", lat=36.34, lon=43.13, country_code="",
                                                 kind="region")
    loc = Location("", (1.0, 2.0), {"components": {"country_code": "ng", "_type": "village"}})
    assert location_place(loc, "Kaduna") == Place(name="Kaduna", lat=1.0, lon=2.0, country_code="NG",
                                                  kind="city")


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


# -- a slow, huge or hostile server --------------------------------------------------------------------


def _records(server: FakeGeocoder, **kw: object) -> tuple[CachedGeocoder, list[str]]:
    warnings: list[str] = []
    geocoder = online_geocoder("nominatim", server.options(),
                               policy=Policy(min_delay=0, backoff=0.01, **kw),  # type: ignore[arg-type]
                               cache=False, warn=warnings.append)
    return geocoder, warnings


@pytest.mark.parametrize("action", ["drip", "drip-headers"])
def test_a_dribbling_server_is_given_up_at_the_deadline(server: FakeGeocoder, pipeline: Pipeline,
                                                        action: str) -> None:
    # The server sends a byte every 0.25 s for 60 s (in the body, or in a header line): each read
    # gets its byte long before a 1 s socket timeout, so only a total deadline ends the request.
    server.script("Geneva", action)
    geocoder, warnings = _records(server, timeout=1, attempts=1)
    online = Pipeline(pipeline.gazetteer, geocoder=geocoder, geocode_all=True)
    started = time.monotonic()
    analysed = online.parse("Talks resumed in Geneva on Monday.")
    elapsed = time.monotonic() - started
    [geneva] = [m for m in analysed.mentions if m.text == "Geneva"]
    assert geneva.place is not None and geneva.place.geonameid is not None  # the gazetteer's Geneva
    assert warnings == ["geocoder nominatim gave up on 'Geneva' after 1 attempt: timed out after 1 s"]
    assert server.count("Geneva") == 1
    assert elapsed < 10, elapsed  # generous: the deadline is 1 s, the server would go on for 60 s


@pytest.mark.parametrize("action", ["huge", "huge-stream"])
def test_a_huge_reply_is_refused(server: FakeGeocoder, action: str) -> None:
    # 8 MB of valid JSON holding Geneva: refused by its Content-Length, or after 4 MB read.
    server.script("Geneva", action)
    geocoder, warnings = _records(server)
    with pytest.raises(GeocoderError) as info:
        geocoder.geocode("Geneva")
    assert not isinstance(info.value, GeocoderUnavailable)
    assert warnings == [f"geocoder nominatim gave up on 'Geneva' after 1 attempt: reply larger than "
                        f"{MAX_REPLY_BYTES} bytes; refused"]
    assert server.count() == 1  # not retried: it would be as large again


def test_json_nested_too_deep_is_a_malformed_reply(server: FakeGeocoder) -> None:
    server.script("Geneva", "deep")
    geocoder, warnings = _records(server)
    with pytest.raises(GeocoderError):
        geocoder.geocode("Geneva")
    assert warnings == ["geocoder nominatim gave up on 'Geneva' after 1 attempt: malformed reply (not JSON)"]


BAD_ANSWERS = [
    ({"lat": "NaN"}, r"invalid answer \(ValueError: Point coordinates must be finite"),
    ({"lat": "inf"}, r"invalid answer \(ValueError: Point coordinates must be finite"),
    ({"lat": "1e308"}, r"invalid answer \(ValueError: Latitude must be in the \[-90; 90\] range"),
    ({"lat": "200"}, r"invalid answer \(ValueError: Latitude must be in the \[-90; 90\] range"),
    ({"lon": "200"}, "invalid answer: lon 200 is outside ±180$"),
    ({"lon": "-180.5"}, "invalid answer: lon -180.5 is outside ±180$"),
    ({"lat": "north"}, r"invalid answer \(ValueError: could not convert string to float: 'north'\)$"),
    ({"display_name": "G" * 300 + ", Switzerland"}, "invalid answer: name is longer than 256 characters$"),
    ({"display_name": "Gen\x1b[2Jeva, Switzerland"}, "invalid answer: name has control characters$"),
    ({"address": {"country": "S" * 10_000, "country_code": "ch"}},
     "invalid answer: country is longer than 256 characters$"),
    ({"address": {"country": "Switzerland", "country_code": "c'h"}},
     "invalid answer: country_code is longer than 2 characters$"),
    ({"address": ["not", "a", "mapping"]},
     r"invalid answer \(AttributeError: 'list' object has no attribute 'get'\)$"),
]


@pytest.mark.parametrize(("fields", "message"), BAD_ANSWERS)
def test_invalid_answers_fail_the_name_and_are_not_cached(server: FakeGeocoder, tmp_path: Path,
                                                          fields: dict[str, object], message: str) -> None:
    server.answer("Geneva", **fields)
    cache = tmp_path / "geocode.sqlite"
    warnings: list[str] = []
    geocoder = online_geocoder("nominatim", server.options(), policy=Policy(min_delay=0), cache=cache,
                               warn=warnings.append)
    with pytest.raises(GeocoderError) as info:
        geocoder.geocode("Geneva")
    assert not isinstance(info.value, GeocoderUnavailable)
    [warning] = warnings  # reported once
    assert re.search("^geocoder nominatim gave up on 'Geneva' after 1 attempt: " + message, warning), warning
    assert "\x1b" not in warning and len(warning) < 300
    assert server.count() == 1  # a bad answer is not retried ...
    assert cache_info(cache).entries == 0  # ... nor cached: the next run asks again
    with pytest.raises(GeocoderError):
        online_geocoder("nominatim", server.options(), policy=Policy(min_delay=0), cache=cache,
                        warn=warnings.append).geocode("Geneva")
    assert server.count() == 2


def test_a_photon_answer_out_of_range_is_refused(server: FakeGeocoder) -> None:
    server.answer("Geneva", name="G" * 1000)
    geocoder = geocoder_from_spec("photon", {**server.options(), "min_delay": "0", "cache": "off"})
    with pytest.raises(GeocoderError, match="invalid answer: name is longer than 256 characters"):
        geocoder.geocode("Geneva")


def test_the_offline_answer_stands_when_the_online_one_is_invalid(server: FakeGeocoder,
                                                                   pipeline: Pipeline) -> None:
    server.answer("Geneva", lat="NaN")
    server.answer("Aleppo", display_name="{{ 7*7 }}" * 100)
    geocoder, warnings = _records(server)
    online = Pipeline(pipeline.gazetteer, geocoder=geocoder, geocode_all=True)
    analysed = online.parse("Talks resumed in Geneva on Monday, and fighting went on in Aleppo.")
    offline = pipeline.parse("Talks resumed in Geneva on Monday, and fighting went on in Aleppo.")
    assert [(m.text, m.place) for m in analysed.mentions] == [(m.text, m.place) for m in offline.mentions]
    assert sorted(w.split(":")[0] for w in warnings) == [
        "geocoder nominatim gave up on 'Aleppo' after 1 attempt",
        "geocoder nominatim gave up on 'Geneva' after 1 attempt"]


def test_server_text_in_a_message_is_clipped_and_escaped(server: FakeGeocoder) -> None:
    # geopy turns a Nominatim {"error": ...} body into the exception's message: the server's words.
    server.raw("Geneva", {"error": "\x1b[2J\x1b]0;pwned\x07" + "A" * 5000})
    geocoder, warnings = _records(server)
    with pytest.raises(GeocoderError):
        geocoder.geocode("Geneva")
    [warning] = warnings
    assert warning.startswith(r"geocoder nominatim gave up on 'Geneva' after 1 attempt: "
                              r"GeocoderQueryError: \x1b[2J\x1b]0;pwned\x07AAA")
    assert warning.endswith("AAA...")
    assert not any(ord(c) < 32 for c in warning) and len(warning) < 250


def test_redirects_stay_on_the_server(server: FakeGeocoder) -> None:
    search = "/search?q=Geneva&format=json&addressdetails=1"
    server.script("Geneva", f"redirect:{search}", "ok")  # relative, same server: followed
    geocoder, warnings = _records(server)
    assert geocoder.geocode("Geneva") is not None
    assert server.count("Geneva") == 2 and warnings == []
    with FakeGeocoder().running() as elsewhere:
        for target, host in ((f"http://localhost:{elsewhere.port}{search}", "localhost"),
                             (f"{elsewhere.url}{search}", "127.0.0.1"),  # the same host, another port
                             (f"ftp://127.0.0.1{search}", "127.0.0.1")):
            server.script("Aleppo", f"redirect:{target}")
            geocoder, warnings = _records(server)
            with pytest.raises(GeocoderError):
                geocoder.geocode("Aleppo")
            assert warnings == [f"geocoder nominatim gave up on 'Aleppo' after 1 attempt: redirected to "
                                f"another host ('{host}'); not followed"]
        assert elsewhere.hits == []
    server.script("Homs", f"redirect:{server.url}/search?q=Homs&format=json")  # a loop
    geocoder, warnings = _records(server)
    with pytest.raises(GeocoderError):
        geocoder.geocode("Homs")
    assert warnings == ["geocoder nominatim gave up on 'Homs' after 1 attempt: more than 3 redirects; "
                        "not followed"]
    assert server.count("Homs") == 4


def test_an_http_proxy_is_used(server: FakeGeocoder) -> None:
    # --geocoder-option proxies=HOST:PORT: the request goes to the proxy (here the fake server,
    # which serves the absolute URL it receives), for a host that does not resolve.
    geocoder = geocoder_from_spec("nominatim", parse_options([
        "domain=geocoder.invalid", "scheme=http", f"user_agent={USER_AGENT}", f"proxies={server.domain}",
        "min_delay=0", "cache=off"]))
    assert geocoder.geocode("Geneva") is not None
    [hit] = server.hits
    assert (hit.path, hit.q) == ("/search", "Geneva")


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate and key for 127.0.0.1, for an HTTPS fake server."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("needs the openssl command")
    d = tmp_path_factory.mktemp("tls")
    subprocess.run([openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", d / "key.pem",
                    "-out", d / "cert.pem", "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True, timeout=60)
    return d / "cert.pem", d / "key.pem"


def test_https_keeps_the_deadline_and_checks_the_certificate(certificate: tuple[Path, Path]) -> None:
    with FakeGeocoder().running(tls=certificate) as server:
        trusted = ssl.create_default_context(cafile=str(certificate[0]))
        warnings: list[str] = []
        geocoder = online_geocoder("nominatim", server.options(ssl_context=trusted), cache=False,
                                   policy=Policy(min_delay=0, timeout=1, attempts=1), warn=warnings.append)
        place = geocoder.geocode("Geneva")
        assert place is not None and place.name == "Geneva"
        server.script("Aleppo", "drip")  # a dribbled reply inside TLS
        started = time.monotonic()
        with pytest.raises(GeocoderUnavailable):
            geocoder.geocode("Aleppo")
        assert time.monotonic() - started < 10
        assert warnings == ["geocoder nominatim gave up on 'Aleppo' after 1 attempt: timed out after 1 s"]
        # Without the certificate in the trust store: refused before any request, and not retried.
        untrusting = online_geocoder("nominatim", server.options(), cache=False, policy=Policy(min_delay=0),
                                     warn=warnings.append)
        with pytest.raises(GeocoderError, match="TLS failed: .*CERTIFICATE_VERIFY_FAILED"):
            untrusting.geocode("Homs")
        assert server.count("Homs") == 0 and untrusting.stats.requests == 1
