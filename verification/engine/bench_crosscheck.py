"""Benchmark: extract + cluster + cross-check over generated corpora of 200, 1,000 and 5,000 documents.

    python -m verification.engine.bench_crosscheck [--sizes 200,1000,5000] [--cluster-size 20] [--seed 1]

Documents come in event clusters of about 20: sentences of the seed articles with the entities, places
and numbers of each event swapped in, so clusters share vocabulary but differ in what matters. Claims
come from the real extractor when ``extract.py`` is present, else from a synthetic claim generator.
Prints seconds per stage, facts per second and the growth ratio (target: at most 12x the time for 10x
the documents).
"""

from __future__ import annotations

import argparse
import math
import time

from .claims import Claim, Document
from .cluster import cluster_documents
from .crosscheck import cross_check
from .synthetic import generate


def synthetic_claims(doc: Document, ev: dict) -> list[Claim]:
    t = doc.text
    out = []

    def add(kind, slot, value, needle):
        i = t.find(needle)
        if i >= 0:
            out.append(
                Claim(kind, slot, ev["company"].casefold(), value, i, i + len(needle), needle, i, i + len(needle), 0.8)
            )

    add(
        "money",
        "investment.amount",
        {
            "low": ev["amount"] * 1e6,
            "high": ev["amount"] * 1e6,
            "qualifier": "exact",
            "unit": "currency",
            "currency": ev["cur"],
        },
        f"{ev['sym']}{ev['amount']} million",
    )
    add(
        "count",
        "jobs.count",
        {"low": ev["jobs"], "high": None, "qualifier": "over", "unit": "jobs"},
        f"more than {ev['jobs']} jobs",
    )
    add("list", "sectors", {"items": sorted(ev["sectors"]), "declared_count": None}, ev["sectors"][0])
    add(
        "relation",
        "partner",
        {"entity": ev["partner"].casefold(), "name": ev["partner"], "type": "org", "relation": "partner"},
        ev["partner"],
    )
    return out


def pair_scores(groups: list[list[str]], truth: dict[str, int]) -> tuple[float, float]:
    """Pairwise precision and recall of a clustering against the generated events."""
    from collections import Counter  # noqa: PLC0415

    same_sys = sum(len(g) * (len(g) - 1) // 2 for g in groups)
    tp = sum(n * (n - 1) // 2 for g in groups for n in Counter(truth[k] for k in g).values())
    same_true = sum(n * (n - 1) // 2 for n in Counter(truth.values()).values())
    return (tp / same_sys if same_sys else 1.0), (tp / same_true if same_true else 1.0)


def _extractor():
    try:
        from .extract import extract_claims  # noqa: PLC0415 - optional: written in parallel

        return extract_claims
    except ImportError:
        return None


def run(n: int, cluster_size: int, seed: int) -> dict:
    docs, events = generate(n, cluster_size, seed)
    extract = _extractor()
    c0, t0 = time.process_time(), time.perf_counter()
    if extract is not None:
        claims = {d.key: extract(d) for d in docs}
    else:
        claims = {d.key: synthetic_claims(d, events[i % len(events)]) for i, d in enumerate(docs)}
    c1, t1 = time.process_time(), time.perf_counter()
    groups = cluster_documents(docs, claims)
    c2, t2 = time.process_time(), time.perf_counter()
    by_key = {d.key: d for d in docs}
    n_facts = 0
    for g in groups:
        n_facts += len(cross_check([by_key[k] for k in g], {k: claims[k] for k in g}))
    c3, t3 = time.process_time(), time.perf_counter()
    true_stories = max(1, round(n / cluster_size))
    truth = {d.key: i % len(events) for i, d in enumerate(docs)}
    precision, recall = pair_scores(groups, truth)
    return {
        "precision": precision,
        "recall": recall,
        "cpu_engine": (c3 - c1),
        "cpu_total": c3 - c0,
        "cpu_cluster": c2 - c1,
        "cpu_crosscheck": c3 - c2,
        "docs": n,
        "extract": t1 - t0,
        "cluster": t2 - t1,
        "crosscheck": t3 - t2,
        "total": t3 - t0,
        "stories": len(groups),
        "expected_stories": true_stories,
        "facts": n_facts,
        "claims": sum(len(v) for v in claims.values()),
        "real_extractor": extract is not None,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="200,1000,5000")
    ap.add_argument("--cluster-size", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)
    sizes = [int(x) for x in a.sizes.split(",") if x.strip()]
    results = []
    for n in sizes:
        r = run(n, a.cluster_size, a.seed)
        results.append(r)
        engine_s = r["cluster"] + r["crosscheck"]
        print(
            f"{n:6d} docs  claims={r['claims']:6d} ({'extractor' if r['real_extractor'] else 'synthetic'})  "
            f"extract={r['extract']:6.2f}s  cluster={r['cluster']:6.2f}s  cross_check={r['crosscheck']:6.2f}s  "
            f"total={r['total']:6.2f}s (cpu {r['cpu_total']:.2f}s, engine cpu {r['cpu_engine']:.2f}s)  stories={r['stories']} (true {r['expected_stories']}, pair P={r['precision']:.2f} R={r['recall']:.2f})  "
            f"facts={r['facts']}  facts/s={r['facts'] / max(engine_s, 1e-9):,.0f}",
            flush=True,
        )
    # growth: time ~ docs ** k; the figure for 10x docs is 10 ** k (target <= 12x)
    for small, big in zip(results, results[1:]):
        ratio_docs = big["docs"] / small["docs"]
        for label, key in (
            ("cluster+cross_check CPU", "cpu_engine"),
            ("total CPU", "cpu_total"),
            ("total wall", "total"),
        ):
            ratio = big[key] / max(small[key], 1e-9)
            k = math.log(max(ratio, 1e-9)) / math.log(ratio_docs)
            print(
                f"growth {small['docs']}->{big['docs']} ({ratio_docs:g}x docs), {label}: {ratio:.1f}x time "
                f"(= {10**k:.1f}x for 10x docs)"
            )
    if len(results) >= 2:
        first, last = results[0], results[-1]
        ratio_docs = last["docs"] / first["docs"]
        ratio = last["cpu_engine"] / max(first["cpu_engine"], 1e-9)
        k = math.log(max(ratio, 1e-9)) / math.log(ratio_docs)
        print(
            f"overall {first['docs']}->{last['docs']} ({ratio_docs:g}x docs): cluster+cross_check CPU "
            f"{ratio:.1f}x time (= {10**k:.1f}x for 10x docs; target <= 12x)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
