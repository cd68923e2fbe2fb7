"""Learn the pair scorer's weights (pairjoin.py) from the tuning parts of the evaluation corpus and write them to
verification/engine/join_weights.json: a developer's tool over the evaluation corpus, apart from the engine, which
only reads the file.

    python -m eval.train_joins [--exports DIR] [--false-cost C] [--threshold P] [--write] PART ...   (from the root)

A PART is a folder holding gold.json (eval/corpus/a-tune); its articles and stories are read from the export
`make eval` left of it (DIR/<part>.json, by default var/eval), never a held-out part. Every story is cross-checked
again with a pair scorer that joins nothing and records each pair of facts the rules leave apart that it would
judge; a pair is one fact (1) where the two facts' claims pin mentions of one gold fact, found and pinned by the
evaluation's own scorer (../shared/eval/score.py through eval/report.load_scorer), and, where their values disagree,
the gold calls that fact conflicting (else the join makes a false conflict); else it is two (0). A pair of which
the gold annotates neither fact is two where their values disagree (joined, a false conflict) and left out where
they agree (joined or not, nothing the gold says is at stake). The model is an L2-regularised logistic regression
(learning.logistic). For each part, a model learned on the other parts is applied at every threshold (leave one
part out): the pairs it joins one-to-one, right and wrong, and the wrong ones whose values disagree (each a false
conflict). The threshold written is the one with the best sum over the parts of right joins less wrong ones, a
wrong join of disagreeing values costing ``--false-cost``, with the thresholds on either side (unless --threshold).
Beside it, the weights in place on the same pairs, part by part, and their summed gain: what a new feature or more
parts must beat (each weight read by its feature's name, a feature they lack weighing 0; on the parts they learned
from, they were fitted to those pairs).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from eval.report import SCORER, load_scorer
from learning.logistic import fit as logistic_fit
from verification.engine.claims import Document
from verification.engine.crosscheck import cross_check
from verification.engine.extract import extract_claims
from verification.engine.pairjoin import FEATURES, WEIGHTS_FILE, JoinModel

L2 = 1.0
FALSE_COST = 5.0  # a false conflict costs this many right joins
THRESHOLDS = tuple(t / 100 for t in range(30, 100, 5))
HELD_OUT_SUFFIX = "-heldout"  # eval/corpus/<x>-heldout: scored, never learned from
DISAGREE = FEATURES.index("disagree")
# how a pair is labelled, recorded with the weights (d94d017 changed it: before, a pair of disagreeing values was one
# fact wherever both facts held mentions of one gold fact)
LABELS = "one fact where both facts pin mentions of one gold fact, disagreeing values only where it is conflicting"

# (story, features, spans of one fact, spans of the other, label)
Pair = tuple[str, list[float], frozenset, frozenset, int]


class PairRecorder(JoinModel):
    """The alignment's rules alone (JoinModel.rules_only), keeping every pair of facts the pair scorer is shown: its
    features and the spans (document, start, end) of each fact's claims, what training learns from."""

    def __init__(self) -> None:
        super().__init__(**vars(JoinModel.rules_only()))
        self.seen: list[tuple[list[float], list[tuple[str, int, int]], list[tuple[str, int, int]]]] = []

    def joins(self, features: list[float], fact, other) -> bool:
        spans = [[(doc, c.start, c.end) for doc, c in f.members] for f in (fact, other)]
        self.seen.append((features, *spans))
        return super().joins(features, fact, other)


def part_pairs(gold: dict, export: dict, scorer) -> list[Pair]:
    """The pairs a part's stories give the pair scorer to judge, labelled from its gold by the evaluation's scorer
    (its occurrences of a mention and its rule for a claim pinning one)."""
    articles = {a["id"]: a for a in export["articles"]}
    by_origin = {a["origin"].rsplit("/", 1)[-1]: a for a in export["articles"]}
    mentions: dict[str, list[tuple[str, int, int]]] = {}
    for fact in gold["facts"]:
        for name, quotes in fact["mentions"].items():
            art = by_origin.get(name)
            if art is not None:
                spans = [sp for q in quotes for sp in scorer.occurrences(art["text"], q)]
                mentions.setdefault(str(art["id"]), []).extend((fact["id"], *sp) for sp in spans)

    conflicting = {fact["id"] for fact in gold["facts"] if fact.get("verdict") == "conflicting"}

    def gold_facts(spans: frozenset) -> set[str]:
        claims = [(doc, {"start": s, "end": e}) for doc, s, e in spans]
        return {fid for doc, c in claims for fid, a, b in mentions.get(doc, ()) if scorer.pins(c, (a, b))}

    out = []
    for story in export["stories"]:
        docs = [_document(articles[i]) for i in story["articles"] if i in articles]
        recorder = PairRecorder()
        cross_check(docs, {d.key: extract_claims(d) for d in docs}, joins=recorder)
        for x, f, g in recorder.seen:
            f, g = frozenset(f), frozenset(g)
            held_f, held_g = gold_facts(f), gold_facts(g)
            if held_f or held_g or x[DISAGREE]:
                out.append((str(story["id"]), x, f, g, int(_one_fact(held_f & held_g, x, conflicting))))
    return out


def _one_fact(shared: set[str], x: list[float], conflicting: set[str]) -> bool:
    """Whether joining a pair is right: both facts hold mentions of one gold fact, and where their values disagree
    the gold finds that fact's sources in conflict (a join of disagreeing values the gold calls one figure told
    alike, "29 %" and "un tercio", makes a false conflict)."""
    return bool(shared) and (not x[DISAGREE] or bool(shared & conflicting))


def _document(article: dict) -> Document:
    published = article.get("published")
    return Document(
        key=str(article["id"]),
        text=article["text"],
        language=article.get("language") or "",
        published=date.fromisoformat(published[:10]) if published else None,
        publisher=article.get("publisher") or "",
    )


def joined(pairs: list[Pair], model: JoinModel) -> list[Pair]:
    """The pairs a model joins: probability at its threshold or above, neither fact with another such partner."""
    likely = [p for p in pairs if model.probability(p[1]) >= model.threshold]
    partners = Counter(fact for p in likely for fact in ((p[0], p[2]), (p[0], p[3])))
    return [p for p in likely if partners[(p[0], p[2])] == 1 == partners[(p[0], p[3])]]


def tally(pairs: list[Pair], model: JoinModel) -> tuple[int, int, int]:
    """(right joins, wrong joins, wrong joins of disagreeing values)."""
    made = joined(pairs, model)
    wrong = [p for p in made if not p[4]]
    return len(made) - len(wrong), len(wrong), sum(p[1][DISAGREE] > 0 for p in wrong)


def leave_one_out(examples: dict[str, list[Pair]], false_cost: float) -> tuple[list[str], float, dict[float, float]]:
    """Report lines, part by part and threshold by threshold, of models learned on the other parts; the threshold
    of the best summed gain; and the summed gain at each threshold."""
    lines, gains = [], dict.fromkeys(THRESHOLDS, 0.0)
    for name, pairs in examples.items():
        weights, bias = logistic_fit(
            [(x, y) for other, ps in examples.items() if other != name for _s, x, _f, _g, y in ps], l2=L2
        )
        cells = []
        for t in THRESHOLDS:
            model = JoinModel(tuple(weights), bias, t)
            gains[t] += gain(pairs, model, false_cost)
            cells.append(f"{t:.2f}:{'/'.join(map(str, tally(pairs, model)))}")
        lines.append(f"{name}: {sum(p[4] for p in pairs)} of {len(pairs)} pairs one fact; joins right/wrong/false at")
        lines.append("  " + " ".join(cells))
    # a threshold whose neighbours gain as well: a lone peak between poor ones is a few pairs' luck
    steady = {t: sum(gains[u] for u in THRESHOLDS[max(0, i - 1) : i + 2]) for i, t in enumerate(THRESHOLDS)}
    best = max(THRESHOLDS, key=lambda t: (steady[t], gains[t], t))
    lines.append("summed gain " + " ".join(f"{t:.2f}:{g:+.0f}" for t, g in gains.items()))
    return lines, best, gains


def gain(pairs: list[Pair], model: JoinModel, false_cost: float) -> float:
    """Right joins less wrong ones, a wrong join of disagreeing values costing ``false_cost``."""
    right, wrong, false = tally(pairs, model)
    return right - wrong - false_cost * false


def in_place_model() -> tuple[JoinModel, list[str]] | None:
    """The weights in place (WEIGHTS_FILE) as a model of this engine's features, each weight taken by its feature's
    name, and the features it has no weight for (they weigh 0: the pairs are the ones it judges, a new feature
    unread); None where there is no file, or it weighs a feature this engine no longer computes (its decisions on
    these pairs cannot be known)."""
    if not WEIGHTS_FILE.exists():
        return None
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    weighed = dict(zip(data.get("features", ()), data.get("weights", ())))
    if not weighed or set(weighed) - set(FEATURES):
        return None
    weights = tuple(float(weighed.get(name, 0.0)) for name in FEATURES)
    return JoinModel(weights, float(data["bias"]), float(data["threshold"])), [n for n in FEATURES if n not in weighed]


def against_in_place(examples: dict[str, list[Pair]], false_cost: float, learned: dict[float, float]) -> str:
    """How the weights in place do on the same pairs, part by part (right/wrong/false joins at their threshold), and
    their summed gain beside that of the models learned leaving each part out at that threshold: what a new
    feature or more parts must beat (on the parts the weights in place learned from, they were fitted to them)."""
    found = in_place_model()
    if found is None:
        return f"{WEIGHTS_FILE.name}: none in place, or it weighs features this engine no longer computes"
    model, unweighed = found
    cells = " ".join(f"{name}:{'/'.join(map(str, tally(ps, model)))}" for name, ps in examples.items())
    summed = sum(gain(ps, model, false_cost) for ps in examples.values())
    line = f"{WEIGHTS_FILE.name} in place, at its threshold {model.threshold:.2f}: {cells}; summed gain {summed:+.0f}"
    if model.threshold in learned:
        line += f" (learned leaving each part out: {learned[model.threshold]:+.0f})"
    if unweighed:
        line += f"; it has no weight for {', '.join(unweighed)} (read as 0)"
    return line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("parts", nargs="+", metavar="PART", help="a folder holding gold.json (a tuning part)")
    parser.add_argument("--exports", default="var/eval", help="the folder of make eval's exports, <part>.json")
    parser.add_argument("--false-cost", type=float, default=FALSE_COST, help="right joins a false conflict costs")
    parser.add_argument("--threshold", type=float, help="the probability a pair must reach (else the best one)")
    parser.add_argument("--write", action="store_true", help="write the weights (else only report)")
    args = parser.parse_args(argv)
    names = [Path(p).resolve().name for p in args.parts]
    held_out = [n for n in names if n.endswith(HELD_OUT_SUFFIX)]
    if held_out:
        # a held-out part scores the engine on stories it never learned from: training on it spoils that
        parser.error(f"{', '.join(held_out)} is held out for evaluation: train on the tuning parts only")
    if args.threshold is not None and not 0 < args.threshold < 1:
        parser.error(f"the threshold is a probability between 0 and 1, not {args.threshold:g}")
    sources = [(n, Path(p) / "gold.json", Path(args.exports) / f"{n}.json") for n, p in zip(names, args.parts)]
    missing = [str(path) for _n, *paths in sources for path in paths if not path.is_file()]
    if missing:
        parser.error(f"missing: {', '.join(missing)}")
    if not SCORER.is_file():
        parser.error(f"no scorer at {SCORER}: the shared one (../shared/eval/score.py) or $CORROBORATE_SCORER")
    scorer = load_scorer()
    inputs = {
        n: (json.loads(g.read_text(encoding="utf-8")), json.loads(e.read_text(encoding="utf-8"))) for n, g, e in sources
    }
    examples = {n: part_pairs(gold, export, scorer) for n, (gold, export) in inputs.items()}
    fingerprints = {n: _digest(gold, export) for n, (gold, export) in inputs.items()}
    lines, best, gains = leave_one_out(examples, args.false_cost) if len(examples) > 1 else ([], 0.9, {})
    threshold = args.threshold or best
    print("\n".join(lines))
    print(against_in_place(examples, args.false_cost, gains))
    weights, bias = logistic_fit([(x, y) for ps in examples.values() for _s, x, _f, _g, y in ps], l2=L2)
    for feature, w in zip(FEATURES, weights):
        print(f"  {feature:20} {w:+.3f}")
    print(f"  {'bias':20} {bias:+.3f}\nthreshold {threshold:.2f}")
    print(_against_weights_in_place(fingerprints))
    if args.write:
        data = {
            "trained_on": names,
            "threshold": threshold,
            "features": list(FEATURES),
            "weights": [round(w, 4) for w in weights],
            "bias": round(bias, 4),
            "trained_with": {
                "labels": LABELS,
                "false_cost": args.false_cost,
                "threshold": "given" if args.threshold is not None else "the best of leave one part out",
                "parts": {
                    n: {"inputs": fingerprints[n], "pairs": len(ps), "one_fact": sum(p[4] for p in ps)}
                    for n, ps in examples.items()
                },
            },
        }
        WEIGHTS_FILE.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE.name}")
    return 0


def _digest(gold: dict, export: dict) -> str:
    """A fingerprint of what training reads of a part: its gold, and its export's articles and stories (the facts
    make eval found are not read: every story is cross-checked again). Equal fingerprints, engine and labels give
    equal weights."""
    read = {
        "gold": gold,
        "articles": [
            [a["id"], a["origin"], a["text"], a.get("language"), a.get("published"), a.get("publisher")]
            for a in export["articles"]
        ],
        "stories": [[s["id"], s["articles"]] for s in export["stories"]],
    }
    return "sha256:" + hashlib.sha256(json.dumps(read, sort_keys=True).encode()).hexdigest()[:16]


def _against_weights_in_place(fingerprints: dict[str, str]) -> str:
    """Whether the weights file in place was learned from these parts' inputs under these labels (what it records)."""
    recorded = {}
    if WEIGHTS_FILE.exists():
        recorded = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8")).get("trained_with", {})
    parts = recorded.get("parts")
    if not isinstance(parts, dict):
        return f"{WEIGHTS_FILE.name} records no inputs of its own: --write replaces it with this model"
    if recorded.get("labels") == LABELS and {n: p.get("inputs") for n, p in parts.items()} == fingerprints:
        return f"{WEIGHTS_FILE.name} was learned from these inputs and labels: with its engine, --write writes it again"
    return f"{WEIGHTS_FILE.name} was learned from other inputs or labels: --write replaces it with this model"


if __name__ == "__main__":
    sys.exit(main())
