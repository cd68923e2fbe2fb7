"""Facts, claims and verification runs over the API; a reviewer's decision is a POST on the fact."""

from __future__ import annotations

from django.db.models import Prefetch
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from core.api import REFUSALS, parse, staff_only
from core.errors import InvalidAction
from stories.models import Story
from verification import selectors
from verification.models import Claim, ReviewDecision
from verification.services.review import bulk_approve, decide_fact
from verification.services.runs import start_verification

from . import serializers as s
from .filters import ClaimFilter, FactFilter, PublishedFactFilter, RunFilter

# Readers get the live edition's copy of a fact (PublishedFactSerializer), staff the fact itself: one shape, which
# the schema documents as `Fact`, its contract since the API began.
_FACT_ID = OpenApiParameter(
    "id", int, OpenApiParameter.PATH, description="A unique integer value identifying this fact."
)


@extend_schema_view(
    list=extend_schema(responses=s.FactSerializer(many=True)),
    retrieve=extend_schema(responses=s.FactSerializer, parameters=[_FACT_ID]),
)
class FactViewSet(viewsets.ReadOnlyModelViewSet):
    """Facts of published stories for everyone, as their live edition holds them (a new draft edited over a
    story changes nothing readers get until it is published); all facts, with their decision history, for
    staff. `?ordering=`: id, story, verdict, review_status, confidence, created_at."""

    ordering_fields = ["id", "story", "verdict", "review_status", "confidence", "created_at"]

    def _sees_every_fact(self) -> bool:
        return selectors.sees_every_fact(user=self.request.user)

    def _staff(self) -> bool:
        return self.request.user.has_perm("verification.view_reviewdecision")

    @property
    def filterset_class(self):
        return FactFilter if self._sees_every_fact() else PublishedFactFilter

    def get_serializer_class(self):
        if not self._sees_every_fact():
            return s.PublishedFactSerializer
        return s.FactStaffSerializer if self._staff() else s.FactSerializer

    def get_queryset(self):
        if not self._sees_every_fact():
            return selectors.published_facts().order_by("story_id", "id")
        facts = selectors.visible_facts(user=self.request.user).prefetch_related(
            Prefetch("claims", queryset=Claim.objects.order_by("article_id", "start", "id"))
        )
        if self._staff():
            facts = facts.prefetch_related(
                Prefetch(
                    "decisions",
                    queryset=ReviewDecision.objects.select_related("reviewer").order_by("-created_at", "-id"),
                )
            )
        return facts.order_by("story_id", "id")

    @extend_schema(
        request=s.ReviewSerializer, responses={200: s.FactStaffSerializer, **REFUSALS}, parameters=[_FACT_ID]
    )
    @action(detail=True, methods=["post"])
    def review(self, request, pk=None):
        """Decide: approve, reject (note required) or needs_sourcing."""
        fact = self.get_object()
        data = parse(s.ReviewSerializer, request.data)
        decide_fact(
            fact=fact.pk,
            user=request.user,
            decision=data["decision"],
            note=data["note"],
            public_note=data["public_note"],
            expected_version=data["version"],
        )
        return Response(s.FactStaffSerializer(self.get_queryset().get(pk=fact.pk)).data)

    @extend_schema(request=s.BulkApproveSerializer, responses={200: None, **REFUSALS})
    @action(detail=False, methods=["post"], url_path="bulk-approve")
    def bulk_approve(self, request):
        """Approve several undecided, non-conflicting facts at once; the rest are listed as skipped."""
        data = parse(s.BulkApproveSerializer, request.data)
        visible = list(self.get_queryset().filter(pk__in=data["ids"]).values_list("pk", flat=True))
        result = bulk_approve(fact_ids=visible, user=request.user, note=data["note"])
        return Response({"approved": result.approved, "skipped": {str(k): v for k, v in result.skipped.items()}})


class ClaimViewSet(viewsets.ReadOnlyModelViewSet):
    """Claims found in the articles (staff only). `?ordering=`: id, article, kind, start."""

    serializer_class = s.ClaimSerializer
    filterset_class = ClaimFilter
    ordering_fields = ["id", "article", "kind", "start"]
    permission_classes = [staff_only("verification.view_claim")]

    def get_queryset(self):
        return selectors.visible_claims(user=self.request.user).order_by("article_id", "start", "id")


class RunViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """Verification runs (staff); POST starts one (editors). `?ordering=`: id, state, progress, created_at,
    finished_at."""

    serializer_class = s.RunSerializer
    filterset_class = RunFilter
    ordering_fields = ["id", "state", "progress", "created_at", "finished_at"]
    permission_classes = [staff_only("verification.view_verificationrun")]

    def get_queryset(self):
        return selectors.visible_runs(user=self.request.user).order_by("-created_at", "-id")

    @extend_schema(request=s.StartRunSerializer, responses={201: s.RunSerializer, **REFUSALS})
    def create(self, request, *args, **kwargs):
        data = parse(s.StartRunSerializer, request.data)
        story = None
        if data["story"] is not None:
            story = Story.objects.visible_to(request.user).filter(pk=data["story"]).first()
            if story is None:
                raise InvalidAction(f"no story {data['story']}")
        run = start_verification(story=story, user=request.user)  # a broker outage answers 503 (core.api)
        return Response(s.RunSerializer(run).data, status=201)
