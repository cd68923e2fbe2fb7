"""A life sentence is told with no figure ("sentenced to life imprisonment", "bekam lebenslang", "la réclusion à
perpétuité", "cadena perpetua"): it is the sentence all the same, one fact across reports and languages, another
sentence than a term in years, and one asked for or the most the law allows is kept apart as a figure would be.
Checked through extract_claims / cross_check in every language."""

import pytest

from .conftest import extracted

LIFE_SENTENCES = {
    "en": "On Thursday the court sentenced Daniel Sancho to life imprisonment for the murder of Edwin Arrieta.",
    "de": "Das Gericht verurteilte Daniel Sancho am Donnerstag zu lebenslanger Haft für den Mord an Edwin Arrieta.",
    "fr": "Le tribunal a condamné Daniel Sancho jeudi à la réclusion à perpétuité pour le meurtre d'Edwin Arrieta.",
    "es": "El tribunal condenó el jueves a Daniel Sancho a cadena perpetua por el asesinato de Edwin Arrieta.",
}


def _sentences(text: str, lang: str) -> list[tuple]:
    return [(c.slot, c.text, c.extra.get("maximum")) for c in extracted(text, lang) if c.slot.startswith("sentence")]


@pytest.mark.parametrize("lang", sorted(LIFE_SENTENCES))
def test_a_life_sentence_with_no_figure_is_the_sentence(lang):
    assert [slot for slot, _, _ in _sentences(LIFE_SENTENCES[lang], lang)] == ["sentence"]


@pytest.mark.parametrize(("one", "other"), [("en", "de"), ("fr", "es"), ("de", "fr")])
def test_reports_of_a_life_sentence_in_two_languages_corroborate_it(one, other, checked):
    facts = [
        f
        for f in checked((one, LIFE_SENTENCES[one]), (other, LIFE_SENTENCES[other]), kind="measure")
        if f.slot == "sentence"
    ]
    assert len(facts) == 1
    assert facts[0].verdict == "corroborated" and len(facts[0].sources) == 2


@pytest.mark.parametrize(
    ("lang", "term"),
    [
        ("en", "On Thursday the court sentenced Daniel Sancho to 30 years in prison for the murder of Edwin Arrieta."),
        ("es", "El tribunal condenó el jueves a Daniel Sancho a 30 años de prisión por el asesinato de Edwin Arrieta."),
    ],
)
def test_a_life_sentence_and_a_term_in_years_disagree(lang, term, checked):
    facts = [f for f in checked((lang, LIFE_SENTENCES[lang]), (lang, term), kind="measure") if f.slot == "sentence"]
    assert not any(f.verdict == "corroborated" for f in facts)


@pytest.mark.parametrize(
    ("lang", "text", "slot", "ceiling"),
    [
        ("en", "The racketeering charge carried the potential of life in prison.", "sentence", True),
        ("en", "Prosecutors sought life imprisonment for the former officer.", "sentence.requested", None),
        ("de", "Die Staatsanwaltschaft hatte lebenslange Haft gefordert.", "sentence.requested", None),
        ("fr", "Il encourt la réclusion criminelle à perpétuité.", "sentence", True),
        ("fr", "Il a été acquitté de racket, qui aurait pu le maintenir en prison à vie.", "sentence", True),
        ("en", "The murder charge could have meant life imprisonment.", "sentence", True),
        ("de", "Ihm hätte eine lebenslange Haftstrafe gedroht.", "sentence", True),
        ("es", "Los fiscales pidieron cadena perpetua para el acusado.", "sentence.requested", None),
        ("es", "Uno de los cargos conllevaba la posibilidad de cadena perpetua.", "sentence", True),
        ("es", "El cargo de asesinato podría haber supuesto cadena perpetua.", "sentence", True),
    ],
)
def test_a_life_sentence_asked_for_or_the_most_the_law_allows_is_kept_apart(lang, text, slot, ceiling):
    [(found_slot, _, maximum)] = _sentences(text, lang)
    assert found_slot == slot and bool(maximum) == bool(ceiling)
