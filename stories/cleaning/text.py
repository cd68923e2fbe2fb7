"""Text shapes every stage reads: normalising lines, splitting paragraphs, common patterns and word sets."""

from __future__ import annotations

import re

from . import lexicon as lx
from .dates import find_date

TERMINAL = tuple(".!?…\"”»’')。！？")

BULLET_RE = re.compile(r"^(?:[•·▪◦●○■□➤►‣⁃*\-–—]|\d{1,2}[.)])\s+")

# an abbreviation: "n.V.", "Verl.", "U.S." (letters with a full stop inside or after them, not a word ending a
# sentence: only inside a short line of labels is that told apart)
ABBREVIATION_RE = re.compile(r"^(?:[^\W\d_]{1,4}\.)+(?:[^\W\d_]{1,2})?$")

# a label and a colon opening a short line ("Dans : Ligue des Champions.", "In: Politics")
SECTION_LABEL_RE = re.compile(r"^(?P<label>[^\W\d_]+(?: [^\W\d_]+)?)\s*:\s*\S")

# a sentence's end: its mark, a closing quote or bracket, the space after it
SENTENCE_END = r"[.!?…][\"”»’)]?\s+"
SENTENCE_END_RE = re.compile(SENTENCE_END)
SENTENCE_BREAK_RE = re.compile(SENTENCE_END + r"[\"“„«]?[A-ZÀ-ÖØ-Þ]")

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

# capitalised words glued without spaces at a line's start, and the capitalised word of what follows glued to them
_GLUED_PATH_RE = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+){2,4}?(?=[A-ZÀ-ÖØ-Þ][\w'’-]*\s)")

_CAPITALISED_WORD_RE = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+")


def glued_path(text: str) -> list[str]:
    """The steps of the page's path glued without its marks and spaces to what follows it on a line
    ("HomePeopleTornado Destruction Leaves ..." -> ["Home", "People"], "InicioDestacadoTribunal condenó ..." ->
    ["Inicio", "Destacado"]): two capitalised words or more, the first a menu's word; none for anything else (a
    site's name glued into one word, "NewsFinale", ends its line or a word; "YouTube Shorts" has no menu's word)."""
    m = _GLUED_PATH_RE.match(text)
    steps = _CAPITALISED_WORD_RE.findall(m.group()) if m else []
    return steps if steps and lx.LINE_CUES.get(steps[0].lower()) == "navigation" else []


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
        for k, line in enumerate(lines[1:], 1):
            if not BULLET_RE.match(line) and (
                (wrapped and not cur.endswith(TERMINAL[:5]))
                or (
                    line[0].islower()
                    and not cur.endswith(TERMINAL)
                    and not cur.endswith(":")
                    and not stamp_line(line)
                    and not _name_alone(line, lines[k + 1] if k + 1 < len(lines) else "")
                )
            ):
                cur = cur + " " + line
            else:
                out.append(cur)
                cur = line
        out.append(cur)
    return out


def _name_alone(line: str, after: str) -> bool:
    """One word in small letters on a line of its own, no sentence's end, over a line opening a new sentence: a name
    written in small letters ("n-tv", "watson" under a headline), not the last word of a wrapped line above."""
    return " " not in line and not line.endswith(TERMINAL) and after[:1].isupper()


# a clock time: "22:17", "10h59", "5:57 p.m."
CLOCK_RE = re.compile(r"(?<!\d)\d{1,2}[:h]\d\d(?!\d)")

# a line of a source's name, a date and a time is at most this long
MAX_STAMP_LINE_WORDS = 12


def stamp_line(line: str) -> bool:
    """A short line giving a date and a time, maybe after who sent or provided the text ("dpa 07.08.2024 - 22:17
    Uhr", "information fournie par France 24 08/12/2024 à 10:59"): the page's stamp under its headline, not the
    end of the line above it, though it opens in small letters."""
    found = find_date(line) if len(line.split()) <= MAX_STAMP_LINE_WORDS else None
    return found is not None and CLOCK_RE.search(line, found[2]) is not None


def _looks_hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 3:
        return False
    body = lines[:-1]
    lengths = [len(line) for line in body]
    if max(lengths) > 110 or min(lengths) < 40:
        return False
    return sum(1 for line in body if not line.endswith(TERMINAL)) >= 0.6 * len(body)


def in_capitals(text: str) -> bool:
    """A line written in capitals ("NO ONE WAS HURT.", "RIVERTON APPROVES THE BUDGET"): two words or
    more, nearly every cased letter upper case."""
    cased = [ch for ch in text if ch.isupper() or ch.islower()]
    return len(text.split()) >= 2 and len(cased) >= 4 and sum(ch.isupper() for ch in cased) >= 0.9 * len(cased)


# a short tag in brackets closing a headline: "(Video)", "(+ Fotos)", "[Live]"
_CLOSING_TAG_RE = re.compile(r"\s*[(\[][^()\[\]]{1,20}[)\]]$")


def ends_a_sentence(text: str) -> bool:
    """Whether the line ends the way a sentence does; a tag in brackets closing a headline ("... con todos los
    votos escrutados (Video)") is not the end of a sentence."""
    if not text.endswith(TERMINAL):
        return False
    if text.endswith((")", "]")):
        m = _CLOSING_TAG_RE.search(text)
        if m and len(text[m.start() :].split()) <= 3 and m.start() > 0:
            return text[: m.start()].endswith(TERMINAL)
    return True


AGENCY_KEYS = frozenset(a.casefold() for a in lx.AGENCIES)

# an agency's name as it writes it ("(EUROPA PRESS) -" -> "Europa Press")
AGENCY_NAMES = {a.casefold(): a for a in lx.AGENCIES}

YEAR_GATE_RE = re.compile(r"(?:19|20)\d\d")
