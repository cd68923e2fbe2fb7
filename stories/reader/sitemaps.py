"""The sitemap: the home page and every published story."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from stories.selectors import sitemap_stories


class HomeSitemap(Sitemap):
    changefreq = "hourly"
    priority = 1.0

    def items(self):
        return ["reader-home"]

    def location(self, item):
        return reverse(item)


class StorySitemap(Sitemap):
    changefreq = "daily"
    priority = 0.8
    limit = 5000

    def items(self):
        return sitemap_stories()

    def lastmod(self, item):
        return item.reader_updated_at or item.published_at  # the live edition's, never a draft's edits


SITEMAPS = {"home": HomeSitemap, "stories": StorySitemap}
