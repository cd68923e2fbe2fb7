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

from stories.cleaning.prepare import PreparedArticle, prepare_read, warm_up
from stories.models import Article, ArticleBlock

from .articles import queue_extraction
from .sources import SourcePayload, format_of

CREATED, DUPLICATE, REJECTED = "created", "duplicate", "rejected"


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
        return f"{len(self.outcomes)} files: {c[CREATED]} created, {c[DUPLICATE]} duplicate, {c[REJECTED]} rejected"


def store_article(prepared: PreparedArticle, *, user=None) -> ImportOutcome:
    """Write a prepared article and its blocks in one transaction; a duplicate creates nothing."""
    name, cleaned = prepared.name, prepared.cleaned
    if cleaned is None:
        return ImportOutcome(name, REJECTED, prepared.problem)
    existing = Article.objects.filter(content_hash=prepared.digest).values_list("id", flat=True).first()
    if existing:
        return ImportOutcome(name, DUPLICATE, f"same content as article {existing}", existing)
    try:
        with transaction.atomic():
            article = Article.objects.create(
                origin=printable_name(name)[:500], content_hash=prepared.digest, raw_text=prepared.text,
                raw_format=format_of(name) or "txt", title=cleaned.title[:500], dek=cleaned.dek, body=cleaned.body,
                publisher=cleaned.publisher[:200], author=cleaned.author[:200], published=cleaned.published,
                language=cleaned.language, imported_by=user,
            )
            ArticleBlock.objects.bulk_create(
                ArticleBlock(article=article, position=i, text=b.text, role=b.role, reason=b.reason[:100])
                for i, b in enumerate(cleaned.blocks)
            )
    except IntegrityError:
        # Another import stored the same content a moment ago.
        existing = Article.objects.filter(content_hash=prepared.digest).values_list("id", flat=True).first()
        return ImportOutcome(name, DUPLICATE, f"same content as article {existing}", existing)
    return ImportOutcome(name, CREATED, article_id=article.id)


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
    with ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("spawn"),
                             initializer=warm_up) as pool:
        while window := list(islice(reads, 64)):
            yield from pool.map(partial(prepare_read, max_bytes=max_bytes), window, chunksize=4)


def import_payloads(
    payloads: Iterable[SourcePayload], *, user=None, on_outcome: Callable[[ImportOutcome], None] | None = None,
    processes: int = 1,
) -> ImportReport:
    """Import every payload; one bad file never stops the rest.

    processes > 1 cleans in that many worker processes: worth it for large batches from the command
    line, not inside a Celery worker, whose pool processes may not have children.
    """
    report = ImportReport()
    reads, max_bytes = map(_read, payloads), settings.IMPORT_MAX_FILE_BYTES
    if processes > 1:
        prepared = _prepared_in_pool(reads, processes, max_bytes)
    else:
        prepared = (prepare_read(read, max_bytes) for read in reads)
    for item in prepared:
        outcome = store_article(item, user=user)
        report.outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)
    if report.created_ids:
        queue_extraction(report.created_ids)
    return report
