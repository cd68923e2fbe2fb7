"""Extract an article's claims with the engine and store them, replacing the old ones at once."""

from __future__ import annotations

from django.db import transaction

from stories.models import Article
from verification.engine.extract import extract_claims
from verification.models import Claim

from .documents import claim_row, document_for
from .faults import engine_fault_of


def extract_article_claims(*, article_id: int, run=None) -> int:
    """Replace the article's claims with those found in its current text; returns how many.

    Idempotent: a re-run over the same text stores the same claims, in one transaction. The claims of a
    source of a story past the draft stage are its facts' evidence, frozen with them: they stay as they are.
    Raises faults.EngineFailed when the engine fails on the text; the article then keeps its claims.
    """
    with transaction.atomic():
        article = Article.objects.select_for_update(of=("self",)).filter(pk=article_id).select_related("story").first()
        if article is None or (article.story is not None and not article.story.in_draft_stage):
            return 0
        with engine_fault_of("article", article.pk, article.title):
            found = extract_claims(document_for(article))
        Claim.objects.filter(article=article).delete()
        Claim.objects.bulk_create(claim_row(article, claim, run=run) for claim in found)
        Article.objects.filter(pk=article.pk).update(claims_text_version=article.text_version)
    return len(found)
