"""Made-up articles in the four languages, their headlines, and a one-call cleaner of lines: what the
cleaner's tests by class (titles, data lines, publisher) build their pages from."""

from stories.cleaning import CleanedDocument, clean_document

from .test_cleaning import DE_BODY, EN_BODY, ES_BODY, FR_BODY

BODIES = {"en": EN_BODY, "de": DE_BODY, "fr": FR_BODY, "es": ES_BODY}
TITLES = {
    "en": "Riverton council approves the harbour budget",
    "de": "Stadtrat von Flussheim beschließt Haushalt für das Hafenviertel",
    "fr": "Le conseil de Rivebourg adopte le budget du port",
    "es": "El consejo de Riberalta aprueba el presupuesto del puerto",
}


def clean(*lines: str) -> CleanedDocument:
    """The lines as a plain-text dump, one paragraph each, cleaned."""
    return clean_document("\n\n".join(lines), filename="a.txt")
