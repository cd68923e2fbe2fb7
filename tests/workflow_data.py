"""A verified story for workflow tests: three sources, a corroborated, a conflicting and a single-source fact,
and a finished verification run, built with the factories (tests/factories.py)."""

from __future__ import annotations

import itertools
import uuid
from datetime import timedelta

from django.utils import timezone

from core.models import ReviewStatus, Verdict
from stories.models import Article, Story, StoryState
from tests.factories import (
    ArticleFactory,
    ClaimFactory,
    FactFactory,
    ReviewDecisionFactory,
    StoryFactory,
    VerificationRunFactory,
)
from verification.models import Claim

_counter = itertools.count(1)

SOURCES = [
    ("marsbit", "Grab will invest S$300 million in Singapore. The fund will create 500 jobs by 2027."),
    ("reuters", "Grab invests S$300 million in Singapore, the company said. It expects 400 jobs."),
    ("techwire", "The ride-hailing firm opened its fourth office in Jakarta last week."),
]


def _claim(article: Article, value_text: str, kind: str, slot: str, value: dict) -> Claim:
    return ClaimFactory.on(article, value_text, kind=kind, slot=slot, subject="grab", value=value)


def make_article(story: Story | None, publisher: str, body: str) -> Article:
    n = next(_counter)
    return ArticleFactory(
        story=story,
        publisher=publisher,
        body=body,
        origin=f"test/{publisher}-{n}.txt",
        title=f"{publisher} on Grab",
        published=timezone.now().date(),
        claims_text_version=1,
    )


def make_verified_story(
    *,
    state: str = StoryState.DRAFT,
    submitted_by=None,
    decided: bool = True,
    with_body: bool = True,
    extra_single_sources: int = 0,
) -> Story:
    """A story of three sources: a corroborated amount, conflicting job counts, a single-source office fact.

    ``decided``: the flagged facts are approved (so approval's guards pass); otherwise they are pending.
    The story is put straight into ``state`` (set-up, not a transition).
    """
    n = next(_counter)
    story = StoryFactory(
        title=f"Grab invests in Singapore {n}",
        slug=f"grab-{n}-{uuid.uuid4().hex[:6]}",
        dek="",
        body="",
        state=StoryState.DRAFT,
    )
    articles = [make_article(story, publisher, body) for publisher, body in SOURCES]
    run = VerificationRunFactory(story=story)
    money = {"low": 300e6, "high": 300e6, "qualifier": "exact", "unit": "", "currency": "SGD"}
    amount = [_claim(a, "S$300 million", "money", "investment.amount", money) for a in articles[:2]]
    jobs = [
        _claim(articles[0], "500 jobs", "count", "jobs.count", {"low": 500, "high": 500, "unit": "jobs"}),
        _claim(articles[1], "400 jobs", "count", "jobs.count", {"low": 400, "high": 400, "unit": "jobs"}),
    ]
    office = [_claim(articles[2], "fourth office", "ranking", "office.rank", {"ordinal": 4, "category": "office"})]
    status = ReviewStatus.APPROVED if decided else ReviewStatus.PENDING
    specs = [
        ("amount", Verdict.CORROBORATED, False, amount, ReviewStatus.PENDING),
        ("jobs", Verdict.CONFLICTING, True, jobs, status),
        ("office", Verdict.SINGLE_SOURCE, True, office, status),
    ]
    for i in range(extra_single_sources):
        article = make_article(story, f"outlet{i}", f"Grab hired {100 + i} engineers in Singapore this year.")
        claim = _claim(article, f"{100 + i} engineers", "count", f"hires.count{i}", {"low": 100 + i})
        specs.append((f"hires{i}", Verdict.SINGLE_SOURCE, True, [claim], status))
    run.finished_at = timezone.now() + timedelta(seconds=1)
    run.save(update_fields=["finished_at"])
    for key, verdict, flagged, claims, review_status in specs:
        fact = FactFactory(
            story=story,
            key=key,
            kind=claims[0].kind,
            slot=claims[0].slot,
            subject="grab",
            verdict=verdict,
            flagged=flagged,
            review_status=review_status,
            run=run,
            explanation=f"{verdict} across {len(claims)} claim(s)",
            claims=claims,
        )
        if flagged and review_status != ReviewStatus.PENDING:
            ReviewDecisionFactory(fact=fact, note="set-up")
    if with_body:
        from stories.services.consolidation import compose

        story.body = compose(story=story).body
        story.generated_body = story.body
    story.state = state
    story.submitted_by = submitted_by
    if state == StoryState.PUBLISHED:
        story.published_at, story.live = timezone.now() - timedelta(minutes=1), True
    story.save()
    if state == StoryState.PUBLISHED:
        from stories.services.editions import record_edition

        record_edition(story=story)  # what publishing does
    return story
