"""Stages marking a page's furniture: cues, generated Q&A, language switches, repetition, sections, newsletter boxes."""

from __future__ import annotations

import re

from . import lexicon as lx
from .bylines import mark_bare_bylines, mark_desk_lines, mark_names_under_the_lead, read_byline
from .captions import mark_captions_above_credits
from .cues import cue_reason
from .features import Para, dup_key, headline_key, score_topic, word_overlap
from .page import Page
from .publisher import outlet_note
from .tables import data_names
from .text import ALL_STOP, BULLET_RE, INLINE_RELATED_RE
from .timestamps import is_dateline
from .title import status_labels


def find_main_language(page: Page) -> None:
    """Main language by stop words, weighted by the length of prose paragraphs."""
    paras = page.paras
    weights: dict[str, float] = {}
    for p in paras:
        if p.lang and p.n_words >= 8:
            weights[p.lang] = weights.get(p.lang, 0.0) + p.n_words
    page.main = max(weights, key=weights.get) if weights else ""
    page.cjk_doc = sum(p.n_words for p in paras if p.cjk) > 0.5 * sum(p.n_words for p in paras)
    # a language without a stop-word list (Polish, Russian...): stop-word density says nothing,
    # so prose is recognised by length and sentence punctuation alone
    long_ratios = sorted(p.stop_ratio for p in paras if p.long_line)
    stopless = bool(long_ratios) and long_ratios[len(long_ratios) // 2] < 0.1
    if stopless:
        page.main = ""
        for p in paras:
            p.sentence_like = p.n_words >= 8 and (p.terminal or p.n_words >= 20)
            p.lang, p.foreign = "", False
    page.min_ratio = 0.0 if stopless else 0.2


def mark_cues(page: Page) -> None:
    """Boilerplate known by its words and shape: widgets, section headings, datelines, bylines."""
    for p in page.paras:
        p.hard = cue_reason(p)
        if p.cue in lx.SECTION_CUES and p.n_words <= 7:
            p.section = lx.SECTION_CUES[p.cue]
            p.hard = p.hard or p.section
        elif (
            p.n_words <= 25
            and (INLINE_RELATED_RE.match(p.text) or lx.BRACKETED_RELATED_RE.match(p.text))
            or p.n_words <= 80
            and lx.LINK_BOX_RE.match(p.text)
        ):
            p.hard = "related reading"
        if p.cue in lx.SUMMARY_CUES and p.n_words <= 5:
            p.summary_heading = True
            p.hard = "summary heading"
        if p.hard in ("", "navigation") and is_dateline(p, page.main):
            p.hard = "dateline"
        if not p.hard and p.n_words <= 40 and outlet_note(p):
            p.hard = "source credit"
        if not p.hard and p.n_words <= 8 and len(p.text.split()) >= 3 and status_labels(p):
            p.hard = "navigation"
        if not p.hard and p.cjk and not page.cjk_doc:
            p.hard = "language switch"
        if p.hard == "byline":
            read_byline(p, page.main)
    mark_bare_bylines(page)
    mark_desk_lines(page)
    mark_captions_above_credits(page)
    mark_names_under_the_lead(page)


def mark_generated_qa(page: Page) -> None:
    """Generated Q&A: a question line followed by an answer line."""
    paras = page.paras
    for k in range(page.n - 1):
        q, a = paras[k], paras[k + 1]
        mq, ma = lx.QUESTION_RE.match(q.text), lx.ANSWER_RE.match(a.text)
        if mq and ma and q.text.rstrip().endswith(("?", "？")):
            q.qa = a.qa = True
            if lx.GLUED_QA_RE.match(q.text) and lx.GLUED_QA_RE.match(a.text):
                q.glued_qa = a.glued_qa = True


def mark_language_switches(page: Page) -> None:
    """Paragraphs in another language than the page's, and the short lines around them in it."""
    main, paras, n = page.main, page.paras, page.n
    if not main:
        return
    for p in paras:
        s_main = p.lang_scores.get(main, 0.0)
        if p.lang and p.lang != main and p.lang_score >= 2 and p.lang_score >= 2 * s_main:
            p.foreign = True
    # short lines next to a foreign paragraph, in the same language, with no main-language words;
    # passes alternate in direction, so a run spreading either way is taken in one pass (one
    # direction only would take a pass per line of a run that spreads against it: quadratic)
    changed, backwards = True, False
    while changed:
        changed = False
        for k in range(n - 1, -1, -1) if backwards else range(n):
            p = paras[k]
            if p.foreign or p.hard and p.hard != "newsletter box":
                continue
            for nb in (k - 1, k + 1):
                if 0 <= nb < n and paras[nb].foreign:
                    other = paras[nb].lang
                    if p.lang_scores.get(other, 0) >= 0.5 and p.lang_scores.get(main, 0) < 1 and p.lang != main:
                        p.foreign = True
                        p.lang = other
                        changed = True
                        break
        backwards = not backwards


def mark_repetition(page: Page) -> None:
    """A paragraph printed twice, and the headline repeated under the title."""
    seen: dict[str, int] = {}
    title_idx = page.title_idx
    title_key = headline_key(page.paras[title_idx].text) if title_idx >= 0 else set()
    for p in page.paras:
        key = dup_key(p.text)
        if not key:
            continue
        if key in seen and p.role != "title":
            p.hard = p.hard or ("repeated headline" if p.title_like or p.n_words <= 25 else "duplicate paragraph")
        else:
            seen[key] = p.i
        if title_idx >= 0 and p.i != title_idx and p.i < page.first_prose + 1 and p.title_like and not p.hard:
            if word_overlap(headline_key(p.text), title_key) >= 0.6:
                p.hard = "repeated headline"


def measure_topic(page: Page) -> None:
    """Each paragraph's share of the article's vocabulary, and the share prose needs."""
    score_topic(page.paras, page.title_words)
    core = [p for p in page.paras if p.own_prose]
    core_sims = sorted(p.sim for p in core)
    page.median = core_sims[len(core_sims) // 2] if core_sims else 0.0
    page.thr = min(0.2, 0.5 * page.median)
    page.vocab = set(page.title_words)
    for p in core:
        page.vocab.update(w for w in lx.WORD_RE.findall(p.text.lower()) if len(w) > 2)


def mark_sections(page: Page) -> None:
    """Sections opened by a heading ("Related", "FAQ", "Comments"): they run to the end of the page
    when the heading comes after most of the article, otherwise to the next strong paragraph."""
    paras, n, strong, median = page.paras, page.n, page.strong, page.median
    total_strong = sum(len(p.text) for p in paras if strong(p)) or 1
    before = 0
    in_section = ""
    to_end = False
    heading = -1
    for p in paras:
        if p.section:
            in_section = p.section
            to_end = before >= 0.6 * total_strong
            heading = p.i
            continue
        if in_section:
            nxt = paras[p.i + 1] if p.i + 1 < n else None
            # the article resumes with two strong paragraphs on its topic, or with one that ends the page; or right
            # under a see-also heading whose links the dump lost: the heading stands alone over the prose (under
            # "Comments" a reader's prose is the box's own)
            resumes = (
                strong(p)
                and not p.qa
                and (
                    p.i == heading + 1
                    and in_section == "related reading"
                    or p.sim >= 0.8 * median
                    and (nxt is None or strong(nxt) and not nxt.qa and nxt.sim >= 0.8 * median)
                )
            )
            if (not to_end and strong(p) and not p.qa) or resumes:
                in_section = ""
            else:
                p.hard = p.hard or in_section
                p.in_section = True
                continue
        if strong(p):
            before += len(p.text)


# the reasons of a line that is a box's button: a call to sign up, subscribe, follow or download
_BUTTON_REASONS = ("newsletter box", "subscription prompt", "app promotion", "share buttons")
# a promotion's box between the article's paragraphs: its heading, its pitch and its button at most
MAX_BOX_LINES = 4


def mark_promotion_boxes(page: Page) -> None:
    """A box promoting the site between two of the article's paragraphs (a newsletter's, a subscription's, an
    app's: "Get our morning briefing" / "The day's top stories in your inbox." / "Sign up"): the short lines
    around its button go with the button, as the lines above a picture's credit go with the credit."""
    paras, strong = page.paras, page.strong
    anchors = [p.i for p in paras if strong(p)]
    for a, b in zip(anchors, anchors[1:]):
        run = paras[a + 1 : b]
        if not 2 <= len(run) <= MAX_BOX_LINES or not any(_button(q) for q in run):
            continue
        loose = [q for q in run if not q.hard]
        if len(loose) <= 2 and all(q.n_words <= 25 and not q.foreign and not q.data for q in loose):
            for q in loose:
                q.hard = next(q.hard for q in run if _button(q))


def _button(p: Para) -> bool:
    return p.hard in _BUTTON_REASONS or p.hard == "navigation" and p.n_words <= 3 and not p.terminal


_BOX_REASONS = ("language switch", "newsletter box", "navigation")


def name_newsletter_boxes(page: Page) -> None:
    """A removed run in another language that mentions subscribing is a newsletter box."""
    paras, n = page.paras, page.n
    k = 0
    while k < n:
        if paras[k].role == "removed" and paras[k].reason in _BOX_REASONS:
            j = k
            while j < n and paras[j].role == "removed" and paras[j].reason in _BOX_REASONS:
                j += 1
            run = paras[k:j]
            if any(p.reason == "language switch" for p in run) and any(lx.NEWSLETTER_WORDS.search(p.text) for p in run):
                for p in run:
                    if p.reason == "language switch":
                        p.reason = "newsletter box"
            k = j
        else:
            k += 1


def mark_headline_lists(page: Page) -> None:
    """A run of three lines or more of six words or more, none ending as a sentence ends, is a list of other
    articles' headlines (a "Most read" box before the article, links after it), not prose, however long each
    line: an article's paragraphs end with their sentence, its lists have bullets or figures. Only where the
    page has prose of its own to stand on."""
    paras = page.paras
    prose = sum(1 for p in paras if p.sentence_like and p.terminal and not p.hard)
    if prose < 2:
        return
    run: list[Para] = []
    for p in paras + [None]:
        if p is not None and _headline_in_a_list(p):
            run.append(p)
            continue
        if run and p is not None and p.sentence_like and p.terminal:
            run.pop()  # the line right above the article's prose is its headline
        if len(run) >= 3:
            for q in run:
                q.hard = "related reading"
        run = []


def mark_cut_teasers(page: Page) -> None:
    """A teaser of another article above the article: a paragraph cut off with an ellipsis right after a small word
    ("... discutirá este lunes dos proyectos de resolución que...", "... mais tous les..."), as a list of other
    articles cuts its teasers, above the article's first paragraph of prose that is not cut so. The article's own text
    cut by an aggregator ("... outside their damaged and flattened homes and…") comes after its first paragraph."""
    article = next((p.i for p in page.paras if p.prose_shaped and not p.hard and not _cut_after_a_small_word(p)), 0)
    for p in page.paras[:article]:
        if not p.hard and p.n_words >= 8 and _cut_after_a_small_word(p):
            p.hard = "related reading"
    for p, whole in zip(page.paras, page.paras[1:]):
        if not p.hard and _cut_copy(p, whole):
            p.hard = "duplicate paragraph"


# a line cut short and printed whole under it has this many words at least ("Tribunal condenó al ex juez ...")
MIN_CUT_COPY_WORDS = 5


def _cut_copy(p: Para, whole: Para) -> bool:
    """A line cut with an ellipsis right over the line it cuts, printed whole ("Tribunal condenó al ex juez y al ex
    director de la cárcel..." over "Tribunal condenó al ex juez y al ex director de la cárcel de S. Pedro ...", a
    caption cut over itself): a teaser of what follows it."""
    m = _CUT_END_RE.search(p.text)
    cut = p.text[: m.end(1)] if m else ""
    return len(cut.split()) >= MIN_CUT_COPY_WORDS and whole.text.startswith(cut) and len(whole.text) > len(cut)


def _cut_after_a_small_word(p: Para) -> bool:
    """Whether the paragraph stops with an ellipsis right after a word no sentence ends on ('que...', 'the…'): cut
    by a list of teasers, not trailing off ('... d'un procès...')."""
    m = _CUT_END_RE.search(p.text)
    return m is not None and m.group(1).lower() in ALL_STOP


_CUT_END_RE = re.compile(r"(\w+)\s*(?:\.\.\.|…)\s*$")


def _headline_in_a_list(p: Para) -> bool:
    return (
        6 <= p.n_words <= 30
        and not p.terminal
        and not p.hard
        and not p.foreign
        and not BULLET_RE.match(p.text)
        and data_names(p) is None
    )
