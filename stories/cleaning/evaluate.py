"""Score the cleaner on a folder of articles against a gold file, the way score.py scores an export,
and time it.

    python -m stories.cleaning.evaluate [DIR] [GOLD] [-v | --summary]

--summary prints the summary line alone (no article's misses): what a held-out part may be scored with.
--counts (with --summary) adds counts, never text: the kinds of boilerplate line kept (by length, place on the
page, the stage that kept it) and of publisher misses, to tell which class of line or sign a part misses.
ROUNDS=0 skips the timing.
"""

from __future__ import annotations

import json
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

from . import clean_document, decode_text
from .document import cleaned_page, rules_page
from .lines import line_model, line_rows, why_not_judged
from .publisher import publisher_and_sign
from .title import read_title


def _ws(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def _title(s: str) -> str:
    return re.sub(r"[\W_]+", " ", unicodedata.normalize("NFKC", s).casefold()).strip()


def main(argv: list[str]) -> int:
    summary = "--summary" in argv
    counts = Counter() if "--counts" in argv else None
    verbose = "-v" in argv and not summary
    args = [a for a in argv if not a.startswith("-")]
    folder = Path(args[0] if args else "seeds")
    gold_path = Path(args[1] if len(args) > 1 else "../shared/gold/seeds.json")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["articles"]
    inc = inc_ok = exc = exc_ok = 0
    meta = {k: [0, 0] for k in ("title", "language", "published", "publisher")}
    texts = {}
    for name, g in sorted(gold.items()):
        path = folder / name
        if not path.exists():
            if not summary:
                print(f"missing {name}")
            continue
        doc = clean_document(decode_text(path.read_bytes()), filename=name)
        texts[name] = path.read_bytes()
        text = _ws(doc.text)
        for s in g.get("body_includes", []):
            inc += 1
            ok = _ws(s) in text
            inc_ok += ok
            if not ok and not summary:
                print(f"{name}: body lost: {s[:70]!r}")
        for s in g.get("body_excludes", []):
            exc += 1
            ok = _ws(s) not in text
            exc_ok += ok
            if not ok and not summary:
                print(f"{name}: boilerplate kept: {s[:70]!r}")
            if not ok and counts is not None:
                counts[_kept_kind(doc, _ws(s), path)] += 1
        got = {
            "title": doc.title,
            "language": doc.language,
            "published": doc.published.isoformat() if doc.published else None,
            "publisher": doc.publisher,
        }
        if g.get("titles"):
            meta["title"][1] += 1
            meta["title"][0] += _title(doc.title) in {_title(t) for t in g["titles"]}
        meta["language"][1] += 1
        meta["language"][0] += doc.language == g["language"]
        if "published" in g:
            meta["published"][1] += 1
            meta["published"][0] += got["published"] == g["published"] or (
                g["published"] is not None and (got["published"] or "").startswith(g["published"])
            )
        if "publisher" in g:
            meta["publisher"][1] += 1
            want, have = (g["publisher"] or "").casefold(), (doc.publisher or "").casefold().strip()
            right = (have == want) if not want else (bool(have) and (want in have or have in want))
            meta["publisher"][0] += right
            if counts is not None and not right:
                kind = "named, none wanted" if not want else "none named" if not have else "other named"
                sign = f", named by the {_sign_of(path)}" if have else ""
                counts[f"publisher {kind} ({_where_named(doc, want)}{sign})"] += 1
        for k in meta:
            want = g.get("titles") if k == "title" else g.get(k, "-")
            print(f"  {name} {k}: got {got[k]!r} want {want!r}") if verbose else None
        if verbose:
            for b in doc.blocks:
                print(f"    [{b.role:7} {b.reason[:18]:18}] {b.text[:90]}")
    # timing over the same files, many times
    raw = [(n, decode_text(b)) for n, b in texts.items()]
    rounds = int(__import__("os").environ.get("ROUNDS", 200))
    t0 = time.perf_counter()
    for _ in range(rounds):
        for n, t in raw:
            clean_document(t, filename=n)
    per = (time.perf_counter() - t0) / (rounds * len(raw)) * 1000 if rounds and raw else 0.0
    m = {k: (v[0] / v[1] if v[1] else 1.0) for k, v in meta.items()}
    print(
        f"body_recall={inc_ok / inc if inc else 1:.2f} boilerplate_removed={exc_ok / exc if exc else 1:.2f} "
        f"title={m['title']:.2f} language={m['language']:.2f} published={m['published']:.2f} "
        f"publisher={m['publisher']:.2f} ms_per_article={per:.2f}"
    )
    if counts is not None:
        print("; ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


def _kept_kind(doc, line: str, path: Path) -> str:
    """The kind of the kept block holding a boilerplate line, in words: its length, its place among the kept
    blocks, whether it ends a sentence, whether the line is the whole block, and the line model's say on it."""
    kept = [b for b in doc.blocks if b.role in ("dek", "body")]
    for k, b in enumerate(kept):
        text = _ws(b.text)
        if line not in text:
            continue
        words = len(text.split())
        size = "short" if words < 8 else "medium" if words < 15 else "long" if words < 40 else "very long"
        place = "top" if k < 3 else "bottom" if k >= len(kept) - 3 else "middle"
        end = "sentence" if text.endswith((".", "!", "?", '"', "»", "”")) else "no stop"
        at = text.index(line)
        whole = (
            "whole"
            if len(line) >= 0.8 * len(text)
            else "part at start"
            if at == 0
            else "part at end"
            if at + len(line) == len(text)
            else "part inside"
        )
        return f"kept {b.role} {size} {place} {end} {whole} {_model_say(path, text)}"
    return "kept across blocks"


def _where_named(doc, name: str) -> str:
    """Where the page names the publisher wanted, in words, never the page's text: the title, the body, or a removed
    block and why it was removed, with the block's length in words, its place (above or below the article) and where
    in it the name stands; 'not in the text' when the page never names it (known from its address alone)."""
    if not name:
        return "none wanted"
    kept = [k for k, b in enumerate(doc.blocks) if b.role in ("dek", "body")]
    places = set()
    for k, b in enumerate(doc.blocks):
        text = b.text.casefold().strip()
        m = re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)
        if m is None:
            continue
        if b.role != "removed":
            places.add("title" if b.role == "title" else b.role)
            continue
        place = "above" if kept and k < kept[0] else "below" if kept and k > kept[-1] else "inside"
        at = "whole" if m.group() == text else "start" if m.start() == 0 else "end" if m.end() == len(text) else "mid"
        places.add(f"removed as {b.reason or 'other'}, {len(text.split())} words, {place}, name at {at}")
    told = (
        "told in the body"
        if any(
            re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", b.text.casefold())
            for b in doc.blocks
            if b.role == "body"
        )
        else "not in the body"
    )
    return "; ".join((sorted(places) or ["not in the text"]) + [told, "title found" if doc.title else "no title"])


def _sign_of(path: Path) -> str:
    """Which of the cleaner's signs named the page's publisher ("title suffix", "menu line", ...)."""
    page = cleaned_page(decode_text(path.read_bytes()), filename=path.name)
    return publisher_and_sign(page, read_title(page)[1])[1] or "page's own metadata or address"


def _model_say(path: Path, text: str) -> str:
    """Whether the line model judges the line on the rules' page and how sure it is it is furniture."""
    page = rules_page(decode_text(path.read_bytes()), filename=path.name)
    model = line_model()
    rows = line_rows(page)
    for p, row in zip(page.paras, rows):
        if _ws(p.text) == text:
            if row is None:
                return "model-skips:" + (why_not_judged(page, p) or "no prose on the page")
            return f"model-{model.judge(p).probability(row):.2f}"
    return "model-absent"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
