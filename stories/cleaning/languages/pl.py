"""Polish (cues only: no stop-word list, prose is told by its length and punctuation)."""

STOPWORDS = ""
LINE_CUES = {
    "share buttons": "udostępnij\nudostępnij artykuł",
    "comment widget": "komentarze",
    "navigation": "reklama\nstrona główna",
}
SECTION_CUES = {
    "related reading": """czytaj także
    czytaj też
    zobacz także
    zobacz też
    powiązane artykuły
    polecane"""
}
SUMMARY_CUES = ""
RELATED_LEADS = "czytaj także\nczytaj też"
PHOTO_WORDS = "fot zdjęcie"
BYLINE_ROLES = ""
DATE_LABELS = ""

WEEKDAYS = "poniedziałek wtorek środa czwartek piątek sobota niedziela"

AD_LABELS = "reklama"

OUTLET_LEADS = ""

GRAPHIC_WORDS = ""

RIGHTS_RESERVED = """wszelkie prawa zastrzeżone"""

LINE_LEADS = {}

PAGE_NOTES = {}

BIO_VERBS = ""

BYLINE_PLACE_WORDS = ""

WITH_WORDS = ""

AGENCY_WORDS = ""
