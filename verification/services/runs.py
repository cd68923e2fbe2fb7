"""Verification runs: plan the work, hand it to workers in chunks, move on when every chunk is done.

The database, not the broker, is the source of truth: a chunk is done once, a stage advances once, so a
task delivered twice (late acknowledgement after a worker died) or a run resumed by a restarted worker
never duplicates anything.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import transaction
from django.db.models import Count, F, Q

from core import dispatch
from core.models import UNFINISHED_STATES
from core.permissions import VERIFY_PERMISSION, require_permission
from core.words import count_words
from stories.models import EDITABLE_STATES, Article, Story
from verification.engine.version import ENGINE_VERSION
from verification.models import RunChunk, VerificationRun

from .checking import cross_check_story
from .clustering import assign_stories
from .extraction import extract_article_claims
from .faults import EngineFailed

log = logging.getLogger(__name__)


def start_verification(*, story: Story | None = None, user=None) -> VerificationRun:
    """Record a run and queue it for the user (None: the command line); raises ActionForbidden when the user's
    role may not verify, SourcesFrozen for a story past the draft stage (its facts are frozen),
    BrokerUnavailable (and marks the run failed) if it cannot be queued."""
    if user is not None:
        require_permission(user, VERIFY_PERMISSION, refusal="your role may not start verification runs")
    if story is not None:
        story.check_sources_open()
    run = VerificationRun.objects.create(story=story, requested_by=user, engine_version=ENGINE_VERSION)
    dispatch.send("verification.run_verification", run.id, run=run)
    return run


def _chunks(ids: list[int]) -> list[list[int]]:
    size = settings.VERIFICATION_CHUNK_SIZE
    return [ids[start : start + size] for start in range(0, len(ids), size)]


def request_extraction(*, article_ids: list[int]) -> None:
    """Queue claim extraction for new or changed articles; a later run catches up if the broker is down."""
    for chunk in _chunks(article_ids):
        try:
            dispatch.send("verification.extract_articles", chunk)
        except dispatch.BrokerUnavailable as exc:
            log.warning("Extraction not queued, the next verification run will do it: %s", exc)
            return


def extract_articles(*, article_ids: list[int], run: VerificationRun | None = None) -> int:
    """Extract the articles' claims, how many found; one the engine fails on keeps its claims and still needs
    extraction (logged: services.faults), so the next run tries it again and a run's results name it (_not_read)."""
    found = 0
    for pk in article_ids:
        try:
            found += extract_article_claims(article_id=pk, run=run)
        except EngineFailed:
            continue
    return found


def plan_run(*, run_id: int) -> None:
    """Split the run's extraction into chunks and queue them (again, for those not done yet)."""
    run = VerificationRun.unfinished(run_id)
    if run is None:
        return
    VerificationRun.objects.filter(pk=run.pk).update(attempts=run.attempts + 1)
    run.mark_running()
    with transaction.atomic():
        if not run.chunks.exists():
            # sources of stories past the draft stage keep their claims (see extraction)
            articles = Article.objects.exclude(state=Article.State.ARCHIVED).filter(
                Q(story__isnull=True) | Q(story__state__in=EDITABLE_STATES)
            )
            if run.story_id:
                articles = articles.filter(story_id=run.story_id)
            ids = list(articles.needing_extraction().order_by("id").values_list("id", flat=True))
            RunChunk.objects.bulk_create(
                RunChunk(run=run, index=i, article_ids=chunk) for i, chunk in enumerate(_chunks(ids))
            )
            VerificationRun.objects.filter(pk=run.pk, stage=VerificationRun.Stage.PLANNING).update(
                stage=VerificationRun.Stage.EXTRACTING, counts={"articles_extracted": len(ids)}
            )
    pending = list(run.chunks.filter(done=False).values_list("index", flat=True))
    for index in pending:
        dispatch.send("verification.extract_chunk", run.id, index, run=run)
    if not pending:
        _advance_to_checking(run)


def run_chunk(*, run_id: int, index: int) -> None:
    run = VerificationRun.unfinished(run_id)
    if run is None:
        return
    chunk = run.chunks.get(index=index)
    if not chunk.done:
        # A chunk whose worker keeps dying (killed, out of memory) is redelivered; cap it, not loop forever.
        RunChunk.objects.filter(pk=chunk.pk).update(attempts=F("attempts") + 1)
        if chunk.attempts + 1 > settings.VERIFICATION_MAX_DELIVERIES:
            run.mark_failed(
                f"articles {chunk.article_ids} could not be processed: their task was lost "
                f"{chunk.attempts} times; check them, then run again"
            )
            return
        extract_articles(article_ids=chunk.article_ids, run=run)
        RunChunk.objects.filter(pk=chunk.pk).update(done=True)
    tally = run.chunks.aggregate(total=Count("id"), done=Count("id", filter=Q(done=True)))
    run.set_progress(tally["done"], tally["total"] * 2)
    if tally["done"] == tally["total"]:
        _advance_to_checking(run)


def _advance_to_checking(run: VerificationRun) -> None:
    moved = VerificationRun.objects.filter(
        pk=run.pk, stage__in=[VerificationRun.Stage.PLANNING, VerificationRun.Stage.EXTRACTING]
    ).update(stage=VerificationRun.Stage.CHECKING)
    if moved:
        dispatch.send("verification.check_run", run.id, run=run)


def check_run(*, run_id: int) -> None:
    """Cluster (for a run over everything), then cross-check each story, then record the counts.

    A story the engine fails on keeps its facts and the others are checked; the run's results name it, and the
    articles the engine could not read (services.faults). A run over that one story fails, saying so.
    """
    run = VerificationRun.unfinished(run_id)
    if run is None:
        return
    stories = [s for s in ([run.story] if run.story_id else assign_stories()) if s.in_draft_stage]
    verdicts: dict[str, int] = {}
    not_checked: list[str] = []
    for n, story in enumerate(stories, start=1):
        try:
            for verdict, count in cross_check_story(story=story, run=run).items():
                verdicts[verdict] = verdicts.get(verdict, 0) + count
        except EngineFailed as failed:
            not_checked.append(failed.title)
        run.set_progress(len(stories) + n, 2 * len(stories))
    not_read = _not_read(run)
    left_out = _left_out(not_read, not_checked)
    if run.story_id and not_checked:
        run.mark_failed(left_out)
        return
    flagged = verdicts.pop("flagged", 0)
    counts = {**run.counts, "stories": len(stories), "facts": sum(verdicts.values()), "flagged": flagged, **verdicts}
    counts.update(
        {k: n for k, n in (("articles_not_read", len(not_read)), ("stories_not_checked", len(not_checked))) if n}
    )
    if not VerificationRun.objects.filter(pk=run.pk).update(stage=VerificationRun.Stage.FINISHED):
        return  # deleted meanwhile, with its story (merged into another)
    run.refresh_from_db()
    run.mark_done(counts=counts, left_out=left_out)


def _not_read(run: VerificationRun) -> list[str]:
    """Titles of the run's articles whose claims are still not those of their text: the engine failed on it."""
    ids = [pk for chunk in run.chunks.values_list("article_ids", flat=True) for pk in chunk]
    return list(Article.objects.filter(pk__in=ids).needing_extraction().order_by("id").values_list("title", flat=True))


def _left_out(not_read: list[str], not_checked: list[str]) -> str:
    """What a run left out, in words: empty when nothing was."""
    said = []
    if not_read:
        kept = "it keeps its earlier claims" if len(not_read) == 1 else "they keep their earlier claims"
        said.append(_could_not("read", count_words(len(not_read), "article", "articles"), not_read, kept))
    if not_checked:
        kept = "its facts are as they were" if len(not_checked) == 1 else "their facts are as they were"
        said.append(_could_not("check", count_words(len(not_checked), "story", "stories"), not_checked, kept))
    if not said:
        return ""
    return " ".join(said) + " The worker's log has the details for the administrator."


def _could_not(verb: str, counted: str, titles: list[str], kept: str) -> str:
    return f"The claim engine could not {verb} {counted} ({_titles(titles)}): {kept}."


def _titles(titles: list[str], shown: int = 3) -> str:
    quoted = [f"“{t}”" for t in titles[:shown]]
    return ", ".join(quoted) + (f" and {len(titles) - shown} more" if len(titles) > shown else "")


def resume_unfinished_runs() -> int:
    """Queue again every run a worker was busy with when it died; safe because every step is idempotent."""
    resumed = 0
    for run in VerificationRun.objects.filter(state__in=UNFINISHED_STATES):
        try:
            if run.stage == VerificationRun.Stage.CHECKING:
                dispatch.send("verification.check_run", run.id, run=run)
            else:
                dispatch.send("verification.run_verification", run.id, run=run)
        except dispatch.BrokerUnavailable:
            return resumed
        resumed += 1
    return resumed
