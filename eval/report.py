"""Score several evaluation parts together, and break the result down by domain, language or split.

    python eval/report.py EXPORT_DIR PART=GOLD.json [PART=GOLD.json ...] [--by domain|language|split]

EXPORT_DIR holds one export per part, named PART.json (what `make eval` leaves in var/eval/). Without
--by it prints the scorer's summary line for all parts at once. The scorer is the shared one
(../shared/eval/score.py, or $CORROBORATE_SCORER), so every figure means what it means there.

Article file names are unique across parts; export ids are renumbered per part so that parts scored in
separate databases can be merged. A part's gold may carry "events" (parallel to "stories", each with a
"domain"); --by domain uses it, and --by split groups the parts by their name's suffix (a-tune, b-tune and
c-tune are "tune", a-heldout, b-heldout and c-heldout are "heldout").
"""

import contextlib
import importlib.util
import io
import json
import os
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = Path(os.environ.get("CORROBORATE_SCORER", ROOT.parent / "shared" / "eval" / "score.py"))


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_json(path: Path) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def renumber(export: dict, offset: int) -> dict:
    """The same export with every id moved by offset, so that two exports can share one list."""

    def claim(c):
        return (
            {**c, "id": c["id"] + offset, "article": c["article"] + offset}
            if "id" in c
            else {**c, "article": c["article"] + offset}
        )

    return {
        "articles": [{**a, "id": a["id"] + offset} for a in export.get("articles", [])],
        "stories": [
            {**s, "id": s["id"] + offset, "articles": [i + offset for i in s["articles"]]}
            for s in export.get("stories", [])
        ],
        "claims": [claim(c) for c in export.get("claims", [])],
        "facts": [
            {**f, "id": f["id"] + offset, "story": f["story"] + offset, "claims": [claim(c) for c in f["claims"]]}
            for f in export.get("facts", [])
        ],
    }


def merge(parts: list[tuple[str, dict, dict]]) -> tuple[dict, dict]:
    """One gold and one export for all parts; facts and events keep their part's stories."""
    gold = {"format": 1, "articles": {}, "stories": [], "facts": [], "events": []}
    export = {"format": 1, "articles": [], "stories": [], "claims": [], "facts": []}
    offset = 0
    for name, part_gold, part_export in parts:
        base = len(gold["stories"])
        gold["articles"].update(part_gold["articles"])
        gold["stories"].extend(part_gold["stories"])
        events = part_gold.get("events") or [{"domain": None}] * len(part_gold["stories"])
        gold["events"].extend({**e, "part": name} for e in events)
        gold["facts"].extend({**f, "id": f"{name}:{f['id']}", "story": f["story"] + base} for f in part_gold["facts"])
        moved = renumber(part_export, offset)
        for key in ("articles", "stories", "claims", "facts"):
            export[key].extend(moved[key])
        ids = (
            [a["id"] for a in part_export.get("articles", [])]
            + [s["id"] for s in part_export.get("stories", [])]
            + [c["id"] for c in part_export.get("claims", [])]
            + [f["id"] for f in part_export.get("facts", [])]
        )
        offset += max(ids, default=0) + 1
    return gold, export


def subset(gold: dict, export: dict, names: set[str]) -> tuple[dict, dict]:
    """The gold and export restricted to the named articles: their stories, and the facts they state with
    only their own mentions (a fact keeps its expected verdict, which all its sources decide)."""
    kept = [i for i, story in enumerate(gold["stories"]) if names & set(story)]
    index = {old: new for new, old in enumerate(kept)}
    facts = []
    for fact in gold["facts"]:
        mentions = {n: quotes for n, quotes in fact["mentions"].items() if n in names}
        if mentions and fact["story"] in index:
            facts.append({**fact, "story": index[fact["story"]], "mentions": mentions})
    sub_gold = {
        "format": 1,
        "articles": {n: a for n, a in gold["articles"].items() if n in names},
        "stories": [[n for n in gold["stories"][i] if n in names] for i in kept],
        "facts": facts,
    }
    ids = {a["id"] for a in export["articles"] if a["origin"].rsplit("/", 1)[-1] in names}
    sys_facts = []
    for fact in export["facts"]:
        claims = [c for c in fact["claims"] if c["article"] in ids]
        if claims:
            sys_facts.append({**fact, "claims": claims})
    sub_export = {
        "format": 1,
        "articles": [a for a in export["articles"] if a["id"] in ids],
        "stories": [
            {**s, "articles": [i for i in s["articles"] if i in ids]}
            for s in export["stories"]
            if any(i in ids for i in s["articles"])
        ],
        "claims": [c for c in export["claims"] if c["article"] in ids],
        "facts": sys_facts,
    }
    return sub_gold, sub_export


def summary(scorer, gold: dict, export: dict) -> str:
    """The scorer's own summary line for this gold and export."""
    out = io.StringIO()
    with tempfile.TemporaryDirectory() as tmp:
        gold_path, export_path = Path(tmp) / "gold.json", Path(tmp) / "export.json"
        gold_path.write_text(json.dumps(gold), encoding="utf-8")
        export_path.write_text(json.dumps(export), encoding="utf-8")
        with contextlib.redirect_stdout(out):
            scorer.main([str(gold_path), str(export_path)])
    return out.getvalue().strip().splitlines()[-1]


def groups_by(gold: dict, key: str) -> dict[str, set[str]]:
    """Article names per domain, per split (tune / heldout / seeds) or per language."""
    groups = defaultdict(set)
    for story, event in zip(gold["stories"], gold["events"]):
        for name in story:
            if key == "domain":
                groups[event.get("domain") or "seeds"].add(name)
            elif key == "split":
                groups[event["part"].rsplit("-", 1)[-1]].add(name)
            else:
                groups[gold["articles"][name].get("language", "?")].add(name)
    return groups


def main(argv: list[str]) -> int:
    by = None
    if "--by" in argv:
        at = argv.index("--by")
        by = argv[at + 1]
        argv = argv[:at] + argv[at + 2 :]
    if len(argv) < 2 or by not in (None, "domain", "language", "split"):
        print(__doc__)
        return 2
    export_dir = Path(argv[0])
    parts = []
    for spec in argv[1:]:
        name, _, gold_path = spec.partition("=")
        export_path = export_dir / f"{name}.json"
        if not export_path.exists():
            print(f"no export for {name} in {export_dir}: run make eval", file=sys.stderr)
            return 1
        parts.append((name, read_json(Path(gold_path)), read_json(export_path)))
    scorer = load_scorer()
    gold, export = merge(parts)
    if by is None:
        print(summary(scorer, gold, export))
        return 0
    for group, names in sorted(groups_by(gold, by).items()):
        # A language's line scores its own articles and their mentions; a fact found there must still have
        # the verdict that all its sources, in every language, decide.
        sub_gold, sub_export = subset(gold, export, names)
        articles = len(sub_gold["articles"])
        print(
            f"{group:12} articles={articles:3} facts={len(sub_gold['facts']):3} {summary(scorer, sub_gold, sub_export)}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
