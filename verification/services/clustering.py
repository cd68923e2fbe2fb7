"""Group articles into stories with the engine, keeping every grouping an editor has confirmed."""

from __future__ import annotations

from collections import Counter, defaultdict

from django.db import transaction

from core.locks import hold_lock
from core.slugs import unique_slug
from stories.models import Article, Story, StoryState
from verification.engine.cluster import cluster_documents
from verification.engine.story_names import read_by_story
from verification.models import Claim

from .documents import document_for, engine_claim


def _fixed(story: Story) -> bool:
    """Editors' confirmed groupings and stories past the draft stage are not regrouped."""
    return story.grouping_locked or not story.in_draft_stage


def _story_title(articles: list[Article]) -> str:
    """The first title among the articles, else the first one's working title (its lead sentence)."""
    titled = [a for a in articles if a.title]
    return (titled[0] if titled else articles[0]).working_title[:300]


def assign_stories() -> list[Story]:
    """Suggest stories for every current article; returns the stories that hold articles afterwards."""
    with transaction.atomic():
        hold_lock("assign_stories")
        articles = list(Article.objects.exclude(state=Article.State.ARCHIVED).select_related("story").order_by("id"))
        if not articles:
            return []
        claims = defaultdict(list)
        for row in Claim.objects.filter(article__in=articles).order_by("article_id", "start", "id"):
            claim = engine_claim(row)
            if not read_by_story(claim):  # what its story read in it says nothing of which story it is in
                claims[str(row.article_id)].append(claim)
        by_key = {str(a.pk): a for a in articles}
        fixed_stories = {a.story_id: a.story for a in articles if a.story and _fixed(a.story)}
        fixed_groups = [[str(a.pk) for a in articles if a.story_id == story_id] for story_id in sorted(fixed_stories)]
        groups = cluster_documents([document_for(a) for a in articles], claims, fixed_groups=fixed_groups)
        touched = {}
        for group in groups:
            members = [by_key[key] for key in group]
            story = _story_for_group(members, fixed_stories, taken=touched)
            touched[story.pk] = story
            newcomers = [a for a in members if a.story_id != story.pk]
            if newcomers:
                story = story.open_for_newcomers(title=_story_title(newcomers))
                touched[story.pk] = story
                Article.objects.filter(pk__in=[a.pk for a in newcomers if a.story_id != story.pk]).update(story=story)
        Story.objects.filter(articles__isnull=True, grouping_locked=False, state=StoryState.DRAFT).exclude(
            pk__in=list(touched)
        ).delete()
    return list(touched.values())


def _story_for_group(members: list[Article], fixed: dict[int, Story], *, taken: dict[int, Story]) -> Story:
    """The fixed story in the group if any, else the story already holding most of it, else a new one."""
    for article in members:
        if article.story_id in fixed:
            return fixed[article.story_id]
    votes = Counter(a.story_id for a in members if a.story_id and a.story_id not in taken)
    if votes:
        story_id = votes.most_common(1)[0][0]
        return next(a.story for a in members if a.story_id == story_id)
    title = _story_title(members)
    return Story.objects.create(title=title, slug=unique_slug(Story, title, fallback="story"))
