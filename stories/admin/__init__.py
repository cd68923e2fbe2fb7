from . import articles, imports, stories  # noqa: F401  (registers the admin classes)
