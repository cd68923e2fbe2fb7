"""Shared fixtures: role users, API clients, and real Celery worker processes for end-to-end tests."""

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# Hypothesis: `dev` (the default) tries a few examples per property so the suite stays quick to run while
# working; `ci` (HYPOTHESIS_PROFILE=ci, set by .ci/run) tries many more. The engine and the cleaner are
# slow on the largest generated inputs by design (they are measured by `make bench`, not by a deadline).
hypothesis_settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
hypothesis_settings.register_profile("dev", parent=hypothesis_settings.get_profile("ci"), max_examples=25)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

# The role users most tests act as; created with the test database and again after a transactional
# test's flush removed them.
ROLE_USERNAMES = {"Editors": "edna", "Reviewers": "rita", "Publishers": "paul"}
TEST_PASSWORD = "pw-for-tests-1"


# Modules whose outcome can depend on the database backend (row locks, concurrent transactions, raw SQL,
# full-text search, query counts, parallel import processes): `.ci/run` runs these again on PostgreSQL and
# Redis. Tests that start worker processes (the `worker` fixture) are marked `broker` and `db_backend`.
ON_BACKENDS = {
    "api/test_api.py",
    "api/test_flow.py",
    "stories/test_editions.py",
    "stories/test_reader_pages.py",
    "stories/test_reader_performance.py",
    "stories/test_workflow.py",
    "stories/test_workflow_editing.py",
    "stories/test_import_command.py",
    "verification/test_flags.py",
    "verification/test_review.py",
    "verification/test_review_rerun.py",
    "verification/test_runs.py",
}
TESTS = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items):
    for item in items:
        module = item.path.relative_to(TESTS).as_posix() if item.path.is_relative_to(TESTS) else ""
        database = item.get_closest_marker("django_db")
        if module in ON_BACKENDS or (database and database.kwargs.get("transaction")):
            item.add_marker(pytest.mark.db_backend)
        if "worker" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.db_backend)
            item.add_marker(pytest.mark.broker)


def _ensure_role_groups() -> None:
    from django.contrib.auth.models import Group, Permission

    from stories.roles import GROUP_PERMISSIONS, ensure_role_groups

    if Group.objects.filter(name__in=GROUP_PERMISSIONS).count() < len(GROUP_PERMISSIONS):
        # A transactional test's flush empties the tables the data migration filled; put the roles back.
        ensure_role_groups(group_model=Group, permission_model=Permission)


def _create_user(role: str | None, username: str, superuser: bool = False):
    from django.contrib.auth.models import Group, User

    user = User.objects.create_user(username=username, password=TEST_PASSWORD, is_staff=True, is_superuser=superuser)
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database, with the role users made once for the whole session."""
    with django_db_blocker.unblock():
        _ensure_role_groups()
        for role, username in ROLE_USERNAMES.items():
            _create_user(role, username)


@pytest.fixture(autouse=True)
def _login_lockout_only_where_tested(request):
    """django-axes needs the request on every authenticate(); tests that log in other ways turn it off.

    Skipped when pytest runs without Django (the engine's tests run alone with -p no:django).
    """
    if request.config.pluginmanager.hasplugin("django"):
        request.getfixturevalue("settings").AXES_ENABLED = False


@pytest.fixture
def make_user(db):
    _ensure_role_groups()

    def make(role: str | None = None, *, username: str | None = None, superuser: bool = False):
        return _create_user(role, username or f"{(role or 'user').lower()}-{uuid.uuid4().hex[:6]}", superuser)

    return make


def _role_user(role: str):
    from django.contrib.auth.models import User

    username = ROLE_USERNAMES[role]
    return User.objects.filter(username=username).first() or _create_user(role, username)


@pytest.fixture
def editor(make_user):
    return _role_user("Editors")


@pytest.fixture
def reviewer(make_user):
    return _role_user("Reviewers")


@pytest.fixture
def publisher(make_user):
    return _role_user("Publishers")


@pytest.fixture
def eager_tasks(settings, monkeypatch):
    """Run tasks in the calling process as soon as they are queued; for tests of the pieces around the worker,
    not of the worker. Tasks are queued on commit, and a test's transaction never commits: here on_commit
    runs its function at once, as it does outside a transaction."""
    from django.db import transaction

    from cms.celery import app

    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())
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
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "cms",
                "worker",
                "--loglevel=WARNING",
                "--without-gossip",
                "--without-mingle",
                f"--concurrency={self.concurrency}",
                "-Q",
                settings.CELERY_TASK_DEFAULT_QUEUE,
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
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


def _purge_queue() -> None:
    from cms.celery import app

    try:
        app.control.purge()
    except Exception as exc:  # noqa: BLE001 - a broker that is down is reported by the tests that need it
        print(f"could not purge the task queue: {exc}", file=sys.stderr)


@pytest.fixture
def worker(transactional_db):
    """Start real worker processes (call it, as often as needed); all are stopped after the test.

    The queue is emptied before and after: the flush between tests gives rows the same ids again, so a task
    one test left queued (a slow machine leaves more) would act on the next test's story or article."""
    _purge_queue()
    started = []

    def start(concurrency: int = 2, env: dict | None = None) -> WorkerProcess:
        process = WorkerProcess(concurrency, env).start()
        started.append(process)
        return process

    yield start
    for process in started:
        process.stop()
    _purge_queue()


def wait_for(predicate, *, timeout: float = 120, interval: float = 0.2, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


@pytest.fixture
def private_cache(settings):
    """A private in-memory cache for the test, so cached reader pages never leak between tests or test runs."""
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": f"private-{id(settings)}"}
    }
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _no_cached_pages_from_earlier_tests(request):
    """Each test starts with an empty cache (the test settings' in-memory one) and reads the reader cache
    generation afresh: its database starts over, and an earlier test's pages would come back under it."""
    if request.config.pluginmanager.hasplugin("django"):
        from django.core.cache import cache

        from stories.reader.cache import forget_generation

        cache.clear()
        forget_generation()


@pytest.fixture(scope="session", autouse=True)
def _empty_queue():
    """Start every session with an empty task queue, so no earlier run's messages reach its workers."""
    _purge_queue()
    yield
