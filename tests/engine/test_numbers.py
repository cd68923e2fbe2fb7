"""Numbers as intervals: locale separators, scale words, qualifiers and ranges in en/de/fr/es."""
import pytest

from verification.engine.numbers import find_numbers, parse_number


@pytest.mark.parametrize("raw,lang,value", [
    ("1,000", "en", 1000), ("4.202", "en", 4.202), ("2.5", "en", 2.5), ("1,000,000", "en", 1e6),
    ("6,4", "de", 6.4), ("29.900", "es", 29900), ("18.000", "es", 18000), ("1,7", "fr", 1.7),
    ("1 000", "fr", 1000), ("1.234.567", "de", 1234567), ("1.234,5", "de", 1234.5), ("1,234.5", "en", 1234.5),
    ("three", "en", 3), ("drei", "de", 3), ("trois", "fr", 3), ("tres", "es", 3), ("x", "en", None),
])
def test_parse_number(raw, lang, value):
    assert parse_number(raw, lang) == value


def one(text, lang):
    nums = find_numbers(text, lang=lang)
    assert nums, text
    n = nums[0]
    return text[n.start:n.end], n.low, n.high, n.qualifier


@pytest.mark.parametrize("text,lang,expected", [
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
    ("près de 14 milliards", "fr", ("près de 14 milliards", 12.6e9, 14e9, "about")),
    ("más de 18.000 millones de euros", "es", ("más de 18.000 millones", 1.8e10, None, "over")),
    ("hasta 29.900 empleos", "es", ("hasta 29.900", None, 29900, "up_to")),
])
def test_find_numbers(text, lang, expected):
    got = one(text, lang)
    assert got[0] == expected[0] and got[3] == expected[3]
    for a, b in zip(got[1:3], expected[1:3]):
        assert (a is None and b is None) or a == pytest.approx(b)


def test_nearly_is_just_under():
    _, low, high, q = one("nearly $14 billion", "en")
    assert q == "about" and high == 14e9 and low < 14e9


@pytest.mark.parametrize("text", ["24/7 support", "a 2.5D package", "B2 round"])
def test_numbers_inside_names_or_codes_are_skipped(text):
    assert not [n for n in find_numbers(text, lang="en") if n.value in (24, 7, 2.5, 2)]
