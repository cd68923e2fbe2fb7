"""Polish (cues only: no stop-word list, prose is told by its length and punctuation)."""

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
RELATED_LEADS = "czytaj także\nczytaj też"
PHOTO_WORDS = "fot zdjęcie"
WEEKDAYS = "poniedziałek wtorek środa czwartek piątek sobota niedziela"
AD_LABELS = "reklama"
RIGHTS_RESERVED = """wszelkie prawa zastrzeżone"""
