"""Things a theft took, a raid seized or an inquiry recovered: one figure of the event whatever noun names them.

A word of taking right before the number ("stole eight items", "dérober huit bijoux", "sustrajeron nueve joyas",
"erbeuteten acht Schmuckstücke") or a participle of taking after it ("huit objets volés", "nueve piezas robadas",
"acht entwendete Stücke", "eight items were stolen") makes the count the things taken: two reports that give eight
and nine conflict, while counts of other things (the cases smashed, the diamonds of a necklace) stay apart. Those
who took them are their suspects ("four thieves", "quatre malfaiteurs"), never things taken.
"""

from datetime import date

import pytest

from verification.engine.claims import Document
from verification.engine.crosscheck import cross_check
from verification.engine.extract import extract_claims

PUB = date(2025, 10, 20)


def _slots(lang: str, text: str) -> dict[float, str]:
    doc = Document(key="0", text=text, language=lang, published=PUB)
    return {c.value.get("low"): c.slot for c in extract_claims(doc) if c.kind == "count"}


def _facts(*reports: tuple[str, str]):
    docs = [
        Document(key=str(i), text=t, language=lang, published=PUB, publisher=f"Outlet {i}")
        for i, (lang, t) in enumerate(reports)
    ]
    return cross_check(docs, {d.key: extract_claims(d) for d in docs})


@pytest.mark.parametrize(
    "lang, text, concept",
    [
        ("en", "Four thieves stole eight royal jewels from the gallery.", "stolen"),
        ("en", "Officials said eight items were stolen.", "stolen"),
        ("en", "Police seized eight rifles in the raid.", "seized"),
        ("fr", "Un commando s'est emparé de huit bijoux du XIXe siècle.", "stolen"),
        ("fr", "Sur les huit objets dérobés, un seul a été retrouvé.", "stolen"),
        ("fr", "Les douaniers ont saisi huit fusils.", "seized"),
        ("es", "Los ladrones sustrajeron ocho joyas de la colección.", "stolen"),
        ("es", "Las joyas robadas fueron ocho, entre pendientes y collares.", "stolen"),
        ("es", "La policía recuperó ocho cuadros.", "recovered"),
        ("de", "Die Täter erbeuteten acht Schmuckstücke.", "stolen"),
        ("de", "Sie verloren eines der acht entwendeten Stücke.", "stolen"),
        ("de", "Acht Gewehre wurden beschlagnahmt.", "seized"),
    ],
)
def test_a_word_of_taking_makes_a_count_the_things_taken(lang, text, concept):
    assert _slots(lang, text)[8.0] == concept


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "They smashed two display cases and later counted 631 diamonds in the necklace."),
        ("fr", "Parmi les objets volés figure le collier de la reine, composé de huit saphirs et 631 diamants."),
        ("es", "El collar de la reina, que lucía en la galería, tiene 631 diamantes."),
        ("de", "Die Krone der Kaiserin ist mit 631 Diamanten besetzt."),
    ],
)
def test_things_no_word_of_taking_counts_stay_things(lang, text):
    assert _slots(lang, text).get(631.0) == "things"


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Four thieves stole the jewels and fled on scooters."),
        ("fr", "Quatre malfaiteurs ont volé les bijoux."),
        ("es", "Cuatro ladrones han robado las joyas."),
        ("de", "Vier Diebe erbeuteten die Juwelen."),
    ],
)
def test_those_who_took_are_suspects_not_things_taken(lang, text):
    assert _slots(lang, text)[4.0] == "suspects"


def test_eight_and_nine_things_stolen_in_two_reports_conflict():
    facts = _facts(
        ("en", "Four thieves stole eight items from the Louvre on Sunday."),
        ("fr", "Sur les neuf objets dérobés au Louvre dimanche, huit restent introuvables."),
        ("es", "Los ladrones sustrajeron nueve joyas del Louvre el domingo."),
    )
    taken = [f for f in facts if f.slot == "stolen"]
    assert [f.verdict for f in taken] == ["conflicting"], [(f.slot, f.verdict) for f in facts]


def test_things_stolen_and_things_counted_otherwise_stay_apart():
    facts = _facts(
        ("en", "Thieves stole eight jewels from the museum on Sunday."),
        ("de", "Die Diebe zerbrachen im Museum am Sonntag neun Vitrinen."),
    )
    assert not [f for f in facts if f.verdict == "conflicting"], [(f.slot, f.verdict) for f in facts]
