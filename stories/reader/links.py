"""The reader site's fixed links (home, feed, search, sitemap, stylesheet, icon) for the page frame."""

from __future__ import annotations

import functools
from types import MappingProxyType

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.templatetags.static import static
from django.urls import get_script_prefix, get_urlconf, reverse


def reader_links(request) -> dict:
    """Context processor: `reader_links` for templates/reader/base.html."""
    return {"reader_links": _links(get_script_prefix(), get_urlconf())}


# Every reader page shows them and they change only with the deployment (URLs, static files' manifest), so a
# process works them out once for each script prefix and URL configuration it serves under: four reverse()
# calls and two manifest look-ups were a tenth of an uncached story page.
@functools.lru_cache(maxsize=16)
def _links(script_prefix: str, urlconf) -> MappingProxyType:
    return MappingProxyType(
        {
            "home": reverse("reader-home", urlconf),
            "feed": reverse("reader-feed", urlconf),
            "search": reverse("reader-search", urlconf),
            "sitemap": reverse("reader-sitemap", urlconf),
            "stylesheet": static("reader/reader.css"),
            "icon": static("reader/favicon.svg"),
        }
    )


@receiver(setting_changed)
def _forget_links(**kwargs) -> None:
    """A changed setting (tests override URLs and static files) may change them."""
    _links.cache_clear()
