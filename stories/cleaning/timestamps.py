"""Dates and times on a page: the page's date field, a date glued to the headline, datelines, a live page's time stamps, the lead's dateline."""

from __future__ import annotations

import datetime
import re

from . import lexicon as lx
from .dates import find_date
from .features import Para
from .page import Page
from .text import ALL_STOP, PUBLISHED_RE, YEAR_GATE_RE

# a time of day ("10:45", "14h30", "14.32 Uhr", "10:45 a.m. ET") and what may stand with it
_TIME_OF_DAY_RE = re.compile(
    r"\b\d{1,2}(?::\d\d|h\d\d|\.\d\d(?=\s*(?i:uhr|h)\b))(?:\s*(?i:a\.?m\.?|p\.?m\.?|uhr|h)(?!\w))?"
    r"(?:\s+[A-Z]{2,4}\b)?"
)

# a live page's stamp has at most a label besides its time ("Posted at", "Aktualisiert um")
MAX_STAMP_LABEL_WORDS = 2


def time_of_day_stamp(text: str) -> bool:
    """A line that gives a time of day and little else: a live page's stamp ("Posted at 10:45 GMT", "14.32 Uhr",
    "Mis à jour à 14h30"), not a sentence."""
    if YEAR_GATE_RE.search(text) or not _TIME_OF_DAY_RE.search(text):
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


_PAGE_DATE_RE = re.compile(
    r"(?i:" + "|".join(re.escape(w) for w in sorted(lx.DATE_LABELS, key=len, reverse=True)) + r")\s*:?\s*"
    r"(?P<y>(?:19|20)\d\d)(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?(?![\d-])"
)


def page_date_has_day(date_field: str) -> bool:
    """Whether a page-date field names the day ("date 2024-10-09"), not the month alone ("date 2024-10")."""
    m = _PAGE_DATE_RE.match(date_field)
    return bool(m) and m.group("d") is not None


def split_page_date(paragraphs: list[str]) -> tuple[list[str], str, datetime.date | None]:
    """A page-date field opening the dump ("date 2024-10-09 LONDON: ..."): (paragraphs without it,
    the field's text, its date). A month alone ("date 2024-06") is the first of that month; a year alone
    ("date 2025") gives no date (the page's own text may tell it), but the field goes all the same."""
    if not paragraphs:
        return paragraphs, "", None
    first = paragraphs[0]
    m = _PAGE_DATE_RE.match(first)
    if m is None:
        return paragraphs, "", None
    try:
        date = datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d") or 1)) if m.group("m") else None
    except ValueError:
        return paragraphs, "", None
    rest = first[m.end() :].strip()
    if not m.group("m") and rest[:1].islower():
        return paragraphs, "", None  # "date 2025 was a good year ...": a sentence, not the field
    return ([rest] if rest else []) + paragraphs[1:], first[: m.end()].strip(), date


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
    if len(paragraph.split()) > MAX_DATED_HEADLINE_WORDS or not YEAR_GATE_RE.search(paragraph[-60:]):
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


def is_dateline(p: Para, language: str) -> bool:
    """A short line with a date (and maybe a site name glued in front): metadata, not body."""
    if p.n_words > 14 or p.sentence_like and p.n_words > 10 or not YEAR_GATE_RE.search(p.text):
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
    # the site may be named after the date and its time instead ("2025-07-02 17:40:00| Fast Company")
    site_after = "" if site or m else _site_after_date(p.text[end:])
    rest_words = lx.WORD_RE.findall(p.text[end:])
    if not m and len(lx.WORD_RE.findall(site)) > 4:
        return False
    if not m and len(rest_words) - len(site_after.split()) > 4:
        return False
    p.date = date
    # words closed by a colon right before the date label it ("Renouveler: 27/07/2024", "Publish date : ...")
    labelled = re.search(r"[:：]\s*$", p.text[:cut]) is not None
    site = site or site_after
    # an edition's code in capitals after the site's name ("Africanews FR • November 28, 2025")
    site = EDITION_CODE_RE.sub("", site)
    # a label and its value before the date ("Actualidad Por: Redacción") name no site: a name holds no colon
    named = ":" not in site and not find_date(site) and not lx.BYLINE_RE.match(site)
    if site and not labelled and 1 <= len(site.split()) <= 4 and named:
        if site.lower().rstrip(".") not in _MONTHLESS_WORDS and _names_a_site(site):
            p.site = site
    return True


# what may stand between a date and a mark: its time of day ("17:40:00", ", 10:15 Uhr", "à 17h40", "- 10:15")
_DATE_TIME_REST_RE = re.compile(
    r"^[\s,–—-]*(?:(?:à|a las|um|at)\s+)?(?:\d{1,2}[:.h]\d\d(?::\d\d)?\s*(?:uhr|h|[ap]\.?m\.?)?)?[\s,–—-]*$", re.I
)

# the two capitals of an edition after a name ("FR", "EN"): not a name's word, nor a weekday ("Fr", "Di")
EDITION_CODE_RE = re.compile(r"(?<=\w)\s+[A-Z]{2}$")


def _site_after_date(rest: str) -> str:
    """The site named after the date and its time behind a mark: "2025-07-02 17:40:00| Fast Company" -> "Fast
    Company"; '' when other words stand between ("March 12, 2026 | Updated 10:15 | ...")."""
    before, mark, site = re.split(r"([|·•])", rest)[-3:] if re.search(r"[|·•]", rest) else ("", "", "")
    return site.strip() if mark and _DATE_TIME_REST_RE.match(before) and before.count("|") == 0 else ""


def _names_a_site(text: str) -> bool:
    """'Reforma', 'Le Monde': a name; 'Friday', 'Diese Nachricht wurde am': a weekday or words of a sentence;
    'ACCUEIL', 'News (2 / 1)': a menu's word or a counter."""
    words = [w.lower() for w in lx.WORD_RE.findall(text)]
    return (
        bool(words)
        and not any(ch.isdigit() for ch in text)
        and " ".join(words) not in lx.LINE_CUES
        and not _CLOCK_RE.search(text)
        and " ".join(words) not in lx.DATE_LABELS
        and not any(w in lx.WEEKDAYS for w in words)
        and sum(w in ALL_STOP for w in words) <= 1
        and words[-1] not in ALL_STOP
    )


_RANGE_START_RE = re.compile(r"\b\d{1,2}\.?\s*[-–]\s*$")

_CLOCK_RE = re.compile(r"\b\d{1,2}[:.h]\d\d\b")

_MONTHLESS_WORDS = {"on", "am", "le", "el", "il", "op", "date", "fecha", "datum", "posted", "published"}

_LEAD_PLACE_RE = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w .'’-]{0,40},\s*$")

_AFTER_LEAD_DATE_RE = re.compile(r"\s*[:–—-]\s")


def lead_dateline_date(page: Page) -> datetime.date | None:
    """The date of a dateline opening the article's first paragraph: "Madrid, October 30, 2024: At least
    51 people ...", "BERLIN, 23. Februar 2025 – ...": a place, the date, then a colon or a dash."""
    lead = next((p for p in page.paras if p.role == "body"), None)
    if lead is None or not YEAR_GATE_RE.search(lead.text[:80]):
        return None
    found = find_date(lead.text[:80], language=page.main)
    if found is None:
        return None
    date, start, end = found
    before, after = lead.text[:start], lead.text[end:]
    if (not before.strip() or _LEAD_PLACE_RE.match(before)) and _AFTER_LEAD_DATE_RE.match(after):
        return date
    return None


def read_published(page: Page) -> datetime.date | None:
    """The article's date: a dateline's or byline's under the headline, else any removed one, else the lead's."""
    paras = page.paras
    # the article's date sits under its headline; a date above it is the page header's (often today's)
    under_headline = [p for p in paras[page.title_idx + 1 :] if p.date] if page.title_idx >= 0 else []
    for p in under_headline + [p for p in paras if p.date]:
        if p.role == "removed" and not p.in_section and p.reason in ("dateline", "byline"):
            return p.date
    return lead_dateline_date(page)
