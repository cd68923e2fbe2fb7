"""Language data for the consolidated draft, one module per language with the same table names.

Each module has: ACCORDING_TO, SOURCES_DIFFER, REPORTS, VALUE_STATEMENT, REPORT_JOIN (how several
reports are joined), AND (the last item of a list), QUALIFIERS (over, about, … as the engine normalises
them), PROMOTIONAL (adjectives and phrases of promotion: a sentence with one is not taken over),
CALL_TO_ACTION (words that ask the reader to do something) and NO_FACTS (the draft before any check).
"""

from __future__ import annotations

from importlib import import_module

LANGUAGES = ("en", "de", "fr", "es")
DEFAULT = "en"


def tables(language: str):
    """The module of a language's tables (English for a language without one)."""
    return import_module(f"{__name__}.{language if language in LANGUAGES else DEFAULT}")
