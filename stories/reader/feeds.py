"""The Atom feed of published stories."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from stories.selectors import feed_stories

from .jsonld import SITE_NAME


class LatestStoriesFeed(Feed):
    feed_type = Atom1Feed
    title = f"{SITE_NAME}: latest stories"
    subtitle = "Published stories, cross-checked across their sources."

    def link(self):
        return reverse("reader-home")

    def items(self):
        return feed_stories()

    def item_title(self, item):
        return item.reader_title  # the live edition's; plain text in Atom, escaped by the XML writer

    def item_description(self, item):
        # The summary is typed html in Atom: escape it so an imported "<script>" reaches readers as text.
        return escape(item.reader_dek)

    def item_link(self, item):
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        # the live edition's publication (a correction or a new draft published), never a draft's edits
        return item.reader_updated_at or item.published_at
