from . import claims, runs  # noqa: F401  (registers the admin classes)
