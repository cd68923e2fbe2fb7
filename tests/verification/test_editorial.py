"""What the editorial side tells fact checking, by core.checking's signals, reaches verification: an article
whose text changes gets its claims extracted again (once the change commits)."""

import pytest

from stories.models import StoryState
from stories.services.articles import set_block_role
from tests.factories import ArticleFactory, StoryFactory

pytestmark = pytest.mark.django_db


def test_a_restored_paragraph_has_its_claims_extracted(editor, eager_tasks):
    article = ArticleFactory(
        story=StoryFactory(state=StoryState.DRAFT), body="Temasek will invest S$300 million in the office."
    )
    article.blocks.create(position=0, text=article.body, role="body")
    removed = article.blocks.create(position=1, text="The office will employ 250 people by 2027.", role="removed")

    assert set_block_role(block=removed, role="body", user=editor)
    article.refresh_from_db()
    assert article.claims_text_version == article.text_version
    assert article.claims.filter(text__contains="250").exists()


def test_nothing_is_extracted_before_the_change_commits(editor, django_capture_on_commit_callbacks):
    from cms.celery import app

    app.conf.task_always_eager = True
    try:
        article = ArticleFactory(story=StoryFactory(state=StoryState.DRAFT), body="Temasek will invest S$300 million.")
        removed = article.blocks.create(position=0, text="The office will employ 250 people.", role="removed")
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            set_block_role(block=removed, role="body", user=editor)
        assert not article.claims.exists() and len(callbacks) == 1  # waits for the commit
        with django_capture_on_commit_callbacks(execute=True):
            callbacks[0]()  # the commit: the extraction is queued (and, eager, runs)
        assert article.claims.filter(text__contains="250").exists()
    finally:
        app.conf.task_always_eager = False
