"""A second opinion on the short lines the rules keep: a small logistic model scores each one's chance of being
page furniture (another page's headline, a caption, a label) from its shape and its place on the page, never from
the words of any article.

The rules (cues, spans, repetition) decide first; they were found on the pages at hand and keep a good share of
the furniture of pages they have not seen. The model judges the short kept lines that carry none of the article's
facts (no sentence, no figure, no list: see candidate), and the long ones that run on without a sentence's end (a
caption as long as a paragraph, a widget's text): those with weights of their own, learned from long lines alone,
and a threshold higher than the short lines' (a long line holds more of an article: it goes only where the model is
all but sure). It was learned from the tuning corpus's annotations (lines an article must keep and lines it must
lose) and, for the lines no annotation names, the rules' decision (`make train-lines`); its weights are a data file
(line_weights.json) beside this module. A kept line whose score reaches the file's threshold is removed, with a
reason an editor reads; the editor can restore it.

Features (one number each, named in FEATURES): the line's length, sentence ending and sentence breaks, its share
of stop words of the page's language (jusText's measure) against the article's, its share of capitalised words
and of symbols, addresses, handles and credit marks, its place on the page and its distance from the article's
dense block of prose, its neighbours' shape, whether its shape repeats on the page, how many of its words the
article's lines use, the next ones above all (a heading announces them), and the marks of a section's heading: it
stands between two of the article's paragraphs in the article's words, asks a question, or is one of several such
lines (an article divided into sections keeps its headings; another page's headline shares none of its words).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from statistics import median

from learning.logistic import predict

from . import lexicon as lx
from .captions import MAX_CAPTION_LINES, caption_copy_with_credit
from .features import Para, capitals_sentence, cut_mid_sentence, sentence_case
from .page import Page
from .tables import data_line
from .text import BULLET_RE, SENTENCE_BREAK_RE

WEIGHTS_FILE = Path(__file__).with_name("line_weights.json")

KEPT = ("body", "dek")

LINE_MODEL_REASON = "looks like page furniture"
ORPHAN_LABEL_REASON = "label of removed lines"

# the marks of a credit, an address or a handle: "Photo: X/Y", "@name", "www.", "©"
_MARK_RE = re.compile(r"https?://|www\.|@\w|©|\(c\)|\w/\w|\|")
_SYMBOL_RE = re.compile(r"[^\w\s.,;:!?'\"’“”«»()\-–—]")

# a sentence this long in the page's language tells something, whatever its place
SENTENCE_WORDS = 4

# a short line half of whose words the next paragraphs use is their heading
HEADING_WORDS = 0.5


@dataclass(frozen=True)
class LineModel:
    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    # the weights for long lines, learned apart (their furniture, captions and widgets, is not a short line's);
    # None: the file has none, and the rules decide long lines alone
    long: LineModel | None = None

    def probability(self, row: list[float]) -> float:
        return predict(self.weights, self.bias, row)

    def judge(self, p: Para) -> LineModel | None:
        """The weights that judge the line: the long lines' for a long one (None where the file has none)."""
        return self.long if p.long_line else self


@cache
def line_model() -> LineModel | None:
    """The learned weights, or None when the data file is missing (the rules then decide alone)."""
    if not WEIGHTS_FILE.exists():
        return None
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{WEIGHTS_FILE.name} was trained on other features: run make train-lines")
    return _weights(data, long=_weights(data["long"]) if "long" in data else None)


def _weights(data: dict, long: LineModel | None = None) -> LineModel:
    return LineModel(
        features=FEATURES,
        weights=tuple(float(w) for w in data["weights"]),
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
        long=long,
    )


FEATURES = (
    "log_words",
    "short",
    "sentence_end",
    "sentence_breaks",
    "stop_share",
    "stop_share_vs_article",
    "other_language",
    "capitalised_share",
    "symbol_share",
    "marks",
    "bullet",
    "position",
    "before_article",
    "after_article",
    "distance_from_article",
    "previous_prose",
    "next_prose",
    "previous_kept",
    "next_kept",
    "shape_repeats",
    "article_words",
    "next_words",
    "short_neighbours",
    "heading_between_prose",
    "question",
    "sibling_headings",
)


@dataclass
class _PageContext:
    page: Page
    paras: list[Para]
    kept: list[bool]
    main: str
    stop_share: float
    first: int
    last: int
    doc_freq: dict[str, int]
    shapes: dict[tuple, int]
    headings: int


def _prose(p: Para) -> bool:
    """A line of long prose: the article's dense block is the run between its first and last such line."""
    return p.long_line and p.terminal


def _between_prose(paras: list[Para], kept: list[bool], i: int) -> bool:
    """A short kept line between two lines of long prose: where a section's heading stands."""
    return (
        kept[i] and not paras[i].long_line and 0 < i < len(paras) - 1 and _prose(paras[i - 1]) and _prose(paras[i + 1])
    )


def _shape_key(p: Para) -> tuple:
    """A line's shape without its words: its length in steps, how it starts and ends."""
    text = p.text
    return (
        min(p.n_words, 30) // 4,
        text[:1].isupper(),
        text[:1].isdigit(),
        p.terminal,
        text[-1:] if not text[-1:].isalnum() else "a",
    )


def _context(page: Page) -> _PageContext:
    paras = page.paras
    kept = [p.role in KEPT for p in paras]
    body = [p for p, k in zip(paras, kept) if k]
    main = page.main
    shares = [_share(main, p) for p in body if _prose(p)]
    dense = [p.i for p in body if _prose(p)] or [p.i for p in body]
    doc_freq: dict[str, int] = {}
    for p in body:
        for w in p.content:
            doc_freq[w] = doc_freq.get(w, 0) + 1
    shapes: dict[tuple, int] = {}
    for p in paras:
        key = _shape_key(p)
        shapes[key] = shapes.get(key, 0) + 1
    headings = sum(1 for k in range(len(paras)) if _between_prose(paras, kept, k))
    return _PageContext(
        page=page,
        paras=paras,
        kept=kept,
        main=main,
        stop_share=median(shares) if shares else 0.0,
        first=dense[0] if dense else len(paras),
        last=dense[-1] if dense else -1,
        doc_freq=doc_freq,
        shapes=shapes,
        headings=headings,
    )


def _share(main: str, p: Para) -> float:
    """The line's share of stop words of the page's language (of any language when the page's is unknown)."""
    if not main:
        return p.stop_ratio
    return p.lang_scores.get(main, 0.0) / max(1, len(p.lower))


def _row(ctx: _PageContext, p: Para) -> list[float]:
    text, n, paras = p.text, len(ctx.paras), ctx.paras
    head = text[:480]
    words = lx.WORD_RE.findall(head)
    rest = words[1:]
    capitalised = sum(1 for w in rest if w[:1].isupper()) / len(rest) if rest else 0.0
    before, after = (paras[p.i - 1] if p.i > 0 else None), (paras[p.i + 1] if p.i + 1 < n else None)
    distance = ctx.first - p.i if p.i < ctx.first else p.i - ctx.last if p.i > ctx.last else 0
    stop = _share(ctx.main, p)
    own = 1 if ctx.kept[p.i] else 0
    between = _between_prose(paras, ctx.kept, p.i)
    article_words = (
        sum(1 for w in p.content if ctx.doc_freq.get(w, 0) - own >= 1) / len(p.content) if p.content else 0.0
    )
    return [
        math.log1p(p.n_words),
        float(p.n_words < 8),
        float(p.terminal),
        min(3, len(SENTENCE_BREAK_RE.findall(head))) / 3,
        stop,
        stop - ctx.stop_share,
        float(bool(ctx.main) and bool(p.lang) and p.lang != ctx.main),
        capitalised,
        len(_SYMBOL_RE.findall(head)) / max(1, len(head)),
        float(bool(_MARK_RE.search(head))),
        float(bool(BULLET_RE.match(text))),
        p.i / max(1, n - 1),
        float(p.i < ctx.first),
        float(p.i > ctx.last),
        math.log1p(distance),
        float(before is not None and _prose(before)),
        float(after is not None and _prose(after)),
        float(p.i > 0 and ctx.kept[p.i - 1]),
        float(p.i + 1 < n and ctx.kept[p.i + 1]),
        float(ctx.shapes[_shape_key(p)] >= 3 and not _prose(p)),
        article_words,
        _announces(ctx.page, p),
        float(before is not None and not before.long_line) + float(after is not None and not after.long_line),
        # a section's heading: between two of the article's paragraphs, in the article's words
        float(between) * article_words,
        float(text.rstrip().endswith("?")),
        # the article's other short lines between its paragraphs: an article divided into sections
        math.log1p(ctx.headings - between),
    ]


def _announces(page: Page, p: Para) -> float:
    """The share of the line's words the next two kept paragraphs use: a section's heading announces them."""
    if not p.content:
        return 0.0
    following = [q for q in page.paras[p.i + 1 : p.i + 6] if q.role in KEPT][:2]
    words = set().union(*(q.content for q in following)) if following else set()
    return len(p.content & words) / len(p.content)


def candidate(page: Page, p: Para) -> bool:
    """A line the model may judge (see why_not_judged)."""
    return not why_not_judged(page, p)


def why_not_judged(page: Page, p: Para) -> str:
    """Why the model does not judge a line ('' when it does), in a word. The article's facts are told in
    sentences, figures and lists, so never a long line ending a sentence (see _why_not_judged_long), a sentence of
    the page's language however short ("Voter turnout reached 71.6%.", or one cut off at the dump's end), a line
    with a figure (a score, a share, a toll: the rules' tables and stamps decide those), a heading whose words the
    next paragraphs use, a list's introduction ("Teams with most titles:", a heading above bullets) or item, nor the
    dump's last line stopping inside a word ("... nach Vermissten i", "Kellanova's boar"): the article's last
    paragraph, cut."""
    if p.long_line:
        return _why_not_judged_long(page, p)
    if any(ch.isdigit() for ch in p.text):
        return "figure"
    if table_or_list := _of_a_table_or_list(page, p):
        return table_or_list
    if p.i == page.n - 1 and p.text[-1:].islower():
        return "cut"
    if _announces(page, p) >= HEADING_WORDS:
        return "heading"
    full_stop = p.text.endswith((".", "!", "?"))
    if full_stop and (p.n_words >= SENTENCE_WORDS and sentence_case(p) or capitals_sentence(p)):
        return "sentence"
    sentence = p.n_words >= SENTENCE_WORDS and _share(page.main, p) >= page.min_ratio
    return "sentence" if sentence and (p.terminal or cut_mid_sentence(p, page.main, page.min_ratio)) else ""


def _why_not_judged_long(page: Page, p: Para) -> str:
    """Why the model does not judge a long line: a paragraph of prose ends its sentence; a table's row, a list's
    introduction and the dump's last line (cut off) are the article's. What is left runs on without a sentence's
    end: a caption as long as a paragraph, a widget's text, a teaser."""
    if p.terminal:
        return "long"
    if table_or_list := _of_a_table_or_list(page, p):
        return table_or_list
    if p.i == page.n - 1:
        return "cut"
    return ""


def _of_a_table_or_list(page: Page, p: Para) -> str:
    """Whether a line is a table's row ("data") or a list's introduction or item ("list"), the article's whatever
    its length; '' for neither."""
    if data_line(page, p):
        return "data"
    if p.text.endswith((":", "：")) or _in_a_list(page, p):
        return "list"
    return ""


def _in_a_list(page: Page, p: Para) -> bool:
    """A line right above the items of a list the article keeps ("Why it matters" / "• The harbour ..."), or an
    item of it ("• Transport: new buses." after "The consequences:" or another item)."""
    after = page.paras[p.i + 1] if p.i + 1 < page.n else None
    if after is not None and after.role in KEPT and BULLET_RE.match(after.text):
        return True
    before = page.paras[p.i - 1] if p.i > 0 else None
    return (
        bool(BULLET_RE.match(p.text))
        and before is not None
        and before.role in KEPT
        and (bool(BULLET_RE.match(before.text)) or before.text.endswith((":", "：")))
    )


def line_rows(page: Page) -> list[list[float] | None]:
    """Each paragraph's features, in FEATURES order, read with the roles the stages gave as the page's context;
    None for a line the model does not judge (every line of a page it does not judge: see judges_page)."""
    if not judges_page(page):
        return [None] * page.n
    ctx = _context(page)
    return [_row(ctx, p) if candidate(page, p) else None for p in page.paras]


def judges_page(page: Page) -> bool:
    """Whether the model judges the page's lines: without a paragraph of prose there is no article to tell its
    lines from the page's (the one long line the rules keep is the article)."""
    return any(p.role in KEPT and _prose(p) for p in page.paras)


def drop_unlikely_lines(page: Page) -> None:
    """Remove the kept lines the model scores as page furniture."""
    model = line_model()
    if model is None or not judges_page(page):
        return
    ctx = _context(page)
    furniture = [
        p for p in page.paras if p.role in KEPT and candidate(page, p) and _furniture(model.judge(p), _row(ctx, p))
    ]
    for p in furniture:
        p.role, p.reason = "removed", LINE_MODEL_REASON


def _furniture(weights: LineModel | None, row: list[float]) -> bool:
    return weights is not None and weights.probability(row) >= weights.threshold


def drop_labels_of_removed_lines(page: Page) -> None:
    """Remove a label whose lines are gone: a short line ending with a colon ("Read more:", "Mehr zum Thema:") that
    the next two paragraphs do not follow as kept lines (its list was another page's headlines, a widget's), or
    that ends the page."""
    paras = page.paras
    for p in paras:
        if p.role not in KEPT or p.n_words > 10 or not p.text.rstrip().endswith((":", "：")):
            continue
        following = paras[p.i + 1 : p.i + 3]
        if not any(q.role in KEPT or q.role == "title" for q in following):
            p.role, p.reason = "removed", ORPHAN_LABEL_REASON


def drop_captions_printed_twice(page: Page) -> None:
    """A picture's caption printed twice, the second time with its credit after it (captions.caption_copy_with_credit):
    both copies go as the caption. A last stage: the copies were prose to the stages that measured the article's
    topic and span, as they were before one of them was known for a caption."""
    for p in page.paras:
        if p.role == "title":
            continue
        for q in page.paras[p.i + 1 : p.i + MAX_CAPTION_LINES]:
            if caption_copy_with_credit(p.text, q.text):
                for copy in (p, q):
                    if copy.role in KEPT:
                        copy.role, copy.reason = "removed", "photo caption"
                    if copy.i == page.dek_idx:
                        page.dek_idx = -1
                break
