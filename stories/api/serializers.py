from django.urls import NoReverseMatch
from rest_framework import serializers

from core.limits import NOTE_MAX_LENGTH
from stories.models import Article, Correction, Story, StoryRevision, StoryTransition


class ArticleSerializer(serializers.ModelSerializer):
    text = serializers.CharField(read_only=True)

    class Meta:
        model = Article
        fields = ["id", "origin", "title", "dek", "body", "text", "publisher", "author", "published", "language",
                  "state", "story", "text_version", "claims_text_version", "imported_at", "updated_at"]
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
    url = serializers.SerializerMethodField(help_text="The story's reader page.")
    corrections = CorrectionSerializer(many=True, read_only=True)

    class Meta:
        model = Story
        fields = ["id", "slug", "title", "dek", "body", "state", "url", "version", "published_at", "publish_at",
                  "corrections", "created_at", "updated_at"]
        read_only_fields = fields

    def get_url(self, story) -> str | None:
        try:
            path = story.get_absolute_url()
        except NoReverseMatch:  # the reader site's URLs are not installed
            return None
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path


class StoryEditSerializer(serializers.Serializer):
    version = serializers.IntegerField(help_text="The version the edit started from (optimistic check).")
    title = serializers.CharField(required=False, max_length=300)
    dek = serializers.CharField(required=False, allow_blank=True)
    body = serializers.CharField(required=False, allow_blank=True)


class NoteSerializer(serializers.Serializer):
    note = serializers.CharField(required=False, allow_blank=True, default="", max_length=NOTE_MAX_LENGTH)


class RequiredNoteSerializer(serializers.Serializer):
    note = serializers.CharField(required=False, allow_blank=True, default="", max_length=NOTE_MAX_LENGTH,
                                 help_text="Required: what to change / what was corrected.")


class PublishSerializer(serializers.Serializer):
    publish_at = serializers.DateTimeField(required=False, allow_null=True, default=None,
                                           help_text="Schedule for this time (ISO 8601 with zone); now if left out.")
    note = serializers.CharField(required=False, allow_blank=True, default="", max_length=NOTE_MAX_LENGTH)


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


class ConsolidationSerializer(serializers.Serializer):
    replaced = serializers.BooleanField()
    message = serializers.CharField()
    diff = serializers.ListField(child=serializers.CharField())
    story = StorySerializer()
