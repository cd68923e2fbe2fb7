"""The editorial workflow of a story: states, transitions, guards and permissions, all in this module.

    draft ──submit──▶ in_review ──approve──▶ approved ──publish──▶ published
      ▲                 │    ▲                │  ▲ (now, or at publish_at   │
      │     request_changes  └──── submit ────┘  │  by the beat task)       │
      │                 ▼                        └───────unpublish──────────┘
      └─ (editable) changes_requested                add_correction: published → published
      ▲
      └──edit_live── published: a new draft over the live story (readers keep the live edition until the
                     draft is approved and published; then it replaces it)

Modelled on Wagtail's ``wagtail/models/workflows.py``: every transition is a function that locks the
story row (``select_for_update``), checks the permission, the state and the guards, changes the state and
writes a :class:`StoryTransition` audit entry (who, when, from, to, note) in one transaction; a transition
that puts a story in front of readers (publish, a correction) also renders its next :class:`StoryEdition`
there, the page readers get until the next one. The admin,
the API and the beat task all go through these functions, so the rules are the same everywhere.

Refusals are the exceptions of :mod:`core.errors`, in three kinds that callers map to HTTP statuses:
ActionForbidden (the role may never do it: 403), ActionConflict (the story's state or its unresolved facts
forbid it now: 409) and InvalidAction (malformed request: 400).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from core.checking import fact_checking
from core.errors import ActionConflict, ActionForbidden, InvalidAction, WorkflowError
from core.limits import check_note_length
from core.permissions import EDIT_PERMISSION, acting_user, has_permission, require_permission
from core.words import when
from stories.models import EDITABLE_STATES, Correction, Story, StoryRevision, StoryState, StoryTransition
from stories.reader.cache import clear_reader_cache
from stories.services.editions import published_fact_changes, record_edition
from stories.services.outlets import story_outlet_problem
from stories.services.slugs import follow_title

log = logging.getLogger(__name__)


# --- the transitions --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Transition:
    name: str
    label: str
    sources: tuple[str, ...]
    target: str | None  # None: the state stays as it is (schedule, correction)
    permission: str
    note_required: bool = False
    guard: Callable[[Story], None] | None = None
    four_eyes: bool = False
    # publish, unpublish, correction: a new edition of a published story, and the reader cache cleared
    reader_visible: bool = False


def _guard_submit(story: Story) -> None:
    if not (story.body or "").strip():
        raise ActionConflict("the story has no text yet: draft the consolidated text first")
    problem = story_outlet_problem(story) or fact_checking().readiness.verification_problem(story)
    if problem:
        raise ActionConflict(problem)


def _guard_approve(story: Story) -> None:
    problem = fact_checking().readiness.approval_problem(story)
    if problem:
        raise ActionConflict(problem)


def _guard_publish(story: Story) -> None:
    if not (story.body or "").strip():
        raise ActionConflict("the story has no text")


def _guard_unpublish(story: Story) -> None:
    if not story.live:
        raise ActionConflict(
            f"cannot unpublish: the story is {story.get_state_display().lower()} and not on the "
            "reader site; it must be published (or live, with a new draft over it)"
        )


TRANSITIONS: dict[str, Transition] = {
    t.name: t
    for t in [
        Transition(
            "submit",
            "Submit for review",
            EDITABLE_STATES,
            StoryState.IN_REVIEW,
            "stories.submit_story",
            guard=_guard_submit,
        ),
        Transition(
            "approve",
            "Approve",
            (StoryState.IN_REVIEW,),
            StoryState.APPROVED,
            "stories.approve_story",
            guard=_guard_approve,
            four_eyes=True,
        ),
        Transition(
            "request_changes",
            "Request changes",
            (StoryState.IN_REVIEW, StoryState.APPROVED),
            StoryState.CHANGES_REQUESTED,
            "stories.approve_story",
            note_required=True,
        ),
        Transition(
            "publish",
            "Publish now",
            (StoryState.APPROVED,),
            StoryState.PUBLISHED,
            "stories.publish_story",
            guard=_guard_publish,
            reader_visible=True,
        ),
        Transition(
            "schedule",
            "Schedule publication",
            (StoryState.APPROVED,),
            None,
            "stories.publish_story",
            guard=_guard_publish,
        ),
        Transition("unschedule", "Cancel scheduled publication", (StoryState.APPROVED,), None, "stories.publish_story"),
        # from any state while the story is live (a draft may be over it); published → approved, others stay
        Transition(
            "unpublish",
            "Unpublish",
            tuple(StoryState),
            None,
            "stories.publish_story",
            note_required=True,
            guard=_guard_unpublish,
            reader_visible=True,
        ),
        Transition("edit_live", "Edit as a new draft", (StoryState.PUBLISHED,), StoryState.DRAFT, EDIT_PERMISSION),
        Transition(
            "add_correction",
            "Add correction",
            (StoryState.PUBLISHED,),
            None,
            "stories.correct_story",
            note_required=True,
            reader_visible=True,
        ),
    ]
}


def authors_since_last_approval(story: Story) -> set[int]:
    """Everyone who submitted the story or saved its text since it was last approved (four eyes)."""
    last = (
        StoryTransition.objects.filter(story=story, action="approve")
        .order_by("-created_at", "-id")
        .values_list("created_at", flat=True)
        .first()
    )
    submits = StoryTransition.objects.filter(story=story, action="submit", user__isnull=False)
    revisions = StoryRevision.objects.filter(story=story, author__isnull=False)
    if last is not None:
        submits, revisions = submits.filter(created_at__gt=last), revisions.filter(created_at__gt=last)
    authors = set(submits.values_list("user_id", flat=True)) | set(revisions.values_list("author_id", flat=True))
    if story.submitted_by_id is not None:
        authors.add(story.submitted_by_id)
    return authors


# --- checking -------------------------------------------------------------------------------------------
def _check_permission(transition: Transition, story: Story, user) -> None:
    require_permission(user, transition.permission, refusal=f"your role may not do this: {transition.label.lower()}")


def _check_state(transition: Transition, story: Story) -> None:
    if story.state not in transition.sources:
        allowed = " or ".join(StoryState(s).label.lower() for s in transition.sources)
        raise ActionConflict(
            f"cannot {transition.label.lower()}: the story is {story.get_state_display().lower()}, it must be {allowed}"
        )


def check(action: str, *, story: Story, user, run_guards: bool = True) -> None:
    """Raise the refusal the action would meet now; permission first, then four-eyes, state and guards."""
    transition = TRANSITIONS[action]
    _check_permission(transition, story, user)
    _check_state(transition, story)
    if transition.four_eyes and user.pk in authors_since_last_approval(story):
        raise ActionForbidden(
            "you submitted or edited this story since its last approval: another reviewer must approve it (four eyes)"
        )
    if transition.name == "unschedule" and story.publish_at is None:
        raise ActionConflict("the story is not scheduled")
    if run_guards and transition.guard:
        transition.guard(story)


def available_actions(*, story: Story, user) -> list[Transition]:
    """The transitions the user's role allows from the story's state (guards are checked when done)."""
    allowed = []
    for transition in TRANSITIONS.values():
        try:
            check(transition.name, story=story, user=user, run_guards=False)
        except WorkflowError:
            continue
        allowed.append(transition)
    return allowed


def can_edit(*, story: Story, user) -> bool:
    return has_permission(user, EDIT_PERMISSION) and story.state in EDITABLE_STATES


def check_edit(*, story: Story, user) -> None:
    require_permission(user, EDIT_PERMISSION, refusal="your role may not edit stories")
    if story.state not in EDITABLE_STATES:
        raise ActionConflict(
            f"the story is {story.get_state_display().lower()}: only a draft or a story sent back can be edited"
        )


def current_story(story: Story | int, *, lock: bool = False) -> Story:
    """The story (given or by id) as it is stored now, locked for update with ``lock`` (inside a transaction);
    ActionConflict where it no longer exists (merged into another or deleted meanwhile)."""
    rows = Story.objects.select_for_update() if lock else Story.objects
    current = rows.filter(pk=story if isinstance(story, int) else story.pk).first()
    if current is None:
        raise ActionConflict("the story no longer exists")
    return current


# --- running a transition ---------------------------------------------------------------------------
def _run(action: str, *, story: Story | int, user, note: str = "", apply=None, system: bool = False) -> Story:
    transition = TRANSITIONS[action]
    note = (note or "").strip()
    check_note_length(note)
    if transition.note_required and not note:
        raise InvalidAction(
            f"a reason is required to {transition.label.lower()}"
            if action == "unpublish"
            else f"a note is required to {transition.label.lower()}"
        )
    with transaction.atomic():
        locked = current_story(story, lock=True)
        if system:
            _check_state(transition, locked)
            if transition.guard:
                transition.guard(locked)
        else:
            check(action, story=locked, user=user)
        from_state = locked.state
        fields = {"state"}
        if transition.target:
            locked.state = transition.target
        if apply:
            fields |= set(apply(locked))
        locked.save(update_fields=sorted(fields | {"updated_at"}))
        entry = StoryTransition.objects.create(
            story=locked,
            action=action,
            from_state=from_state,
            to_state=locked.state,
            user=acting_user(user),
            note=note,
        )
        if transition.reader_visible:
            if locked.state == StoryState.PUBLISHED:
                record_edition(story=locked, transition=entry)
            clear_reader_cache()  # in this transaction: the takedown and the new generation commit together
    return locked


def submit(*, story: Story | int, user, note: str = "") -> Story:
    """draft / changes_requested → in_review; needs text and a verification current with the sources."""

    def apply(s):
        s.submitted_by = user
        return ["submitted_by"]

    return _run("submit", story=story, user=user, note=note, apply=apply)


def approve(*, story: Story | int, user, note: str = "") -> Story:
    """in_review → approved; every flagged fact decided, no rejected fact stated, not by its submitter."""
    return _run("approve", story=story, user=user, note=note)


def _clear_schedule(s: Story) -> list[str]:
    s.publish_at = None
    return ["publish_at"]


def request_changes(*, story: Story | int, user, note: str) -> Story:
    """in_review / approved → changes_requested (editable again); a note says what to change."""
    return _run("request_changes", story=story, user=user, note=note, apply=_clear_schedule)


def publish(
    *, story: Story | int, user, publish_at: datetime | None = None, note: str = "", correction: str = ""
) -> Story:
    """approved → published now; with a future ``publish_at``, schedule it for the beat task instead.

    A new draft of a live story replaces the live edition. When it changes a published fact's value or
    verdict, readers are told in a correction, worded by the desk (``correction``); without one the
    publication is refused with the list of changes to word it from.
    """
    now = timezone.now()
    if publish_at is not None:
        if timezone.is_naive(publish_at):
            raise InvalidAction("publish_at needs a time zone (e.g. 2026-06-01T09:00:00+08:00)")
        if publish_at <= now:
            raise InvalidAction("the publication time must be in the future; leave it empty to publish now")
        _check_correction(story, correction)

        def schedule(s):
            s.publish_at = publish_at
            s.pending_correction = (correction or "").strip()
            return ["publish_at", "pending_correction"]

        return _run("schedule", story=story, user=user, apply=schedule, note=note or f"goes live {when(publish_at)}")
    _check_correction(story, correction)
    return _run("publish", story=story, user=user, note=note, apply=_go_live(correction, user=user))


def _check_correction(story: Story | int, correction: str) -> None:
    current = Story.objects.filter(pk=story if isinstance(story, int) else story.pk).first()
    if current is None:
        return
    changes = published_fact_changes(story=current)
    if changes and not (correction or "").strip():
        raise ActionConflict(
            "this draft changes published facts; word a correction for readers: " + "; ".join(changes[:8])
        )


def _go_live(correction: str = "", *, user=None, due_at: datetime | None = None):
    """The change publication makes: live, dated on first publication, a retitled story's new slug (the
    old one kept as a redirect), and the correction readers get when published facts changed."""

    def apply(s: Story) -> list[str]:
        if due_at is not None and (s.publish_at is None or s.publish_at > due_at):
            raise ActionConflict("the schedule changed meanwhile")
        wording = (correction or s.pending_correction or "").strip()
        if published_fact_changes(story=s) and not wording:
            raise ActionConflict("this draft changes published facts: word a correction for readers first")
        if wording and s.live:
            Correction.objects.create(story=s, note=wording, author=acting_user(user))
        if not s.live or s.published_at is None:
            s.published_at = timezone.now()
        s.live, s.publish_at, s.pending_correction = True, None, ""
        fields = ["published_at", "publish_at", "live", "pending_correction"]
        if follow_title(story=s):
            fields.append("slug")
        return fields

    return apply


def unschedule(*, story: Story | int, user, note: str = "") -> Story:
    """Cancel a scheduled publication; the story stays approved."""
    return _run("unschedule", story=story, user=user, note=note, apply=_clear_schedule)


def unpublish(*, story: Story | int, user, note: str = "") -> Story:
    """Off the reader site (and its caches) until published again; the reason (``note``) is required and
    kept in the audit trail. A published story goes back to approved; a draft over it stays as it is."""

    def apply(s):
        s.live = False
        if s.state == StoryState.PUBLISHED:
            s.state = StoryState.APPROVED
        return ["live"]

    return _run("unpublish", story=story, user=user, note=note, apply=apply)


def edit_live(*, story: Story | int, user, note: str = "") -> Story:
    """published → draft, the live edition staying up: the desk edits a new draft, which goes through
    review and approval and replaces the live page when published."""
    return _run("edit_live", story=story, user=user, note=note)


REPEATED_CORRECTION_WINDOW = timedelta(minutes=1)


def add_correction(*, story: Story | int, user, note: str) -> Correction:
    """A correction on a published story: the note and its date are shown to readers."""
    created = []

    note = (note or "").strip()

    def apply(s):
        # under the story's lock: a double click or a retried request makes one correction, not two
        since = timezone.now() - REPEATED_CORRECTION_WINDOW
        if Correction.objects.filter(story=s, note=note, created_at__gte=since).exists():
            raise ActionConflict("this correction was already added less than a minute ago")
        created.append(Correction.objects.create(story=s, note=note, author=user))
        return []

    _run("add_correction", story=story, user=user, note=note, apply=apply)
    return created[0]


def publish_due_stories(*, now: datetime | None = None) -> list[int]:
    """Publish every approved story whose scheduled time has come (the beat task calls this)."""
    now = now or timezone.now()
    published = []
    due = Story.objects.filter(state=StoryState.APPROVED, publish_at__lte=now).values_list("pk", flat=True)
    for story_id in list(due):
        scheduled = (
            StoryTransition.objects.filter(story_id=story_id, action="schedule")
            .select_related("user")
            .order_by("-created_at", "-id")
            .first()
        )
        scheduler = scheduled.user if scheduled else None

        try:
            _run(
                "publish",
                story=story_id,
                user=scheduler,
                system=True,
                apply=_go_live(user=scheduler, due_at=now),
                note="scheduled publication",
            )
        except WorkflowError as exc:
            log.warning("scheduled publication of story %s refused: %s", story_id, exc.reason)
            continue
        published.append(story_id)
    return published


ACTIONS: dict[str, Callable] = {
    "submit": submit,
    "approve": approve,
    "request_changes": request_changes,
    "publish": publish,
    "unschedule": unschedule,
    "unpublish": unpublish,
    "add_correction": add_correction,
    "edit_live": edit_live,
}
