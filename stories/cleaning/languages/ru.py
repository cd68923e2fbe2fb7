"""Russian (cues only: no stop-word list, prose is told by its length and punctuation)."""

STOPWORDS = ""
LINE_CUES = {"share buttons": "поделиться", "comment widget": "комментарии", "navigation": "реклама\nглавная"}
SECTION_CUES = {"related reading": "читайте также\nсмотрите также\nпохожие статьи\nпо теме"}
SUMMARY_CUES = ""
RELATED_LEADS = "читайте также"
PHOTO_WORDS = "фото"
BYLINE_ROLES = ""
DATE_LABELS = ""

WEEKDAYS = "понедельник вторник среда четверг пятница суббота воскресенье"

AD_LABELS = "реклама"

OUTLET_LEADS = ""

GRAPHIC_WORDS = ""

RIGHTS_RESERVED = """все права защищены"""

LINE_LEADS = {}

PAGE_NOTES = {}

BIO_VERBS = ""

BYLINE_PLACE_WORDS = ""

WITH_WORDS = ""

AGENCY_WORDS = ""
