from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core.api import note_field
from verification.models import Claim, Fact, PublishedFact, ReviewDecision, VerificationRun


class ClaimSerializer(serializers.ModelSerializer):
    class Meta:
        model = Claim
        fields = list(Claim.PUBLIC_FIELDS)
        read_only_fields = fields


class DecisionSerializer(serializers.ModelSerializer):
    reviewer = serializers.StringRelatedField()

    class Meta:
        model = ReviewDecision
        fields = ["decision", "note", "public_note", "reviewer", "created_at"]


class FactSerializer(serializers.ModelSerializer):
    claims = ClaimSerializer(many=True, read_only=True)

    class Meta:
        model = Fact
        fields = [
            "id",
            "story",
            "verdict",
            "flagged",
            "review_status",
            "slot",
            "kind",
            "subject",
            "confidence",
            "explanation",
            "independent_sources",
            "version",
            "claims",
            "updated_at",
        ]
        read_only_fields = fields


@extend_schema_field(ClaimSerializer(many=True))
class PublishedClaimsField(serializers.JSONField):
    """The claims as published: stored as the API showed them (Claim.public_data)."""


class PublishedFactSerializer(serializers.ModelSerializer):
    """A fact as readers are given it: the same fields as FactSerializer, from the live edition's copy."""

    claims = PublishedClaimsField(read_only=True)

    class Meta:
        model = PublishedFact
        fields = FactSerializer.Meta.fields
        read_only_fields = fields


class FactStaffSerializer(FactSerializer):
    decisions = DecisionSerializer(many=True, read_only=True)

    class Meta(FactSerializer.Meta):
        fields = FactSerializer.Meta.fields + ["decisions"]
        read_only_fields = fields


class ReviewSerializer(serializers.Serializer):
    decision = serializers.ChoiceField(choices=["approve", "reject", "needs_sourcing"])
    note = note_field("Internal note, required to reject; never shown to readers.")
    public_note = note_field("Optional; shown to readers with the fact on the story page.")
    version = serializers.IntegerField(
        required=False,
        allow_null=True,
        default=None,
        help_text="The fact's version you looked at; 409 if someone decided since.",
    )


class BulkApproveSerializer(serializers.Serializer):
    # Bounded to the database's id range: a larger integer crashed the lookup (OverflowError on SQLite).
    ids = serializers.ListField(child=serializers.IntegerField(min_value=1, max_value=2**63 - 1), allow_empty=False)
    note = note_field()


class RunSerializer(serializers.ModelSerializer):
    class Meta:
        model = VerificationRun
        fields = [
            "id",
            "story",
            "state",
            "stage",
            "progress",
            "counts",
            "error",
            "left_out",
            "engine_version",
            "created_at",
            "started_at",
            "finished_at",
        ]
        read_only_fields = fields


class StartRunSerializer(serializers.Serializer):
    story = serializers.IntegerField(
        required=False,
        allow_null=True,
        default=None,
        help_text="The story to verify; leave out to verify every article.",
    )
