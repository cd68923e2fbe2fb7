"""What the editorial side (stories) asks of fact checking (verification), without importing it.

Dependencies run one way: verification imports stories.models, never the other way round. Where the
editorial side needs fact checking it calls the small interfaces below, which the verification app
registers when Django starts (``VerificationConfig.ready``), much as Wagtail's workflow asks the task types
registered with it; where it only tells fact checking that something changed, it sends a signal, and
verification listens:

- ``runs``: start a verification run and follow a story's runs (the desk);
- ``readiness``: whether a story's facts let it move on (the workflow's guards, the desk);
- ``drafting``: a story's facts as the consolidated draft states them;
- ``public``: the facts readers see (fixed by each edition), and what they are told of each;
- signals ``story_text_changed`` and ``articles_changed``: texts changed, so facts are re-flagged or
  claims extracted again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from django.dispatch import Signal


class VerificationRuns(Protocol):
    def start(self, *, story, user):
        """Queue a verification run of the story (all drafts when None) for the user; the run record.

        Raises ActionForbidden when the user's role may not verify, SourcesFrozen for a story past the
        draft stage, BrokerUnavailable when the task queue is down."""

    def recent(self, story, *, limit: int = 5) -> list[dict]:
        """The newest runs that covered the story (its own, and runs over every article), each as
        {"id", "line" (in words), "state", "busy", "progress" (0-100)}; busy ones first in time order."""

    def last_finished(self, story):
        """When a finished run last cross-checked the story (any run that covered it), or None."""


class Readiness(Protocol):
    def verification_problem(self, story) -> str:
        """Why the story's verification is not current with its sources, or "" when it is."""

    def approval_problem(self, story) -> str:
        """Why a reviewer may not approve the story now (undecided or rejected-but-stated facts), or ""."""

    def undecided_q(self, prefix: str = ""):
        """A query condition for undecided facts, reached from another model through `prefix` ("facts__")."""

    def undecided_count(self, story) -> int:
        """How many of the story's flagged facts wait for a reviewer's decision."""


class DraftingFacts(Protocol):
    def of_story(self, story) -> list:
        """The story's facts with their claims, in id order."""

    def is_settled(self, fact) -> bool:
        """A reviewer approved the fact: the consolidated draft may state it as fact."""

    def names_only(self, fact) -> bool:
        """The fact names someone or somewhere and states nothing of them: no sentence of the draft on its own."""


class PublicFacts(Protocol):
    def rows(self, story_id: int):
        """The facts readers see, one row per claim, with the latest public note (see verification.selectors)."""

    def record_published_facts(self, edition) -> int:
        """The edition (being recorded, in the publishing transaction) fixes the facts readers see of its story:
        the public API serves these copies until the next edition; how many."""

    def verdict(self, *, verdict: str, review_status: str):
        """What readers are told of a fact: label, word, symbol, css class and ClaimReview rating."""

    def label(self, slot: str, language: str = "en") -> str:
        """What a fact is about, in words of the language ("deaths" -> "Deaths"), never a slot name."""

    def summary(self, words) -> str:
        """The line that sums up a story's checked facts from their verdicts' words ("12 facts checked: ...")."""


@dataclass(frozen=True)
class FactChecking:
    runs: VerificationRuns
    readiness: Readiness
    drafting: DraftingFacts
    public: PublicFacts


# Sent inside the saving transaction. story_text_changed(sender=Story, story=...): the story's title, dek or
# body changed, so the facts the text states wait for a reviewer again. articles_changed(sender=Article,
# article_ids=[...]): these articles' texts changed, so their claims are extracted again after the commit.
story_text_changed = Signal()
articles_changed = Signal()

_registered: FactChecking | None = None


def register(implementation: FactChecking) -> None:
    global _registered
    _registered = implementation


def fact_checking() -> FactChecking:
    if _registered is None:
        raise RuntimeError("no fact checking registered: is the verification app in INSTALLED_APPS?")
    return _registered
