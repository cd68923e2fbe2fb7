"""Translate between Django rows and the claim engine's plain data types."""

from __future__ import annotations

from core.claim_values import SOURCE_REFERENCE
from stories.models import Article
from verification.engine.claims import Claim as EngineClaim
from verification.engine.claims import Document
from verification.models import Claim


def document_for(article: Article, *, currency_hint: str = "") -> Document:
    return Document(
        key=str(article.pk),
        text=article.text,
        language=article.language,
        published=article.published,
        publisher=article.source_name,
        title=article.title,
        currency_hint=currency_hint,
        reference=SOURCE_REFERENCE.format(pk=article.pk),  # the pages name it as they cite it (cited_sources)
    )


def engine_claim(row: Claim) -> EngineClaim:
    return EngineClaim(
        kind=row.kind,
        slot=row.slot,
        subject=row.subject,
        value=row.value,
        start=row.start,
        end=row.end,
        text=row.text,
        sentence_start=row.sentence_start,
        sentence_end=row.sentence_end,
        checkworthiness=row.checkworthiness,
        extra=row.extra,
    )


def claim_row(article: Article, claim: EngineClaim, *, run=None) -> Claim:
    return Claim(
        article=article,
        run=run,
        kind=claim.kind,
        slot=claim.slot[:80],
        subject=claim.subject[:120],
        value=claim.value,
        text=claim.text[:500],
        start=claim.start,
        end=claim.end,
        sentence_start=claim.sentence_start,
        sentence_end=claim.sentence_end,
        checkworthiness=claim.checkworthiness,
        extra=claim.extra,
    )
