"""The story page: rendered once into a StoryEdition when a transition puts it in front of readers, or
on every request for staff previewing a story in any state (never stored, never cached)."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from core.checking import fact_checking
from stories.selectors import reader_story
from stories.services.outlets import outlet_names

from .agreement import LEGEND, PALETTE, agreement_picture
from .jsonld import claim_reviews_ld, ld_json, news_article_ld, with_origin
from .text import render_body
from .view_models import build_facts, build_sources, group_facts, last_updated


def story_content(story) -> dict:
    """The story page as the story stands now, as StoryEdition fields: the article as HTML and the
    schema.org JSON-LD with the site's URLs as paths. Runs four queries."""
    story = reader_story(story)
    sources = build_sources(story.reader_sources, outlet_names(story.reader_sources))
    facts = build_facts(story.reader_facts, sources, story.language or "en")
    summary = fact_checking().public.summary(f.style.word for f in facts)
    updated = last_updated(story)
    picture = agreement_picture(facts, sources) if facts and sources else None
    article_html = render_to_string(
        "reader/_story_article.html",
        {
            "story": story,
            "updated": updated,
            "body": render_body(story.body, len(sources)),
            "corrections": story.reader_corrections,
            "sources": sources,
            "facts": facts,
            "groups": group_facts(facts),
            "picture": picture,
            "palette": PALETTE,
            "legend": LEGEND,
            "summary": summary,
        },
    )
    url = story.get_absolute_url()
    return {
        "title": story.title,
        "dek": story.dek,
        "body": story.body,
        "summary": summary,
        "article_html": article_html,
        "news_article_ld": ld_json(news_article_ld(story, sources, url, "/", updated)),
        "claim_reviews_ld": ld_json(claim_reviews_ld(story, facts, url, "/")) if facts else "",
    }


def story_page(edition, request) -> dict:
    """The template context of the story page: a stored edition (or a preview's content, with the same
    fields), under this request's scheme and host."""
    origin = request.build_absolute_uri("/").rstrip("/")
    return {
        "edition": edition,
        # built from escaped and sanitised pieces by story_content (see its templates)
        "article_html": mark_safe(edition.article_html),
        "canonical_url": origin + request.path,
        "news_article_ld": with_origin(edition.news_article_ld, origin),
        "claim_reviews_ld": with_origin(edition.claim_reviews_ld, origin),
    }
