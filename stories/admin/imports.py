"""The import history: every import from the admin (a few files at once, or a batch on the worker), with
one line per file."""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from core.words import when
from stories.models import ImportBatch

OUTCOMES = {"created": "Imported", "duplicate": "Already there", "rejected": "Refused"}


@admin.register(ImportBatch)
class ImportBatchAdmin(admin.ModelAdmin):
    list_display = ["__str__", "state", "outcome", "requested_by", "created_at"]
    list_filter = ["state"]
    readonly_fields = [
        "state",
        "progress_percent",
        "outcome",
        "error",
        "requested_by",
        "created_at",
        "finished_at",
        "files",
    ]
    fields = readonly_fields

    def get_fields(self, request, obj=None):
        """What a finished import needs no more (its progress, an empty error) is left out."""
        if obj is None or not obj.is_finished:
            return self.fields
        return [f for f in self.fields if f != "progress_percent" and (f != "error" or obj.error)]

    def has_add_permission(self, request):
        return False  # batches are made by the import page

    def has_change_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        return super().changelist_view(request, {"title": "Import history", **(extra_context or {})})

    @admin.display(description="progress")
    def progress_percent(self, obj):
        return f"{obj.progress:.0%}"

    @admin.display(description="outcome")
    def outcome(self, obj):
        counts = obj.counts or {}
        if not counts:
            return "-"
        return (
            f"{counts.get('created', 0)} imported, {counts.get('duplicate', 0)} already there, "
            f"{counts.get('rejected', 0)} refused"
        )

    @admin.display(description="files")
    def files(self, obj):
        if not obj.report:
            return "Waiting for the worker…" if not obj.is_finished else "-"
        return format_html(
            "<table><tr><th>file</th><th>outcome</th><th>detail</th></tr>{}</table>",
            format_html_join(
                "",
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                ((r["name"], OUTCOMES.get(r["status"], r["status"]), _detail(r)) for r in obj.report),
            ),
        )

    def change_view(self, request, object_id, form_url="", extra_context=None):
        batch = self.get_object(request, object_id)
        extra_context = {
            **(extra_context or {}),
            "auto_refresh": batch is not None and not batch.is_finished,
            "title": f"Import of {when(batch.created_at)}" if batch else "Import",
        }
        return super().change_view(request, object_id, form_url, extra_context)


def _detail(row: dict):
    if row.get("article") and row["status"] == "created":
        return format_html(
            '<a href="{}">article {}</a>',
            reverse("admin:stories_article_change", args=[row["article"]]),
            row["article"],
        )
    return row.get("reason") or "-"
