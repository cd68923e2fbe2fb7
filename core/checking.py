"""What the editorial side (stories) asks of fact checking (verification), without importing it.

Dependencies run one way: verification imports stories.models, never the other way round. Where the
editorial workflow needs fact checking (queue a verification run, refuse to submit a story whose
verification is stale or to approve one with undecided facts, re-flag facts when the text changes, re-extract
claims when an article changes) it calls the implementation the verification app registers when Django starts
(``VerificationConfig.ready``), much as Wagtail's workflow asks the task types registered with it.
"""

from __future__ import annotations

from typing import Protocol


class FactChecking(Protocol):
    def start_verification(self, *, story, user):
        """Queue a verification run of the story (all drafts when None) for the user; the run record.

        Raises ActionForbidden when the user's role may not verify, SourcesFrozen for a story past the
        draft stage, BrokerUnavailable when the task queue is down."""

    def verification_problem(self, story) -> str:
        """Why the story's verification is not current with its sources, or "" when it is."""

    def approval_problem(self, story) -> str:
        """Why a reviewer may not approve the story now (undecided or rejected-but-stated facts), or ""."""

    def undecided_count(self, story) -> int:
        """How many of the story's flagged facts wait for a reviewer's decision."""

    def story_runs(self, story, *, limit: int = 5) -> list[dict]:
        """The newest runs that covered the story (its own, and runs over every article), each as
        {"id", "line" (in words), "state", "busy", "progress" (0-100)}; busy ones first in time order."""

    def last_verified(self, story):
        """When a finished run last cross-checked the story (any run that covered it), or None."""

    def story_text_changed(self, story) -> None:
        """The story's title, dek or body changed (inside the saving transaction): re-flag its facts."""

    def articles_changed(self, article_ids: list[int]) -> None:
        """These articles' texts changed: extract their claims again once the transaction commits."""

    def undecided_q(self, prefix: str = ""):
        """A query condition for undecided facts, reached from another model through `prefix` ("facts__")."""

    def story_facts(self, story) -> list:
        """The story's facts with their claims, in id order (for the consolidated draft)."""

    def is_settled(self, fact) -> bool:
        """A reviewer approved the fact: the consolidated draft may state it as fact."""

    def public_fact_count(self, verdict: str | None = None):
        """An annotation for Story querysets: how many facts readers see as checked (of one verdict)."""

    def public_fact_rows(self, story_id: int):
        """The facts readers see, one row per claim, with the latest public note (see verification.selectors)."""

    def record_published_facts(self, edition) -> int:
        """The edition (being recorded, in the publishing transaction) fixes the facts readers see of its story:
        the public API serves these copies until the next edition; how many."""

    def public_verdict(self, *, verdict: str, review_status: str):
        """What readers are told of a fact: label, word, symbol, css class and ClaimReview rating."""

    def concept_label(self, slot: str, language: str = "en") -> str:
        """What a fact is about, in words of the language ("deaths" -> "Deaths"), never a slot name."""


_registered: FactChecking | None = None


def register(implementation: FactChecking) -> None:
    global _registered
    _registered = implementation


def fact_checking() -> FactChecking:
    if _registered is None:
        raise RuntimeError("no fact checking registered: is the verification app in INSTALLED_APPS?")
    return _registered
