"""Reader page speed: requests/s of the story page, cached and uncached, beside a trivial Django view.

    python -m cms.bench --only reader        (or: python -m cms.bench.reader)

In a throw-away folder (SQLite database, file cache, collected static files) it creates a published
story with 30 checked facts and 5 sources, starts two gunicorn servers on 127.0.0.1 with production
settings (DEBUG off): one with the reader cache on, one with it off (READER_CACHE_SECONDS=0), and
drives each URL with a bounded load generator on loopback (wrk when installed, else a Python client).
"Uncached" is the page as a cache miss builds it: one query for the story's published edition (what
the workflow rendered when it published the story) and the page frame rendered around it. "api" and
"api uncached" are an anonymous client's GET /api/stories/ on the same two servers (throttle counted,
its rate raised out of the way).
It prints requests/s and the ratios against the trivial view (/livez), then stops everything.
Targets: cached >= 0.8 of the trivial view, uncached >= 0.3. The whole run takes about a minute.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from .sandbox import BEHIND_PROXY, Servers, call_in, http_get, manage, production_env

SLUG = "bench-story"
TARGETS = {"cached": 0.8, "uncached": 0.3}
# As a browser behind the TLS-terminating proxy production runs behind, gzip accepted (cached pages are
# stored compressed and sent as they are).
HEADERS = {**BEHIND_PROXY, "Accept-Encoding": "gzip, deflate"}


def seed(n_facts: int = 30, n_sources: int = 5) -> str:
    """Create the published story the benchmark reads (in the database the settings point at): n_facts
    money facts stated by n_sources articles, a third of them conflicting and a third single-source."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings")
    django.setup()
    from django.db import transaction

    from stories.services.editions import record_edition

    sentences = [f"Item {i} was worth {100 + i} million dollars, the company said on Tuesday." for i in range(n_facts)]
    with transaction.atomic():
        story = _seed_story(n_facts, n_sources)
        articles = _seed_articles(story, " ".join(sentences), n_sources)
        for i, sentence in enumerate(sentences):
            _seed_fact(story, articles, i, sentence)
        story.corrections.create(note="An earlier version gave the wrong month.")
        record_edition(story=story)  # as the workflow does when it publishes or corrects a story
    return f"/stories/{SLUG}/"


def _seed_story(n_facts: int, n_sources: int):
    """The published story (replacing the benchmark's own from an earlier run), its text citing the sources."""
    import datetime as dt

    from django.utils import timezone

    from stories.models import Article, Story, StoryState

    Article.objects.filter(story__slug=SLUG).delete()
    Story.objects.filter(slug=SLUG).delete()
    return Story.objects.create(
        title="Temasek opens its fourth office, in Shenzhen",
        slug=SLUG,
        dek="Singapore's state investor expands in southern China; sources differ on the amount.",
        state=StoryState.PUBLISHED,
        live=True,
        published_at=timezone.now() - dt.timedelta(hours=1),
        body="\n\n".join(
            f"Paragraph {i}: the item was worth {100 + i} million dollars "
            f"[[1]](#source-1)[[{i % n_sources + 1}]](#source-{i % n_sources + 1})."
            for i in range(n_facts)
        ),
    )


def _seed_articles(story, body: str, n_sources: int) -> list:
    """The story's sources: each states every sentence, in one of the four languages by turns."""
    import datetime as dt
    import hashlib

    from stories.models import Article

    return [
        Article.objects.create(
            origin=f"https://example.org/outlet-{j + 1}/story",
            title=f"Report by outlet {j + 1}",
            content_hash=hashlib.sha256(f"bench-{j}-{body}".encode()).hexdigest(),
            raw_text=body,
            body=body,
            publisher=f"Outlet {j + 1}",
            language=["en", "de", "fr", "es", "en"][j % 5],
            published=dt.date(2026, 5, 21),
            story=story,
        )
        for j in range(n_sources)
    ]


def _seed_fact(story, articles: list, i: int, sentence: str) -> None:
    """Fact i with a claim in each article that states it (the last differing where it conflicts), approved."""
    from core.models import ReviewStatus, Verdict
    from verification.models import Claim, Fact, ReviewDecision

    verdict = [Verdict.CORROBORATED, Verdict.CONFLICTING, Verdict.SINGLE_SOURCE][i % 3]
    stating = articles[:1] if verdict == Verdict.SINGLE_SOURCE else articles[: 2 + i % (len(articles) - 1)]
    value_text = f"{100 + i} million dollars"
    claims = []
    for a in stating:
        s0 = a.text.index(sentence)
        v0 = s0 + sentence.index(value_text)
        claims.append(
            Claim.objects.create(
                article=a,
                kind="money",
                slot=f"item{i}.amount",
                value={"amount": (100 + i + (a is stating[-1] and verdict == Verdict.CONFLICTING)) * 1e6},
                text=value_text,
                start=v0,
                end=v0 + len(value_text),
                sentence_start=s0,
                sentence_end=s0 + len(sentence),
            )
        )
    fact = Fact.objects.create(
        story=story,
        key=f"item{i}",
        kind="money",
        slot=f"item{i}.amount",
        verdict=verdict,
        flagged=verdict != Verdict.CORROBORATED,
        review_status=ReviewStatus.APPROVED,
        explanation=f"{len(claims)} sources compared.",
    )
    fact.claims.set(claims)
    if fact.flagged:
        ReviewDecision.objects.create(fact=fact, decision=ReviewStatus.APPROVED, note="Checked by phone.")


def _get(port: int, path: str, timeout: float = 5) -> tuple[int, bytes]:
    return http_get(port, path, HEADERS, timeout)


def _wrk(port: int, path: str, seconds: float, connections: int) -> tuple[int, float]:
    done = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{connections}",
            *[arg for k, v in HEADERS.items() for arg in ("-H", f"{k}: {v}")],
            f"-d{max(1, round(seconds))}s",
            "--timeout",
            "5s",
            f"http://127.0.0.1:{port}{path}",
        ],
        capture_output=True,
        text=True,
        timeout=seconds + 30,
    )
    if done.returncode:
        raise RuntimeError(f"wrk failed: {done.stderr.strip()}")
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", done.stdout)
    if bad:
        raise RuntimeError(f"{bad.group(1)} error responses from {path}:\n{done.stdout}")
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", done.stdout)
    if errors and (int(errors.group(1)) or int(errors.group(4))):
        raise RuntimeError(f"socket errors on {path}:\n{done.stdout}")
    summary = re.search(r"(\d+) requests in ([\d.]+)(m?s)", done.stdout)
    elapsed = float(summary.group(2)) / (1000 if summary.group(3) == "ms" else 1)
    return int(summary.group(1)), elapsed


def _python_load(port: int, path: str, seconds: float, connections: int) -> tuple[int, float]:
    """A bounded closed-loop client: `connections` threads, each one request after another."""
    stop = time.monotonic() + seconds
    counts, failures = [0] * connections, []

    def run(i: int) -> None:
        while time.monotonic() < stop:
            try:
                status, _ = _get(port, path)
            except OSError as exc:
                failures.append(str(exc))
                return
            if status != 200:
                failures.append(f"HTTP {status}")
                return
            counts[i] += 1

    start = time.monotonic()
    threads = [threading.Thread(target=run, args=(i,)) for i in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 10)
    if failures:
        raise RuntimeError(f"{len(failures)} failed requests on {path}: {failures[0]}")
    return sum(counts), time.monotonic() - start


def _cpu_seconds(master_pid: int) -> float:
    """User + system CPU time of a gunicorn master's workers so far (Linux /proc; 0 elsewhere)."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    total = 0
    for entry in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = entry.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == master_pid:  # ppid
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / tick


def _check_story_page(ports: tuple[int, ...], story: str) -> int:
    """Each server answers the story page in full; its size in bytes."""
    for port in ports:
        status, body = _get(port, story)
        if body[:2] == b"\x1f\x8b":
            body = gzip.decompress(body)
        if status != 200 or b"agreement-svg" not in body:
            raise RuntimeError(f"the story page answered {status} on port {port}")
    return len(body)


def _measure(urls, servers: Servers, load, *, seconds: float, rounds: int, connections: int):
    """Requests/s of each URL in each round, and (server CPU seconds, requests) over all rounds. Rounds are
    interleaved, so a change in the machine's other load hits all URLs alike."""
    for _name, port, path in urls:
        load(port, path, 1, connections)  # warm up: imports, connections, the page in the cache
    rates = {name: [] for name, _, _ in urls}
    cpu = {name: [0.0, 0] for name, _, _ in urls}
    for _ in range(rounds):
        for name, port, path in urls:
            master = servers.pid_for(port)
            before = _cpu_seconds(master)
            requests, elapsed = load(port, path, seconds / rounds, connections)
            cpu[name][0] += _cpu_seconds(master) - before
            cpu[name][1] += requests
            rates[name].append(requests / elapsed)
    return rates, cpu


def _report(rates: dict, cpu: dict, out) -> dict:
    """Print each URL's median requests/s and CPU per request, then the ratios against their targets."""
    results = {}
    for name in rates:
        results[name] = sorted(rates[name])[len(rates[name]) // 2]  # the median round
        cpu_s, requests = cpu[name]
        results[f"{name}_per_cpu_second"] = requests / cpu_s if cpu_s else 0.0
        spread = ", ".join(f"{r:.0f}" for r in rates[name])
        print(
            f"reader: {name:<12} {results[name]:6.0f} requests/s (rounds: {spread}); server CPU "
            f"{1000 * cpu_s / max(1, requests):.2f} ms/request",
            file=out,
            flush=True,
        )
    for name, target in TARGETS.items():
        # each round's URLs ran back to back, so the median of per-round ratios drifts least
        per_round = sorted(r / t for r, t in zip(rates[name], rates["trivial"]) if t)
        ratio = per_round[len(per_round) // 2] if per_round else 0.0
        trivial = results["trivial_per_cpu_second"]
        per_cpu = results[f"{name}_per_cpu_second"] / trivial if trivial else 0.0
        results[f"{name}_ratio"], results[f"{name}_cpu_ratio"] = ratio, per_cpu
        print(
            f"reader: {name} / trivial = {ratio:.2f} in requests/s (median of rounds), {per_cpu:.2f} per "
            f"server CPU-second (target >= {target}: {'ok' if round(ratio, 2) >= target else 'below'} / "
            f"{'ok' if round(per_cpu, 2) >= target else 'below'})",
            file=out,
            flush=True,
        )
    return results


def bench_reader(
    out=sys.stdout, *, seconds: float = 10, rounds: int = 5, connections: int = 16, workers: int | None = None
) -> dict:
    """Measure and print requests/s: trivial view, story page cached and uncached; return the figures."""
    workers = workers or max(2, os.cpu_count() or 2)
    tool = "wrk" if shutil.which("wrk") else "python client"
    tmp = tempfile.TemporaryDirectory(prefix="corroborate-bench-reader-")
    env = production_env(Path(tmp.name), API_ANON_RATE="1000000/minute")
    servers = Servers(env, workers)
    try:
        manage(env, "migrate", "--noinput")
        manage(env, "collectstatic", "--noinput")
        story = call_in(env, "cms.bench.reader", "seed").strip().splitlines()[-1]
        cached_port = servers.start(cache_seconds=300)
        uncached_port = servers.start(cache_seconds=0)
        size = _check_story_page((cached_port, uncached_port), story)
        print(
            f"reader: story page {size // 1024} KB, 30 facts x 5 sources; gunicorn {workers} workers; "
            f"{tool}, {connections} connections, {rounds} rounds of {seconds / rounds:.0f} s per URL",
            file=out,
            flush=True,
        )
        urls = (
            ("trivial", cached_port, "/livez"),
            ("cached", cached_port, story),
            ("uncached", uncached_port, story),
            ("api", cached_port, "/api/stories/"),
            ("api uncached", uncached_port, "/api/stories/"),
        )
        load = _wrk if tool == "wrk" else _python_load
        rates, cpu = _measure(urls, servers, load, seconds=seconds, rounds=rounds, connections=connections)
        return {**_report(rates, cpu, out), "tool": tool}
    finally:
        servers.stop()
        tmp.cleanup()


if __name__ == "__main__":
    bench_reader(sys.stdout)
