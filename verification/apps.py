from django.apps import AppConfig


class VerificationConfig(AppConfig):
    name = "verification"
    verbose_name = "Verification"

    def ready(self):
        from . import tasks  # noqa: F401  (registers the tasks, so they can be sent by name)
