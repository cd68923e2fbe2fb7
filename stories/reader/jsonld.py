"""schema.org structured data of a story page: a NewsArticle based on its sources, a ClaimReview per fact."""

from __future__ import annotations

import json

from django.conf import settings
from django.utils.html import _json_script_escapes
from django.utils.safestring import SafeString, mark_safe

from .agreement import clip
from .view_models import FactView, SourceView

SITE_NAME = getattr(settings, "READER_SITE_NAME", "Corroborate")


def ld_json(data) -> SafeString:
    """JSON for a <script type="application/ld+json"> block, with <, > and & escaped as json_script does."""
    return mark_safe(json.dumps(data, ensure_ascii=False, default=str).translate(_json_script_escapes))


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def news_article_ld(story, sources: list[SourceView], url: str, home_url: str, updated) -> dict:
    organization = {"@type": "Organization", "name": SITE_NAME, "url": home_url}
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": clip(story.title, 110),
        "description": story.dek,
        "url": url,
        "mainEntityOfPage": url,
        "datePublished": _iso(story.published_at),
        "dateModified": _iso(updated or story.published_at),
        "author": organization,
        "publisher": organization,
        "isBasedOn": [
            {
                "@type": "NewsArticle",
                "headline": s.article.title or s.name,
                "publisher": {"@type": "Organization", "name": s.name},
                "inLanguage": s.article.language or None,
                "datePublished": _iso(s.article.published),
                **({"url": s.origin_url} if s.origin_url else {}),
            }
            for s in sources
        ],
    }
    corrections = story.reader_corrections
    if corrections:
        data["correction"] = [
            {"@type": "CorrectionComment", "text": c.note, "datePublished": _iso(c.created_at)} for c in corrections
        ]
    return data


def claim_reviews_ld(story, facts: list[FactView], url: str, home_url: str) -> list[dict]:
    author = {"@type": "Organization", "name": SITE_NAME, "url": home_url}
    reviews = []
    for f in facts:
        if not f.statements:
            continue
        first = f.statements[0]
        reviews.append(
            {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "url": f"{url}#{f.anchor}",
                "claimReviewed": first.plain,
                "author": author,
                "datePublished": _iso(f.decided_at or story.published_at),
                "reviewRating": {
                    "@type": "Rating",
                    "ratingValue": f.style.rating,
                    "bestRating": 3,
                    "worstRating": 1,
                    "alternateName": f.style.label,
                },
                "itemReviewed": {
                    "@type": "Claim",
                    "author": {"@type": "Organization", "name": first.source.name},
                    "datePublished": _iso(first.source.article.published),
                    "appearance": [
                        {
                            "@type": "CreativeWork",
                            "headline": st.source.article.title or st.source.name,
                            "publisher": {"@type": "Organization", "name": st.source.name},
                            **({"url": st.source.origin_url} if st.source.origin_url else {}),
                        }
                        for st in f.statements
                    ],
                },
            }
        )
    return reviews


# The site's own addresses are stored as paths ("/stories/x/") and made absolute per request, by text: in JSON
# text a '"' outside a string is always a delimiter (one inside a string is written as \"), so these match our
# own keys only; the site's URLs are the only such values that start with "/" (the sources' URLs are absolute
# http(s) ones). The origin comes from a host ALLOWED_HOSTS accepted: letters, digits, dots, colons and
# brackets, nothing JSON or HTML would need escaped. Decoding and encoding the data instead cost a fifth of an
# uncached story page (the claim reviews are thousands of mappings).
SITE_PATHS = ('"url": "/', '"mainEntityOfPage": "/')


def with_origin(json_ld: str, origin: str) -> SafeString:
    """Stored JSON-LD (ld_json's text, or "" for none) with the site's paths made absolute under `origin`
    (scheme and host), still escaped for its script element."""
    for key in SITE_PATHS:
        json_ld = json_ld.replace(key, key[:-1] + origin + "/")
    return mark_safe(json_ld)
