"""What belongs to no language: the names of social networks and of shorthand every site uses."""

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
