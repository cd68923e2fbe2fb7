"""Check an evaluation corpus part's gold file against its article files before scoring it.

    python eval/check_gold.py eval/corpus/a-tune [eval/corpus/b-tune ...]

A part is a folder with articles/*.txt and gold.json (the scorer's format, plus "events" parallel to
"stories"). Every quoted string must occur in the raw article text (white space matched loosely, as the
scorer does), or the scorer would count a gold error as an engine miss. Prints one line per problem and
exits 1 when there is any.
"""

import json
import re
import sys
import unicodedata
from pathlib import Path

VERDICTS = {"corroborated", "conflicting", "single_source"}


def loose(quote):
    return re.compile(r"\s+".join(re.escape(part) for part in unicodedata.normalize("NFC", quote).split()))


def occurs(text, quote):
    return bool(loose(quote).search(text))


def check_articles(gold, texts):
    for name, article in gold["articles"].items():
        text = texts.get(name)
        if text is None:
            yield f"{name}: listed in the gold but no such article file"
            continue
        for key in ("titles", "body_includes", "body_excludes"):
            for quote in article.get(key) or []:
                if not occurs(text, quote):
                    yield f"{name}: {key} not in the text: {quote[:60]!r}"
        for quote in article.get("body_excludes", []):
            if any(occurs(kept, quote) for kept in article.get("body_includes", [])):
                yield f"{name}: boilerplate {quote[:40]!r} lies inside a snippet that must be kept"


def check_stories(gold, texts):
    placed = [name for story in gold["stories"] for name in story]
    for name in sorted(set(placed) - set(texts)):
        yield f"{name}: in a story but no such article file"
    for name in sorted({n for n in placed if placed.count(n) > 1}):
        yield f"{name}: in more than one story"
    for name in sorted(set(texts) - set(placed)):
        yield f"{name}: article file in no story"
    if "events" in gold and len(gold["events"]) != len(gold["stories"]):
        yield f"events ({len(gold['events'])}) and stories ({len(gold['stories'])}) are not parallel"


def check_facts(gold, texts):
    ids = [fact["id"] for fact in gold["facts"]]
    for fid in sorted({i for i in ids if ids.count(i) > 1}):
        yield f"fact {fid}: id used twice"
    for fact in gold["facts"]:
        fid, story = fact["id"], fact["story"]
        if not 0 <= story < len(gold["stories"]):
            yield f"fact {fid}: story {story} does not exist"
            continue
        if fact["verdict"] not in VERDICTS:
            yield f"fact {fid}: unknown verdict {fact['verdict']!r}"
        sources = len(fact["mentions"])
        if (fact["verdict"] == "single_source") != (sources == 1):
            yield f"fact {fid}: verdict {fact['verdict']} with mentions in {sources} articles"
        for name, quotes in fact["mentions"].items():
            if name not in gold["stories"][story]:
                yield f"fact {fid}: {name} is not in story {story}"
            for quote in quotes:
                if name in texts and not occurs(texts[name], quote):
                    yield f"fact {fid}: {name} does not contain {quote!r}"


def check_part(folder):
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    texts = {
        p.name: unicodedata.normalize("NFC", p.read_text(encoding="utf-8"))
        for p in sorted((folder / "articles").glob("*.txt"))
    }
    for check in (check_articles, check_stories, check_facts):
        yield from check(gold, texts)


def main(argv):
    if not argv:
        print(__doc__)
        return 2
    problems = 0
    for arg in argv:
        folder = Path(arg)
        found = list(check_part(folder))
        for line in found:
            print(f"{folder.name}: {line}")
        problems += len(found)
        print(f"{folder.name}: {'ok' if not found else f'{len(found)} problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
