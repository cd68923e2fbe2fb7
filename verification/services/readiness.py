"""Whether a story's fact checking lets it move on: verification current with its sources (to submit), every
flagged fact decided and no rejected fact still stated (to approve). The workflow asks through core.checking."""

from __future__ import annotations

from django.db.models import Max, Q

from core.models import ReviewStatus
from stories.models import Article, Story
from verification.engine.concepts import concept_label
from verification.models import Claim, Fact, VerificationRun
from verification.verdicts import stated_value, story_text


def done_runs_of(story: Story):
    """Finished runs that cross-checked this story: its own, and runs over everything that made its facts."""
    return VerificationRun.objects.filter(
        Q(story=story) | Q(story__isnull=True, facts__story=story), state="done"
    ).distinct()


def verification_problem(story: Story) -> str:
    """Why the story's verification is not current with its sources, or "" when it is."""
    articles = Article.objects.filter(story=story).exclude(state=Article.State.ARCHIVED)
    stats = articles.aggregate(
        last_change=Max("updated_at"),
        last_import=Max("imported_at"),
    )
    if stats["last_import"] is None:
        return "the story has no source articles"
    last_run = done_runs_of(story).aggregate(finished=Max("finished_at"))["finished"]
    if last_run is None:
        return "the story has no finished verification run: verify it first"
    stale = list(articles.needing_extraction().values_list("pk", flat=True)[:5])
    if stale:
        return f"article(s) {', '.join(map(str, stale))} changed since their claims were extracted: verify again"
    if last_run < max(stats["last_change"], stats["last_import"]):
        return "a source article changed or was added after the last verification: verify again"
    with_claims = set(Claim.objects.filter(article__in=articles).values_list("article_id", flat=True).distinct())
    checked = set(Claim.objects.filter(facts__story=story).values_list("article_id", flat=True).distinct())
    missing = sorted(with_claims - checked)
    if missing:
        return (
            f"article(s) {', '.join(map(str, missing[:5]))} joined the story after the last cross-check: verify again"
        )
    return ""


def rejected_facts_stated(story: Story) -> list[tuple[Fact, str]]:
    """Rejected facts whose value the story's text (title, dek, body) still states."""
    text = story_text(story)
    found = []
    for fact in Fact.objects.filter(story=story, review_status=ReviewStatus.REJECTED).prefetch_related("claims"):
        value = stated_value((c.text for c in fact.claims.all()), text)
        if value:
            found.append((fact, value))
    return found


def approval_problem(story: Story) -> str:
    """Why a reviewer may not approve the story now, or "" when every flagged fact is decided and no rejected
    fact is stated."""
    undecided = list(Fact.objects.filter(story=story).undecided().order_by("slot", "id").values_list("slot", flat=True))
    if undecided:
        labels = [concept_label(slot) for slot in undecided]
        shown = ", ".join(labels[:5]) + (", …" if len(labels) > 5 else "")
        are = "s are" if len(undecided) != 1 else " is"
        return f"{len(undecided)} flagged fact{are} not decided yet (“needs sourcing” counts as not decided): {shown}"
    stated = rejected_facts_stated(story)
    if stated:
        return "the text still states rejected facts: " + "; ".join(
            f"{concept_label(fact.slot)} (“{value}”)" for fact, value in stated[:5]
        )
    return ""
