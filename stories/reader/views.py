"""Reader views: thin; reads are in stories.selectors, presentation in stories.reader.presenters."""
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.shortcuts import render

from core.throttles import SearchThrottle, throttled
from stories import selectors
from stories.models import Story
from stories.reader.headers import reader_page
from stories.services.editions import live_edition

from .cache import cached_reader_page, digest
from .feeds import LatestStoriesFeed
from .presenters import story_page, story_summary
from .sitemaps import SITEMAPS

PAGE_SIZE = 20


def _page_number(request) -> int | None:
    """The requested page, or None for a malformed one (answered with a 404, never cached)."""
    raw = request.GET.get("page", "1")
    return int(raw) if raw.isdigit() and 0 < int(raw) < 100000 else None


def _paginate(queryset, request):
    number = _page_number(request)
    if number is None:
        raise Http404("No such page.")
    try:
        page = Paginator(queryset, PAGE_SIZE).page(number)
    except (EmptyPage, PageNotAnInteger):
        if number == 1:
            return Paginator([], PAGE_SIZE, allow_empty_first_page=True).page(1)
        raise Http404("No such page.") from None
    for story in page.object_list:
        story.check_summary = story_summary(story)
    return page


@reader_page
@cached_reader_page(lambda request: ("home", _page_number(request) or "bad"))
def home(request):
    page = _paginate(selectors.story_list(), request)
    return render(request, "reader/home.html", {"page": page})


@reader_page
@cached_reader_page(lambda request, slug: ("story", slug))
def story_detail(request, slug):
    try:
        edition = live_edition(slug=slug)
    except Story.DoesNotExist:
        raise Http404("No such story.") from None
    return render(request, "reader/story.html", story_page(edition, request))


def _search_key(request):
    query = " ".join(request.GET.get("q", "").split())[:selectors.SEARCH_QUERY_MAX_LENGTH]
    return ("search", digest(query), _page_number(request) or "bad")


@reader_page
@throttled(SearchThrottle)
@cached_reader_page(_search_key)
def search(request):
    query = " ".join(request.GET.get("q", "").split())[:selectors.SEARCH_QUERY_MAX_LENGTH]
    page = _paginate(selectors.search_stories(query), request) if query else None
    return render(request, "reader/search.html", {"query": query, "page": page})


@reader_page
@cached_reader_page(lambda request: ("feed",))
def feed(request):
    return LatestStoriesFeed()(request)


@reader_page
@cached_reader_page(lambda request: ("sitemap",))
def sitemap(request):
    return sitemap_view(request, sitemaps=SITEMAPS)
