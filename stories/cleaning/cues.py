"""A paragraph's cue: the furniture a single line shows by its words and shape (share buttons, credits, stamps...)."""

from __future__ import annotations

import re

from . import lexicon as lx
from .bylines import byline_name, outlet_with_agencies
from .captions import MAX_CAPTION_WORDS, MAX_LABELLED_CAPTION_WORDS, caption_tag, credit_tail, photo_credit
from .dates import find_date
from .features import Para
from .text import BREADCRUMB_RE, COUNT_RE, PUBLISHED_LABEL_RE, SEPARATORS_RE
from .timestamps import time_of_day_stamp


def cue_reason(p: Para) -> str:
    """Boilerplate reason from cue phrases and patterns, or '': the first of CUES that decides."""
    for cue in CUES:
        reason = cue(p)
        if reason is not None:
            return reason
    return ""


# Each cue below decides (a reason, or "" for "not furniture", which ends the search) or passes (None).


def _phrase_cue(p: Para) -> str | None:
    """A short line that is a phrase of the tables: a widget's label (with its count), a furniture line's
    opening words, a note about the page."""
    if p.n_words <= 8 and p.cue in lx.LINE_CUES:
        return lx.LINE_CUES[p.cue]
    if p.n_words <= 8 and p.cue:
        # a widget's label with its count: "Comments (12)", "12 comments", "Share 0"
        counted = " ".join(COUNT_RE.sub(" ", p.cue).split())
        if counted != p.cue and counted in lx.LINE_CUES:
            return lx.LINE_CUES[counted]
    if p.n_words <= 30:
        m = lx.LINE_LEAD_RE.match(p.text)
        if m:
            return lx.phrase_reason(lx.LINE_LEADS, m.group())
    if p.n_words <= 70:
        m = lx.PAGE_NOTE_RE.search(p.text)
        if m:
            return lx.phrase_reason(lx.PAGE_NOTES, m.group())
    return None


def _writer_cue(p: Para) -> str | None:
    """The writer: a biography, where to follow them, a byline (name, outlet and agencies, reading time,
    an author field)."""
    t = p.text
    if p.n_words <= 60 and lx.BIO_RE.match(t):
        return "author bio"
    if p.n_words <= 40 and _follow_links(p):
        return "share buttons"
    if p.n_words <= 10 and outlet_with_agencies(t):
        return "byline"
    ws = p.wordset
    if p.n_words <= 25 and (
        byline_name(t)
        or lx.NAME_BY_NAME_RE.match(t)
        or (not ws.isdisjoint(lx.READING_TIME_TRIGGERS) and lx.READING_TIME_RE.search(t))
    ):
        return "byline"
    if p.n_words <= 40 and not ws.isdisjoint(lx.AUTHOR_TRIGGERS) and lx.AUTHOR_FIELD_RE.search(t):
        return "byline"
    return None


# a pointer to the page's video is a sentence ("Mehr zur aktuellen Unwetterlage ... erfährst du im Video am Anfang
# des Artikels."); a paragraph that names the video in passing is the article's
MAX_VIDEO_POINTER_WORDS = 30


def _notice_cue(p: Para) -> str | None:
    """A notice: a disclaimer, a promotion, a widget, a source's link or credit, a copyright, a browser's
    or an affiliate's note."""
    t = p.text
    if p.n_words <= 80 and lx.disclaimer_gate(p.wordset) and lx.DISCLAIMER_RE.search(t):
        if not lx.AI_NOTE_RE.search(t) or p.n_words <= 8 or lx.SELF_REFERENCE_RE.search(t):
            return "disclaimer"
    if p.n_words <= 30:
        m = lx.PROMO_RE.match(t)
        if m:
            return "newsletter box" if m.group("newsletter") else "share buttons" if m.group("share") else "navigation"
    if p.n_words <= 30 and lx.WIDGET_RE.match(t):
        return "assistant widget"
    if p.n_words <= 20 and lx.READ_FULL_RE.match(t):
        return "source link"
    if p.n_words <= MAX_VIDEO_POINTER_WORDS and lx.VIDEO_POINTER_RE.search(t):
        return "video player"
    if p.n_words <= 20 and lx.SOURCE_RE.match(t):
        return "source credit"
    if p.n_words <= 40 and lx.COPYRIGHT_RE.match(t) or p.n_words <= 20 and lx.RIGHTS_RESERVED_RE.search(t):
        return "copyright"
    if p.n_words <= 40 and lx.BROWSER_NOTICE_RE.match(t):
        return "browser notice"
    if p.n_words <= 60 and lx.AFFILIATE_NOTE_RE.search(t):
        return "disclaimer"
    return None


def _short_line_cue(p: Para) -> str | None:
    """A few words: agencies or a signature, a slug, an arrow's teaser, a date's label with its value lost."""
    t = p.text
    if p.n_words <= 6 and len(t) <= 80:
        if lx.AGENCIES_ONLY_RE.match(t) or lx.SIGNATURE_RE.search(t):
            return "source credit"
        if lx.SLUG_RE.match(t):
            return "navigation"
        if lx.ARROW_TEASER_RE.search(t) and not p.terminal:
            return "related reading"
    if p.n_words <= 4 and PUBLISHED_LABEL_RE.match(t):
        return "dateline"
    if p.n_words <= 30 and lx.ARROW_LEAD_RE.match(t):
        return "related reading"
    if p.n_words <= 15 and "CC" in t and lx.SIGNATURE_RE.search(t):
        return "source credit"
    return None


def _picture_cue(p: Para) -> str | None:
    """A picture's caption or credit, or a post embedded from a social network."""
    t = p.text
    if p.n_words <= MAX_LABELLED_CAPTION_WORDS and len(t) <= 700:
        if photo_credit(t):
            return "photo caption"
    if p.n_words <= MAX_CAPTION_WORDS and lx.BRACKETED_CREDIT_RE.search(t, max(0, len(t) - 140)):
        return "photo caption"
    if p.n_words <= 60 and caption_tag(t):
        return "photo caption"
    # (a line with a date is left to the datelines: "02.06.2024 17:32 von Jane Doe Symbolbild imago")
    if p.n_words <= 40 and not p.sentence_like and credit_tail(t) and not find_date(t):
        return "photo caption"
    if p.n_words <= 60 and len(t) <= 700:
        if p.n_words <= 80 and lx.EMBEDDED_POST_RE.search(t):
            return "embedded post"
    return None


def _stamp_cue(p: Para) -> str | None:
    """A time stamp: a relative time ("2 hours ago") or a time of day standing alone."""
    t = p.text
    if p.n_words <= 10 and any(trigger in p.cue for trigger in lx.RELATIVE_TRIGGERS) and lx.RELATIVE_TIME_RE.search(t):
        return "timestamp"
    if p.n_words <= 6 and time_of_day_stamp(t):
        return "timestamp"
    return None


# an e-mail address, a web address or domain, a social network's handle or a hashtag, as one token
_ADDRESS_TOKEN_RE = re.compile(
    r"^[(<\[]?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}(?:/\S*)?"
    r"|[@#][^\W\d_][\w.]{1,40})[)>\],;.]?$",
    re.IGNORECASE,
)


def _address_cue(p: Para) -> str | None:
    """A line of addresses: an e-mail, a web address, a handle or hashtags with at most a few words of label
    ("Contact the author: jane@example.com", "Follow @RivertonPost", "#Riverton #Harbour"); a sentence giving
    an address has more words than its label."""
    tokens = p.text.split()
    if not tokens or len(tokens) > 15:
        return None
    hashtags = sum(1 for t in tokens if t.startswith("#") and _ADDRESS_TOKEN_RE.match(t))
    addresses = sum(1 for t in tokens if not t.startswith("#") and _ADDRESS_TOKEN_RE.match(t))
    # a hashtag may open a headline ("#MeToo founder speaks out"): only a line of hashtags alone is furniture
    if hashtags == len(tokens) or addresses and len(tokens) - addresses - hashtags <= 3:
        return "links and addresses"
    return None


# a gallery's counter: "1/40", "3 of 12", "Bild 1 von 5", "Foto 1 de 12", or one opening the picture's caption
# ("1/40 L'équipe de Hollande au grand complet ...")
_COUNTER_RE = re.compile(
    r"^(?:(?P<label>[^\W\d_]{2,12})\s+)?(?P<n>\d{1,3})(?:\s*/\s*|\s+[^\W\d_]{2,4}\s+)(?P<of>\d{1,3})$"
)
_COUNTER_LEAD_RE = re.compile(r"^(?P<n>\d{1,3})\s*/\s*(?P<of>\d{1,3})\s+[A-ZÀ-ÖØ-Þ]")  # not "1/3 of the budget"


def _gallery_cue(p: Para) -> str | None:
    """A picture's place in a gallery, alone or opening its caption; a label before it is a picture's word
    ("Photo 3 of 12"), not a figure's ("Seats 320 of 650")."""
    if p.n_words > 40:
        return None
    m = _COUNTER_RE.match(p.text.strip()) or _COUNTER_LEAD_RE.match(p.text)
    if m is None or not 1 <= int(m.group("n")) <= int(m.group("of")) <= 200:
        return None
    label = m.groupdict().get("label")
    return "photo caption" if label is None or label.lower() in lx.PHOTO_WORDS else None


def _navigation_cue(p: Para) -> str | None:
    """Navigation: marks and figures only, a breadcrumb, short items between separators."""
    t = p.text
    if p.n_words <= 6 and not p.terminal and re.fullmatch(r"[\W\d_]*", t):
        return "navigation"
    crumbs = BREADCRUMB_RE.split(t) if p.n_words <= 15 else []
    # a path of two steps or more, or a menu's word and a section's name ("Home › People", "Inicio › Destacado"; not
    # "Home » Zugunglück fordert Menschenleben", the headline after it)
    opened_by_menu = (
        len(crumbs) == 2 and lx.LINE_CUES.get(crumbs[0].strip().lower()) == "navigation" and len(crumbs[1].split()) <= 2
    )
    if (len(crumbs) >= 3 or opened_by_menu) and all(len(x.split()) <= 4 for x in crumbs):
        return "navigation"
    parts = [x for x in SEPARATORS_RE.split(t) if x] if p.n_words <= 30 else []
    if len(parts) >= 3 and all(len(x.split()) <= 4 for x in parts):
        if lx.NEWSLETTER_WORDS.search(t):
            return "newsletter box"
        if sum(1 for x in parts if x.lower().strip() in lx.LINE_CUES) >= 2:
            return lx.LINE_CUES.get(parts[0].lower().strip(), "share buttons")
        return "navigation"
    return None


def _follow_links(p: Para) -> bool:
    """Where to follow the site: two social networks or more, and a handle or three networks ("... está
    en LinkedIn ... en YouTube Síganos en X en @BBGenEspanol"); an article's sentence naming two networks
    has neither."""
    networks = len(lx.SOCIAL_NETWORKS & p.wordset)
    return networks >= 3 or networks == 2 and bool(lx.HANDLE_RE.search(p.text))


# in this order: the first that decides gives the reason
CUES = (
    _phrase_cue,
    _writer_cue,
    _notice_cue,
    _short_line_cue,
    _picture_cue,
    _gallery_cue,
    _stamp_cue,
    _address_cue,
    _navigation_cue,
)
