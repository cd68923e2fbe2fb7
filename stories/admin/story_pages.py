"""The story's own admin pages beside its change form: the workflow buttons (and why a role's button is
missing), the live runs panel, unpublishing with a reason, comparing and restoring revisions. Each calls
``stories.workflow`` or a service and reports the refusal's reason as a message."""

from datetime import datetime

from django.contrib import messages
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.decorators import method_decorator
from django.views.decorators.http import require_POST

from core.checking import fact_checking
from core.dispatch import BrokerUnavailable
from core.errors import InvalidAction, WorkflowError
from core.permissions import VERIFY_PERMISSION
from core.words import when
from stories import selectors, workflow
from stories.models import Story
from stories.services.consolidation import draft_consolidated_text
from stories.services.editing import compare_revisions, revert_to_revision
from stories.services.editions import published_fact_changes
from stories.services.outlets import story_outlet_problem

from .diff import side_by_side
from .story_panels import run_url, verification_line
from .words import action_words, revision_words, state_words


class StoryPages:
    """StoryAdmin's pages beside the change form, and the change form's workflow context."""

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<int:story_id>/workflow/<str:action>/", view(self.workflow_view), name="stories_story_workflow"),
            path("<int:story_id>/revisions/compare/", view(self.compare_view), name="stories_story_compare"),
            path(
                "<int:story_id>/revisions/<int:number>/restore/", view(self.restore_view), name="stories_story_restore"
            ),
            path("<int:story_id>/runs/", view(self.runs_view), name="stories_story_runs"),
            path("<int:story_id>/unpublish/", view(self.unpublish_view), name="stories_story_unpublish"),
        ] + super().get_urls()

    def change_view(self, request, object_id, form_url="", extra_context=None):
        story = self.get_object(request, object_id)
        extra = {}
        if story is not None:
            actions = workflow.available_actions(story=story, user=request.user)
            extra = {
                "workflow_actions": [t.name for t in actions],
                "workflow_reasons": _why_not(story, request.user, actions),
                "state_words": state_words(story.state),
                "scheduled_for": when(story.publish_at) if story.publish_at else "",
                "changes_request": selectors.latest_changes_request(story=story),
                "can_consolidate": workflow.can_edit(story=story, user=request.user),
                "can_verify": request.user.has_perm(VERIFY_PERMISSION),
                "now": timezone.localtime(),
                "newsroom_time_zone": timezone.get_current_timezone_name(),
                "fact_changes": published_fact_changes(story=story) if "publish" in [t.name for t in actions] else [],
                "outlet_problem": story_outlet_problem(story) if story.state in workflow.EDITABLE_STATES else "",
            }
        return super().change_view(request, object_id, form_url, {**(extra_context or {}), **extra})

    def _visible_story(self, request, story_id) -> Story:
        story = self.get_queryset(request).filter(pk=story_id).first()
        if story is None or not self.has_view_permission(request, story):
            raise Http404("No such story.")
        return story

    @method_decorator(require_POST)
    def workflow_view(self, request, story_id, action):
        story = self._visible_story(request, story_id)
        note = request.POST.get("note", "")
        try:
            if action == "consolidate":
                result = draft_consolidated_text(story=story, user=request.user)
                self.message_user(request, result.message, messages.SUCCESS if result.replaced else messages.WARNING)
            elif action == "verify":
                fact_checking().runs.start(story=story, user=request.user)
                self.message_user(request, "Verification started: its progress shows below.")
            elif action == "publish":
                # "when": the button pressed ("now" publishes whatever time was typed; "schedule" needs one)
                publish_at = (
                    None if request.POST.get("when") == "now" else _parse_when(request.POST.get("publish_at", ""))
                )
                if request.POST.get("when") == "schedule" and publish_at is None:
                    raise InvalidAction("choose the time it goes live, then schedule")
                workflow.publish(
                    story=story,
                    user=request.user,
                    publish_at=publish_at,
                    note=note,
                    correction=request.POST.get("correction", ""),
                )
                self.message_user(
                    request,
                    f"Scheduled: it goes live {when(publish_at)}." if publish_at else "Published: readers see it now.",
                )
            elif action in workflow.ACTIONS:
                workflow.ACTIONS[action](story=story, user=request.user, note=note)
                self.message_user(request, f"{action_words(action).capitalize()}.")
            else:
                raise Http404("No such action.")
        except WorkflowError as exc:
            self.message_user(request, f"Refused: {exc.reason}.", messages.ERROR)
        except BrokerUnavailable as exc:
            self.message_user(request, str(exc), messages.ERROR)
        return redirect("admin:stories_story_change", story_id)

    def runs_view(self, request, story_id):
        """The story's runs and verification status as JSON, for the page's live panel (read only)."""
        story = self._visible_story(request, story_id)
        runs = [{**r, "url": run_url(r["id"])} for r in fact_checking().runs.recent(story)]
        return JsonResponse(
            {"runs": runs, "busy": any(r["busy"] for r in runs), "verification": verification_line(story)},
            headers={"Cache-Control": "no-store"},
        )

    def unpublish_view(self, request, story_id):
        """Ask before unpublishing, and for the reason (the workflow refuses without one)."""
        story = self._visible_story(request, story_id)
        try:
            workflow.check("unpublish", story=story, user=request.user)
        except WorkflowError as exc:
            self.message_user(request, f"Refused: {exc.reason}", messages.ERROR)
            return redirect("admin:stories_story_change", story_id)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "story": story,
            "title": f"Unpublish “{story}”?",
        }
        return TemplateResponse(request, "admin/stories/story/unpublish.html", context)

    def compare_view(self, request, story_id):
        story = self._visible_story(request, story_id)
        try:
            comparison = compare_revisions(
                story=story, old_number=int(request.GET.get("old", 0)), new_number=int(request.GET.get("new", 0))
            )
        except (ValueError, WorkflowError) as exc:
            self.message_user(
                request, f"Cannot compare: {getattr(exc, 'reason', 'choose two revisions')}.", messages.ERROR
            )
            return redirect("admin:stories_story_change", story_id)
        old, new = comparison.old, comparison.new

        def describe(r):
            return f"Revision {r.number} ({revision_words(r.source)}, {r.author or 'the system'}, {when(r.created_at)})"

        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "story": story,
            "title": f"Revisions {old.number} and {new.number} of “{story.title}”",
            "comparison": comparison,
            "old_name": describe(old),
            "new_name": describe(new),
            "can_restore": workflow.can_edit(story=story, user=request.user),
            "restorable": [r for r in (old, new) if (r.title, r.dek, r.body) != (story.title, story.dek, story.body)],
            "diffs": [
                (name, side_by_side(getattr(old, field), getattr(new, field)))
                for name, field in (("Title", "title"), ("Standfirst", "dek"), ("Text", "body"))
            ],
        }
        return TemplateResponse(request, "admin/stories/story/compare.html", context)

    @method_decorator(require_POST)
    def restore_view(self, request, story_id, number):
        """Make an earlier revision the text again (a new revision; the replaced text stays one too)."""
        story = self._visible_story(request, story_id)
        version = request.POST.get("version", "")
        try:
            saved = revert_to_revision(
                story=story,
                number=number,
                user=request.user,
                expected_version=int(version) if version.isdigit() else None,
            )
        except WorkflowError as exc:
            self.message_user(request, f"Not restored: {exc.reason}.", messages.ERROR)
            return redirect("admin:stories_story_change", story_id)
        if saved.version == story.version:
            self.message_user(request, f"The text already is revision {number}: nothing changed.", messages.INFO)
        else:
            self.message_user(
                request,
                f"Restored revision {number}: it is the story's text again "
                "(the text it replaced is kept as a revision).",
            )
        return redirect("admin:stories_story_change", story_id)


def _parse_when(raw: str) -> datetime | None:
    """A publish time from the form (a datetime-local field, read in the newsroom's time zone, TIME_ZONE,
    which the form prints beside it); "" means now."""
    raw = raw.strip()
    if not raw:
        return None
    when = parse_datetime(raw)
    if when is None:
        raise InvalidAction(f"not a date and time: {raw!r}")
    if timezone.is_naive(when):
        when = timezone.make_aware(when)
    return when


# Why a button a role would expect is missing: (action, the role's permission it needs).
EXPLAINED = ["submit", "approve", "request_changes", "publish"]


def _why_not(story: Story, user, available) -> list[tuple[str, str]]:
    """(button, reason) for the workflow steps this user's role takes that cannot be taken now: four eyes,
    undecided facts, stale verification. Steps of other roles are not listed."""
    names = {t.name for t in available}
    reasons = []
    for name in EXPLAINED:
        transition = workflow.TRANSITIONS[name]
        if not user.has_perm(transition.permission) or story.state not in transition.sources:
            continue
        try:
            workflow.check(name, story=story, user=user, run_guards=True)
        except WorkflowError as exc:
            verb = "is not available" if name not in names else "will be refused"
            reasons.append((transition.label, f"{verb}: {exc.reason}"))
    return reasons
