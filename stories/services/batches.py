"""Admin uploads too large to import during the request: stored, then imported on the worker."""

from __future__ import annotations

import logging
import shutil
import uuid
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from core import dispatch
from core.checking import fact_checking
from core.errors import WorkflowError
from core.models import RunState
from stories.models import ImportBatch

from .importing import ImportReport, import_payloads, require_import_permission
from .sources import payloads_from_paths

log = logging.getLogger(__name__)


def start_import_batch(*, files, user=None) -> ImportBatch:
    """Store uploaded files in a folder of their own and queue their import for the user (None: the command
    line). Raises ActionForbidden, storing nothing, when the user's role may not import articles."""
    require_import_permission(user)
    folder = Path(settings.IMPORT_UPLOAD_DIR) / uuid.uuid4().hex
    folder.mkdir(parents=True)
    for n, upload in enumerate(files):
        # Keep the uploader's file name for the origin, but never let it choose the path.
        safe_name = Path(upload.name).name or f"upload-{n}"
        target = folder / f"{n:04d}" / safe_name
        target.parent.mkdir()
        with open(target, "wb") as fh:
            for piece in upload.chunks():
                fh.write(piece)
    batch = ImportBatch.objects.create(upload_dir=str(folder), requested_by=user)
    dispatch.send("stories.import_batch", batch.pk, run=batch)
    return batch


def run_import_batch(*, batch_id: int) -> None:
    batch = ImportBatch.unfinished(batch_id)
    if batch is None:
        return
    batch.mark_running()
    folder = Path(batch.upload_dir)
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    done = 0

    def on_outcome(outcome):
        nonlocal done
        done += 1
        batch.set_progress(done, len(files))

    report = import_payloads(payloads=payloads_from_paths(files), user=batch.requested_by, on_outcome=on_outcome)
    batch.report = _report_rows(report)
    batch.save(update_fields=["report"])
    batch.mark_done(counts=report.counts)
    shutil.rmtree(folder, ignore_errors=True)
    try:
        group_imported_articles(report=report, user=batch.requested_by)
    except (WorkflowError, dispatch.BrokerUnavailable) as exc:
        log.warning("Import #%s: new articles not grouped into stories: %s", batch.pk, getattr(exc, "reason", exc))


def _report_rows(report: ImportReport) -> list[dict]:
    return [
        {"name": Path(o.name).name, "status": o.status, "reason": o.reason, "article": o.article_id}
        for o in report.outcomes
    ]


def record_import(*, report: ImportReport, user=None) -> ImportBatch:
    """Keep an import done during the request in the import history, with its line per file, like the
    batches the worker imports."""
    now = timezone.now()
    return ImportBatch.objects.create(
        state=RunState.DONE,
        progress=1.0,
        counts=report.counts,
        report=_report_rows(report),
        requested_by=user,
        started_at=now,
        finished_at=now,
    )


def group_imported_articles(*, report: ImportReport, user):
    """After an import that created articles, queue a run over every draft: it extracts the new articles'
    claims, groups them into stories (new ones, or the drafts they belong to) and cross-checks. Returns the
    run, or None when nothing was created. Raises ActionForbidden for a role that may not verify,
    BrokerUnavailable when the queue is down."""
    if not report.created_ids:
        return None
    return group_and_verify(user=user)


def group_and_verify(*, user):
    """Queue a run over every draft now: new articles are grouped into stories and everything cross-checked.
    Fact checking refuses a role that may not verify (ActionForbidden)."""
    return fact_checking().runs.start(story=None, user=user)
