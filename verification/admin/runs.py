from django.contrib import admin
from django.utils.html import format_html

from core.words import count_words, when
from verification import selectors
from verification.models import VerificationRun

# What a run's counts mean, in the order people read them.
COUNT_WORDS = [
    ("articles_extracted", "article read", "articles read"),
    ("stories", "story", "stories"),
    ("facts", "fact", "facts"),
    ("corroborated", "corroborated", "corroborated"),
    ("conflicting", "conflicting", "conflicting"),
    ("single_source", "single source", "single source"),
    ("flagged", "flagged for review", "flagged for review"),
    ("articles_not_read", "article not read", "articles not read"),
    ("stories_not_checked", "story not checked", "stories not checked"),
]


def counts_in_words(counts: dict) -> str:
    """ "5 articles read, 2 stories, 49 facts: 12 corroborated, …" from a run's counts."""
    if not counts:
        return "-"
    known = {key for key, _, _ in COUNT_WORDS}
    parts = [
        count_words(int(counts[key]), one, many)
        for key, one, many in COUNT_WORDS
        if isinstance(counts.get(key), (int, float))
    ]
    parts += [f"{value} {key.replace('_', ' ')}" for key, value in sorted(counts.items()) if key not in known]
    return ", ".join(parts) or "-"


@admin.register(VerificationRun)
class VerificationRunAdmin(admin.ModelAdmin):
    list_display = ["run_title", "state", "stage", "progress_percent", "requested_by", "started", "finished"]
    list_filter = ["state", "stage", "engine_version"]
    list_select_related = ["story", "requested_by"]
    readonly_fields = [
        "story",
        "state",
        "stage",
        "progress_percent",
        "results",
        "problems",
        "left_out",
        "engine_version",
        "attempts",
        "requested_by",
        "created_at",
        "started_at",
        "finished_at",
    ]
    fields = readonly_fields

    def has_add_permission(self, request):
        return False  # runs are started with the "Verify" action or `manage.py verify`

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="run", ordering="id")
    def run_title(self, obj):
        scope = obj.story.title if obj.story_id else "all articles"
        return format_html('#{} · <span class="truncate narrow" title="{}">{}</span>', obj.pk, scope, scope)

    @admin.display(description="started", ordering="created_at")
    def started(self, obj):
        return when(obj.created_at, short=True)

    @admin.display(description="finished", ordering="finished_at")
    def finished(self, obj):
        return when(obj.finished_at, short=True)

    @admin.display(description="progress")
    def progress_percent(self, obj):
        return f"{obj.progress:.0%}"

    @admin.display(description="problems")
    def problems(self, obj):
        """Why it failed."""
        return obj.error or "none"

    @admin.display(description="results")
    def results(self, obj):
        return counts_in_words(obj.counts)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        run = self.get_object(request, object_id)
        extra_context = {**(extra_context or {}), "auto_refresh": run is not None and not run.is_finished}
        return super().change_view(request, object_id, form_url, extra_context)

    def changelist_view(self, request, extra_context=None):
        busy = selectors.any_run_unfinished()
        return super().changelist_view(request, {**(extra_context or {}), "auto_refresh": busy})
