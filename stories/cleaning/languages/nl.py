"""Dutch."""

STOPWORDS = """aan al als bij dat de den der deze die dit door een en er had heb hebben heeft het
    hij hoe hun ik in is je kan maar me met mij na naar niet nog nu of om ons onze ook op over te tegen
    toe tot uit van veel voor was wat we wel werd wie wij worden wordt zal ze zei zich zij zijn zo"""
LINE_CUES = {"share buttons": "delen\ndeel dit artikel", "comment widget": "reacties"}
SECTION_CUES = {"related reading": "gerelateerde artikelen\nlees ook"}
SUMMARY_CUES = "samenvatting"
RELATED_LEADS = "lees ook\nlees verder"
PHOTO_WORDS = "foto beeld"
BYLINE_ROLES = "verslaggever correspondent redactie"
DATE_LABELS = "datum\ngepubliceerd\nbijgewerkt"
WEEKDAYS = "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"
AD_LABELS = "advertentie"
OUTLET_LEADS = "verscheen in\nverscheen op\ngepubliceerd in\ngepubliceerd op"
OUTLET_ARTICLES = "de het"
NAME_JOINERS = "van de der"
GRAPHIC_WORDS = "grafiek infographic"
RIGHTS_RESERVED = """alle rechten voorbehouden"""
BYLINE_LEADS = "door"
SOURCE_WORDS = "bron"
DESK_PATTERNS = "redactie"
PUBLISHED_WORDS = "gepubliceerd\nbijgewerkt"
THIS_WORDS = "deze dit"
READING_TIME_WORDS = "leestijd"
READING_TIME_PATTERNS = r"min(?:ute)?s?\.?\s*leestijd"
READ_FULL_PATTERNS = "lees verder"
