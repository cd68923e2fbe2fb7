"""factory-boy factories for the models tests build: stories, their source articles, claims, facts (with a
reviewer's decision), corrections and verification runs, straight through the ORM (no workflow, no worker).

A published story is live and readers get its edition: it is recorded when the story is made and again
whenever an article, a fact or a correction is added to it, so reader pages show the story as built.

Scenarios made of several objects (a verified story with its sources, facts and run; a checked story of
many facts and sources) are in tests/workflow_data.py, built on these.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid

import factory
from django.utils import timezone

from core.models import ReviewStatus, Verdict
from stories.models import Article, Correction, Story, StoryState
from stories.services.editions import record_edition
from verification.models import Claim, Fact, ReviewDecision, VerificationRun


def _show_readers(story: Story | None) -> None:
    """Record a live story's edition again, so readers get it as built (as publishing or a correction does)."""
    if story is not None and story.live:
        record_edition(story=story)


class StoryFactory(factory.django.DjangoModelFactory):
    """A story, published (a second earlier for each story made, so lists have an order, and however many
    stories a test session makes, still later than one a test dates days back) unless told otherwise."""

    class Meta:
        model = Story
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Temasek opens a fourth office {n}")
    slug = factory.Sequence(lambda n: f"story-{n}-{uuid.uuid4().hex[:6]}")
    dek = factory.Sequence(lambda n: f"What happened, story {n}.")
    body = "Temasek will invest S$300 million [1]. Others put it higher [2]."
    state = StoryState.PUBLISHED
    published_at = factory.LazyAttributeSequence(
        lambda story, n: timezone.now() - dt.timedelta(seconds=n + 1) if story.state == StoryState.PUBLISHED else None
    )
    live = factory.LazyAttribute(lambda story: story.state == StoryState.PUBLISHED)

    @factory.post_generation
    def edition(self, create, extracted, **kwargs):
        if create:
            _show_readers(self)


class ArticleFactory(factory.django.DjangoModelFactory):
    """A source article; its raw text is its body, its content hash unique."""

    class Meta:
        model = Article
        skip_postgeneration_save = True

    story = factory.SubFactory(StoryFactory)
    publisher = "marsbit"
    title = factory.LazyAttributeSequence(lambda article, n: f"{article.publisher} report {n}")
    dek = ""
    body = factory.Sequence(
        lambda n: f"Temasek said on Tuesday it will invest S$300 million in the new office. Filler {n}."
    )
    raw_text = factory.SelfAttribute("body")
    origin = factory.LazyAttributeSequence(lambda article, n: f"seeds/{n:03d}_{article.publisher}.txt")
    content_hash = factory.LazyFunction(lambda: hashlib.sha256(uuid.uuid4().bytes).hexdigest())
    language = "en"
    published = dt.date(2026, 5, 21)

    @factory.post_generation
    def edition(self, create, extracted, **kwargs):
        if create:
            _show_readers(self.story)


class ClaimFactory(factory.django.DjangoModelFactory):
    """A claim; ``ClaimFactory.on(article, value)`` places it where the article's text states the value."""

    class Meta:
        model = Claim

    article = factory.SubFactory(ArticleFactory)
    kind = "money"
    slot = "investment.amount"
    text = "S$300 million"
    value = factory.LazyAttribute(lambda claim: {"text": claim.text})
    start = 0
    end = factory.LazyAttribute(lambda claim: claim.start + len(claim.text))
    sentence_start = 0
    sentence_end = factory.SelfAttribute("end")

    @classmethod
    def on(cls, article: Article, text: str, *, sentence: str | None = None, **fields) -> Claim:
        """A claim on ``text`` inside ``sentence`` (default: the sentence of the article's text that holds it)."""
        article_text = article.text
        if sentence is None:
            start = article_text.index(text)
            sentence_start = article_text.rfind(". ", 0, start)
            sentence_start = 0 if sentence_start < 0 else sentence_start + 2
            sentence_end = article_text.find(". ", start + len(text))
            sentence_end = len(article_text) if sentence_end < 0 else sentence_end + 1
        else:
            sentence_start = article_text.index(sentence)
            start = sentence_start + sentence.index(text)
            sentence_end = sentence_start + len(sentence)
        return cls(
            article=article,
            text=text,
            start=start,
            end=start + len(text),
            sentence_start=sentence_start,
            sentence_end=sentence_end,
            **fields,
        )


class VerificationRunFactory(factory.django.DjangoModelFactory):
    """A finished verification run."""

    class Meta:
        model = VerificationRun

    state = "done"
    stage = "finished"
    progress = 1.0
    started_at = factory.LazyFunction(timezone.now)
    finished_at = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(seconds=1))


class FactFactory(factory.django.DjangoModelFactory):
    """A fact of a story; ``claims=[...]`` attaches its evidence. A fact a reviewer decided (its review status
    is not pending) gets that decision, with ``decision__note`` and ``decision__public_note`` as its notes."""

    class Meta:
        model = Fact
        skip_postgeneration_save = True

    story = factory.SubFactory(StoryFactory)
    slot = "investment.amount"
    subject = ""
    key = factory.LazyAttributeSequence(lambda fact, n: f"{fact.slot}:{fact.subject}:{n}")
    kind = "money"
    verdict = Verdict.CORROBORATED
    flagged = False
    review_status = ReviewStatus.PENDING
    explanation = "Sources compared."

    @factory.post_generation
    def claims(self, create, extracted, **kwargs):
        if create and extracted:
            self.claims.set(extracted)
            self.independent_sources = len({claim.article_id for claim in extracted})
            self.save(update_fields=["independent_sources"])

    @factory.post_generation
    def decision(self, create, extracted, note: str = "", public_note: str = ""):
        if create and self.review_status != ReviewStatus.PENDING:
            ReviewDecision.objects.create(fact=self, decision=self.review_status, note=note, public_note=public_note)

    @factory.post_generation
    def edition(self, create, extracted, **kwargs):
        if create:
            _show_readers(self.story)


class CorrectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Correction
        skip_postgeneration_save = True

    story = factory.SubFactory(StoryFactory)
    note = "An earlier version gave the wrong date."

    @factory.post_generation
    def edition(self, create, extracted, **kwargs):
        if create:
            _show_readers(self.story)
