"""Reads for the verification app: the export (format 1) and the review queue."""
from __future__ import annotations

from stories.models import Article, Story
from verification.models import Claim, Fact

EXPORT_FORMAT = 1


def _claim_json(claim: Claim) -> dict:
    return {"article": claim.article_id, "start": claim.start, "end": claim.end, "text": claim.text,
            "kind": claim.kind, "slot": claim.slot, "value": claim.value}


def verification_export() -> dict:
    """Everything the scorer and other programs read: articles, stories, claims and facts (format 1)."""
    articles = [
        {"id": a.pk, "origin": a.origin, "title": a.title, "language": a.language,
         "published": a.published.isoformat() if a.published else None, "publisher": a.publisher,
         "text": a.text}
        for a in Article.objects.order_by("id")
    ]
    stories = [
        {"id": s.pk, "title": s.title, "state": s.state, "articles": sorted(a.pk for a in s.articles.all())}
        for s in Story.objects.order_by("id").prefetch_related("articles")
    ]
    claims = [{"id": c.pk, **_claim_json(c)} for c in Claim.objects.order_by("article_id", "start", "id")]
    facts = [
        {"id": f.pk, "story": f.story_id, "key": f.key, "verdict": f.verdict, "slot": f.slot,
         "confidence": f.confidence, "explanation": f.explanation, "flagged": f.flagged,
         "review_status": f.review_status,
         "claims": [_claim_json(c) for c in sorted(f.claims.all(), key=lambda c: (c.article_id, c.start))]}
        for f in Fact.objects.order_by("story_id", "id").prefetch_related("claims")
    ]
    return {"format": EXPORT_FORMAT, "articles": articles, "stories": stories, "claims": claims, "facts": facts}
