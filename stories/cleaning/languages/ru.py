"""Russian (cues only: no stop-word list, prose is told by its length and punctuation)."""

LINE_CUES = {"share buttons": "поделиться", "comment widget": "комментарии", "navigation": "реклама\nглавная"}
SECTION_CUES = {"related reading": "читайте также\nсмотрите также\nпохожие статьи\nпо теме"}
RELATED_LEADS = "читайте также"
PHOTO_WORDS = "фото"
WEEKDAYS = "понедельник вторник среда четверг пятница суббота воскресенье"
AD_LABELS = "реклама"
RIGHTS_RESERVED = """все права защищены"""
