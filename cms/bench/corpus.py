"""Write a generated corpus of articles (events in clusters, built from the seeds' sentences) to files."""
from __future__ import annotations

from pathlib import Path

from verification.engine.bench_crosscheck import generate


def write_corpus(folder: Path, n_articles: int, *, cluster_size: int = 20, seed: int = 1) -> list[Path]:
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
