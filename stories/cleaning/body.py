"""Roles of the paragraphs left: the dek, the body, and the pending lines around them."""

from __future__ import annotations

from . import lexicon as lx
from .features import Para, capitals_sentence, cut_mid_sentence, sentence_case
from .page import Page
from .tables import data_line
from .text import ALL_STOP, BULLET_RE, SENTENCE_BREAK_RE


def find_dek(page: Page) -> None:
    """The dek: the paragraph after a summary box's heading, or one sentence right after the title
    followed by header material (byline, date...)."""
    paras, n = page.paras, page.n
    dek_idx = -1
    for p in paras:
        if p.summary_heading and p.i + 1 < n and p.i < (page.first + page.last) / 2 + 1:
            nxt = paras[p.i + 1]
            if not nxt.hard and not nxt.foreign and nxt.n_words >= 6:
                dek_idx = nxt.i
                break
    if dek_idx < 0 and page.title_idx >= 0:
        k = page.title_idx + 1
        while k < n and paras[k].hard and paras[k].hard in ("repeated headline",):
            k += 1
        if k < n - 1:
            c = paras[k]
            if (
                not c.hard
                and not c.foreign
                and 6 <= c.n_words <= 60
                and c.terminal
                and not c.qa
                and len(SENTENCE_BREAK_RE.findall(c.text)) == 0
                and c.stop_ratio >= page.min_ratio / 2
                and paras[k + 1].hard
                and paras[k + 1].hard not in ("repeated headline",)
            ):
                dek_idx = k
    if dek_idx >= 0:
        paras[dek_idx].role = "dek"
        paras[dek_idx].hard = ""
    page.dek_idx = dek_idx


def assign_roles(page: Page) -> None:
    """Body inside the article's span; around it, prose that continues it; the rest pending."""
    paras, first, last, min_ratio = page.paras, page.first, page.last, page.min_ratio
    tail_broken = False  # after the body, kept paragraphs must follow it without boilerplate between
    for p in paras:
        if p.role:
            continue
        if p.i > last and (p.hard or p.foreign or p.glued_qa or p.qa):
            tail_broken = True
        if p.hard:
            p.role, p.reason = "removed", p.hard
        elif p.foreign:
            p.role, p.reason = "removed", "language switch"
        elif p.glued_qa:
            p.role, p.reason = "removed", "generated Q&A"
        elif first <= p.i <= last:
            p.role = "body"
        elif p.i < first:
            # prose before the first strong paragraph is the article's lead, unless it is above the
            # headline (a picture's caption, a teaser)
            if (
                p.i > page.title_idx
                and p.sentence_like
                and p.terminal
                and page.in_main_language(p)
                and p.stop_ratio >= min_ratio
            ):
                p.role = "body"
            else:
                p.role = "pending-head"
        elif p.qa:
            p.role, p.reason = "removed", "generated Q&A"
        elif not tail_broken and _continues_article(page, p):
            p.role = "body"
        else:
            p.role = "pending-tail"


def _continues_article(page: Page, p: Para) -> bool:
    """A paragraph after the last strong one that still belongs to the article."""
    if p.sentence_like and p.n_words >= 8 and p.sim >= max(page.thr, 0.15) and page.in_main_language(p):
        return True
    follows = _follows_body(page, p)
    if not follows:
        return False
    item = _introduced_list_item(page, p) or _next_list_item(page, p)
    if item and (p.terminal or data_line(page, p)) and not p.foreign:
        return True  # an item of a list the article introduces, a sentence or figures (not a headline)
    if follows == "heading":
        # after a section heading: only a paragraph too long for a headline list
        return p.i == page.n - 1 and p.n_words >= 12 and cut_mid_sentence(p, page.main, page.min_ratio)
    if data_line(page, p):
        return True
    if (
        # a headline has fewer stop words than a sentence, also where nouns are capitalised (German)
        (not p.title_like or p.stop_ratio >= 2 * page.min_ratio > 0)
        and 3 <= p.n_words
        and p.terminal
        and (p.stop_ratio >= page.min_ratio or sentence_case(p) or capitals_sentence(p))
        and not p.text.endswith(("...", "…"))
        and page.in_main_language(p)
    ):
        return True  # a short closing sentence right after the last paragraph ("The council meets again in April.")
    # the dump ends inside the article's last paragraph: it belongs to the article
    return p.i == page.n - 1 and (cut_mid_sentence(p, page.main, page.min_ratio) or _cut_in_a_word(page, p))


def _cut_in_a_word(page: Page, p: Para) -> bool:
    """The article's last paragraph cut inside a word: a few words of the article's vocabulary ending in
    a small letter, not a headline ("Kellanova's boar"), or a sentence stopping after a word's first
    letters ("Retter suchen in Letur nach Vermissten i")."""
    if 2 <= p.n_words <= 7 and p.text[-1:].islower() and not p.title_like and p.sim >= 0.5:
        return True
    # a longer paragraph stopping on the first letters of a word ("... nach Vermissten i"): a fragment no
    # language has as a word, after words of a sentence in the page's language
    fragment = p.text.rsplit(" ", 1)[-1] if " " in p.text else ""
    return (
        p.n_words >= 6
        and 1 <= len(fragment) <= 2
        and fragment.isalpha()
        and fragment.islower()
        and fragment not in lx.STOPWORDS.get(page.main or p.lang, ALL_STOP)
        and p.stop_ratio >= 0.15
    )


def _introduced_list_item(page: Page, p: Para) -> bool:
    """The first item of a list its line ends by introducing ("The impact:" / "• Airlines: ...", "Teams
    with most titles:" / "Spain - 4")."""
    before = page.paras[p.i - 1]
    return (
        (bool(BULLET_RE.match(p.text)) or data_line(page, p))
        and before.text.endswith((":", "："))
        and not before.hard
        and p.i >= 2
        and page.paras[p.i - 2].role == "body"
    )


def _next_list_item(page: Page, p: Para) -> bool:
    """An item of a list whose previous item is the article's: "• Finance: Banks and trading systems
    affected." after "• Airlines: ..."."""
    before = page.paras[p.i - 1]
    return before.role == "body" and (
        bool(BULLET_RE.match(p.text)) and bool(BULLET_RE.match(before.text)) or before.data and p.data
    )


def _follows_body(page: Page, p: Para) -> str:
    """'body' when the paragraph before p is body, 'heading' when it is a section heading right after
    body ("Upgrades that led to the success" above the article's last paragraph), else ''."""
    before = page.paras[p.i - 1]
    if before.role == "body":
        return "body"
    heading = (
        before.role == "pending-tail"
        and 2 <= before.n_words <= 12
        and not before.hard
        and (before.title_like or not before.terminal or before.text.endswith("?"))
    )
    return "heading" if heading and before.i >= 1 and page.paras[before.i - 1].role == "body" else ""


def _first_after_title(page: Page) -> int:
    """Index of the first paragraph after the headline that is not page furniture (-1: no headline)."""
    if page.title_idx < 0:
        return -1
    return next((q.i for q in page.paras[page.title_idx + 1 :] if not q.hard), -1)


def _standfirst(page: Page, p: Para, first_after_title: int) -> bool:
    """A line under the headline that sums the article up without a full stop ("La Banque centrale
    européenne abaisse ses taux directeurs d'un quart de point"): words of the page's language, the
    first line after the headline that is not page furniture, and the article follows it."""
    if p.i != first_after_title or p.role != "pending-head":
        return False
    after = next((q for q in page.paras[p.i + 1 :] if not q.hard), None)
    return (
        after is not None
        and after.role in ("body", "dek")
        and 3 <= p.n_words <= 30
        and not p.terminal
        and bool(page.main)
        and p.lang == page.main
        and p.stop_ratio >= page.min_ratio
        and p.sim > 0  # it sums the article up in its words ("Spread the word" under a headline does not)
    )


# the article's first sentence, alone on its line, is a sentence of prose ("An EF-3 tornado devastated St. Louis on
# May 16, 2025, killing five, injuring dozens."), longer than a label
MIN_LEAD_WORDS = 8
MAX_LEAD_WORDS = 60


def _lead_sentence(page: Page, p: Para, first_after_title: int) -> bool:
    """The article's first sentence on a line of its own, under the headline or opening the page, with its full
    stop: words of the page's language that share the article's words, and the article follows it."""
    first_shown = first_after_title if page.title_idx >= 0 else next((q.i for q in page.paras if not q.hard), -1)
    if p.i != first_shown or p.role != "pending-head":
        return False
    after = next((q for q in page.paras[p.i + 1 :] if not q.hard), None)
    return (
        after is not None
        and after.role == "body"
        and MIN_LEAD_WORDS <= p.n_words <= MAX_LEAD_WORDS
        and p.terminal
        and p.sentence_like
        # a lead full of names and figures has few small words, and a short one may tell no language
        and p.lang in (page.main, "")
        and p.sim > 0
    )


def resolve_pending(page: Page) -> None:
    """Headings are kept only when body follows them; the rest of header and footer is removed."""
    first, last = page.first, page.last
    next_body = False
    standfirst_idx = _first_after_title(page)
    for p in reversed(page.paras):
        if p.role in ("pending-head", "pending-tail"):
            heading = (p.title_like or (p.n_words <= 12 and not p.terminal)) and p.n_words >= 2
            standfirst = (
                _standfirst(page, p, standfirst_idx) or _lead_sentence(page, p, standfirst_idx) or data_line(page, p)
            )
            heading = heading or standfirst
            if heading and next_body and (standfirst or p.sim > 0 or p.role == "pending-tail" and p.n_words <= 6):
                p.role = "body"
            else:
                p.role = "removed"
                if p.text.rstrip().endswith(("...", "…")) and p.n_words <= 8:
                    p.reason = "ticker"
                elif p.i > last and p.n_words >= 4 and p.title_like:
                    p.reason = "related reading"
                elif p.i > last and p.n_words >= 4:
                    p.reason = "footer"
                elif p.i < first and p.title_like and p.n_words >= 4:
                    p.reason = "headline"
                else:
                    p.reason = "navigation"
        if p.role in ("body", "dek"):
            next_body = True
        elif p.role == "title":
            next_body = False  # lines above the title are page header, not section headings
        elif p.role == "removed" and p.reason in lx.SECTION_CUES.values() and p.section:
            next_body = False
