"""Claims' values and subjects as readers read them, for the reader page and the consolidated draft (plain
Python: no Django)."""

from __future__ import annotations

import json
import re
import unicodedata

# Parts of a normalised value that say what is counted or how it was written, not how much: "over 200
# jobs" and "over 200 people" are one value; so are "$35.9 billion" (a dollar assumed to be the US one) and
# "US$35.9 billion", "$118.50" and "$118.5" (written to the cent or not), "Tokyo" and "Tokio" (one entity),
# and an amount with or without the date it was converted on or the other currency it was also given in.
NOT_THE_VALUE = ("unit", "text", "noun", "name", "assumed", "currency_basis", "on", "conversion", "step", "point")
# how a date was written, once it is resolved to its days: "19 July 2024" and "Friday" (that Friday) agree
HOW_A_DATE_WAS_WRITTEN = ("spec", "relative", "resolved")


def value_key(claim) -> str:
    """The normalised value a claim states, as text that is equal for equal values."""
    value = claim.value
    if isinstance(value, dict):
        ignored = NOT_THE_VALUE + (HOW_A_DATE_WAS_WRITTEN if value.get("start") else ())
        value = {k: v for k, v in value.items() if k not in ignored} or value.get("text")
    if value in (None, {}, [], ""):
        value = " ".join(claim.text.casefold().split())
    return json.dumps(value, sort_keys=True, default=str)


def _folded(text: str) -> tuple[str, list[int]]:
    """The text as subjects are kept (accents dropped, case-folded, every run of other characters than letters
    and digits one space) and, for each of its characters, the offset in ``text`` it comes from."""
    chars: list[str] = []
    offsets: list[int] = []
    for at, char in enumerate(text):
        for part in unicodedata.normalize("NFKD", char).casefold():
            if unicodedata.combining(part):
                continue
            if not part.isalnum():
                if not chars or chars[-1] == " ":
                    continue
                part = " "
            chars.append(part)
            offsets.append(at)
    return "".join(chars), offsets


def subject_as_written(subject: str, sentences: list[str]) -> str:
    """A fact's subject (kept folded: "openai", "europaische zentralbank", "u s steel") as the first of these
    texts that has it writes it ("OpenAI", "Europäische Zentralbank", "U.S. Steel"); as it is when none does."""
    wanted = _folded(subject)[0].strip()
    if not wanted:
        return subject
    for sentence in sentences:
        folded, offsets = _folded(sentence)
        at = folded.find(wanted)
        while at >= 0:
            end = at + len(wanted)
            if (at == 0 or folded[at - 1] == " ") and (end == len(folded) or folded[end] == " "):
                return sentence[offsets[at] : offsets[end - 1] + 1]
            at = folded.find(wanted, at + 1)
    return subject


def named(values: list[tuple[object, str]], language: str = "") -> str:
    """What a fact without a subject names when its value is a name (a place: "Wajima", "Tokio"): the name as
    the first of its claims in ``language`` gives it, else as the first claim does; "" when the values are no
    names. ``values``: each claim's value with its source's language, in the claims' order."""
    names = [(value["name"], lang) for value, lang in values if isinstance(value, dict) and value.get("name")]
    if not names:
        return ""
    return next((name for name, lang in names if language and lang == language), names[0][0])


# How the check's explanation refers to a source it knows no outlet of ("article 169 says 22′"); the pages
# that show an explanation name that source as they cite it (cited_sources).
SOURCE_REFERENCE = "article {pk}"
_SOURCE_REFERENCE = re.compile(r"\barticle (\d+)\b")


def cited_sources(explanation: str, names: dict[int, str]) -> str:
    """The explanation with each reference to an article of ``names`` (article id -> how the page cites it,
    "[3] foot01.com") replaced by that name; references to other articles left as they are."""
    return _SOURCE_REFERENCE.sub(lambda m: names.get(int(m.group(1)), m.group(0)), explanation or "")
