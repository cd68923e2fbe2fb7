"""What belongs to no language: the names of social networks and of shorthand every site uses."""

STOPWORDS = ""
LINE_CUES = {
    "share buttons": """facebook
    twitter
    linkedin
    whatsapp
    telegram
    reddit
    pinterest
    youtube
    instagram
    tiktok
    threads
    bluesky
    mastodon
    flipboard
    x"""
}
SECTION_CUES = {"generated Q&A": "q&a"}
SUMMARY_CUES = "tl;dr\ntldr"
RELATED_LEADS = ""
PHOTO_WORDS = ""
BYLINE_ROLES = ""
DATE_LABELS = ""

WEEKDAYS = ""

AD_LABELS = ""

OUTLET_LEADS = ""

GRAPHIC_WORDS = ""

RIGHTS_RESERVED = """"""

LINE_LEADS = {}

PAGE_NOTES = {}

BIO_VERBS = ""

BYLINE_PLACE_WORDS = ""

WITH_WORDS = ""

AGENCY_WORDS = ""
