from django.contrib import admin
from django.utils.html import format_html, format_html_join

from stories.models import ImportBatch


@admin.register(ImportBatch)
class ImportBatchAdmin(admin.ModelAdmin):
    list_display = ["__str__", "state", "progress_percent", "counts", "requested_by", "created_at"]
    list_filter = ["state"]
    readonly_fields = ["state", "progress_percent", "counts", "error", "requested_by", "created_at",
                       "started_at", "finished_at", "files"]
    fields = readonly_fields

    def has_add_permission(self, request):
        return False  # batches are made by the import page

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="progress")
    def progress_percent(self, obj):
        return f"{obj.progress:.0%}"

    @admin.display(description="files")
    def files(self, obj):
        if not obj.report:
            return "waiting for the worker…" if not obj.is_finished else "-"
        return format_html(
            "<table><tr><th>file</th><th>outcome</th><th>detail</th></tr>{}</table>",
            format_html_join("", "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                             ((r["name"], r["status"], r["reason"] or f"article {r['article']}") for r in obj.report)),
        )

    def change_view(self, request, object_id, form_url="", extra_context=None):
        batch = self.get_object(request, object_id)
        extra_context = {**(extra_context or {}), "auto_refresh": batch is not None and not batch.is_finished}
        return super().change_view(request, object_id, form_url, extra_context)
