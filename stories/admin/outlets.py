"""The newsroom's known outlets: which name a web site is cited under."""

from django.contrib import admin

from stories.models import KnownOutlet


@admin.register(KnownOutlet)
class KnownOutletAdmin(admin.ModelAdmin):
    list_display = ["domain", "name"]
    search_fields = ["domain", "name"]
    ordering = ["domain"]
