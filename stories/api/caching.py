"""Anonymous API answers from the readers' page cache (stories.reader.cache).

An anonymous client gets what readers get: published stories and their facts as their live edition holds
them, which change only with a publish, an unpublish or a correction, the changes that bump the cache
generation. So their JSON answers are cached under the same generation as the reader pages, and such a change
reaches them with its commit. Staff answers (any signed-in user, any token) are never cached. The API's
routes (cms.api_urls) put the readers' endpoints, stories and facts, behind it with `cached_for_readers`.

Only what a key can be made of safely is cached: GET or HEAD of a list or one object, negotiated to JSON, with
no query parameter but the view's own filters, `ordering`, `page` and `format` (values are hashed). The
throttle, the authentication and the content negotiation all run before the cache is asked.
"""

from __future__ import annotations

from functools import wraps
from urllib.parse import urlencode

from rest_framework.response import Response

from stories.reader.cache import cached_page, digest, page_slot, store_page

CACHED_ACTIONS = ("list", "retrieve")


class AnonymousAnswersCached:
    """A viewset mixin: anonymous JSON answers of `list` and `retrieve` from the readers' page cache."""

    _slot = None

    def _known_parameters(self) -> set[str]:
        filters = getattr(self.filterset_class, "base_filters", {})
        return {*filters, "ordering", "format", getattr(self.paginator, "page_query_param", "page")}

    def _cache_slot(self, request):
        if self.action not in CACHED_ACTIONS or request.user.is_authenticated:
            return None
        if request.accepted_renderer.format != "json":
            return None  # the browsable API: a page for a person, with forms of its own
        pk = str(self.kwargs.get(self.lookup_url_kwarg or self.lookup_field, ""))
        if (pk and not pk.isdigit()) or not set(request.query_params) <= self._known_parameters():
            return None
        query = digest(urlencode(sorted(request.query_params.lists()), doseq=True))
        parts = ("api", self.basename, self.action, pk, request.accepted_media_type, query)
        return page_slot(request, "api", parts)

    def _hit(self, request):
        """The cached answer to this request, or None (a miss, or not one to cache: see _cache_slot)."""
        self._slot = self._cache_slot(request)
        return cached_page(request, self._slot) if self._slot is not None else None

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if self._slot is not None and isinstance(response, Response):
            store_page(self._slot, response)
        return response


def _answer_cached(answer):
    """The viewset's own `list` or `retrieve` asked only on a cache miss. It keeps the action's documentation (the
    schema the API describes is read from the method's attributes, which `wraps` copies)."""

    @wraps(answer)
    def cached_answer(self, request, *args, **kwargs):
        hit = self._hit(request)
        return hit if hit is not None else answer(self, request, *args, **kwargs)

    return cached_answer


def cached_for_readers(viewset):
    """The viewset with its anonymous JSON answers of `list` and `retrieve` served from the readers' cache."""
    actions = {action: _answer_cached(getattr(viewset, action)) for action in CACHED_ACTIONS}
    return type(
        viewset.__name__,
        (AnonymousAnswersCached, viewset),
        {
            "__doc__": viewset.__doc__,
            "__module__": viewset.__module__,
            "__qualname__": viewset.__qualname__,
            **actions,
        },
    )
