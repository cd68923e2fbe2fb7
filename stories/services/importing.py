"""Import source articles as drafts: decode, clean, store in one transaction, report one line each."""
from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.db import IntegrityError, transaction

from stories.cleaning import RejectedInput, clean_document, decode_text
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
        detail = f"article {self.article_id}" if self.status == CREATED else self.reason
        return f"{self.status:9} {self.name}: {detail}"


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


def content_hash(text: str) -> str:
    """Same article, same hash, whatever its encoding, line endings or trailing white space."""
    canonical = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def import_article(*, name: str, data: bytes, user=None) -> ImportOutcome:
    """Create one draft article from a file's bytes, or say why not. Never half-writes."""
    try:
        text = decode_text(data, max_bytes=settings.IMPORT_MAX_FILE_BYTES)
    except RejectedInput as exc:
        return ImportOutcome(name, REJECTED, str(exc))
    digest = content_hash(text)
    existing = Article.objects.filter(content_hash=digest).values_list("id", flat=True).first()
    if existing:
        return ImportOutcome(name, DUPLICATE, f"same content as article {existing}", existing)
    try:
        cleaned = clean_document(text, filename=name)
    except RejectedInput as exc:
        return ImportOutcome(name, REJECTED, str(exc))
    if not cleaned.body.strip():
        return ImportOutcome(name, REJECTED, "no article text left after cleaning")
    try:
        with transaction.atomic():
            article = Article.objects.create(
                origin=name[:500], content_hash=digest, raw_text=text, raw_format=format_of(name) or "txt",
                title=cleaned.title[:500], dek=cleaned.dek, body=cleaned.body, publisher=cleaned.publisher[:200],
                author=cleaned.author[:200], published=cleaned.published, language=cleaned.language,
                imported_by=user,
            )
            ArticleBlock.objects.bulk_create(
                ArticleBlock(article=article, position=i, text=b.text, role=b.role, reason=b.reason[:100])
                for i, b in enumerate(cleaned.blocks)
            )
    except IntegrityError:
        # Another import stored the same content a moment ago.
        existing = Article.objects.filter(content_hash=digest).values_list("id", flat=True).first()
        return ImportOutcome(name, DUPLICATE, f"same content as article {existing}", existing)
    return ImportOutcome(name, CREATED, article_id=article.id)


def import_payloads(
    payloads: Iterable[SourcePayload], *, user=None, on_outcome: Callable[[ImportOutcome], None] | None = None
) -> ImportReport:
    """Import every payload; one bad file never stops the rest."""
    report = ImportReport()
    for payload in payloads:
        if payload.read is None:
            outcome = ImportOutcome(payload.name, REJECTED, payload.problem)
        else:
            try:
                data = payload.read()
            except OSError as exc:
                outcome = ImportOutcome(payload.name, REJECTED, f"cannot be read ({exc.strerror or exc})")
            else:
                outcome = import_article(name=payload.name, data=data, user=user)
        report.outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)
    if report.created_ids:
        queue_extraction(report.created_ids)
    return report

