"""The reviewers' queue: flagged facts across stories, and a review page with every source's evidence.

Decisions go through ``verification.services.review`` (the same service the API calls), so the rules and
the refusals are the same in both places. The changelist and the review page run a fixed number of queries
however many facts, claims and sources there are.
"""
from django.contrib import admin, messages
from django.db.models import Count, Max
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html

from stories.workflow import REVIEW_PERMISSION, WorkflowError
from verification import selectors
from verification.models import Fact, ReviewStatus, Verdict
from verification.services.review import DECIDABLE_STORY_STATES, DECISIONS, bulk_approve, decide_fact


class AgeFilter(admin.SimpleListFilter):
    title = "age"
    parameter_name = "age"

    def lookups(self, request, model_admin):
        return [("day", "Flagged today"), ("week", "This week"), ("month", "This month"),
                ("older", "Waiting over a month")]

    def queryset(self, request, queryset):
        return selectors.filter_by_age(queryset, self.value()) if self.value() else queryset


@admin.register(Fact)
class FactAdmin(admin.ModelAdmin):
    """The review queue: one list of flagged facts across all stories."""

    change_list_template = "admin/verification/fact/change_list.html"
    list_display = ["slot_link", "story", "verdict", "review_status", "sources", "subject", "last_decided",
                    "created_at"]
    list_filter = [("story", admin.RelatedOnlyFieldListFilter), "verdict", "slot", AgeFilter,
                   ("review_status", admin.ChoicesFieldListFilter)]
    search_fields = ["slot", "subject", "explanation", "story__title"]
    list_select_related = ["story"]
    list_per_page = 100
    actions = ["approve_selected"]

    def get_queryset(self, request):
        return (super().get_queryset(request).filter(flagged=True).select_related("story")
                .annotate(source_total=Count("claims__article", distinct=True),
                          last_decision_at=Max("decisions__created_at")))

    # --- permissions: viewing for every role, deciding for reviewers, no editing by form --------------
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_review_permission(self, request):
        return request.user.has_perm(REVIEW_PERMISSION)

    # --- columns -------------------------------------------------------------------------------
    @admin.display(description="fact", ordering="slot")
    def slot_link(self, obj):
        return format_html('<a href="{}">{}</a>', reverse("admin:verification_fact_change", args=[obj.pk]),
                           obj.slot)

    @admin.display(description="sources", ordering="source_total")
    def sources(self, obj):
        return obj.source_total

    @admin.display(description="last decision", ordering="last_decision_at")
    def last_decided(self, obj):
        return obj.last_decision_at or "-"

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        cl = getattr(response, "context_data", None) and response.context_data.get("cl")
        if cl is not None:
            counts = selectors.queue_counts(cl.queryset)
            response.context_data["queue_counts"] = [
                ("flagged", counts["total"]),
                *((v.label.lower(), counts[f"verdict_{v.value}"]) for v in Verdict),
                *((st.label.lower(), counts[f"status_{st.value}"]) for st in ReviewStatus),
            ]
        return response

    @admin.action(description="Approve selected facts (undecided, not conflicting)", permissions=["review"])
    def approve_selected(self, request, queryset):
        try:
            result = bulk_approve(fact_ids=list(queryset.values_list("pk", flat=True)), user=request.user)
        except WorkflowError as exc:
            self.message_user(request, exc.reason, messages.ERROR)
            return
        self.message_user(request, f"Approved {len(result.approved)} fact(s).")
        if result.skipped:
            self.message_user(request, f"Skipped {len(result.skipped)}: " + "; ".join(
                f"#{pk} {why}" for pk, why in sorted(result.skipped.items())[:10]), messages.WARNING)

    # --- the review page ------------------------------------------------------------------------
    def get_urls(self):
        return [
            path("<int:fact_id>/decide/", self.admin_site.admin_view(self.decide_view),
                 name="verification_fact_decide"),
        ] + super().get_urls()

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if not self.has_view_permission(request):
            raise Http404
        try:
            fact = selectors.fact_for_review(fact_id=int(object_id))
        except ValueError:
            fact = None
        if fact is None:
            raise Http404("No such fact.")
        evidence = selectors.fact_evidence(fact)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta, "title": f"Review: {fact.slot}", "fact": fact, "evidence": evidence,
            "independence": selectors.source_independence(fact, evidence),
            "decisions": list(fact.decisions.all()),
            "can_decide": self.has_review_permission(request) and fact.story.state in DECIDABLE_STORY_STATES,
            "may_review": self.has_review_permission(request),
            "decision_choices": list(DECISIONS),
            "now": timezone.now(),
        }
        return TemplateResponse(request, "admin/verification/fact/review.html", context)

    def decide_view(self, request, fact_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_view_permission(request):
            raise Http404
        version = request.POST.get("version")
        try:
            fact = decide_fact(fact=fact_id, user=request.user, decision=request.POST.get("decision", ""),
                               note=request.POST.get("note", ""), public_note=request.POST.get("public_note", ""),
                               expected_version=int(version) if version and version.isdigit() else None)
        except WorkflowError as exc:
            self.message_user(request, f"Not recorded: {exc.reason}", messages.ERROR)
            return redirect("admin:verification_fact_change", fact_id)
        self.message_user(request, f"Recorded: {fact.get_review_status_display().lower()}.")
        next_fact = (self.get_queryset(request).filter(review_status=ReviewStatus.PENDING)
                     .exclude(pk=fact.pk).order_by("created_at", "id").values_list("pk", flat=True).first())
        if request.POST.get("next") and next_fact:
            return redirect("admin:verification_fact_change", next_fact)
        return redirect("admin:verification_fact_change", fact.pk)

