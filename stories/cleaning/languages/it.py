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
NAME_JOINERS = "di del della dello dei degli delle"
GRAPHIC_WORDS = "grafico infografica"
RIGHTS_RESERVED = """tutti i diritti riservati"""
AUTHOR_LABELS = "autore"
BYLINE_LEADS = "di"
SOURCE_WORDS = "fonte fonti"
DESK_PATTERNS = "redazione"
PUBLISHED_WORDS = "pubblicato\naggiornato"
QUESTION_LABELS = "D Domanda"
ANSWER_LABELS = "Risposta"
THIS_WORDS = "questo questa"
TEXT_NOUNS = "articolo"
READING_TIME_WORDS = "lettura"
READING_TIME_PATTERNS = r"min(?:ute)?s?\.?\s*di lettura"
RELATIVE_TIME_CUES = "fa"
RELATIVE_TIME_PATTERNS = r"\b\d+\s*(?:min|ore|ora|giorni)\s+fa\b"
AI_WORDS = "artificiale"
SELF_REFERENCE_PATTERNS = r"\bquesto (articolo|testo|contenuto)\b"
FOLLOW_PATTERNS = r"seguici su\b"
NEWSLETTER_PATTERNS = "iscriviti"
READ_FULL_PATTERNS = "continua a leggere"
