"""Small builders for reader tests: published stories with sources, claims and facts, straight through
the ORM (no workflow), so the reader pages can be tested on their own. A published story is live, and its
edition is recorded again whenever an article or a fact is added to it, so readers get it as built."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import uuid

from django.utils import timezone

from core.models import ReviewStatus, Verdict
from stories.models import Article, Correction, Story, StoryState
from stories.services.editions import record_edition
from verification.models import Claim, Fact, ReviewDecision

_counter = itertools.count(1)


def make_story(
    title: str = "Temasek opens a fourth office",
    *,
    state: str = StoryState.PUBLISHED,
    published_at: dt.datetime | None | str = "past",
    slug: str | None = None,
    dek: str = "",
    body: str = "",
) -> Story:
    n = next(_counter)
    if published_at == "past":
        published_at = timezone.now() - dt.timedelta(hours=n)
    story = Story.objects.create(
        title=title,
        slug=slug or f"story-{n}-{uuid.uuid4().hex[:6]}",
        dek=dek or f"What happened, story {n}.",
        body=body or "Temasek will invest S$300 million [1]. Others put it higher [2].",
        state=state,
        published_at=published_at,
        live=state == StoryState.PUBLISHED,
    )
    _reissue(story)
    return story


def _reissue(story: Story | None) -> None:
    if story is not None and story.live:
        record_edition(story=story)


def make_article(
    story: Story | None,
    *,
    publisher: str = "marsbit",
    title: str = "",
    dek: str = "",
    body: str = "",
    language: str = "en",
    origin: str = "",
    published=dt.date(2026, 5, 21),
) -> Article:
    n = next(_counter)
    body = body or f"Temasek said on Tuesday it will invest S$300 million in the new office. Filler {n}."
    text = f"{title}|{dek}|{body}|{n}|{uuid.uuid4().hex}"
    article = Article.objects.create(
        origin=origin or f"seeds/{n:03d}_{publisher}.txt",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        raw_text=body,
        title=title or f"{publisher} report {n}",
        dek=dek,
        body=body,
        publisher=publisher,
        language=language,
        published=published,
        story=story,
    )
    _reissue(story)
    return article


def make_claim(
    article: Article,
    value: str,
    *,
    sentence: str | None = None,
    kind: str = "money",
    slot: str = "investment.amount",
    normalised: dict | None = None,
) -> Claim:
    """A claim on `value` inside `sentence` (default: the sentence of the article holding the value)."""
    text = article.text
    start = text.index(value) if sentence is None else text.index(sentence) + sentence.index(value)
    s0 = text.rfind(". ", 0, start)
    s0 = 0 if s0 < 0 else s0 + 2
    s1 = text.find(". ", start)
    s1 = len(text) if s1 < 0 else s1 + 1
    if sentence is not None:
        s0 = text.index(sentence)
        s1 = s0 + len(sentence)
    return Claim.objects.create(
        article=article,
        kind=kind,
        slot=slot,
        value=normalised if normalised is not None else {"text": value},
        text=value,
        start=start,
        end=start + len(value),
        sentence_start=s0,
        sentence_end=s1,
    )


def make_fact(
    story: Story,
    claims: list[Claim],
    *,
    verdict: str = Verdict.CORROBORATED,
    slot: str = "investment.amount",
    subject: str = "",
    flagged: bool = False,
    review_status: str = ReviewStatus.PENDING,
    note: str = "",
    public_note: str = "",
    explanation: str = "",
) -> Fact:
    n = next(_counter)
    fact = Fact.objects.create(
        story=story,
        key=f"{slot}:{subject}:{n}",
        kind=claims[0].kind if claims else "money",
        slot=slot,
        subject=subject,
        verdict=verdict,
        flagged=flagged,
        review_status=review_status,
        explanation=explanation or f"{len(claims)} source(s) compared.",
        independent_sources=len({c.article_id for c in claims}),
    )
    fact.claims.set(claims)
    if note or public_note or review_status != ReviewStatus.PENDING:
        ReviewDecision.objects.create(fact=fact, decision=review_status, note=note, public_note=public_note)
    _reissue(story)
    return fact


def make_checked_story(n_facts: int = 3, n_sources: int = 2, **story_kwargs) -> Story:
    """A published story whose n_sources sources each state n_facts values: a corroborated fact, a
    disputed one (the last source differs), a single-source one, and so on round-robin; its edition
    is recorded, as publication does (stories made with make_story get theirs on their first view)."""
    story = make_story(**story_kwargs)
    sentences = [f"Item {i} was worth {100 + i} million dollars." for i in range(n_facts)]
    articles = [make_article(story, publisher=f"Outlet {j + 1}", body=" ".join(sentences)) for j in range(n_sources)]
    Correction.objects.create(story=story, note="An earlier version gave the wrong date.")
    verdicts = [Verdict.CORROBORATED, Verdict.CONFLICTING, Verdict.SINGLE_SOURCE]
    for i, sentence in enumerate(sentences):
        verdict = verdicts[i % 3]
        value = f"{100 + i} million dollars"
        stating = articles[:1] if verdict == Verdict.SINGLE_SOURCE else articles
        claims = [
            make_claim(
                a,
                value,
                sentence=sentence,
                normalised={"amount": 100 + i + (1 if verdict == Verdict.CONFLICTING and a is articles[-1] else 0)},
            )
            for a in stating
        ]
        flagged = verdict != Verdict.CORROBORATED
        make_fact(
            story,
            claims,
            verdict=verdict,
            slot=f"item{i}.amount",
            flagged=flagged,
            review_status=ReviewStatus.APPROVED if flagged else ReviewStatus.PENDING,
            note=f"Checked item {i} by phone." if flagged else "",
            public_note=f"Confirmed item {i} with the company." if flagged else "",
        )
    _reissue(story)
    return story
