"""Italian."""

STOPWORDS = """a ad al alla alle anche che chi ci con come da dal dalla degli dei del della delle
    di e è gli ha hanno il in io la le lei lo loro lui ma mi ne nei nel nella non o per più quale
    quando questa questo se si sono su sua suo sul sulla tra un una uno"""
LINE_CUES = {"share buttons": "condividi\ncondividi su facebook", "comment widget": "commenti", "ticker": "ultim'ora"}
SECTION_CUES = {
    "related reading": "articoli correlati\nleggi anche\npotrebbe interessarti",
    "generated Q&A": "domande frequenti",
}
SUMMARY_CUES = "riassunto\nin breve"
RELATED_LEADS = "leggi anche"
PHOTO_WORDS = "foto immagine"
BYLINE_ROLES = "giornalista corrispondente redazione"
DATE_LABELS = "data\npubblicato\naggiornato"
WEEKDAYS = "lunedì martedì mercoledì giovedì venerdì sabato domenica"
AD_LABELS = "pubblicità"
OUTLET_LEADS = "pubblicato su\npubblicato in\napparso su"
GRAPHIC_WORDS = "grafico infografica"
RIGHTS_RESERVED = """tutti i diritti riservati"""
