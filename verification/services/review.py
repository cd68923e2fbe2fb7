"""Reviewers' decisions on facts: approve, reject (with a note) or ask for sourcing; kept as history.

A decision locks the fact's row and, when the caller says which version it looked at, refuses if someone
decided in between (:class:`DecisionConflict`): two reviewers deciding one fact at once never overwrite each
other silently. Every decision bumps ``Fact.version`` and adds a :class:`ReviewDecision`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from core.errors import ActionConflict, InvalidAction, VersionConflict
from core.limits import check_note_length
from core.models import ReviewStatus, Verdict
from core.permissions import REVIEW_PERMISSION, require_permission
from stories.models import StoryState
from verification.models import Fact, ReviewDecision
from verification.verdicts import UNDECIDED_STATUSES

DECISIONS = {
    "approve": ReviewStatus.APPROVED,
    "reject": ReviewStatus.REJECTED,
    "needs_sourcing": ReviewStatus.NEEDS_SOURCING,
}
# Once a story is approved its facts are settled; a reviewer sends it back first to change one.
DECIDABLE_STORY_STATES = (StoryState.DRAFT, StoryState.CHANGES_REQUESTED, StoryState.IN_REVIEW)


class DecisionConflict(VersionConflict):
    """Another reviewer decided the fact after the version this decision started from. A class of its own so that a
    caller tells this lost race (reload the fact, decide again) from the other conflicts a decision meets (a story
    no longer open to review); the API answers it as any version conflict."""


def _check_review_permission(user) -> None:
    require_permission(user, REVIEW_PERMISSION, refusal="your role may not decide on facts")


def _check_story(fact: Fact) -> None:
    if fact.story.state not in DECIDABLE_STORY_STATES:
        raise ActionConflict(
            f"the story is {fact.story.get_state_display().lower()}: its facts are settled; "
            "send the story back (request changes) to decide again"
        )


def decide_fact(
    *, fact: Fact | int, user, decision: str, note: str = "", public_note: str = "", expected_version: int | None = None
) -> Fact:
    """Record a reviewer's decision on one fact; ``decision`` is approve, reject or needs_sourcing.

    ``note`` is internal (the desk's record, required to reject); ``public_note`` is what readers see
    with the fact on the story page, and is left empty unless the reviewer writes one.
    """
    _check_review_permission(user)
    status = DECISIONS.get(decision)
    if status is None:
        raise InvalidAction(f"decision must be one of {', '.join(DECISIONS)}; got {decision!r}")
    note, public_note = (note or "").strip(), (public_note or "").strip()
    check_note_length(note)
    check_note_length(public_note, what="the public note")
    if status == ReviewStatus.REJECTED and not note:
        raise InvalidAction("a note is required to reject a fact: say what is wrong with it")
    fact_id = fact if isinstance(fact, int) else fact.pk
    with transaction.atomic():
        locked = Fact.objects.select_for_update().select_related("story").filter(pk=fact_id).first()
        if locked is None:
            raise ActionConflict("the fact no longer exists (the story was verified again)")
        _check_story(locked)
        if expected_version is not None and locked.version != expected_version:
            last = locked.decisions.select_related("reviewer").first()
            who = f" ({last.get_decision_display().lower()} by {last.reviewer})" if last and last.reviewer else ""
            raise DecisionConflict(
                f"someone decided this fact after you opened it{who}; yours was not recorded: "
                "reload it and decide again",
                current_version=locked.version,
            )
        locked.review_status = status
        locked.version += 1
        locked.save(update_fields=["review_status", "version", "updated_at"])
        ReviewDecision.objects.create(fact=locked, decision=status, note=note, public_note=public_note, reviewer=user)
    return locked


@dataclass
class BulkResult:
    approved: list[int] = field(default_factory=list)
    skipped: dict[int, str] = field(default_factory=dict)  # fact id → why


def bulk_approve(*, fact_ids: list[int], user, note: str = "") -> BulkResult:
    """Approve the easy ones in one go: undecided, not conflicting, on a story still under review.

    Conflicting facts and facts already decided are skipped (with the reason): they need a look each.
    The note is internal; a bulk approval writes no public note.
    """
    _check_review_permission(user)
    check_note_length((note or "").strip())
    result = BulkResult()
    with transaction.atomic():
        facts = list(Fact.objects.select_for_update().select_related("story").filter(pk__in=fact_ids).order_by("pk"))
        for fact in facts:
            if fact.story.state not in DECIDABLE_STORY_STATES:
                result.skipped[fact.pk] = f"story is {fact.story.get_state_display().lower()}"
            elif fact.verdict == Verdict.CONFLICTING:
                result.skipped[fact.pk] = "conflicting: decide it on its review page"
            elif fact.review_status not in UNDECIDED_STATUSES:
                result.skipped[fact.pk] = f"already {fact.get_review_status_display().lower()}"
            else:
                result.approved.append(fact.pk)
        if result.approved:
            for fact in facts:
                if fact.pk in result.approved:
                    fact.review_status, fact.version = ReviewStatus.APPROVED, fact.version + 1
                    fact.updated_at = timezone.now()
            Fact.objects.bulk_update(
                [f for f in facts if f.pk in result.approved], ["review_status", "version", "updated_at"]
            )
            ReviewDecision.objects.bulk_create(
                ReviewDecision(fact_id=pk, decision=ReviewStatus.APPROVED, note=note or "bulk approval", reviewer=user)
                for pk in result.approved
            )
    return result
