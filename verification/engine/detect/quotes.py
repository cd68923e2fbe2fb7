"""Quotations and who said them."""

from __future__ import annotations

import re

from .. import lexicon as L
from ..context import Context
from .shared import MULTI

_QUOTE_RX = re.compile(r"[“„«]([^”“„«»\n]{20,1500})[”“»]|\"([^\"\n]{20,1500})\"")
_SPEECH_RX = re.compile(r"(?<![\w])(?:" + L.alt(L.SPEECH_VERBS) + r")(?![\w])")


def _full_name(ctx: Context, person) -> tuple[str, str]:
    """A speaker named by surname only ("Bruch said") as the full name the text gives elsewhere
    ("Christian Bruch"), so one person's quotes have one speaker however an article names them."""
    if " " in person.key:
        return person.key, person.name
    fuller = {e.key: e.name for e in ctx.entities if e.type == "name" and e.key.endswith(" " + person.key)}
    return next(iter(fuller.items())) if len(fuller) == 1 else (person.key, person.name)


def detect_quotes(ctx: Context) -> None:
    low, text = ctx.low, ctx.text
    for m in _QUOTE_RX.finditer(text):
        g = 1 if m.group(1) is not None else 2
        qs, qe = m.start(g), m.end(g)
        if len(text[qs:qe].split()) < 5:
            continue
        speaker = None
        tail = text[m.end() : m.end() + 90]
        line_end = tail.find("\n")
        tail_end = m.end() + (line_end if line_end >= 0 else len(tail))
        if re.match(r"\s*[—–-]\s*", tail) or _SPEECH_RX.search(low, m.end(), tail_end):
            cands = [e for e in ctx.ents_between(m.end(), tail_end) if e.type in ("name", "org")]
            speaker = cands[0] if cands else None
        if speaker is None:
            head_start = max(0, m.start() - 90)
            nl = text.rfind("\n", head_start, m.start())
            head_start = nl + 1 if nl >= 0 else head_start
            if _SPEECH_RX.search(low, head_start, m.start()) and re.search(r"[:,]\s*$", text[head_start : m.start()]):
                cands = [e for e in ctx.ents_between(head_start, m.start()) if e.type in ("name", "org")]
                speaker = cands[-1] if cands else None
        if speaker is None:
            continue
        key, name = _full_name(ctx, speaker)
        sent = (ctx.sentence(m.start())[0], max(ctx.sentence(qe - 1)[1], qe))
        ctx.add(
            "quote",
            "quote",
            key,
            {"speaker": key, "name": name, "words": " ".join(text[qs:qe].split())},
            qs,
            qe,
            0.4,
            sent,
            **MULTI,
        )
