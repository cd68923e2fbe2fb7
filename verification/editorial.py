"""Fact checking as the editorial side sees it: the implementations of core.checking's interfaces that
VerificationConfig.ready registers, each handing over to the verification services and selectors, and the
receivers of the signals stories sends when texts change."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Max
from django.dispatch import receiver

from core.checking import FactChecking, articles_changed, story_text_changed
from verification import selectors, verdicts
from verification.engine.claims import names_only
from verification.engine.concepts import concept_label
from verification.models import Fact
from verification.services import readiness
from verification.services.flags import refresh_review_flags
from verification.services.publication import record_published_facts
from verification.services.runs import request_extraction, start_verification


class Runs:
    def start(self, *, story, user):
        return start_verification(story=story, user=user)

    def recent(self, story, *, limit: int = 5) -> list[dict]:
        return [selectors.run_status(run, story_id=story.pk) for run in selectors.runs_covering_story(story)[:limit]]

    def last_finished(self, story):
        return readiness.done_runs_of(story).aggregate(last=Max("finished_at"))["last"]


class Readiness:
    def verification_problem(self, story) -> str:
        return readiness.verification_problem(story)

    def approval_problem(self, story) -> str:
        return readiness.approval_problem(story)

    def undecided_q(self, prefix: str = ""):
        return verdicts.undecided_q(prefix)

    def undecided_count(self, story) -> int:
        return Fact.objects.filter(story=story).undecided().count()


class Drafting:
    def of_story(self, story) -> list:
        return list(Fact.objects.filter(story=story).prefetch_related("claims").order_by("id"))

    def is_settled(self, fact) -> bool:
        return verdicts.is_settled(review_status=fact.review_status)

    def names_only(self, fact) -> bool:
        return all(
            names_only(c.kind, c.slot, c.subject, c.value if isinstance(c.value, dict) else {})
            for c in fact.claims.all()
        )


class Public:
    def rows(self, story_id: int):
        return selectors.public_fact_rows(story_id)

    def record_published_facts(self, edition) -> int:
        return record_published_facts(edition=edition)

    def verdict(self, *, verdict: str, review_status: str):
        return verdicts.public_verdict(verdict=verdict, review_status=review_status)

    def label(self, slot: str, language: str = "en") -> str:
        return concept_label(slot, language)

    def summary(self, words) -> str:
        return verdicts.summary_line(words)


FACT_CHECKING = FactChecking(runs=Runs(), readiness=Readiness(), drafting=Drafting(), public=Public())


@receiver(story_text_changed, dispatch_uid="verification-reflag-story-facts")
def _reflag_facts(sender, *, story, **kwargs) -> None:
    refresh_review_flags(story=story)  # single-source facts wait for a reviewer once the text states them


@receiver(articles_changed, dispatch_uid="verification-extract-changed-articles")
def _extract_again(sender, *, article_ids: list[int], **kwargs) -> None:
    transaction.on_commit(lambda: request_extraction(article_ids=article_ids))
