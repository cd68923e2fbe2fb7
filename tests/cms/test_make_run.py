"""`make run` from the outside: a quiet terminal (one summary line, where the site is, the demo accounts
last) and a process group that is gone within 10 s of SIGTERM, web server and worker included."""

import os
import signal
import socket
import subprocess
import time
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STOP_WITHIN = 10.0

pytestmark = pytest.mark.e2e


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _group_members(pgid: int) -> list[str]:
    """Live (not zombie) processes of the group, as "pid command"."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        command = text[text.index("(") + 1 : text.rindex(")")]
        state, _ppid, group = text[text.rindex(")") + 2 :].split()[:3]
        if int(group) == pgid and state != "Z":
            members.append(f"{stat.parent.name} {command}")
    return members


def test_make_run_is_quiet_and_stops_within_ten_seconds_of_sigterm(tmp_path):
    port = _free_port()
    env = {
        **os.environ,
        "CORROBORATE_VAR_DIR": str(tmp_path),
        "PORT": str(port),
        "DATABASE_URL": "",
        "CELERY_BROKER_URL": "",
        "DJANGO_SETTINGS_MODULE": "cms.settings",
        "DJANGO_DEBUG": "1",
        "CELERY_QUEUE": f"make-run-{uuid.uuid4().hex[:8]}",
    }
    # -o: never reinstall the shared environment from inside a test.
    make = subprocess.Popen(
        ["make", "--no-print-directory", "-o", ".venv/.installed", "run"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    lines = []
    try:
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            line = make.stdout.readline()
            if not line:
                break
            lines.append(line.rstrip("\n"))
            if line.startswith("────") and any(x.startswith(" Demo accounts") for x in lines):
                break
        output = "\n".join(lines)
        assert any(x.startswith("Corroborate is running on") for x in lines), output

        # The terminal: the summary line, where the site is, then the demo accounts block last.
        summary, running = (
            lines.index(next(x for x in lines if x.startswith("Verified "))),
            lines.index(next(x for x in lines if x.startswith("Corroborate is running on"))),
        )
        assert summary < running < lines.index(next(x for x in lines if x.startswith(" Demo accounts")))
        assert "5 articles in" in lines[summary] and "articles_extracted" not in output
        assert sum(1 for x in lines if "password " in x and "unchanged" not in x) == 4  # a fresh database
        assert "WARNING" not in output and "pip" not in output.lower() and len(lines) <= 12, output
        with socket.create_connection(("127.0.0.1", port), 2):
            pass
        assert len(_group_members(make.pid)) >= 3  # make's shell, the web server, the worker

        os.killpg(make.pid, signal.SIGTERM)
        started = time.monotonic()
        while _group_members(make.pid) and time.monotonic() - started < STOP_WITHIN + 5:
            time.sleep(0.1)
            make.poll()
        left = _group_members(make.pid)
        elapsed = time.monotonic() - started
        assert not left and elapsed <= STOP_WITHIN, f"after {elapsed:.1f} s still running: {left}"
        print(f"stopped {elapsed:.1f} s after SIGTERM")
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", port), 1)
    finally:
        try:
            os.killpg(make.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        make.wait(10)
