"""`make bench`: import speed, engine speed, verification through the worker, reader page speed.

    python -m cms.bench [--only import,engine,verify,reader,load] [--sizes 200,1000,5000]

Every section runs in a throw-away folder (SQLite database and embedded broker), through the same
commands a newsroom runs, and prints its figures; targets are printed beside them.
"""

from __future__ import annotations

import argparse
import math
import re
import resource
import subprocess
import sys
import time

from verification.engine.synthetic import write_articles

from .sandbox import PYTHON, ROOT, Sandbox


def bench_import(n: int = 2000) -> None:
    box = Sandbox()
    try:
        corpus = write_articles(box.path / "corpus", n)
        start = time.perf_counter()
        out = box.manage("import_articles", "--no-progress", str(box.path / "corpus"))
        seconds = time.perf_counter() - start
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(
            f"import: {len(corpus)} articles in {seconds:.1f} s = {len(corpus) / seconds:.0f} articles/s "
            f"(target >= 200), peak memory {peak_mb:.0f} MB; {out.strip().splitlines()[-1]}"
        )
    finally:
        box.close()


def bench_engine() -> None:
    subprocess.run([PYTHON, "-m", "verification.engine.bench"], cwd=ROOT, check=True)


def bench_verify(sizes: list[int]) -> None:
    timings = []
    for n in sizes:
        box = Sandbox()
        try:
            write_articles(box.path / "corpus", n)
            box.manage("import_articles", "--no-progress", str(box.path / "corpus"))
            box.start_worker(concurrency=2)
            start = time.perf_counter()
            out = box.manage("verify", "--all", "--wait", "--timeout", "1800")
            seconds = time.perf_counter() - start
            summary = out.strip().splitlines()[-1]  # "Verified N articles in M stories: F facts (...)"
            facts = int(re.search(r": ([\d,]+) facts?", summary).group(1).replace(",", ""))
            timings.append((n, seconds))
            print(f"verify: {n} articles in {seconds:.1f} s, {facts / seconds:.0f} facts/s ({summary})")
        finally:
            box.close()
    for (n1, t1), (n2, t2) in zip(timings, timings[1:]):
        per_tenfold = 10 ** (math.log(t2 / t1) / math.log(n2 / n1))
        print(
            f"verify: {n2 / n1:.0f}x the articles took {t2 / t1:.1f}x the time, that is {per_tenfold:.1f}x "
            f"for 10x (target <= 12x)"
        )
    for n, t in timings:
        if n == 1000:
            print(f"verify: 1,000 articles in {t:.1f} s (target <= 60 s)")


def bench_reader() -> None:
    from .reader import bench_reader as run

    run(sys.stdout)


def bench_load() -> None:
    from .load import bench_load as run

    run(sys.stdout)


SECTIONS = {
    "import": bench_import,
    "engine": bench_engine,
    "verify": bench_verify,
    "reader": bench_reader,
    "load": bench_load,
}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections")
    parser.add_argument("--sizes", default="200,1000,5000", help="article counts for the verify section")
    args = parser.parse_args(argv)
    for name in args.only.split(","):
        print(f"== {name}", flush=True)
        if name == "verify":
            bench_verify([int(s) for s in args.sizes.split(",")])
        else:
            SECTIONS[name]()


if __name__ == "__main__":
    main()
