from django.apps import AppConfig


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = "Stories"

    def ready(self):
        from . import tasks  # noqa: F401  (registers the tasks, so they can be sent by name)
