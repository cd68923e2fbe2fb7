"""The REST API under /api/: a DRF router over the stories and verification viewsets, plus the schema."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from stories.api.caching import cached_for_readers
from stories.api.views import ArticleViewSet, StoryViewSet
from verification.api.views import ClaimViewSet, FactViewSet, RunViewSet

# Route names carry an "api-" prefix: "story-detail" is the reader page. What readers may see, published stories
# and their facts, is answered to anonymous clients from the readers' page cache (stories.api.caching).
router = DefaultRouter()
router.register("articles", ArticleViewSet, basename="api-article")
router.register("stories", cached_for_readers(StoryViewSet), basename="api-story")
router.register("facts", cached_for_readers(FactViewSet), basename="api-fact")
router.register("claims", ClaimViewSet, basename="api-claim")
router.register("runs", RunViewSet, basename="api-run")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    # the split view serves its script as a file, so the page runs under a CSP without inline scripts
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
    path("", include(router.urls)),
]
