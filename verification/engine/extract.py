"""extract_claims(doc) -> list[Claim]: every checkable claim in one document.

    from verification.engine.extract import extract_claims
    claims = extract_claims(Document(key="1", text=..., language="en", published=date(2026, 5, 21)))

Pipeline: segment -> numbers/dates/entities (once per document) -> one detector per kind
(detect/) -> de-duplication. Plain Python; never raises on odd input (a detector that fails on
one document is skipped and the failure recorded on the remaining claims' ``extra``).
"""

from __future__ import annotations

from .claims import Claim, Document
from .context import Context
from .detect import DETECTORS


def extract_claims(doc: Document) -> list[Claim]:
    if not doc.text or not doc.text.strip():
        return []
    ctx = Context(doc)
    errors = []
    for det in DETECTORS:
        try:
            det(ctx)
        except Exception as exc:  # one bad detector must not lose the others' claims
            errors.append(f"{det.__name__}: {type(exc).__name__}: {exc}")
    seen = set()
    out: list[Claim] = []
    for c in sorted(ctx.claims, key=lambda c: (c.start, c.end, c.kind, c.slot)):
        k = (c.kind, c.slot, c.start, c.end)
        if k in seen:
            continue
        seen.add(k)
        if errors:
            c.extra["engine_errors"] = errors
        out.append(c)
    return out
