"""The Celery application. Workers start with ``celery -A cms worker``."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings")


class CorroborateCelery(Celery):
    """Workers run without gossip and mingle, however they are started.

    Both keep auto-deleted queues on the broker that a worker deletes when its connection is lost; with
    Redis that clean-up can meet a connection already torn down and stop the worker for good
    ("Unrecoverable error: AttributeError: 'NoneType' object has no attribute 'hostname'", kombu issue
    582). Nothing here uses them: workers share no state, runs live in the database.
    """

    @property
    def Worker(self):  # noqa: N802 - Celery's name
        base = self.subclass_with_self("celery.apps.worker:Worker")

        class Worker(base):
            def __init__(self, *args, **kwargs):
                kwargs.update(without_gossip=True, without_mingle=True)
                super().__init__(*args, **kwargs)

        return Worker


app = CorroborateCelery("cms")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
