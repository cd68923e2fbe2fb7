from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from rest_framework import serializers

from core.api import note_field
from stories.models import Article, Correction, Story, StoryRevision, StoryTransition


class ArticleSerializer(serializers.ModelSerializer):
    text = serializers.CharField(read_only=True)

    class Meta:
        model = Article
        fields = [
            "id",
            "origin",
            "title",
            "dek",
            "body",
            "text",
            "publisher",
            "author",
            "published",
            "language",
            "state",
            "story",
            "text_version",
            "claims_text_version",
            "imported_at",
            "updated_at",
        ]
        read_only_fields = fields


class ArticleMetadataSerializer(serializers.Serializer):
    """What an editor may correct on an article (PATCH articles/{id}/), while its story is a draft."""

    title = serializers.CharField(required=False, allow_blank=True, max_length=500)
    publisher = serializers.CharField(required=False, allow_blank=True, max_length=200)
    author = serializers.CharField(required=False, allow_blank=True, max_length=200)
    published = serializers.DateField(required=False, allow_null=True)
    language = serializers.CharField(required=False, allow_blank=True, max_length=8)


class CorrectionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Correction
        fields = ["id", "note", "created_at"]
        read_only_fields = fields


class StorySerializer(serializers.ModelSerializer):
    """A story; readers get its live edition (title, dek, body, language, and when it was published as
    `updated_at`), never a draft edited over it; staff the story as it stands and `preview_url`, its reader
    page in any state."""

    url = serializers.SerializerMethodField(help_text="The story's reader page.")
    preview_url = serializers.SerializerMethodField(
        help_text="Staff only: the reader page of the story in any state (never cached, not public)."
    )
    corrections = CorrectionSerializer(many=True, read_only=True)

    class Meta:
        model = Story
        fields = [
            "id",
            "slug",
            "title",
            "dek",
            "body",
            "language",
            "state",
            "url",
            "preview_url",
            "live",
            "version",
            "published_at",
            "publish_at",
            "corrections",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields

    def _absolute(self, path: str) -> str:
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path

    def get_url(self, story) -> str | None:
        try:
            return self._absolute(story.get_absolute_url())
        except NoReverseMatch:  # the reader site's URLs are not installed
            return None

    def get_preview_url(self, story) -> str | None:
        try:
            return self._absolute(reverse("story-preview", args=[story.pk]))
        except NoReverseMatch:
            return None

    def to_representation(self, story):
        data = super().to_representation(story)
        if hasattr(story, "reader_title"):  # a reader's view (see StoryViewSet.get_queryset)
            data.pop("preview_url", None)
            data.update(
                title=story.reader_title,
                dek=story.reader_dek,
                body=story.reader_body,
                language=story.reader_language,
                state="published",
                version=None,
                publish_at=None,  # a draft's schedule is the desk's
                updated_at=self.fields["updated_at"].to_representation(story.reader_updated_at),
            )
        return data


class StoryEditSerializer(serializers.Serializer):
    version = serializers.IntegerField(help_text="The version the edit started from (optimistic check).")
    title = serializers.CharField(required=False, max_length=300)
    dek = serializers.CharField(required=False, allow_blank=True)
    body = serializers.CharField(required=False, allow_blank=True)


class NoteSerializer(serializers.Serializer):
    note = note_field()


class RequiredNoteSerializer(serializers.Serializer):
    note = note_field("Required: what to change / what was corrected / why it is unpublished.")


class ZonedDateTimeField(serializers.DateTimeField):
    """An ISO 8601 time that must carry its zone: a time without one is refused, never taken as UTC."""

    default_error_messages = {
        "naive": "give the time with its zone, e.g. 2026-06-01T09:00:00+08:00 or "
        "2026-06-01T01:00:00Z; a time without a zone is ambiguous"
    }

    def enforce_timezone(self, value):
        if timezone.is_naive(value):
            self.fail("naive")
        return super().enforce_timezone(value)


class PublishSerializer(serializers.Serializer):
    publish_at = ZonedDateTimeField(
        required=False,
        allow_null=True,
        default=None,
        help_text="Schedule for this time (ISO 8601 with its zone); now if left out.",
    )
    note = note_field()
    correction = note_field(
        "Required when a new draft of a live story changes a published fact's value or verdict: the "
        "correction readers will read."
    )


class TransitionSerializer(serializers.ModelSerializer):
    user = serializers.StringRelatedField()

    class Meta:
        model = StoryTransition
        fields = ["id", "action", "from_state", "to_state", "user", "note", "created_at"]


class RevisionSerializer(serializers.ModelSerializer):
    author = serializers.StringRelatedField()

    class Meta:
        model = StoryRevision
        fields = ["number", "title", "dek", "body", "author", "source", "created_at"]


class ConsolidateSerializer(serializers.Serializer):
    language = serializers.ChoiceField(
        choices=["", "en", "de", "fr", "es"],
        required=False,
        default="",
        help_text="The language to write the draft in; it becomes the story's.",
    )


class ConsolidationSerializer(serializers.Serializer):
    replaced = serializers.BooleanField()
    message = serializers.CharField()
    diff = serializers.ListField(child=serializers.CharField())
    story = StorySerializer()
