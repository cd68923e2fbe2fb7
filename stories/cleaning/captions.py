"""Pictures' captions and credits."""

from __future__ import annotations

import re

from . import lexicon as lx
from .features import Para
from .page import Page
from .tables import data_names
from .text import NORM_CUE_RE

# a caption closed by its picture's credit runs to a few sentences at most
MAX_CAPTION_WORDS = 150

# the last words of a line after a comma, a dash or in brackets: "(Archivbild)", ", photo d'illustration"
_TRAILING_TAG_RE = re.compile(r"(?:,|\s[–—-]|\()\s*(?P<tag>[^,()–—]{3,30}?)\s*\)?\s*\.?$")


def caption_tag(text: str) -> bool:
    """A line closed by the label of a picture ("... verlässt das Gebiet der Sowjetunion. (Archivbild)",
    "Marine Le Pen, photo d'illustration", "The harbour - file photo"): the picture's caption."""
    m = _TRAILING_TAG_RE.search(text, max(0, len(text) - 40))
    if m is None or m.start() == 0:
        return False
    tag = " ".join(NORM_CUE_RE.sub("", m.group("tag").lower()).replace("’", "'").split())
    return lx.LINE_CUES.get(tag) == "photo caption"


def photo_credit(text: str) -> bool:
    """A picture's caption or credit: "... REUTERS/Jane Doe", "Foto: dpa", "(company handout)", "| EFE"."""
    if lx.CAPTION_AGENCY_FIRST_RE.match(text):
        return True
    m = lx.CAPTION_CREDIT_RE.search(text)
    if m is None:
        return False
    if m.group("note"):
        # "Une route détruite à Shika (photo du 2 janvier au matin).": a caption's note on its picture
        return True
    who = (m.group("who") or "").strip(" )")
    if not who:
        # "REUTERS/Juan Medina", "(picture alliance / dpa / X)"; not "CDU/CSU et le SPD disposent à"
        lower = [w for w in lx.WORD_RE.findall(m.group()) if w[:1].islower() and w.lower() not in _CREDIT_WORDS]
        return len(lower) <= 1
    # "Photo: Jane Doe/AFP" credits a name; "... showed a picture of the flooded town." is a sentence
    words = who.replace("/", " ").split()
    named = sum(w[:1].isupper() or w.lower() in _CREDIT_WORDS for w in words)
    return len(words) <= 6 and not who.endswith(".") and named >= len(words) / 2


# lower-case words a credit may hold: the agencies' names and the words for a picture ("picture alliance",
# "dpa", "via")
_CREDIT_WORDS = (
    frozenset(w.lower() for a in lx.AGENCIES for w in lx.WORD_RE.findall(a))
    | {w for p in lx.PHOTO_WORDS for w in lx.WORD_RE.findall(p.lower())}
    | {"via", "by"}
)

# a picture's caption above its credit is at most a few short lines
MAX_CAPTION_LINES = 3


def mark_captions_above_credits(page: Page) -> None:
    """The short lines right above a picture's credit standing alone ("Marine Le Pen, photo d'illustration" /
    "Photo : Global Panorama, CC BY-SA 2.0"): the picture's caption, not a heading of the article."""
    for p in page.paras:
        if not _bare_picture_credit(p):
            continue
        for q in reversed(page.paras[max(0, p.i - MAX_CAPTION_LINES) : p.i]):
            if q.hard == "photo caption":
                continue  # a line of the caption known by its own words
            if q.hard or q.sentence_like or q.n_words > 12 or data_names(q) is not None or _headline_above(page, q, p):
                break
            q.hard = "photo caption"


def _headline_above(page: Page, q: Para, credit: Para) -> bool:
    """The page's headline right above its picture's credit: the page's first line that is not furniture, no
    sentence's end, and the article's prose right under the credit (a caption of a picture above the
    headline has the headline after its credit)."""
    if q.terminal or any(not r.hard for r in page.paras[: q.i]):
        return False
    after = next((r for r in page.paras[credit.i + 1 :] if not r.hard), None)
    return after is not None and after.sentence_like


def _bare_picture_credit(p: Para) -> bool:
    """A line that only credits a picture ("Photo : Jane Doe/AFP", "Umit Bektas/Reuters"), not a text's
    source ("Source: Ministry of Health") nor a caption with its credit."""
    return (
        p.hard in ("photo caption", "source credit")
        and p.n_words <= 8
        and not p.sentence_like
        and not lx.TEXT_SOURCE_RE.match(p.text)
        and photo_credit(p.text)
    )
