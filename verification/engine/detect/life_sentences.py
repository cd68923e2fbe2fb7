"""Life sentences, told with no figure: "sentenced to life imprisonment", "bekam lebenslang", "condamné à la réclusion
à perpétuité", "condenado a cadena perpetua"."""

from __future__ import annotations

from ..context import Context
from ..frames import asked_slot, phrase_rx, qualifiers
from .shared import frame_subject

# A life term is compared as a duration longer than any term told in years (100 years, in days): two reports of a
# life sentence agree, and one of "30 years" for the same person tells another sentence.
LIFE_DAYS = 36525.0


def detect_life_sentences(ctx: Context) -> None:
    """A life sentence is the sentence concept's figure as a term would be: asked for ("prosecutors sought life") or
    the most the law allows ("faces life in prison") where its words say so (frames.qualifiers), else imposed."""
    taken = [(c.start, c.end) for c in ctx.claims]
    for m in phrase_rx("LIFE_SENTENCE_WORDS", ctx.lang).finditer(ctx.low):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        sent = ctx.sentence(m.start())
        extra = qualifiers(ctx.low, ctx.lang, m.start(), m.end(), sent, "sentence")
        value = {"low": LIFE_DAYS, "high": LIFE_DAYS, "qualifier": "exact", "unit": "duration", "life": True}
        ctx.add(
            "measure",
            asked_slot("sentence", extra),
            frame_subject(ctx, "sentence", m.start(), sent, m.end()),
            value,
            m.start(),
            m.end(),
            0.85,
            sent,
            **extra,
        )
