"""International organisations under one key in every language ("WHO", "OMS", "Weltgesundheitsorganisation"
-> "who"), from each language's ``ORGANISATIONS`` table: clustering counts them as one name, alignment as one
actor.

Full names are unambiguous across languages and may inflect ("Europäischen Zentralbank"); an acronym is read
only in its own language ("CPI" is a court in French and a price index in English).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .lang import LANGUAGES, language
from .textfeatures import fold

ACRONYM_LEN = 5  # a one-word organisation name this short is an acronym: matched as written, in its language only


def _name_pattern(name: str) -> str:
    """A folded organisation name as a pattern that lets its long words inflect ("Europäischen Zentralbank")."""
    parts = []
    for word in fold(name).replace("-", " ").split():
        parts.append(re.escape(word[:-2]) + r"\w{0,3}" if len(word) >= 6 else re.escape(word))
    return r"[\s-]+".join(parts)


@cache
def _organisation_matchers():
    """(full names of every language -> key, as patterns; per language its acronyms -> key).

    Full names are unambiguous across languages; an acronym is read only in its own language ("CPI" is a
    court in French and a price index in English)."""
    names: list[tuple[re.Pattern, str]] = []
    acronyms: dict[str, dict[str, str]] = {}
    for code in LANGUAGES:
        table = acronyms.setdefault(code, {})
        for key, aliases in language(code).ORGANISATIONS.items():
            for alias in aliases:
                if " " not in alias and len(alias) <= ACRONYM_LEN:
                    table[alias] = key
                else:
                    names.append((re.compile(_name_pattern(alias)), key))
    by_name = re.compile(r"\b(?:" + "|".join(sorted({p.pattern for p, _ in names}, key=len, reverse=True)) + r")\b")
    by_acronym = {
        code: re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, t), key=len, reverse=True)) + r")\b")
        for code, t in acronyms.items()
    }
    return by_name, names, by_acronym, acronyms


def organisations(text: str, lang: str) -> list[str]:
    """Keys of the international organisations a text names, whatever its language ("OMS", "WHO",
    "Weltgesundheitsorganisation" -> "who"); acronyms count in the text's language (every language's
    when it is unknown)."""
    by_name, names, by_acronym, acronyms = _organisation_matchers()
    found = [organisation_of(m.group(0)) for m in by_name.finditer(fold(text))]
    codes = [lang] if lang in acronyms else list(acronyms)
    for code in codes:
        found.extend(acronyms[code][m.group(0)] for m in by_acronym[code].finditer(text))
    return [k for k in found if k]


@lru_cache(maxsize=200_000)
def organisation_of(folded: str) -> str:
    """The key of a folded organisation name or entity key, "" when it names none."""
    _, names, _, _ = _organisation_matchers()
    for pattern, key in names:
        if pattern.fullmatch(folded.replace("-", " ")) or pattern.fullmatch(folded):
            return key
    return ""


def organisation_key(name: str, lang: str = "") -> str:
    """The key of an organisation named by ``name`` (an entity key or a name as written): its full name in
    any language, or its acronym in ``lang`` (in every language when ``lang`` is unknown); "" for none."""
    key = organisation_of(fold(name))
    if key:
        return key
    _, _, _, acronyms = _organisation_matchers()
    codes = [lang] if lang in acronyms else list(acronyms)
    return next((acronyms[code][name.upper()] for code in codes if name.upper() in acronyms[code]), "")
