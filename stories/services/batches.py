"""Admin uploads too large to import during the request: stored, then imported on the worker."""
from __future__ import annotations

import shutil
import uuid
from pathlib import Path

from django.conf import settings

from core import dispatch
from stories.models import ImportBatch

from .importing import import_payloads
from .sources import payloads_from_paths


def start_import_batch(*, files, user=None) -> ImportBatch:
    """Store uploaded files in a folder of their own and queue their import."""
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
    batch = ImportBatch.objects.get(pk=batch_id)
    if batch.is_finished:
        return
    batch.mark_running()
    folder = Path(batch.upload_dir)
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    done = 0

    def on_outcome(outcome):
        nonlocal done
        done += 1
        batch.set_progress(done, len(files))

    report = import_payloads(payloads_from_paths(files), user=batch.requested_by, on_outcome=on_outcome)
    batch.report = [
        {"name": Path(o.name).name, "status": o.status, "reason": o.reason, "article": o.article_id}
        for o in report.outcomes
    ]
    batch.save(update_fields=["report"])
    batch.mark_done(counts=report.counts)
    shutil.rmtree(folder, ignore_errors=True)

