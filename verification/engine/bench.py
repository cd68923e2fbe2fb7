"""Throughput and memory of claim extraction on one core.

    python -m verification.engine.bench [--mb 1.5] [--seed 7]

Builds a corpus of at least ``--mb`` megabytes from the seed articles' paragraphs (sentences shuffled
across articles, numbers changed), runs ``extract_claims`` on every generated document in this
process, and prints words/s and peak memory (tracemalloc for Python allocations, ru_maxrss for the
process). Also prints the seeds' gold mention recall when the gold file is present.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import time
import tracemalloc
from datetime import date
from pathlib import Path

from .claims import Document
from .extract import extract_claims
from .segment import split_sentences

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
GOLD = ROOT.parent / "shared" / "gold" / "seeds.json"
LANG = {"004": "de"}


def _vary_numbers(s: str, rng: random.Random) -> str:
    def rep(m):
        v = m.group(0)
        if len(v) == 4 and v.startswith(("19", "20")):
            return str(rng.randint(2015, 2030))
        return str(max(1, int(int(v) * rng.uniform(0.5, 2.0))))

    return re.sub(r"(?<![\d.,])\d+(?![\d.,])", rep, s)


def corpus(min_bytes: int, seed: int = 7) -> list[Document]:
    rng = random.Random(seed)
    pools: dict[str, list[str]] = {"en": [], "de": []}
    for f in sorted(SEEDS.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        lang = LANG.get(f.name[:3], "en")
        pools[lang] += [text[s:e] for s, e in split_sentences(text) if len(text[s:e]) > 30]
    docs, size, i = [], 0, 0
    while size < min_bytes:
        lang = "de" if i % 6 == 5 else "en"
        pool = pools[lang]
        n = rng.randint(15, 45)
        paras = []
        for _ in range(rng.randint(3, 8)):
            paras.append(" ".join(_vary_numbers(rng.choice(pool), rng) for _ in range(max(1, n // 5))))
        text = "\n\n".join(paras)
        docs.append(
            Document(key=str(i), text=text, language=lang, published=date(2026, rng.randint(1, 12), rng.randint(1, 28)))
        )
        size += len(text.encode("utf-8"))
        i += 1
    return docs


def mention_recall() -> tuple[int, int, list[str]]:
    if not GOLD.exists():
        return 0, 0, []
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    found = total = 0
    misses = []
    for name, g in gold["articles"].items():
        path = SEEDS / name
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        pub = date.fromisoformat(g["published"]) if g.get("published") else None
        claims = extract_claims(Document(key=name, text=text, language=g.get("language") or "", published=pub))
        for f in gold["facts"]:
            for q in f["mentions"].get(name, []):
                total += 1
                spans = [m.span() for m in re.finditer(r"\s+".join(re.escape(p) for p in q.split()), text)]
                ok = any(
                    c.start < e and s < c.end and (c.end - c.start) <= max(3 * (e - s), (e - s) + 40)
                    for c in claims
                    for s, e in spans
                )
                found += ok
                if not ok:
                    misses.append(f"{f['id']} {name[:3]} {q!r}")
    return found, total, misses


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.5, help="corpus size in megabytes (default 1.5)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    docs = corpus(int(args.mb * 1_000_000), args.seed)
    nbytes = sum(len(d.text.encode("utf-8")) for d in docs)
    words = sum(len(d.text.split()) for d in docs)
    extract_claims(docs[0])  # warm the lazily built tables
    tracemalloc.start()
    t0 = time.process_time()
    n_claims = 0
    for d in docs:
        n_claims += len(extract_claims(d))
    cpu = time.process_time() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # tracemalloc slows Python down; time a second, untraced pass for the throughput figure
    t0 = time.process_time()
    for d in docs:
        extract_claims(d)
    cpu2 = time.process_time() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {len(docs)} documents, {nbytes / 1e6:.2f} MB, {words:,} words; {n_claims:,} claims")
    print(
        f"engine: {words / cpu2:,.0f} words/s on one core ({cpu2:.2f} s CPU; {words / cpu:,.0f} words/s under tracemalloc)"
    )
    print(f"memory: peak {peak / 1e6:.1f} MB allocated during extraction (tracemalloc), process max RSS {rss:.0f} MB")
    found, total, misses = mention_recall()
    if total:
        print(
            f"seeds: mention recall {found}/{total} = {found / total:.2f}"
            + (f"; missed: {', '.join(misses)}" if misses else "")
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
