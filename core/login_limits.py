"""Failed sign-ins, rate limited per username and per client address.

django-axes locks out one username *from one address* after a few failures (AXES_LOCKOUT_PARAMETERS), so
a stranger elsewhere cannot lock a real user out. What protects a username attacked from many addresses,
and many usernames sprayed from one address, is this rate limit: past LOGIN_FAILURES_PER_USERNAME failed
sign-ins for a username (from anywhere), or LOGIN_FAILURES_PER_ADDRESS from one address (for any
usernames), further attempts are answered 429 until the window ends: a delay, never a lockout that
outlasts it. The client address is the real one behind the trusted proxies (core.clients).
"""

from __future__ import annotations

import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.urls import reverse

from core.clients import client_address
from core.throttles import too_many_requests

log = logging.getLogger(__name__)

PERIODS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}


def parse_rate(rate: str) -> tuple[int, int]:
    """'10/minute' → (10, 60)."""
    count, period = rate.split("/")
    return int(count), PERIODS[period.strip().rstrip("s")]


def _windows(request, username: str) -> list[tuple[str, int, int, str]]:
    """(cache key, limit, window seconds, what is limited) for the username and the address."""
    rules = [
        ("username", username, settings.LOGIN_FAILURES_PER_USERNAME, "this username"),
        ("address", client_address(request), settings.LOGIN_FAILURES_PER_ADDRESS, "your address"),
    ]
    windows = []
    for kind, value, rate, what in rules:
        limit, seconds = parse_rate(rate)
        digest = hashlib.sha256(value.encode("utf-8", "replace")).hexdigest()[:32]
        windows.append((f"login-failures:{kind}:{digest}:{int(time.time() // seconds)}", limit, seconds, what))
    return windows


class LoginRateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "POST" or request.path != reverse("admin:login"):
            return self.get_response(request)
        username = (request.POST.get("username") or "").strip().lower()[:150]
        windows = _windows(request, username)
        try:
            for key, limit, seconds, what in windows:
                if (cache.get(key) or 0) >= limit:
                    return self._too_many(what, seconds)
        except Exception as exc:  # noqa: BLE001 - the cache is down: axes' lockout still holds
            log.warning("sign-in rate limit not checked, the cache is unavailable: %s", exc)
            return self.get_response(request)
        response = self.get_response(request)
        if response.status_code == 200:  # the form came back with an error: a failed sign-in
            self._count(windows)
        return response

    @staticmethod
    def _count(windows) -> None:
        try:
            for key, _, seconds, _ in windows:
                cache.add(key, 0, seconds)
                cache.incr(key)
        except Exception as exc:  # noqa: BLE001
            log.warning("failed sign-in not counted, the cache is unavailable: %s", exc)

    @staticmethod
    def _too_many(what: str, seconds: int) -> HttpResponse:
        wait = "a minute" if seconds <= 60 else ("an hour" if seconds <= 3600 else "a day")
        return too_many_requests(
            f"Too many failed sign-ins for {what}. Please wait {wait} and try again; your account is not locked.",
            retry_after=seconds,
        )
