"""Stories with sources, claims, facts and a finished verification run, built with the ORM for workflow tests."""
from __future__ import annotations

import itertools
import uuid
from datetime import timedelta

from django.utils import timezone

from core.models import ReviewStatus, Verdict
from stories.models import Article, Story, StoryState
from verification.models import Claim, Fact, ReviewDecision, VerificationRun

_counter = itertools.count(1)

SOURCES = [
    ("marsbit", "Grab will invest S$300 million in Singapore. The fund will create 500 jobs by 2027."),
    ("reuters", "Grab invests S$300 million in Singapore, the company said. It expects 400 jobs."),
    ("techwire", "The ride-hailing firm opened its fourth office in Jakarta last week."),
]


def _claim(article: Article, value_text: str, kind: str, slot: str, value: dict) -> Claim:
    text = article.text
    start = text.index(value_text)
    sentence_start = text.rfind(". ", 0, start)
    sentence_start = 0 if sentence_start < 0 else sentence_start + 2
    sentence_end = text.find(".", start + len(value_text))
    sentence_end = len(text) if sentence_end < 0 else sentence_end + 1
    return Claim.objects.create(
        article=article, kind=kind, slot=slot, subject="grab", value=value, text=value_text, start=start,
        end=start + len(value_text), sentence_start=sentence_start, sentence_end=sentence_end,
    )


def make_article(story: Story | None, publisher: str, body: str) -> Article:
    n = next(_counter)
    return Article.objects.create(
        origin=f"test/{publisher}-{n}.txt", content_hash=uuid.uuid4().hex + uuid.uuid4().hex, raw_text=body,
        title=f"{publisher} on Grab", body=body, publisher=publisher, language="en",
        published=timezone.now().date(), story=story, text_version=1, claims_text_version=1,
    )


def make_story(*, state: str = StoryState.DRAFT, submitted_by=None, decided: bool = True, with_body: bool = True,
               extra_single_sources: int = 0) -> Story:
    """A story of three sources: a corroborated amount, conflicting job counts, a single-source office fact.

    ``decided``: the flagged facts are approved (so approval's guards pass); otherwise they are pending.
    The story is put straight into ``state`` (set-up, not a transition).
    """
    n = next(_counter)
    story = Story.objects.create(title=f"Grab invests in Singapore {n}", slug=f"grab-{n}-{uuid.uuid4().hex[:6]}")
    articles = [make_article(story, publisher, body) for publisher, body in SOURCES]
    run = VerificationRun.objects.create(story=story, state="done", stage="finished", progress=1.0,
                                         started_at=timezone.now(), finished_at=timezone.now() + timedelta(seconds=1))
    money = {"low": 300e6, "high": 300e6, "qualifier": "exact", "unit": "", "currency": "SGD"}
    amount = [_claim(a, "S$300 million", "money", "investment.amount", money) for a in articles[:2]]
    jobs = [_claim(articles[0], "500 jobs", "count", "jobs.count", {"low": 500, "high": 500, "unit": "jobs"}),
            _claim(articles[1], "400 jobs", "count", "jobs.count", {"low": 400, "high": 400, "unit": "jobs"})]
    office = [_claim(articles[2], "fourth office", "ranking", "office.rank", {"ordinal": 4, "category": "office"})]
    status = ReviewStatus.APPROVED if decided else ReviewStatus.PENDING
    specs = [("amount", Verdict.CORROBORATED, False, amount, ReviewStatus.PENDING),
             ("jobs", Verdict.CONFLICTING, True, jobs, status),
             ("office", Verdict.SINGLE_SOURCE, True, office, status)]
    for i in range(extra_single_sources):
        article = make_article(story, f"outlet{i}", f"Grab hired {100 + i} engineers in Singapore this year.")
        claim = _claim(article, f"{100 + i} engineers", "count", f"hires.count{i}", {"low": 100 + i})
        specs.append((f"hires{i}", Verdict.SINGLE_SOURCE, True, [claim], status))
    run.finished_at = timezone.now() + timedelta(seconds=1)
    run.save(update_fields=["finished_at"])
    for key, verdict, flagged, claims, review_status in specs:
        fact = Fact.objects.create(story=story, key=key, kind=claims[0].kind, slot=claims[0].slot, subject="grab",
                                   verdict=verdict, flagged=flagged, review_status=review_status, run=run,
                                   explanation=f"{verdict} across {len(claims)} claim(s)",
                                   independent_sources=len({c.article_id for c in claims}))
        fact.claims.set(claims)
        if flagged and review_status != ReviewStatus.PENDING:
            ReviewDecision.objects.create(fact=fact, decision=review_status, note="set-up")
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
