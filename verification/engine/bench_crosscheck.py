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
import random
import re
import time
from datetime import date, timedelta
from pathlib import Path

from .claims import Claim, Document
from .cluster import cluster_documents
from .crosscheck import cross_check

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
CITIES = ["Lisbon", "Nairobi", "Osaka", "Krakow", "Bogota", "Hanoi", "Tallinn", "Porto", "Accra", "Lyon",
          "Seville", "Gdansk", "Bilbao", "Cebu", "Medellin", "Leipzig", "Turin", "Malmo", "Izmir", "Perth",
          "Quito", "Riga", "Sapporo", "Tunis", "Valencia", "Wroclaw", "Zagreb", "Brno", "Cordoba", "Daegu"]
SECTORS = ["finance", "healthcare", "education", "logistics", "energy", "retail", "public-services", "mobility",
           "agriculture", "manufacturing", "telecoms", "insurance"]
CURRENCIES = [("EUR", "€", "euros"), ("USD", "$", "dollars"), ("GBP", "£", "pounds"), ("SGD", "S$", "Singapore dollars")]
_SYL = ["ve", "lo", "ra", "tam", "rix", "no", "va", "kel", "dor", "mi", "sa", "quin", "zen", "tor", "bel", "ka"]


def _seed_sentences() -> list[str]:
    out = []
    for f in sorted(SEEDS.glob("*.txt")):
        for s in re.split(r"(?<=[.!?])\s+|\n+", f.read_text(encoding="utf-8")):
            s = s.strip()
            if 8 <= len(s.split()) <= 60:
                out.append(s)
    return out or ["The company announced a new investment in the region today, creating many new jobs."]


def _name(rnd: random.Random) -> str:
    return "".join(rnd.choice(_SYL) for _ in range(rnd.randint(2, 3))).capitalize() + rnd.choice(
        [" Labs", " Robotics", " AI", " Systems", " Energy", " Bio"])


def generate(n_docs: int, cluster_size: int = 20, seed: int = 1) -> tuple[list[Document], list[dict]]:
    """Documents and, per event, its ground truth (used for synthetic claims)."""
    rnd = random.Random(seed)
    pool = _seed_sentences()
    docs, events = [], []
    base = date(2024, 1, 1)
    n_events = max(1, round(n_docs / cluster_size))
    for e in range(n_events):
        cur, sym, word = rnd.choice(CURRENCIES)
        ev = {"company": _name(rnd), "city": rnd.choice(CITIES) + f" {e}", "amount": rnd.randint(20, 950),
              "jobs": rnd.randint(30, 2000), "year": rnd.randint(2010, 2023), "cur": cur, "sym": sym, "word": word,
              "sectors": rnd.sample(SECTORS, 4), "day": base + timedelta(days=rnd.randint(0, 900)),
              "partner": _name(rnd)}
        events.append(ev)
    for i in range(n_docs):
        ev = events[i % n_events]
        company, city = ev["company"], ev["city"]
        lines = [f"{company} will invest {ev['sym']}{ev['amount']} million in {city}, its partner "
                 f"{ev['partner']} said.",
                 f"The new site in {city} is expected to create more than {ev['jobs']} jobs.",
                 f"It will focus on {', '.join(ev['sectors'][:-1])} and {ev['sectors'][-1]}.",
                 f"{ev['partner']} was founded in {ev['year']}."]
        for s in rnd.sample(pool, min(len(pool), rnd.randint(8, 16))):
            s = re.sub(r"OpenAI|Google", company, s)
            s = re.sub(r"Singapur|Singapore", city, s)
            s = re.sub(r"\d+(?:[.,]\d+)?", lambda m: str(rnd.randint(2, 99)), s)
            lines.insert(rnd.randint(0, len(lines)), s)
        text = "\n".join(lines)
        docs.append(Document(key=f"d{i:05d}", text=text, language="en",
                             published=ev["day"] + timedelta(days=rnd.randint(0, 3)),
                             publisher=f"Outlet {i % 97}", title=f"{company} expands to {city}"))
    return docs, events


def synthetic_claims(doc: Document, ev: dict) -> list[Claim]:
    t = doc.text
    out = []

    def add(kind, slot, value, needle):
        i = t.find(needle)
        if i >= 0:
            out.append(Claim(kind, slot, ev["company"].casefold(), value, i, i + len(needle), needle, i,
                             i + len(needle), 0.8))
    add("money", "investment.amount", {"low": ev["amount"] * 1e6, "high": ev["amount"] * 1e6,
                                       "qualifier": "exact", "unit": "currency", "currency": ev["cur"]},
        f"{ev['sym']}{ev['amount']} million")
    add("count", "jobs.count", {"low": ev["jobs"], "high": None, "qualifier": "over", "unit": "jobs"},
        f"more than {ev['jobs']} jobs")
    add("list", "sectors", {"items": sorted(ev["sectors"]), "declared_count": None}, ev["sectors"][0])
    add("relation", "partner", {"entity": ev["partner"].casefold(), "name": ev["partner"], "type": "org",
                                "relation": "partner"}, ev["partner"])
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
    return {"precision": precision, "recall": recall, "cpu_engine": (c3 - c1), "cpu_total": c3 - c0,
            "cpu_cluster": c2 - c1, "cpu_crosscheck": c3 - c2,
            "docs": n, "extract": t1 - t0, "cluster": t2 - t1, "crosscheck": t3 - t2, "total": t3 - t0,
            "stories": len(groups), "expected_stories": true_stories, "facts": n_facts,
            "claims": sum(len(v) for v in claims.values()), "real_extractor": extract is not None}


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
        print(f"{n:6d} docs  claims={r['claims']:6d} ({'extractor' if r['real_extractor'] else 'synthetic'})  "
              f"extract={r['extract']:6.2f}s  cluster={r['cluster']:6.2f}s  cross_check={r['crosscheck']:6.2f}s  "
              f"total={r['total']:6.2f}s (cpu {r['cpu_total']:.2f}s, engine cpu {r['cpu_engine']:.2f}s)  stories={r['stories']} (true {r['expected_stories']}, pair P={r['precision']:.2f} R={r['recall']:.2f})  "
              f"facts={r['facts']}  facts/s={r['facts'] / max(engine_s, 1e-9):,.0f}", flush=True)
    # growth: time ~ docs ** k; the figure for 10x docs is 10 ** k (target <= 12x)
    for small, big in zip(results, results[1:]):
        ratio_docs = big["docs"] / small["docs"]
        for label, key in (("cluster+cross_check CPU", "cpu_engine"), ("total CPU", "cpu_total"),
                           ("total wall", "total")):
            ratio = big[key] / max(small[key], 1e-9)
            k = math.log(max(ratio, 1e-9)) / math.log(ratio_docs)
            print(f"growth {small['docs']}->{big['docs']} ({ratio_docs:g}x docs), {label}: {ratio:.1f}x time "
                  f"(= {10 ** k:.1f}x for 10x docs)")
    if len(results) >= 2:
        first, last = results[0], results[-1]
        ratio_docs = last["docs"] / first["docs"]
        ratio = last["cpu_engine"] / max(first["cpu_engine"], 1e-9)
        k = math.log(max(ratio, 1e-9)) / math.log(ratio_docs)
        print(f"overall {first['docs']}->{last['docs']} ({ratio_docs:g}x docs): cluster+cross_check CPU "
              f"{ratio:.1f}x time (= {10 ** k:.1f}x for 10x docs; target <= 12x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
