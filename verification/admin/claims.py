from django.contrib import admin

from verification.models import Claim


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["text", "kind", "slot", "subject", "article", "checkworthiness"]
    list_filter = ["kind", "slot"]
    search_fields = ["text", "subject", "slot"]
    list_select_related = ["article"]
    readonly_fields = ["article", "run", "kind", "slot", "subject", "value", "text", "start", "end",
                       "sentence_start", "sentence_end", "checkworthiness", "extra", "sentence"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="sentence")
    def sentence(self, obj):
        return obj.sentence(obj.article.text)
