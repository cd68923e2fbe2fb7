"""Rate limits for anonymous and signed-in clients, keyed on the real client address (core.clients).

Counters live in the shared cache. When the cache is down a limit cannot be counted, and the request is
let through (and logged): an outage of the cache never turns into an outage of the site.
"""

from __future__ import annotations

import logging
from functools import wraps

from django.http import HttpResponse
from rest_framework.throttling import AnonRateThrottle, SimpleRateThrottle, UserRateThrottle

from core.clients import client_address

log = logging.getLogger(__name__)


def too_many_requests(message: str, *, retry_after: int) -> HttpResponse:
    """A 429 answer in words, with the seconds to wait in Retry-After (rate limits, failed sign-ins)."""
    response = HttpResponse(message, status=429, content_type="text/plain; charset=utf-8")
    response["Retry-After"] = str(retry_after)
    return response


class _AddressAndOutageAware:
    def get_ident(self, request):
        return client_address(request)

    def allow_request(self, request, view):
        try:
            return super().allow_request(request, view)
        except Exception as exc:  # noqa: BLE001 - any cache failure: let the request through
            log.warning("rate limit not counted, the cache is unavailable: %s", exc)
            return True


class AnonThrottle(_AddressAndOutageAware, AnonRateThrottle):
    """Anonymous API clients, per real address (DEFAULT_THROTTLE_RATES["anon"])."""


class UserThrottle(_AddressAndOutageAware, UserRateThrottle):
    """Signed-in API clients, per user: generous, against a runaway script (DEFAULT_THROTTLE_RATES["user"]).

    An anonymous client is AnonThrottle's alone: DRF's UserRateThrottle would count it a second time, by
    address, against the generous rate, a second counter read and written on every public API request."""

    def get_cache_key(self, request, view):
        if not (request.user and request.user.is_authenticated):
            return None
        return super().get_cache_key(request, view)


class SearchThrottle(_AddressAndOutageAware, SimpleRateThrottle):
    """Anonymous reader searches, per real address (DEFAULT_THROTTLE_RATES["search"]): an uncached search
    costs the database far more than a page from the cache."""

    scope = "search"

    def get_cache_key(self, request, view):
        if request.user and request.user.is_authenticated:
            return None  # staff searching the site are not limited here
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


def throttled(throttle_class):
    """Decorate a (non-API) view: over the limit, a 429 in words with Retry-After."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            throttle = throttle_class()
            if not throttle.allow_request(request, None):
                wait = max(1, int(throttle.wait() or 1))
                return too_many_requests(
                    f"Too many requests from your address; please wait {wait} seconds and try again.", retry_after=wait
                )
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
