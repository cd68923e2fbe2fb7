"""The public reader site: views, page cache, presentation of facts, feed and sitemap."""
