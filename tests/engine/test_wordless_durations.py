"""Durations told with no figure: an article that is "one" or words of a few before a unit of time, after a word that
makes it a span of time, in every language that writes them, through extract_claims."""

import pytest

from .conftest import extracted

YEAR, MINUTE = 365.25, 1 / 1440


def _durations(text: str, lang: str) -> list[tuple]:
    return [
        (c.text, c.value["low"], c.value["high"], c.value["qualifier"])
        for c in extracted(text, lang)
        if c.kind == "measure" and c.value.get("unit") == "duration"
    ]


@pytest.mark.parametrize(
    ("lang", "text", "evidence", "low", "high", "qualifier"),
    [
        ("en", "For a decade, Apple abused its dominant position.", "a decade", 10 * YEAR, 10 * YEAR, "about"),
        (
            "en",
            "He was held in custody for more than a year since his arrest.",
            "more than a year",
            YEAR,
            None,
            "over",
        ),
        ("de", "Während eines Jahres ist es ihm untersagt, sich ihr zu nähern.", "eines Jahres", YEAR, YEAR, "about"),
    ],
)
def test_an_article_that_is_one_before_a_unit_of_time_after_a_word_of_span_is_a_duration(
    lang, text, evidence, low, high, qualifier
):
    assert (evidence, pytest.approx(low), high if high is None else pytest.approx(high), qualifier) in _durations(
        text, lang
    )


@pytest.mark.parametrize(
    ("lang", "text", "evidence"),
    [
        ("en", "The two astronauts took turns outside, spending a few minutes on tests.", "a few minutes"),
        ("de", "Der Spaziergang selbst dauerte nur wenige Minuten.", "wenige Minuten"),
        ("fr", "Les deux astronautes sont sortis pendant quelques minutes.", "quelques minutes"),
        ("es", "La caminata espacial duró unos pocos minutos.", "unos pocos minutos"),
    ],
)
def test_a_few_units_of_time_after_a_word_of_span_are_a_duration_of_two_to_nine(lang, text, evidence):
    assert (evidence, pytest.approx(2 * MINUTE), pytest.approx(9 * MINUTE), "range") in _durations(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A year ago, the company opened its first office."),
        ("en", "The subscription costs $10 a year."),
        ("en", "A few days later, the police arrested him."),
        ("de", "Eines Jahres wird er zurückkehren, sagte sie."),
        ("fr", "Quelques jours plus tard, la police l'a arrêté."),
        ("es", "Algunos días después, la policía lo detuvo."),
    ],
)
def test_a_unit_of_time_without_a_word_of_span_is_no_duration(lang, text):
    assert _durations(text, lang) == []
