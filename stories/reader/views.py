"""Reader views: thin; reads are in stories.selectors, presentation in stories.reader.pages."""

from functools import wraps

from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.templatetags.static import static
from django.utils.cache import add_never_cache_headers

from core.throttles import SearchThrottle, throttled
from stories import selectors
from stories.reader.headers import reader_page

from .cache import cached_reader_page, digest
from .feeds import LatestStoriesFeed
from .pages import story_content, story_page
from .sitemaps import SITEMAPS

PAGE_SIZE = 20
# A person opening the sitemap gets the browser's XML viewer, which draws the tree with inline styles and
# data: images (its folding arrows): the sitemap's policy allows those and nothing else, no script at all
# (the sitemap holds only our own addresses and dates).
SITEMAP_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)


def _page_number(request) -> int | None:
    """The requested page, or None for a malformed one (answered with a 404, never cached)."""
    raw = request.GET.get("page", "1")
    return int(raw) if raw.isdigit() and 0 < int(raw) < 100000 else None


def _paginate(queryset, request):
    number = _page_number(request)
    if number is None:
        raise Http404("No such page.")
    try:
        return Paginator(queryset, PAGE_SIZE).page(number)
    except (EmptyPage, PageNotAnInteger):
        if number == 1:
            return Paginator([], PAGE_SIZE, allow_empty_first_page=True).page(1)
        raise Http404("No such page.") from None


@reader_page
@cached_reader_page(lambda request: ("home", _page_number(request) or "bad"))
def home(request):
    page = _paginate(selectors.story_list(), request)
    return render(request, "reader/home.html", {"page": page})


@reader_page
@cached_reader_page(lambda request, slug: ("story", slug))
def story_detail(request, slug):
    edition = selectors.live_edition(slug)
    if edition is None:
        moved_to = selectors.current_slug(slug)
        if moved_to is None:
            raise Http404("No such story.")
        return HttpResponsePermanentRedirect(selectors.story_path(moved_to))
    return render(request, "reader/story.html", story_page(edition, request))


@reader_page
def story_preview(request, story_id):
    """Any story's reader page as it stands now, for the desk (editors, reviewers, publishers): rendered
    on each request, never cached, never indexed; a 404 for everyone else, as if it did not exist."""
    story = selectors.previewable_story(user=request.user, story_id=story_id)
    if story is None:
        raise Http404("No such story.")
    content = story_content(story)
    response = render(
        request,
        "reader/story.html",
        {**story_page(selectors.PreviewContent(**content), request), "preview": story, "canonical_url": None},
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    add_never_cache_headers(response)
    return response


def _search_key(request):
    query = " ".join(request.GET.get("q", "").split())[: selectors.SEARCH_QUERY_MAX_LENGTH]
    return ("search", digest(query), _page_number(request) or "bad")


@reader_page
@throttled(SearchThrottle)
@cached_reader_page(_search_key)
def search(request):
    query = " ".join(request.GET.get("q", "").split())[: selectors.SEARCH_QUERY_MAX_LENGTH]
    page = _paginate(selectors.search_stories(query), request) if query else None
    return render(request, "reader/search.html", {"query": query, "page": page})


@reader_page
@cached_reader_page(lambda request: ("feed",))
def feed(request):
    return LatestStoriesFeed()(request)


def _sitemap_policy(view):
    """The sitemap's own CSP, on cached copies too (the page cache keeps the body, not the headers)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["Content-Security-Policy"] = SITEMAP_CSP
        return response

    return wrapper


@reader_page
@_sitemap_policy
@cached_reader_page(lambda request: ("sitemap",))
def sitemap(request):
    return sitemap_view(request, sitemaps=SITEMAPS)


def favicon(request):
    """Browsers ask for /favicon.ico whatever the page links: send them to the site's icon."""
    return HttpResponsePermanentRedirect(static("reader/favicon.svg"))
