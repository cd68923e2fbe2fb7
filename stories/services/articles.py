"""Editors' changes to an imported article: its metadata and its cleaned text.

Every change is refused (SourcesFrozen) while the article is a source of a story past the draft stage:
what readers and reviewers saw of it stays as it was (see stories.services.grouping).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction

from core.checking import articles_changed
from core.errors import InvalidAction
from core.permissions import ARTICLE_EDIT_PERMISSION, require_permission_unless_system
from stories.cleaning import Block, assemble
from stories.models import Article, ArticleBlock, Story
from stories.services.grouping import move_articles

METADATA_FIELDS = ("title", "publisher", "author", "published", "language")


def _check_role(user) -> None:
    """ActionForbidden unless the user's role may change articles (None: the system's own change)."""
    require_permission_unless_system(user, ARTICLE_EDIT_PERMISSION, refusal="your role may not change articles")


def check_article_editable(*, article: Article, user=None) -> None:
    """Refuse a change to the article: ActionForbidden for a role that may not, SourcesFrozen while its story
    is past the draft stage (read from the database, not from the caller's copy)."""
    _check_role(user)
    story_id = Article.objects.filter(pk=article.pk).values_list("story_id", flat=True).first()
    if story_id is not None:
        Story.objects.get(pk=story_id).check_sources_open()


def save_article_changes(*, article: Article, changed: Iterable[str], user=None) -> None:
    """Save an article as an editor changed it in the admin's form (``changed``: the fields they changed);
    ActionForbidden, saving nothing, for a role that may not change articles.

    A new story is a grouping decision: it goes through move_articles, which refuses a story past the draft
    stage (GroupingError, after the other fields are saved) and makes both stories keep the choice."""
    _check_role(user)
    new_story = article.story
    if "story" not in changed or new_story is None or article.pk is None:
        article.save()
        return
    article.story_id = Article.objects.filter(pk=article.pk).values_list("story_id", flat=True).first()
    article.save()
    try:
        move_articles(articles=[article], story=new_story, user=user)
    finally:
        article.refresh_from_db(fields=["story"])


def update_article_metadata(*, article: Article, user, **changes) -> Article:
    """Correct an article's metadata (title, publisher, author, published, language) while it may change."""
    unknown = sorted(set(changes) - set(METADATA_FIELDS))
    if unknown:
        raise InvalidAction(f"only {', '.join(METADATA_FIELDS)} can be changed, not {', '.join(unknown)}")
    published = changes.get("published")
    if published is not None and not isinstance(published, date):
        raise InvalidAction("published must be a date")
    if changes.get("language"):
        try:
            Article._meta.get_field("language").run_validators(changes["language"])
        except ValidationError as exc:
            raise InvalidAction(f"language: {' '.join(exc.messages)}") from None
    with transaction.atomic():
        locked = Article.objects.select_for_update().get(pk=article.pk)
        check_article_editable(article=locked, user=user)
        for field, value in changes.items():
            setattr(locked, field, value)
        locked.save(update_fields=[*changes, "updated_at"])
    return locked


def rebuild_article_text(*, article: Article) -> bool:
    """Rebuild dek and body from the article's blocks after an editor restored or removed some.

    Returns True when the cleaned text changed; its claims are then stale and re-extracted.
    """
    check_article_editable(article=article)
    blocks = [Block(text=b.text, role=b.role, reason=b.reason) for b in article.blocks.order_by("position")]
    dek, body = assemble(blocks)
    if (dek, body) == (article.dek, article.body):
        return False
    with transaction.atomic():
        Article.objects.filter(pk=article.pk).update(dek=dek, body=body, text_version=article.text_version + 1)
        article.refresh_from_db(fields=["dek", "body", "text_version"])
    queue_extraction(article_ids=[article.pk])
    return True


def set_block_role(*, block: ArticleBlock, role: str, user=None) -> bool:
    """Restore a removed paragraph (role "body") or remove one (role "removed"), then rebuild the text;
    True when the text changed. Refused like any change of the article (check_article_editable)."""
    if role not in ArticleBlock.Role.values:
        raise ValueError(f"unknown block role {role!r}")
    check_article_editable(article=block.article, user=user)
    if block.role != role:
        block.role = role
        block.reason = "" if role != ArticleBlock.Role.REMOVED else (block.reason or "removed by an editor")
        block.save(update_fields=["role", "reason"])
    return rebuild_article_text(article=block.article)


def queue_extraction(*, article_ids: list[int]) -> None:
    """Once the transaction commits, ask a worker to extract the claims of new or changed articles."""
    articles_changed.send(sender=Article, article_ids=article_ids)
