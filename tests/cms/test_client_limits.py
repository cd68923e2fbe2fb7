"""Per-client limits behind the documented proxies: one setting (TRUSTED_PROXY_COUNT) says which address
is the client's, for the API throttles, the reader search throttle and the sign-in lockout and rate limits."""

import itertools
import os
import subprocess
import sys

import pytest
from django.core.cache import cache
from django.urls import reverse
from rest_framework.test import APIClient
from rest_framework.throttling import AnonRateThrottle, SimpleRateThrottle, UserRateThrottle

from tests.conftest import ROOT

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.1"  # the TLS proxy every request comes through
_addresses = (f"203.0.113.{n}" for n in itertools.count(1))


@pytest.fixture(autouse=True)
def _fresh_counters():
    cache.clear()


@pytest.fixture
def behind_a_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = 1


def via_proxy(client_ip: str, spoofed: str = "") -> dict:
    """What the proxy passes on: the client's own X-Forwarded-For (if any), then the address it saw."""
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": f"{spoofed}, {client_ip}" if spoofed else client_ip}


def test_one_setting_sets_the_proxies_for_drf_and_axes():
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.TRUSTED_PROXY_COUNT, s.REST_FRAMEWORK['NUM_PROXIES'], s.AXES_CLIENT_IP_CALLABLE)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings", "TRUSTED_PROXY_COUNT": "2"},
    )
    assert done.stdout.split() == ["2", "2", "core.clients.client_address"], done.stderr
    assert "TRUSTED_PROXY_COUNT" in (ROOT / "README.md").read_text()


# --- the API throttle (#8) ----------------------------------------------------------------------------------
def test_a_rotating_forwarded_for_does_not_escape_the_anonymous_throttle(behind_a_proxy, monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "rate", "3/minute", raising=False)
    client_ip = next(_addresses)
    statuses = [
        APIClient(**via_proxy(client_ip, spoofed=f"198.51.100.{n}")).get("/api/stories/").status_code for n in range(4)
    ]
    assert statuses == [200, 200, 200, 429]
    assert APIClient(**via_proxy(next(_addresses))).get("/api/stories/").status_code == 200  # someone else


def test_without_a_trusted_proxy_forwarded_for_is_ignored(monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "rate", "2/minute", raising=False)
    statuses = [
        APIClient(REMOTE_ADDR="192.0.2.7", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").get("/api/stories/").status_code
        for n in range(3)
    ]
    assert statuses == [200, 200, 429]


def test_signed_in_clients_have_a_throttle_too(editor, monkeypatch):
    monkeypatch.setattr(UserRateThrottle, "rate", "2/minute", raising=False)
    client = APIClient()
    client.force_authenticate(editor)
    assert [client.get("/api/stories/").status_code for _ in range(3)] == [200, 200, 429]


def test_an_anonymous_client_is_counted_by_the_anonymous_throttle_alone(monkeypatch):
    monkeypatch.setattr(UserRateThrottle, "rate", "2/minute", raising=False)
    monkeypatch.setattr(AnonRateThrottle, "rate", "4/minute", raising=False)
    client = APIClient(REMOTE_ADDR=next(_addresses))
    assert [client.get("/api/stories/").status_code for _ in range(5)] == [200, 200, 200, 200, 429]


def test_the_throttles_let_requests_through_when_the_cache_is_down(settings, monkeypatch):
    from tests.cms.test_outages import closed_port

    monkeypatch.setattr(AnonRateThrottle, "rate", "1/minute", raising=False)
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
        }
    }
    assert [APIClient().get("/api/stories/").status_code for _ in range(2)] == [200, 200]


# --- the reader search throttle (#6) ---------------------------------------------------------------------
def test_anonymous_searches_are_throttled_per_real_address(behind_a_proxy, monkeypatch):
    monkeypatch.setitem(SimpleRateThrottle.THROTTLE_RATES, "search", "2/minute")
    client_ip = next(_addresses)
    statuses = [
        APIClient(**via_proxy(client_ip, spoofed=f"198.51.100.{n}")).get(f"/search/?q=word{n}").status_code
        for n in range(3)
    ]
    assert statuses == [200, 200, 429]
    refused = APIClient(**via_proxy(client_ip)).get("/search/?q=again")
    assert refused["Retry-After"] and "wait" in refused.content.decode()
    assert APIClient(**via_proxy(next(_addresses))).get("/search/?q=word").status_code == 200


# --- sign-in (#7) ------------------------------------------------------------------------------------------
def sign_in(client_ip: str, username: str, password: str):
    return APIClient(**via_proxy(client_ip)).post(reverse("admin:login"), {"username": username, "password": password})


def test_a_stranger_cannot_lock_a_user_out_behind_the_proxy(behind_a_proxy, settings, make_user):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    make_user("Editors", username="eve")
    attacker = next(_addresses)
    for _ in range(3):
        sign_in(attacker, "eve", "wrong")
    assert sign_in(attacker, "eve", "pw-for-tests-1").status_code == 429  # the attacker's address is locked
    assert sign_in(next(_addresses), "eve", "pw-for-tests-1").status_code == 302  # eve, elsewhere, is not


def test_a_username_attacked_from_many_addresses_is_rate_limited_not_locked(behind_a_proxy, settings, make_user):
    settings.AXES_ENABLED = True
    settings.LOGIN_FAILURES_PER_USERNAME = "4/minute"
    make_user("Editors", username="ada")
    for _ in range(4):
        assert sign_in(next(_addresses), "ada", "wrong").status_code == 200
    refused = sign_in(next(_addresses), "ada", "pw-for-tests-1")
    assert refused.status_code == 429 and "not locked" in refused.content.decode()
    cache.clear()  # the window has passed
    assert sign_in(next(_addresses), "ada", "pw-for-tests-1").status_code == 302


def test_one_address_spraying_many_usernames_is_rate_limited(behind_a_proxy, settings):
    settings.LOGIN_FAILURES_PER_ADDRESS = "5/hour"
    sprayer = next(_addresses)
    statuses = [sign_in(sprayer, f"user{n}", "Summer2026!").status_code for n in range(6)]
    assert statuses == [200] * 5 + [429]
    assert sign_in(next(_addresses), "user1", "Summer2026!").status_code == 200
