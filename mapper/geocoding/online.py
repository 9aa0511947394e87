"""The standard online geocoder, and the one ``--geocoder`` builds: a geopy service, asked politely,
its answers cached.

    geocoder = online_geocoder("nominatim", {"user_agent": "yourapp/1.0 (you@example.org)"})
    # == CachedGeocoder(RateLimited(GeopyGeocoder("nominatim", {...}), Policy()), cache=True)
    mapper.Pipeline(geocoder=geocoder, geocode_all=False)

See mapper/geocoding/protocol.py for the layers and how to compose your own.
"""

from __future__ import annotations

import inspect
import re
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from geopy import exc as geopy_exc
from geopy.geocoders import get_geocoder_for_service

from mapper.errors import GeocodeCacheError, GeocoderConfigError
from mapper.geocoding.cache import CachedGeocoder, GeocodeCache, cache_file_state
from mapper.geocoding.geopy_service import (
    DEFAULT_NOMINATIM_URL,
    MAPPER_OPTIONS,
    GeopyGeocoder,
    server_options,
)
from mapper.geocoding.policy import Policy, RateLimited, Warn

_INT = re.compile(r"[+-]?\d+")
_FLOAT = re.compile(r"[+-]?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?")
_BOOLS = {"true": True, "yes": True, "on": True, "false": False, "no": False, "off": False}


def online_geocoder(service: str = "nominatim", options: Mapping[str, Any] | None = None, *,
                    policy: Policy | None = None, language: str | None = "en",
                    cache: GeocodeCache | str | Path | bool = True, warn: Warn | None = None,
                    sleep: Callable[[float], None] = time.sleep,
                    clock: Callable[[], float] = time.monotonic) -> CachedGeocoder:
    """A geopy ``service`` (its constructor ``options``), asked by ``policy`` (its ``timeout`` is each
    request's deadline), with answers kept in memory and in ``cache`` (True: the default SQLite file; a
    path or GeocodeCache; False: memory only). ``warn`` receives the one-line reports (given-up names,
    a stopped service, cache trouble)."""
    policy = policy or Policy()
    service_ = GeopyGeocoder(service, options, timeout=policy.timeout, language=language)
    polite = RateLimited(service_, policy, warn=warn, sleep=sleep, clock=clock)
    return CachedGeocoder(polite, cache, warn=warn)


def nominatim_geocoder(url: str = DEFAULT_NOMINATIM_URL, user_agent: str | None = None, *,
                       timeout: float = 10, min_delay_seconds: float = 1.0, language: str | None = "en",
                       policy: Policy | None = None, **kwargs: Any) -> CachedGeocoder:
    """A Nominatim server by URL (the public OSM one, a self-hosted one, or a test server), as
    :func:`online_geocoder` makes it; ``kwargs`` are its (cache, warn, sleep, clock)."""
    policy = replace(policy or Policy(), timeout=timeout, min_delay=min_delay_seconds)
    return online_geocoder("nominatim", {**server_options(url), "user_agent": user_agent}, policy=policy,
                           language=language, **kwargs)


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
                       sleep: Callable[[float], None] = time.sleep) -> CachedGeocoder:
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
        opts.update(server_options(url.strip()))
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
    return online_geocoder(service, opts, policy=policy, language=language or None, cache=cache, warn=warn,
                           sleep=sleep)

