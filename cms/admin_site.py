"""The newsroom's admin site: branded "Corroborate", its home page a desk of the work waiting for the
signed-in user (per role), and a page where every user makes or revokes their own API token.

Installed through ``CorroborateAdminConfig`` in INSTALLED_APPS, so ``django.contrib.admin.site`` is this
site and every app's ``@admin.register`` lands here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib import admin, messages
from django.contrib.admin.apps import AdminConfig
from django.http import HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.http import urlencode


@dataclass
class Line:
    """One line of a desk panel: a count, what it counts, and where the list of them is."""

    count: int
    label: str
    url: str
    detail: str = ""
    urgent: bool = False


@dataclass
class Panel:
    title: str
    lines: list[Line] = field(default_factory=list)
    empty: str = "Nothing waiting."


def _changelist(name: str, **params) -> str:
    url = reverse(f"admin:{name}_changelist")
    return f"{url}?{urlencode(params)}" if params else url


def _plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


def _story_panel(user, kind: str, title: str, label: tuple[str, str], empty: str) -> Panel:
    from stories.selectors import stories_waiting

    stories = stories_waiting(user=user, kind=kind)
    total = stories.count()
    panel = Panel(title, empty=empty)
    if total:
        panel.lines.append(Line(total, _plural(total, *label), _changelist("stories_story", waiting=kind)))
    return panel


def _scheduled_panel(user) -> Panel:
    from core.words import when
    from stories.selectors import stories_waiting

    panel = Panel("Scheduled publications", empty="No publication is scheduled.")
    stories = list(stories_waiting(user=user, kind="scheduled")[:6])
    if stories:
        total = stories_waiting(user=user, kind="scheduled").count()
        panel.lines.append(
            Line(
                total,
                _plural(total, "story scheduled", "stories scheduled"),
                _changelist("stories_story", waiting="scheduled"),
            )
        )
    for story in stories[:5]:
        panel.lines.append(
            Line(
                1,
                story.title,
                reverse("admin:stories_story_change", args=[story.pk]),
                detail=f"goes live {when(story.publish_at)}",
            )
        )
    return panel


def _facts_panel() -> Panel:
    from verification.selectors import pending_facts_by_story

    panel = Panel("Flagged facts waiting for a decision", empty="Every flagged fact is decided.")
    rows = pending_facts_by_story()
    if rows:
        total = sum(r["total"] for r in rows)
        panel.lines.append(
            Line(
                total,
                _plural(total, "flagged fact undecided", "flagged facts undecided") + ", in all stories",
                _changelist("verification_fact"),
            )
        )
    for row in rows[:8]:
        conflicts = row["conflicting"]
        panel.lines.append(
            Line(
                row["total"],
                row["title"],
                _changelist("verification_fact", story__id__exact=row["story_id"]),
                detail=f"{conflicts} conflicting" if conflicts else "",
                urgent=bool(conflicts),
            )
        )
    return panel


def _runs_panel() -> Panel:
    from verification.selectors import runs_needing_attention

    counts = runs_needing_attention()
    panel = Panel("Verification runs", empty="No run is running and none failed.")
    if counts["failed"]:
        failed = _changelist("verification_verificationrun", state__exact="failed")
        panel.lines.append(
            Line(counts["failed"], _plural(counts["failed"], "run failed", "runs failed"), failed, urgent=True)
        )
    if counts["busy"]:
        panel.lines.append(
            Line(
                counts["busy"],
                _plural(counts["busy"], "run queued or running", "runs queued or running"),
                _changelist("verification_verificationrun", state__in="queued,running"),
            )
        )
    return panel


def desk_panels(user) -> list[Panel]:
    """The panels a user's role works from, most pressing first."""
    panels = []
    if user.has_perm("stories.submit_story"):
        panels.append(
            _story_panel(
                user,
                "changes",
                "Changes requested of me",
                ("story sent back to you", "stories sent back to you"),
                "No story of yours was sent back.",
            )
        )
    if user.has_perm("stories.approve_story"):
        panels.append(
            _story_panel(
                user,
                "review",
                "Stories waiting for my review",
                ("story in review", "stories in review"),
                "No story is waiting for your review.",
            )
        )
    if user.has_perm("verification.review_fact"):
        panels.append(_facts_panel())
    if user.has_perm("stories.publish_story"):
        panels.append(
            _story_panel(
                user,
                "publish",
                "Approved, waiting to be published",
                ("story approved", "stories approved"),
                "No approved story is waiting.",
            )
        )
        panels.append(_scheduled_panel(user))
    if user.has_perm("verification.view_verificationrun"):
        panels.append(_runs_panel())
    return panels


class CorroborateAdminSite(admin.AdminSite):
    site_header = "Corroborate"
    site_title = "Corroborate"
    index_title = "Your desk"
    index_template = "admin/desk.html"
    # Lists need the width at 1280 px; the desk and the breadcrumbs lead everywhere the sidebar did.
    enable_nav_sidebar = False

    def index(self, request, extra_context=None):
        context = {"panels": desk_panels(request.user), **(extra_context or {})}
        return super().index(request, context)

    def get_urls(self):
        return [path("account/api-token/", self.admin_view(self.api_token_view), name="api_token")] + super().get_urls()

    def api_token_view(self, request):
        """The user's own API token: make one (shown once, in full), make a new one, or revoke it."""
        from core.errors import WorkflowError
        from stories.services.api_tokens import api_token_create, api_token_of, api_token_revoke

        if request.method not in ("GET", "POST"):
            return HttpResponseNotAllowed(["GET", "POST"])
        new_key = None
        if request.method == "POST":
            try:
                if request.POST.get("action") == "revoke":
                    if api_token_revoke(user=request.user):
                        messages.success(request, "Your API token is revoked: it no longer works.")
                    else:
                        messages.info(request, "You had no API token.")
                else:
                    new_key = api_token_create(user=request.user).key
            except WorkflowError as exc:
                messages.error(request, f"Refused: {exc.reason}.")
        token = api_token_of(user=request.user)
        context = {
            **self.each_context(request),
            "title": "Your API token",
            "token": token,
            "new_key": new_key,
            "api_root": reverse("api-root"),
            "api_docs": reverse("api-docs"),
        }
        return TemplateResponse(request, "admin/api_token.html", context)


class CorroborateAdminConfig(AdminConfig):
    default_site = "cms.admin_site.CorroborateAdminSite"
