"""Stories in the admin: the list, the edit form of the consolidated text and the changelist actions. The
story's columns and read-only panels are in story_panels; its pages beside the form (workflow buttons per role,
runs, unpublishing, revisions) in story_pages.

Every button and action calls ``stories.workflow`` or a service (the same ones as the API), so a role is
refused the same things here and there; the refusal's reason is shown as a message.
"""

from django import forms
from django.contrib import admin, messages
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.html import format_html

from core.checking import fact_checking
from core.dispatch import BrokerUnavailable
from core.errors import InvalidAction, WorkflowError
from core.words import count_words
from stories import selectors, workflow
from stories.models import Article, Story
from stories.services.consolidation import draft_consolidated_text
from stories.services.editing import EditConflict, check_version, record_revision, save_story_text
from stories.services.grouping import GroupingError, confirm_grouping, merge_stories
from stories.services.outlets import OUTLET_MISSING, outlet_of

from .story_pages import StoryPages
from .story_panels import StoryPanels
from .words import action_words


class StoryArticleInline(admin.TabularInline):
    model = Article
    fields = ["outlet", "language", "published", "came_from"]  # each row opens with its (working) title
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

    @admin.display(description="origin")
    def came_from(self, obj):
        """A web address as it is; an imported file by its name, not the importer's folders."""
        origin = obj.origin or ""
        return origin if "://" in origin else origin.replace("\\", "/").rsplit("/", 1)[-1]


class StoryForm(forms.ModelForm):
    """The text an editor saves, with the version it started from (a later save by someone else wins no race)."""

    base_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Story
        fields = ["title", "slug", "language", "dek", "body"]
        widgets = {
            "title": forms.TextInput(attrs={"class": "vLargeTextField"}),  # a headline is read whole
            "language": forms.Select(
                choices=[
                    ("", "the language most of its sources share"),
                    ("en", "English"),
                    ("de", "German"),
                    ("fr", "French"),
                    ("es", "Spanish"),
                ]
            ),
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


# the read-only sections of a story's page, shown as its fieldsets list them
_WORKFLOW_FIELDS = [
    "follow_up",
    "state",
    "version",
    "submitted_by",
    "publish_at",
    "published_at",
    "verification_status",
    "latest_runs",
]
_HISTORY_FIELDS = ["transition_history", "revision_list", "correction_list", "edition_list"]
_RECORD_FIELDS = ["grouping_locked", "created_at", "updated_at"]


@admin.register(Story)
class StoryAdmin(StoryPanels, StoryPages, admin.ModelAdmin):
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
    readonly_fields = [*_WORKFLOW_FIELDS, "generated_difference", *_HISTORY_FIELDS, *_RECORD_FIELDS]
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
            ("Workflow", {"fields": _WORKFLOW_FIELDS}),
            # Open when the editor's text was kept beside a newer draft: the two are compared there.
            (
                "Your text and the generated draft",
                {
                    "classes": [] if obj.generated_body and obj.generated_body != obj.body else ["collapse"],
                    "fields": ["generated_difference"],
                },
            ),
            ("History", {"fields": _HISTORY_FIELDS}),
            ("Record", {"classes": ["collapse"], "fields": _RECORD_FIELDS}),
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

    def view_on_site(self, obj):
        """The live page, or the preview of a story readers cannot see."""
        return obj.get_absolute_url() if obj.live else reverse("story-preview", args=[obj.pk])

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
        self.message_user(
            request, f"Confirmed the grouping of {confirm_grouping(stories=queryset, user=request.user)} stories."
        )

    @admin.action(description="Merge selected stories into the oldest", permissions=["change"])
    def merge_selected_stories(self, request, queryset):
        if queryset.count() < 2:
            self.message_user(request, "Select at least two stories to merge.", messages.WARNING)
            return
        try:
            target = merge_stories(stories=list(queryset), user=request.user)
        except GroupingError as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return
        self.message_user(request, f"Merged into {target}.")
