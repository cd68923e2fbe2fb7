from . import articles, imports, outlets, stories  # noqa: F401  (registers the admin classes)
