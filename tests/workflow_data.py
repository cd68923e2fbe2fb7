"""Stories made of several objects, built with the factories (tests/factories.py): a verified story for
workflow tests (three sources, a corroborated, a conflicting and a single-source fact, a finished verification
run) and a checked story of many facts and sources for reader tests."""

from __future__ import annotations

import itertools
import uuid
from datetime import timedelta

from django.utils import timezone

from core.models import ReviewStatus, Verdict
from stories import workflow
from stories.models import Article, Story, StoryState
from tests.factories import (
    ArticleFactory,
    ClaimFactory,
    CorrectionFactory,
    FactFactory,
    StoryFactory,
    VerificationRunFactory,
)
from verification.models import Claim

_counter = itertools.count(1)


def publish_story(story: Story, *, editor, reviewer, publisher) -> Story:
    """Take a draft made here through submit, approve and publish."""
    workflow.submit(story=story, user=editor)
    workflow.approve(story=story, user=reviewer)
    workflow.publish(story=story, user=publisher)
    story.refresh_from_db()
    return story


def retitle_published(story: Story, title: str, *, editor, reviewer, publisher) -> Story:
    """A published story edited live to a new headline, then taken through review and published again."""
    from stories.services.editing import save_story_text

    workflow.edit_live(story=story, user=editor)
    story.refresh_from_db()
    save_story_text(story=story, user=editor, expected_version=story.version, title=title)
    return publish_story(story, editor=editor, reviewer=reviewer, publisher=publisher)


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
    office = [_claim(articles[2], "fourth office", "ranking", "ranking.office", {"ordinal": 4, "category": "office"})]
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
        FactFactory(
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
            decision__note="set-up",
        )
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


def make_checked_story(n_facts: int = 3, n_sources: int = 2, **story_fields) -> Story:
    """A published story whose n_sources sources each state n_facts values: a corroborated fact, a
    conflicting one (the last source differs), a single-source one, and so on round-robin; the flagged
    ones approved with notes, a correction, and its edition recorded as built (tests/factories.py)."""
    story = StoryFactory(**story_fields)
    sentences = [f"Item {i} was worth {100 + i} million dollars." for i in range(n_facts)]
    articles = [
        ArticleFactory(story=story, publisher=f"Outlet {j + 1}", body=" ".join(sentences)) for j in range(n_sources)
    ]
    CorrectionFactory(story=story, note="An earlier version gave the wrong date.")
    verdicts = [Verdict.CORROBORATED, Verdict.CONFLICTING, Verdict.SINGLE_SOURCE]
    for i, sentence in enumerate(sentences):
        verdict = verdicts[i % 3]
        value = f"{100 + i} million dollars"
        stating = articles[:1] if verdict == Verdict.SINGLE_SOURCE else articles
        claims = [
            ClaimFactory.on(
                a,
                value,
                sentence=sentence,
                value={"amount": 100 + i + (1 if verdict == Verdict.CONFLICTING and a is articles[-1] else 0)},
            )
            for a in stating
        ]
        flagged = verdict != Verdict.CORROBORATED
        FactFactory(
            story=story,
            claims=claims,
            verdict=verdict,
            slot=f"item{i}.amount",
            flagged=flagged,
            review_status=ReviewStatus.APPROVED if flagged else ReviewStatus.PENDING,
            decision__note=f"Checked item {i} by phone.",
            decision__public_note=f"Confirmed item {i} with the company.",
        )
    return story
