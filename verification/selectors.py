"""Reads for the verification app: the export (format 1) and the review queue."""

from __future__ import annotations

from core.claim_values import named, subject_as_written
from core.permissions import has_permission
from core.words import count_words, when
from stories.models import Article, Story
from verification.models import Claim, Fact

EXPORT_FORMAT = 1


def _claim_json(claim: Claim) -> dict:
    return {
        "article": claim.article_id,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "kind": claim.kind,
        "slot": claim.slot,
        "value": claim.value,
    }


def verification_export() -> dict:
    """Everything the scorer and other programs read: articles, stories, claims and facts (format 1)."""
    articles = [
        {
            "id": a.pk,
            "origin": a.origin,
            "title": a.title,
            "language": a.language,
            "published": a.published.isoformat() if a.published else None,
            "publisher": a.publisher,
            "text": a.text,
        }
        for a in Article.objects.order_by("id")
    ]
    stories = [
        {"id": s.pk, "title": s.title, "state": s.state, "articles": sorted(a.pk for a in s.articles.all())}
        for s in Story.objects.order_by("id").prefetch_related("articles")
    ]
    claims = [{"id": c.pk, **_claim_json(c)} for c in Claim.objects.order_by("article_id", "start", "id")]
    facts = [
        {
            "id": f.pk,
            "story": f.story_id,
            "key": f.key,
            "verdict": f.verdict,
            "slot": f.slot,
            "confidence": f.confidence,
            "explanation": f.explanation,
            "flagged": f.flagged,
            "review_status": f.review_status,
            "claims": [_claim_json(c) for c in sorted(f.claims.all(), key=lambda c: (c.article_id, c.start))],
        }
        for f in Fact.objects.order_by("story_id", "id").prefetch_related("claims")
    ]
    return {"format": EXPORT_FORMAT, "articles": articles, "stories": stories, "claims": claims, "facts": facts}


# --- the review queue and the review page -------------------------------------------------------------
from dataclasses import dataclass  # noqa: E402  (kept below the export, which stays as it is)
from datetime import timedelta  # noqa: E402

from django.db.models import Count, OuterRef, Prefetch, Q, QuerySet, Subquery  # noqa: E402
from django.utils import timezone  # noqa: E402

from core.models import UNFINISHED_STATES, ReviewStatus, Verdict  # noqa: E402
from verification.engine.concepts import concept_label  # noqa: E402
from verification.models import PublishedFact, ReviewDecision, VerificationRun  # noqa: E402


def sees_every_fact(*, user) -> bool:
    return has_permission(user, "verification.view_fact")


def visible_facts(*, user) -> QuerySet[Fact]:
    """Every fact, for staff whose role may view facts (readers get published_facts())."""
    if not sees_every_fact(user=user):
        return Fact.objects.none()
    return Fact.objects.select_related("story")


def published_facts() -> QuerySet[PublishedFact]:
    """The facts readers are given: those of the live edition of every story readers may see, as the edition
    was published, whatever a new draft edited over the story does to its facts meanwhile."""
    return PublishedFact.objects.filter(story__in=Story.objects.published())


def visible_claims(*, user) -> QuerySet[Claim]:
    if has_permission(user, "verification.view_claim"):
        return Claim.objects.all()
    return Claim.objects.none()


def visible_runs(*, user) -> QuerySet[VerificationRun]:
    if has_permission(user, "verification.view_verificationrun"):
        return VerificationRun.objects.all()
    return VerificationRun.objects.none()


def queue_counts(facts: QuerySet[Fact]) -> dict[str, int]:
    """Counts of a (filtered) queue by verdict and by decision, in one query."""
    spec = {"total": Count("pk")}
    spec.update({f"verdict_{v.value}": Count("pk", filter=Q(verdict=v)) for v in Verdict})
    spec.update({f"status_{s.value}": Count("pk", filter=Q(review_status=s)) for s in ReviewStatus})
    return facts.order_by().aggregate(**spec)


AGES = {"day": timedelta(days=1), "week": timedelta(days=7), "month": timedelta(days=30)}


def filter_by_age(facts: QuerySet[Fact], age: str) -> QuerySet[Fact]:
    """``day``/``week``/``month``: flagged within that time; ``older``: waiting more than a month."""
    now = timezone.now()
    if age == "older":
        return facts.filter(created_at__lt=now - AGES["month"])
    if age in AGES:
        return facts.filter(created_at__gte=now - AGES[age])
    return facts


@dataclass
class Evidence:
    """What one source says about a fact: its sentence split around the compared value."""

    article: Article
    number: int
    claim: Claim
    before: str
    value: str
    after: str
    normalised: list[tuple[str, object]]  # (key, value) pairs: a dict may hold a key named "items"
    words: str = ""  # the value in words, set by the page that shows it
    letter: str = ""  # the same value, the same letter


def fact_for_review(*, fact_id: int) -> Fact | None:
    """A fact with everything its review page shows, in a fixed number of queries."""
    return (
        Fact.objects.select_related("story", "run")
        .prefetch_related("claims__article", _decisions_prefetch())
        .filter(pk=fact_id)
        .first()
    )


def _decisions_prefetch() -> Prefetch:
    return Prefetch(
        "decisions", queryset=ReviewDecision.objects.select_related("reviewer").order_by("-created_at", "-id")
    )


def fact_evidence(fact: Fact) -> list[Evidence]:
    """Every source's evidence side by side (sources in article order), from the prefetched claims."""
    claims = sorted(fact.claims.all(), key=lambda c: (c.article_id, c.start))
    numbers = {aid: n for n, aid in enumerate(sorted({c.article_id for c in claims}), start=1)}
    evidence = []
    for claim in claims:
        text = claim.article.text
        start, end = claim.sentence_start, claim.sentence_end
        if not (start <= claim.start <= claim.end <= end <= len(text)):
            start, end = claim.start, claim.end  # a stale span: show the value alone
        evidence.append(
            Evidence(
                article=claim.article,
                number=numbers[claim.article_id],
                claim=claim,
                before=_clipped_before(text[start : claim.start]),
                value=text[claim.start : claim.end],
                after=_clipped_after(text[claim.end : end]),
                normalised=sorted(claim.value.items()) if isinstance(claim.value, dict) else [("value", claim.value)],
            )
        )
    return evidence


# A "sentence" can be a whole table or a run of text without full stops: the evidence shows this much of it
# on either side of the value, cut at a word.
EVIDENCE_CONTEXT = 240


def _clipped_before(text: str) -> str:
    if len(text) <= EVIDENCE_CONTEXT:
        return text
    cut = text[-EVIDENCE_CONTEXT:]
    if not text[-EVIDENCE_CONTEXT - 1].isspace() and " " in cut:
        cut = cut[cut.index(" ") + 1 :]  # no half word
    return "…" + cut


def _clipped_after(text: str) -> str:
    if len(text) <= EVIDENCE_CONTEXT:
        return text
    cut = text[:EVIDENCE_CONTEXT]
    if not text[EVIDENCE_CONTEXT].isspace() and " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut + "…"


def source_independence(fact: Fact, evidence: list[Evidence]) -> dict:
    """How many independent sources state the fact, and which pairs are not independent (and why)."""
    names = {str(e.article.pk): e.article.source_name for e in evidence}
    pairs = []
    for entry in fact.dependent_sources or []:  # [doc, doc, reason] as the engine reports them
        entry = list(entry) if isinstance(entry, (list, tuple)) else [entry]
        a, b = (names.get(str(m), f"article {m}") for m in (entry + ["?", "?"])[:2])
        pairs.append({"a": a, "b": b, "reason": entry[2] if len(entry) > 2 else ""})
    return {
        "independent": fact.independent_sources,
        "sources": len({e.article.pk for e in evidence}),
        "dependent_pairs": pairs,
    }


# --- the desk: flagged facts waiting, and runs that need a look --------------------------------------
def pending_facts_by_story() -> list[dict]:
    """Stories with flagged facts still undecided: how many, how many conflicting; conflicts first."""
    rows = (
        Fact.objects.undecided()
        .values("story_id", "story__title")
        .annotate(total=Count("pk"), conflicting=Count("pk", filter=Q(verdict=Verdict.CONFLICTING)))
        .order_by("-conflicting", "-total", "story_id")
    )
    return [
        {"story_id": r["story_id"], "title": r["story__title"], "total": r["total"], "conflicting": r["conflicting"]}
        for r in rows
    ]


def runs_needing_attention() -> dict[str, int]:
    """Runs that failed, and runs still queued or running."""
    return VerificationRun.objects.aggregate(
        failed=Count("pk", filter=Q(state="failed")), busy=Count("pk", filter=Q(state__in=UNFINISHED_STATES))
    )


def any_run_unfinished() -> bool:
    """Whether some run is queued or under way (the run list then refreshes itself)."""
    return VerificationRun.objects.filter(state__in=UNFINISHED_STATES).exists()


def runs_covering_story(story) -> QuerySet[VerificationRun]:
    """Runs that verified the story, newest first: its own, runs over every article that made its facts,
    and runs over every article still under way (they will cover it)."""
    return (
        VerificationRun.objects.filter(
            Q(story=story)
            | Q(story__isnull=True, facts__story=story)
            | Q(story__isnull=True, state__in=UNFINISHED_STATES)
        )
        .distinct()
        .order_by("-created_at", "-id")
    )


def run_line(run: VerificationRun, *, story_id: int | None = None) -> str:
    """One line a person reads: which run, over what, and where it is."""
    scope = (
        "this story"
        if story_id and run.story_id == story_id
        else (f"story {run.story_id}" if run.story_id else "all articles")
    )
    head = f"Run #{run.pk} over {scope}"
    if run.state == "queued":
        return f"{head}: waiting for a worker"
    if run.state == "running":
        return f"{head}: {run.get_stage_display().lower()}, {run.progress:.0%}"
    if run.state == "failed":
        return f"{head}: failed {when(run.finished_at)}" + (f": {run.error}" if run.error else "")
    return f"{head}: finished {when(run.finished_at)}" + (f". {run.left_out}" if run.left_out else "")


def run_status(run: VerificationRun, *, story_id: int | None = None) -> dict:
    """A run as the story page's live panel reads it (JSON)."""
    return {
        "id": run.pk,
        "line": run_line(run, story_id=story_id),
        "state": run.state,
        "busy": not run.is_finished,
        "progress": round(run.progress * 100),
    }


# --- the public reader site ---------------------------------------------------------------------------
PUBLIC_FACT_COLUMNS = [
    "id",
    "slot",
    "subject",
    "verdict",
    "review_status",
    "explanation",
    "claims__article_id",
    "claims__text",
    "claims__start",
    "claims__end",
    "claims__sentence_start",
    "claims__sentence_end",
    "claims__value",
    "note",
    "decided_at",
]


def public_fact_rows(story_id: int):
    """A story's facts readers see, joined to their claims (one row per claim, PUBLIC_FACT_COLUMNS), with the
    latest decision's public note (the internal note never leaves the desk)."""
    latest = ReviewDecision.objects.filter(fact=OuterRef("pk")).order_by("-created_at", "-id")
    return (
        Fact.objects.public()
        .filter(story_id=story_id)
        .annotate(note=Subquery(latest.values("public_note")[:1]), decided_at=Subquery(latest.values("created_at")[:1]))
        .order_by("slot", "subject", "id", "claims__article_id", "claims__start", "claims__id")
        .values_list(*PUBLIC_FACT_COLUMNS)
    )


def verification_summary(*, story=None) -> str:
    """One line on what is verified now (every current article, or one story's): articles, stories, facts by
    verdict and how many flagged facts wait for a reviewer."""
    articles = Article.objects.exclude(state=Article.State.ARCHIVED)
    facts = Fact.objects.all()
    if story is not None:
        articles, facts = articles.filter(story=story), facts.filter(story=story)
    tally = facts.aggregate(
        total=Count("pk"),
        waiting=Count(
            "pk", filter=Q(flagged=True, review_status__in=[ReviewStatus.PENDING, ReviewStatus.NEEDS_SOURCING])
        ),
        **{v.value: Count("pk", filter=Q(verdict=v)) for v in Verdict},
    )
    stories = articles.exclude(story=None).values("story").distinct().count()
    verdicts = ", ".join(f"{tally[v.value]} {v.label.lower()}" for v in Verdict)
    return (
        f"Verified {count_words(articles.count(), 'article')} in {count_words(stories, 'story', 'stories')}: "
        f"{count_words(tally['total'], 'fact')} ({verdicts}); "
        f"{count_words(tally['waiting'], 'flagged fact')} waiting for a reviewer."
    )


def queue_concepts(*, language: str) -> dict[str, list[str]]:
    """The concepts of the flagged facts by their label in `language` ("Jobs", "Investment"), each with the slots
    that read so: the review queue filters by concept, never by slot name."""
    slots = Fact.objects.flagged().order_by().values_list("slot", flat=True).distinct()
    concepts: dict[str, list[str]] = {}
    for slot in slots:
        concepts.setdefault(concept_label(slot, language), []).append(slot)
    return concepts


def facts_found_or_named(*, facts: QuerySet[Fact], found: QuerySet[Fact], words: str, language: str) -> QuerySet[Fact]:
    """A search among `facts`: those it `found` (by their fields), and those whose concept reads, in `language`, as
    the words searched for, case and spacing aside ("seats won" finds the "seats" slot, "investment" the
    "investment.amount" one)."""
    wanted = " ".join(words.split()).casefold()
    if not wanted:
        return found
    slots = facts.order_by().values_list("slot", flat=True).distinct()
    concepts = [slot for slot in slots if wanted in concept_label(slot, language).casefold()]
    if not concepts:
        return found
    return facts.filter(Q(pk__in=found.values("pk")) | Q(slot__in=concepts))


def add_what_facts_are_about(facts, *, language: str) -> None:
    """Set each listed fact's ``about``: its subject as its sources write it (its first claim's sentence, then
    the texts of the articles that state it), or for a fact without one the name its value gives ("Wajima"
    for a place, as a source in `language` writes it). For the review queue's page of facts; four queries in all."""
    facts = list(facts)
    _add_names((f for f in facts if not f.subject), language=language)
    wanted = {f.pk: f for f in facts if f.subject}
    if not wanted:
        return
    through = Claim.facts.through
    sentences: dict[int, tuple[int, int, int]] = {}
    articles: dict[int, list[int]] = {}
    rows = (
        through.objects.filter(fact_id__in=list(wanted))
        .order_by("fact_id", "claim_id")
        .values_list("fact_id", "claim__article_id", "claim__sentence_start", "claim__sentence_end")
    )
    for fact_id, article_id, start, end in rows:
        sentences.setdefault(fact_id, (article_id, start, end))
        articles.setdefault(fact_id, []).append(article_id)
    texts = {
        a.pk: a.text
        for a in Article.objects.filter(pk__in={pk for ids in articles.values() for pk in ids}).only(
            "pk", "dek", "body"
        )
    }
    for fact_id, fact in wanted.items():
        article_id, start, end = sentences.get(fact_id, (None, 0, 0))
        candidates = [texts.get(article_id, "")[start:end], *(texts.get(pk, "") for pk in articles.get(fact_id, []))]
        fact.about = subject_as_written(fact.subject, candidates)


def _add_names(facts, *, language: str) -> None:
    """The name each subject-less fact's value gives, as a source in `language` writes it if one does (one query)."""
    by_id = {f.pk: f for f in facts}
    values: dict[int, list] = {}
    rows = (
        Claim.facts.through.objects.filter(fact_id__in=list(by_id))
        .order_by("fact_id", "claim__article_id", "claim__start", "claim_id")
        .values_list("fact_id", "claim__value", "claim__article__language")
    )
    for fact_id, value, language in rows:
        values.setdefault(fact_id, []).append((value, language))
    for fact_id, fact in by_id.items():
        fact.about = named(values.get(fact_id, []), language)
