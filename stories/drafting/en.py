"""English tables for the consolidated draft (see stories.drafting)."""

ACCORDING_TO = "{statement}, according to {outlet}"
SOURCES_DIFFER = "Sources differ on {what}: {reports}."
REPORTS = "{outlet} reports {value}"
VALUE_STATEMENT = "{label}: {value}"
REPORT_JOIN = "; "
AND = "and"
QUALIFIERS = {
    "over": "over {}",
    "at_least": "at least {}",
    "about": "about {}",
    "under": "under {}",
    "up_to": "up to {}",
    "range": "{} to {}",
}
NO_FACTS = "_No checked facts yet: verify the story first._"
PROMOTIONAL = frozenset(
    """
amazing astonishing best-in-class breakthrough crown cutting-edge disruptive exciting exclusive extraordinary
flagship game-changer game-changing groundbreaking historic incredible iconic landmark legendary
massive premier pioneering remarkable revolutionary stunning state-of-the-art transformative
unmatched unparalleled unprecedented visionary world-class
""".split()
)
PROMOTIONAL_PHRASES = ("crown jewel", "neural hub", "next level", "game changer", "second to none", "like never before")
CALL_TO_ACTION = (
    "subscribe",
    "sign up",
    "click",
    "read more",
    "find out",
    "learn more",
    "contact us",
    "follow us",
    "share this",
    "download",
    "register",
    "don't miss",
    "join us",
    "stay tuned",
)
