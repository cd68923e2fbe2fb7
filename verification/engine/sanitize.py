"""Make claims safe to compare: values of the documented shape and types, whatever was stored.

Claims reach the cross-check from the database as JSON; an old or hand-edited row may carry a number as a
string, a list where a key belongs, or no value at all. ``clean_claim`` coerces each documented field to
its type and drops what cannot be read, so comparison code never has to guard against bad data.
"""

from __future__ import annotations

import dataclasses
import math

from .claims import Claim

_FLOATS = ("low", "high", "factor", "step", "said_in")  # a score's "high"/"low" too
_INTS = ("declared_count", "ordinal", "of_total", "minutes", "utc", "earliest", "latest")
_STRINGS = (
    "qualifier",
    "unit",
    "currency",
    "start",
    "end",
    "granularity",
    "entity",
    "name",
    "type",
    "relation",
    "person",
    "role",
    "org",
    "category",
    "scope",
    "speaker",
    "words",
    "direction",
    "since",
    "currency_basis",
    "zone",
)
_BOOLS = ("resolved", "relative", "assumed", "former", "partial", "point", "local")


def _float(x):
    if isinstance(x, bool) or x is None:
        return None
    try:
        f = float(x)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def _int(x):
    f = _float(x)
    return int(f) if f is not None and f == int(f) else None


def clean_value(value) -> dict:
    if not isinstance(value, dict):
        return {}
    out = dict(value)
    for k in _FLOATS:
        if k in out:
            out[k] = _float(out[k])
    for k in _INTS:
        if k in out:
            out[k] = _int(out[k])
    for k in _STRINGS:
        if k in out:
            out[k] = out[k] if isinstance(out[k], str) else ("" if out[k] is None else "")
    for k in _BOOLS:
        if k in out:
            out[k] = out[k] if isinstance(out[k], bool) else bool(out[k]) if isinstance(out[k], (int, float)) else False
    if "currency" in out:
        out["currency"] = out["currency"].strip().upper()
    if "items" in out:
        items = out["items"] if isinstance(out["items"], (list, tuple)) else []
        out["items"] = sorted({str(i) for i in items if isinstance(i, (str, int, float)) and str(i)})
    return out


def clean_claim(c: Claim) -> Claim:
    """The claim with a well-typed value and extra (the same object when nothing needed fixing)."""
    value = clean_value(c.value)
    extra = c.extra if isinstance(c.extra, dict) else {}
    strings_ok = all(isinstance(x, str) for x in (c.kind, c.slot, c.subject, c.text))
    if value == c.value and extra is c.extra and strings_ok:
        return c
    return dataclasses.replace(
        c,
        value=value,
        extra=extra,
        kind=str(c.kind or ""),
        slot=str(c.slot or ""),
        subject=str(c.subject or ""),
        text=str(c.text or ""),
    )
