"""What a story's publication fixes of its facts: the copy readers are given (PublishedFact)."""

from __future__ import annotations

from django.db.models import Prefetch, Q

from verification.models import Claim, Fact, PublishedFact


def record_published_facts(*, edition) -> int:
    """Copy the facts readers see of the edition's story (Fact.objects.public()) as the facts of that
    edition, replacing the ones of the edition before; how many. Runs inside the publishing transaction."""
    facts = (
        Fact.objects.public()
        .filter(story_id=edition.story_id)
        .prefetch_related(Prefetch("claims", queryset=Claim.objects.order_by("article_id", "start", "id")))
        .order_by("id")
    )
    rows = [
        PublishedFact(
            id=fact.pk,
            story_id=edition.story_id,
            edition=edition,
            verdict=fact.verdict,
            flagged=fact.flagged,
            review_status=fact.review_status,
            slot=fact.slot,
            kind=fact.kind,
            subject=fact.subject,
            confidence=fact.confidence,
            explanation=fact.explanation,
            independent_sources=fact.independent_sources,
            version=fact.version,
            claims=[claim.public_data() for claim in fact.claims.all()],
            created_at=fact.created_at,
            updated_at=fact.updated_at,
        )
        for fact in facts
    ]
    # the story's earlier edition's copies go; so does the copy of a fact another story published before
    # the fact was moved here (a fact has one story at a time)
    PublishedFact.objects.filter(Q(story_id=edition.story_id) | Q(pk__in=[row.pk for row in rows])).delete()
    PublishedFact.objects.bulk_create(rows)
    return len(rows)
