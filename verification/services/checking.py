"""Cross-check a story's claims with the engine and store its facts, keeping reviewers' decisions."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable

from django.db import transaction

from core.locks import hold_lock
from core.models import ReviewStatus, Verdict
from stories.models import Story
from verification.engine.crosscheck import CheckedFact, cross_check
from verification.engine.story_names import read_by_story
from verification.models import Claim, Fact, ReviewDecision
from verification.verdicts import needs_review, story_text

from .documents import claim_row, document_for, engine_claim
from .faults import engine_fault_of

REOPENED_NOTE = "Re-opened: the evidence changed when the sources were checked again."


def _evidence_hash(rows: list[Claim]) -> str:
    payload = sorted((r.article_id, r.start, r.end, r.text, json.dumps(r.value, sort_keys=True)) for r in rows)
    return hashlib.sha256(json.dumps(payload).encode()).hexdigest()


def _engine_claims(articles: list) -> tuple[dict[str, list], dict[int, Claim], list[Claim]]:
    """The articles' own stored claims as the engine takes them, by article key, the row of each (by the engine
    claim's id), and the rows a former cross-check of their story made (read_by_story: the story reads them
    afresh)."""
    rows_by_article = defaultdict(list)
    for row in Claim.objects.filter(article__in=articles).order_by("article_id", "start", "id"):
        rows_by_article[row.article_id].append(row)
    engine_claims, row_of, story_made = {}, {}, []
    for article in articles:
        converted = []
        for row in rows_by_article[article.pk]:
            claim = engine_claim(row)
            if read_by_story(claim):
                story_made.append(row)
                continue
            row_of[id(claim)] = row
            converted.append(claim)
        engine_claims[str(article.pk)] = converted
    return engine_claims, row_of, story_made


def _rows_of_facts(
    checked: list[CheckedFact], row_of: dict[int, Claim], articles: dict[str, object], run
) -> list[list[Claim]]:
    """The stored rows of each fact's claims: the claims the story made of mentions their articles' own claims left
    out (names_across_reports) are stored with their articles' claims, all in one insert."""
    fresh = []
    for result in checked:
        for key, claim in result.members:
            if id(claim) not in row_of:
                row_of[id(claim)] = claim_row(articles[key], claim, run=run)
                fresh.append(row_of[id(claim)])
    Claim.objects.bulk_create(fresh)
    return [[row_of[id(claim)] for _, claim in result.members] for result in checked]


def _update_fact(fact: Fact, result, rows: list[Claim], *, run, text: str) -> bool:
    """Save the fact as the engine's result states it; True when a reviewer's decision is re-opened because
    the evidence changed."""
    evidence = _evidence_hash(rows)
    reopened = bool(fact.pk and fact.evidence_hash != evidence and fact.review_status != ReviewStatus.PENDING)
    if reopened:
        fact.review_status = ReviewStatus.PENDING
    fact.kind, fact.slot, fact.subject = result.kind, result.slot[:80], result.subject[:120]
    fact.verdict, fact.confidence, fact.explanation = result.verdict, result.confidence, result.explanation
    fact.independent_sources = result.independent_sources
    fact.dependent_sources = [list(pair) for pair in result.dependent_pairs]
    fact.flagged = needs_review(result.verdict, (row.text for row in rows), text)
    fact.evidence_hash, fact.run = evidence, run
    fact.save()
    return reopened


def cross_check_story(*, story: Story, run=None) -> dict[str, int]:
    """Replace the story's facts with a fresh cross-check, in one transaction; returns verdict counts
    and, under "flagged", how many facts wait for a reviewer (see services.flags).

    A fact keeps its key across runs; a reviewer's decision stays while the evidence is unchanged and is
    re-opened (with a note in its history) when it changed. A story past the draft stage keeps its facts and
    their decisions as they are (its sources are frozen): nothing is checked and the counts are zero.
    Raises faults.EngineFailed when the engine fails on the story; its facts then stay as they were.
    """
    if not story.in_draft_stage:
        return _no_counts()
    articles = list(story.articles.order_by("id"))
    engine_claims, row_of, story_made = _engine_claims(articles)
    with engine_fault_of("story", story.pk, story.title):
        checked = cross_check([document_for(a) for a in articles], engine_claims)

    with transaction.atomic():
        hold_lock(f"cross_check_story:{story.pk}")
        locked = Story.objects.select_for_update().filter(pk=story.pk).first()
        if locked is None or not locked.in_draft_stage:  # merged away or submitted while the engine ran
            return _no_counts()
        # the text as it is now, and no save of it until the flags below are written (services.flags)
        text = story_text(locked)
        existing = {f.key: f for f in Fact.objects.select_for_update().filter(story=story)}
        Claim.objects.filter(pk__in=[row.pk for row in story_made]).delete()
        rows_of_facts = _rows_of_facts(checked, row_of, {str(a.pk): a for a in articles}, run)
        return _store_facts(story, zip(checked, rows_of_facts, strict=True), existing, run=run, text=text)


def _no_counts() -> dict[str, int]:
    return {**{v.value: 0 for v in Verdict}, "flagged": 0}


def _store_facts(
    story: Story, checked: Iterable[tuple[CheckedFact, list[Claim]]], existing: dict[str, Fact], *, run, text: str
) -> dict[str, int]:
    """Each checked fact saved over the stored fact of its key (``existing``), or as a new one, and linked to its
    claims' rows; the stored facts no longer found deleted; a note in the history of each decision re-opened.
    Returns the verdict counts and, under "flagged", how many facts wait for a reviewer."""
    counts = _no_counts()
    reopened, kept, links = [], [], []
    for result, rows in checked:
        fact = existing.pop(result.key, None) or Fact(story=story, key=result.key[:200])
        if _update_fact(fact, result, rows, run=run, text=text):
            reopened.append(fact)
        kept.append(fact.pk)
        links.extend(Fact.claims.through(fact_id=fact.pk, claim_id=row.pk) for row in rows)
        counts[result.verdict] = counts.get(result.verdict, 0) + 1
        counts["flagged"] += fact.flagged
    Fact.objects.filter(pk__in=[f.pk for f in existing.values()]).delete()
    Fact.claims.through.objects.filter(fact_id__in=kept).delete()
    Fact.claims.through.objects.bulk_create(links, ignore_conflicts=True)
    ReviewDecision.objects.bulk_create(
        ReviewDecision(fact=f, decision=ReviewStatus.PENDING, note=REOPENED_NOTE) for f in reopened
    )
    return counts
