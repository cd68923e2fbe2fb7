"""Import source articles as drafts: decode, clean, store in one transaction, report one line each."""

from __future__ import annotations

import multiprocessing
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from itertools import islice

from django.conf import settings
from django.db import IntegrityError, transaction

from core.permissions import IMPORT_PERMISSION, require_permission_unless_system
from stories.cleaning.prepare import PreparedArticle, prepare_read, warm_up
from stories.models import Article, ArticleBlock

from .articles import queue_extraction
from .sources import SourcePayload, format_of

CREATED, DUPLICATE, REJECTED = "created", "duplicate", "rejected"
STORE_BATCH = 64  # articles written per transaction


@dataclass(frozen=True)
class ImportOutcome:
    name: str
    status: str
    reason: str = ""
    article_id: int | None = None

    def line(self) -> str:
        """One line, whatever the file name holds (a newline in a name must not split the report)."""
        detail = f"article {self.article_id}" if self.status == CREATED else self.reason
        return f"{self.status:9} {printable_name(self.name)}: {detail}"


def printable_name(name: str) -> str:
    """A file name with control characters escaped: one line in reports, and storable (no NUL)."""
    return name if name.isprintable() else name.encode("unicode_escape").decode("ascii")


@dataclass
class ImportReport:
    outcomes: list[ImportOutcome] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        counted = Counter(outcome.status for outcome in self.outcomes)
        return {status: counted.get(status, 0) for status in (CREATED, DUPLICATE, REJECTED)}

    @property
    def created_ids(self) -> list[int]:
        return [o.article_id for o in self.outcomes if o.status == CREATED]

    def summary(self) -> str:
        c = self.counts
        files = f"{len(self.outcomes)} file{'' if len(self.outcomes) == 1 else 's'}"
        return f"{files}: {c[CREATED]} created, {c[DUPLICATE]} duplicate, {c[REJECTED]} rejected"


def _article_row(prepared: PreparedArticle, user) -> Article:
    cleaned, name = prepared.cleaned, prepared.name
    return Article(
        origin=printable_name(name)[:500],
        content_hash=prepared.digest,
        raw_text=prepared.text,
        raw_format=format_of(name) or "txt",
        title=cleaned.title[:500],
        dek=cleaned.dek,
        body=cleaned.body,
        publisher=cleaned.publisher[:200],
        author=cleaned.author[:200],
        published=cleaned.published,
        language=cleaned.language,
        imported_by=user,
    )


def _duplicate(name: str, article_id: int) -> ImportOutcome:
    return ImportOutcome(name, DUPLICATE, f"same content as article {article_id}", article_id)


def require_import_permission(user) -> None:
    """ActionForbidden unless the user's role may import articles (None: the command line)."""
    require_permission_unless_system(user, IMPORT_PERMISSION, refusal="your role may not import articles")


def _store_articles(batch: list[PreparedArticle], *, user=None) -> list[ImportOutcome]:
    """Write prepared articles with their blocks: one transaction, one insert for the articles and one
    for all their blocks (per-row inserts were most of an import's time). Duplicates, of stored articles
    or within the batch, create nothing. If a concurrent import stores the same content meanwhile, the
    batch is rolled back whole and stored again one article at a time."""
    digests = [p.digest for p in batch if p.cleaned is not None]
    stored = dict(Article.objects.filter(content_hash__in=digests).values_list("content_hash", "id"))
    fresh: dict[str, PreparedArticle] = {}
    for prepared in batch:
        if prepared.cleaned is not None and prepared.digest not in stored:
            fresh.setdefault(prepared.digest, prepared)
    try:
        with transaction.atomic():
            articles = Article.objects.bulk_create([_article_row(p, user) for p in fresh.values()])
            ArticleBlock.objects.bulk_create(
                ArticleBlock(article=article, position=i, text=b.text, role=b.role, reason=b.reason[:100])
                for article, prepared in zip(articles, fresh.values())
                for i, b in enumerate(prepared.cleaned.blocks)
            )
    except IntegrityError:
        if len(batch) == 1:  # the race lost: the content is stored now, by the other import
            existing = Article.objects.filter(content_hash=batch[0].digest).values_list("id", flat=True).first()
            return [_duplicate(batch[0].name, existing)]
        return [outcome for prepared in batch for outcome in _store_articles([prepared], user=user)]
    created = {article.content_hash: article.pk for article in articles}
    outcomes = []
    for prepared in batch:
        if prepared.cleaned is None:
            outcomes.append(ImportOutcome(prepared.name, REJECTED, prepared.problem))
        elif prepared.digest in stored:
            outcomes.append(_duplicate(prepared.name, stored[prepared.digest]))
        elif fresh[prepared.digest] is prepared:
            outcomes.append(ImportOutcome(prepared.name, CREATED, article_id=created[prepared.digest]))
        else:
            outcomes.append(_duplicate(prepared.name, created[prepared.digest]))
    return outcomes


def _read(payload: SourcePayload) -> tuple[str, bytes | None, str]:
    if payload.read is None:
        return payload.name, None, payload.problem
    try:
        return payload.name, payload.read(), ""
    except OSError as exc:
        return payload.name, None, f"cannot be read ({exc.strerror or exc})"


def _prepared_in_pool(reads: Iterator, processes: int, max_bytes: int) -> Iterator[PreparedArticle]:
    """Clean in fresh worker processes, a window at a time, in order; the database stays in this one.

    Spawned, not forked: a forked child would inherit this process's open database connection.
    """
    with ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("spawn"), initializer=warm_up) as pool:
        while window := list(islice(reads, 64)):
            yield from pool.map(partial(prepare_read, max_bytes=max_bytes), window, chunksize=4)


def import_payloads(
    *,
    payloads: Iterable[SourcePayload],
    user=None,
    on_outcome: Callable[[ImportOutcome], None] | None = None,
    processes: int = 1,
) -> ImportReport:
    """Import every payload for the user (None: the command line); one bad file never stops the rest.
    Raises ActionForbidden, importing nothing, when the user's role may not import articles.

    processes > 1 cleans in that many worker processes: worth it for large batches from the command
    line, not inside a Celery worker, whose pool processes may not have children.
    """
    require_import_permission(user)
    report = ImportReport()
    reads, max_bytes = map(_read, payloads), settings.IMPORT_MAX_FILE_BYTES
    if processes > 1:
        prepared = _prepared_in_pool(reads, processes, max_bytes)
    else:
        prepared = (prepare_read(read, max_bytes) for read in reads)
    while batch := list(islice(prepared, STORE_BATCH)):
        for outcome in _store_articles(batch, user=user):
            report.outcomes.append(outcome)
            if on_outcome:
                on_outcome(outcome)
    if report.created_ids:
        queue_extraction(article_ids=report.created_ids)
    return report
