"""The article's span: from its first to its last strong paragraph, and the sentences inside it that keep their place."""

from __future__ import annotations

from . import lexicon as lx
from .features import Para
from .page import Page
from .text import PERSON_NAME_RE, PUBLISHED_RE


def find_article_span(page: Page) -> None:
    """The article runs from its first to its last strong paragraph."""
    paras = page.paras
    strong_idx = [p.i for p in paras if page.strong(p)]
    if not strong_idx:
        # nothing looks like article prose (very short text, unknown language): keep the longest
        # non-boilerplate paragraphs
        cands = [p for p in paras if not p.hard and not p.foreign and p.role != "title"]
        if cands:
            longest = max(p.n_words for p in cands)
            strong_idx = [p.i for p in cands if p.n_words >= max(1, longest // 3)]
    page.first = strong_idx[0] if strong_idx else page.n
    page.last = strong_idx[-1] if strong_idx else -1
    if strong_idx:
        page.last = _last_of_interrupted_article(page)


def keep_sentences_inside_the_article(page: Page) -> None:
    """A sentence between the article's paragraphs that only looks like a dateline or a writer's biography
    is the article's: a date without a date label ("Le 31 mai 2025 marque un tournant historique."), the job
    of someone the article is about ("Linda Okafor is a former reporter at the Riverton Post ..." where the
    article names Linda Okafor)."""
    for p in page.paras[page.first + 1 : page.last]:
        sentence = p.terminal and p.n_words >= 4 and p.stop_ratio >= page.min_ratio
        if not sentence:
            continue
        if (
            p.hard == "dateline"
            and not PUBLISHED_RE.search(p.text)
            or p.hard == "author bio"
            and _names_the_articles_person(page, p)
        ):
            p.hard, p.date, p.site, p.author = "", None, "", ""


def _names_the_articles_person(page: Page, p: Para) -> bool:
    """Whether the name opening p is one the article's prose uses."""
    m = PERSON_NAME_RE.match(" ".join(p.text.split()[:2]).rstrip(","))
    return bool(m) and all(w.lower() in page.vocab for w in lx.WORD_RE.findall(m.group()))


def _last_of_interrupted_article(page: Page) -> int:
    """The article's last paragraph when a promotion or subheadings interrupt it: long prose in the
    page's language after the last strong paragraph, sharing some words with the article, with nothing
    in between that ends an article (a section heading, a comment box, a byline, a copyright line)."""
    last = page.last
    for p in page.paras[page.last + 1 :]:
        if p.section or p.qa or p.foreign or (p.hard and p.hard not in _INTERRUPTIONS):
            break
        if p.prose and p.lang == page.main and p.stop_ratio >= page.min_ratio and p.sim >= page.thr / 2:
            last = p.i
    return last


# what interrupts an article without ending it: a picture's caption and credit, a link to another
# article, an advertisement's label, a post embedded from a social network
_INTERRUPTIONS = ("photo caption", "source credit", "related reading", "embedded post", "navigation")
