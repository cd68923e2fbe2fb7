"""Claims' values and subjects as readers read them, for the reader page and the consolidated draft (plain
Python: no Django)."""

from __future__ import annotations

import json

# Parts of a normalised value that say what is counted or how it was written, not how much: "over 200
# jobs" and "over 200 people" are one value.
NOT_THE_VALUE = ("unit", "text", "noun")


def value_key(claim) -> str:
    """The normalised value a claim states, as text that is equal for equal values."""
    value = claim.value
    if isinstance(value, dict):
        value = {k: v for k, v in value.items() if k not in NOT_THE_VALUE} or value.get("text")
    if value in (None, {}, [], ""):
        value = " ".join(claim.text.casefold().split())
    return json.dumps(value, sort_keys=True, default=str)


def subject_as_written(subject: str, sentences: list[str]) -> str:
    """A fact's subject (kept case-folded, "openai") as the first of these texts that has it writes it
    ("OpenAI"); as it is when none does."""
    if not subject:
        return ""
    folded = subject.casefold()
    for sentence in sentences:
        at = sentence.casefold().find(folded)
        if at >= 0 and len(sentence.casefold()) == len(sentence):  # offsets hold when folding keeps lengths
            return sentence[at : at + len(subject)]
    return subject
