from django.contrib import admin
from django.utils.html import format_html

from core.claim_values import subject_as_written
from verification.models import Claim

from .values import label, value_words


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["text", "kind", "concept", "subject_written", "article_title", "checkworthiness"]
    list_filter = ["kind"]
    search_fields = ["text", "subject", "slot"]
    list_select_related = ["article"]
    fields = ["article", "text", "sentence", "kind", "concept", "subject_written", "value_in_words", "checkworthiness"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="about", ordering="slot")
    def concept(self, obj):
        return label(obj.slot)

    @admin.display(description="subject", ordering="subject")
    def subject_written(self, obj):
        """As its sentence (else its article) writes it: "Gisèle Pelicot", not the key "gisele pelicot"."""
        return subject_as_written(obj.subject, [obj.sentence(obj.article.text), obj.article.text]) or "-"

    @admin.display(description="article", ordering="article__title")
    def article_title(self, obj):
        title = obj.article.working_title
        return format_html('<span class="truncate narrow" title="{}">{}</span>', title, title)

    @admin.display(description="value")
    def value_in_words(self, obj):
        return value_words(obj, obj.article.published)

    @admin.display(description="sentence")
    def sentence(self, obj):
        return obj.sentence(obj.article.text)
