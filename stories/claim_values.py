"""When two claims give the same value, for the reader page's value letters and the consolidated draft
(plain Python: no Django)."""
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
