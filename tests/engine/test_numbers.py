"""Numbers as intervals: locale separators, scale words, qualifiers and ranges in en/de/fr/es."""

import pytest

from verification.engine.claims import Document
from verification.engine.extract import extract_claims
from verification.engine.numbers import find_numbers, parse_number


@pytest.mark.parametrize(
    "raw,lang,value",
    [
        ("1,000", "en", 1000),
        ("4.202", "en", 4.202),
        ("2.5", "en", 2.5),
        ("1,000,000", "en", 1e6),
        ("6,4", "de", 6.4),
        ("29.900", "es", 29900),
        ("18.000", "es", 18000),
        ("1,7", "fr", 1.7),
        ("1 000", "fr", 1000),
        ("1.234.567", "de", 1234567),
        ("1.234,5", "de", 1234.5),
        ("1,234.5", "en", 1234.5),
        ("three", "en", 3),
        ("drei", "de", 3),
        ("trois", "fr", 3),
        ("tres", "es", 3),
        ("x", "en", None),
    ],
)
def test_parse_number(raw, lang, value):
    assert parse_number(raw, lang) == value


def one(text, lang):
    nums = find_numbers(text, lang=lang)
    assert nums, text
    n = nums[0]
    return text[n.start : n.end], n.low, n.high, n.qualifier


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("over 200 jobs", "en", ("over 200", 200, None, "over")),
        ("more than 200 people", "en", ("more than 200", 200, None, "over")),
        ("exceeding S$300 million", "en", ("exceeding S$300 million", 3e8, None, "over")),
        ("up to US$1 million", "en", ("up to US$1 million", None, 1e6, "up_to")),
        ("about five to 10 offices", "en", ("about five to 10", 5, 10, "range")),
        ("between 5 and 10 million", "en", ("between 5 and 10 million", 5e6, 10e6, "range")),
        ("200 or more staff", "en", ("200 or more", 200, None, "at_least")),
        ("S$300M", "en", ("300M", 3e8, 3e8, "exact")),
        ("$1m", "en", ("1m", 1e6, 1e6, "exact")),
        ("$10bn", "en", ("10bn", 1e10, 1e10, "exact")),
        ("mehr als 200 Stellen", "de", ("mehr als 200", 200, None, "over")),
        ("rund 6,4 Milliarden Dollar", "de", ("rund 6,4 Milliarden", 6.4e9, 6.4e9, "about")),
        ("2 Billionen Euro", "de", ("2 Billionen", 2e12, 2e12, "exact")),
        ("plus de 1,7 milliard d’euros", "fr", ("plus de 1,7 milliard", 1.7e9, None, "over")),
        ("près de 14 milliards", "fr", ("près de 14 milliards", 14e9, 14e9, "nearly")),
        ("knapp 600 Milliarden Dollar", "de", ("knapp 600 Milliarden", 6e11, 6e11, "nearly")),
        ("casi 30 mil millones", "es", ("casi 30 mil millones", 3e10, 3e10, "nearly")),
        ("200+ attendees", "en", ("200+", 200, None, "at_least")),
        ("bis zu 500 Menschen", "de", ("bis zu 500", None, 500, "up_to")),
        ("jusqu'à 500 personnes", "fr", ("jusqu'à 500", None, 500, "up_to")),
        ("about 234 people", "en", ("about 234", 234, 234, "about")),
        # a negated bound is the opposite bound
        ("pas moins de 8,5 millions de machines", "fr", ("pas moins de 8,5 millions", 8.5e6, None, "at_least")),
        ("nicht weniger als 200 Menschen", "de", ("nicht weniger als 200", 200, None, "at_least")),
        ("no menos de 200 personas", "es", ("no menos de 200", 200, None, "at_least")),
        ("no more than 200 people", "en", ("no more than 200", None, 200, "up_to")),
        ("at most 200 people", "en", ("at most 200", None, 200, "up_to")),
        ("au plus 200 personnes", "fr", ("au plus 200", None, 200, "up_to")),
        ("como máximo 200 personas", "es", ("como máximo 200", None, 200, "up_to")),
        ("quasiment 200 personnes", "fr", ("quasiment 200", 200, 200, "nearly")),
        # an article or a half in front of a scale word
        ("a billion dollars", "en", ("a billion", 1e9, 1e9, "exact")),
        ("half a million people", "en", ("half a million", 5e5, 5e5, "exact")),
        ("eine halbe Milliarde Euro", "de", ("eine halbe Milliarde", 5e8, 5e8, "exact")),
        ("un demi-milliard d'euros", "fr", ("un demi-milliard", 5e8, 5e8, "exact")),
        ("medio millón de euros", "es", ("medio millón", 5e5, 5e5, "exact")),
        ("more than a million people", "en", ("more than a million", 1e6, None, "over")),
        # right after an ISO code
        ("EUR2.5bn", "en", ("2.5bn", 2.5e9, 2.5e9, "exact")),
        ("más de 18.000 millones de euros", "es", ("más de 18.000 millones", 1.8e10, None, "over")),
        ("hasta 29.900 empleos", "es", ("hasta 29.900", None, 29900, "up_to")),
    ],
)
def test_find_numbers(text, lang, expected):
    got = one(text, lang)
    assert got[0] == expected[0] and got[3] == expected[3]
    for a, b in zip(got[1:3], expected[1:3]):
        assert (a is None and b is None) or a == pytest.approx(b)


def test_nearly_keeps_its_value_with_the_qualifier():
    _, low, high, q = one("nearly $14 billion", "en")
    assert q == "nearly" and low == high == 14e9


@pytest.mark.parametrize(
    "text,lang,value",
    [
        # the text's own unambiguous numbers say which mark is the decimal one
        ("Mars paga 35.900 mil millones de dólares, 83.50 dólares por acción.", "es", 35.9e9),
        ("Spain: 12.500 millones de euros, un 3,75% más.", "es", 12.5e9),
        # ... a comma or a point before three digits included, in every language
        ("Orbitó a 737.5 kilómetros y alcanzó una altitud máxima de 1,408 kilómetros.", "es", 1408),
        ("The CDU/CSU won 28,5% of the vote; 1.408 polling stations reported late.", "en", 1408),
        ("Les recettes ont atteint 12,500,000 euros, soit 1,408 euros par habitant.", "fr", 1408),
        ("Die Kapsel erreichte 1,408 Kilometer, die Umlaufbahn lag bei 737.5 Kilometern.", "de", 1408),
        ("Die Kapsel erreichte 1'408 Kilometer Höhe.", "de", 1408),
        # a text with no unambiguous number keeps its language's convention
        ("alcanzó una altitud máxima de 1,408 kilómetros", "es", 1.408),
        ("the capsule flew 1.408 km further", "en", 1.408),
        # no evidence: three digits ending in zero group thousands ("35,9" is never written "35,900")
        ("una oferta de $35,900 millones", "es", 35.9e9),
        ("une valeur de 2.900 milliards de dollars", "fr", 2.9e12),
        # a thousands word between digit groups
        ("por 35 mil 900 millones de dólares", "es", 35.9e9),
        ("valorisée 3.456 milliards", "fr", 3.456e12),
        ("Der Kurs fiel um 14.30 Uhr auf 3,456 Euro.", "de", 3.456),
    ],
)
def test_number_formats_follow_the_document(text, lang, value):
    nums = [n.value for n in find_numbers(text, lang=lang) if not n.is_year and not n.is_word]
    assert value in [pytest.approx(v) for v in nums] and not [v for v in nums if v == pytest.approx(value * 1000)]


@pytest.mark.parametrize("text", ["24/7 support", "a 2.5D package", "B2 round"])
def test_numbers_inside_names_or_codes_are_skipped(text):
    assert not [n for n in find_numbers(text, lang="en") if n.value in (24, 7, 2.5, 2)]


@pytest.mark.parametrize(
    "text,lang,step",
    [
        ("$83.50", "en", 0.01),
        ("83,50 $", "fr", 0.01),
        ("28.6%", "en", 0.1),
        ("8.5 million", "en", 1e5),
        ("1.500 Menschen", "de", 1.0),
        ("1.234,5", "de", 0.1),
        ("95", "en", 1.0),
    ],
)
def test_step_is_the_unit_of_the_last_digit_written_trailing_zeros_included(text, lang, step):
    from verification.engine.numbers import step_of

    assert step_of(find_numbers(text, lang=lang)[0], lang) == pytest.approx(step)


@pytest.mark.parametrize(
    "text,lang,value",
    [
        ("forty-seven workers signed", "en", 47),
        ("seventy-two hours later", "en", 72),
        ("siebzig Helfer kamen", "de", 70),
        ("dreiundvierzig Mitarbeiter", "de", 43),
        ("cinquante et un prévenus", "fr", 51),
        ("quatre-vingt-dix salariés", "fr", 90),
        ("cuarenta y siete trabajadores", "es", 47),
        ("doscientos vecinos", "es", 200),
    ],
)
def test_numbers_written_in_words_are_read_whole(text, lang, value):
    (n,) = find_numbers(text, lang=lang)
    assert n.low == value and n.is_word and text.startswith(text[n.start : n.end])


@pytest.mark.parametrize(
    "text,lang,low,high,qualifier",
    [
        ("dozens of people are missing", "en", 20, 99, "range"),
        ("hundreds of homes", "en", 200, 999, "range"),
        ("more than a dozen countries", "en", 12, None, "over"),
        ("Dutzende Menschen werden vermisst", "de", 20, 99, "range"),
        ("Tausende Häuser", "de", 2000, 9999, "range"),
        ("des dizaines de personnes", "fr", 20, 99, "range"),
        ("une vingtaine de blessés", "fr", 20, 20, "about"),
        ("un millier de soldats", "fr", 1000, 1000, "about"),
        ("decenas de desaparecidos", "es", 20, 99, "range"),
        ("más de una docena de países", "es", 12, None, "over"),
        ("un centenar de vecinos", "es", 100, 100, "about"),
    ],
)
def test_round_counts_said_without_digits_are_the_span_they_allow(text, lang, low, high, qualifier):
    (n,) = find_numbers(text, lang=lang)
    assert (n.low, n.high, n.qualifier) == (low, high, qualifier)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("miles de millones de euros", "es"),
        ("des milliers de milliards d'euros", "fr"),
        ("thousands of millions of dollars", "en"),
        ("Tausende von Milliarden Euro", "de"),
    ],
)
def test_thousands_of_millions_are_a_scale_not_a_count(text, lang):
    assert all(n.low is None or n.low >= 1e6 for n in find_numbers(text, lang=lang))


@pytest.mark.parametrize("text,lang", [("mehr als 35 000 Stellen", "de"), ("35 000 empleos", "es")])
def test_a_plain_space_groups_thousands_where_the_language_writes_it_so(text, lang):
    assert find_numbers(text, lang=lang)[0].value == 35000


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_a_lone_surrogate_is_read_past_not_raised_on(lang):
    # text from a broken encoding may hold one; the number-word reader (text2num, in Rust) panics on it
    from verification.engine.claims import Document
    from verification.engine.extract import extract_claims

    text = "Forty-two people \ud800 died; 12 were hurt. \ud800"
    assert extract_claims(Document(key="1", text=text, language=lang)) is not None


@pytest.mark.parametrize(
    "text,lang",
    [
        ("más del 33 por ciento de apoyo", "es"),
        ("plus de 20 pour cent des voix", "fr"),
        ("quedó en tercer lugar", "es"),
    ],
)
def test_words_of_a_percent_sign_or_an_ordinal_are_no_number(text, lang):
    assert all(n.value not in (100, 3) for n in find_numbers(text, lang=lang))


@pytest.mark.parametrize(
    "text, value",
    [
        ("Hubo veintiún muertos.", 21),
        ("Hubo doscientos veintiún heridos.", 221),
        ("Murieron veintiún mil personas.", 21000),
    ],
)
def test_the_spanish_apocope_of_twenty_one_is_read_as_twenty_one(text, value):
    counts = [c for c in extract_claims(Document(key="t", text=text, language="es")) if c.kind == "count"]
    assert [c.value["low"] for c in counts] == [value]


@pytest.mark.parametrize(
    "text, lang, value",
    [
        ("two and a half years", "en", 2.5),
        ("a six-and-a-half-year sentence", "en", 6.5),
        ("3 and a half years", "en", 3.5),
        ("two and a half million people", "en", 2.5e6),
        ("zweieinhalb Jahre", "de", 2.5),
        ("sechseinhalb Jahren", "de", 6.5),
        ("anderthalb Stunden", "de", 1.5),
        ("zweieinhalb Millionen Menschen", "de", 2.5e6),
        ("deux et demi millions", "fr", 2.5e6),
        ("dos y medio millones de personas", "es", 2.5e6),
    ],
)
def test_a_half_told_with_its_number_is_part_of_its_value(text, lang, value):
    (n,) = find_numbers(text, lang=lang)
    assert n.low == n.high == value


def test_a_half_hour_of_a_time_of_day_is_no_half_of_a_number():
    assert all(n.low != 9.5 for n in find_numbers("Pasadas las nueve y media de la mañana", lang="es"))


@pytest.mark.parametrize(
    "text, lang, days",
    [
        ("The defence asked for a six-and-a-half-year sentence.", "en", 6.5 * 365.25),
        ("He was sentenced to two and a half years in prison.", "en", 2.5 * 365.25),
        ("He was sentenced to a six-year prison term.", "en", 6 * 365.25),
        ("Er wurde zu sechseinhalb Jahren Haft verurteilt.", "de", 6.5 * 365.25),
        ("Il a été condamné à deux ans et demi de prison.", "fr", 2.5 * 365.25),
        ("Fue condenado a dos años y medio de prisión.", "es", 2.5 * 365.25),
    ],
)
def test_a_sentence_with_a_half_is_measured_whole(text, lang, days):
    cs = extract_claims(Document(key="t", text=text, language=lang))
    assert [c.value["low"] for c in cs if c.kind == "measure"] == [pytest.approx(days)]


@pytest.mark.parametrize(
    "text, lang, value",
    [
        ("reconnu coupable en novembre pour sept chefs d'accusation", "fr", 7),
        ("a opté, au final, pour deux seulement", "fr", 2),
        ("condenado por tres delitos", "es", 3),
    ],
)
def test_a_number_word_after_pour_or_por_is_a_number(text, lang, value):
    assert [n.low for n in find_numbers(text, lang=lang)] == [value]


@pytest.mark.parametrize(
    "text, lang, percent",
    [
        ("Il a obtenu vingt pour cent des voix.", "fr", 20),
        ("Obtuvo treinta y tres por ciento de los votos.", "es", 33),
        ("Con el cien por cien de las circunscripciones escrutadas.", "es", 100),
    ],
)
def test_the_hundred_of_a_percent_in_words_is_no_number_of_its_own(text, lang, percent):
    cs = extract_claims(Document(key="t", text=text, language=lang))
    assert [c.value["low"] for c in cs if c.kind in ("count", "percent")] == [percent]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("más de mil drones al mes", "es"),
        ("plus de mille personnes", "fr"),
        ("mehr als tausend Menschen", "de"),
        ("more than a thousand people", "en"),
    ],
)
def test_a_thousand_s_word_alone_is_a_thousand(text, lang):
    (n,) = find_numbers(text, lang=lang)
    assert (n.low, n.qualifier) == (1000, "over")


@pytest.mark.parametrize(
    "text, lang, value",
    [("dos mil empleados", "es", 2000), ("mille milliards", "fr", 1e12), ("zehn tausend Euro", "de", 10000)],
)
def test_a_thousand_s_word_after_a_number_or_before_a_scale_scales_it(text, lang, value):
    (n,) = find_numbers(text, lang=lang)
    assert n.low == value


@pytest.mark.parametrize(
    "lang, text, value",
    [
        ("es", "La final se jugó ante 81,118 espectadores en Nueva Jersey.", 81118),
        ("es", "Las autoridades evacuaron a 1,257 personas de la zona.", 1257),
        ("fr", "Les secours ont évacué 2,413 habitants du quartier.", 2413),
        ("de", "Die Polizei zählte 3,546 Demonstranten.", 3546),
    ],
)
def test_a_count_of_whole_things_reads_a_separator_before_three_digits_as_thousands(lang, text, value):
    (count,) = [c for c in extract_claims(Document(key="d", text=text, language=lang)) if c.kind == "count"]
    assert count.value["low"] == count.value["high"] == value


@pytest.mark.parametrize(
    "lang, text, value",
    [
        ("es", "Unas 2,5 millones de personas votaron.", 2_500_000),
        ("de", "Er erzielte im Schnitt 1,5 Tore pro Spiel.", 1.5),
    ],
)
def test_a_count_with_a_scale_or_a_short_fraction_keeps_its_decimal_comma(lang, text, value):
    (count,) = [c for c in extract_claims(Document(key="d", text=text, language=lang)) if c.kind == "count"]
    assert count.value["low"] == value
