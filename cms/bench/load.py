"""Load test: readers, editors and reviewers at once against gunicorn + a Celery worker, on loopback.

    python -m cms.bench --only load          (or: python -m cms.bench.load [--seconds 60])

In a throw-away folder it starts PostgreSQL (a private cluster from the installed server binaries) and
redis-server when they are installed, else it falls back to SQLite and the embedded filesystem broker and
says so (LOAD_DEFAULTS=1 forces that fallback). It migrates, imports the seeds, verifies them on a real worker and publishes one story, then runs
gunicorn (cms.wsgi, 4 workers, production settings) and a Celery worker, and for a bounded time drives:

- 50 readers: home page, the published story's page, the API (stories, the story's facts), in turn;
- 2 editors: log in to the admin and import newly generated articles through the import page;
- 2 reviewers: decide flagged facts through the API with their tokens (409 when another got there first).

It prints p50/p95 latency per kind, requests/s and the 5xx count (must be 0), then checks in the database
that every import answered as successful created its article and every decision answered 200 is stored.
Everything it starts is stopped at the end; nothing listens beyond 127.0.0.1.
"""

from __future__ import annotations

import argparse
import glob
import http.client
import json
import os
import random
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import defaultdict
from pathlib import Path

from .sandbox import BEHIND_PROXY, Servers, call_in, free_port, manage, production_env, start_worker, stop_group

ORIGIN = "https://127.0.0.1"
READERS, EDITORS, REVIEWERS = 50, 2, 2
PASSWORD = "load-" + secrets.token_urlsafe(12)


# --- services ------------------------------------------------------------------------------------------------
class Services:
    """PostgreSQL and Redis on loopback in a private folder, when their binaries are installed."""

    def __init__(self, var: Path):
        self.var, self.procs, self.pg_data, self.pg_bin, self.notes = var, [], None, None, []

    def _as_postgres(self, args):
        if os.geteuid() == 0:  # the server refuses to run as root
            return ["runuser", "-u", "postgres", "--", *args]
        return args

    def postgres(self) -> str:
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
        if not bins or (os.geteuid() == 0 and not shutil.which("runuser")):
            self.notes.append("PostgreSQL not installed: SQLite")
            return ""
        self.pg_bin = Path(bins[-1]).parent
        data = self.var / "pg"
        data.mkdir()
        if os.geteuid() == 0:
            os.chmod(self.var, 0o755)
            shutil.chown(data, "postgres", "postgres")
        port = free_port()

        def run(*args):
            return subprocess.run(
                self._as_postgres([str(self.pg_bin / args[0]), *args[1:]]), capture_output=True, text=True, check=True
            )

        run("initdb", "-D", str(data), "-A", "trust", "-U", "corroborate", "--no-sync")
        run(
            "pg_ctl",
            "-D",
            str(data),
            "-w",
            "-l",
            str(data / "log"),
            "-o",
            f"-c listen_addresses=127.0.0.1 -p {port} -k {data} -c max_connections=200",
            "start",
        )
        self.pg_data = data
        run("createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "corroborate", "corroborate")
        version = self.pg_bin.parent.name
        self.notes.append(f"PostgreSQL {version}")
        return f"postgres://corroborate@127.0.0.1:{port}/corroborate"

    def redis(self) -> str:
        server = shutil.which("redis-server")
        if not server:
            self.notes.append("redis-server not installed: filesystem broker")
            return ""
        port = free_port()
        proc = subprocess.Popen(
            [
                server,
                "--port",
                str(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.var),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        self.procs.append(proc)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(16).startswith(b"+PONG"):
                        break
            except OSError:
                time.sleep(0.1)
        self.notes.append("Redis")
        return f"redis://127.0.0.1:{port}/0"

    def stop(self) -> None:
        for proc in self.procs:
            stop_group(proc, timeout=10)
        if self.pg_data:
            subprocess.run(
                self._as_postgres([str(self.pg_bin / "pg_ctl"), "-D", str(self.pg_data), "-m", "fast", "-w", "stop"]),
                capture_output=True,
            )


# --- set-up inside the sandbox's database (run in a subprocess with its environment) ------------------------
def _setup_accounts() -> None:
    """Users for each role with API tokens; print them as JSON."""
    import django

    django.setup()
    from django.contrib.auth.models import Group, User
    from rest_framework.authtoken.models import Token

    accounts = {}
    for role, group, n in (("editor", "Editors", EDITORS), ("reviewer", "Reviewers", REVIEWERS)):
        for i in range(n):
            user = User.objects.create_user(f"load-{role}{i}", password=os.environ["LOAD_PASSWORD"], is_staff=True)
            user.groups.add(Group.objects.get(name=group))
            accounts[user.username] = Token.objects.create(user=user).key
    print(json.dumps(accounts))


def _publish_one() -> None:
    """Publish the story with the most sources (set-up, not a transition); print it and the facts to decide."""
    import datetime

    import django

    django.setup()
    from django.db.models import Count
    from django.utils import timezone

    from stories.models import Story, StoryState
    from stories.services.editions import record_edition
    from verification.models import Fact

    stories = list(Story.objects.annotate(n=Count("articles")).order_by("-n", "id"))
    published = stories[0]
    Story.objects.filter(pk=published.pk).update(
        state=StoryState.PUBLISHED, live=True, published_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    record_edition(story=Story.objects.get(pk=published.pk))  # its reader page, as publishing renders it
    facts = list(Fact.objects.filter(story__in=stories[1:], flagged=True).values_list("id", flat=True))
    if not facts:  # one story only: decide on its own facts before it is published
        facts = list(Fact.objects.filter(story=published, flagged=True).values_list("id", flat=True))
    print(
        json.dumps({"slug": published.slug, "id": published.pk, "facts": facts, "articles": published.articles.count()})
    )


def _check_writes() -> None:
    """Read the claimed writes from stdin; print how many of them are missing from the database."""
    import django

    django.setup()
    from stories.models import Article
    from verification.models import ReviewDecision

    claimed = json.load(sys.stdin)
    imported = set(Article.objects.filter(origin__in=claimed["imports"]).values_list("origin", flat=True))
    decided = set(ReviewDecision.objects.filter(note__in=claimed["decisions"]).values_list("note", flat=True))
    print(
        json.dumps(
            {
                "imports_missing": sorted(set(claimed["imports"]) - imported),
                "decisions_missing": sorted(set(claimed["decisions"]) - decided),
                "articles": Article.objects.count(),
                "decisions": ReviewDecision.objects.count(),
            }
        )
    )


# --- the client ----------------------------------------------------------------------------------------------
class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.latency = defaultdict(list)
        self.status = defaultdict(lambda: defaultdict(int))
        self.errors: list[str] = []

    def record(self, kind: str, status: int, seconds: float) -> None:
        with self.lock:
            self.latency[kind].append(seconds)
            self.status[kind][status] += 1


def _request(port, method, path, *, body=b"", headers=None, timeout=30):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        start = time.perf_counter()
        conn.request(method, path, body=body or None, headers={**BEHIND_PROXY, **(headers or {})})
        response = conn.getresponse()
        data = response.read()
        return response.status, response, data, time.perf_counter() - start
    finally:
        conn.close()


class Browser:
    """An admin session by hand: the cookies are Secure (production settings), so no cookie jar sends them."""

    def __init__(self, port: int):
        self.port, self.cookies = port, {}

    def _keep(self, response):
        for header in response.msg.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]

    def call(self, method, path, form=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = b""
        if form is not None:
            body = urllib.parse.urlencode(form).encode()
            headers.update(
                {"Content-Type": "application/x-www-form-urlencoded", "Origin": ORIGIN, "Referer": ORIGIN + path}
            )
        status, response, data, seconds = _request(self.port, method, path, body=body, headers=headers)
        self._keep(response)
        return status, response, data, seconds

    def csrf(self, path):
        status, _, data, _ = self.call("GET", path)
        match = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', data)
        if status != 200 or not match:
            raise RuntimeError(f"GET {path} answered {status} without a CSRF token")
        return match.group(1).decode()

    def login(self, username):
        token = self.csrf("/admin/login/")
        status, response, _, _ = self.call(
            "POST",
            "/admin/login/",
            {"csrfmiddlewaretoken": token, "username": username, "password": PASSWORD, "next": "/admin/"},
        )
        if status != 302 or "/admin/login/" in response.getheader("Location", ""):
            raise RuntimeError(f"{username} could not log in ({status})")


def _article_text(n: int, rnd: random.Random) -> str:
    towns = ["Aarhus", "Bilbao", "Cork", "Dresden", "Eindhoven", "Faro", "Graz", "Haarlem", "Izmir", "Jena"]
    what = rnd.choice(["tram line", "bridge", "hospital wing", "data centre", "ferry terminal", "school"])
    town = rnd.choice(towns)
    return (
        f"{town} approves new {what} (load {n})\n\n"
        f"The council of {town} on Tuesday approved a new {what} that will cost {100 + n} million euros and "
        f"create about {50 + n % 900} jobs, the mayor said in a statement after the vote.\n\n"
        f"Construction is due to start next year and the {what} should open in {2027 + n % 5}, according to "
        f"the plan, which a large majority of the council backed after months of consultation.\n"
    )


def _drive(port: int, seconds: float, published: dict, tokens: dict) -> tuple[Stats, dict, float]:
    stats, claimed = Stats(), {"imports": [], "decisions": []}
    stop = time.monotonic() + seconds
    claim_lock = threading.Lock()

    def guarded(fn, *args):
        try:
            fn(*args)
        except Exception as exc:  # noqa: BLE001 - a client failure is reported, never hidden
            with stats.lock:
                stats.errors.append(f"{fn.__name__}{args}: {exc!r}")

    def reader(i):
        paths = [
            ("home", "/"),
            ("story", f"/stories/{published['slug']}/"),
            ("api", "/api/stories/"),
            ("api", f"/api/facts/?story={published['id']}"),
        ]
        turn = i
        while time.monotonic() < stop:
            kind, path = paths[turn % len(paths)]
            turn += 1
            status, _, _, took = _request(port, "GET", path, headers={"Accept-Encoding": "gzip"})
            stats.record(kind, status, took)
            if status != 200:
                with stats.lock:
                    stats.errors.append(f"GET {path}: {status}")

    def editor(i):
        browser, rnd, n = Browser(port), random.Random(i), 0
        browser.login(f"load-editor{i}")
        while time.monotonic() < stop:
            token = browser.csrf("/admin/stories/article/import/")
            name = f"load/editor{i}-{n:05d}.txt"
            status, response, _, took = browser.call(
                "POST",
                "/admin/stories/article/import/",
                {"csrfmiddlewaretoken": token, "pasted_name": name, "pasted_text": _article_text(i * 100_000 + n, rnd)},
            )
            stats.record("import", status, took)
            if status == 302 and response.getheader("Location", "").endswith("/admin/stories/article/"):
                with claim_lock:
                    claimed["imports"].append(name)
            else:
                with stats.lock:
                    stats.errors.append(f"import {name}: {status}")
            n += 1

    def reviewer(i, token):
        rnd, n = random.Random(1000 + i), 0
        auth = {"Authorization": f"Token {token}", "Content-Type": "application/json"}
        while time.monotonic() < stop and published["facts"]:
            fact_id = rnd.choice(published["facts"])
            status, _, data, took = _request(port, "GET", f"/api/facts/{fact_id}/", headers=auth)
            stats.record("api-fact", status, took)
            if status != 200:
                continue
            version = json.loads(data).get("version")
            note = f"load-reviewer{i}-{n:05d}"
            decision = rnd.choice(["approve", "needs_sourcing", "reject"])
            body = json.dumps({"decision": decision, "note": note, "version": version}).encode()
            status, _, data, took = _request(port, "POST", f"/api/facts/{fact_id}/review/", body=body, headers=auth)
            stats.record("decide", status, took)
            if status == 200:
                with claim_lock:
                    claimed["decisions"].append(note)
            elif status != 409:  # 409: someone decided it since we looked (or the story moved on)
                with stats.lock:
                    stats.errors.append(f"review {fact_id}: {status} {data[:200]!r}")
            n += 1

    threads = [threading.Thread(target=guarded, args=(reader, i)) for i in range(READERS)]
    threads += [threading.Thread(target=guarded, args=(editor, i)) for i in range(EDITORS)]
    reviewer_tokens = [t for name, t in sorted(tokens.items()) if name.startswith("load-reviewer")]
    threads += [threading.Thread(target=guarded, args=(reviewer, i, t)) for i, t in enumerate(reviewer_tokens)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 60)
    return stats, claimed, time.monotonic() - start


def _percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] if ordered else 0.0


def _environment(var: Path, services: Services) -> dict[str, str]:
    """Production settings over PostgreSQL and Redis when installed (LOAD_DEFAULTS=1: SQLite and the
    filesystem broker, as on a laptop)."""
    if os.environ.get("LOAD_DEFAULTS"):
        database_url, broker_url = "", ""
        services.notes.append("LOAD_DEFAULTS set: SQLite and filesystem broker")
    else:
        database_url, broker_url = services.postgres(), services.redis()
    return production_env(
        var,
        DATABASE_URL=database_url,
        CELERY_BROKER_URL=broker_url,
        CELERY_QUEUE="load",
        LOAD_PASSWORD=PASSWORD,
        API_ANON_RATE="1000000/minute",
    )


def _report_requests(stats: Stats, elapsed: float, out) -> tuple[int, int]:
    """Print latency per kind of request and the totals; (requests, 5xx answers)."""
    total = sum(len(v) for v in stats.latency.values())
    server_errors = sum(n for kinds in stats.status.values() for status, n in kinds.items() if status >= 500)
    for kind in ("home", "story", "api", "import", "api-fact", "decide"):
        values = stats.latency.get(kind, [])
        if not values:
            continue
        codes = ", ".join(f"{code}: {n}" for code, n in sorted(stats.status[kind].items()))
        print(
            f"load: {kind:<8} {len(values):6d} requests, p50 {1000 * _percentile(values, 50):7.1f} ms, "
            f"p95 {1000 * _percentile(values, 95):7.1f} ms  ({codes})",
            file=out,
            flush=True,
        )
    print(
        f"load: {total} requests in {elapsed:.1f} s = {total / elapsed:.0f} requests/s; "
        f"5xx: {server_errors} (must be 0); client errors: {len(stats.errors)}",
        file=out,
        flush=True,
    )
    for line in stats.errors[:5]:
        print(f"load:   {line}", file=out)
    return total, server_errors


def _report_writes(check: dict, claimed: dict, out) -> int:
    """Print the writes answered as done and those missing from the database; how many are missing."""
    lost = len(check["imports_missing"]) + len(check["decisions_missing"])
    print(
        f"load: writes: {len(claimed['imports'])} imports and {len(claimed['decisions'])} decisions answered "
        f"as done; missing from the database: {len(check['imports_missing'])} imports, "
        f"{len(check['decisions_missing'])} decisions ({'ok' if not lost else 'LOST WRITES'})",
        file=out,
        flush=True,
    )
    return lost


# --- the run -------------------------------------------------------------------------------------------------
def bench_load(out=sys.stdout, *, seconds: float | None = None) -> None:
    """Run the load test and print its figures; exit non-zero on any 5xx or lost write."""
    figures = run_load(out, seconds=seconds)
    if figures["server_errors"] or figures["lost_writes"]:
        raise SystemExit(f"load: {figures['server_errors']} server errors, {figures['lost_writes']} lost writes")


def run_load(out=sys.stdout, *, seconds: float | None = None) -> dict:
    """The load test; returns its figures (requests, 5xx, lost writes, p50/p95 per kind in seconds)."""
    seconds = float(seconds or os.environ.get("LOAD_SECONDS", 60))
    tmp = tempfile.TemporaryDirectory(prefix="corroborate-bench-load-")
    var = Path(tmp.name)
    services = Services(var)
    worker = None
    servers = None
    try:
        env = _environment(var, services)

        def here(function, stdin=None):
            return json.loads(call_in(env, "cms.bench.load", function, stdin).strip().splitlines()[-1])

        set_up = time.monotonic()
        manage(env, "migrate", "--noinput")
        manage(env, "collectstatic", "--noinput")
        tokens = here("_setup_accounts")
        manage(env, "import_articles", "--no-progress", "seeds")
        worker = start_worker(env, queue="load", log=open(var / "worker.log", "w"))  # noqa: SIM115
        manage(env, "verify", "--all", "--wait", "--timeout", "300")
        published = here("_publish_one")
        servers = Servers(env, 4)
        port = servers.start(cache_seconds=int(os.environ.get("READER_CACHE_SECONDS", 60)))
        print(
            f"load: {', '.join(services.notes)}; gunicorn 4 workers + Celery worker (2 processes); seeds "
            f"imported and verified, story of {published['articles']} sources published, "
            f"{len(published['facts'])} flagged facts to decide; set-up {time.monotonic() - set_up:.0f} s",
            file=out,
            flush=True,
        )
        print(
            f"load: {READERS} readers, {EDITORS} editors importing through the admin, {REVIEWERS} reviewers "
            f"deciding through the API, for {seconds:.0f} s on 127.0.0.1:{port}",
            file=out,
            flush=True,
        )

        stats, claimed, elapsed = _drive(port, seconds, published, tokens)

        total, server_errors = _report_requests(stats, elapsed, out)
        check = here("_check_writes", stdin=json.dumps(claimed))
        lost = _report_writes(check, claimed, out)
        return {
            "requests": total,
            "seconds": elapsed,
            "server_errors": server_errors,
            "lost_writes": lost,
            "client_errors": len(stats.errors),
            "imports": len(claimed["imports"]),
            "decisions": len(claimed["decisions"]),
            **{f"{k}_p50": _percentile(v, 50) for k, v in stats.latency.items()},
            **{f"{k}_p95": _percentile(v, 95) for k, v in stats.latency.items()},
        }
    finally:
        if servers:
            servers.stop()
        if worker:
            stop_group(worker)
        services.stop()
        tmp.cleanup()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=None, help="length of the run (default 60, or LOAD_SECONDS)")
    bench_load(sys.stdout, seconds=parser.parse_args().seconds)
