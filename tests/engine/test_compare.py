"""Comparing normalised values: intervals with tolerance, qualifiers, conversions and times."""

from datetime import date

import pytest

from verification.engine.claims import Claim
from verification.engine.compare import ComparisonContext, agree, bounds, different_times, resemblance, view
from verification.engine.dates import find_dates
from verification.engine.rates import default_rates

from .conftest import extracted as claims

CTX = ComparisonContext(rates=default_rates(), on=date(2025, 1, 28), currency="USD")


def num(low, high=None, qualifier="exact", **kw):
    return {
        "low": low,
        "high": low if high is None and qualifier in ("exact", "about", "nearly") else high,
        "qualifier": qualifier,
        "unit": kw.pop("unit", "currency"),
        **kw,
    }


@pytest.mark.parametrize(
    "a,b,ok",
    [
        (num(600e9, qualifier="nearly"), num(593.7e9), True),  # "nearly $600 billion" / "$593.7 billion"
        (num(600e9, qualifier="nearly"), num(620e9), False),  # nearly 600 is not above it
        (num(590e9, qualifier="nearly"), num(589e9), True),  # "près de 590 milliards" / "589 milliards"
        (num(200, None, "over", unit="people"), num(234, qualifier="about", unit="people"), True),
        (num(200, None, "over", unit="people"), num(150, unit="people"), False),
        (num(None, 1e6, "up_to", unit="people"), num(800e3, unit="people"), True),
        (num(None, 1e6, "up_to", unit="people"), num(1.5e6, unit="people"), False),
        (num(5, 10, "range", unit="offices"), num(8, unit="offices"), True),
        (num(200, qualifier="about", unit="people"), num(215, unit="people"), True),  # a round figure: within 10 %
        (num(234, qualifier="about", unit="people"), num(240, unit="people"), True),  # within 3 %
        (num(234, qualifier="about", unit="people"), num(250, unit="people"), False),  # "about 234" is no 250
        (num(74, qualifier="about", unit="km"), num(70, unit="km"), False),  # "around 74 km": 71..77 km
        (num(70, qualifier="about", unit="km"), num(74, unit="km"), True),  # "around 70 km" allows 74
        (num(234, unit="people"), num(250, unit="people"), False),  # exact: within 1 %
        (num(None, 10, "under", unit="hours"), num(10, None, "over", unit="hours"), False),  # "less than" / "over"
        (num(10, None, "over", unit="hours"), num(None, 10, "under", unit="hours"), False),
        (num(None, 10, "under", unit="hours"), num(9, None, "over", unit="hours"), True),  # 9.5 may be both
        (num(None, 10, "up_to", unit="hours"), num(10, None, "at_least", unit="hours"), True),  # 10 is both
    ],
)
def test_intervals_compare_by_overlap_with_tolerance(a, b, ok):
    assert agree("count" if a["unit"] != "currency" else "percent", a, b, CTX) is ok


@pytest.mark.parametrize(
    "a,b,ok",
    [
        (num(4, unit="%", step=1.0), num(3.75, unit="%", step=0.01), True),  # "4%" may round "3.75%"
        (num(3, unit="%", step=1.0), num(3.1, unit="%", step=0.1), True),
        (num(13, unit="seats", step=1.0), num(12, unit="seats", step=1.0), False),
        (num(4e6, unit="people", step=1e6), num(3.8e6, unit="people", step=1e5), True),  # "4 million" rounds
        (num(28.6, unit="%", step=0.1), num(28.5, unit="%", step=0.1), False),  # rounding of its last digit
    ],
)
def test_a_number_stands_for_what_rounds_to_its_last_digit(a, b, ok):
    assert agree("percent", a, b, CTX) is ok


@pytest.mark.parametrize(
    "a,b,ok",
    [
        (num(730_000, unit="vehicles", step=1.0), num(734_000, unit="vehicles", step=1.0), True),  # round thousands
        (num(23_000, unit="jobs", step=1.0), num(23_400, unit="jobs", step=1.0), True),
        (num(700_000, unit="vehicles", step=1.0), num(734_000, unit="vehicles", step=1.0), False),  # 2.5% at most
        (num(734_000, unit="vehicles", step=1.0), num(736_000, unit="vehicles", step=1.0), False),  # not round
        (num(200, unit="jobs", step=1.0), num(250, unit="jobs", step=1.0), False),  # hundreds are counted
        (num(300, unit="jobs", step=1.0), num(299, unit="jobs", step=1.0), True),  # "300 employés" for 299
        (num(1_200, unit="jobs", step=1.0), num(1_194, unit="jobs", step=1.0), True),
        (num(300, unit="jobs", step=1.0), num(297, unit="jobs", step=1.0), False),  # by a unit or so only
        (num(270, unit="people", step=1.0), num(274, unit="people", step=1.0), False),  # tens are no rounding
        (num(34_200, unit="people", step=1.0), num(34_165, unit="people", step=1.0), False),  # nor large hundreds
    ],
)
def test_a_large_round_number_stands_for_what_rounds_to_it(a, b, ok):
    assert agree("count", a, b, CTX) is ok


def test_nearly_keeps_the_stated_value_as_its_upper_bound():
    lo, hi = bounds(num(600e9, qualifier="nearly"))
    assert hi == 600e9 and lo == pytest.approx(540e9)


def test_money_in_two_currencies_compares_at_the_days_rate():
    eur = num(32.6e9, currency="EUR", on="2024-08-14")
    usd = num(35.9e9, currency="USD", on="2024-08-14", qualifier="about")
    assert agree("money", eur, usd, CTX)
    assert not agree("money", eur, num(45e9, currency="USD", on="2024-08-14"), CTX)


def test_unknown_currency_is_left_uncompared():
    assert agree("money", num(5e9, currency="AED"), num(1e9, currency="USD"), CTX) is None


def claim(value, **extra):
    return Claim(
        kind="money",
        slot="loss",
        subject="nvidia",
        value=value,
        start=0,
        end=1,
        text="x",
        sentence_start=0,
        sentence_end=1,
        extra=extra,
    )


def test_a_figure_dated_to_an_earlier_month_is_not_an_undated_figure_of_a_later_report():
    september = view(
        claim(
            num(279e9, currency="USD", on="2025-01-28"),
            date_context={"start": "2024-09-01", "end": "2024-09-30", "granularity": "month"},
        )
    )
    today = view(claim(num(600e9, currency="USD", on="2025-01-28")))
    assert different_times(september, today) and resemblance("money", september, today, CTX) == 0.0
    # a figure dated to a year stays comparable: annual figures are dated in some reports only
    year = view(
        claim(
            num(50e9, currency="USD", on="2024-08-14"),
            date_context={"start": "2023-01-01", "end": "2023-12-31", "granularity": "year"},
        )
    )
    assert not different_times(year, view(claim(num(50e9, currency="USD", on="2024-08-14"))))
    # and a report of the same days is the same time
    monday = view(
        claim(
            num(589e9, currency="USD"), date_context={"start": "2025-01-27", "end": "2025-01-27", "granularity": "day"}
        )
    )
    assert not different_times(monday, today)


def test_a_price_of_three_days_earlier_is_not_the_price_an_undated_report_gives():
    friday = view(
        claim(
            num(142.62, currency="USD", on="2025-01-28", step=0.01),
            date_context={"start": "2025-01-24", "end": "2025-01-24", "granularity": "day"},
        )
    )
    today = view(claim(num(118.58, currency="USD", on="2025-01-28", step=0.01)))
    assert different_times(friday, today)
    monday = view(
        claim(
            num(118.58, currency="USD", on="2025-01-28", step=0.01),
            date_context={"start": "2025-01-27", "end": "2025-01-27", "granularity": "day"},
        )
    )
    assert not different_times(monday, today)


def _when(start, end, granularity, **more):
    return {"start": start, "end": end, "granularity": granularity, "resolved": True, **more}


def test_a_day_and_its_month_agree_but_are_told_as_precisely_only_by_two_days():
    day = _when("2024-09-03", "2024-09-03", "day")
    month = _when("2024-09-01", "2024-09-30", "month")
    assert agree("date", day, month, CTX) is True
    assert resemblance("date", day, month, CTX) < 1.0
    assert resemblance("date", day, dict(day), CTX) == 1.0
    assert resemblance("date", month, dict(month), CTX) == 1.0
    # a deadline or a span is as precise as anything it agrees with
    by = _when("2030-01-01", "2030-12-31", "year", qualifier="by")
    assert resemblance("date", by, _when("2030-01-01", "2030-12-31", "year"), CTX) == 1.0


def _yearless(text, lang):
    (found,) = find_dates(text, lang=lang)  # an undated page: nothing gives the month its year
    return found.value


@pytest.mark.parametrize(
    "text,lang",
    [
        ("In July, a jury acquitted him.", "en"),
        ("Die Geschworenen sprachen ihn im Juli frei.", "de"),
        ("Les jurés l'ont acquitté en juillet.", "fr"),
        ("El pasado mes de julio, un jurado lo absolvió.", "es"),
    ],
)
def test_two_months_no_year_resolves_agree_when_they_are_the_same_month(text, lang):
    july = _yearless(text, lang)
    assert agree("date", july, _yearless("In July, a panel acquitted him.", "en"), CTX) is True
    assert resemblance("date", july, _yearless("Im Juli sprach die Jury ihn frei.", "de"), CTX) == 1.0
    assert agree("date", july, _yearless("In August, a panel acquitted him.", "en"), CTX) is None


def _measure_value(text, lang):
    (value,) = [c.value for c in claims(text, lang) if c.kind == "measure"]
    return value


# a size written with trailing zeros is as often the rounding of another report's precise figure (Starship's 120 m vs
# 121 m, Polaris Dawn's 740 vs 737 km) as a figure of its own; counts of people told differently stay conflicts
@pytest.mark.parametrize(
    ("round_text", "precise_text", "lang", "ok"),
    [
        ("The rocket stands 120 metres tall.", "La fusée mesure 121 mètres de haut.", "en", True),
        ("Die Rakete ist 120 Meter hoch.", "The rocket stands 121 metres tall.", "de", True),
        ("La fusée mesure 120 mètres de haut.", "El cohete mide 121 metros de altura.", "fr", True),
        ("El cohete mide 120 metros de altura.", "Die Rakete ist 121 Meter hoch.", "es", True),
        ("Die Kapsel flog in 740 Kilometern Höhe.", "The capsule flew at an altitude of 737 kilometres.", "de", True),
        ("La fusée est près de 70 mètres de haut.", "El propulsor mide 71 metros.", "fr", True),
        ("The rocket stands 100 metres tall.", "The rocket stands 121 metres tall.", "en", False),  # at most 5 %
        ("The rocket stands 122 metres tall.", "The rocket stands 121 metres tall.", "en", False),  # no trailing zero
    ],
)
def test_a_size_written_round_stands_for_the_precise_size_it_rounds(round_text, precise_text, lang, ok):
    precise_lang = {"La": "fr", "El": "es", "Di": "de", "Th": "en"}[precise_text[:2]]
    a, b = _measure_value(round_text, lang), _measure_value(precise_text, precise_lang)
    assert agree("measure", a, b, CTX) is ok
    assert agree("measure", b, a, CTX) is ok


@pytest.mark.parametrize(
    "a,b",
    [
        (num(270, unit="people", step=1.0), num(274, unit="people", step=1.0)),  # a toll told differently
        (num(240, unit="people", step=1.0), num(244, unit="people", step=1.0)),  # people on board
        (num(7.0, unit="magnitude", step=0.1), num(7.1, unit="magnitude", step=0.1)),  # a magnitude is told exactly
        (
            num(50 * 30.44, unit="duration", step=30.44),
            num(49 * 30.44, unit="duration", step=30.44),
        ),  # a sentence's months
    ],
)
def test_counts_and_exact_measures_written_round_keep_their_last_digit(a, b):
    kind = "measure" if a["unit"] in ("magnitude", "duration") else "count"
    assert agree(kind, a, b, CTX) is False
