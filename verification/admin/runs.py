from django.contrib import admin

from verification.models import VerificationRun


@admin.register(VerificationRun)
class VerificationRunAdmin(admin.ModelAdmin):
    list_display = ["__str__", "state", "stage", "progress_percent", "engine_version", "requested_by",
                    "created_at", "finished_at"]
    list_filter = ["state", "stage", "engine_version"]
    list_select_related = ["story", "requested_by"]
    readonly_fields = ["story", "state", "stage", "progress_percent", "counts", "error", "engine_version",
                       "attempts", "requested_by", "created_at", "started_at", "finished_at"]
    fields = readonly_fields

    def has_add_permission(self, request):
        return False  # runs are started with the "Verify" action or `manage.py verify`

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="progress")
    def progress_percent(self, obj):
        return f"{obj.progress:.0%}"

    def change_view(self, request, object_id, form_url="", extra_context=None):
        run = self.get_object(request, object_id)
        extra_context = {**(extra_context or {}), "auto_refresh": run is not None and not run.is_finished}
        return super().change_view(request, object_id, form_url, extra_context)

    def changelist_view(self, request, extra_context=None):
        busy = VerificationRun.objects.filter(state__in=["queued", "running"]).exists()
        return super().changelist_view(request, {**(extra_context or {}), "auto_refresh": busy})
