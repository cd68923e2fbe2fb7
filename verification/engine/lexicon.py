"""The cue words the detectors use to type and slot a value, joined over the languages.

Every language's words live in its module in ``verification/engine/lang/`` (tables of the same names;
see that package's docstring for what each holds): this module only joins them (``merged`` for word ->
value tables and sets, ``joined`` where order matters) and keeps what belongs to no language: currency
symbols and codes, attached scale abbreviations, which languages use the long scale or a decimal comma,
company legal forms, the relations' slots and rules, and the helpers the patterns are built with.

Everything here is about the LANGUAGES (how a funding round, a job count or "end of this year" is
said), never about one article. Forms are lowercase; patterns are matched on a lowercased copy of the
text of the same length (see ``lower_same_len``), so offsets stay valid.

Tables that map words to keys (``UNIT_NOUNS``, ``ROLE_WORDS``...) are the language-independent
vocabulary the cross-checker aligns on.
"""

from __future__ import annotations

import re

from .lang import LANGUAGES, joined, merged

LANGS = LANGUAGES


def lower_same_len(text: str) -> str:
    """``text.lower()`` but guaranteed to keep every offset (a few characters grow when lowercased)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def alt(words) -> str:
    """A regex alternation of words, longest first (so "more than" wins over "more").

    Written as a tree of shared first letters ("a(?:bc|d)|b..."), which matches exactly what the flat list
    matches, in the same order of preference: re tries every branch of an alternation in turn at each
    place it looks, so a list of hundreds of words read flat costs hundreds of tries per word of text."""
    return _tree(sorted({re.escape(w).replace(r"\ ", r"\s+") for w in words}, key=len, reverse=True))


def alt_any_apostrophe(words) -> str:
    """:func:`alt`, each apostrophe of a word written straight or typographic: the tables write "d'" and
    "aujourd'hui" with the straight one, texts as often with "’"."""
    return alt(words).replace("'", "['’]")


def table_key(found: str) -> str:
    """The words a pattern built with :func:`alt` found, as its table lists them: one space between them (the
    pattern lets any white space stand there, a line break or two spaces)."""
    return " ".join(found.split())


def _plain(c: str) -> bool:
    """A lowercase letter or a digit: a whole regex atom that no other such character matches, even under re.I."""
    return c.isalnum() and c == c.lower()


def _tree(branches: list[str]) -> str:
    """Branches (longest first) grouped under their first letter, level by level. Branches with different
    first letters never match at one place, so the groups may be read in any order; within a group the
    order is kept. A level where a branch opens with anything but a plain letter or digit stays a flat list."""
    rest = [b for b in branches if b]
    if len(rest) < 3 or not all(_plain(b[0]) for b in rest):
        return "|".join(branches)
    groups: dict[str, list[str]] = {}
    for b in rest:
        groups.setdefault(b[0], []).append(b[1:])
    parts = [c + (tails[0] if len(tails) == 1 else "(?:" + _tree(tails) + ")") for c, tails in groups.items()]
    if len(rest) < len(branches):  # the empty branch (a word that is another's start) is the shortest: last
        parts.append("")
    return "|".join(parts)


# --- numbers -------------------------------------------------------------------------------------

NUMBER_WORDS = merged("NUMBER_WORDS")
# words that are also very common non-numbers: only read as numbers before a unit noun
AMBIGUOUS_NUMBER_WORDS = merged("AMBIGUOUS_NUMBER_WORDS")

# scale words -> multiplier; "billion" words are language dependent (long scale in de/fr/es)
# attached abbreviations ($1m, S$300M, $10bn, 5k) are written alike in every language: no language's table
SCALE_SHORT = {
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "tn": 1e12,
    "t": 1e12,
}
SCALE_WORDS = merged("SCALE_WORDS")
# facts about languages, ours and others (a text may be in any): kept as sets of language codes
LONG_SCALE_LANGS = {"de", "fr", "es", "it", "pt", "nl"}  # "Billion"/"billion"/"billón" = 10^12 there
DECIMAL_COMMA_LANGS = {
    "de",
    "fr",
    "es",
    "it",
    "pt",
    "nl",
    "pl",
    "cs",
    "da",
    "sv",
    "nb",
    "fi",
    "tr",
    "ru",
    "id",
    "ro",
    "hu",
}

# qualifiers before a number -> (qualifier, direction)
QUALIFIERS_BEFORE = merged("QUALIFIERS_BEFORE")
QUALIFIERS_AFTER = merged("QUALIFIERS_AFTER")
RANGE_OPENERS = joined("RANGE_OPENERS")

# --- currencies ----------------------------------------------------------------------------------

# symbols and ISO codes belong to no language (the names are in lang/<code>.py and CLDR)
CURRENCY_SYMBOLS = {  # prefix (or suffix) symbols
    "us$": "USD",
    "u.s.$": "USD",
    "s$": "SGD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "hk$": "HKD",
    "nz$": "NZD",
    "nt$": "TWD",
    "r$": "BRL",
    "mx$": "MXN",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₪": "ILS",
    "₫": "VND",
    "฿": "THB",
    "rm": "MYR",
    "rp": "IDR",
    "fr.": "CHF",
    "rs": "INR",
    "rs.": "INR",
    "$": "$",
}
CURRENCY_CODES = (
    "USD",
    "SGD",
    "EUR",
    "GBP",
    "JPY",
    "CNY",
    "RMB",
    "HKD",
    "AUD",
    "CAD",
    "CHF",
    "INR",
    "KRW",
    "TWD",
    "NZD",
    "BRL",
    "MXN",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "CZK",
    "HUF",
    "ZAR",
    "AED",
    "SAR",
    "MYR",
    "IDR",
    "THB",
    "VND",
    "PHP",
    "TRY",
    "ILS",
    "RUB",
)
# currency names after a number that CLDR (money.py reads its names) does not give: colloquial and
# short forms ("dollars", "Pfund", "dólares de Singapur")
CURRENCY_NAMES = merged("CURRENCY_NAMES")
# currency names that are also common words ("won"): a currency only after a scaled amount ("30 trillion won")
SCALED_ONLY_CURRENCY_NAMES = merged("SCALED_ONLY_CURRENCY_NAMES")
# words between an amount and its currency's name ("of", "de"; elided "d'" followed directly by the name)
CURRENCY_NAME_LINKS = merged("CURRENCY_NAME_LINKS")
DOLLAR_FAMILY = {"USD", "SGD", "AUD", "CAD", "HKD", "NZD", "TWD", "MXN"}
# the currency an outlet's country writes as a bare "$" (used with Document.currency_hint upstream)

# --- units for counts ---------------------------------------------------------------------------

UNIT_NOUNS = joined("UNIT_NOUNS")
# hiring verbs: people + hire -> jobs
# people counted as a workforce by the noun itself ("1,800 employees"): jobs, whatever the verb
EMPLOYEE_NOUNS = merged("EMPLOYEE_NOUNS")
HIRING_CUES = joined("HIRING_CUES")

# --- slots for money / percent (nearest cue wins; priority breaks ties) -------------------------

# (slot, cue stems), by priority; a stem matches at a word start; "x.y" refines a nearby "x"
MONEY_SLOTS = list(joined("MONEY_SLOTS").items())
# verbs that report a result ("won", "obtained", "reached"): a vote share's cues, and the percentages' result verbs
RESULT_VERBS = joined("RESULT_VERBS")

PERCENT_SLOTS = [
    (slot, [*cues, *RESULT_VERBS] if slot == "vote_share.percent" else cues)
    for slot, cues in joined("PERCENT_SLOTS").items()
]

# verbs that report a result of any figure ("reached", "won", "obtained"): a percentage's slot only where no
# word in reach names the figure ("turnout reached 84%" is turnout, "the CDU won 28.6%" a vote share)
PERCENT_VERB_CUES = set(RESULT_VERBS)

# how much of an election's count was done: a phrase right before a percentage, or a preposition right before it
# and a counting word in its clause after it
COUNTING_LEADS = merged("COUNTING_LEADS")
COUNTING_PREPOSITIONS = merged("COUNTING_PREPOSITIONS")
COUNTING_WORDS = merged("COUNTING_WORDS")

# --- dates ---------------------------------------------------------------------------------------

MONTHS = joined("MONTHS")
# how dates are written around their numbers and names (dates.py builds its patterns from these)
DAY_SUFFIXES = joined("DAY_SUFFIXES")
WEEKDAY_DAY_ARTICLES = joined("WEEKDAY_DAY_ARTICLES")
DAY_MONTH_LINKS = joined("DAY_MONTH_LINKS")
MONTH_YEAR_LINKS = joined("MONTH_YEAR_LINKS")
MONTH_PAST_WORDS = joined("MONTH_PAST_WORDS")
MONTH_NOUNS = joined("MONTH_NOUNS")
YEAR_NOUNS = joined("YEAR_NOUNS")
YEAR_PART_ARTICLES = joined("YEAR_PART_ARTICLES")
RANGE_JOINERS = joined("RANGE_JOINERS")
YEAR_END_WORDS = joined("YEAR_END_WORDS")
QUARTER_NOUNS = joined("QUARTER_NOUNS")
YEAR_LEADS = joined("YEAR_LEADS")
WEEKDAY_LEADS = joined("WEEKDAY_LEADS")
WEEKDAY_PART_ENDINGS = joined("WEEKDAY_PART_ENDINGS")
MONTH_LEADS = joined("MONTH_LEADS")
WEEKDAYS = joined("WEEKDAYS")
RELATIVE_YEAR = merged("RELATIVE_YEAR")
QUARTER_ORDINALS = merged("QUARTER_ORDINALS")
YEAR_PART = joined("YEAR_PART")
SEASONS = joined("SEASONS")
RELATIVE_DAY = merged("RELATIVE_DAY")
RELATIVE_WEEK = merged("RELATIVE_WEEK")
YEAR_PREPS = merged("YEAR_PREPS")
HOLIDAYS = merged("HOLIDAYS")
EASTER_HOLIDAYS = merged("EASTER_HOLIDAYS")
BARE_DAY_LEADS = joined("BARE_DAY_LEADS")
MONTH_PARTS = joined("MONTH_PARTS")

# --- events and their slots (dates) ----------------------------------------------------------------

EVENT_VERBS = merged("EVENT_VERBS")
EVENT_OBJECTS = merged("EVENT_OBJECTS")

# --- relations ------------------------------------------------------------------------------------
# (relation key, slot, cue regex on lowercased text, gap words allowed before the entity, subject rule)
# subject rule: "first" = the sentence's first actor, "near" = the nearest entity before the cue
# the words are each language's (lang/<code>.py: relation key -> phrases); the rest is the same in all
_RELATIONS = (  # relation key, slot, gap words allowed before the entity, subject rule
    ("partner", "partnership", 3, "first"),
    ("investor", "investor", 1, "first"),
    ("lead_investor", "investor", 1, "first"),  # an investor where its sentence gives an amount
    ("owner", "owner", 1, "near"),
    ("founded_by", "founded_by", 1, "near"),
    ("hosted_at", "hosted_at", 1, "near"),
    ("acquired", "acquisition", 1, "first"),
    ("supports", "support", 3, "first"),
)
RELATION_CUES = [(rel, slot, joined("RELATION_CUES")[rel], gap, mode) for rel, slot, gap, mode in _RELATIONS]
# "joint statement by A and B" -> A partners with B
JOINT_CUES = joined("JOINT_CUES")
# a place word inside the founding/launch cue ("ins Leben gerufen") the founder precedes in German
FOUNDED_BY_BEFORE = joined("FOUNDED_BY_BEFORE")

# --- roles ----------------------------------------------------------------------------------------

ROLE_WORDS = merged("ROLE_WORDS")
FORMER_WORDS = joined("FORMER_WORDS")
HONORIFICS = joined("HONORIFICS")
SPEECH_VERBS = joined("SPEECH_VERBS")

# --- places / events / hubs ------------------------------------------------------------------------

EVENT_NOUNS = joined("EVENT_NOUNS")
OFFICE_NOUNS = joined("OFFICE_NOUNS")
HUB_NOUNS = joined("HUB_NOUNS")
NEW_WORDS = joined("NEW_WORDS")

# --- rankings --------------------------------------------------------------------------------------

ORDINALS = merged("ORDINALS")
RANK_CATEGORIES = merged("RANK_CATEGORIES")
OUTSIDE_WORDS = joined("OUTSIDE_WORDS")
SUCH_WORDS = joined("SUCH_WORDS")
ONE_OF = joined("ONE_OF")

# --- lists -----------------------------------------------------------------------------------------

LIST_NOUNS = merged("LIST_NOUNS")
LIST_INTRO = joined("LIST_INTRO")
LIST_ENDERS = joined("LIST_ENDERS")
# a reporting clause after a list closes it: "healthcare, finance and logistics, the company said"
ATTRIBUTION_VERBS = joined("ATTRIBUTION_VERBS")

# --- change ---------------------------------------------------------------------------------------

CHANGE_WORDS = merged("CHANGE_WORDS")
CHANGE_METRICS = merged("CHANGE_METRICS")

# --- hedges / opinion (lower check-worthiness) ------------------------------------------------------


# --- function words that start sentences but are no names -----------------------------------------

STOP_CAPS = merged("STOP_CAPS")
# lowercase words that may sit inside a name ("Ministry of Digital Development and Information")
# "&" and the particles of names from other languages ("di", "van", "da", "dos") join a name in any text
NAME_CONNECTORS = merged("NAME_CONNECTORS") | {"&", "di", "van", "da", "dos"}
NAME_AND = merged("NAME_AND") | {"&"}
# lowercase words a person's name may hold, whatever the language of the text ("Charles de Gaulle", "Ursula von
# der Leyen", "Mohammed bin Salman"): names keep their origin's particles
NAME_PARTICLES = frozenset("von van der den de du da di del della dos le la bin ibn al".split())
# company legal forms of any country ("GmbH", "S.A.", "plc"): written alike in every language's text
LEGAL_FORMS = {
    "inc",
    "inc.",
    "corp",
    "corp.",
    "co",
    "co.",
    "ltd",
    "ltd.",
    "llc",
    "plc",
    "gmbh",
    "ag",
    "se",
    "sa",
    "s.a.",
    "nv",
    "bv",
}
ORG_WORDS = merged("ORG_WORDS") | LEGAL_FORMS
# nouns that describe an actor by its kind: before a name a description, no part of it ("Chipriese Nvidia")
ACTOR_NOUNS = merged("ACTOR_NOUNS")
# words before a capitalised common noun (German): the word after them is no name
NOUN_DETERMINERS = merged("NOUN_DETERMINERS")

# --- words the detectors' patterns are built from (detect/) ----------------------------------------
PERCENT_WORDS = joined("PERCENT_WORDS")
ORDINAL_SUFFIXES = joined("ORDINAL_SUFFIXES")
AGENT_PREPOSITIONS = joined("AGENT_PREPOSITIONS")
LOCATIVE_PREPOSITIONS = joined("LOCATIVE_PREPOSITIONS")
AND_WORDS = joined("AND_WORDS")
OR_WORDS = joined("OR_WORDS")
MINUTE_NOUNS = joined("MINUTE_NOUNS")
MINUTES_NOUNS = joined("MINUTES_NOUNS")
MINUTES_LEADS = joined("MINUTES_LEADS")
MINUTES_FROM_END = joined("MINUTES_FROM_END")
ORDINAL_MINUTE_LEADS = joined("ORDINAL_MINUTE_LEADS")
NUMBER_RANGE_JOINERS = joined("NUMBER_RANGE_JOINERS")
DOLLAR_STEMS = merged("DOLLAR_STEMS")
DEFINITE_ARTICLES = joined("DEFINITE_ARTICLES")
OF_WORDS = joined("OF_WORDS")
# "of" in every language as a pattern: an elided "d'" is also written with a typographic apostrophe
OF = alt_any_apostrophe(OF_WORDS)
ARTICLES = joined("ARTICLES")
CLOCK_WORDS = merged("CLOCK_WORDS")
TIME_ZONES = merged("TIME_ZONES")
CLOCK_HOUR_NOUNS = merged("CLOCK_HOUR_NOUNS")
CLOCK_LEADS = merged("CLOCK_LEADS")
EVENT_PREPOSITIONS = joined("EVENT_PREPOSITIONS")
FOR_WORDS = joined("FOR_WORDS")
EMPLOYER_PREPOSITIONS = joined("EMPLOYER_PREPOSITIONS")
BARE_ROLE_WORDS = merged("BARE_ROLE_WORDS")
ROLE_FRAMES = merged("ROLE_FRAMES")
QUANTITY_NOUN_LINKS = merged("QUANTITY_NOUN_LINKS")
QUALIFYING_PREPOSITIONS = merged("QUALIFYING_PREPOSITIONS")
SUPERLATIVE_WORDS = merged("SUPERLATIVE_WORDS")
RANK_SCOPE_WORDS = merged("RANK_SCOPE_WORDS")
RANK_NOUNS = merged("RANK_NOUNS")
# the articles as one alternation, and as a pattern for an article before a word: "the " / "dem " / "l’" (an
# elided article has no space after it)
ARTICLE_WORDS = alt_any_apostrophe(ARTICLES)
ARTICLE = (
    r"(?:(?:"
    + alt(w for w in ARTICLES if not w.endswith("'"))
    + r")[\s\u00a0]+|"
    + alt_any_apostrophe(w for w in ARTICLES if w.endswith("'"))
    + ")"
)
