"""The reader site's fixed links (home, feed, search, sitemap, stylesheet, icon) for the page frame.

They are the same on every page a process serves (a deploy starts new processes), so they are
resolved once per URL configuration and prefix rather than on every request: on an uncached story
page, resolving them was about a tenth of the work.
"""

from __future__ import annotations

import functools

from django.conf import settings
from django.templatetags.static import static
from django.urls import get_script_prefix, get_urlconf, reverse


@functools.lru_cache(maxsize=16)
def _links(script_prefix: str, urlconf: str, static_url: str) -> dict[str, str]:
    return {
        "home": reverse("reader-home", urlconf=urlconf),
        "feed": reverse("reader-feed", urlconf=urlconf),
        "search": reverse("reader-search", urlconf=urlconf),
        "sitemap": reverse("reader-sitemap", urlconf=urlconf),
        "stylesheet": static("reader/reader.css"),
        "icon": static("reader/favicon.svg"),
    }


def reader_links(request) -> dict:
    """Context processor: `reader_links` for templates/reader/base.html."""
    return {"reader_links": _links(get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF, settings.STATIC_URL)}
