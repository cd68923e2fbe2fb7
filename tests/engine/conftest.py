"""Fixtures of the engine tests: the "articles -> extract_claims -> cross_check -> the facts wanted" idiom."""

from datetime import date

import pytest

from verification.engine.claims import Claim, Document
from verification.engine.crosscheck import cross_check
from verification.engine.extract import extract_claims
from verification.engine.pairjoin import JoinModel

PUBLISHED = date(2026, 3, 3)


def extracted(text: str, lang: str, published: date = PUBLISHED) -> list[Claim]:
    """The claims extract_claims reads in one text of one language."""
    return extract_claims(Document(key=lang, text=text, language=lang, published=published))


def counted(text: str, lang: str, published: date = PUBLISHED) -> set[tuple]:
    """(slot, evidence text, low value) of every count claim of a text."""
    return {(c.slot, c.text, c.value.get("low")) for c in extracted(text, lang, published) if c.kind == "count"}


def cross_check_texts(*articles, published: date = PUBLISHED, joins: JoinModel | None = None):
    """Cross-check articles of one story, each (language, text) or (language, text, published), every one from
    an outlet of its own, with the engine's pair scorer or the one given; the facts, sorted by key."""
    docs = [
        Document(
            key=f"{i}{article[0]}",
            text=article[1],
            language=article[0],
            published=article[2] if len(article) > 2 else published,
            publisher=f"Outlet {i}",
        )
        for i, article in enumerate(articles)
    ]
    return cross_check(docs, {d.key: extract_claims(d) for d in docs}, joins=joins)


def holding_all(facts, *texts):
    """The facts whose evidence holds every one of the texts."""
    return [f for f in facts if {c.text for _, c in f.members} >= set(texts)]


@pytest.fixture
def checked():
    """``checked(*articles, published=..., slot=..., kind=...)``: the facts of cross_check_texts, those of one
    concept (the slot before its stage: "seats" keeps "seats.first_round") or kind when asked."""

    def run(*articles, published: date = PUBLISHED, slot: str | None = None, kind: str | None = None):
        return [
            f
            for f in cross_check_texts(*articles, published=published)
            if (slot is None or f.slot.partition(".")[0] == slot) and (kind is None or f.kind == kind)
        ]

    return run
