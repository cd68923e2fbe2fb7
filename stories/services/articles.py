"""Editors' changes to an imported article's cleaned text."""
from __future__ import annotations

from django.db import transaction

from stories.cleaning import Block, assemble
from stories.models import Article, ArticleBlock


def rebuild_article_text(*, article: Article) -> bool:
    """Rebuild dek and body from the article's blocks after an editor restored or removed some.

    Returns True when the cleaned text changed; its claims are then stale and re-extracted.
    """
    blocks = [Block(text=b.text, role=b.role, reason=b.reason) for b in article.blocks.order_by("position")]
    dek, body = assemble(blocks)
    if (dek, body) == (article.dek, article.body):
        return False
    with transaction.atomic():
        Article.objects.filter(pk=article.pk).update(dek=dek, body=body, text_version=article.text_version + 1)
        article.refresh_from_db(fields=["dek", "body", "text_version"])
    queue_extraction([article.pk])
    return True


def set_block_role(*, block: ArticleBlock, role: str) -> bool:
    """Restore a removed paragraph (role "body") or remove one (role "removed"), then rebuild the text."""
    if role not in ArticleBlock.Role.values:
        raise ValueError(f"unknown block role {role!r}")
    if block.role != role:
        block.role = role
        block.reason = "" if role != ArticleBlock.Role.REMOVED else (block.reason or "removed by an editor")
        block.save(update_fields=["role", "reason"])
    return rebuild_article_text(article=block.article)


def queue_extraction(article_ids: list[int]) -> None:
    """Once the transaction commits, ask a worker to extract the claims of new or changed articles."""
    from verification.services.runs import request_extraction

    transaction.on_commit(lambda: request_extraction(article_ids=article_ids))
