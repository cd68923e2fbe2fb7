from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats
from django.utils.html import format_html, format_html_join

from core.dispatch import BrokerUnavailable
from core.errors import WorkflowError
from core.permissions import IMPORT_PERMISSION, VERIFY_PERMISSION, has_permission
from core.words import count_words, when
from stories.models import Article, ArticleBlock, SourcesFrozen
from stories.services.articles import check_article_editable, save_article_changes, set_block_role
from stories.services.batches import group_and_verify, group_imported_articles, record_import, start_import_batch
from stories.services.grouping import GroupingError, split_into_new_story
from stories.services.importing import REJECTED, import_payloads
from stories.services.outlets import OUTLET_MISSING, outlet_of
from stories.services.sources import SourcePayload, payloads_from_uploads

from .forms import ArticleForm, ImportArticlesForm
from .highlight import highlighted_text


def _cut(text: str):
    """One line of a list: long texts cut, the whole text on hover."""
    return format_html('<span class="truncate narrow" title="{}">{}</span>', text, text)


def frozen_reason(article) -> str:
    """Why the article may not change now (its story is past the draft stage), or ""."""
    if article is None or article.pk is None:
        return ""
    try:
        check_article_editable(article=article)
    except SourcesFrozen as exc:
        return exc.reason
    return ""


class ArticleBlockInline(admin.TabularInline):
    """Every paragraph of the received text; an editor restores or removes one by changing its role."""

    model = ArticleBlock
    fields = ["position", "text", "role", "reason"]
    readonly_fields = ["position", "text", "reason"]
    extra = 0
    can_delete = False
    verbose_name_plural = "paragraphs (change a role to restore or remove a paragraph)"

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not frozen_reason(obj)


# the file as it came in, read-only, in the page's collapsed section
_AS_RECEIVED_FIELDS = [
    "origin",
    "raw_format",
    "content_hash",
    "imported_by",
    "imported_at",
    "updated_at",
    "text_version",
    "raw_text",
]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleForm
    change_list_template = "admin/stories/article/change_list.html"
    list_display = [
        "title_or_lead",
        "outlet",
        "language",
        "published_day",
        "state",
        "story_title",
        "claim_count",
        "imported",
    ]
    list_filter = ["language", "publisher", "state", ("imported_at", admin.DateFieldListFilter), "story"]
    search_fields = ["title", "origin", "publisher", "author", "body"]
    list_select_related = ["story"]
    date_hierarchy = "imported_at"
    inlines = [ArticleBlockInline]
    readonly_fields = ["outlet", "cleaned_text", "removed_parts", *_AS_RECEIVED_FIELDS]
    fieldsets = [
        (None, {"fields": ["title", "outlet", "publisher", "author", "published", "language", "state", "story"]}),
        ("Cleaned text and what was removed", {"fields": ["cleaned_text", "removed_parts"]}),
        (
            "As received",
            {
                "classes": ["collapse"],
                "fields": _AS_RECEIVED_FIELDS,
            },
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claim_total=Count("claims"))

    # --- a source of a story past the draft stage is shown read-only, and a change is refused ------------
    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if frozen_reason(obj):
            readonly += [f for f in self.fieldsets[0][1]["fields"] if f not in readonly]
        return readonly

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not frozen_reason(obj)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        reason = frozen_reason(Article.objects.filter(pk=object_id).first() if str(object_id).isdigit() else None)
        if reason and request.method == "POST":
            self.message_user(request, f"Not changed: {reason}.", messages.ERROR)
            return redirect(request.path)
        if reason:
            self.message_user(request, f"Read only: {reason}.", messages.WARNING)
        return super().change_view(request, object_id, form_url, extra_context)

    @admin.display(description="title", ordering="title")
    def title_or_lead(self, obj):
        return _cut(obj.working_title)  # an untitled article by its first sentence, never its file name

    @admin.display(description="cited as", ordering="publisher")
    def outlet(self, obj):
        """The outlet the source is cited under, or "outlet missing" (set the publisher, or add its site to
        the known outlets)."""
        return outlet_of(obj) or OUTLET_MISSING

    @admin.display(description="published", ordering="published")
    def published_day(self, obj):
        return formats.date_format(obj.published, "SHORT_DATE_FORMAT") if obj.published else "-"

    @admin.display(description="imported", ordering="imported_at")
    def imported(self, obj):
        return when(obj.imported_at, short=True)

    @admin.display(description="story", ordering="story__title")
    def story_title(self, obj):
        return _cut(obj.story.title) if obj.story else "-"

    @admin.display(description="claims", ordering="claim_total")
    def claim_count(self, obj):
        return obj.claim_total

    @admin.display(description="cleaned text (claims highlighted)")
    def cleaned_text(self, obj):
        return highlighted_text(obj.text, obj.claims.all())

    @admin.display(description="removed as boilerplate")
    def removed_parts(self, obj):
        removed = obj.blocks.filter(role=ArticleBlock.Role.REMOVED)
        if not removed:
            return "nothing"
        return format_html(
            '<ol class="removed-parts">{}</ol>',
            format_html_join("", "<li><em>{}</em>: {}</li>", ((b.reason or "removed", b.text) for b in removed)),
        )

    actions = ["group_and_verify_now", "move_to_new_story"]

    def save_model(self, request, obj, form, change):
        try:
            save_article_changes(article=obj, changed=form.changed_data if change else [], user=request.user)
        except GroupingError as exc:  # the story left the draft stage after the form was checked
            self.message_user(request, f"Not moved: {exc}", messages.ERROR)

    @admin.action(description="Move selected articles to a new story of their own", permissions=["change"])
    def move_to_new_story(self, request, queryset):
        try:
            story = split_into_new_story(articles=queryset.select_related("story"), user=request.user)
        except GroupingError as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return
        self.message_user(request, f"Moved {count_words(queryset.count(), 'article')} to the new story “{story}”.")

    def save_formset(self, request, form, formset, change):
        if formset.model is not ArticleBlock:
            return super().save_formset(request, form, formset, change)
        # A paragraph's role changes through the service: it refuses frozen sources and rebuilds the text.
        rebuilt = False
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []  # for the history
        for block_form in formset.forms:
            if "role" in block_form.changed_data:
                saved = ArticleBlock.objects.select_related("article").get(pk=block_form.instance.pk)
                rebuilt |= set_block_role(block=saved, role=block_form.cleaned_data["role"], user=request.user)
                formset.changed_objects.append((block_form.instance, ["role"]))
        if rebuilt:
            self.message_user(request, "The cleaned text was rebuilt; its claims will be extracted again.")

    # --- import page -------------------------------------------------------------------------
    def get_urls(self):
        return [
            path("import/", self.admin_site.admin_view(self.import_view), name="stories_article_import"),
            path("group/", self.admin_site.admin_view(self.group_view), name="stories_article_group"),
        ] + super().get_urls()

    def group_view(self, request):
        """The article list's "Group into stories and verify" button (POST): a run over every draft."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_view_permission(request):
            raise PermissionDenied
        self._group(request, lambda: group_and_verify(user=request.user))
        return redirect("admin:stories_article_changelist")

    def import_view(self, request):
        if not has_permission(request.user, IMPORT_PERMISSION):
            messages.error(request, "You do not have permission to import articles.")
            return redirect("admin:stories_article_changelist")
        form = ImportArticlesForm(request.POST, request.FILES) if request.method == "POST" else ImportArticlesForm()
        if form.is_bound and form.is_valid():
            return self._import(request, form)
        context = {
            **self.admin_site.each_context(request),
            "form": form,
            "title": "Import articles",
            "opts": self.model._meta,
            "inline_max": settings.IMPORT_INLINE_MAX_FILES,
            "inline_max_megabytes": f"{settings.IMPORT_INLINE_MAX_BYTES / 1024 / 1024:g}",
        }
        return TemplateResponse(request, "admin/stories/article/import.html", context)

    def _import(self, request, form):
        files = form.cleaned_data["files"]
        if files and not form.is_small():
            try:
                batch = start_import_batch(files=files, user=request.user)
            except BrokerUnavailable as exc:
                messages.error(request, f"Nothing was imported: {exc}")
                return redirect("admin:stories_article_import")
            messages.info(request, f"{len(files)} uploads are being imported on the worker.")
            return redirect(reverse("admin:stories_importbatch_change", args=[batch.pk]))
        payloads = list(payloads_from_uploads(files))
        pasted = form.cleaned_data["pasted_text"].encode("utf-8")
        if pasted.strip():
            payloads.append(SourcePayload(form.cleaned_data["pasted_name"].strip(), lambda: pasted))
        report = import_payloads(payloads=payloads, user=request.user)
        batch = record_import(report=report, user=request.user)
        for outcome in report.outcomes:
            level = messages.ERROR if outcome.status == REJECTED else messages.SUCCESS
            messages.add_message(request, level, outcome.line())
        messages.info(
            request,
            format_html(
                '{}. <a href="{}">Kept in the import history</a>.',
                report.summary(),
                reverse("admin:stories_importbatch_change", args=[batch.pk]),
            ),
        )
        self._group(request, lambda: group_imported_articles(report=report, user=request.user))
        return redirect("admin:stories_article_changelist")

    def _group(self, request, start):
        """Queue the run that groups new articles into stories and verifies them; say where to follow it."""
        try:
            run = start()
        except (WorkflowError, BrokerUnavailable) as exc:
            messages.warning(request, f"The new articles were not grouped into stories: {getattr(exc, 'reason', exc)}.")
            return
        if run is not None:
            messages.info(
                request,
                format_html(
                    'Grouping the new articles into stories and verifying them: <a href="{}">follow the run</a>.',
                    reverse("admin:verification_verificationrun_change", args=[run.pk]),
                ),
            )

    @admin.action(description="Group into stories and verify now (every draft article)", permissions=["verify"])
    def group_and_verify_now(self, request, queryset):
        self._group(request, lambda: group_and_verify(user=request.user))

    def has_verify_permission(self, request):
        return request.user.has_perm(VERIFY_PERMISSION)
