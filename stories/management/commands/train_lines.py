"""Learn the line model's weights (stories/cleaning/lines.py) from annotated pages and write them to
stories/cleaning/line_weights.json: a developer's tool, apart from the cleaner, which only reads the file.

    python manage.py train_lines [--threshold P] [--long-threshold P] [--write] PART ...  (or: make train-lines)

A PART is a folder holding articles/ and gold.json, or ARTICLES_DIR:GOLD_FILE (the seeds): the tuning parts of the
evaluation corpus, the page dumps of eval/pages-tune and the seeds, never a held-out part. A line of the rules' output
holding one of an article's body_includes is article, one holding a body_excludes is furniture, any other line the
model judges takes the rules' decision. The short lines and the long ones (Para.long_line) are learned apart, each
with weights and a threshold of its own. Each model is an L2-regularised logistic regression fitted by Newton's
method (learning.logistic, the fit the pair scorer's trainer uses too). Without --write it only reports what a model
learned without a part's pages would remove of them at the threshold (furniture lines removed, article lines
lost), part by part and in all, and the same totals at other thresholds: the figures to choose the thresholds by.
A part whose folder lists its pages' events (sources.tsv: file, url, event) is left out event by event, as pages
of an event the model has never seen: an outlet's furniture recurs across its pages of one event.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from learning.logistic import fit as logistic_fit
from learning.logistic import predict
from stories.cleaning import lines
from stories.cleaning.decoding import decode_text
from stories.cleaning.document import rules_page
from stories.cleaning.lines import FEATURES, KEPT, line_rows

L2 = 1.0
# Where a short line goes: the threshold with the fewest mistakes, a furniture line kept and an article line
# lost counted alike, in the report of models each learned without the line's event (make train-lines prints it)
DEFAULT_THRESHOLD = 0.5
# a long line holds more of an article than a short one: it goes only where the model is all but sure
DEFAULT_LONG_THRESHOLD = 0.9
HELD_OUT_SUFFIX = "-heldout"  # eval/corpus/<x>-heldout: scored, never learned from


def _ws(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def _label(text: str, includes: list[str], excludes: list[str]) -> int | None:
    if any(s in text or (len(text) > 20 and text in s) for s in excludes):
        return 1
    if any(s in text or (len(text) > 20 and text in s) for s in includes):
        return 0
    return None


Example = tuple[list[float], int, bool, bool]
# a part's examples by fold (the pages of one event, or the whole part), the short lines' (False) apart from the
# long lines' (True)
Folds = dict[str, dict[bool, list[Example]]]

# the thresholds the left-out report also tries
SWEEP = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)


def part_examples(articles: Path, gold_file: Path, events: dict[str, str] | None = None) -> Folds:
    """(features, 1 for furniture / 0 for article, kept by the rules, annotated) of the lines the model judges, by
    the event of their page (events: file name to event; one fold, '', without them)."""
    gold = json.loads(gold_file.read_text(encoding="utf-8"))["articles"]
    folds: Folds = {}
    for name, g in sorted(gold.items()):
        path = articles / name
        if not path.exists():
            continue
        page = rules_page(decode_text(path.read_bytes()), filename=name)
        includes = [_ws(s) for s in g.get("body_includes", [])]
        excludes = [_ws(s) for s in g.get("body_excludes", [])]
        rows = folds.setdefault((events or {}).get(name, ""), {False: [], True: []})
        for p, row in zip(page.paras, line_rows(page)):
            if row is None:
                continue
            label = _label(_ws(p.text), includes, excludes)
            kept = p.role in KEPT
            # a line no annotation names takes the rules' decision, right on nearly every line of these pages:
            # the annotations name few short lines, and a model told only of the furniture among them would
            # take every subheading for furniture
            example = (row, (0 if kept else 1) if label is None else label, kept, label is not None)
            rows[p.long_line].append(example)
    return folds


def page_events(gold_file: Path) -> dict[str, str]:
    """Each page's event from the sources.tsv beside the gold file (columns file, url, event); {} without one."""
    sources = gold_file.with_name("sources.tsv")
    if not sources.is_file():
        return {}
    rows = [line.split("\t") for line in sources.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not rows or rows[0][:1] != ["file"] or "event" not in rows[0]:
        return {}
    at = rows[0].index("event")
    return {row[0]: row[at].strip() for row in rows[1:] if len(row) > at and row[at].strip()}


def fit(rows: list[Example]) -> tuple[list[float], float]:
    """Weights and bias of a line model learned from the examples (learning.logistic.fit)."""
    return logistic_fit([(x, y) for x, y, _kept, _annotated in rows], l2=L2)


def _part(arg: str) -> tuple[str, Path, Path] | None:
    """(name, articles folder, gold file) of a PART argument; None when they do not exist."""
    articles, _, gold = arg.partition(":")
    folder = Path(articles)
    if not gold:
        folder, gold = folder / "articles", str(folder / "gold.json")
    if not folder.is_dir() or not Path(gold).is_file():
        return None
    return (folder.parent.name if folder.name == "articles" else folder.name), folder, Path(gold)


class Command(BaseCommand):
    help = __doc__.split("\n\n")[0].replace("\n", " ")

    def add_arguments(self, parser):
        parser.add_argument(
            "parts", nargs="+", metavar="PART", help="a folder of articles/ and gold.json, or ARTICLES_DIR:GOLD_FILE"
        )
        parser.add_argument(
            "--threshold", type=float, default=DEFAULT_THRESHOLD, help="the probability above which a line goes"
        )
        parser.add_argument(
            "--long-threshold",
            type=float,
            default=DEFAULT_LONG_THRESHOLD,
            help="the probability above which a long line goes",
        )
        parser.add_argument("--write", action="store_true", help="write the weights (else only report)")

    def handle(self, *args, parts: list[str], threshold: float, long_threshold: float, write: bool, **options):
        for cut in (threshold, long_threshold):
            if not 0 < cut < 1:
                raise CommandError(f"the threshold is a probability between 0 and 1, not {cut:g}")
        sources = [_part(a) for a in parts]
        missing = [a for a, source in zip(parts, sources) if source is None]
        if missing:
            raise CommandError(f"no articles and gold file at {', '.join(missing)}")
        held_out = [name for name, _articles, _gold in sources if name.endswith(HELD_OUT_SUFFIX)]
        if held_out:
            # a held-out part scores the cleaner on pages it never learned from: training on it spoils that
            raise CommandError(f"{', '.join(held_out)} is held out for evaluation: train on the tuning parts only")
        examples = {name: part_examples(articles, gold, page_events(gold)) for name, articles, gold in sources}
        fitted = {}
        for long, cut in ((False, threshold), (True, long_threshold)):
            self.stdout.write("long lines:" if long else "short lines:")
            of_length = {name: {fold: rows[long] for fold, rows in folds.items()} for name, folds in examples.items()}
            rows = [r for folds in of_length.values() for rs in folds.values() for r in rs]
            if not rows:
                self.stdout.write("  no line of this length to learn from: the rules decide them alone")
                continue
            scored = {name: _left_out(name, of_length) for name in of_length}
            for name, part_scored in scored.items():
                self.stdout.write(_report(name, part_scored, cut, len(of_length[name])))
            every = [s for part_scored in scored.values() if part_scored is not None for s in part_scored]
            self.stdout.write(_report("all parts", every, cut))
            for other in SWEEP:
                self.stdout.write("  at " + _report(f"{other:g}", every, other))
            weights, bias = fit(rows)
            for feature, w in zip(FEATURES, weights):
                self.stdout.write(f"  {feature:24} {w:+.3f}")
            self.stdout.write(f"  {'bias':24} {bias:+.3f}")
            fitted[long] = {"weights": [round(w, 4) for w in weights], "bias": round(bias, 4), "threshold": cut}
        if write:
            data = {
                "trained_on": list(examples),
                "threshold": threshold,
                "features": list(FEATURES),
                "weights": fitted[False]["weights"],
                "bias": fitted[False]["bias"],
            }
            if True in fitted:
                data["long"] = fitted[True]
            lines.WEIGHTS_FILE.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
            self.stdout.write(f"wrote {lines.WEIGHTS_FILE.name}")


Scored = list[tuple[float, int, bool]]


def _left_out(name: str, of_length: dict[str, dict[str, list[Example]]]) -> Scored | None:
    """(probability, label, annotated) of each line of the part the rules keep, scored by a model learned without
    the line's fold (its event's pages, or the whole part); None when nothing else is left to learn from."""
    scored: Scored = []
    for fold, rows in of_length[name].items():
        others = [
            r for other, folds in of_length.items() for f, rs in folds.items() if (other, f) != (name, fold) for r in rs
        ]
        if not others:
            return None
        weights, bias = fit(others)
        scored += [(predict(weights, bias, x), y, a) for x, y, kept, a in rows if kept]
    return scored


def _report(name: str, scored: Scored | None, threshold: float, folds: int = 1) -> str:
    """What a model learned without them removes of the lines the rules keep, at the threshold."""
    if scored is None:
        return f"{name}: the other parts have no line of this length to learn from"
    gone = [(y, a) for p, y, a in scored if p >= threshold]
    by = f" (left out event by event, {folds} events)" if folds > 1 else ""
    return (
        f"{name}{by}: of the lines the rules keep, annotated furniture removed {sum(y for y, _a in gone)}/"
        f"{sum(y for _p, y, _a in scored)}, annotated article lines lost {sum(a and not y for y, a in gone)}/"
        f"{sum(a and not y for _p, y, a in scored)}, other lines removed {sum(not a for _y, a in gone)}/"
        f"{sum(not a for _p, _y, a in scored)}"
    )
