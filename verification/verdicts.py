"""What a fact's verdict and its review mean, decided here and nowhere else.

- **needs review** (the fact is flagged): a conflicting fact always; a single-source fact once the story's
  text states its value. A corroborated fact never.
- **undecided**: flagged, and its review is pending or asks for sourcing.
- **settled**: a reviewer approved it, so the consolidated draft may state it as fact.
- **public** (readers see it as checked): not flagged, or flagged and decided (approved or rejected). A
  fact still waiting for a decision is not shown as checked.
- **public verdict**: how readers are told the outcome, with the ClaimReview rating (1 worst, 3 best);
  a rejected fact shows as rejected whatever the cross-check said.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Q

from core.models import ReviewStatus, Verdict

MIN_VALUE_LENGTH = 3  # shorter value texts ("4", "US") would be found in almost any text

UNDECIDED_STATUSES = (ReviewStatus.PENDING, ReviewStatus.NEEDS_SOURCING)
DECIDED_STATUSES = (ReviewStatus.APPROVED, ReviewStatus.REJECTED)


# --- needs review ---------------------------------------------------------------------------------------
def story_text(story) -> str:
    """What the story says to readers, for matching: title, dek and body, case-folded."""
    return " ".join([story.title, story.dek, story.body]).casefold()


def stated_value(values: Iterable[str], text: str) -> str | None:
    """The longest of a fact's values (its claims' texts, as the sources write them) that `text`
    (from story_text) contains, or None."""
    candidates = sorted({v.strip() for v in values if len(v.strip()) >= MIN_VALUE_LENGTH}, key=len, reverse=True)
    return next((v for v in candidates if v.casefold() in text), None)


def needs_review(verdict: str, values: Iterable[str], text: str) -> bool:
    if verdict == Verdict.CONFLICTING:
        return True
    return verdict == Verdict.SINGLE_SOURCE and stated_value(values, text) is not None


# --- undecided, settled, public -----------------------------------------------------------------------
def is_undecided(*, flagged: bool, review_status: str) -> bool:
    return flagged and review_status in UNDECIDED_STATUSES


def is_settled(*, review_status: str) -> bool:
    return review_status == ReviewStatus.APPROVED


def is_public(*, flagged: bool, review_status: str) -> bool:
    return not flagged or review_status in DECIDED_STATUSES


def undecided_q(prefix: str = "") -> Q:
    """is_undecided as a query condition; `prefix` reaches facts from another model ("facts__")."""
    return Q(**{f"{prefix}flagged": True, f"{prefix}review_status__in": UNDECIDED_STATUSES})


def public_q(prefix: str = "") -> Q:
    """is_public as a query condition."""
    return Q(**{f"{prefix}flagged": False}) | Q(**{f"{prefix}review_status__in": DECIDED_STATUSES})


# --- what readers are told ------------------------------------------------------------------------------
@dataclass(frozen=True)
class PublicVerdict:
    label: str  # what readers read
    word: str  # in the one-line summary
    symbol: str  # shown with the colour, so colour is never the only cue
    css: str
    rating: int  # ClaimReview ratingValue, 1 (worst) to 3 (best)


PUBLIC_VERDICTS = {
    Verdict.CORROBORATED: PublicVerdict("Corroborated", "corroborated", "✓", "corroborated", 3),
    Verdict.CONFLICTING: PublicVerdict("Disputed: sources differ", "disputed", "≠", "conflicting", 1),
    Verdict.SINGLE_SOURCE: PublicVerdict("Single source", "single source", "1", "single", 2),
}
REJECTED = PublicVerdict("Rejected on review", "rejected", "✕", "rejected", 1)


def public_verdict(*, verdict: str, review_status: str) -> PublicVerdict:
    if review_status == ReviewStatus.REJECTED:
        return REJECTED
    return PUBLIC_VERDICTS.get(verdict, PUBLIC_VERDICTS[Verdict.SINGLE_SOURCE])


def summary_line(words: Iterable[str]) -> str:
    """The one-line summary of a story's checked facts from their public verdicts' words: "12 facts checked:
    9 corroborated, 1 disputed, 2 single source" (zero counts and rejected facts left out of the parts)."""
    words = list(words)
    if not words:
        return "No facts checked yet"
    head = f"{len(words)} fact{'s' if len(words) != 1 else ''} checked"
    parts = [f"{words.count(v.word)} {v.word}" for v in PUBLIC_VERDICTS.values() if words.count(v.word)]
    return f"{head}: {', '.join(parts)}" if parts else head
