"""The reader site's fixed links (home, feed, search, sitemap, stylesheet, icon) for the page frame."""

from __future__ import annotations

from django.templatetags.static import static
from django.urls import reverse


def reader_links(request) -> dict:
    """Context processor: `reader_links` for templates/reader/base.html."""
    return {
        "reader_links": {
            "home": reverse("reader-home"),
            "feed": reverse("reader-feed"),
            "search": reverse("reader-search"),
            "sitemap": reverse("reader-sitemap"),
            "stylesheet": static("reader/reader.css"),
            "icon": static("reader/favicon.svg"),
        }
    }
