"""Stories in the admin: the consolidated text, the workflow buttons per role, the audit trail and revisions.

Every button and action calls ``stories.workflow`` or a service (the same ones as the API), so a role is
refused the same things here and there; the refusal's reason is shown as a message.
"""

from datetime import datetime

from django import forms
from django.contrib import admin, messages
from django.db.models import Count, Q
from django.http import Http404, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.html import format_html, format_html_join

from core.checking import fact_checking
from core.dispatch import BrokerUnavailable
from core.errors import InvalidAction, WorkflowError
from core.permissions import VERIFY_PERMISSION
from core.words import count_words, when
from stories import selectors, workflow
from stories.models import Article, Story
from stories.services.consolidation import draft_consolidated_text
from stories.services.editing import (
    EditConflict,
    check_version,
    compare_revisions,
    record_revision,
    revert_to_revision,
    save_story_text,
)
from stories.services.editions import published_fact_changes
from stories.services.grouping import GroupingError, confirm_grouping, merge_stories
from stories.services.outlets import OUTLET_MISSING, outlet_of, story_outlet_problem

from .diff import side_by_side
from .words import action_words, revision_words, state_words


class StoryArticleInline(admin.TabularInline):
    model = Article
    fields = ["title", "outlet", "language", "published", "origin"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True
    verbose_name_plural = "source articles (move one by changing its story on the article's page)"

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="cited as")
    def outlet(self, obj):
        return outlet_of(obj) or OUTLET_MISSING


class StoryForm(forms.ModelForm):
    """The text an editor saves, with the version it started from (a later save by someone else wins no race)."""

    base_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Story
        fields = ["title", "slug", "language", "dek", "body"]
        widgets = {
            "language": forms.Select(
                choices=[
                    ("", "the language most of its sources share"),
                    ("en", "English"),
                    ("de", "German"),
                    ("fr", "French"),
                    ("es", "Spanish"),
                ]
            )
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["base_version"] = self.instance.version

    def clean(self):
        """Refuse, with the text kept in the form, what the editing service would refuse (check_version)."""
        data = super().clean()
        saved = Story.objects.filter(pk=self.instance.pk).first() if self.instance.pk else None
        if saved is None:
            return data
        try:
            check_version(story=saved, expected_version=data.get("base_version"))
        except EditConflict as exc:
            raise forms.ValidationError(
                f"Someone saved this story after you opened it (your version {data['base_version']}, now "
                f"{exc.current_version}). Your text is still below and was not saved: open the story in another "
                "tab, compare, and apply your changes to the current version.",
                code="version_conflict",
            ) from None
        except InvalidAction:
            raise forms.ValidationError("The form lost the version it started from; reload the page.") from None
        return data


# Changelist actions: (workflow action, label, has_<permission>_permission). Actions needing a note live on the change page.
BULK_ACTIONS = [
    ("submit", "Submit selected stories for review", "submit"),
    ("approve", "Approve selected stories", "approve"),
    ("publish", "Publish selected stories now", "publish"),
]


def _bulk_action(name, label, permission_name):
    def run(modeladmin, request, queryset):
        done, refused = 0, []
        for story in queryset:
            try:
                workflow.ACTIONS[name](story=story, user=request.user)
                done += 1
            except WorkflowError as exc:
                refused.append(f"{story.title}: {exc.reason}")
        if done:
            done_words = count_words(done, "story", "stories")
            modeladmin.message_user(request, f"{action_words(name).capitalize()}: {done_words}.")
        for line in refused:
            modeladmin.message_user(request, f"Refused: {line}.", messages.ERROR)

    run.__name__ = f"workflow_{name}"
    return admin.action(description=label, permissions=[permission_name])(run)


class WaitingFilter(admin.SimpleListFilter):
    """The desk's story counts, as a filter: the same selector counts them and lists them."""

    title = "waiting for"
    parameter_name = "waiting"

    def lookups(self, request, model_admin):
        return [
            ("review", "My review"),
            ("changes", "My changes (sent back to me)"),
            ("publish", "Publication"),
            ("scheduled", "Its scheduled time"),
        ]

    def queryset(self, request, queryset):
        if self.value() in dict(self.lookups(request, None)):
            return queryset.filter(pk__in=selectors.stories_waiting(user=request.user, kind=self.value()).values("pk"))
        return queryset


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    form = StoryForm
    change_form_template = "admin/stories/story/change_form.html"
    # What fits at 1280 px; the story page has the rest (facts, flags, who submitted it).
    list_display = [
        "short_title",
        "state",
        "follow_up",
        "article_count",
        "undecided_count",
        "publication",
        "last_change",
    ]
    list_filter = [WaitingFilter, "state", "grouping_locked"]
    list_select_related = ["submitted_by", "follow_up_of"]
    ordering = ["-updated_at", "-id"]  # also the order of the story pickers (autocomplete), paginated
    search_fields = ["title", "dek", "body"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = [
        "follow_up",
        "state",
        "version",
        "submitted_by",
        "publish_at",
        "published_at",
        "created_at",
        "updated_at",
        "grouping_locked",
        "verification_status",
        "latest_runs",
        "generated_difference",
        "transition_history",
        "revision_list",
        "correction_list",
        "edition_list",
    ]
    inlines = [StoryArticleInline]
    actions = ["verify_stories", "consolidate_stories", "confirm_stories_grouping", "merge_selected_stories"] + [
        _bulk_action(*spec) for spec in BULK_ACTIONS
    ]

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return [(None, {"fields": ["title", "slug", "language", "dek", "body"]})]
        return [
            (
                None,
                {
                    "fields": ["title", "slug", "language", "dek", "body", "base_version"]
                    if self._editable(request, obj)
                    else ["title", "slug", "language", "dek", "body"]
                },
            ),
            (
                "Workflow",
                {
                    "fields": [
                        "follow_up",
                        "state",
                        "version",
                        "submitted_by",
                        "publish_at",
                        "published_at",
                        "verification_status",
                        "latest_runs",
                    ]
                },
            ),
            # Open when the editor's text was kept beside a newer draft: the two are compared there.
            (
                "Your text and the generated draft",
                {
                    "classes": [] if obj.generated_body and obj.generated_body != obj.body else ["collapse"],
                    "fields": ["generated_difference"],
                },
            ),
            ("History", {"fields": ["transition_history", "revision_list", "correction_list", "edition_list"]}),
            ("Record", {"classes": ["collapse"], "fields": ["grouping_locked", "created_at", "updated_at"]}),
        ]

    def _editable(self, request, obj) -> bool:
        return obj is not None and workflow.can_edit(story=obj, user=request.user)

    def get_readonly_fields(self, request, obj=None):
        fields = list(self.readonly_fields)
        if obj is not None:
            fields += ["slug"] + ([] if self._editable(request, obj) else ["title", "language", "dek", "body"])
        return fields

    def get_prepopulated_fields(self, request, obj=None):
        return self.prepopulated_fields if obj is None else {}

    def has_change_permission(self, request, obj=None):
        # Editing the text is for editors and only while the story is editable; everyone else views it.
        if obj is not None and obj.state not in workflow.EDITABLE_STATES:
            return False
        return super().has_change_permission(request, obj)

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                articles_total=Count("articles", distinct=True),
                facts_total=Count("facts", distinct=True),
                flagged_total=Count("facts", filter=Q(facts__flagged=True), distinct=True),
                undecided_total=Count("facts", filter=fact_checking().readiness.undecided_q("facts__"), distinct=True),
            )
        )

    # --- saving goes through the editing service (version check, revision) -------------------------
    def save_model(self, request, obj, form, change):
        if not change:
            super().save_model(request, obj, form, change)
            record_revision(story=obj, user=request.user, source="edit")
            return
        try:
            save_story_text(
                story=obj.pk,
                user=request.user,
                expected_version=form.cleaned_data["base_version"],
                title=obj.title,
                dek=obj.dek,
                body=obj.body,
            )
        except EditConflict as exc:
            # Lost the race after the form's own check: keep the refused text as a revision, not applied.
            record_revision(story=obj, user=request.user, source="conflict")
            self.message_user(
                request,
                f"Not saved: {exc.reason}. Your text is kept as a revision marked "
                "“not saved”, to compare and take over.",
                messages.ERROR,
            )
        except WorkflowError as exc:
            self.message_user(request, f"Not saved: {exc.reason}.", messages.ERROR)
        obj.refresh_from_db()

    # --- columns and read-only panels ---------------------------------------------------------------
    @admin.display(description="follow-up to", ordering="follow_up_of__title")
    def follow_up(self, obj):
        """The story past the draft stage whose event this one follows up (new articles came after it)."""
        earlier = obj.follow_up_of
        if earlier is None:
            return "—"
        return format_html(
            'Follow-up to <a href="{}">{}</a> ({})',
            reverse("admin:stories_story_change", args=[earlier.pk]),
            earlier,
            earlier.get_state_display().lower(),
        )

    @admin.display(description="title", ordering="title")
    def short_title(self, obj):
        return format_html('<span class="truncate" title="{}">{}</span>', obj.title, obj.title)

    @admin.display(description="publication", ordering="published_at")
    def publication(self, obj):
        if obj.publish_at:
            return f"at {when(obj.publish_at, short=True)}"
        return when(obj.published_at, short=True) if obj.published_at else "-"

    @admin.display(description="changed", ordering="updated_at")
    def last_change(self, obj):
        return when(obj.updated_at, short=True)

    @admin.display(description="articles", ordering="articles_total")
    def article_count(self, obj):
        return obj.articles_total

    @admin.display(description="facts", ordering="facts_total")
    def fact_count(self, obj):
        return obj.facts_total

    @admin.display(description="flagged", ordering="flagged_total")
    def flagged_count(self, obj):
        return obj.flagged_total

    @admin.display(description="undecided", ordering="undecided_total")
    def undecided_count(self, obj):
        if not obj.undecided_total:
            return 0
        url = reverse("admin:verification_fact_changelist") + f"?story__id__exact={obj.pk}"
        return format_html('<a href="{}">{}</a>', url, obj.undecided_total)

    @admin.display(description="verification runs")
    def latest_runs(self, obj):
        runs = fact_checking().runs.recent(obj)
        lines = format_html_join(
            "", '<li data-run="{}"><a href="{}">{}</a></li>', ((r["id"], _run_url(r["id"]), r["line"]) for r in runs)
        )
        return format_html(
            '<div class="run-live" data-status-url="{}" data-busy="{}"><ul class="run-lines">{}</ul>'
            '<p class="run-none"{}>Never verified.</p></div>',
            reverse("admin:stories_story_runs", args=[obj.pk]),
            "1" if any(r["busy"] for r in runs) else "",
            lines,
            " hidden" if runs else "",
        )

    @admin.display(description="verification")
    def verification_status(self, obj):
        return format_html('<span class="verification-line">{}</span>', _verification_line(obj))

    @admin.display(description="your text beside the last generated draft")
    def generated_difference(self, obj):
        if not obj.generated_body:
            return "Never generated."
        if obj.generated_body == obj.body:
            return "The text is the generated draft, unchanged."
        return render_to_string(
            "admin/stories/story/_diff.html",
            {
                "rows": side_by_side(obj.body, obj.generated_body),
                "old_name": "Your text (kept)",
                "new_name": "Last generated draft",
            },
        )

    @admin.display(description="workflow history")
    def transition_history(self, obj):
        rows = selectors.story_transitions(story=obj)
        return (
            format_html(
                "<table><tr><th>when</th><th>who</th><th>what</th><th>state after</th><th>note</th></tr>{}</table>",
                format_html_join(
                    "",
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                    (
                        (
                            when(t.created_at),
                            t.user or "(scheduled)",
                            action_words(t.action).capitalize(),
                            state_words(t.to_state).capitalize(),
                            t.note,
                        )
                        for t in rows
                    ),
                ),
            )
            if rows
            else "No workflow steps yet."
        )

    @admin.display(description="revisions")
    def revision_list(self, obj):
        revisions = list(selectors.story_revisions(story=obj)[:50])
        if not revisions:
            return "No revisions yet."
        newest = revisions[0].number
        older = revisions[min(1, len(revisions) - 1)].number

        def options(chosen):
            return format_html_join(
                "",
                '<option value="{}"{}>Revision {} · {} · {} · {}</option>',
                (
                    (
                        r.number,
                        " selected" if r.number == chosen else "",
                        r.number,
                        revision_words(r.source),
                        r.author or "the system",
                        when(r.created_at),
                    )
                    for r in revisions
                ),
            )

        return format_html(
            '<div class="revision-compare">Compare <select name="old" form="compare-revisions" aria-label="older">'
            '{}</select> with <select name="new" form="compare-revisions" aria-label="newer">{}</select> '
            '<button form="compare-revisions" type="submit" class="button">Compare side by side</button></div>'
            '<p class="help">{}; the newest is revision {}. From the comparison you can restore an earlier one.</p>',
            options(older),
            options(newest),
            count_words(len(revisions), "revision"),
            newest,
        )

    @admin.display(description="corrections")
    def correction_list(self, obj):
        return (
            format_html_join("", "<div>{}: {}</div>", ((when(c.created_at), c.note) for c in obj.corrections.all()))
            or "None."
        )

    @admin.display(description="editions readers got")
    def edition_list(self, obj):
        rows = (
            (
                e.number,
                when(e.created_at),
                action_words(e.transition.action) if e.transition else "first view",
                e.transition.user if e.transition and e.transition.user else "the system",
            )
            for e in selectors.story_editions(story=obj)
        )
        return format_html_join("", "<div>Edition {}: {} ({}, {})</div>", rows) or "None (never published)."

    # --- workflow buttons on the change page -----------------------------------------------------
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

    def workflow_view(self, request, story_id, action):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
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
        runs = [{**r, "url": _run_url(r["id"])} for r in fact_checking().runs.recent(story)]
        return JsonResponse(
            {"runs": runs, "busy": any(r["busy"] for r in runs), "verification": _verification_line(story)},
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

    def view_on_site(self, obj):
        """The live page, or the preview of a story readers cannot see."""
        return obj.get_absolute_url() if obj.live else reverse("story-preview", args=[obj.pk])

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

    def restore_view(self, request, story_id, number):
        """Make an earlier revision the text again (a new revision; the replaced text stays one too)."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
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

    # --- changelist actions -------------------------------------------------------------------------
    @admin.action(description="Verify selected stories (extract, cross-check)", permissions=["verify"])
    def verify_stories(self, request, queryset):
        runs, refused = [], []
        try:
            for story in queryset:
                try:
                    runs.append(fact_checking().runs.start(story=story, user=request.user))
                except WorkflowError as exc:
                    refused.append(exc.reason)
        except BrokerUnavailable as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return
        for reason in refused:
            self.message_user(request, f"Not verified: {reason}.", messages.WARNING)
        self.message_user(
            request,
            format_html(
                'Queued {}; follow them in <a href="{}">verification runs</a>.',
                count_words(len(runs), "verification run"),
                reverse("admin:verification_verificationrun_changelist"),
            ),
        )

    def has_verify_permission(self, request):
        return request.user.has_perm("verification.run_verification")

    def has_submit_permission(self, request):
        return request.user.has_perm("stories.submit_story")

    def has_approve_permission(self, request):
        return request.user.has_perm("stories.approve_story")

    def has_publish_permission(self, request):
        return request.user.has_perm("stories.publish_story")

    @admin.action(description="Draft consolidated text for selected stories", permissions=["change"])
    def consolidate_stories(self, request, queryset):
        for story in queryset:
            try:
                result = draft_consolidated_text(story=story, user=request.user)
                self.message_user(
                    request,
                    f"{story.title}: {result.message}",
                    messages.SUCCESS if result.replaced else messages.WARNING,
                )
            except WorkflowError as exc:
                self.message_user(request, f"{story.title}: {exc.reason}", messages.ERROR)

    @admin.action(description="Confirm grouping (keep these articles together over re-runs)", permissions=["change"])
    def confirm_stories_grouping(self, request, queryset):
        self.message_user(request, f"Confirmed the grouping of {confirm_grouping(stories=queryset)} stories.")

    @admin.action(description="Merge selected stories into the oldest", permissions=["change"])
    def merge_selected_stories(self, request, queryset):
        if queryset.count() < 2:
            self.message_user(request, "Select at least two stories to merge.", messages.WARNING)
            return
        try:
            target = merge_stories(stories=list(queryset))
        except GroupingError as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return
        self.message_user(request, f"Merged into {target}.")


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


def _run_url(run_id: int) -> str:
    return reverse("admin:verification_verificationrun_change", args=[run_id])


def _verification_line(story: Story) -> str:
    """Whether the story's verification is current, when it was last verified (by any run that covered
    it) and how many flagged facts wait."""
    checks = fact_checking()
    problem = checks.readiness.verification_problem(story)
    last = checks.runs.last_finished(story)
    undecided = checks.readiness.undecided_count(story)
    verified = f"last verified {when(last)}" if last else "never verified"
    return (
        f"{(problem or 'current with the sources').capitalize()} · {verified} · "
        f"{count_words(undecided, 'flagged fact')} waiting for a decision"
    )


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
