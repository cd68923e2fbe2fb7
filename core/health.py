"""The state of what the site depends on: the database, the task broker and the shared cache."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import connection

OK, UNAVAILABLE = "ok", "unavailable"
CHECK_TIMEOUT_SECONDS = 2


@dataclass(frozen=True)
class Check:
    name: str
    state: str  # "ok" or "unavailable"
    detail: str = ""


def _check(name: str, probe) -> Check:
    try:
        probe()
    except Exception as exc:  # noqa: BLE001 - whatever the failure, it is reported, not raised
        return Check(name, UNAVAILABLE, f"{type(exc).__name__}: {exc}"[:300])
    return Check(name, OK)


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _broker() -> None:
    from kombu import Connection

    with Connection(
        settings.CELERY_BROKER_URL,
        connect_timeout=CHECK_TIMEOUT_SECONDS,
        transport_options=getattr(settings, "CELERY_BROKER_TRANSPORT_OPTIONS", {}),
    ) as broker:
        broker.ensure_connection(max_retries=1, interval_start=0, timeout=CHECK_TIMEOUT_SECONDS)


def _cache() -> None:
    key, value = "health:probe", uuid.uuid4().hex
    cache.set(key, value, 30)
    if cache.get(key) != value:
        raise RuntimeError("the value written could not be read back")


def site_health() -> list[Check]:
    """Each dependency with its state; the site serves readers while only the broker or the cache is down."""
    return [_check("database", _database), _check("broker", _broker), _check("cache", _cache)]


def overall_state(checks: list[Check]) -> str:
    """ "ok"; "degraded" (pages still served, uncached or without background work); "down" (no database)."""
    states = {c.name: c.state for c in checks}
    if states.get("database") != OK:
        return "down"
    return OK if all(c.state == OK for c in checks) else "degraded"
