"""Fact checking as the editorial workflow sees it: the implementation of core.checking.FactChecking that
VerificationConfig.ready registers, each method handing over to the verification services."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Max

from verification import selectors, verdicts
from verification.engine.concepts import concept_label
from verification.models import Fact
from verification.services import readiness
from verification.services.flags import refresh_review_flags
from verification.services.publication import record_published_facts
from verification.services.runs import request_extraction, start_verification


class VerificationChecks:
    def start_verification(self, *, story, user):
        return start_verification(story=story, user=user)

    def verification_problem(self, story) -> str:
        return readiness.verification_problem(story)

    def approval_problem(self, story) -> str:
        return readiness.approval_problem(story)

    def undecided_count(self, story) -> int:
        return Fact.objects.filter(story=story).undecided().count()

    def story_runs(self, story, *, limit: int = 5) -> list[dict]:
        return [selectors.run_status(run, story_id=story.pk) for run in selectors.runs_covering_story(story)[:limit]]

    def last_verified(self, story):
        return readiness.done_runs_of(story).aggregate(last=Max("finished_at"))["last"]

    def story_text_changed(self, story) -> None:
        refresh_review_flags(story=story)  # single-source facts wait for a reviewer once the text states them

    def articles_changed(self, article_ids: list[int]) -> None:
        transaction.on_commit(lambda: request_extraction(article_ids=article_ids))

    def undecided_q(self, prefix: str = ""):
        return verdicts.undecided_q(prefix)

    def story_facts(self, story) -> list:
        return list(Fact.objects.filter(story=story).prefetch_related("claims").order_by("id"))

    def is_settled(self, fact) -> bool:
        return verdicts.is_settled(review_status=fact.review_status)

    def public_fact_count(self, verdict: str | None = None):
        return selectors.public_fact_count(verdict)

    def public_fact_rows(self, story_id: int):
        return selectors.public_fact_rows(story_id)

    def record_published_facts(self, edition) -> int:
        return record_published_facts(edition=edition)

    def public_verdict(self, *, verdict: str, review_status: str):
        return verdicts.public_verdict(verdict=verdict, review_status=review_status)

    def concept_label(self, slot: str, language: str = "en") -> str:
        return concept_label(slot, language)
