from django.apps import AppConfig


class VerificationConfig(AppConfig):
    name = "verification"
    verbose_name = "Verification"

    def ready(self):
        from core.checking import register

        from . import tasks  # noqa: F401  (registers the tasks, so they can be sent by name)
        from .editorial import FACT_CHECKING  # also connects the receivers of the editorial signals

        register(FACT_CHECKING)  # what the editorial side asks of fact checking
