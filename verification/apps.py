from django.apps import AppConfig


class VerificationConfig(AppConfig):
    name = "verification"
    verbose_name = "Verification"

    def ready(self):
        from core.checking import register

        from . import tasks  # noqa: F401  (registers the tasks, so they can be sent by name)
        from .editorial import VerificationChecks

        register(VerificationChecks())  # what the editorial workflow asks of fact checking
