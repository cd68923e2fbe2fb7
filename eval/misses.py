"""Why the facts of one evaluation part were missed: a count per cause, and with --show the facts themselves.

    python eval/misses.py GOLD.json EXPORT.json [--show CAUSE] [--limit N]

Each gold fact the scorer does not count as right falls in exactly one cause, checked in this order:

  not found       some mention is covered by no exported fact (the claim was not extracted or not exported)
  split           every mention is found, but no one exported fact holds them all
  merged          one exported fact holds them all, and mentions of other gold facts too
  wrong verdict   aligned, with another verdict than the expected one (shown as expected -> given)

Use it on the tuning parts only: reading the held-out part's facts would tune the engine on it.
"""

import json
import sys
from collections import Counter
from pathlib import Path

from report import load_scorer  # eval/report.py, beside this script


def cause_of(result: dict, fact_id: str, claimed_by: dict) -> str | None:
    """The one cause a gold fact was missed for, or None when the scorer counts it right."""
    if result["aligned"] and result["verdict"] == result["expected"]:
        return None
    if result["mentions_found"] < result["mentions"]:
        return "not found"
    if not result["aligned"]:
        return "merged" if claimed_by.get(fact_id) else "split"
    return f"wrong verdict: {result['expected']} -> {result['verdict']}"


def holders(gold: dict, export: dict, scorer) -> dict[str, list[dict]]:
    """For each gold fact, the exported facts that cover one of its mentions."""
    by_origin = {a["origin"].rsplit("/", 1)[-1]: a for a in export["articles"]}
    found: dict[str, list[dict]] = {}
    for fact in gold["facts"]:
        for name, quotes in fact["mentions"].items():
            article = by_origin.get(name)
            if article is None:
                continue
            spans = [sp for q in quotes for sp in scorer.occurrences(article["text"], q)]
            for sys_fact in export["facts"]:
                if any(
                    c["article"] == article["id"] and scorer.pins(c, sp) for c in sys_fact["claims"] for sp in spans
                ):
                    if sys_fact not in found.setdefault(fact["id"], []):
                        found[fact["id"]].append(sys_fact)
    return found


def whole_holder_shared(gold: dict, found: dict) -> dict[str, bool]:
    """Whether an exported fact that holds every mention of a gold fact also holds another gold fact's mention."""
    owners: dict[int, set[str]] = {}
    for fid, facts in found.items():
        for sys_fact in facts:
            owners.setdefault(sys_fact["id"], set()).add(fid)
    return {fid: any(len(owners[sf["id"]]) > 1 for sf in facts) for fid, facts in found.items()}


def describe(fact: dict, facts: list[dict]) -> str:
    lines = [f"  [{fact['id']}] expected {fact['verdict']}"]
    for name, quotes in fact["mentions"].items():
        lines.append(f"      gold {name[:10]}: {' | '.join(quotes)}")
    for sys_fact in facts:
        texts = "; ".join(f"{c['article']}:{c['text']!r}" for c in sys_fact["claims"][:6])
        lines.append(f"      sys #{sys_fact['id']} {sys_fact['verdict']} {sys_fact['key']}: {texts}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    show, limit = None, 20
    if "--show" in argv:
        at = argv.index("--show")
        show = argv[at + 1]
        argv = argv[:at] + argv[at + 2 :]
    if "--limit" in argv:
        at = argv.index("--limit")
        limit = int(argv[at + 1])
        argv = argv[:at] + argv[at + 2 :]
    if len(argv) != 2:
        print(__doc__)
        return 2
    gold = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    export = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    scorer = load_scorer()
    report = scorer.score(gold, export)
    found = holders(gold, export, scorer)
    shared = whole_holder_shared(gold, found)
    causes = {f["id"]: cause_of(report["per_fact"][f["id"]], f["id"], shared) for f in gold["facts"]}
    counts = Counter(c for c in causes.values() if c)
    print(f"{len(gold['facts'])} facts, {sum(counts.values())} missed")
    for cause, n in counts.most_common():
        print(f"  {n:4}  {cause}")
    if show:
        shown = [f for f in gold["facts"] if causes[f["id"]] and causes[f["id"]].startswith(show)]
        for fact in shown[:limit]:
            print(describe(fact, found.get(fact["id"], [])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
