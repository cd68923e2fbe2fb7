"""The most the law allows for a sentence ("he had faced up to 110 years", "la peine maximale") is another figure than
the sentence imposed or asked for, even where its "up to" would fit that sentence: an article telling both tells
them apart. Checked through extract_claims / cross_check in every language."""

import pytest

from verification.engine.concepts import concept_label

# (a report of the sentence and the ceiling, another report of both, the words a ceiling's label shows)
SENTENCE_AND_CEILING = {
    "en": (
        "The judge sentenced the founder to 25 years in prison on Thursday. He had faced up to 110 years in prison.",
        "The founder was sentenced to 25 years in prison. He faced a maximum penalty of 110 years in prison.",
        "maximum",
    ),
    "de": (
        "Der Richter verurteilte den Gründer am Donnerstag zu 25 Jahren Haft. Ihm drohten bis zu 110 Jahre Haft.",
        "Der Gründer wurde zu 25 Jahren Haft verurteilt. Die Höchststrafe hätte 110 Jahre Haft betragen.",
        "Höchstmaß",
    ),
    "fr": (
        "Le juge a condamné le fondateur à 25 ans de prison jeudi. Il encourait jusqu'à 110 ans de prison.",
        "Le fondateur a été condamné à 25 ans de prison. La peine maximale était de 110 ans de prison.",
        "maximum",
    ),
    "es": (
        "El juez condenó al fundador a 25 años de prisión el jueves. Se enfrentaba a hasta 110 años de prisión.",
        "El fundador fue condenado a 25 años de prisión. La pena máxima era de 110 años de prisión.",
        "máximo",
    ),
}


@pytest.mark.parametrize("lang", sorted(SENTENCE_AND_CEILING))
def test_the_ceiling_a_report_names_is_not_the_sentence_imposed(lang, checked):
    one, other, ceiling_words = SENTENCE_AND_CEILING[lang]
    facts = [f for f in checked((lang, one), (lang, other), kind="measure") if f.slot.startswith("sentence")]
    assert len(facts) == 2
    assert all(f.verdict == "corroborated" and len(f.sources) == 2 for f in facts)
    labels = [concept_label(f.slot, lang) for f in facts]
    assert sum(ceiling_words.lower() in label.lower() for label in labels) == 1
