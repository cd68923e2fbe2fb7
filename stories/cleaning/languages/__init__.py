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
    LOGO_PLACES    words telling which of the site's logos a logo's text is ("site logo", "logo cabecera"): no name
    OUTLET_LEADS   words before the outlet's name in a note on where the article appeared ("first
                   appeared in", "im Programm", "publié dans")
    OWN_REPORT_LEADS  words before the outlet's name where the article refers to the outlet's own reporting
                   ("as previously reported by", "informa el corresponsal de")
    OWN_REPORT_TAILS  words after the outlet's name where the article refers to the outlet's own reporting ("Riverton
                   Post can reveal", "Europe 1 fait le point.", "EL PAÍS ha podido saber"); one opening with a hyphen is
                   glued to the name ("Laut KURIER-Informationen")
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
    AUTHOR_LABELS  the labels of an author field ("author: Jane Doe", "Redaktion: ..."); also the cheap gate before
                   the field's pattern
    BYLINE_LEADS   the words opening a byline ("By Jane Doe", "written by", "Von Max Muster", "Par Jean")
    CREDIT_LABELS  labels of a credit line other than SOURCE_WORDS ("Photo: ...", "Bildquelle: ...", "Crédito: ...")
    CREDIT_BY_WORDS  the words between a picture's label and who took it ("Photo by", "Foto von", "photo de")
    SOURCE_WORDS   the words that credit a text's sources ("Source: ...", "Quelle: ...", "Fuente: ...")
    PUBLISHED_WORDS  the words of a publication or update time stamp ("Published", "Veröffentlicht", "Publié")
    QUESTION_LABELS, ANSWER_LABELS  the labels of a Q&A's lines, as written ("Q", "Frage", "Réponse")
    THIS_WORDS     the words for "this" before the name of the text ("this article", "diese Nachricht")
    TEXT_NOUNS     the names of the text itself ("article", "Beitrag", "nota") after THIS_WORDS
    READING_TIME_WORDS  words one of which a reading time holds (the cheap gate before its pattern)
    READING_TIME_LABELS  labels before a reading time's minutes ("reading time: 3 min", "Lesedauer")
    RELATIVE_TIME_CUES  the words of a relative time ("ago", "vor", "il y a"): the cheap gate before its pattern
    SITE_LEADS     the words before the site's own name on a line of its furniture that goes on with one of its
                   channels ("Follow The Riverton Post on X", "Get the Riverton Post app", "Folgen Sie", "Suivez")
    CHANNEL_WORDS  the site's channels such a line names ("app", "newsletter", "podcast", "Kanal", "boletín")
    SITE_SOURCE_LEADS  the words before a site's name that ends such a line ("More from Riverton Post", "Also
                   on", "Courtesy of The Riverton Post", "Mehr von", "Lire aussi sur", "Lee también en"); not a link
                   to the text's source ("Read the full story at ...": the text's source, not its publisher)
    PROVIDER_LEADS  the words before the outlet that gave a reprinted text, on a credit line of its own ("Provided
                   by", "Bereitgestellt von", "Information fournie par France 24", "Avec France 24", "Proporcionado
                   por"); a byline's one-word lead before an outlet's name ("par BFMTV") is read alike
    EXPLAINER_TAILS  the words closing an explainer's headline ("Here's what to know", "explained", "ce que l'on
                   sait", "was wir wissen", "lo que se sabe"): a headline, however it is punctuated
    LIVE_PAGE_WORDS  the words by which a live page's headline names it live ("live updates", "Liveticker", "en
                   direct", "en vivo"): its entries below tell of the latest hours, not of what it names
    AI_WORDS, MAKE_WORDS, ADVICE_WORDS  the words of an AI-assistance note ("ai", "KI") and its verbs
                   ("generated", "rédigé"), and of an advice disclaimer ("advice", "Anlageberatung"): the cheap
                   gate before the disclaimer's patterns

Tables named ..._PATTERNS hold regular expressions, one a line, matched with case ignored:

    DESK_PATTERNS  an organisation's desk closing an author's name ("Pulse AI Editorial", "Redaktion")
    READING_TIME_PATTERNS  what follows a number in a reading time ("3 min read", "5 Minuten Lesezeit")
    MINUTE_PATTERNS  the word for minutes after a number ("2 minutes", "5 Minuten")
    RELATIVE_TIME_PATTERNS  a time told relative to now ("3 hours ago", "vor 5 Minuten", "hace 2 horas")
    AI_NOTE_PATTERNS  a note that a text was written with AI ("generated with AI", "mit KI erstellt")
    ADVICE_PATTERNS  a disclaimer that a text is no advice ("not financial advice", "keine Anlageberatung")
    SELF_REFERENCE_PATTERNS  words by which a note refers to the page itself ("this article", "we")
    WIDGET_PATTERNS  the opening of an assistant widget ("Ask me anything", "Frag die KI")
    NEWSLETTER_PROMO_PATTERNS  the opening of a newsletter's promotion ("Sign up for our newsletter")
    FOLLOW_PATTERNS  the opening of a line asking to follow the site ("Follow us on", "Síguenos en")
    NAV_PATTERNS   the opening of a navigation line ("Tags:", "Click here")
    NEWSLETTER_PATTERNS  word beginnings of a newsletter's box ("subscribe", "abonn", "suscr[ií]b")
    READ_FULL_PATTERNS  the opening of a link to the whole text elsewhere ("Read the full story at", "Weiterlesen")
    VIDEO_POINTER_PATTERNS  a sentence pointing to the page's video for more ("Plus de détails dans la vidéo en
                   tête de cet article", "... erfährst du im Video am Anfang des Artikels"), found anywhere in it
    AFFILIATE_PATTERNS  an affiliate disclosure ("we may earn a commission", "wir erhalten eine Provision")

`common` also holds two tables of no language (COMMON_TABLES): AMBIGUOUS, the words several languages share,
AGENCIES, the names of news and photo agencies as written, one a line, and WEBMAIL, the domains of mail services
anyone may use.

Phrases are lower case (the labels' tables as written), one per line. Adding a language is one new module
listed in LANGUAGES; `common` holds what belongs to no language (network names). A module leaves out the tables it has nothing
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
    "LOGO_PLACES",
    "OUTLET_LEADS",
    "OWN_REPORT_LEADS",
    "OWN_REPORT_TAILS",
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
    "AUTHOR_LABELS",
    "BYLINE_LEADS",
    "CREDIT_LABELS",
    "CREDIT_BY_WORDS",
    "SOURCE_WORDS",
    "PUBLISHED_WORDS",
    "QUESTION_LABELS",
    "ANSWER_LABELS",
    "THIS_WORDS",
    "TEXT_NOUNS",
    "READING_TIME_WORDS",
    "READING_TIME_LABELS",
    "RELATIVE_TIME_CUES",
    "EXPLAINER_TAILS",
    "LIVE_PAGE_WORDS",
    "AI_WORDS",
    "MAKE_WORDS",
    "ADVICE_WORDS",
    "SITE_LEADS",
    "CHANNEL_WORDS",
    "SITE_SOURCE_LEADS",
    "PROVIDER_LEADS",
    "DESK_PATTERNS",
    "READING_TIME_PATTERNS",
    "MINUTE_PATTERNS",
    "RELATIVE_TIME_PATTERNS",
    "AI_NOTE_PATTERNS",
    "ADVICE_PATTERNS",
    "SELF_REFERENCE_PATTERNS",
    "WIDGET_PATTERNS",
    "NEWSLETTER_PROMO_PATTERNS",
    "FOLLOW_PATTERNS",
    "NAV_PATTERNS",
    "NEWSLETTER_PATTERNS",
    "READ_FULL_PATTERNS",
    "VIDEO_POINTER_PATTERNS",
    "AFFILIATE_PATTERNS",
)
# tables only `common` holds
COMMON_TABLES = ("AMBIGUOUS", "AGENCIES", "WEBMAIL")
# tables of {reason: phrases}; the others are one string of phrases or words
REASON_TABLES = ("LINE_CUES", "SECTION_CUES", "LINE_LEADS", "PAGE_NOTES")


def table(module: ModuleType, name: str) -> dict[str, str] | str:
    """A language module's table by name; empty ({} or "") when the language has nothing for it."""
    return getattr(module, name, {} if name in REASON_TABLES else "")
