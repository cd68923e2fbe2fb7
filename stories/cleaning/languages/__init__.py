"""Language data of the cleaner: one module per language, each with the same tables.

    STOPWORDS      words that make prose in the language (density, language switches)
    LINE_CUES      {reason: phrases}: a whole short line that is page furniture
    SECTION_CUES   {reason: phrases}: a heading that opens a section of other content
    SUMMARY_CUES   headings of a summary box (the next paragraph is the dek)
    RELATED_LEADS  phrases opening a one-line link to another article ("Read more: ...")
    PHOTO_WORDS    words that label a picture or its credit ("Foto: dpa")
    BYLINE_ROLES   words of a byline that name a role, not an outlet ("Staff Writer")
    DATE_LABELS    labels of a page-date field ("date 2024-10-09")
    WEEKDAYS       names of the days of the week, full and abbreviated
    AD_LABELS      the label of an advertisement ("Anzeige"), also when glued to a paragraph's end
    OUTLET_LEADS   words before the outlet's name in a note on where the article appeared ("first
                   appeared in", "im Programm", "publié dans")
    GRAPHIC_WORDS  words that credit a chart or graphic ("Grafik: watson"): the outlet's own desk made it
    RIGHTS_RESERVED  the phrase of a copyright line ("all rights reserved", "tous droits réservés")
    LINE_LEADS     {reason: phrases}: the opening words of a short line that is page furniture ("Follow
                   us on ...", "Déjà abonné ?", "Síguenos en ...", "Weiter nach der Anzeige")
    PAGE_NOTES     {reason: phrases}: words anywhere in a short paragraph that make it a note about the
                   page, not the article (a cookie notice, a paywall's prompt, a reprint ban)
    BIO_VERBS      the verbs of a writer's biography ("Jane Doe is a reporter at ...": "is", "ist", "est")
    BYLINE_PLACE_WORDS  the word between a writer's name and where they write from ("Emmanuel Addeh in
                   Abuja", "Marie Dupont à Tokyo")
    WITH_WORDS     the words joining an outlet and the agencies it wrote with ("Le Monde avec AFP": "avec",
                   "et"; "Redacción con agencias": "con", "y")
    AGENCY_WORDS   the words for news agencies in general ("agencies", "Agenturen", "agences", "agencias")
    ROLE_NEXT_WORDS  the words that may follow a role in a writer's biography ("reporter at", "Redakteur im
                   Ressort", "journaliste au service", "redactor de")
    ROLE_AT_WORDS  the words between a role and the outlet it is held at ("reporter at", "Redakteur bei",
                   "rédacteur en chef d'", "redactor de"); a word that begins a longer one comes after it
    OUTLET_ARTICLES  the articles before an outlet's name, lower case ("the", "der", "le", "l'", "el")
    NAME_JOINERS   the small words inside an outlet's name ("Bank of England", "Le Monde de ...", "El País")

Phrases are lower case, one per line. Adding a language is one new module listed in LANGUAGES;
`common` holds what belongs to no language (network names). A module leaves out the tables it has nothing
for: they are empty (see `table`); English, German, French and Spanish fill every one.
"""

from types import ModuleType

LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "common")
TABLES = (
    "STOPWORDS",
    "LINE_CUES",
    "SECTION_CUES",
    "SUMMARY_CUES",
    "RELATED_LEADS",
    "PHOTO_WORDS",
    "BYLINE_ROLES",
    "DATE_LABELS",
    "WEEKDAYS",
    "AD_LABELS",
    "OUTLET_LEADS",
    "GRAPHIC_WORDS",
    "RIGHTS_RESERVED",
    "LINE_LEADS",
    "PAGE_NOTES",
    "BIO_VERBS",
    "BYLINE_PLACE_WORDS",
    "WITH_WORDS",
    "AGENCY_WORDS",
    "ROLE_NEXT_WORDS",
    "ROLE_AT_WORDS",
    "OUTLET_ARTICLES",
    "NAME_JOINERS",
)
# tables of {reason: phrases}; the others are one string of phrases or words
REASON_TABLES = ("LINE_CUES", "SECTION_CUES", "LINE_LEADS", "PAGE_NOTES")


def table(module: ModuleType, name: str) -> dict[str, str] | str:
    """A language module's table by name; empty ({} or "") when the language has nothing for it."""
    return getattr(module, name, {} if name in REASON_TABLES else "")
