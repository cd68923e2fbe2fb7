"""Refusals are translated by the stories app's helpers; the rules live in the services."""
from stories.api.permissions import WorkflowRefusals, parse, refusal, staff_only, unavailable

__all__ = ["WorkflowRefusals", "parse", "refusal", "staff_only", "unavailable"]
