"""What every benchmark section shares: a throw-away var folder, its settings, and the processes run in it.

Each section runs the project as a newsroom does, through manage.py, gunicorn and a Celery worker started as
separate processes with their own environment (a private SQLite database or PostgreSQL, broker, cache and
static folder); everything started here listens on 127.0.0.1 only and is stopped by the section that
started it.
"""

from __future__ import annotations

import http.client
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
# Settings a benchmark never inherits from the shell: it brings its own database, cache and broker.
OWN_SERVICES = ("DATABASE_URL", "CACHE_URL", "CELERY_BROKER_URL")
# A request as the TLS-terminating proxy production runs behind passes it on: https, so no redirect.
BEHIND_PROXY = {"Host": "127.0.0.1", "X-Forwarded-Proto": "https"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def production_env(var: Path, **extra: str) -> dict[str, str]:
    """The environment of a production deployment (DEBUG off, a fresh secret key, static files collected
    into the folder) whose data all lives in `var`; `extra` adds or overrides variables."""
    env = {k: v for k, v in os.environ.items() if k not in OWN_SERVICES}
    env.update(
        {
            "CORROBORATE_VAR_DIR": str(var),
            "DJANGO_SETTINGS_MODULE": "cms.settings",
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DJANGO_STATIC_ROOT": str(var / "static"),
            "DJANGO_LOG_LEVEL": "ERROR",
            **extra,
        }
    )
    return env


def manage(env: dict[str, str], *args: str) -> str:
    """Run manage.py with the environment; its output, or RuntimeError with the end of what it printed."""
    done = subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return done.stdout


def call_in(env: dict[str, str], module: str, function: str, stdin: str | None = None) -> str:
    """Call module.function() in a process of its own with the environment (its settings, its database);
    what it printed, its return value last when it returns one."""
    code = f"from {module} import {function}; result = {function}()\nif result is not None: print(result)"
    done = subprocess.run([PYTHON, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, input=stdin)
    if done.returncode:
        raise RuntimeError(f"{module}.{function} failed:\n{done.stderr[-3000:]}")
    return done.stdout


def start_worker(env: dict[str, str], *, queue: str, concurrency: int = 2, log=subprocess.DEVNULL) -> subprocess.Popen:
    """A Celery worker on `queue`, in a process group of its own (stop it with stop_group)."""
    return subprocess.Popen(
        [
            PYTHON,
            "-m",
            "celery",
            "-A",
            "cms",
            "worker",
            "--loglevel=ERROR",
            f"--concurrency={concurrency}",
            "--without-gossip",
            "--without-mingle",
            "-Q",
            queue,
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log,
        start_new_session=True,
    )


def stop_group(proc: subprocess.Popen, timeout: float = 30) -> None:
    """Stop a process started in a group of its own, and what it started: TERM, then KILL after `timeout`."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)


class Servers:
    """gunicorn servers of cms.wsgi on free loopback ports, each with its own reader cache lifetime."""

    def __init__(self, env: dict, workers: int):
        self.env, self.workers, self.procs, self.ports = env, workers, [], {}

    def start(self, cache_seconds: int) -> int:
        """Start a server; its port, once it answers /livez."""
        port = free_port()
        log = open(Path(self.env["CORROBORATE_VAR_DIR"]) / f"gunicorn-{port}.log", "w+")  # noqa: SIM115
        proc = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                "cms.wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(self.workers),
                "--log-level",
                "warning",
                "--access-logfile",
                "/dev/null",
            ],
            cwd=ROOT,
            env={**self.env, "READER_CACHE_SECONDS": str(cache_seconds)},
            stdout=subprocess.DEVNULL,
            stderr=log,
            start_new_session=True,
        )
        proc.log = log
        self.procs.append(proc)
        self.ports[port] = proc.pid
        _wait_ready(port, proc)
        return port

    def pid_for(self, port: int) -> int:
        return self.ports[port]

    def stop(self) -> None:
        for proc in self.procs:
            stop_group(proc, timeout=10)
            proc.log.close()


def http_get(port: int, path: str, headers: dict[str, str], timeout: float = 5) -> tuple[int, bytes]:
    """GET from a server on loopback: (status, body as sent)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def _wait_ready(port: int, proc: subprocess.Popen, timeout: float = 90) -> None:
    # four workers each import the whole project before one answers: over 20 s on a busy two-core machine
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            proc.log.seek(0)
            raise RuntimeError(f"gunicorn on port {port} exited with {proc.returncode}: {proc.log.read()[-2000:]}")
        try:
            status, _ = http_get(port, "/livez", BEHIND_PROXY, timeout=1)
        except OSError:
            time.sleep(0.1)
            continue
        if status != 200:
            raise RuntimeError(f"/livez answered {status} on port {port}")
        return
    raise RuntimeError(f"gunicorn on port {port} did not answer within {timeout:.0f} s")


class Sandbox:
    """A throw-away var folder with the laptop's defaults (SQLite, the filesystem broker on its own queue):
    its own database, migrated, and the worker processes started in it."""

    def __init__(self, queue: str = "bench"):
        self.tmp = tempfile.TemporaryDirectory(prefix="corroborate-bench-")
        self.path = Path(self.tmp.name)
        self.queue = queue
        self.env = {
            **{k: v for k, v in os.environ.items() if k not in OWN_SERVICES},
            "CORROBORATE_VAR_DIR": str(self.path),
            "CELERY_QUEUE": queue,
            "DJANGO_DEBUG": "1",
        }
        self.workers: list[subprocess.Popen] = []
        self.manage("migrate", "--noinput")

    def manage(self, *args: str) -> str:
        return manage(self.env, *args)

    def start_worker(self, concurrency: int = 2) -> None:
        self.workers.append(start_worker(self.env, queue=self.queue, concurrency=concurrency))

    def close(self) -> None:
        for proc in self.workers:
            stop_group(proc)
        self.tmp.cleanup()
