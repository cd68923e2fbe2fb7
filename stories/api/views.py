"""Stories and articles over the API; workflow actions are POSTs on the story (see DESIGN.md)."""

from __future__ import annotations

from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from core.api import REFUSALS, parse, staff_only
from stories import selectors, workflow
from stories.models import Correction
from stories.services.articles import update_article_metadata
from stories.services.consolidation import draft_consolidated_text
from stories.services.editing import save_story_text

from . import serializers as s
from .filters import ArticleFilter, ReaderStoryFilter, StoryFilter


class ArticleViewSet(viewsets.ReadOnlyModelViewSet):
    """Source articles (staff only); editors correct their metadata while their story is a draft.
    `?ordering=`: id, title, publisher, published, imported_at."""

    serializer_class = s.ArticleSerializer
    filterset_class = ArticleFilter
    ordering_fields = ["id", "title", "publisher", "published", "imported_at"]
    permission_classes = [staff_only("stories.view_article")]

    def get_queryset(self):
        return selectors.visible_articles(user=self.request.user).order_by("id")

    @extend_schema(
        request=s.ArticleMetadataSerializer,
        responses={200: s.ArticleSerializer, **REFUSALS},
        description="Correct title, publisher, author, published or language; 409 once the "
        "article's story is past the draft stage (its sources are frozen).",
    )
    def partial_update(self, request, pk=None):
        article = self.get_object()
        changes = parse(s.ArticleMetadataSerializer, request.data)
        saved = update_article_metadata(article=article, user=request.user, **changes)
        return Response(s.ArticleSerializer(saved, context=self.get_serializer_context()).data)


class StoryViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Stories: published ones for everyone, all of them for staff; workflow actions for the roles.
    `?ordering=`: id, title, state, published_at, created_at, updated_at."""

    serializer_class = s.StorySerializer
    ordering_fields = ["id", "title", "state", "published_at", "created_at", "updated_at"]

    def _sees_every_story(self) -> bool:
        return selectors.sees_every_story(user=self.request.user)

    @property
    def filterset_class(self):
        return StoryFilter if self._sees_every_story() else ReaderStoryFilter

    def ordering_sources(self) -> dict:
        """For readers, what the fields sort by: their live edition's values, never a draft's."""
        if self._sees_every_story():
            return {}
        return {"title": "reader_title", "updated_at": "reader_updated_at", "state": None}

    def get_queryset(self):
        stories = (
            selectors.visible_stories(user=self.request.user)
            .prefetch_related(Prefetch("corrections", queryset=Correction.objects.order_by("created_at", "id")))
            .order_by("-published_at", "-created_at", "-id")
        )
        if not self._sees_every_story():
            stories = selectors.with_live_edition(stories)
        return stories

    def _story(self):
        return self.get_object()

    def _answer(self, story, status=200):
        story.refresh_from_db()
        return Response(s.StorySerializer(story, context=self.get_serializer_context()).data, status=status)

    @extend_schema(
        request=s.StoryEditSerializer,
        responses={200: s.StorySerializer, **REFUSALS},
        description="Save title/dek/body; `version` must be the story's current version (409 if not).",
    )
    def partial_update(self, request, pk=None):
        story = self._story()
        data = parse(s.StoryEditSerializer, request.data)
        saved = save_story_text(
            story=story,
            user=request.user,
            expected_version=data["version"],
            title=data.get("title"),
            dek=data.get("dek"),
            body=data.get("body"),
        )
        return self._answer(saved)

    @extend_schema(request=s.ConsolidateSerializer, responses={200: s.ConsolidationSerializer, **REFUSALS})
    @action(detail=True, methods=["post"])
    def consolidate(self, request, pk=None):
        """Write the consolidated draft from the facts, in `language` (default: the story's, else the one most
        sources share); an editor's changed text is kept (see `diff`)."""
        data = parse(s.ConsolidateSerializer, request.data)
        result = draft_consolidated_text(story=self._story(), user=request.user, language=data["language"])
        result.story.refresh_from_db()
        return Response(
            {
                "replaced": result.replaced,
                "message": result.message,
                "diff": result.diff,
                "story": s.StorySerializer(result.story, context=self.get_serializer_context()).data,
            }
        )

    def _transition(self, request, name, serializer_class=s.NoteSerializer):
        story = self._story()
        data = parse(serializer_class, request.data)
        workflow.ACTIONS[name](story=story, user=request.user, **data)
        return self._answer(story)

    @extend_schema(request=s.NoteSerializer, responses={200: s.StorySerializer, **REFUSALS})
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        return self._transition(request, "submit")

    @extend_schema(request=s.NoteSerializer, responses={200: s.StorySerializer, **REFUSALS})
    @action(detail=True, methods=["post"])
    def approve(self, request, pk=None):
        return self._transition(request, "approve")

    @extend_schema(request=s.RequiredNoteSerializer, responses={200: s.StorySerializer, **REFUSALS})
    @action(detail=True, methods=["post"], url_path="request-changes")
    def request_changes(self, request, pk=None):
        return self._transition(request, "request_changes", s.RequiredNoteSerializer)

    @extend_schema(request=s.PublishSerializer, responses={200: s.StorySerializer, **REFUSALS})
    @action(detail=True, methods=["post"])
    def publish(self, request, pk=None):
        """Publish now, or schedule with `publish_at` (a future time with its zone)."""
        return self._transition(request, "publish", s.PublishSerializer)

    @extend_schema(request=s.NoteSerializer, responses={200: s.StorySerializer, **REFUSALS})
    @action(detail=True, methods=["post"])
    def unschedule(self, request, pk=None):
        return self._transition(request, "unschedule")

    @extend_schema(request=s.RequiredNoteSerializer, responses={200: s.StorySerializer, **REFUSALS})
    @action(detail=True, methods=["post"])
    def unpublish(self, request, pk=None):
        """Take the story off the reader site; `note` (the reason) is required and kept in the audit trail."""
        return self._transition(request, "unpublish", s.RequiredNoteSerializer)

    @extend_schema(request=s.NoteSerializer, responses={200: s.StorySerializer, **REFUSALS})
    @action(detail=True, methods=["post"], url_path="edit-live")
    def edit_live(self, request, pk=None):
        """Edit a published story as a new draft; readers keep the live edition until it is published."""
        return self._transition(request, "edit_live")

    @extend_schema(request=s.RequiredNoteSerializer, responses={201: s.CorrectionSerializer, **REFUSALS})
    @action(detail=True, methods=["post"])
    def corrections(self, request, pk=None):
        """Add a correction (note required) to a published story."""
        data = parse(s.RequiredNoteSerializer, request.data)
        correction = workflow.add_correction(story=self._story(), user=request.user, note=data["note"])
        return Response(s.CorrectionSerializer(correction).data, status=201)

    @extend_schema(responses={200: s.TransitionSerializer(many=True)})
    @action(detail=True, methods=["get"])
    def transitions(self, request, pk=None):
        """The audit trail (staff)."""
        if not request.user.has_perm("stories.view_storytransition"):
            raise NotFound()
        return Response(s.TransitionSerializer(selectors.story_transitions(story=self._story()), many=True).data)

    @extend_schema(responses={200: s.RevisionSerializer(many=True)})
    @action(detail=True, methods=["get"])
    def revisions(self, request, pk=None):
        """Saved versions of the text, newest first (staff)."""
        if not request.user.has_perm("stories.view_storyrevision"):
            raise NotFound()
        return Response(s.RevisionSerializer(selectors.story_revisions(story=self._story()), many=True).data)
