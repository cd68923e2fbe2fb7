from django.contrib import admin, messages
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from stories.models import Article, Story
from stories.services.grouping import GroupingError, confirm_grouping, merge_stories
from verification.services.dispatch import BrokerUnavailable
from verification.services.runs import start_verification


class StoryArticleInline(admin.TabularInline):
    model = Article
    fields = ["title", "publisher", "language", "published", "origin"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True
    verbose_name_plural = "source articles (move one by changing its story on the article's page)"

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    list_display = ["title", "state", "article_count", "fact_count", "flagged_count", "grouping_locked",
                    "updated_at"]
    list_filter = ["state", "grouping_locked"]
    search_fields = ["title", "dek", "body"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["state", "version", "submitted_by", "published_at", "created_at", "updated_at",
                       "latest_runs"]
    inlines = [StoryArticleInline]
    actions = ["verify_stories", "confirm_stories_grouping", "merge_selected_stories"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(
            articles_total=Count("articles", distinct=True), facts_total=Count("facts", distinct=True),
            flagged_total=Count("facts", filter=Q(facts__flagged=True), distinct=True),
        )

    @admin.display(description="articles", ordering="articles_total")
    def article_count(self, obj):
        return obj.articles_total

    @admin.display(description="facts", ordering="facts_total")
    def fact_count(self, obj):
        return obj.facts_total

    @admin.display(description="flagged", ordering="flagged_total")
    def flagged_count(self, obj):
        return obj.flagged_total

    @admin.display(description="verification runs")
    def latest_runs(self, obj):
        runs = obj.verification_runs.all()[:5]
        return format_html_join(
            "", '<div><a href="{}">{}</a> {} {}</div>',
            ((reverse("admin:verification_verificationrun_change", args=[r.pk]), r, r.get_stage_display(),
              f"{r.progress:.0%}") for r in runs),
        ) or "never verified"

    @admin.action(description="Verify selected stories (extract, cross-check)", permissions=["verify"])
    def verify_stories(self, request, queryset):
        try:
            runs = [start_verification(story=story, user=request.user) for story in queryset]
        except BrokerUnavailable as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return
        self.message_user(request, format_html(
            'Queued {} verification run(s); follow them in <a href="{}">verification runs</a>.',
            len(runs), reverse("admin:verification_verificationrun_changelist"),
        ))

    def has_verify_permission(self, request):
        return request.user.has_perm("verification.run_verification")

    @admin.action(description="Confirm grouping (keep these articles together over re-runs)",
                  permissions=["change"])
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
