"""The usage policy of an online geocoder, as a wrapper: :class:`RateLimited` (like geopy's RateLimiter).

Public services are shared and rate-limited, so the wrapper follows their usage policies (Nominatim's is
the strictest: https://operations.osmfoundation.org/policies/nominatim/):

* at most one request per ``min_delay`` seconds (default 1.0; the public Nominatim server refuses
  less), measured from the end of one request to the start of the next; answers the layers above it
  (the cache) give send nothing and wait for nothing;
* retries with exponential backoff (``backoff`` 1 s, then 2 s, 4 s, ... capped at ``max_wait``) on
  timeouts, connection failures, HTTP 429 and 5xx; a 429's ``Retry-After`` (seconds or HTTP date)
  is honoured, and holds back every request to the service, not only the retried one;
* a give-up rule: after ``attempts`` tries (default 3) a name is reported (one line through
  ``warn``) and raises GeocoderError; the pipeline then keeps its offline answer and the run goes
  on. Malformed replies, invalid answers and other permanent errors (HTTP 4xx) are not retried. After
  ``stop_after`` names in a row have failed (default 5), or when the service rejects the credentials
  or asks to wait longer than ``max_wait``, the service is not asked again for the rest of the run
  (said once).

geopy's own ``RateLimiter`` is not used because it neither honours ``Retry-After`` nor tells a
malformed reply (permanent) from a timeout (transient). Messages quote a server's text only clipped
and escaped (:func:`said`).
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from geopy import exc as geopy_exc
from geopy.adapters import AdapterHTTPError, get_retry_after

from mapper.errors import GeocoderConfigError, GeocoderError, GeocoderUnavailable
from mapper.geocoding.protocol import Geocoder, Wrapper, query_of
from mapper.model import GeocoderActivity, Place

MAX_SAID_CHARS = 120  # of a server's text quoted in a message

log = logging.getLogger(__name__)
Warn = Callable[[str], None]
CacheKey = tuple[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Policy:
    """How politely to ask a service, and when to give up. Times are in seconds."""

    min_delay: float = 1.0  # between the end of one request and the start of the next
    timeout: float = 10.0  # per request, in all: connection, headers and body (the service adapter's)
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


def said(value: object) -> str:
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
        return _Failure(f"unreachable: {said(error)}", transient=True, unavailable=True)
    if isinstance(error, geopy_exc.GeocoderParseError):
        return _Failure("malformed reply (not JSON)")
    if isinstance(error, (geopy_exc.GeocoderAuthenticationFailure, geopy_exc.GeocoderInsufficientPrivileges,
                          geopy_exc.GeocoderQuotaExceeded, geopy_exc.ConfigurationError)):
        return _Failure(f"{http or type(error).__name__}: {said(error)}", service_wide=True)
    if isinstance(error, geopy_exc.GeocoderServiceError) and status is not None:
        return _Failure(http, transient=status >= 500)
    if isinstance(error, geopy_exc.GeopyError):
        return _Failure(f"{type(error).__name__}: {said(error)}")
    if isinstance(error, OSError):  # a network failure that slipped past the adapter
        return _Failure(f"network error: {said(error)}", transient=True, unavailable=True)
    if isinstance(error, GeocoderError):  # our own words: an invalid answer, a refused reply
        return _Failure(str(error))
    return _Failure(f"unreadable result ({type(error).__name__}: {said(error)})")


class RateLimited(Wrapper):
    """A geocoder asked politely: spaced, retried, given up on and stopped by ``policy``; counts what it
    did in :attr:`stats`. Every failure it gives up on raises GeocoderError (GeocoderUnavailable when the
    service cannot be reached or is stopped), reported through ``warn`` once.

    A service that requires a slower pace says so with a ``min_delay_floor`` attribute (the public
    Nominatim server: 1 s), and a faster policy is refused. ``sleep`` and ``clock`` are injectable so
    tests can record the waits without sleeping.
    """

    def __init__(self, geocoder: Geocoder, policy: Policy | None = None, *, warn: Warn | None = None,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic
                 ) -> None:
        super().__init__(geocoder)
        self.policy = policy = policy or Policy()
        floor = getattr(geocoder, "min_delay_floor", 0.0)
        if policy.min_delay < floor:
            raise GeocoderConfigError(f"the public Nominatim server allows at most one request per second: "
                                      f"min_delay must be at least {floor:g}, not {policy.min_delay:g}")
        self.warn: Warn = warn or log.warning
        self._sleep = sleep
        self._clock = clock
        self._failed: dict[CacheKey, str] = {}  # names given up this run -> the report
        self._lock = threading.Lock()
        self._last_request = float("-inf")  # clock() at the end of the last request
        self._not_before = float("-inf")  # no request before this clock() time (Retry-After, backoff)
        self._failures_in_a_row = 0
        self._stopped: str | None = None  # why the service is not asked any more this run
        self.stats = GeocoderActivity(self.name)

    @property
    def requests(self) -> int:
        """HTTP requests sent so far (retries included)."""
        return self.stats.requests

    @property
    def stopped(self) -> str | None:
        """Why the service is not being asked any more in this run, or None."""
        return self._stopped

    def geocode(self, name: str, *, country_codes: Sequence[str] = ()) -> Place | None:
        """Ask the wrapped geocoder about ``name``, by the policy.

        Returns None when the service knows no such place. Raises GeocoderUnavailable when the
        service cannot be reached, keeps timing out, or has been stopped for this run, and
        GeocoderError when it gave up on this name for another reason; either way the failure has
        been reported through ``warn`` once (a stopped service once per run, not per name).
        """
        query, countries = query_of(name, country_codes, self.supports_country_codes)
        if not query:
            return None
        key = (query.casefold(), countries)
        # One lock around the wait and the request: the delay is per service, not per thread.
        with self._lock:
            if key in self._failed:
                raise GeocoderError(self._failed[key])  # reported when it happened
            if self._stopped:
                self.stats.not_asked += 1
                raise GeocoderUnavailable(self._stopped)
            return self._ask(query, countries, key)

    def _ask(self, query: str, countries: tuple[str, ...], key: CacheKey) -> Place | None:
        """Send ``query`` until it is answered, or give up by the policy (lock held)."""
        policy = self.policy
        attempt = 0
        while True:
            attempt += 1
            self._wait_turn()
            self.stats.requests += 1
            try:
                place = self.geocoder.geocode(query, country_codes=countries)
            except Exception as e:  # every failure is classified: retry, give up, or stop the service
                failure = classify(e, getattr(self.geocoder, "timeout", policy.timeout))
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
