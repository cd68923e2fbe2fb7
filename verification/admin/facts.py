"""The reviewers' queue: flagged facts across stories, and a review page with every source's evidence.

Decisions go through ``verification.services.review`` (the same service the API calls), so the rules and
the refusals are the same in both places. The changelist and the review page run a fixed number of queries
however many facts, claims and sources there are.
"""

from django.contrib import admin, messages
from django.db.models import Case, Count, IntegerField, Max, Value, When
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.timesince import timesince

from core.claim_values import cited_sources, named, subject_as_written
from core.errors import WorkflowError
from core.models import ReviewStatus, Verdict
from core.permissions import REVIEW_PERMISSION
from core.words import count_words, when
from stories.models import StoryState
from verification import selectors
from verification.models import Fact
from verification.services.review import DECIDABLE_STORY_STATES, DECISIONS, bulk_approve, decide_fact
from verification.verdicts import UNDECIDED_STATUSES

from .values import ADMIN_LANGUAGE, label, letter_values, story_sentence

CONFLICTS_FIRST = Case(When(verdict=Verdict.CONFLICTING, then=Value(0)), default=Value(1), output_field=IntegerField())


class AgeFilter(admin.SimpleListFilter):
    title = "age"
    parameter_name = "age"

    def lookups(self, request, model_admin):
        return [
            ("day", "Flagged today"),
            ("week", "This week"),
            ("month", "This month"),
            ("older", "Waiting over a month"),
        ]

    def queryset(self, request, queryset):
        return selectors.filter_by_age(queryset, self.value()) if self.value() else queryset


class DecisionFilter(admin.SimpleListFilter):
    """Undecided facts (pending or needing sourcing) unless the reviewer asks for others."""

    title = "decision"
    parameter_name = "decision"
    DEFAULT = "undecided"

    def lookups(self, request, model_admin):
        return [
            ("undecided", "Waiting for a decision"),
            *((s.value, s.label) for s in ReviewStatus),
            ("all", "Any decision"),
        ]

    def value(self):
        return super().value() or self.DEFAULT

    def queryset(self, request, queryset):
        chosen = self.value()
        if chosen == "undecided":
            return queryset.filter(review_status__in=UNDECIDED_STATUSES)
        if chosen in ReviewStatus.values:
            return queryset.filter(review_status=chosen)
        return queryset

    def choices(self, changelist):
        for value, title in self.lookup_choices:
            yield {
                "selected": self.value() == value,
                "display": title,
                "query_string": changelist.get_query_string({self.parameter_name: value}),
            }


class VerdictFilter(admin.SimpleListFilter):
    """Only the verdicts a flagged fact can have (a corroborated fact never waits for a reviewer)."""

    title = "verdict"
    parameter_name = "verdict"

    def lookups(self, request, model_admin):
        return [(Verdict.CONFLICTING.value, "Conflicting"), (Verdict.SINGLE_SOURCE.value, "Single source")]

    def queryset(self, request, queryset):
        return queryset.filter(verdict=self.value()) if self.value() else queryset


class ConceptFilter(admin.SimpleListFilter):
    """What the facts are about, by concept label ("Jobs", "Investment"), never by slot name."""

    title = "concept"
    parameter_name = "concept"

    def lookups(self, request, model_admin):
        self._slots = selectors.queue_concepts(language=ADMIN_LANGUAGE)
        return [(name, name) for name in sorted(self._slots)]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        return queryset.filter(slot__in=getattr(self, "_slots", {}).get(self.value(), [self.value()]))


class StoryFilter(admin.RelatedOnlyFieldListFilter):
    """Stories with flagged facts, by title (cut to one line)."""

    def field_choices(self, field, request, model_admin):
        return [
            (pk, title if len(title) <= 60 else title[:58] + "…")
            for pk, title in super().field_choices(field, request, model_admin)
        ]


@admin.register(Fact)
class FactAdmin(admin.ModelAdmin):
    """The review queue: one list of flagged facts across all stories, conflicts first, then oldest first."""

    change_list_template = "admin/verification/fact/change_list.html"
    list_display = [
        "concept_link",
        "subject_written",
        "story_title",
        "verdict_words",
        "decision_words",
        "sources",
        "waiting",
    ]
    list_filter = [DecisionFilter, ("story", StoryFilter), VerdictFilter, ConceptFilter, AgeFilter]
    search_fields = ["slot", "subject", "explanation", "story__title"]
    list_select_related = ["story"]
    list_per_page = 100
    actions = ["approve_selected"]
    # Conflicts first, then the longest waiting.
    ordering = [CONFLICTS_FIRST.asc(), "created_at", "id"]

    def get_queryset(self, request):
        return (
            Fact.objects.filter(flagged=True)
            .select_related("story")
            .annotate(
                source_total=Count("claims__article", distinct=True),
                last_decision_at=Max("decisions__created_at"),
                conflict_rank=CONFLICTS_FIRST,
            )
            .order_by(*self.get_ordering(request))
        )

    def get_search_results(self, request, queryset, search_term):
        found, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        found = selectors.facts_found_or_named(facts=queryset, found=found, words=search_term, language=ADMIN_LANGUAGE)
        return found, may_have_duplicates

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
    def concept_link(self, obj):
        return label(obj.slot)  # the first column: the admin links it to the review page

    @admin.display(description="about", ordering="subject")
    def subject_written(self, obj):
        return getattr(obj, "about", obj.subject) or "-"

    @admin.display(description="story", ordering="story__title")
    def story_title(self, obj):
        return format_html('<span class="truncate" title="{}">{}</span>', obj.story.title, obj.story.title)

    @admin.display(description="verdict", ordering="conflict_rank")
    def verdict_words(self, obj):
        return format_html('<span class="verdict-{}">{}</span>', obj.verdict, obj.get_verdict_display())

    @admin.display(description="decision", ordering="review_status")
    def decision_words(self, obj):
        return obj.get_review_status_display()

    @admin.display(description="sources", ordering="source_total")
    def sources(self, obj):
        return obj.source_total

    @admin.display(description="waiting", ordering="created_at")
    def waiting(self, obj):
        waited = timesince(obj.created_at).split(",")[0]
        return format_html(
            '<span title="flagged {}">{}</span>',
            when(obj.created_at),
            "just now" if waited.startswith("0\xa0") or waited.startswith("0 ") else waited,
        )

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, {"title": "Review queue", **(extra_context or {})})
        cl = getattr(response, "context_data", None) and response.context_data.get("cl")
        if cl is not None:
            selectors.add_what_facts_are_about(cl.result_list, language=ADMIN_LANGUAGE)
            counts = selectors.queue_counts(cl.queryset)
            response.context_data["queue_counts"] = [
                ("shown", counts["total"]),
                *(
                    (v.label.lower(), counts[f"verdict_{v.value}"])
                    for v in Verdict
                    if v != Verdict.CORROBORATED and counts[f"verdict_{v.value}"]
                ),
                *(
                    (st.label.lower(), counts[f"status_{st.value}"])
                    for st in ReviewStatus
                    if counts[f"status_{st.value}"]
                ),
            ]
            story_id = request.GET.get("story__id__exact")
            story = cl.result_list[0].story if story_id and cl.result_list else None
            response.context_data["queue_story"] = story
        return response

    @admin.action(description="Approve selected facts (undecided, not conflicting)", permissions=["review"])
    def approve_selected(self, request, queryset):
        try:
            result = bulk_approve(fact_ids=list(queryset.values_list("pk", flat=True)), user=request.user)
        except WorkflowError as exc:
            self.message_user(request, f"Nothing approved: {exc.reason}.", messages.ERROR)
            return
        self.message_user(request, f"Approved {count_words(len(result.approved), 'fact')}.")
        if result.skipped:
            skipped = Fact.objects.in_bulk(list(result.skipped))
            self.message_user(
                request,
                f"Not approved ({len(result.skipped)}): "
                + "; ".join(
                    f"{label(skipped[pk].slot) if pk in skipped else 'a fact'}: {why}"
                    for pk, why in sorted(result.skipped.items())[:10]
                ),
                messages.WARNING,
            )
        for story in {f.story for f in Fact.objects.filter(pk__in=result.approved).select_related("story")}:
            _tell_when_all_decided(self, request, story)

    # --- the review page ------------------------------------------------------------------------
    def get_urls(self):
        return [
            path(
                "<int:fact_id>/decide/", self.admin_site.admin_view(self.decide_view), name="verification_fact_decide"
            ),
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
        legend = letter_values(evidence)
        subject = subject_as_written(
            fact.subject, [*(e.before + e.value + e.after for e in evidence), *(e.article.text for e in evidence)]
        ) or named([(e.claim.value, e.article.language) for e in evidence], ADMIN_LANGUAGE)
        concept = label(fact.slot)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": f"{concept}{f' ({subject})' if subject else ''}",
            "concept": concept,
            "subject": subject,
            "fact": fact,
            "evidence": evidence,
            "legend": legend,
            "story_sentence": story_sentence(fact.story, [e.value for e in evidence]),
            "explanation": cited_sources(
                fact.explanation,
                {e.article.pk: f"[{e.number}] {e.article.source_name or 'Unnamed outlet'}" for e in evidence},
            ),
            "independence": selectors.source_independence(fact, evidence),
            "decisions": list(fact.decisions.all()),
            "can_decide": self.has_review_permission(request) and fact.story.state in DECIDABLE_STORY_STATES,
            "may_review": self.has_review_permission(request),
            "story_state": fact.story.get_state_display().lower(),
            "decision_choices": list(DECISIONS),
        }
        return TemplateResponse(request, "admin/verification/fact/review.html", context)

    def decide_view(self, request, fact_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_view_permission(request):
            raise Http404
        version = request.POST.get("version")
        try:
            fact = decide_fact(
                fact=fact_id,
                user=request.user,
                decision=request.POST.get("decision", ""),
                note=request.POST.get("note", ""),
                public_note=request.POST.get("public_note", ""),
                expected_version=int(version) if version and version.isdigit() else None,
            )
        except WorkflowError as exc:
            self.message_user(request, f"Not recorded: {exc.reason}.", messages.ERROR)
            return redirect("admin:verification_fact_change", fact_id)
        self.message_user(request, f"{label(fact.slot)}: {fact.get_review_status_display().lower()}.", messages.SUCCESS)
        all_decided = _tell_when_all_decided(self, request, fact.story)
        next_fact = (
            self.get_queryset(request)
            .filter(review_status=ReviewStatus.PENDING)
            .exclude(pk=fact.pk)
            .values_list("pk", flat=True)
            .first()
        )
        if all_decided:
            return redirect("admin:stories_story_change", fact.story_id)
        if request.POST.get("next") and next_fact:
            return redirect("admin:verification_fact_change", next_fact)
        return redirect("admin:verification_fact_change", fact.pk)


def _tell_when_all_decided(model_admin, request, story) -> bool:
    """When a story's last undecided fact is decided, say so and point to what comes next for it."""
    if Fact.objects.filter(story=story).undecided().exists():
        return False
    story_url = reverse("admin:stories_story_change", args=[story.pk]) + "#workflow"
    if story.state == StoryState.IN_REVIEW:
        nxt = "it can be approved now"
        link = "Approve the story"
    else:
        nxt = f"the story is {story.get_state_display().lower()}"
        link = "Open the story"
    model_admin.message_user(
        request,
        format_html(
            'Every flagged fact of “{}” is decided: {}. <a href="{}">{}</a>', story.title, nxt, story_url, link
        ),
        messages.SUCCESS,
    )
    return True
