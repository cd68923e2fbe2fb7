"""Furniture glued to a paragraph's end without a break: a credit after a table, a notice after the last sentence."""

from __future__ import annotations

import re

from . import lexicon as lx
from .captions import MAX_LABELLED_CAPTION_WORDS
from .tables import MAX_DATA_LINE_CHARS, MIN_TABLE_FIGURES, figures_and_names, is_dense
from .text import ALL_STOP, SENTENCE_END, SENTENCE_END_RE


def split_credit_tail(paragraph: str) -> list[str]:
    """A table of figures with its credits at the end ("CDU/CSU 28.5% +4.4 AfD 20.8% ... Quelle:
    Bundeswahlleiterin | Grafik: watson"), or the article's prose with its picture's credit glued after the
    last sentence ("... que la météo ne vienne pas tout gâcher...Crédit photo : Paris 2024 / Jane Doe"): the
    figures or the prose and the credits as two paragraphs, so the credits go and the rest stays. A caption
    with a credit stays one paragraph (it goes whole)."""
    tail_at = max(0, len(paragraph) - 200)
    m = lx.CREDIT_TAIL_RE.search(paragraph, tail_at)
    if m is None or m.start("credit") == 0:
        return [paragraph]
    head = paragraph[: m.start("credit")].rstrip(" |·-–—")
    if len(head.split()) > MAX_LABELLED_CAPTION_WORDS and head.endswith((".", "!", "?", "…", '"', "”", "»")):
        return [head, m.group("credit")]
    if len(paragraph) > MAX_DATA_LINE_CHARS + 200:
        return [paragraph]
    figures, names = figures_and_names(head)
    if figures < MIN_TABLE_FIGURES or not names or not is_dense(head, figures, names):
        return [paragraph]
    return [head, m.group("credit")]


# what a page glues after an article's last sentence without a break of its own: a ticker ("Mehr
# Informationen in Kürze."), a prompt to subscribe, follow or listen, an advertisement's note
GLUED_NOTICE_REASONS = frozenset(
    (
        "ticker",
        "advertisement",
        "subscription prompt",
        "newsletter box",
        "share buttons",
        "app promotion",
        "audio player",
    )
)

_LAST_SENTENCE_RE = re.compile(SENTENCE_END + r"(?=[^.!?…]{3,120}[.!?…]?\s*$)")

MAX_GLUED_NOTICE_WORDS = 12
# a glued link's headline may be longer than a notice
MAX_GLUED_LINK_WORDS = 25


def split_glued_notice(paragraph: str) -> list[str]:
    """A paragraph whose last sentence is page furniture ("... des britischen Mehrheitswahlrechts. Mehr
    Informationen in Kürze.", "... on Tuesday. Read also: Ferry Strike Ends"): the article's sentences and the notice
    as two paragraphs."""
    breaks = list(_LAST_SENTENCE_RE.finditer(paragraph, max(0, len(paragraph) - 130)))
    if not breaks:
        return [paragraph]
    m = breaks[-1]
    notice = paragraph[m.end() :]
    if len(notice.split()) <= MAX_GLUED_LINK_WORDS and lx.INLINE_RELATED_RE.match(notice) and ":" in notice[:30]:
        # a link to another article glued after the last sentence: "... on Tuesday. Read also: Ferry Strike Ends"
        return [paragraph[: m.start() + 1].rstrip(), notice]
    if len(notice.split()) > MAX_GLUED_NOTICE_WORDS:
        return [paragraph]
    lead = lx.LINE_LEAD_RE.match(notice)
    if lead is None or lx.phrase_reason(lx.LINE_LEADS, lead.group()) not in GLUED_NOTICE_REASONS:
        return [paragraph]
    return [paragraph[: m.start() + 1].rstrip(), notice]


# a signature in brackets glued after the article's last sentence: its agencies or its editors' initials apart
# by slashes ("(dpa/lnw)", "(Xinhua/VNA)", "(Special Reporter/HC)"), each part a few words
_SIGNATURE_TAIL_RE = re.compile(
    r"(?<=[.!?…\"”»])\s*(?P<signature>\(\s*[^\W\d_][\w .'’-]{0,24}(?:\s*/\s*[^\W\d_][\w .'’-]{0,24}){1,3}\s*\))\s*$"
)


def split_signature_tail(paragraph: str) -> list[str]:
    """A paragraph closed by the text's signature in brackets ("... wurden geborgen. (dpa/lnw)"): the paragraph
    and the signature apart, so the signature goes and the paragraph stays (whole, the paragraph read as a
    picture's caption and went). A picture's credit in brackets ("(Photo by Jane Doe/Getty Images)") closes a
    caption and stays with it."""
    m = _SIGNATURE_TAIL_RE.search(paragraph, max(0, len(paragraph) - 110))
    if m is None or m.start() == 0:
        return [paragraph]
    signature = m.group("signature")
    words = {w.lower() for w in lx.WORD_RE.findall(signature)}
    if words & lx.PHOTO_WORDS or any(len(part.split()) > 3 for part in signature.strip("() ").split("/")):
        return [paragraph]
    return [paragraph[: m.start()].rstrip(), signature]


# the outlet's name signing the article, glued after its last sentence: a name of one to three capitalised words
# ("... Als Ursache wird Vogelschlag vermutet. Tagesschau"), maybe with the day it aired after a short word
# ("... zum Nachfolger gewählt. SAARTEXT vom 22.04.2025")
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’&-]*"
_SIGN_OFF_TAIL_RE = re.compile(
    rf"(?<=[.!?…\"”»])\s+(?P<sign>(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})"
    r"(?:\s+[^\W\d_]{2,4}\s+\d{1,2}[./]\d{1,2}[./]\d{2,4})?)\s*$"
)

# the sentences a sign-off closes: a paragraph of prose, not a teaser's line
MIN_SIGNED_WORDS = 20


def split_sign_off_tail(paragraph: str) -> list[str]:
    """A paragraph of prose closed by the outlet's name glued after its last sentence ("... vermutet. Tagesschau"):
    the paragraph and the name apart, so the name goes and can sign the page. A name the paragraph also tells of
    ("... said Choi. Choi Sang-mok") or a word of its language's small words ("... er. Die Polizei", a dump cut
    after a sentence's first words) signs nothing."""
    m = _SIGN_OFF_TAIL_RE.search(paragraph, max(0, len(paragraph) - 60))
    if m is None or len(paragraph[: m.start()].split()) < MIN_SIGNED_WORDS:
        return [paragraph]
    if len(paragraph[: m.start()].split()[-1].strip('.!?…"”»')) < 2:
        return [paragraph]  # a name's initial ("N. Hesse, H. Laurenceau"), not a sentence's end
    told = {w.lower() for w in lx.WORD_RE.findall(paragraph[: m.start()])}
    if any(w.lower() in ALL_STOP or w.lower() in told for w in lx.WORD_RE.findall(m.group("name"))):
        return [paragraph]
    return [paragraph[: m.start()].rstrip(), m.group("sign")]


# a pointer to the video and what the page glues after it (a report's credit) is a sentence or two
MAX_VIDEO_TAIL_WORDS = 25


def split_video_pointer(paragraph: str) -> list[str]:
    """A paragraph whose last sentences point to the page's video for more ("... une partie de sa culture d'orge.
    Plus de détails dans la vidéo en tête de cet article. TF1 | Reportage ..."): the article's sentences and the
    pointer, with what follows it, as two paragraphs, so the pointer goes and the sentences stay."""
    m = lx.VIDEO_POINTER_RE.search(paragraph, max(0, len(paragraph) - 300))
    if m is None:
        return [paragraph]
    ends = list(SENTENCE_END_RE.finditer(paragraph, 0, m.start()))
    if not ends or len(paragraph[ends[-1].end() :].split()) > MAX_VIDEO_TAIL_WORDS:
        return [paragraph]
    return [paragraph[: ends[-1].start() + 1].rstrip(), paragraph[ends[-1].end() :]]
