"""Production settings pass Django's deployment checks; logins are rate limited; secrets come from the environment."""

import os
import subprocess
import sys

import pytest
from django.urls import reverse

from tests.conftest import ROOT

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings",  # not the test settings pytest passes on
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "x" * 20 + "a-long-random-production-secret-0123456789",
    "DJANGO_ALLOWED_HOSTS": "news.example.org",
}


def manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, capture_output=True, text=True, env={**os.environ, **env}
    )


def test_deployment_checks_pass_with_production_settings():
    done = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert done.returncode == 0, done.stdout + done.stderr


def test_production_refuses_to_start_without_a_secret_key():
    done = manage("check", env={**PRODUCTION_ENV, "DJANGO_SECRET_KEY": ""})
    assert done.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in done.stderr


@pytest.mark.django_db
def test_repeated_failed_logins_lock_the_account_out(client, settings, make_user):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    make_user("Editors", username="eve")
    url = reverse("admin:login")
    for _ in range(3):
        client.post(url, {"username": "eve", "password": "wrong"})
    locked = client.post(url, {"username": "eve", "password": "pw-for-tests-1"})
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_a_correct_login_still_works_below_the_limit(client, settings, make_user):
    settings.AXES_ENABLED = True
    make_user("Editors", username="ed")
    url = reverse("admin:login")
    client.post(url, {"username": "ed", "password": "wrong"})
    response = client.post(url, {"username": "ed", "password": "pw-for-tests-1"})
    assert response.status_code == 302
    assert client.session["_auth_user_id"]


@pytest.mark.django_db
def test_every_admin_form_carries_a_csrf_token(client, editor):
    assert "csrfmiddlewaretoken" in client.get(reverse("admin:login")).content.decode()
    client.force_login(editor)
    for url in (reverse("admin:stories_article_import"), reverse("admin:stories_story_add")):
        assert "csrfmiddlewaretoken" in client.get(url).content.decode()
