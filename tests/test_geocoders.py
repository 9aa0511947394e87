"""mapper.geocoders against a real local HTTP server: answers, configuration, any geopy service.

The politeness and failure rules (delays, retries, give-up, cache) are in test_geocoder_policy.py.
"""

from __future__ import annotations

import socket

import pytest
from geopy.location import Location

from mapper.errors import GeocoderConfigError, GeocoderError, GeocoderUnavailable
from mapper.geocoders import (
    GeopyGeocoder,
    NominatimGeocoder,
    Policy,
    geocoder_from_spec,
    location_place,
    nominatim_kind,
    parse_options,
)
from mapper.model import Place
from tests.fake_geocoder import USER_AGENT, FakeGeocoder


def nominatim(server: FakeGeocoder, **kw: object) -> NominatimGeocoder:
    kw = {"timeout": 5, "min_delay_seconds": 0, "cache": False, **kw}
    return NominatimGeocoder(server.url, USER_AGENT, **kw)  # type: ignore[arg-type]


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
    geocoder = NominatimGeocoder(f"http://127.0.0.1:{port}", USER_AGENT, timeout=2, min_delay_seconds=0,
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
        ("nominatim", {"user_agent": "x", "min_delay": "0.5"}, "public Nominatim server allows at most one"),
    ],
)
def test_configuration_errors(spec: str, options: dict[str, str], message: str) -> None:
    with pytest.raises(GeocoderConfigError, match=message):
        geocoder_from_spec(spec, options)


def test_missing_user_agent_in_the_python_api() -> None:
    with pytest.raises(GeocoderConfigError, match="needs a user agent"):
        NominatimGeocoder("http://127.0.0.1:9", cache=False)
    with pytest.raises(GeocoderConfigError, match="needs a user agent"):
        GeopyGeocoder("nominatim", {"domain": "127.0.0.1:9", "scheme": "http"}, cache=False)
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
