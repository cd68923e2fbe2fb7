"""Figures that only look different: one report's words allow the other's figure, so the fact is no conflict."""

from datetime import date

import pytest

from verification.engine.claims import Document
from verification.engine.crosscheck import cross_check
from verification.engine.extract import extract_claims


def facts_of(*texts: tuple[str, str]):
    """The facts of a story told by ``texts`` ((text, language) each), one outlet a text."""
    docs = [
        Document(key=str(i), text=t, language=lang, published=date(2025, 6, 2), publisher=f"Outlet {i}")
        for i, (t, lang) in enumerate(texts)
    ]
    return cross_check(docs, {d.key: extract_claims(d) for d in docs})


def verdict(*texts: tuple[str, str]) -> str:
    """The verdict on the one fact the reports ``texts`` state together."""
    facts = [f for f in facts_of(*texts) if len(f.sources) == len(texts)]
    assert len(facts) == 1, [(f.key, f.verdict) for f in facts]
    return facts[0].verdict


SCALED_AND_DIGITS = {
    "en": ("Nawrocki won {} votes in the run-off.", "10.2 million"),
    "de": ("Nawrocki erhielt in der Stichwahl {} Stimmen.", "10,2 Millionen"),
    "fr": ("Nawrocki a obtenu {} voix au second tour.", "10,2 millions de"),
    "es": ("Nawrocki obtuvo {} votos en la segunda vuelta.", "10,2 millones de"),
}
GROUPING = {"en": ",", "de": ".", "fr": " ", "es": "."}


def _reports(lang: str, exact: int) -> tuple[tuple[str, str], tuple[str, str]]:
    sentence, scaled = SCALED_AND_DIGITS[lang]
    digits = f"{exact:,}".replace(",", GROUPING[lang])
    return (sentence.format(scaled), lang), (sentence.format(digits), lang)


@pytest.mark.parametrize("lang", sorted(SCALED_AND_DIGITS))
def test_a_figure_written_with_a_scale_word_may_be_cut_rather_than_rounded(lang):
    # "10.2 million votes" for 10,281,455: outlets cut a figure in millions as often as they round it
    assert verdict(*_reports(lang, 10_281_455)) == "corroborated"


@pytest.mark.parametrize("lang", sorted(SCALED_AND_DIGITS))
def test_a_figure_cut_to_its_scale_still_differs_from_one_past_its_next_step(lang):
    assert verdict(*_reports(lang, 10_310_000)) == "conflicting"  # 10.3 million is a step further
    assert verdict(*_reports(lang, 10_120_000)) == "conflicting"  # a cut figure is never above what it cuts


@pytest.mark.parametrize(
    "lang,a,b",
    [
        ("en", "The BSW won 4.97% of the vote.", "The BSW won 4.9% of the vote."),
        ("de", "Das BSW kam auf 4,97 Prozent der Stimmen.", "Das BSW kam auf 4,9 Prozent der Stimmen."),
    ],
)
def test_a_figure_in_digits_keeps_its_rounding(lang, a, b):
    # 4.97% does not round to 4.9%: only a scale word lets a report cut its figure
    assert verdict((a, lang), (b, lang)) == "conflicting"


def percentages(text: str, lang: str) -> dict[str, str]:
    """Each percentage of ``text``, by its words: the slot it was given."""
    doc = Document(key="1", text=text, language=lang, published=date(2025, 6, 2), publisher="Outlet")
    return {c.text: c.slot for c in extract_claims(doc) if c.kind == "percent"}


COUNTING = [
    ("en", "After processing 100% of the protocols, Nawrocki won 50.89% of the vote.", "100%", "50.89%"),
    ("en", "With 99% of the votes counted, Labour had won 33.7% of the vote.", "99%", "33.7%"),
    ("en", "With 100% of precincts reporting, the senator won 52% of the votes.", "100%", "52%"),
    (
        "de",
        "Nach Auszählung von 100 Prozent der Stimmbezirke liegt die Wahlbeteiligung bei 71,63 Prozent.",
        "100 Prozent",
        "71,63 Prozent",
    ),
    ("fr", "Après dépouillement de 100 % des bulletins, le RN obtient 33,2 % des voix.", "100 %", "33,2 %"),
    ("fr", "Le RN arrive à 33,2 % des voix sur 98 % des bureaux dépouillés.", "98 %", "33,2 %"),
    ("es", "Con el 99,8 % escrutado, el PP obtuvo el 33 % de los votos.", "99,8 %", "33 %"),
    ("es", "Escrutado el 95 %, la participación fue del 70 %.", "95 %", "70 %"),
    ("fr", "À 100 % du dépouillement, la participation atteint 66,7 %.", "100 %", "66,7 %"),
    ("es", "Al 99 % del escrutinio, el PSOE logra un 31,7 % de los votos.", "99 %", "31,7 %"),
    ("fr", "Le RN arrive à 33,2 % des voix, après dépouillement de 98 % des bureaux.", "98 %", "33,2 %"),
]


@pytest.mark.parametrize("lang,text,counted,result", COUNTING)
def test_how_much_of_the_count_was_done_is_no_result(lang, text, counted, result):
    slots = percentages(text, lang)
    assert slots[counted] == "counted.percent"
    assert slots[result] != "counted.percent"


def test_how_much_of_the_count_was_done_never_conflicts_with_the_turnout():
    facts = facts_of(
        ("The commission spoke after processing 100% of the protocols. Turnout reached 71.6%.", "en"),
        ("Die Wahlbeteiligung lag bei 71,63 Prozent.", "de"),
    )
    assert [f.verdict for f in facts if f.slot == "turnout.percent"] == ["corroborated"]
    assert {f.verdict for f in facts} == {"corroborated", "single_source"}


def test_two_stages_of_the_count_are_no_conflict():
    facts = facts_of(
        ("With 99% of the votes counted, Labour had won 33.7% of the vote.", "en"),
        ("Con el 100 % escrutado, los laboristas obtuvieron el 33,7 % de los votos.", "es"),
    )
    assert "conflicting" not in {f.verdict for f in facts}


STRIKE_LENGTHS = {
    "en": ("The machinists ended their strike after {}.", "seven weeks", "53 days", "eight weeks"),
    "de": ("Die Maschinisten beendeten ihren Streik nach {}.", "sieben Wochen", "53 Tagen", "acht Wochen"),
    "fr": ("Les machinistes ont mis fin à leur grève après {}.", "sept semaines", "53 jours", "huit semaines"),
    "es": ("Los maquinistas pusieron fin a su huelga tras {}.", "siete semanas", "53 días", "ocho semanas"),
}


@pytest.mark.parametrize("lang", sorted(STRIKE_LENGTHS))
def test_a_duration_in_whole_weeks_stands_for_the_days_of_its_last_week(lang):
    # 53 days is seven weeks and four days: "seven weeks" counts the whole weeks gone by
    sentence, weeks, days, _ = STRIKE_LENGTHS[lang]
    assert verdict((sentence.format(weeks), lang), (sentence.format(days), lang)) == "corroborated"


def corroborated_by_both(*texts: tuple[str, str]) -> bool:
    """Whether one fact is corroborated by every report of ``texts``."""
    return any(f.verdict == "corroborated" and len(f.sources) == len(texts) for f in facts_of(*texts))


@pytest.mark.parametrize("lang", sorted(STRIKE_LENGTHS))
def test_a_duration_in_whole_weeks_still_differs_from_days_past_its_span_and_from_other_weeks(lang):
    sentence, weeks, days, other_weeks = STRIKE_LENGTHS[lang]
    assert not corroborated_by_both((sentence.format(other_weeks), lang), (sentence.format(days), lang))
    assert not corroborated_by_both((sentence.format(weeks), lang), (sentence.format(other_weeks), lang))


FINES = {
    "en": (
        ("The EU fined Apple {} on Monday.", "Brussels said the penalty of {} was for abusing its dominance."),
        ("€1.84 billion", "1.8 billion euros", "1.9 billion euros"),
    ),
    "de": (
        (
            "Die EU verhängte am Montag gegen Apple eine Strafe von {}.",
            "Brüssel begründete die Buße von {} mit Missbrauch.",
        ),
        ("1,84 Milliarden Euro", "1,8 Milliarden Euro", "1,9 Milliarden Euro"),
    ),
    "fr": (
        ("L'UE a infligé lundi à Apple une amende de {}.", "Bruxelles justifie cette sanction de {} par un abus."),
        ("1,84 milliard d'euros", "1,8 milliard d'euros", "1,9 milliard d'euros"),
    ),
    "es": (
        ("La UE impuso el lunes a Apple una multa de {}.", "Bruselas justificó la sanción de {} por abuso."),
        ("1.840 millones de euros", "1.800 millones de euros", "1.900 millones de euros"),
    ),
}


def fine_verdicts(lang: str, first: str, second: str) -> list[str]:
    """The verdicts on the money facts of two reports of one fine, the first giving ``first``, the other ``second``."""
    (one, other), _ = FINES[lang]
    facts = facts_of((one.format(first), lang), (other.format(second), lang))
    return [f.verdict for f in facts if f.kind == "money" and len(f.sources) == 2]


@pytest.mark.parametrize("lang", sorted(FINES))
def test_an_amount_with_a_scale_word_may_round_a_precise_one_to_its_last_digit(lang):
    # "1.8 billion euros" for €1.84 billion; "1.800 millones" is 1.8 billion written in millions
    precise, rounded, _ = FINES[lang][1]
    assert fine_verdicts(lang, precise, rounded) == ["corroborated"]


@pytest.mark.parametrize("lang", sorted(FINES))
def test_an_amount_with_a_scale_word_still_differs_from_the_next_figure_of_its_last_digit(lang):
    _, rounded, other = FINES[lang][1]
    assert "corroborated" not in fine_verdicts(lang, rounded, other)
