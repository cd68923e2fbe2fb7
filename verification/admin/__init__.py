from . import claims, facts, runs  # noqa: F401  (registers the admin classes)
