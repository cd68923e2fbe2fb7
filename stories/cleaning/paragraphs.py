"""Paragraph classifier: decides for every paragraph of an article dump whether it is the title,
the dek (standfirst), body, or boilerplate (and which kind), and collects metadata on the way.

It works from features, not from known sentences:

* cue phrases per language for the parts every site has (share buttons, comment widgets,
  "Related" / "Lecturas relacionadas" headings, newsletter boxes, bylines, datelines, disclaimers);
* stop-word density per language (prose has many stop words, menus and headline lists few) and
  language switches (a French box inside an English article);
* title-like lines (short, capitalised, no sentence inside);
* position: the article body is the span between the first and the last "strong" paragraph
  (long prose in the main language that shares vocabulary with the rest); short lines before and
  after it are header and footer;
* repetition (a headline printed twice) and similarity to the article's topic (vocabulary overlap
  with the other body paragraphs): a list of other headlines shares little with it;
* question/answer patterns after the article ("QWhat ...?" / "AThe ...");
* shape and neighbours: lines between the headline and the article that share no word with it (a
  writer's name, a time stamp, a widget's label), the short lines above a picture's credit (its
  caption), a paragraph closed by a picture's credit or label, a time of day standing alone (a live
  page's stamp), a person's name under the lead that the prose never uses (the byline); a sentence
  inside the article's span keeps its place even when it names a date or someone's job.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from . import budget
from . import lexicon as lx
from .dates import MONTHS, find_date
from .model import Block

TERMINAL = tuple(".!?…\"”»’')。！？")
BULLET_RE = re.compile(r"^(?:[•·▪◦●○■□➤►‣⁃*\-–—]|\d{1,2}[.)])\s+")
# an abbreviation: "n.V.", "Verl.", "U.S." (letters with a full stop inside or after them, not a word ending a
# sentence: only inside a short line of labels is that told apart)
ABBREVIATION_RE = re.compile(r"^(?:[^\W\d_]{1,4}\.)+(?:[^\W\d_]{1,2})?$")
# a label and a colon opening a short line ("Dans : Ligue des Champions.", "In: Politics")
SECTION_LABEL_RE = re.compile(r"^(?P<label>[^\W\d_]+(?: [^\W\d_]+)?)\s*:\s*\S")
SENTENCE_BREAK_RE = re.compile(r"[.!?…][\"”»’)]?\s+[\"“„«]?[A-ZÀ-ÖØ-Þ]")
INLINE_RELATED_RE = lx.INLINE_RELATED_RE
NON_WORD_RE = re.compile(r"[\W_]+")
DIGITS_RE = re.compile(r"\d+")
BLANK_LINE_RE = re.compile(r"\n[ \t\u00a0]*\n")
PUBLISHED_RE = re.compile(lx.PUBLISHED_WORDS, re.IGNORECASE)
# the label of a page's date with its value lost ("Updated:", "Aktualisiert am")
PUBLISHED_LABEL_RE = re.compile(
    r"^(?:" + lx.PUBLISHED_WORDS + r")(?:\s+(?:am|on|le|el|il|op))?\s*:?\s*$", re.IGNORECASE
)
BREADCRUMB_RE = re.compile(r"\s+[›»>/→]\s+|\s*[›»→]\s*")
SEPARATORS_RE = re.compile(r"\s*[·|•‧∙⋅]\s*")
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
LATIN_RE = re.compile(r"[A-Za-zÀ-ɏ]")
# a person's name: two to four capitalised words ("Naveen Athrappully", "Jean-Luc O'Neil")
PERSON_NAME_RE = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’.-]+(?: [A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3}$")
BRAND_FOOTER_RE = re.compile(r"^(?P<name>[^—–|:]{2,40}?)\s+[—–|]\s+(?P<tagline>\S.{2,120})$")
NORM_CUE_RE = re.compile(r"^[\W_]+|[\W_]+$")
COUNT_RE = re.compile(r"[(\[]?\b\d+\b[)\]]?")
# zero-width characters and soft hyphens, and the bidirectional embeddings, overrides and isolates
# (U+202A-U+202E, U+2066-U+2069), which can make a title read backwards ("\u202egnp.exe")
INVISIBLE_RE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069]")
SPACES_RE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
LANG_HINT_CHARS = {
    "fr": set("éèêëàâçîïôûùœ"),
    "es": set("ñ¿¡áíóú"),
    "de": set("äöüß"),
    "pt": set("ãõçáéíóúâê"),
    "it": set("àèéìòù"),
}


FEATURE_CHARS = 480
STOP_INDEX: dict[str, tuple[str, ...]] = {}
for _lang, _words in lx.STOPWORDS.items():
    for _w in _words:
        STOP_INDEX[_w] = STOP_INDEX.get(_w, ()) + (_lang,)


ALL_STOP = frozenset(STOP_INDEX)


def strip_invisible(text: str) -> str:
    """text without zero-width and bidirectional control characters."""
    return text if text.isascii() else INVISIBLE_RE.sub("", text)


# a run of one punctuation mark (dot leaders, "!!!!!!!!") or of sentence ends: three marks are as
# much as any text needs, and patterns that look for a sentence's end are slow on long runs
PUNCTUATION_RUN_RE = re.compile(r"([^\w\s])\1{19,}|[.!?…]{20,}")


def normalise_line(line: str) -> str:
    line = " ".join(strip_invisible(line).split())
    if len(line) >= 20 and not line.isalnum():
        line = PUNCTUATION_RUN_RE.sub(lambda m: m.group()[:3], line)
    return line


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs in source order. Blank lines separate paragraphs; inside a run of lines each
    line is its own paragraph (dumps put one paragraph per line) unless the lines are a hard-wrapped
    paragraph (a line that does not end a sentence followed by one that continues it)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    out: list[str] = []
    for chunk in BLANK_LINE_RE.split(text):
        lines = [normalise_line(line) for line in chunk.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        wrapped = _looks_hard_wrapped(lines)
        cur = lines[0]
        for line in lines[1:]:
            if not BULLET_RE.match(line) and (
                (wrapped and not cur.endswith(TERMINAL[:5]))
                or (line[0].islower() and not cur.endswith(TERMINAL) and not cur.endswith(":"))
            ):
                cur = cur + " " + line
            else:
                out.append(cur)
                cur = line
        out.append(cur)
    return out


def _looks_hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 3:
        return False
    body = lines[:-1]
    lengths = [len(line) for line in body]
    if max(lengths) > 110 or min(lengths) < 40:
        return False
    return sum(1 for line in body if not line.endswith(TERMINAL)) >= 0.6 * len(body)


@dataclass(slots=True)
class Para:
    i: int
    text: str
    words: list[str]
    lower: list[str]
    n_words: int
    cue: str  # normalised whole-line key for cue lookups
    stop_ratio: float = 0.0
    lang: str = ""  # language by stop words ("" = undecided)
    lang_score: float = 0.0
    lang_scores: dict = field(default_factory=dict)
    cjk: bool = False
    terminal: bool = False
    title_like: bool = False
    sentence_like: bool = False
    content: frozenset = frozenset()
    wordset: frozenset = frozenset()
    sim: float = 0.0
    hard: str = ""  # boilerplate reason from cues
    section: str = ""  # opens a section of other content (reason)
    summary_heading: bool = False
    data: bool = False  # figures and names that carry the article's facts
    in_section: bool = False  # inside a "Related" / "FAQ" / "Comments" section: its dates are not ours
    qa: bool = False
    glued_qa: bool = False
    foreign: bool = False
    date: datetime.date | None = None
    site: str = ""
    author: str = ""
    role: str = ""
    reason: str = ""


def _features(i: int, text: str) -> Para:
    low = text.lower()
    cjk_chars = len(CJK_RE.findall(text)) if not text.isascii() else 0
    if len(low) > FEATURE_CHARS:
        # long paragraphs: word statistics from the first few hundred characters are enough
        cut = low.rfind(" ", 0, FEATURE_CHARS)
        lower = lx.WORD_RE.findall(low[: cut if cut > 0 else FEATURE_CHARS])
        n_words = max(len(lower), len(low.split())) + cjk_chars // 2
    else:
        lower = lx.WORD_RE.findall(low)
        n_words = len(lower) + cjk_chars // 2
    words = lx.WORD_RE.findall(text) if n_words <= 30 else []
    if n_words <= 12 and len(text) <= 160:
        cue = NORM_CUE_RE.sub("", low)
        cue = " ".join(cue.replace("’", "'").split())
    else:
        cue = ""
    p = Para(i=i, text=text, words=words, lower=lower, n_words=n_words, cue=cue)
    p.cjk = cjk_chars > 0 and cjk_chars >= len(LATIN_RE.findall(text))
    p.terminal = _ends_a_sentence(text)
    # stop words per language
    scores: dict[str, float] = {}
    counts: dict[str, int] = {}
    cnt = Counter(lower)
    keys = cnt.keys()
    stop_here = ALL_STOP.intersection(keys)
    for w in stop_here:
        c = cnt[w]
        weight = c * (0.3 if w in lx.AMBIGUOUS else 1.0)
        for lang in STOP_INDEX[w]:
            counts[lang] = counts.get(lang, 0) + c
            scores[lang] = scores.get(lang, 0.0) + weight
    content = {w for w in keys if len(w) > 2}
    content -= stop_here
    best_ratio = max(counts.values()) / len(lower) if counts else 0.0
    if n_words <= 30 and not text.isascii():
        lowtext = set(low)
        for lang, chars in LANG_HINT_CHARS.items():
            if not lowtext.isdisjoint(chars):
                scores[lang] = scores.get(lang, 0.0) + 0.5
    p.lang_scores = scores
    p.stop_ratio = best_ratio
    if scores:
        top = max(scores, key=scores.__getitem__)
        score = scores[top]
        second = max((v for k, v in scores.items() if k != top), default=0.0)
        if score >= 1.0 and score >= 1.5 * second:
            p.lang, p.lang_score = top, score
    p.content = content
    p.wordset = keys
    sentences = len(SENTENCE_BREAK_RE.findall(text)) if n_words <= 25 else 1
    p.sentence_like = p.n_words >= 8 and (p.stop_ratio >= 0.15 or p.cjk) and (p.terminal or p.n_words >= 20)
    if 2 <= p.n_words <= 25 and len(text) <= 220 and sentences == 0 and not text.endswith((",", ";")) and not p.cjk:
        caps = [w for w in words if len(w) > 3 and w.lower() not in ALL_STOP]
        if caps:
            ratio = sum(1 for w in caps if w[0].isupper()) / len(caps)
            p.title_like = ratio >= 0.6 and (not p.terminal or text.endswith((".", "?", "!", "»", "”", '"')))
            # in capitals the case of the words says nothing: a full stop makes the line a sentence
            p.title_like = p.title_like and not (text.endswith(".") and in_capitals(text))
    return p


def in_capitals(text: str) -> bool:
    """A line written in capitals ("NO ONE WAS HURT.", "RIVERTON APPROVES THE BUDGET"): two words or
    more, nearly every cased letter upper case."""
    cased = [ch for ch in text if ch.isupper() or ch.islower()]
    return len(text.split()) >= 2 and len(cased) >= 4 and sum(ch.isupper() for ch in cased) >= 0.9 * len(cased)


def _capitals_sentence(p: Para) -> bool:
    """A sentence written in capitals: the line ends with a sentence's full stop, after a word that is not
    an abbreviation ("NIEMAND WURDE VERLETZT.", "NO ONE WAS HURT.", not "FT LIVE HT a.e.t." nor "SPIELENDE
    LIVE HZ.")."""
    last = p.text.split()[-1].rstrip(".!?") if p.text.split() else ""
    return (
        p.text.endswith((".", "!", "?"))
        and in_capitals(p.text)
        and "." not in last
        and (p.stop_ratio >= 0.3 or len(last) > 4)
    )


# a short tag in brackets closing a headline: "(Video)", "(+ Fotos)", "[Live]"
_CLOSING_TAG_RE = re.compile(r"\s*[(\[][^()\[\]]{1,20}[)\]]$")


def _ends_a_sentence(text: str) -> bool:
    """Whether the line ends the way a sentence does; a tag in brackets closing a headline ("... con todos los
    votos escrutados (Video)") is not the end of a sentence."""
    if not text.endswith(TERMINAL):
        return False
    if text.endswith((")", "]")):
        m = _CLOSING_TAG_RE.search(text)
        if m and len(text[m.start() :].split()) <= 3 and m.start() > 0:
            return text[: m.start()].endswith(TERMINAL)
    return True


def _cut_mid_sentence(p: Para, main: str, min_ratio: float) -> bool:
    """Prose that stops without its sentence's end ("... at its next meeting, which")."""
    ends_open = p.text[-1:].isalnum() or p.text.endswith(",")
    if p.n_words < 8 and SEPARATORS_RE.search(p.text) or BRAND_FOOTER_RE.match(p.text):
        return False  # "Harbour Brief — News of the port": a footer, not a fragment
    return (
        ends_open
        and p.n_words >= 3
        # a headline has fewer stop words than a sentence, also where nouns are capitalised (German)
        and (not p.title_like or p.n_words >= 12 and p.stop_ratio >= 2 * min_ratio > 0)
        and p.stop_ratio >= min_ratio
        and (not main or p.lang in ("", main))
    )


def _sentence_case(p: Para) -> bool:
    """'Work starts next year.': capital first word, the others mostly lower case."""
    words = p.words or lx.WORD_RE.findall(p.text)
    if not words or not words[0][:1].isupper():
        return False
    rest = words[1:]
    return bool(rest) and sum(1 for w in rest if w[:1].isupper()) <= 0.3 * len(rest)


def _cue_reason(p: Para) -> str:
    """Boilerplate reason from cue phrases and patterns, or ''."""
    t = p.text
    if p.n_words <= 8 and p.cue in lx.LINE_CUES:
        return lx.LINE_CUES[p.cue]
    if p.n_words <= 8 and p.cue:
        # a widget's label with its count: "Comments (12)", "12 comments", "Share 0"
        counted = " ".join(COUNT_RE.sub(" ", p.cue).split())
        if counted != p.cue and counted in lx.LINE_CUES:
            return lx.LINE_CUES[counted]
    if p.n_words <= 30:
        m = lx.LINE_LEAD_RE.match(t)
        if m:
            return lx.phrase_reason(lx.LINE_LEADS, m.group())
    if p.n_words <= 70:
        m = lx.PAGE_NOTE_RE.search(t)
        if m:
            return lx.phrase_reason(lx.PAGE_NOTES, m.group())
    if p.n_words <= 60 and lx.BIO_RE.match(t):
        return "author bio"
    if p.n_words <= 40 and _follow_links(p):
        return "share buttons"
    if p.n_words <= 10 and outlet_with_agencies(t):
        return "byline"
    ws = p.wordset
    if p.n_words <= 25 and (
        _byline_name(t)
        or lx.NAME_BY_NAME_RE.match(t)
        or (not ws.isdisjoint(lx.READING_TIME_TRIGGERS) and lx.READING_TIME_RE.search(t))
    ):
        return "byline"
    if p.n_words <= 40 and not ws.isdisjoint(lx.AUTHOR_TRIGGERS) and lx.AUTHOR_FIELD_RE.search(t):
        return "byline"
    if p.n_words <= 80 and lx.disclaimer_gate(ws) and lx.DISCLAIMER_RE.search(t):
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
    if p.n_words <= 20 and lx.SOURCE_RE.match(t):
        return "source credit"
    if p.n_words <= 40 and lx.COPYRIGHT_RE.match(t) or p.n_words <= 20 and lx.RIGHTS_RESERVED_RE.search(t):
        return "copyright"
    if p.n_words <= 40 and lx.BROWSER_NOTICE_RE.match(t):
        return "browser notice"
    if p.n_words <= 60 and lx.AFFILIATE_NOTE_RE.search(t):
        return "disclaimer"
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
    if p.n_words <= 60 and len(t) <= 700:
        if _photo_credit(t):
            return "photo caption"
    if p.n_words <= MAX_CAPTION_WORDS and lx.BRACKETED_CREDIT_RE.search(t, max(0, len(t) - 140)):
        return "photo caption"
    if p.n_words <= 60 and _caption_tag(t):
        return "photo caption"
    if p.n_words <= 60 and len(t) <= 700:
        if p.n_words <= 80 and lx.EMBEDDED_POST_RE.search(t):
            return "embedded post"
    if p.n_words <= 10 and any(trigger in p.cue for trigger in lx.RELATIVE_TRIGGERS) and lx.RELATIVE_TIME_RE.search(t):
        return "timestamp"
    if p.n_words <= 6 and _time_of_day_stamp(t):
        return "timestamp"
    if p.n_words <= 6 and not p.terminal and re.fullmatch(r"[\W\d_]*", t):
        return "navigation"
    if (
        p.n_words <= 15
        and len(BREADCRUMB_RE.findall(t)) >= 2
        and all(len(x.split()) <= 4 for x in BREADCRUMB_RE.split(t))
    ):
        return "navigation"
    parts = [x for x in SEPARATORS_RE.split(t) if x] if p.n_words <= 30 else []
    if len(parts) >= 3 and all(len(x.split()) <= 4 for x in parts):
        if lx.NEWSLETTER_WORDS.search(t):
            return "newsletter box"
        if sum(1 for x in parts if x.lower().strip() in lx.LINE_CUES) >= 2:
            return lx.LINE_CUES.get(parts[0].lower().strip(), "share buttons")
        return "navigation"
    return ""


# a caption closed by its picture's credit runs to a few sentences at most
MAX_CAPTION_WORDS = 150


# a time of day ("10:45", "14h30", "14.32 Uhr", "10:45 a.m. ET") and what may stand with it
_TIME_OF_DAY_RE = re.compile(
    r"\b\d{1,2}(?::\d\d|h\d\d|\.\d\d(?=\s*(?i:uhr|h)\b))(?:\s*(?i:a\.?m\.?|p\.?m\.?|uhr|h)(?!\w))?"
    r"(?:\s+[A-Z]{2,4}\b)?"
)
# a live page's stamp has at most a label besides its time ("Posted at", "Aktualisiert um")
MAX_STAMP_LABEL_WORDS = 2


def _time_of_day_stamp(text: str) -> bool:
    """A line that gives a time of day and little else: a live page's stamp ("Posted at 10:45 GMT", "14.32 Uhr",
    "Mis à jour à 14h30"), not a sentence."""
    if _YEAR_GATE_RE.search(text) or not _TIME_OF_DAY_RE.search(text):
        return False  # with a date it is a dateline
    if text.endswith((".", "!", "?")) and not text.endswith(("a.m.", "p.m.")):
        return False
    rest = lx.WORD_RE.findall(_TIME_OF_DAY_RE.sub(" ", text))
    named = [w for w in rest if w.lower() not in ALL_STOP]
    return (
        len(rest) <= MAX_STAMP_LABEL_WORDS
        or len(rest) <= 2 * MAX_STAMP_LABEL_WORDS
        and len(named) <= MAX_STAMP_LABEL_WORDS
    )


# the last words of a line after a comma, a dash or in brackets: "(Archivbild)", ", photo d'illustration"
_TRAILING_TAG_RE = re.compile(r"(?:,|\s[–—-]|\()\s*(?P<tag>[^,()–—]{3,30}?)\s*\)?\s*\.?$")


def _caption_tag(text: str) -> bool:
    """A line closed by the label of a picture ("... verlässt das Gebiet der Sowjetunion. (Archivbild)",
    "Marine Le Pen, photo d'illustration", "The harbour - file photo"): the picture's caption."""
    m = _TRAILING_TAG_RE.search(text, max(0, len(text) - 40))
    if m is None or m.start() == 0:
        return False
    tag = " ".join(NORM_CUE_RE.sub("", m.group("tag").lower()).replace("’", "'").split())
    return lx.LINE_CUES.get(tag) == "photo caption"


def outlet_with_agencies(text: str) -> str:
    """The outlet of a credit for a text written with agencies ("Le Monde avec AFP" -> "Le Monde",
    "ZEIT ONLINE mit dpa und Reuters"), or ''; not a sentence ("The mayor met with agencies") nor a desk
    ("Redacción con agencias")."""
    m = lx.OUTLET_WITH_AGENCIES_RE.match(text)
    if m is None:
        return ""
    outlet = m.group("outlet").strip()
    words = outlet.split()
    if len(words) > 1 and not all(w[:1].isupper() or w[:1].isdigit() for w in words if w.lower() not in ALL_STOP):
        return ""
    if any(w.lower() in lx.BYLINE_ROLE_WORDS for w in words) or outlet.casefold() in _AGENCY_KEYS:
        return ""
    return outlet


def site_of_url(text: str) -> str:
    """The site of the first address in text ("https://www.straitswire.sg/news/..." -> "straitswire.sg")."""
    m = lx.URL_HOST_RE.search(text)
    return m.group("host").lower() if m else ""


def _follow_links(p: Para) -> bool:
    """Where to follow the site: two social networks or more, and a handle or three networks ("... está
    en LinkedIn ... en YouTube Síganos en X en @BBGenEspanol"); an article's sentence naming two networks
    has neither."""
    networks = len(lx.SOCIAL_NETWORKS & p.wordset)
    return networks >= 3 or networks == 2 and bool(lx.HANDLE_RE.search(p.text))


def _byline_name(text: str) -> bool:
    """'By Jane Doe', 'Por Ana Ruiz': a byline names someone ('De su lado, ...' does not)."""
    m = lx.BYLINE_RE.match(text)
    return bool(m) and m.group("name")[:1].isupper()


def _photo_credit(text: str) -> bool:
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


def byline_outlet(text: str, name_end: int) -> str:
    """The outlet after a byline's name ("By Mei Ling Tan, Straits Wire" -> "Straits Wire"), or ''."""
    rest = text[name_end:].lstrip(" ,;|·•–—-")
    outlet = re.split(r"\s*[|·•,;]\s*|\s+[–—-]\s+", rest, maxsplit=1)[0].strip(" .")
    words = outlet.split()
    if outlet.casefold() in _AGENCY_KEYS:
        return outlet
    if not 1 <= len(words) <= 5 or not words[0][:1].isupper() or any(ch.isdigit() for ch in outlet):
        return ""
    if any(w.lower().strip(".") in lx.BYLINE_ROLE_WORDS for w in words) or find_date(outlet):
        return ""
    return outlet


_AGENCY_KEYS = frozenset(a.casefold() for a in lx.AGENCIES)
# an agency's name as it writes it ("(EUROPA PRESS) -" -> "Europa Press")
_AGENCY_NAMES = {a.casefold(): a for a in lx.AGENCIES}
_PAGE_DATE_RE = re.compile(
    r"(?i:" + "|".join(re.escape(w) for w in sorted(lx.DATE_LABELS, key=len, reverse=True)) + r")\s*:?\s*"
    r"(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?(?![\d-])"
)


def page_date_has_day(date_field: str) -> bool:
    """Whether a page-date field names the day ("date 2024-10-09"), not the month alone ("date 2024-10")."""
    m = _PAGE_DATE_RE.match(date_field)
    return bool(m) and m.group("d") is not None


def split_page_date(paragraphs: list[str]) -> tuple[list[str], str, datetime.date | None]:
    """A page-date field opening the dump ("date 2024-10-09 LONDON: ..."): (paragraphs without it,
    the field's text, its date). A month alone ("date 2024-06") is the first of that month."""
    if not paragraphs:
        return paragraphs, "", None
    first = paragraphs[0]
    m = _PAGE_DATE_RE.match(first)
    if m is None:
        return paragraphs, "", None
    try:
        date = datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d") or 1))
    except ValueError:
        return paragraphs, "", None
    rest = first[m.end() :].strip()
    return ([rest] if rest else []) + paragraphs[1:], first[: m.end()].strip(), date


_YEAR_GATE_RE = re.compile(r"(?:19|20)\d\d")

# a page's date label and its date glued to the end of the headline ("Biden blockiert Übernahme Stand:
# 03.01.2025 15:13 Uhr", "Harbour budget approved Updated: March 3, 2026")
_DATE_TAIL_RE = re.compile(
    r"\s(?P<tail>(?i:"
    + "|".join(re.escape(w) for w in sorted(lx.DATE_LABELS, key=len, reverse=True))
    + r")\s*:?\s*(?P<stamp>[^\s:][^\n]{5,45}))$"
)
# a headline with its date label is at most this long
MAX_DATED_HEADLINE_WORDS = 40


def split_date_tail(paragraph: str) -> list[str]:
    """A headline with the page's date glued to its end: the headline and the date as two paragraphs (the
    date then reads as the article's dateline under its headline). Anything else stays whole."""
    if len(paragraph.split()) > MAX_DATED_HEADLINE_WORDS or not _YEAR_GATE_RE.search(paragraph[-60:]):
        return [paragraph]
    m = _DATE_TAIL_RE.search(paragraph)
    if m is None or len(paragraph[: m.start()].split()) < 3:
        return [paragraph]
    stamp = m.group("stamp")
    found = find_date(stamp)
    # the label's date right after it, then at most a time ("15:13 Uhr")
    if found is None or found[1] > 0 or len(lx.WORD_RE.findall(stamp[found[2] :])) > 2:
        return [paragraph]
    return [paragraph[: m.start()].rstrip(" |·-–—"), m.group("tail")]


def _dateline(p: Para, language: str) -> bool:
    """A short line with a date (and maybe a site name glued in front): metadata, not body."""
    if p.n_words > 14 or p.sentence_like and p.n_words > 10 or not _YEAR_GATE_RE.search(p.text):
        return False
    found = find_date(p.text, language=language)
    if not found:
        return False
    date, start, end = found
    if _RANGE_START_RE.search(p.text, 0, start):
        return False  # "4-5 juillet 2024": the days of an event, not the page's date
    m = PUBLISHED_RE.search(p.text)
    cut = m.start() if m and m.start() <= start else start
    site = p.text[:cut].strip(" \t|·•-—–,:;")
    rest_words = lx.WORD_RE.findall(p.text[end:])
    if not m and len(lx.WORD_RE.findall(site)) > 4:
        return False
    if not m and len(rest_words) > 4:
        return False
    p.date = date
    if site and 1 <= len(site.split()) <= 4 and not find_date(site) and not lx.BYLINE_RE.match(site):
        if site.lower().rstrip(".") not in _MONTHLESS_WORDS and _names_a_site(site):
            p.site = site
    return True


def _names_a_site(text: str) -> bool:
    """'Reforma', 'Le Monde': a name; 'Friday', 'Diese Nachricht wurde am': a weekday or words of a sentence."""
    words = [w.lower() for w in lx.WORD_RE.findall(text)]
    return (
        bool(words)
        and not _CLOCK_RE.search(text)
        and " ".join(words) not in lx.DATE_LABELS
        and not any(w in lx.WEEKDAYS for w in words)
        and sum(w in ALL_STOP for w in words) <= 1
        and words[-1] not in ALL_STOP
    )


_RANGE_START_RE = re.compile(r"\b\d{1,2}\.?\s*[-–]\s*$")
_CLOCK_RE = re.compile(r"\b\d{1,2}[:.h]\d\d\b")
_MONTHLESS_WORDS = {"on", "am", "le", "el", "il", "op", "date", "fecha", "datum", "posted", "published"}


def _topic(paras: list[Para], title_words: set[str]) -> None:
    core = [p for p in paras if p.sentence_like and p.n_words >= 15 and not p.hard and not p.glued_qa]
    df: dict[str, int] = {}
    for p in core:
        for w in p.content:
            df[w] = df.get(w, 0) + 1
    need = 2 if len(core) >= 6 else 1
    core_ids = {id(p) for p in core}
    for p in paras:
        if not p.content:
            p.sim = 0.0
            continue
        own = 1 if id(p) in core_ids else 0
        hits = sum(1 for w in p.content if df.get(w, 0) - own >= need or w in title_words)
        p.sim = hits / len(p.content)


def _title_key(text: str) -> set[str]:
    return {w.lower() for w in lx.WORD_RE.findall(text) if len(w) > 1} | set(DIGITS_RE.findall(text))


def _overlap(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _dup_key(text: str) -> str:
    if len(text) > 200:  # long paragraphs: cheap key, exact repeats are what matters
        return " ".join(text.casefold().split())
    return NON_WORD_RE.sub("", unicodedata.normalize("NFKC", text).casefold())


@dataclass
class Classified:
    blocks: list[Block]
    title: str = ""
    dek: str = ""
    publisher: str = ""
    author: str = ""
    published: datetime.date | None = None
    main_language: str = ""


@dataclass
class Page:
    """What the stages of classify learn about the page, each stage from the ones before it."""

    paras: list[Para]
    title_hint: str = ""
    main: str = ""  # main language ("" when unknown or without a stop-word list)
    cjk_doc: bool = False
    min_ratio: float = 0.2  # stop-word density of prose
    first_prose: int = 0
    title_idx: int = -1
    title_words: set[str] = field(default_factory=set)
    vocab: set[str] = field(default_factory=set)  # words of the article's prose and headline
    median: float = 0.0  # topic similarity of the typical prose paragraph
    thr: float = 0.0  # topic similarity a strong paragraph needs
    first: int = 0  # first and last strong paragraph: the article's span
    last: int = -1
    dek_idx: int = -1

    @property
    def n(self) -> int:
        return len(self.paras)

    def strong(self, p: Para) -> bool:
        """Article prose: long, sentence-like, on topic, not boilerplate."""
        return (
            p.sentence_like
            and p.n_words >= 15
            and not p.hard
            and not p.foreign
            and not p.glued_qa
            and p.sim >= self.thr
            and p.role != "title"
        )

    def in_main_language(self, p: Para) -> bool:
        return not self.main or p.lang in ("", self.main)


def classify(paragraphs: list[str], *, title_hint: str = "") -> Classified:
    """Role (title, dek, body, removed and why) of every paragraph, and the page's metadata."""
    page = Page(paras=_paragraph_features(paragraphs), title_hint=title_hint)
    if not page.n:
        return Classified(blocks=[])
    for stage in STAGES:
        stage(page)
        budget.check()
    return _result(page)


def _paragraph_features(paragraphs: list[str]) -> list[Para]:
    paras = []
    for i, t in enumerate(paragraphs):
        if i % 1024 == 0:
            budget.check()
        paras.append(_features(i, t))
    return paras


def _main_language(page: Page) -> None:
    """Main language by stop words, weighted by the length of prose paragraphs."""
    paras = page.paras
    weights: dict[str, float] = {}
    for p in paras:
        if p.lang and p.n_words >= 8:
            weights[p.lang] = weights.get(p.lang, 0.0) + p.n_words
    page.main = max(weights, key=weights.get) if weights else ""
    page.cjk_doc = sum(p.n_words for p in paras if p.cjk) > 0.5 * sum(p.n_words for p in paras)
    # a language without a stop-word list (Polish, Russian...): stop-word density says nothing,
    # so prose is recognised by length and sentence punctuation alone
    long_ratios = sorted(p.stop_ratio for p in paras if p.n_words >= 15)
    stopless = bool(long_ratios) and long_ratios[len(long_ratios) // 2] < 0.1
    if stopless:
        page.main = ""
        for p in paras:
            p.sentence_like = p.n_words >= 8 and (p.terminal or p.n_words >= 20)
            p.lang, p.foreign = "", False
    page.min_ratio = 0.0 if stopless else 0.2


def _mark_cues(page: Page) -> None:
    """Boilerplate known by its words and shape: widgets, section headings, datelines, bylines."""
    for p in page.paras:
        p.hard = _cue_reason(p)
        if p.cue in lx.SECTION_CUES and p.n_words <= 7:
            p.section = lx.SECTION_CUES[p.cue]
            p.hard = p.hard or p.section
        elif (
            p.n_words <= 25
            and (INLINE_RELATED_RE.match(p.text) or lx.BRACKETED_RELATED_RE.match(p.text))
            or p.n_words <= 80
            and lx.LINK_BOX_RE.match(p.text)
        ):
            p.hard = "related reading"
        if p.cue in lx.SUMMARY_CUES and p.n_words <= 5:
            p.summary_heading = True
            p.hard = "summary heading"
        if p.hard in ("", "navigation") and _dateline(p, page.main):
            p.hard = "dateline"
        if not p.hard and p.n_words <= 40 and _outlet_note(p):
            p.hard = "source credit"
        if not p.hard and p.n_words <= 8 and len(p.text.split()) >= 3 and _status_labels(p):
            p.hard = "navigation"
        if not p.hard and p.cjk and not page.cjk_doc:
            p.hard = "language switch"
        if p.hard == "byline":
            _read_byline(p, page.main)
    _mark_bare_bylines(page)
    _mark_captions_above_credits(page)
    _mark_names_under_the_lead(page)


# a picture's caption above its credit is at most a few short lines
MAX_CAPTION_LINES = 3


def _mark_captions_above_credits(page: Page) -> None:
    """The short lines right above a picture's credit standing alone ("Marine Le Pen, photo d'illustration" /
    "Photo : Global Panorama, CC BY-SA 2.0"): the picture's caption, not a heading of the article."""
    for p in page.paras:
        if not _bare_picture_credit(p):
            continue
        for q in reversed(page.paras[max(0, p.i - MAX_CAPTION_LINES) : p.i]):
            if q.hard == "photo caption":
                continue  # a line of the caption known by its own words
            if q.hard or q.sentence_like or q.n_words > 12 or _data_names(q) is not None:
                break
            q.hard = "photo caption"


def _bare_picture_credit(p: Para) -> bool:
    """A line that only credits a picture ("Photo : Jane Doe/AFP", "Umit Bektas/Reuters"), not a text's
    source ("Source: Ministry of Health") nor a caption with its credit."""
    return (
        p.hard in ("photo caption", "source credit")
        and p.n_words <= 8
        and not p.sentence_like
        and not lx.TEXT_SOURCE_RE.match(p.text)
        and _photo_credit(p.text)
    )


def _mark_bare_bylines(page: Page) -> None:
    """A writer's name alone on its line ("Naveen Athrappully") next to the article's date or its
    'Updated:' label: the byline without its 'By'."""
    paras = page.paras
    first_prose = next((p.i for p in paras if p.sentence_like and p.n_words >= 15 and not p.hard), page.n)
    headline_seen = False
    for p in paras[:first_prose]:
        # "Emmanuel Addeh in Abuja" under the headline: a byline with the writer's place (the page's first
        # line is its headline: "Storm Kills Dozens in Spain")
        m = lx.NAME_IN_PLACE_RE.match(p.text) if headline_seen and not p.hard and p.n_words <= 6 else None
        if m:
            p.hard, p.author = "byline", m.group("name")
        outlet = _name_and_outlet(p) if headline_seen and not p.hard else None
        if outlet is not None:
            p.hard, p.author, p.site = "byline", lx.NAME_AND_OUTLET_RE.match(p.text).group("name"), outlet
        headline_seen = headline_seen or not p.hard and p.n_words >= 2
    # the page's first line above its date is the site's masthead, not a writer (see _publisher_from_masthead)
    top = next((p.i for p in paras if not p.hard), -1)
    for p in paras:
        if p.hard or p.i == top or not 2 <= p.n_words <= 4 or not PERSON_NAME_RE.match(p.text):
            continue
        if any(w.lower() in ALL_STOP for w in p.words):
            continue
        for k in (p.i - 1, p.i + 1):
            if 0 <= k < page.n and (
                paras[k].hard in ("dateline", "timestamp")
                or paras[k].n_words <= 8
                and PUBLISHED_RE.match(paras[k].text)
            ):
                p.hard, p.author = "byline", p.text.strip()
                break


# the writer's name stands under the headline or the lead: among the page's first few paragraphs
MAX_BYLINE_POSITION = 3


def _mark_names_under_the_lead(page: Page) -> None:
    """A person's name alone on a line among the article's first paragraphs ("Ángel Zamarriego" under the
    lead) that the article's prose never uses: the writer's byline, not someone the article is about."""
    paras = page.paras
    prose = [p for p in paras if p.sentence_like and p.n_words >= 15 and not p.hard]
    if not prose:
        return
    vocab = {w for p in prose for w in p.lower}
    seen = 0
    for p in paras:
        if p.hard:
            continue
        seen += 1
        if seen > MAX_BYLINE_POSITION + 1:
            break
        # the page's first line is its masthead or headline; a name ends with no full stop ("NADIE RESULTÓ HERIDO.")
        if (
            seen > 1
            and not p.text.endswith((".", "!", "?"))
            and 2 <= p.n_words <= 4
            and PERSON_NAME_RE.match(p.text)
            and not any(w.lower() in ALL_STOP for w in p.words)
            and not any(w.lower() in vocab for w in p.words)
            and p.i > prose[0].i - MAX_BYLINE_POSITION
        ):
            p.hard, p.author = "byline", p.text.strip()


def _name_and_outlet(p: Para) -> str | None:
    """A writer's name and their outlet or place under the headline ("Jane Doe, Reuters", "Jean Dupont -
    Le Courrier du Port", "Ana Ruiz | Riberalta"): the outlet ('' for a place of one word), None when the
    line is something else. Both sides are names: capitalised words, no figures."""
    if p.n_words > 7 or any(ch.isdigit() for ch in p.text):
        return None
    m = lx.NAME_AND_OUTLET_RE.match(p.text)
    if m is None or any(w.lower() in ALL_STOP for w in m.group("name").split()):
        return None
    outlet = m.group("outlet").strip(" .")
    if outlet.casefold() in _AGENCY_KEYS:
        return outlet
    names = [w for w in outlet.split() if w.lower() not in ALL_STOP]
    if not names or not all(w[:1].isupper() for w in names):
        return None
    return outlet if len(outlet.split()) >= 2 else ""


def _read_byline(p: Para, language: str) -> None:
    """Author, outlet and date of a byline."""
    m = lx.BYLINE_RE.match(p.text) or lx.NAME_BY_NAME_RE.match(p.text) or lx.AUTHOR_FIELD_RE.search(p.text)
    if m:
        p.author = m.group("name").strip(" .·-")
        if m.re is lx.BYLINE_RE:
            p.site = byline_outlet(p.text, m.end("name"))
    if p.date is None and _YEAR_GATE_RE.search(p.text):
        found = find_date(p.text, language=language)
        if found:
            p.date = found[0]


def _mark_generated_qa(page: Page) -> None:
    """Generated Q&A: a question line followed by an answer line."""
    paras = page.paras
    for k in range(page.n - 1):
        q, a = paras[k], paras[k + 1]
        mq, ma = lx.QUESTION_RE.match(q.text), lx.ANSWER_RE.match(a.text)
        if mq and ma and q.text.rstrip().endswith(("?", "？")):
            q.qa = a.qa = True
            if lx.GLUED_QA_RE.match(q.text) and lx.GLUED_QA_RE.match(a.text):
                q.glued_qa = a.glued_qa = True


def _mark_language_switches(page: Page) -> None:
    """Paragraphs in another language than the page's, and the short lines around them in it."""
    main, paras, n = page.main, page.paras, page.n
    if not main:
        return
    for p in paras:
        s_main = p.lang_scores.get(main, 0.0)
        if p.lang and p.lang != main and p.lang_score >= 2 and p.lang_score >= 2 * s_main:
            p.foreign = True
    # short lines next to a foreign paragraph, in the same language, with no main-language words;
    # passes alternate in direction, so a run spreading either way is taken in one pass (one
    # direction only would take a pass per line of a run that spreads against it: quadratic)
    changed, backwards = True, False
    while changed:
        changed = False
        for k in range(n - 1, -1, -1) if backwards else range(n):
            p = paras[k]
            if p.foreign or p.hard and p.hard != "newsletter box":
                continue
            for nb in (k - 1, k + 1):
                if 0 <= nb < n and paras[nb].foreign:
                    other = paras[nb].lang
                    if p.lang_scores.get(other, 0) >= 0.5 and p.lang_scores.get(main, 0) < 1 and p.lang != main:
                        p.foreign = True
                        p.lang = other
                        changed = True
                        break
        backwards = not backwards


def _find_title(page: Page) -> None:
    """The first title-like line before the first prose paragraph (the page's own title first)."""
    paras = page.paras
    page.first_prose = next(
        (p.i for p in paras if p.sentence_like and p.n_words >= 15 and not p.hard and not p.foreign), page.n
    )
    hint_key = _title_key(page.title_hint) if page.title_hint else set()
    vocab = set()
    for p in paras:
        if p.sentence_like and p.n_words >= 15 and not p.hard and not p.foreign:
            vocab |= p.content
    for p in paras[: page.first_prose]:
        if not p.hard and _masthead_above_date(page, p, vocab):
            p.hard = "masthead"
    candidates = []
    for p in paras[: page.first_prose]:
        if p.hard or p.foreign or p.n_words < 2:
            continue
        if hint_key and _overlap(_title_key(p.text), hint_key) >= 0.8:
            candidates = [p]
            break
        if (
            _section_label(p)
            or _list_item(page, p)
            or p.text.endswith((":", "："))
            or _status_labels(p)
            or (p.n_words <= 3 and _data_names(p) is not None)
        ):
            # a label, an item of a list, a line introducing what follows ("News Summary:"), a widget's labels,
            # a few names with figures ("Olympiastadion Berlin, Zuschauer 65.600")
            continue
        if (
            p.title_like
            or (p.n_words <= 20 and not p.text.endswith((".", ",", ";", ":")) and not p.sentence_like)
            or _headline_question(p)
        ):
            candidates.append(p)
    if len(candidates) > 1:
        # a headline shares words with its article; a section label ("Tech News") does not
        on_topic = [c for c in candidates if c.content and len(c.content & vocab) >= 0.34 * len(c.content)]
        candidates = on_topic or candidates
        # a picture's caption or a teaser above the headline is a sentence with its full stop
        candidates = [c for c in candidates if not (c.sentence_like and c.text.endswith("."))] or candidates
    if not candidates:
        candidates = _headline_as_sentence(page)
    if candidates:
        page.title_idx = candidates[0].i
        title = paras[page.title_idx]
        title.role = "title"
        page.title_words = set(title.content)


def _masthead_above_date(page: Page, p: Para, vocab: set[str]) -> bool:
    """A short line of names right above the page's date that shares no word with the article's prose
    (vocab): the site's masthead ("Flussheimer Bote" / "3. März 2026"), not a headline."""
    after = page.paras[p.i + 1] if p.i + 1 < page.n else None
    return (
        after is not None
        and after.hard == "dateline"
        and p.n_words <= 4
        and bool(p.content)
        and not p.content & vocab
        and _masthead_like(p)
    )


def _section_label(p: Para) -> bool:
    """'Dans : Ligue des Champions.', 'In: Politics': a label of the page's section, its words before
    the colon only stop words ('dans', 'in', 'en')."""
    m = SECTION_LABEL_RE.match(p.text)
    return bool(m) and all(w in ALL_STOP for w in lx.WORD_RE.findall(m.group("label").lower()))


def _status_labels(p: Para) -> bool:
    """A short line of a widget's labels in capitals and abbreviations ('SPIELENDE n.V. LIVE Verl. HZ',
    'FT LIVE HT'), not a headline."""
    tokens = p.text.split()
    if len(tokens) > 8 or _capitals_sentence(p):
        return False
    labels = sum(1 for t in tokens if (t.isupper() and len(t) >= 2) or ABBREVIATION_RE.match(t))
    # labels are short ("FT", "LIVE", "n.V."); a headline in capitals has words of every length
    short = sum(1 for t in tokens if len(t.strip(".:,")) <= 4 or ABBREVIATION_RE.match(t))
    return labels >= 0.6 * len(tokens) and short >= 0.5 * len(tokens)


def _list_item(page: Page, p: Para) -> bool:
    """A bullet line: an item of a list (scorers, key points), not a headline. (A page that opens with a
    headline written as a bullet point is _headline_as_sentence's.)"""
    return bool(BULLET_RE.match(p.text))


def _headline_question(p: Para) -> bool:
    """'La BCE baisse ses taux : quelles conséquences pour l'économie ?': a headline asking a question,
    one short sentence."""
    return 3 <= p.n_words <= 20 and p.text.endswith("?") and not SENTENCE_BREAK_RE.search(p.text)


def _headline_as_sentence(page: Page) -> list[Para]:
    """A headline written as a sentence ("SpaceX catches its booster for the first time!", "- Mars buys
    Pringles."): the page's first line, one short sentence, when no other line looks like a title.
    A plain first sentence ending with a full stop is the article's lead, not a headline."""
    for p in page.paras[: page.first_prose]:
        if p.hard or p.foreign:
            continue
        bulleted = bool(BULLET_RE.match(p.text))
        if (
            2 <= p.n_words <= 25
            and not SENTENCE_BREAK_RE.search(p.text)
            and (bulleted or not p.text.endswith((".", ",", ";", ":")))
        ):
            return [p]
        return []
    return []


def _mark_repetition(page: Page) -> None:
    """A paragraph printed twice, and the headline repeated under the title."""
    seen: dict[str, int] = {}
    title_idx = page.title_idx
    title_key = _title_key(page.paras[title_idx].text) if title_idx >= 0 else set()
    for p in page.paras:
        key = _dup_key(p.text)
        if not key:
            continue
        if key in seen and p.role != "title":
            p.hard = p.hard or ("repeated headline" if p.title_like or p.n_words <= 25 else "duplicate paragraph")
        else:
            seen[key] = p.i
        if title_idx >= 0 and p.i != title_idx and p.i < page.first_prose + 1 and p.title_like and not p.hard:
            if _overlap(_title_key(p.text), title_key) >= 0.6:
                p.hard = "repeated headline"


def _measure_topic(page: Page) -> None:
    """Each paragraph's share of the article's vocabulary, and the share prose needs."""
    _topic(page.paras, page.title_words)
    core_sims = sorted(
        p.sim for p in page.paras if p.sentence_like and p.n_words >= 15 and not p.hard and not p.foreign
    )
    page.median = core_sims[len(core_sims) // 2] if core_sims else 0.0
    page.thr = min(0.2, 0.5 * page.median)
    page.vocab = set(page.title_words)
    for p in page.paras:
        if p.sentence_like and p.n_words >= 15 and not p.hard and not p.foreign:
            page.vocab.update(w for w in lx.WORD_RE.findall(p.text.lower()) if len(w) > 2)


def _mark_sections(page: Page) -> None:
    """Sections opened by a heading ("Related", "FAQ", "Comments"): they run to the end of the page
    when the heading comes after most of the article, otherwise to the next strong paragraph."""
    paras, n, strong, median = page.paras, page.n, page.strong, page.median
    total_strong = sum(len(p.text) for p in paras if strong(p)) or 1
    before = 0
    in_section = ""
    to_end = False
    for p in paras:
        if p.section:
            in_section = p.section
            to_end = before >= 0.6 * total_strong
            continue
        if in_section:
            nxt = paras[p.i + 1] if p.i + 1 < n else None
            resumes = (
                strong(p)
                and not p.qa
                and p.sim >= 0.8 * median
                and nxt is not None
                and strong(nxt)
                and not nxt.qa
                and nxt.sim >= 0.8 * median
            )
            if (not to_end and strong(p) and not p.qa) or resumes:
                in_section = ""
            else:
                p.hard = p.hard or in_section
                p.in_section = True
                continue
        if strong(p):
            before += len(p.text)


def _find_article_span(page: Page) -> None:
    """The article runs from its first to its last strong paragraph."""
    paras = page.paras
    strong_idx = [p.i for p in paras if page.strong(p)]
    if not strong_idx:
        # nothing looks like article prose (very short text, unknown language): keep the longest
        # non-boilerplate paragraphs
        cands = [p for p in paras if not p.hard and not p.foreign and p.role != "title"]
        if cands:
            longest = max(p.n_words for p in cands)
            strong_idx = [p.i for p in cands if p.n_words >= max(1, longest // 3)]
    page.first = strong_idx[0] if strong_idx else page.n
    page.last = strong_idx[-1] if strong_idx else -1
    if strong_idx:
        page.last = _last_of_interrupted_article(page)


def _keep_sentences_inside_the_article(page: Page) -> None:
    """A sentence between the article's paragraphs that only looks like a dateline or a writer's biography
    is the article's: a date without a date label ("Le 31 mai 2025 marque un tournant historique."), the job
    of someone the article is about ("Linda Okafor is a former reporter at the Riverton Post ..." where the
    article names Linda Okafor)."""
    for p in page.paras[page.first + 1 : page.last]:
        sentence = p.terminal and p.n_words >= 4 and p.stop_ratio >= page.min_ratio
        if not sentence:
            continue
        if (
            p.hard == "dateline"
            and not PUBLISHED_RE.search(p.text)
            or p.hard == "author bio"
            and _names_the_articles_person(page, p)
        ):
            p.hard, p.date, p.site, p.author = "", None, "", ""


def _names_the_articles_person(page: Page, p: Para) -> bool:
    """Whether the name opening p is one the article's prose uses."""
    m = PERSON_NAME_RE.match(" ".join(p.text.split()[:2]).rstrip(","))
    return bool(m) and all(w.lower() in page.vocab for w in lx.WORD_RE.findall(m.group()))


def _last_of_interrupted_article(page: Page) -> int:
    """The article's last paragraph when a promotion or subheadings interrupt it: long prose in the
    page's language after the last strong paragraph, sharing some words with the article, with nothing
    in between that ends an article (a section heading, a comment box, a byline, a copyright line)."""
    last = page.last
    for p in page.paras[page.last + 1 :]:
        if p.section or p.qa or p.foreign or (p.hard and p.hard not in _INTERRUPTIONS):
            break
        if (
            p.sentence_like
            and p.n_words >= 15
            and not p.hard
            and p.lang == page.main
            and p.stop_ratio >= page.min_ratio
            and p.sim >= page.thr / 2
        ):
            last = p.i
    return last


# what interrupts an article without ending it: a picture's caption and credit, a link to another
# article, an advertisement's label, a post embedded from a social network
_INTERRUPTIONS = ("photo caption", "source credit", "related reading", "embedded post", "navigation")


def _find_dek(page: Page) -> None:
    """The dek: the paragraph after a summary box's heading, or one sentence right after the title
    followed by header material (byline, date...)."""
    paras, n = page.paras, page.n
    dek_idx = -1
    for p in paras:
        if p.summary_heading and p.i + 1 < n and p.i < (page.first + page.last) / 2 + 1:
            nxt = paras[p.i + 1]
            if not nxt.hard and not nxt.foreign and nxt.n_words >= 6:
                dek_idx = nxt.i
                break
    if dek_idx < 0 and page.title_idx >= 0:
        k = page.title_idx + 1
        while k < n and paras[k].hard and paras[k].hard in ("repeated headline",):
            k += 1
        if k < n - 1:
            c = paras[k]
            if (
                not c.hard
                and not c.foreign
                and 6 <= c.n_words <= 60
                and c.terminal
                and not c.qa
                and len(SENTENCE_BREAK_RE.findall(c.text)) == 0
                and c.stop_ratio >= page.min_ratio / 2
                and paras[k + 1].hard
                and paras[k + 1].hard not in ("repeated headline",)
            ):
                dek_idx = k
    if dek_idx >= 0:
        paras[dek_idx].role = "dek"
        paras[dek_idx].hard = ""
    page.dek_idx = dek_idx


def _assign_roles(page: Page) -> None:
    """Body inside the article's span; around it, prose that continues it; the rest pending."""
    paras, first, last, min_ratio = page.paras, page.first, page.last, page.min_ratio
    tail_broken = False  # after the body, kept paragraphs must follow it without boilerplate between
    for p in paras:
        if p.role:
            continue
        if p.i > last and (p.hard or p.foreign or p.glued_qa or p.qa):
            tail_broken = True
        if p.hard:
            p.role, p.reason = "removed", p.hard
        elif p.foreign:
            p.role, p.reason = "removed", "language switch"
        elif p.glued_qa:
            p.role, p.reason = "removed", "generated Q&A"
        elif first <= p.i <= last:
            p.role = "body"
        elif p.i < first:
            # prose before the first strong paragraph is the article's lead, unless it is above the
            # headline (a picture's caption, a teaser)
            if (
                p.i > page.title_idx
                and p.sentence_like
                and p.terminal
                and page.in_main_language(p)
                and p.stop_ratio >= min_ratio
            ):
                p.role = "body"
            else:
                p.role = "pending-head"
        elif p.qa:
            p.role, p.reason = "removed", "generated Q&A"
        elif not tail_broken and _continues_article(page, p):
            p.role = "body"
        else:
            p.role = "pending-tail"


def _data_line(page: Page, p: Para) -> bool:
    """A line that gives the article's facts in figures and names rather than sentences (see
    _mark_data_lines)."""
    return p.data and not p.hard


def _mark_data_lines(page: Page) -> None:
    """Lines that give the article's facts in figures and names rather than sentences: a match's goals
    ("Buts : Carvajal (74e), Vinicius Jr (83e)"), a result ("CDU/CSU 28.5% +4.4 AfD 20.8%"), a venue and
    its attendance, a scoreboard of such lines. Mostly figures and capitalised names, and a run of them
    names something the article's prose names; a menu or a list of links has no figures, or names
    nothing of the article."""
    run: list[Para] = []
    on_topic = False
    for p in page.paras + [None]:
        names = _data_names(p) if p is not None else None
        if names is not None:
            run.append(p)
            on_topic = on_topic or any(w.lower() in page.vocab for w in names)
            continue
        for q in run:
            q.data = on_topic
        run, on_topic = [], False


def _data_names(p: Para) -> list[str] | None:
    """The names of a line made of figures and names, None when the line is something else."""
    if p.hard or p.foreign or p.sentence_like or len(p.text) > MAX_DATA_LINE_CHARS:
        return None
    figures, names = _figures_and_names(p.text)
    return names if figures and names and _dense(p.text, figures, names) else None


def _figures_and_names(text: str) -> tuple[int, list[str]]:
    """How many figures a line holds, and its names: capitalised words and initials ("N Williams")."""
    text = BULLET_RE.sub("", text)
    words = lx.WORD_RE.findall(text)
    return len(DIGITS_RE.findall(text)), [
        w for w in words if w[:1].isupper() and (len(w) == 1 or w.lower() not in ALL_STOP)
    ]


def _dense(text: str, figures: int, names: list[str]) -> bool:
    return figures + len(names) >= DATA_DENSITY * len(BULLET_RE.sub("", text).split())


def split_credit_tail(paragraph: str) -> list[str]:
    """A table of figures with its credits at the end ("CDU/CSU 28.5% +4.4 AfD 20.8% ... Quelle:
    Bundeswahlleiterin | Grafik: watson"): the figures and the credits as two paragraphs, so the credits
    go and the figures stay. A caption with a credit stays one paragraph (it goes whole)."""
    if len(paragraph) > MAX_DATA_LINE_CHARS + 200:
        return [paragraph]
    tail_at = max(0, len(paragraph) - 200)
    m = lx.CREDIT_TAIL_RE.search(paragraph, tail_at)
    if m is None or m.start("credit") == 0:
        return [paragraph]
    head = paragraph[: m.start("credit")].rstrip(" |·-–—")
    figures, names = _figures_and_names(head)
    if figures < MIN_TABLE_FIGURES or not names or not _dense(head, figures, names):
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
_LAST_SENTENCE_RE = re.compile(r"[.!?…][\"”»’)]?\s+(?=[^.!?…]{3,120}[.!?…]?\s*$)")
MAX_GLUED_NOTICE_WORDS = 12


def split_glued_notice(paragraph: str) -> list[str]:
    """A paragraph whose last sentence is page furniture ("... des britischen Mehrheitswahlrechts. Mehr
    Informationen in Kürze."): the article's sentences and the notice as two paragraphs."""
    breaks = list(_LAST_SENTENCE_RE.finditer(paragraph, max(0, len(paragraph) - 130)))
    if not breaks:
        return [paragraph]
    m = breaks[-1]
    notice = paragraph[m.end() :]
    if len(notice.split()) > MAX_GLUED_NOTICE_WORDS:
        return [paragraph]
    lead = lx.LINE_LEAD_RE.match(notice)
    if lead is None or lx.phrase_reason(lx.LINE_LEADS, lead.group()) not in GLUED_NOTICE_REASONS:
        return [paragraph]
    return [paragraph[: m.start() + 1].rstrip(), notice]


# a table of figures has a few rows: fewer figures are a caption's date or place
MIN_TABLE_FIGURES = 4


# a line of figures and names is at most a few lines of a results table
MAX_DATA_LINE_CHARS = 600
# share of a data line's tokens that are figures or names
DATA_DENSITY = 0.5


def _continues_article(page: Page, p: Para) -> bool:
    """A paragraph after the last strong one that still belongs to the article."""
    if p.sentence_like and p.n_words >= 8 and p.sim >= max(page.thr, 0.15) and page.in_main_language(p):
        return True
    follows = _follows_body(page, p)
    if not follows:
        return False
    item = _introduced_list_item(page, p) or _next_list_item(page, p)
    if item and (p.terminal or _data_line(page, p)) and not p.foreign:
        return True  # an item of a list the article introduces, a sentence or figures (not a headline)
    if follows == "heading":
        # after a section heading: only a paragraph too long for a headline list
        return p.i == page.n - 1 and p.n_words >= 12 and _cut_mid_sentence(p, page.main, page.min_ratio)
    if _data_line(page, p):
        return True
    if (
        # a headline has fewer stop words than a sentence, also where nouns are capitalised (German)
        (not p.title_like or p.stop_ratio >= 2 * page.min_ratio > 0)
        and 3 <= p.n_words
        and p.terminal
        and (p.stop_ratio >= page.min_ratio or _sentence_case(p) or _capitals_sentence(p))
        and not p.text.endswith(("...", "…"))
        and page.in_main_language(p)
    ):
        return True  # a short closing sentence right after the last paragraph ("The council meets again in April.")
    # the dump ends inside the article's last paragraph: it belongs to the article
    return p.i == page.n - 1 and (_cut_mid_sentence(p, page.main, page.min_ratio) or _cut_in_a_word(page, p))


def _cut_in_a_word(page: Page, p: Para) -> bool:
    """The article's last paragraph cut inside a word: a few words of the article's vocabulary ending in
    a small letter, not a headline ("Kellanova's boar"), or a sentence stopping after a word's first
    letters ("Retter suchen in Letur nach Vermissten i")."""
    if 2 <= p.n_words <= 7 and p.text[-1:].islower() and not p.title_like and p.sim >= 0.5:
        return True
    # a longer paragraph stopping on the first letters of a word ("... nach Vermissten i"): a fragment no
    # language has as a word, after words of a sentence in the page's language
    fragment = p.text.rsplit(" ", 1)[-1] if " " in p.text else ""
    return (
        p.n_words >= 6
        and 1 <= len(fragment) <= 2
        and fragment.isalpha()
        and fragment.islower()
        and fragment not in lx.STOPWORDS.get(page.main or p.lang, ALL_STOP)
        and p.stop_ratio >= 0.15
    )


def _introduced_list_item(page: Page, p: Para) -> bool:
    """The first item of a list its line ends by introducing ("The impact:" / "• Airlines: ...", "Teams
    with most titles:" / "Spain - 4")."""
    before = page.paras[p.i - 1]
    return (
        (bool(BULLET_RE.match(p.text)) or _data_line(page, p))
        and before.text.endswith((":", "："))
        and not before.hard
        and p.i >= 2
        and page.paras[p.i - 2].role == "body"
    )


def _next_list_item(page: Page, p: Para) -> bool:
    """An item of a list whose previous item is the article's: "• Finance: Banks and trading systems
    affected." after "• Airlines: ..."."""
    before = page.paras[p.i - 1]
    return before.role == "body" and (
        bool(BULLET_RE.match(p.text)) and bool(BULLET_RE.match(before.text)) or before.data and p.data
    )


def _follows_body(page: Page, p: Para) -> str:
    """'body' when the paragraph before p is body, 'heading' when it is a section heading right after
    body ("Upgrades that led to the success" above the article's last paragraph), else ''."""
    before = page.paras[p.i - 1]
    if before.role == "body":
        return "body"
    heading = (
        before.role == "pending-tail"
        and 2 <= before.n_words <= 12
        and not before.hard
        and (before.title_like or not before.terminal or before.text.endswith("?"))
    )
    return "heading" if heading and before.i >= 1 and page.paras[before.i - 1].role == "body" else ""


def _first_after_title(page: Page) -> int:
    """Index of the first paragraph after the headline that is not page furniture (-1: no headline)."""
    if page.title_idx < 0:
        return -1
    return next((q.i for q in page.paras[page.title_idx + 1 :] if not q.hard), -1)


def _standfirst(page: Page, p: Para, first_after_title: int) -> bool:
    """A line under the headline that sums the article up without a full stop ("La Banque centrale
    européenne abaisse ses taux directeurs d'un quart de point"): words of the page's language, the
    first line after the headline that is not page furniture, and the article follows it."""
    if p.i != first_after_title or p.role != "pending-head":
        return False
    after = next((q for q in page.paras[p.i + 1 :] if not q.hard), None)
    return (
        after is not None
        and after.role in ("body", "dek")
        and 3 <= p.n_words <= 30
        and not p.terminal
        and bool(page.main)
        and p.lang == page.main
        and p.stop_ratio >= page.min_ratio
        and p.sim > 0  # it sums the article up in its words ("Spread the word" under a headline does not)
    )


def _resolve_pending(page: Page) -> None:
    """Headings are kept only when body follows them; the rest of header and footer is removed."""
    first, last = page.first, page.last
    next_body = False
    standfirst_idx = _first_after_title(page)
    for p in reversed(page.paras):
        if p.role in ("pending-head", "pending-tail"):
            heading = (p.title_like or (p.n_words <= 12 and not p.terminal)) and p.n_words >= 2
            standfirst = _standfirst(page, p, standfirst_idx) or _data_line(page, p)
            heading = heading or standfirst
            if heading and next_body and (standfirst or p.sim > 0 or p.role == "pending-tail" and p.n_words <= 6):
                p.role = "body"
            else:
                p.role = "removed"
                if p.text.rstrip().endswith(("...", "…")) and p.n_words <= 8:
                    p.reason = "ticker"
                elif p.i > last and p.n_words >= 4 and p.title_like:
                    p.reason = "related reading"
                elif p.i > last and p.n_words >= 4:
                    p.reason = "footer"
                elif p.i < first and p.title_like and p.n_words >= 4:
                    p.reason = "headline"
                else:
                    p.reason = "navigation"
        if p.role in ("body", "dek"):
            next_body = True
        elif p.role == "title":
            next_body = False  # lines above the title are page header, not section headings
        elif p.role == "removed" and p.reason in lx.SECTION_CUES.values() and p.section:
            next_body = False


_BOX_REASONS = ("language switch", "newsletter box", "navigation")


def _name_newsletter_boxes(page: Page) -> None:
    """A removed run in another language that mentions subscribing is a newsletter box."""
    paras, n = page.paras, page.n
    k = 0
    while k < n:
        if paras[k].role == "removed" and paras[k].reason in _BOX_REASONS:
            j = k
            while j < n and paras[j].role == "removed" and paras[j].reason in _BOX_REASONS:
                j += 1
            run = paras[k:j]
            if any(p.reason == "language switch" for p in run) and any(lx.NEWSLETTER_WORDS.search(p.text) for p in run):
                for p in run:
                    if p.reason == "language switch":
                        p.reason = "newsletter box"
            k = j
        else:
            k += 1


STAGES = (
    _main_language,
    _mark_cues,
    _mark_generated_qa,
    _mark_language_switches,
    _find_title,
    _mark_repetition,
    _measure_topic,
    _mark_data_lines,
    _mark_sections,
    _find_article_span,
    _keep_sentences_inside_the_article,
    _find_dek,
    _assign_roles,
    _resolve_pending,
    _name_newsletter_boxes,
)


def _result(page: Page) -> Classified:
    """The blocks, title and dek, and the metadata read from the removed header and footer."""
    paras = page.paras
    result = Classified(
        blocks=[Block(text=p.text, role=p.role, reason=p.reason if p.role == "removed" else "") for p in paras]
    )
    result.main_language = page.main
    title_site = ""
    if page.title_idx >= 0:
        headline = _without_breadcrumb(BULLET_RE.sub("", paras[page.title_idx].text).rstrip(" ."))
        prose = {w for p in paras if p.role == "body" for w in lx.WORD_RE.findall(p.text.lower())}
        result.title, title_site = _split_site_suffix(headline, prose)
    result.dek = paras[page.dek_idx].text if page.dek_idx >= 0 else ""
    # the article's date sits under its headline; a date above it is the page header's (often today's)
    under_headline = [p for p in paras[page.title_idx + 1 :] if p.date] if page.title_idx >= 0 else []
    for p in under_headline + [p for p in paras if p.date]:
        if p.role == "removed" and not p.in_section and p.reason in ("dateline", "byline"):
            result.published = p.date
            break
    result.published = result.published or _lead_dateline_date(page)
    for p in paras:
        if p.role != "removed" or p.in_section:
            continue
        if not result.publisher and p.site and p.reason == "dateline":
            result.publisher = p.site
        if not result.author and p.author:
            result.author = p.author
    if not result.publisher:
        result.publisher = (
            _publisher_from_source_address(page)
            or _publisher_from_footer(paras, page.last)
            or _publisher_from_byline(paras)
            or _publisher_from_outlet_note(paras)
            or _publisher_from_own_credit(paras)
            or title_site
            or _publisher_from_agency_credit(paras)
            or _publisher_from_logo(page)
            or _publisher_from_masthead(page)
            or _publisher_from_bio(page)
            or _publisher_from_wire_dateline(paras)
            or _publisher_from_disclosure(paras)
            or _publisher_from_page_address(page)
        )
    return result


_CRUMB_RE = re.compile(r"\s*[›»>]\s*")
_TITLE_PARTS_RE = re.compile(r"\s+(\||[–—-])\s+")


def _without_breadcrumb(headline: str) -> str:
    """'Accueil » Tech » Google franchit un cap avec Willow' -> 'Google franchit un cap avec Willow': the
    page's path glued before its headline, opened by a menu's word."""
    crumbs = list(_CRUMB_RE.finditer(headline))
    if not crumbs or NORM_CUE_RE.sub("", headline[: crumbs[0].start()].lower()) not in lx.LINE_CUES:
        return headline
    start = 0
    for m in crumbs:
        if len(headline[start : m.start()].split()) > 3:
            break
        start = m.end()
    return headline[start:] if len(headline[start:].split()) >= 3 else headline


def _split_site_suffix(headline: str, vocab: set[str]) -> tuple[str, str]:
    """('Budget approved', 'Riverton Post') from 'Budget approved | Riverton Post' or 'Budget approved -
    Riverton Post': a page's title carries the site's name after a bar or a dash. After a dash it must
    be a name the article never uses ('Biden blocks the deal - Nippon Steel' keeps its end)."""
    seps = list(_TITLE_PARTS_RE.finditer(headline))
    if not seps:
        return headline, ""
    site, sep, head = headline[seps[-1].end() :].strip(), seps[-1].group(1), headline[: seps[-1].start()].strip()
    words = site.split()
    if not 1 <= len(words) <= 4 or len(head.split()) < max(3, 2 * len(words)) or any(ch.isdigit() for ch in site):
        return headline, ""
    names = [w for w in lx.WORD_RE.findall(site) if w.lower() not in ALL_STOP]
    if not names or not all(w[:1].isupper() for w in names):
        return headline, ""
    if sep != "|" and any(w.lower() in vocab for w in names):
        return headline, ""
    # a section between headline and site ("... | Football News | Al Jazeera") goes with the site
    inner = list(_TITLE_PARTS_RE.finditer(head))
    if inner and inner[-1].group(1) == "|" and len(head[inner[-1].end() :].split()) <= 3:
        head = head[: inner[-1].start()].strip()
    return head, _as_written(site)


_LEAD_PLACE_RE = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w .'’-]{0,40},\s*$")
_AFTER_LEAD_DATE_RE = re.compile(r"\s*[:–—-]\s")


def _lead_dateline_date(page: Page) -> datetime.date | None:
    """The date of a dateline opening the article's first paragraph: "Madrid, October 30, 2024: At least
    51 people ...", "BERLIN, 23. Februar 2025 – ...": a place, the date, then a colon or a dash."""
    lead = next((p for p in page.paras if p.role == "body"), None)
    if lead is None or not _YEAR_GATE_RE.search(lead.text[:80]):
        return None
    found = find_date(lead.text[:80], language=page.main)
    if found is None:
        return None
    date, start, end = found
    before, after = lead.text[:start], lead.text[end:]
    if (not before.strip() or _LEAD_PLACE_RE.match(before)) and _AFTER_LEAD_DATE_RE.match(after):
        return date
    return None


def copyright_holder(line: str) -> str:
    """The name a copyright line gives: "Copyright © 2026, El Correo del Puerto", "© Flussheimer Bote 2026 –
    Alle Rechte vorbehalten", "Tous droits réservés © Le Courrier du Port 2026" -> the outlet's name."""
    text = lx.RIGHTS_RESERVED_RE.sub(" | ", line)
    text = lx.COPYRIGHT_MARKS_RE.sub(" | ", text)
    for part in re.split(r"\s*(?:\||[.·,;:]\s|\s[–—-]\s)\s*", text):
        part = part.strip(" .,;:|·–—-[]()")
        words = part.split()
        if 1 <= len(words) <= 6 and any(w[:1].isupper() for w in words) and lx.WORD_RE.search(part):
            return part
    return ""


def _publisher_from_footer(paras: list[Para], last: int) -> str:
    for p in paras:
        if p.role != "removed" or p.n_words > 20:
            continue
        if p.reason == "copyright":
            name = copyright_holder(p.text)
            if name:
                return name
    for p in paras[last + 1 :]:
        if p.role != "removed" or p.n_words > 16:
            continue
        m = BRAND_FOOTER_RE.match(p.text)
        if m:
            name = m.group("name").strip()
            words = name.split()
            if 1 <= len(words) <= 4 and words[0][:1].isupper() and not find_date(name):
                return name
    return ""


def _publisher_from_byline(paras: list[Para]) -> str:
    """The outlet named in a byline ("By X, Straits Wire"), or a desk ("Pulse AI Editorial")."""
    for p in paras:
        if p.author and p.site and p.reason == "byline":
            return p.site
    for p in paras:
        if p.author and lx.DESK_SUFFIX_RE.search(p.author):
            return lx.DESK_SUFFIX_RE.sub("", p.author).strip()
    return ""


def _outlet_note(p: Para) -> bool:
    """A note on where the article appeared: "Cet article a paru dans Le Courrier du Port." """
    return bool(lx.ARTICLE_NOTE_RE.search(p.text) and lx.OUTLET_NOTE_RE.search(p.text))


def _publisher_from_outlet_note(paras: list[Para]) -> str:
    """The outlet a note on the article names: "This article first appeared in The Harbour Post", "Diese
    Nachricht wurde am 14.08.2024 im Programm Deutschlandfunk gesendet", "Cet article a paru dans Le Courrier"."""
    for p in paras:
        if p.role != "removed" or p.n_words > 40 or p.in_section:
            continue
        m = lx.OUTLET_NOTE_RE.search(p.text)
        if m is None or not lx.ARTICLE_NOTE_RE.search(p.text):
            continue
        outlet = m.group("outlet").strip(" .")
        words = [w.lower() for w in lx.WORD_RE.findall(outlet)]
        if words and not any(w in MONTHS or w in lx.WEEKDAYS for w in words) and not find_date(outlet):
            return outlet
    return ""


def _publisher_from_own_credit(paras: list[Para]) -> str:
    """The outlet credited for a chart or picture it made: "Quelle: Bundeswahlleiterin | Grafik: watson",
    "... Bundestag de 2025 (© Bundestag allemand)"; not an agency, not several names."""
    for p in paras:
        if p.role != "removed" or p.reason not in ("photo caption", "source credit") or p.n_words > 60:
            continue
        m = lx.OWN_CREDIT_RE.search(p.text)
        if m is None:
            continue
        name = (m.group("c") or m.group("g")).strip(" .")
        if (
            1 <= len(name.split()) <= 4
            and not any(ch.isdigit() or ch in "/,;&" for ch in name)
            and not lx.AGENCIES_ONLY_RE.match(name)
        ):
            return name
    return ""


def _publisher_from_masthead(page: Page) -> str:
    """The site's name printed above the article: a short line of capitalised words right above the
    page's date ("THE ASAHI SHIMBUN" / "January 3, 2024 at 18:57 JST"), or printed twice in its header
    among the menus ("Diplomatic Watch") and never in the article's prose."""
    paras = page.paras
    header = []
    for p in paras:
        if p.role in ("body", "dek"):
            break
        header.append(p)
    seen = Counter(p.text for p in header)
    for k, p in enumerate(header):
        if not _masthead_like(p):
            continue
        after = next((q for q in header[k + 1 :] if q.text != p.text), None)
        dated = after is not None and (after.hard == "dateline" or after.date is not None)
        # a name printed twice that the article's prose uses is its subject (a team on a scoreboard), not the site
        if dated or (seen[p.text] >= 2 and p.n_words >= 2 and not p.content & page.vocab):
            return _as_written(p.text)
    return ""


_MASTHEAD_REASONS = ("", "masthead", "navigation", "repeated headline", "headline")


def _masthead_like(p: Para) -> bool:
    """A line that can be a site's name: one to five capitalised words, no figures, no sentence."""
    text = p.text
    if p.role == "title" or p.reason not in _MASTHEAD_REASONS or not 1 <= p.n_words <= 5:
        return False
    if any(ch.isdigit() for ch in text) or text.endswith((".", "!", "?", ":", ",")) or BULLET_RE.match(text):
        return False
    words = lx.WORD_RE.findall(text)
    if p.n_words == 1 and len(text) < 4 or p.cue in lx.LINE_CUES or p.cue in lx.SECTION_CUES:
        return False
    lower = [w.lower() for w in words]
    significant = [w for w in words if w.lower() not in ALL_STOP]
    return (
        bool(significant)
        and all(w[:1].isupper() for w in significant)
        and len(significant) >= len(words) / 2
        and lower[-1] not in ALL_STOP
        and not any(w in lx.WEEKDAYS or w in MONTHS for w in lower)
        and " ".join(lower) not in lx.DATE_LABELS
    )


def _as_written(name: str) -> str:
    """A name printed in capitals (or in small letters) as people write it: "THE ASAHI SHIMBUN" -> "The
    Asahi Shimbun", "le courrier du port" -> "Le Courrier du Port"; a short acronym stays ("BBC NEWS" ->
    "BBC News")."""
    if name.islower() and len(name.split()) > 1:
        name = name.upper()
    if not name.isupper() or all(len(w) <= 4 for w in name.split()):
        return name
    words = []
    for k, w in enumerate(name.split()):
        if w.lower() in ALL_STOP:
            words.append(w.capitalize() if k == 0 else w.lower())
        else:
            words.append(w if len(w) <= 3 else w.capitalize())
    return " ".join(words)


def _publisher_from_agency_credit(paras: list[Para]) -> str:
    """The outlet that wrote the text with agencies: "Le Monde avec AFP" under the headline."""
    for p in paras:
        if p.role == "removed" and p.reason == "byline" and not p.in_section:
            outlet = outlet_with_agencies(p.text)
            if outlet:
                return outlet
    return ""


def _publisher_from_source_address(page: Page) -> str:
    """The site a "Source:" line outside the article gives as an address ("News Source: www.aljazeera.com"): the
    page reprints that site's article. A source named by its name ("Source: AFP") is the text's source only."""
    for p in page.paras[: page.first] + page.paras[page.last + 1 :]:
        # the label may carry a word before it ("News Source:", "Fuente original:")
        line = p.text if lx.SOURCE_RE.match(p.text) else p.text.split(" ", 1)[-1]
        m = lx.SOURCE_RE.match(line)
        if m is None or p.in_section or p.n_words > 8:
            continue
        value = line[m.end() - 1 :].strip()
        if lx.TEXT_SOURCE_RE.match(m.group(1)) and lx.SITE_LINE_RE.match(value):
            return site_of_url(value if "://" in value or value.lower().startswith("www") else "//" + value)
    return ""


def _publisher_from_logo(page: Page) -> str:
    """The site whose logo's text stands on a line of the page's header ("Dailymaverick logo")."""
    for p in page.paras[: page.first]:
        m = lx.LOGO_RE.match(p.text) if p.n_words <= 5 else None
        if m:
            name = (m.group("a") or m.group("b")).strip(" -|:")
            if name and not any(ch.isdigit() for ch in name) and name[:1].isupper():
                return name
    return ""


def _publisher_from_bio(page: Page) -> str:
    """The outlet the writer's biography after the article names ("Jane Doe is a senior reporter at the
    Riverton Post", "Tanes Desulma, rédacteur en chef d'Alternance-Media")."""
    for p in page.paras[page.last + 1 :]:
        if p.role != "removed" or p.in_section or p.n_words > 80:
            continue
        m = lx.BIO_OUTLET_RE.match(p.text)
        if m:
            outlet = m.group("outlet").strip(" .,")
            if not find_date(outlet) and outlet.lower() not in ALL_STOP:
                return outlet
    return ""


def _publisher_from_page_address(page: Page) -> str:
    """The site whose address or domain stands alone on a line above or below the article
    ("https://www.example.com/news/...", "tagesschau.de"). A "Source:" line names the text's source, not
    its publisher, and an address inside a sentence is a link."""
    outside = page.paras[: page.first] + page.paras[page.last + 1 :]
    for p in outside:
        text = p.text.strip()
        if p.role != "title" and not p.in_section and lx.SITE_LINE_RE.match(text):
            return site_of_url(text if "://" in text or text.lower().startswith("www") else "//" + text)
    return ""


def _publisher_from_wire_dateline(paras: list[Para]) -> str:
    """The agency of a wire dateline opening the article: "(Reuters) - ...", "Aug. 14 (UPI) -- ..."."""
    for p in paras:
        if p.role == "body":
            m = lx.WIRE_DATELINE_RE.match(p.text)
            return _AGENCY_NAMES.get(m.group("org").strip().casefold(), m.group("org").strip()) if m else ""
    return ""


def _publisher_from_disclosure(paras: list[Para]) -> str:
    """The site an affiliate disclosure names ("Readers help support Windows Report. We may get ...")."""
    for p in paras:
        if p.role == "removed" and p.n_words <= 60:
            m = lx.AFFILIATE_SITE_RE.search(p.text)
            if m:
                return (m.group("a") or m.group("b")).strip()
    return ""
