"""Outages of the shared cache and the broker: reader pages and the public API still answer (uncached), a
takedown still takes the story down, and /healthz says what is down."""

import socket

import pytest
from rest_framework.test import APIClient

from stories.models import Story, StoryState
from tests.workflow_data import make_verified_story

pytestmark = [pytest.mark.django_db, pytest.mark.db_backend]  # locks and transactions: run on PostgreSQL too


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def cache_down(settings):
    """The shared cache is a Redis nobody listens to (connections are refused)."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
        }
    }


@pytest.fixture
def published():
    story = make_verified_story(state=StoryState.PUBLISHED)
    Story.objects.filter(pk=story.pk).update(published_at=story.created_at)
    return Story.objects.get(pk=story.pk)


def test_reader_pages_and_the_public_api_render_uncached_when_the_cache_is_down(client, cache_down, published):
    for url in (
        "/",
        published.get_absolute_url(),
        "/search/?q=grab",
        "/feed/",
        "/sitemap.xml",
        "/api/stories/",
        f"/api/stories/{published.pk}/",
        f"/api/facts/?story={published.pk}",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
    assert published.title in client.get("/").content.decode()


def test_a_takedown_works_and_answers_when_the_cache_is_down(settings, published, publisher):
    reader = APIClient()
    url = published.get_absolute_url()
    assert reader.get(url).status_code == 200
    assert reader.get(url)["X-Reader-Cache"] == "hit"  # kept in the shared cache

    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
        }
    }
    desk = APIClient()
    desk.force_authenticate(publisher)
    response = desk.post(f"/api/stories/{published.pk}/unpublish/", {"note": "legal"}, format="json")
    assert response.status_code == 200 and response.json()["state"] == StoryState.APPROVED
    assert reader.get(url).status_code == 404
    assert published.title not in reader.get("/").content.decode()


def test_a_takedown_reaches_pages_another_process_cached(client, published, publisher):
    """The takedown bumps the generation in the database and drops the shared cache's copy of it: a page
    cached before the takedown, by any process, is never served after it."""
    from stories import workflow

    url = published.get_absolute_url()
    client.get(url)
    assert client.get(url)["X-Reader-Cache"] == "hit"
    workflow.unpublish(story=published, user=publisher, note="legal request")
    assert client.get(url).status_code == 404


# --- /healthz ----------------------------------------------------------------------------------------
def test_healthz_reports_each_dependency_in_words_and_as_json(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    text = response.content.decode()
    for line in ("database: ok", "broker: ok", "cache: ok"):
        assert line in text
    data = client.get("/healthz", HTTP_ACCEPT="application/json").json()
    assert data["status"] == "ok"
    assert {name: check["state"] for name, check in data["checks"].items()} == {
        "database": "ok",
        "broker": "ok",
        "cache": "ok",
    }


def test_healthz_says_which_dependency_is_down(client, cache_down, settings):
    settings.CELERY_BROKER_URL = f"redis://127.0.0.1:{closed_port()}/0"
    response = client.get("/healthz")
    text = response.content.decode()
    assert "database: ok" in text
    assert "cache: unavailable" in text and "broker: unavailable" in text
    assert "degraded" in text
    data = client.get("/healthz?format=json").json()
    assert data["status"] == "degraded" and data["checks"]["cache"]["state"] == "unavailable"
    assert data["checks"]["cache"]["detail"]


def test_livez_is_a_trivial_liveness_check(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/livez")
    assert response.status_code == 200 and response.content == b"ok"


def test_healthz_answers_503_when_the_database_is_down(client, monkeypatch):
    from django.db import OperationalError

    from core import health

    class Unreachable:
        def cursor(self):
            raise OperationalError("could not connect to server: Connection refused")

    monkeypatch.setattr(health, "connection", Unreachable())
    response = client.get("/healthz?format=json")
    assert response.status_code == 503
    data = response.json()
    assert data["status"] == "down" and data["checks"]["database"]["state"] == "unavailable"
    assert "Connection refused" in data["checks"]["database"]["detail"]
