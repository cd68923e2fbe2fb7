"""Pictures' captions and credits."""

from __future__ import annotations

import re

from . import lexicon as lx
from .features import Para
from .page import Page
from .tables import data_names
from .text import AGENCY_NAMES, NORM_CUE_RE

# a caption closed by its picture's credit runs to a few sentences at most
MAX_CAPTION_WORDS = 150
# a caption closed by its picture's label and credit ("... on Tuesday. Foto: dpa") runs shorter
MAX_LABELLED_CAPTION_WORDS = 60

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


_AGENCY_NAMES = "|".join(re.escape(a) for a in sorted(set(lx.AGENCIES), key=len, reverse=True))
# the end of a caption crediting its picture in a form CAPTION_CREDIT_RE leaves out: a copyright mark before a
# name, not a year ("... on Tuesday © Jane Doe/Reuters"); an agency in brackets ("... on Tuesday (AFP)"), after
# "via" ("Handout via REUTERS") or alone after a name or a figure ("... in Riverton on Tuesday Getty Images")
_CREDIT_TAIL_RE = re.compile(
    r"(?P<copyright>©\s*(?!(?:19|20)\d\d)[^©.!?]{2,60})$"
    r"|(?P<bracketed>\(\s*(?i:" + _AGENCY_NAMES + r")\s*\))\s*$"
    r"|(?P<via>\bvia\s+(?i:" + _AGENCY_NAMES + r"))\s*$"
    r"|(?<=\S)(?P<alone>\s+(?:" + _AGENCY_NAMES + r"))\s*$"
)
# a caption closed by its picture's label with no mark before it: "... on Tuesday File picture", "... Symbolbild"
_LABEL_TAIL_RE = re.compile(r"(?:^|\s)(?P<label>(?:\S+\s+){0,2}\S+)\s*$")


def credit_tail(text: str) -> bool:
    """A caption, or a credit alone, ending with its picture's credit or label in a form the phrase tables'
    patterns leave out; a sentence of the article ending with an agency's name ("..., sources told Reuters.")
    is neither."""
    m = _CREDIT_TAIL_RE.search(text, max(0, len(text) - 90))
    if m:
        before = text[: m.start()].rstrip()
        if not before or m.group("copyright"):
            return True
        if m.group("alone") and len(before.split()) < 3:
            return False  # "Von dpa": a byline
        last = before.split()[-1]
        named = not m.group("alone") or last[:1].isupper() or last[:1].isdigit()  # not "... sources told Reuters"
        if named and not before.endswith((".", "!", "?", ":", ",", ";")):
            return True
    return _label_tail(text)


def _label_tail(text: str) -> bool:
    if text.rstrip().endswith((".", "!", "?")):
        return False
    words = text.split()
    for k in (3, 2, 1):
        if len(words) > k:
            tail = " ".join(NORM_CUE_RE.sub("", " ".join(words[-k:]).lower()).replace("’", "'").split())
            if lx.LINE_CUES.get(tail) == "photo caption" and words[-k][:1].isupper():
                return True
    return False


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


# the most words of a picture's credit printed after a copy of its caption ("- Cindy Ord", "KEYSTONE/Copyright 2024
# The Associated Press. All rights reserved.")
MAX_REPEATED_CREDIT_WORDS = 12


def caption_copy_with_credit(caption: str, line: str) -> bool:
    """Whether line is the caption printed again with its picture's credit after it ("Kendrick Lamar, Super Bowl
    2025" / "Kendrick Lamar, Super Bowl 2025 - Cindy Ord"): names and agencies ("Matias Delacroix/AP/dpa") or a
    copyright notice after the copy. A sentence after it ("Papst Franziskus ist tot" / "Papst Franziskus ist tot. Das
    teilte der Vatikan mit.") makes it the article's."""
    caption = caption.rstrip()
    if not caption or len(caption.split()) > MAX_LABELLED_CAPTION_WORDS or not line.startswith(caption):
        return False
    rest = line[len(caption) :]
    words = lx.WORD_RE.findall(rest)
    return (
        bool(words)
        and len(rest.split()) <= MAX_REPEATED_CREDIT_WORDS
        and (
            all(w[:1].isupper() or w.casefold() in AGENCY_NAMES for w in words)
            or lx.RIGHTS_RESERVED_RE.search(rest) is not None
        )
    )


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
    if p.n_words > 8 or p.sentence_like or lx.TEXT_SOURCE_RE.match(p.text):
        return False
    if p.hard == "copyright":
        return credit_tail(p.text)  # "© Jane Doe/Reuters", not a year's "© 2026 The Riverton Post"
    if p.hard == "photo caption" and lx.LINE_CUES.get(p.cue) == "photo caption":
        return True  # the picture's label: "Symbolbild", "(file photo)"
    return p.hard in ("photo caption", "source credit") and (
        photo_credit(p.text) or credit_tail(p.text) or bool(lx.AGENCIES_ONLY_RE.match(p.text))
    )
