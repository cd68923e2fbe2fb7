"""Celery tasks of the stories app: thin shells around services."""

from celery import shared_task

from core.tasks import RETRYING, RecordedRunTask
from stories import workflow
from stories.models import ImportBatch
from stories.services.batches import run_import_batch


class ImportBatchTask(RecordedRunTask):
    abstract = True
    run_model = ImportBatch


@shared_task(name="stories.import_batch", base=ImportBatchTask, **RETRYING)
def import_batch(batch_id: int) -> None:
    run_import_batch(batch_id=batch_id)


@shared_task(name="stories.publish_due_stories", **RETRYING)
def publish_due_stories() -> list[int]:
    """Beat task: publish the approved stories whose scheduled time has come (same transition as the admin)."""
    return workflow.publish_due_stories()
