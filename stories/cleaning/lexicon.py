"""The cleaner's word lists and patterns: the per-language tables of languages/ merged for lookup,
and the patterns built on them (bylines, datelines, disclaimers, credits...).

These are rules about the languages and about how web pages are built, not about any article.
"""

from __future__ import annotations

import re
from importlib import import_module

from .languages import LANGUAGES, table

_MODULES = {code: import_module(f"{__package__}.languages.{code}") for code in LANGUAGES}


def _phrases(text: str) -> list[str]:
    return [line.strip() for line in text.strip().split("\n") if line.strip()]


def _merged(name: str) -> dict[str, str]:
    """{phrase: reason} over every language's {reason: phrases} table."""
    merged: dict[str, str] = {}
    for module in _MODULES.values():
        for reason, phrases in table(module, name).items():
            for phrase in _phrases(phrases):
                merged.setdefault(phrase, reason)
    return merged


def _words(name: str) -> dict[str, frozenset[str]]:
    """{language: its words} of a table of white-space separated words."""
    return {
        code: frozenset(table(module, name).split()) for code, module in _MODULES.items() if table(module, name).strip()
    }


def _all_phrases(name: str) -> frozenset[str]:
    return frozenset(p for module in _MODULES.values() for p in _phrases(table(module, name)))


def _all_words(name: str) -> frozenset[str]:
    return frozenset(w for ws in _words(name).values() for w in ws)


def _lines(name: str) -> list[str]:
    """A table's lines over every language, languages in LANGUAGES order, each line once."""
    return list(dict.fromkeys(p for module in _MODULES.values() for p in _phrases(table(module, name))))


def _patterns(name: str) -> str:
    """An alternation of a ..._PATTERNS table's regular expressions over every language."""
    return "|".join(_lines(name))


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _in_order(name: str) -> str:
    """An alternation of a word table's words, languages in LANGUAGES order and each in its table's order
    (a shorter word before a longer one it begins only where the table puts it so)."""
    words = (w for module in _MODULES.values() for w in table(module, name).split())
    return "|".join(re.escape(w) for w in dict.fromkeys(words))


STOPWORDS: dict[str, frozenset[str]] = _words("STOPWORDS")

# words that occur in several languages and say nothing about which one it is
AMBIGUOUS = frozenset(_MODULES["common"].AMBIGUOUS.split())

WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)

# Navigation, widgets, promotion. Matched against a whole (short) line, lower-cased,
# punctuation/emoji trimmed. Values: removal reason.
LINE_CUES: dict[str, str] = _merged("LINE_CUES")
# Headings that open a section of other content that runs to the next article-like paragraph
# (usually to the end of the page). Values: removal reason for the heading and the section.
SECTION_CUES: dict[str, str] = _merged("SECTION_CUES")
# Headings of a summary box whose next paragraph is the dek.
SUMMARY_CUES = _all_phrases("SUMMARY_CUES")
# Openers of a one-line link to another article ("Read more: ...", "Lee también ...")
RELATED_LEADS = _all_phrases("RELATED_LEADS")
# a headline naming its page live, in its page's language: "Resultados de las elecciones, en vivo", "LIVE UPDATES:
# Cleanup continues ..." ("direct" is a live page's word in French only)
LIVE_PAGE_RES: dict[str, re.Pattern] = {
    code: re.compile(r"(?<![\w-])(?:" + _alternation(_phrases(phrases)) + r")(?![\w-])", re.IGNORECASE)
    for code, module in _MODULES.items()
    if (phrases := table(module, "LIVE_PAGE_WORDS"))
}
# an explainer's headline closed by its tail, in its page's language: "... killed at least 26. Here's what to know."
EXPLAINER_TAIL_RES: dict[str, re.Pattern] = {
    code: re.compile(r"(?<![\w-])(?:" + _alternation(_phrases(phrases)) + r")[\s.!?…]*$", re.IGNORECASE)
    for code, module in _MODULES.items()
    if (phrases := table(module, "EXPLAINER_TAILS"))
}
# Words that label a picture or its credit ("Photo: AFP", "Foto: dpa", "Crédit photo", "Fuente:")
PHOTO_WORDS = _all_phrases("PHOTO_WORDS") | _all_words("PHOTO_WORDS")
# Words of a byline that name the writer's role, not the outlet ("By Jane Doe, Staff Writer")
BYLINE_ROLE_WORDS = _all_words("BYLINE_ROLES")
# Labels of a page-date field at the top of a dump ("date 2024-10-09", "Fecha: 09/10/2024")
DATE_LABELS = _all_phrases("DATE_LABELS")
# Words before the outlet's name in a note on where the article appeared ("This article first appeared
# in The Harbour Post", "Diese Nachricht wurde im Programm Deutschlandfunk gesendet")
OUTLET_LEADS = _all_phrases("OUTLET_LEADS")
OWN_REPORT_LEADS = _all_phrases("OWN_REPORT_LEADS")
WEEKDAYS = _all_words("WEEKDAYS")
AD_LABELS = _all_words("AD_LABELS")
LOGO_PLACES = _all_words("LOGO_PLACES")

# Openings of a short line that is page furniture ("Follow us on ...", "Déjà abonné ? Connectez-vous"),
# and words anywhere in a short paragraph that make it a note about the page (a cookie notice, a
# paywall's prompt, a reprint ban). Values: removal reason.
LINE_LEADS: dict[str, str] = _merged("LINE_LEADS")
PAGE_NOTES: dict[str, str] = _merged("PAGE_NOTES")


def _phrase_re(phrases, *, anchored: bool) -> re.Pattern:
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    # leading marks and emoji are skipped, quotation marks are not: a quote is someone's words
    lead = r"^[^\w\"“”„«»‘’'‹›]*"
    return re.compile((lead if anchored else r"(?<!\w)") + "(?:" + alternation + r")(?!\w)", re.IGNORECASE)


LINE_LEAD_RE = _phrase_re(LINE_LEADS, anchored=True)
PAGE_NOTE_RE = _phrase_re(PAGE_NOTES, anchored=False)


def phrase_reason(table: dict[str, str], matched: str) -> str:
    """The reason a phrase table gives for the phrase a pattern matched (leading marks trimmed)."""
    return table.get(" ".join(re.sub(r"^[\W_]+", "", matched).lower().replace("’", "'").split()), "")


# The names of social networks (the share buttons' cues of `common`), for a line that lists where to
# follow the site ("Bloomberg en español está en LinkedIn ... Síganos en X en @BBGenEspanol")
SOCIAL_NETWORKS = frozenset(p for p in _phrases(_MODULES["common"].LINE_CUES["share buttons"]) if len(p) > 1)
HANDLE_RE = re.compile(r"(?<![\w.])@\w{2,30}\b")

# Widgets that start with these words
WIDGET_RE = re.compile("^(" + _patterns("WIDGET_PATTERNS") + ")", re.IGNORECASE)

# Promotion lines with some words around the cue
PROMO_RE = re.compile(
    f"^(?:(?P<newsletter>{_patterns('NEWSLETTER_PROMO_PATTERNS')})|(?P<share>{_patterns('FOLLOW_PATTERNS')})|"
    f"(?P<nav>{_patterns('NAV_PATTERNS')}))",
    re.IGNORECASE,
)

# Phrases inside a line that mark it as a disclaimer / AI-assistance note.
DISCLAIMER_RE = re.compile(_patterns("AI_NOTE_PATTERNS") + "|" + _patterns("ADVICE_PATTERNS"), re.IGNORECASE)

# An AI-assistance note is about the page itself; a sentence about AI-generated images in an
# article about AI is not a disclaimer. Longer paragraphs must refer to the page.
SELF_REFERENCE_RE = re.compile(_patterns("SELF_REFERENCE_PATTERNS"), re.IGNORECASE)
# A note about the article itself ("This article first appeared in ...", "Diese Nachricht wurde ... gesendet")
ARTICLE_NOTE_RE = re.compile(
    r"\b(?:" + _in_order("THIS_WORDS") + ") (?:" + _in_order("TEXT_NOUNS") + r")\b", re.IGNORECASE
)
# The outlet named in such a note: capitalised words after the lead and an article (OUTLET_ARTICLES), joined
# by the small words of a name (NAME_JOINERS: "Corriere della Sera", "Folha de S.Paulo")
_OUTLET_NAME = (
    r"(?:(?:"
    + _in_order("OUTLET_ARTICLES")
    + r")\s*)?"
    + r"(?P<outlet>[A-ZÀ-ÖØ-Þ][\w&.'’-]*(?:\s+(?:(?:"
    + _in_order("NAME_JOINERS")
    + r")\s+)?[A-ZÀ-ÖØ-Þ0-9][\w&.'’-]*)*)"
)


def _outlet_after(leads: frozenset[str]) -> re.Pattern:
    return re.compile(
        r"\b(?i:" + "|".join(re.escape(p) for p in sorted(leads, key=len, reverse=True)) + r")\s+" + _OUTLET_NAME
    )


OUTLET_NOTE_RE = _outlet_after(OUTLET_LEADS)
# The outlet an article names as its own reporter ("As previously reported by Ukrinform, ...")
OWN_REPORT_RE = _outlet_after(OWN_REPORT_LEADS)
# ... or before words telling of that reporting ("Riverton Post can reveal", "Europe 1 fait le point.", "Laut
# KURIER-Informationen": a tail opening with a hyphen is glued to the name)
OWN_REPORT_TAIL_RE = re.compile(
    r"\b"
    + _OUTLET_NAME
    + r"(?i:"
    + "|".join(
        (re.escape(t) if t.startswith("-") else r"\s+" + re.escape(t)) + (r"(?!\w)" if t[-1].isalnum() else "")
        for t in sorted(_all_phrases("OWN_REPORT_TAILS"), key=len, reverse=True)
    )
    + ")"
)
AI_NOTE_RE = re.compile(_patterns("AI_NOTE_PATTERNS"), re.IGNORECASE)
# The site naming itself on a line of its furniture: "Follow The Riverton Post on X", "Get the Riverton Post app"
# (a channel after the name: CHANNEL_WORDS or a network), "More from Riverton Post" (the name ends the line)
SITE_LEAD_RE = re.compile(r"^[\W_]*" + _outlet_after(_all_phrases("SITE_LEADS")).pattern + r"(?P<rest>.*)$")
SITE_SOURCE_LEAD_RE = re.compile(r"^[\W_]*" + _outlet_after(_all_phrases("SITE_SOURCE_LEADS")).pattern + r"[\s.:]*$")
CHANNEL_WORDS = _all_words("CHANNEL_WORDS")
# an e-mail address and its domain ("news@rivertonpost.com")
# the local part bounded as mail allows (64 characters) and begun where a word begins: a long run of word characters
# and hyphens with no "@" ("2024-2024-...") is then read in linear time, not tried to its end from every character
EMAIL_RE = re.compile(
    r"(?<![\w.+-])[\w.+-]{1,64}@(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12})\b", re.IGNORECASE
)
WEBMAIL = frozenset(_MODULES["common"].WEBMAIL.split())

# "Read the full story at X", "Originally published at X", "Source: X"
READ_FULL_RE = re.compile("^(" + _patterns("READ_FULL_PATTERNS") + r")\b", re.IGNORECASE)
# a sentence pointing to the page's video for more ("Plus de détails dans la vidéo en tête de cet article.")
VIDEO_POINTER_RE = re.compile(r"\b(" + _patterns("VIDEO_POINTER_PATTERNS") + r")\b", re.IGNORECASE)
# the words that credit a text's sources ("Source: ...", "Quelle: ...", "Fuente: ...")
_SOURCE_WORDS = _in_order("SOURCE_WORDS")
# a credit that names where a text or figure comes from, not who took a picture ("Source: Ministry of Health")
TEXT_SOURCE_RE = re.compile(r"^(?:" + _SOURCE_WORDS + r")\b", re.IGNORECASE)
SOURCE_RE = re.compile(
    r"^(" + _SOURCE_WORDS + "|" + "|".join(map(re.escape, _lines("CREDIT_LABELS"))) + r")\s*[:：]\s*\S",
    re.IGNORECASE,
)

# Byline: "By Jane Doe", "Por Ana", "Von Max Muster", "Par Jean", "author: X"
_BYLINE_LEADS = _lines("BYLINE_LEADS")
# the one-word leads ("by", "von", "par")
_BY_WORDS = [lead for lead in _BYLINE_LEADS if " " not in lead]
BYLINE_RE = re.compile(
    r"^(?:" + "|".join(map(re.escape, _BYLINE_LEADS)) + r")\s+"
    r"(?P<name>[^\W\d_][\w.'’\- ]{1,60}?)\s*(?:[·•|,;–—-]|$|\d+\s*(?:min|minute))",
    re.IGNORECASE,
)
# the writer's name under their picture, then the byline: "Jane Doe by Jane Doe", "Ana Ruiz por Ana Ruiz"
NAME_BY_NAME_RE = re.compile(
    r"^(?P<name>[^\W\d_][\w.'’\- ]{1,60}?)\s+(?i:" + "|".join(map(re.escape, _BY_WORDS)) + r")\s+(?P=name)\s*$"
)
AUTHOR_FIELD_RE = re.compile(
    r"(?:^|[\s,;])(?:" + _in_order("AUTHOR_LABELS") + r")\s*[:：]\s*"
    r"(?P<name>[^\W\d_][\w.'’\- ]{1,60}?)\s*(?:[.,;|·]|$)",
    re.IGNORECASE,
)
READING_TIME_RE = re.compile(
    r"\b\d+\s*(?:-?\s*)(?:" + _patterns("READING_TIME_PATTERNS") + r")\b"
    r"|\b(?:" + "|".join(map(re.escape, _lines("READING_TIME_LABELS"))) + r")\s*:?\s*\d+\s*(?:min|minut)",
    re.IGNORECASE,
)
# a reading time glued to the line after it ("2 minutesLa Banque centrale ..."): where a page's widget
# lost the break between them
GLUED_READING_TIME_RE = re.compile(r"^\d{1,3}\s*(?i:" + _patterns("MINUTE_PATTERNS") + r")\.?(?=[A-ZÀ-ÖØ-Þ][a-zß-ÿ])")
# "3 hours ago", "Hace 33 min(s)", "vor 5 Minuten", "il y a 2 heures"
RELATIVE_TIME_RE = re.compile("(?:" + _patterns("RELATIVE_TIME_PATTERNS") + ")", re.IGNORECASE)
# "Published on", "Publicado a", "Updated", "Veröffentlicht am", "Publié le"
PUBLISHED_WORDS = "|".join(map(re.escape, _lines("PUBLISHED_WORDS")))
RIGHTS_RESERVED = _all_phrases("RIGHTS_RESERVED")
RIGHTS_RESERVED_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(RIGHTS_RESERVED, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
# a copyright line's marks: "©", "(c)", "Copyright" and its years ("© 2024-2026"); the line may stand in
# brackets ("[Copyright The Jiji Press, Ltd.]")
COPYRIGHT_MARKS_RE = re.compile(r"©|\(c\)|\bcopyright\b|\b(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\b", re.IGNORECASE)
COPYRIGHT_RE = re.compile(
    r"^[\[(]?\s*(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?P<name>[^.|·,]{2,60})",
    re.IGNORECASE,
)
# Q&A lines: "Q: ...?", "QWhat ...?", "Question: ...", "P: ..." (pregunta), "F: ..." (Frage)
QUESTION_RE = re.compile(
    r"^(?:" + _in_order("QUESTION_LABELS") + r")(?:\s*[:.)\-–]\s*|(?=[A-Z¿ÁÉÍÓÚÀ-ÖØ-Þ]))(?P<rest>\S.*)$"
)
ANSWER_RE = re.compile(
    r"^(?:" + _in_order("ANSWER_LABELS") + r")(?:\s*[:.)\-–]\s*|(?=[A-ZÁÉÍÓÚÀ-ÖØ-Þ]))(?P<rest>\S.*)$"
)
GLUED_QA_RE = re.compile(r"^[QA][A-Z¿][a-z]")

# A byline without its "By": the writer's name and where they write from ("Emmanuel Addeh in Abuja",
# "Marie Dupont à Tokyo", "Ana Ruiz desde Valencia")
NAME_IN_PLACE_RE = re.compile(
    r"^(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]+(?: [A-ZÀ-ÖØ-Þ][\w'’.-]+){1,2}) (?:"
    + "|".join(re.escape(w) for w in sorted({w for ws in _words("BYLINE_PLACE_WORDS").values() for w in ws}))
    + r") [A-ZÀ-ÖØ-Þ][\w'’.-]+(?: [A-ZÀ-ÖØ-Þ][\w'’.-]+){0,2}$"
)

# A byline without its "By": the writer's name and their outlet or place ("Jane Doe, Reuters", "Jean
# Dupont - Le Courrier du Port", "Ana Ruiz | Riberalta")
NAME_AND_OUTLET_RE = re.compile(
    r"^(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]+(?: [A-ZÀ-ÖØ-Þ][\w'’.-]+){1,2})\s*(?:,|\||\s[-–—])\s*"
    r"(?P<outlet>[\w&.'’-]+(?: [\w&.'’-]+){0,3})$"
)

# Byline suffixes that mean the "author" is an organisation's desk: "Pulse AI Editorial" -> "Pulse AI"
DESK_SUFFIX_RE = re.compile(r"\s+(?:" + _patterns("DESK_PATTERNS") + r")\s*$", re.IGNORECASE)

NEWSLETTER_WORDS = re.compile(r"\b(" + _patterns("NEWSLETTER_PATTERNS") + ")", re.IGNORECASE)

# Cheap gates: a pattern is only tried when the paragraph holds one of these words.
READING_TIME_TRIGGERS = _all_words("READING_TIME_WORDS")
AUTHOR_TRIGGERS = _all_words("AUTHOR_LABELS")
_AI_WORDS = _all_words("AI_WORDS")
_MAKE_WORDS = _all_words("MAKE_WORDS")
_ADVICE_WORDS = _all_words("ADVICE_WORDS")


def disclaimer_gate(words: frozenset) -> bool:
    """Cheap pre-check before DISCLAIMER_RE (which is slow to run on every paragraph)."""
    return not words.isdisjoint(_ADVICE_WORDS) or (
        not words.isdisjoint(_AI_WORDS) and not words.isdisjoint(_MAKE_WORDS)
    )


# a cheap gate before RELATIVE_TIME_RE: the cue (the line lower-cased, its white space single spaces) holds one
RELATIVE_TRIGGERS = tuple(_lines("RELATIVE_TIME_CUES"))


# ---------------------------------------------------------------- page metadata lines and credits

# News and photo agencies whose name makes a credit ("REUTERS/Jane Doe", "| EFE", "( AFP / X )")
AGENCIES = tuple(_phrases(_MODULES["common"].AGENCIES))


# a writer's biography opens with a name, then (after the verb, "is", "ist", "est") at most a few words and a
# word of a byline's role ("Jane Doe is a senior reporter", "Jean Dupont est journaliste")
_BIO_NAME = r"^[A-ZÀ-ÖØ-Þ][\w'’.-]+(?: [A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3}"
_BIO_VERB = r"(?i:" + _alternation(w for ws in _words("BIO_VERBS").values() for w in ws) + r")"
_BIO_ROLE = r"(?: [\w'’-]+){0,3}? (?i:" + _alternation(BYLINE_ROLE_WORDS) + r")(?:in|e|es)?"

# A writer's biography: "Jane Doe is a senior reporter at the Riverton Post", "Max Muster ist Redakteur
# im Ressort Politik", "Jean Dupont est journaliste au service politique": a name, the verb, at most a few
# words, then a word of a byline's role, and the end or a word that may follow the role
BIO_RE = re.compile(
    _BIO_NAME + ",? " + _BIO_VERB + _BIO_ROLE + r"(?:[,.;]|\s*$|\s+(?i:" + _in_order("ROLE_NEXT_WORDS") + r")\b)"
)

# the words between a role and the outlet it is held at, in a writer's biography ("reporter at", "Redakteur
# bei", "rédacteur en chef d'", "redactor de")
_ROLE_AT = r"(?i:" + _in_order("ROLE_AT_WORDS") + r")"
# the outlet a writer's biography names: "Jane Doe is a senior reporter at the Riverton Post", "Tanes Desulma,
# rédacteur en chef d'Alternance-Media, ...": a name, the verb or a comma, a role, then the outlet's
# capitalised words (after an article, "the", "der", "le"; joined by "of", "de", "der")
BIO_OUTLET_RE = re.compile(
    _BIO_NAME
    + r"(?:,|,? "
    + _BIO_VERB
    + r")"
    + _BIO_ROLE
    + r"(?: [\w'’-]+){0,2}? "
    + _ROLE_AT
    + r"\s*(?:(?:"
    + _in_order("OUTLET_ARTICLES")
    + r")\s*)?"
    + r"(?P<outlet>[A-ZÀ-ÖØ-Þ][\w&.'’-]*(?: (?:(?:"
    + _in_order("NAME_JOINERS")
    + r") )?[A-ZÀ-ÖØ-Þ][\w&.'’-]*){0,3})"
)
# a newsroom's line naming its outlet after it: "La rédaction numérique de RTL", "Die Redaktion von Hafenfunk", "La
# redacción de El Correo" (an article, the desk's word, maybe one word, a word of ROLE_AT_WORDS, the outlet)
DESK_LEAD_RE = re.compile(
    r"^(?:(?i:"
    + _in_order("OUTLET_ARTICLES")
    + r")\s*)?(?i:"
    + _patterns("DESK_PATTERNS")
    + r")(?:\s+[^\W\d_]+)?\s+"
    + _ROLE_AT
    + r"\s*"
    + _OUTLET_NAME
    + r"[\s.]*$"
)
# the site's logo named by its picture's text: "Dailymaverick logo", "Logo Flussheimer Bote", "Riverton-Post-Logo"
# {language: the articles an outlet's name may open with} ("The Sun", "Le Figaro", "Der Spiegel", "El País"); a
# person's name opens with none
OUTLET_ARTICLES = _words("OUTLET_ARTICLES")
# the small words inside an outlet's name ("Courrier du Port", "Bank of England")
NAME_JOINER_WORDS = _all_words("NAME_JOINERS")
LOGO_RE = re.compile(r"^(?i:logo)\s*(?:[:|–—-]\s*)?(?P<a>\S.{0,40})$|^(?P<b>.{1,40}?)[\s-](?i:logo)$")
_PHOTO_ALT = _alternation(PHOTO_WORDS)
_AGENCY_ALT = _alternation(AGENCIES)
_CAPS = r"[A-Z]{2,}(?:-[A-Z]{2,})?"
# the words between a picture's label and who took it ("Photo by", "Foto von")
_CREDIT_BY = _lines("CREDIT_BY_WORDS")
# A picture caption's credit at the end of a short paragraph (each branch looks at most ~80
# characters ahead, so searching a paragraph is linear in its length)
CAPTION_CREDIT_RE = re.compile(
    r"(?:^|[\s|(–—/-])(?i:"
    + _PHOTO_ALT
    + r")s?\s*(?:(?i:"
    + "|".join(map(re.escape, _CREDIT_BY))
    + r")\s+|:\s*)(?P<who>[^\s|:][^|:!?]{0,70})\)?\s*$"
    r"|\|\s*(?:(?i:" + _AGENCY_ALT + r")|(?i:" + _PHOTO_ALT + r")\s*:[^|]{1,80})\s*$"
    r"|\(\s*(?:(?i:"
    + _PHOTO_ALT
    + r")\s*:[^()]{1,80}|[^()]{0,40}\b(?i:handout)|(?i:"
    + _AGENCY_ALT
    + r")(?:\s+(?i:"
    + _PHOTO_ALT
    + r"))?\s*/[^()]{1,60})\s*\)\s*$"
    r"|\(\s*©\s*[^()©]{1,60}\)\s*$"
    r"|(?:\b(?i:" + _AGENCY_ALT + r")|\b" + _CAPS + r")\s*/\s*[A-Z][\w.'’ -]{1,40}(?:/[\w ]{1,30}){0,3}\s*$"
    r"|\b[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}\s*/\s*(?:(?i:" + _AGENCY_ALT + r")|" + _CAPS + r")"
    r"(?:\s+(?i:" + _PHOTO_ALT + r")|\s+via\s+(?i:" + _AGENCY_ALT + r"))?\s*\)?\s*$"
    r"|\(\s*(?i:" + _AGENCY_ALT + r")\s+(?i:" + _PHOTO_ALT + r")\s*\)\s*$"
    r"|[.!?…]\s+(?:" + _AGENCY_ALT + r")\s*$"
    r"|(?:^|[\s|(–—-])(?i:" + _PHOTO_ALT + r")s?\s+(?:" + _AGENCY_ALT + r")(?:\s*/\s*[^/|()]{1,40})?\s*\)?\s*$"
    r"|\s(?P<note>\(\s*(?i:" + _PHOTO_ALT + r")s?\s[^()]{1,80}\))\s*\.?\s*$"
)
# a picture's credit in brackets closing a paragraph, a name and an agency apart by a slash: "(Photo by Jane
# Doe/Getty Images)", "(Photo: Jeff Pachoud / AFP)", "(AP Photo/Jane Doe)": however long, the paragraph is the
# picture's caption (a source cited in brackets, "(Source: Ministry of Health)", names no one with a slash); or a
# photographer's name and a slash before the agency closing the bracket
BRACKETED_CREDIT_RE = re.compile(
    r"\(\s*(?:(?i:"
    + _PHOTO_ALT
    + r")s?\s*(?:(?i:"
    + "|".join(map(re.escape, (w for w in _CREDIT_BY if " " not in w)))
    + r")\s+|:\s*)[^()/]{1,60}|(?i:"
    + _AGENCY_ALT
    + r")(?:\s+(?i:"
    + _PHOTO_ALT
    + r"))?\s*)/[^()]{1,60}\)\s*\.?\s*$"
    # a name, a slash and the agency closing the bracket: "(Jane Doe / Riverton Post. AP)", "(Jan Kowalski/PAP)"
    r"|\(\s*[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3}\s*/[^()/]{0,50}?\b(?:" + _AGENCY_ALT + r")\s*\)\s*\.?\s*$"
    # who took it and the agency that gave it, in brackets or after a dash: "(Jane Doe/Riverton Post via AP)", "-
    # Kyodo News via AP", "(Ana Ruiz vía EFE)"
    r"|(?:\(|\s[–—-]\s)\s*[A-ZÀ-Þ](?:(?!\s[–—-]\s)[^()]){1,60}?\s(?i:via|vía)\s+(?:"
    + _AGENCY_ALT
    + r")\s*\)?\s*\.?\s*$"
)
# credits closing a line: "Quelle: Bundeswahlleiterin | Grafik: watson", "Source: Ministry of the Interior"
CREDIT_TAIL_RE = re.compile(
    r"(?:^|\s|(?<=[.!?…\"”»]))(?P<credit>(?i:" + _PHOTO_ALT + r")s?\s*:\s*[^:|\n]{1,60}?"
    r"(?:\s*\|\s*(?i:" + _PHOTO_ALT + r")s?\s*:\s*[^:|\n]{1,60}?)*)\s*$"
)
# The outlet crediting its own chart or picture: "Grafik: watson", "(© Bundestag allemand)"
GRAPHIC_WORDS = _all_words("GRAPHIC_WORDS")
OWN_CREDIT_RE = re.compile(
    r"\(\s*©\s*(?P<c>[^()©]{2,60}?)\s*\)\s*$"
    r"|(?:^|[\s|])(?i:" + _alternation(GRAPHIC_WORDS) + r")\s*:\s*(?P<g>[^|:()\n]{2,40}?)\s*(?:\||$)"
)
# A caption that opens with the agency's name in capitals ("SHUTTERSTOCK Mars, fabricante de ...")
CAPTION_AGENCY_FIRST_RE = re.compile(r"^(?:" + _alternation(a.upper() for a in AGENCIES) + r")\s+[A-ZÀ-Þ]")
# A post embedded from a social network ("pic.twitter.com/...", "— Name (@handle) October 13, 2024")
EMBEDDED_POST_RE = re.compile(
    r"pic\.twitter\.com/|https?://t\.co/|\(@\w{1,30}\)\s+(?:\w+\.?\s+\d{1,2},|\d{1,2}\.?(?:\s+de)?\s+\w+\.?(?:\s+de)?)\s+\d{4}"
)
# The place opening an article's lead, then a dash ("Erfurt - Die AfD ...", "WASHINGTON (AP) — ...",
# "Barcelona.- El ...", "Rio de Janeiro – ...", "ASHEVILLE, N.C. ‒ ..."): one to four capitalised words, a region
# after a comma or an agency in brackets, then the dash; the lead starts right after it with a capital.
PLACE_DATELINE_RE = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ /](?:[a-zà-ÿ]{1,3}[ ])?[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3}(?:,\s*[A-ZÀ-ÖØ-Þ][\w.' ]{0,20})?"
    r"(?:\s*\([^()\n]{1,30}\))?\s*(?:\.-|\.–|[-–—‒]{1,2})\s+(?=[A-ZÀ-ÖØ-Þ\"“„«])"
)
# A wire dateline naming the agency or outlet: "(Reuters) - ", "Aug. 14 (UPI) -- ", "(BFM Bourse) - ",
# "Madrid, 3 mar (EFE).- "
WIRE_DATELINE_RE = re.compile(
    r"^[^()\n]{0,60}?\((?P<org>[A-Z][\w&.'’ /-]{1,30}?|" + _AGENCY_ALT + r")\)\s*(?:(?:--?|–|—)\s+|\.\s*[-–—]\s*)(?=\S)"
)


def _lead_alternation(phrases) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


# a link to other articles in brackets: "(More plane crash stories.)", "(Lire aussi notre dossier)"
BRACKETED_RELATED_RE = re.compile(r"^\(\s*(?i:" + _lead_alternation(RELATED_LEADS) + r")\s[^()]{1,80}\)\.?$")
# "Read more: ...", "Watch | ...", and, for leads of two words or more, "Lee también Avon se declara ..."
INLINE_RELATED_RE = re.compile(
    r"^[\W_]*(?:(?i:" + _lead_alternation(RELATED_LEADS) + r")\s*[:：|»>–—-]\s*\S"
    r"|(?i:" + _lead_alternation(p for p in RELATED_LEADS if " " in p) + r")\s+[\"'“«‘„]?[A-ZÀ-ÖØ-Þ])"
)
# a box of links opened by a lead of two words or more ("Read Next Related Reads 'Disappointed to see ...'
# Huge turnout sees ..."): one line however many headlines follow
LINK_BOX_RE = re.compile(
    r"^[\W_]*(?i:" + _lead_alternation(p for p in RELATED_LEADS if " " in p) + r")\s+(?:[\"'“«‘„»]\s*)?[A-ZÀ-ÖØ-Þ]"
)
# A notice about the reader's browser ("Your browser is out of date. Please update ...")
BROWSER_NOTICE_RE = re.compile(
    r"^(?:" + _lead_alternation(p for p, reason in LINE_CUES.items() if reason == "browser notice") + r")\b",
    re.IGNORECASE,
)

# page furniture glued after a paragraph's last sentence: an advertisement's label ("... a share.
# Advertisement"), an agency's credit ("... (Reuters)"), editors' initials ("...vorzubereiten./oe/DP/he"),
# a link teaser ("... Vereinsfußballs. Die Rekordliste>>>"), the text's sources ("... Bundestag.Fuente: RTVE, El País."),
# a link to the whole text
GLUED_TAIL_RE = re.compile(
    r"(?<=[.!?…\"”»)])\s*(?:(?i:" + _lead_alternation(AD_LABELS) + r")"
    r"|\(\s*(?i:" + _AGENCY_ALT + r")(?:[\s,/&-]+(?i:" + _AGENCY_ALT + r"))*\s*\)"
    r"|/(?:[A-Za-z]{1,5}/)+[A-Za-z]{1,5}/?"
    r"|(?i:" + _SOURCE_WORDS + r")\s*[:：]\s*[^:!?<>\n]{1,70}"
    r"|[^.!?<>\n]{1,60}(?:>{2,}|→)"
    # a link to the whole text closing an excerpt ("... are in … Continue reading Hong Kong fire highlights ...",
    # "... Leer más sobre esta historia aquí.")
    r"|(?i:" + _patterns("READ_FULL_PATTERNS") + r")\b[^.!?<>\n]{0,80}[.!?]?)\s*$"
)
# an outlet's credit for a text it wrote with agencies: "Le Monde avec AFP", "20 Minutes avec agences",
# "ZEIT ONLINE mit dpa und Reuters", "Redacción con agencias"
_WITH_ALT = _alternation(w for ws in _words("WITH_WORDS").values() for w in ws)
_AGENCY_OR_WORD = (
    r"(?:" + _AGENCY_ALT + "|" + _alternation(w for ws in _words("AGENCY_WORDS").values() for w in ws) + r")"
)
# the byline's one-word leads of the languages that write such a credit (have WITH_WORDS), but for a word that
# also joins an outlet's name ("de": "Redacción de ...")
_NAME_JOINERS = _all_words("NAME_JOINERS")
_CREDIT_LEADS = [
    w
    for module in _MODULES.values()
    if table(module, "WITH_WORDS")
    for w in _phrases(table(module, "BYLINE_LEADS"))
    if " " not in w and w not in _NAME_JOINERS
]
OUTLET_WITH_AGENCIES_RE = re.compile(
    r"^(?:(?i:"
    + "|".join(map(re.escape, _CREDIT_LEADS))
    + r")\s+)?(?P<outlet>[A-ZÀ-ÖØ-Þ0-9a-zß-ÿ][\w.'’-]*(?: [\w.'’-]+){0,3}?)\s+(?i:"
    + _WITH_ALT
    + r")\s+(?i:"
    + _AGENCY_OR_WORD
    + r")(?:\s*(?:[,/&]|(?i:"
    + _WITH_ALT
    + r"))\s*(?i:"
    + _AGENCY_OR_WORD
    + r"))*\s*\.?$"
)
# a credit line of its own naming who gave the text: "information fournie par France 24", "Avec France 24", "par
# BFMTV" (PROVIDER_LEADS, and the byline's one-word leads but a word that also joins an outlet's name)
OUTLET_CREDIT_RE = re.compile(
    r"^(?i:" + _alternation(_all_phrases("PROVIDER_LEADS") | set(_CREDIT_LEADS)) + r")\s+(?P<outlet>\S.*?)[\s.]*$"
)
# a line that is only a site's address or domain: "https://www.example.com/news/...", "tagesschau.de"
SITE_LINE_RE = re.compile(
    r"^(?:(?i:[a-z][a-z0-9+.-]*://|www\d?\.)\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12}(?:[/?#]\S*)?)$"
)
# a page's address: "https://www.example.com/news/...", "www.example.com"
URL_HOST_RE = re.compile(
    r"(?:\b[a-z][a-z0-9+.-]*://(?:[^@/?#\s]*@)?|//|\bwww\d?\.)(?:www\d?\.)?(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+)",
    re.IGNORECASE,
)

# a line that is only agencies' names: "Keystone-SDA ATS", "(Reuters)", "dpa/AFP"
AGENCIES_ONLY_RE = re.compile(
    r"^\(?\s*(?:" + _AGENCY_ALT + r")(?:[\s,/&-]+(?:" + _AGENCY_ALT + r"))*\s*\)?[.\s]*$", re.IGNORECASE
)
# editors' initials signing a wire story ("/oe/DP/he", "(dpa/lnw)"), a licence credit ("CC BY 3.0 DE")
SIGNATURE_RE = re.compile(r"^[(/]?(?:[A-Za-z]{1,5}/)+[A-Za-z]{1,5}[)/]?$|\bCC[ -]BY(?:[ -](?:SA|ND|NC))*[ -]\d\.\d\b")
# a link teaser ending with arrows ("Die Rekordliste>>>", "Alle Ergebnisse »")
ARROW_TEASER_RE = re.compile(r"(?:>{2,}|»|›|→)\s*$")
# a link or a promotion opening with arrows (">> Accédez à nos analyses ...", "► Alle Ergebnisse"); one
# "»" opens a German quotation, so it is not one
ARROW_LEAD_RE = re.compile(r"^\s*(?:>{2,}|»{2,}|[►▶→➜➔])\s*\S")
# a URL slug on a line of its own ("starship-flight-5-reentry-plasma")
SLUG_RE = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+){3,}$")

# An affiliate disclosure names its site: "Readers help support Windows Report. We may get a commission
# ...", "Windows Central is reader-supported", "Le Parisien est soutenu par ses lecteurs"
AFFILIATE_SITE_RE = re.compile(
    r"\b(?i:readers help support) (?P<a>[A-Z][\w&.'’ -]{1,40}?)[.,]"
    r"|^(?P<b>[A-Z][\w&.'’ -]{1,40}?) (?:is|are) (?:reader|audience)-supported\b"
)
AFFILIATE_NOTE_RE = re.compile(r"\b(?:" + _patterns("AFFILIATE_PATTERNS") + r")\b", re.IGNORECASE)
