"""Synthetic news articles for benchmarks and tests: events in clusters of about ``cluster_size`` documents,
built from the seed articles' sentences with each event's company, place and numbers swapped in, so clusters
share vocabulary but differ in what matters."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from pathlib import Path

from .claims import Document

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
CITIES = [
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Krakow",
    "Bogota",
    "Hanoi",
    "Tallinn",
    "Porto",
    "Accra",
    "Lyon",
    "Seville",
    "Gdansk",
    "Bilbao",
    "Cebu",
    "Medellin",
    "Leipzig",
    "Turin",
    "Malmo",
    "Izmir",
    "Perth",
    "Quito",
    "Riga",
    "Sapporo",
    "Tunis",
    "Valencia",
    "Wroclaw",
    "Zagreb",
    "Brno",
    "Cordoba",
    "Daegu",
]
SECTORS = [
    "finance",
    "healthcare",
    "education",
    "logistics",
    "energy",
    "retail",
    "public-services",
    "mobility",
    "agriculture",
    "manufacturing",
    "telecoms",
    "insurance",
]
CURRENCIES = [
    ("EUR", "€", "euros"),
    ("USD", "$", "dollars"),
    ("GBP", "£", "pounds"),
    ("SGD", "S$", "Singapore dollars"),
]
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
        [" Labs", " Robotics", " AI", " Systems", " Energy", " Bio"]
    )


def generate(n_docs: int, cluster_size: int = 20, seed: int = 1) -> tuple[list[Document], list[dict]]:
    """Documents and, per event, its ground truth (used for synthetic claims)."""
    rnd = random.Random(seed)
    pool = _seed_sentences()
    docs, events = [], []
    base = date(2024, 1, 1)
    n_events = max(1, round(n_docs / cluster_size))
    for e in range(n_events):
        cur, sym, word = rnd.choice(CURRENCIES)
        ev = {
            "company": _name(rnd),
            "city": rnd.choice(CITIES) + f" {e}",
            "amount": rnd.randint(20, 950),
            "jobs": rnd.randint(30, 2000),
            "year": rnd.randint(2010, 2023),
            "cur": cur,
            "sym": sym,
            "word": word,
            "sectors": rnd.sample(SECTORS, 4),
            "day": base + timedelta(days=rnd.randint(0, 900)),
            "partner": _name(rnd),
        }
        events.append(ev)
    for i in range(n_docs):
        ev = events[i % n_events]
        company, city = ev["company"], ev["city"]
        lines = [
            f"{company} will invest {ev['sym']}{ev['amount']} million in {city}, its partner {ev['partner']} said.",
            f"The new site in {city} is expected to create more than {ev['jobs']} jobs.",
            f"It will focus on {', '.join(ev['sectors'][:-1])} and {ev['sectors'][-1]}.",
            f"{ev['partner']} was founded in {ev['year']}.",
        ]
        for s in rnd.sample(pool, min(len(pool), rnd.randint(8, 16))):
            s = re.sub(r"OpenAI|Google", company, s)
            s = re.sub(r"Singapur|Singapore", city, s)
            s = re.sub(r"\d+(?:[.,]\d+)?", lambda m: str(rnd.randint(2, 99)), s)
            lines.insert(rnd.randint(0, len(lines)), s)
        text = "\n".join(lines)
        docs.append(
            Document(
                key=f"d{i:05d}",
                text=text,
                language="en",
                published=ev["day"] + timedelta(days=rnd.randint(0, 3)),
                publisher=f"Outlet {i % 97}",
                title=f"{company} expands to {city}",
            )
        )
    return docs, events


def write_articles(folder: Path, n_articles: int, *, cluster_size: int = 20, seed: int = 1) -> list[Path]:
    """n_articles plain-text files in folder: a title line, a blank line, the generated body."""
    folder.mkdir(parents=True, exist_ok=True)
    docs, _ = generate(n_articles, cluster_size=cluster_size, seed=seed)
    paths = []
    for doc in docs:
        path = folder / f"{doc.key}.txt"
        paragraphs = doc.text.replace("\n", "\n\n")
        path.write_text(f"{doc.title}\n\n{paragraphs}\n", encoding="utf-8")
        paths.append(path)
    return paths
