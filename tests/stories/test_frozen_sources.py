"""The sources of a story past the draft stage are frozen on every path: admin, API, services."""

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from stories.models import ArticleBlock, SourcesFrozen, StoryState
from stories.services.articles import set_block_role, update_article_metadata
from tests.workflow_data import make_verified_story

pytestmark = [pytest.mark.django_db, pytest.mark.db_backend]  # locks and transactions: run on PostgreSQL too

PAST_DRAFT = [StoryState.IN_REVIEW, StoryState.APPROVED, StoryState.PUBLISHED]


def with_blocks(article):
    ArticleBlock.objects.create(article=article, position=0, text=article.body, role=ArticleBlock.Role.BODY)
    return article


@pytest.mark.parametrize("state", PAST_DRAFT)
def test_a_paragraph_of_a_frozen_source_cannot_be_removed(state):
    story = make_verified_story(state=state)
    article = with_blocks(story.articles.first())
    with pytest.raises(SourcesFrozen, match="new draft"):
        set_block_role(block=article.blocks.get(), role=ArticleBlock.Role.REMOVED)
    article.refresh_from_db()
    assert article.blocks.get().role == ArticleBlock.Role.BODY and article.text_version == 1


@pytest.mark.parametrize("state", PAST_DRAFT)
def test_metadata_of_a_frozen_source_cannot_be_changed(state, editor):
    story = make_verified_story(state=state)
    article = story.articles.first()
    with pytest.raises(SourcesFrozen, match="new draft"):
        update_article_metadata(article=article, user=editor, publisher="Fake Wire")
    article.refresh_from_db()
    assert article.publisher != "Fake Wire"


def test_metadata_of_a_draft_source_can_be_changed(editor):
    article = make_verified_story().articles.first()
    update_article_metadata(article=article, user=editor, publisher="Wire Service", language="de")
    article.refresh_from_db()
    assert (article.publisher, article.language) == ("Wire Service", "de")


def test_the_api_refuses_a_metadata_change_of_a_frozen_source_with_409(editor):
    article = make_verified_story(state=StoryState.PUBLISHED).articles.first()
    client = APIClient()
    client.force_authenticate(editor)
    response = client.patch(f"/api/articles/{article.pk}/", {"publisher": "Fake Wire"}, format="json")
    assert response.status_code == 409
    assert "new draft" in response.json()["reason"]
    article.refresh_from_db()
    assert article.publisher != "Fake Wire"


def test_the_api_changes_metadata_of_a_draft_source(editor, reviewer):
    article = make_verified_story().articles.first()
    client = APIClient()
    client.force_authenticate(editor)
    response = client.patch(f"/api/articles/{article.pk}/", {"publisher": "Wire Service"}, format="json")
    assert response.status_code == 200 and response.json()["publisher"] == "Wire Service"
    client.force_authenticate(reviewer)
    assert client.patch(f"/api/articles/{article.pk}/", {"publisher": "X"}, format="json").status_code == 403


def test_the_admin_refuses_to_change_a_frozen_source_and_says_why(client, editor):
    story = make_verified_story(state=StoryState.APPROVED)
    article = with_blocks(story.articles.first())
    client.force_login(editor)
    url = reverse("admin:stories_article_change", args=[article.pk])
    page = client.get(url)
    assert "new draft" in page.content.decode()
    block = article.blocks.get()
    response = client.post(
        url,
        {
            "title": article.title,
            "publisher": "Fake Wire",
            "author": "",
            "published": "",
            "language": "en",
            "state": "draft",
            "story": story.pk,
            "blocks-TOTAL_FORMS": "1",
            "blocks-INITIAL_FORMS": "1",
            "blocks-MIN_NUM_FORMS": "0",
            "blocks-MAX_NUM_FORMS": "1000",
            "blocks-0-id": block.pk,
            "blocks-0-article": article.pk,
            "blocks-0-role": "removed",
        },
        follow=True,
    )
    assert "new draft" in response.content.decode()
    article.refresh_from_db()
    block.refresh_from_db()
    assert article.publisher != "Fake Wire" and block.role == ArticleBlock.Role.BODY


@pytest.mark.parametrize("state", PAST_DRAFT)
def test_no_path_adds_an_article_to_a_story_past_draft(client, editor, state):
    from stories.services.grouping import GroupingError, move_articles

    frozen = make_verified_story(state=state)
    article = make_verified_story().articles.first()
    with pytest.raises(GroupingError, match="only draft stories"):
        move_articles(articles=[article], story=frozen)

    client.force_login(editor)
    url = reverse("admin:stories_article_change", args=[article.pk])
    form = client.get(url).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None}
    data.update(
        {
            "published": article.published,
            "story": frozen.pk,
            "blocks-TOTAL_FORMS": "0",
            "blocks-INITIAL_FORMS": "0",
            "blocks-MIN_NUM_FORMS": "0",
            "blocks-MAX_NUM_FORMS": "1000",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 200
    assert "only draft stories" in str(response.context["adminform"].form.errors["story"])
    article.refresh_from_db()
    assert article.story_id != frozen.pk
