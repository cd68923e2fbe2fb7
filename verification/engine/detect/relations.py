"""Relations between organisations and people: partners, owners, founders, joint ventures."""

from __future__ import annotations

import re

from .. import lexicon as L
from ..context import Context
from ..entities import Entity
from ..lang import merged
from .shared import MULTI

_REL_STEMS = {}
for _rel, _slot, _cues, _gap, _mode in L.RELATION_CUES:
    for _c in _cues:
        _REL_STEMS.setdefault(" ".join(_c.split()), (_rel, _slot, _gap, _mode))
_REL_RX = re.compile(r"(?<![\w])(?:" + L.alt(_REL_STEMS) + r")(?![\w])")
_GAPWORD = re.compile(r"[\s\u00a0]+([\w’'-]+)")
_POSSESSIVE = re.compile(r"['’]s?[\s\u00a0]+")
_JOINT_RX = re.compile(r"(?<![\w])(?:" + L.alt(L.JOINT_CUES) + r")(?![\w])")
_VON_RX = re.compile(r"\b(?:" + L.alt(L.AGENT_PREPOSITIONS) + r")\s+(?:" + L.ARTICLE_WORDS + r")?\s*$")
# two names joined by "and" (the second perhaps with an English possessive: "A and B's joint venture")
_AND_BETWEEN = re.compile(r"\s+(?:" + L.alt(merged("NAME_AND")) + r")\s+(?:\w+['’]s\s+)?")
_FOUNDED_AFTER = re.compile(r"(?<![\w])(?:" + L.alt(L.FOUNDED_BY_BEFORE) + r")(?![\w])")


def _entity_after(ctx: Context, pos: int, limit_words: int, sent_end: int) -> Entity | None:
    """The entity that starts after pos, skipping up to limit_words small words and a possessive place."""
    p = pos
    for _ in range(limit_words + 1):
        while p < sent_end and ctx.text[p] in " \u00a0\t":
            p += 1
        e = ctx.entity_at(p)
        if e is not None:
            if e.type == "place":
                poss = _POSSESSIVE.match(ctx.text, e.end)
                if poss and ctx.text[e.end] in "'’":
                    nxt = ctx.entity_at(poss.end())
                    if nxt is not None and nxt.type != "place":
                        return nxt
            return e
        m = _GAPWORD.match(ctx.text, p - 1 if p > 0 and ctx.text[p - 1] == " " else p)
        if not m or m.end() > sent_end or not m.group(1)[:1].islower():
            quote = re.match(r"['\"‘“]", ctx.text[p : p + 1])
            if quote:
                p += 1
                continue
            return None
        p = m.end()
    return None


def _rel_value(e: Entity, rel: str) -> dict:
    return {"entity": e.key, "name": e.name, "type": e.type if e.type != "name" else "org", "relation": rel}


def _rel_span(ctx, cue_start: int, e: Entity) -> tuple[int, int]:
    if e.end - cue_start <= 70:
        return cue_start, e.end
    return e.start, e.end


def _gives_amount(ctx: Context, sent: tuple[int, int]) -> bool:
    """Whether the sentence gives an amount of money (the number detectors run before this one)."""
    return any(c.kind == "money" and sent[0] <= c.start < sent[1] for c in ctx.claims)


def detect_relations(ctx: Context) -> None:
    low = ctx.low
    for m in _REL_RX.finditer(low):
        rel, slot, gap, mode = _REL_STEMS[L.table_key(m.group(0))]
        sent = ctx.sentence(m.start())
        if rel == "lead_investor":
            if not _gives_amount(ctx, sent):
                continue  # "the party, led by X": leading a round is investing, leading anything else is not
            rel = "investor"
        e = _entity_after(ctx, m.end(), gap, sent[1])
        if e is None or e.type == "event":
            continue
        if rel in ("founded_by", "investor", "owner", "hosted_at") and e.type == "place" and rel != "hosted_at":
            continue
        subj = ctx.subject_for(m.start(), sent, exclude={e.key}, near=(mode == "near"))
        if not subj or subj == e.key:
            continue
        s, t = _rel_span(ctx, m.start(), e)
        extra = dict(MULTI) if slot in ("partnership", "investor", "support", "acquisition") else {}
        ctx.add("relation", slot, subj, _rel_value(e, rel), s, t, 0.75, sent, cue=m.group(0), **extra)
    # "a joint statement by A and B": A and B are partners
    for m in _JOINT_RX.finditer(low):
        sent = ctx.sentence(m.start())
        ents = [
            e
            for e in ctx.ents_between(m.end(), sent[1])
            if not (e.type == "place" and ctx.text[e.end : e.end + 1] in ("'", "’"))
        ]
        for a, b in zip(ents, ents[1:]):
            between = low[a.end : b.start]
            if _AND_BETWEEN.fullmatch(between) and a.key != b.key:
                if b.type == "place":
                    continue
                ctx.add(
                    "relation",
                    "partnership",
                    ctx.canonical_subject(a.key),
                    _rel_value(b, "partner"),
                    b.start,
                    b.end,
                    0.75,
                    sent,
                    cue=m.group(0),
                    **MULTI,
                )
                break
    # German/other founder before the verb: "von der National Research Foundation (NRF) ins Leben gerufen"
    for m in _FOUNDED_AFTER.finditer(low):
        sent = ctx.sentence(m.start())
        for e in reversed(ctx.ents_between(max(sent[0], m.start() - 90), m.start())):
            v = _VON_RX.search(low, max(sent[0], e.start - 12), e.start)
            if v:
                subj = ctx.subject_for(v.start(), sent, exclude={e.key}, near=True)
                if subj and subj != e.key:
                    ctx.add(
                        "relation",
                        "founded_by",
                        subj,
                        _rel_value(e, "founded_by"),
                        v.start(),
                        e.end,
                        0.75,
                        sent,
                        cue=m.group(0),
                    )
                break
