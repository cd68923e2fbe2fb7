"""The public reader site: home, story pages, feed, sitemap, search."""

from django.urls import path

from stories.reader import views

urlpatterns = [
    path("", views.home, name="reader-home"),
    path("stories/<slug:slug>/", views.story_detail, name="story-detail"),
    path("preview/<int:story_id>/", views.story_preview, name="story-preview"),
    path("search/", views.search, name="reader-search"),
    path("feed/", views.feed, name="reader-feed"),
    path("sitemap.xml", views.sitemap, name="reader-sitemap"),
    path("favicon.ico", views.favicon, name="favicon"),
]
