"""German tables for the consolidated draft (see stories.drafting)."""

ACCORDING_TO = "{statement}, berichtet {outlet}"
SOURCES_DIFFER = "Die Quellen unterscheiden sich bei {what}: {reports}."
REPORTS = "{outlet} nennt {value}"
VALUE_STATEMENT = "{label}: {value}"
REPORT_JOIN = "; "
AND = "und"
QUALIFIERS = {
    "over": "über {}",
    "at_least": "mindestens {}",
    "about": "etwa {}",
    "under": "unter {}",
    "up_to": "bis zu {}",
    "range": "{} bis {}",
}
NO_FACTS = "_Noch keine geprüften Fakten: die Geschichte zuerst prüfen._"
PROMOTIONAL = frozenset(
    """
bahnbrechend bahnbrechende bahnbrechenden einzigartig einzigartige einzigartigen fantastisch gewaltig
gewaltige historisch historische historischen legendär massiv massive massiven revolutionär revolutionäre
sensationell spektakulär spektakuläre unglaublich unglaubliche weltklasse wegweisend wegweisende
satte sattes satten
""".split()
)
PROMOTIONAL_PHRASES = ("der welt", "wie nie zuvor", "ein meilenstein")
CALL_TO_ACTION = (
    "abonnieren",
    "jetzt anmelden",
    "hier klicken",
    "mehr erfahren",
    "weiterlesen",
    "folgen sie",
    "jetzt lesen",
    "herunterladen",
    "teilen sie",
)
