"""Shared fixtures: role users, API clients, and real Celery worker processes for end-to-end tests."""
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def _login_lockout_only_where_tested(request):
    """django-axes needs the request on every authenticate(); tests that log in other ways turn it off.

    Skipped when pytest runs without Django (the engine's tests run alone with -p no:django).
    """
    if request.config.pluginmanager.hasplugin("django"):
        request.getfixturevalue("settings").AXES_ENABLED = False


@pytest.fixture
def make_user(db):
    from django.contrib.auth.models import Group, Permission, User

    from stories.roles import ensure_role_groups

    # A transactional test's flush empties the tables the data migration filled; put the roles back.
    ensure_role_groups(group_model=Group, permission_model=Permission)

    def make(role: str | None = None, *, username: str | None = None, superuser: bool = False) -> User:
        username = username or f"{(role or 'user').lower()}-{uuid.uuid4().hex[:6]}"
        user = User.objects.create_user(username=username, password="pw-for-tests-1", is_staff=True,
                                        is_superuser=superuser)
        if role:
            user.groups.add(Group.objects.get(name=role))
        return user

    return make


@pytest.fixture
def editor(make_user):
    return make_user("Editors", username="edna")


@pytest.fixture
def reviewer(make_user):
    return make_user("Reviewers", username="rita")


@pytest.fixture
def publisher(make_user):
    return make_user("Publishers", username="paul")


@pytest.fixture
def eager_tasks(settings):
    """Run tasks in the calling process; for tests of the pieces around the worker, not of the worker."""
    from cms.celery import app

    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = False


def _database_url() -> str:
    from django.db import connection

    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"


class WorkerProcess:
    """A real `celery -A cms worker` on the test database and queue."""

    def __init__(self, concurrency: int = 2, env: dict | None = None):
        self.concurrency = concurrency
        self.extra_env = env or {}
        self.proc = None

    def start(self) -> "WorkerProcess":
        from django.conf import settings

        env = {**os.environ, "DATABASE_URL": _database_url(), **self.extra_env}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "cms", "worker", "--loglevel=WARNING", "--without-gossip",
             "--without-mingle", f"--concurrency={self.concurrency}", "-Q", settings.CELERY_TASK_DEFAULT_QUEUE],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
        )
        return self

    def kill(self) -> None:
        """SIGKILL the worker and its pool children, as a crash would."""
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.kill()


@pytest.fixture
def worker(transactional_db):
    """Start real worker processes (call it, as often as needed); all are stopped after the test."""
    started = []

    def start(concurrency: int = 2, env: dict | None = None) -> WorkerProcess:
        process = WorkerProcess(concurrency, env).start()
        started.append(process)
        return process

    yield start
    for process in started:
        process.stop()


def wait_for(predicate, *, timeout: float = 120, interval: float = 0.2, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


@pytest.fixture(autouse=True)
def _no_reader_pages_from_earlier_tests(request):
    """Web processes keep copies of cached reader pages; tests replace the cache they copy from."""
    if request.config.pluginmanager.hasplugin("django"):
        from stories.services.reader_cache import forget_local_state

        forget_local_state()


@pytest.fixture(scope="session", autouse=True)
def _empty_queue():
    """Start every session with an empty task queue, so no earlier run's messages reach its workers."""
    from cms.celery import app

    try:
        app.control.purge()
    except Exception as exc:  # noqa: BLE001 - a broker that is down is reported by the tests that need it
        print(f"could not purge the task queue: {exc}", file=sys.stderr)
    yield
