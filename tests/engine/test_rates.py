from datetime import date

import pytest

from verification.engine.rates import RateTable, UnknownCurrency, convert, default_rates


def test_shipped_table_knows_major_currencies():
    table = default_rates()
    for cur in ("EUR", "GBP", "JPY", "CHF", "CNY", "SGD", "HKD", "AUD", "CAD", "INR", "KRW"):
        assert table.knows(cur)
        assert table.usd_per_unit(cur, date(2025, 1, 15)) > 0


def test_convert_sgd_to_usd_at_may_2026():
    usd = convert(300e6, "SGD", "USD", date(2026, 5, 20))
    assert 225e6 < usd < 240e6
    assert convert(234e6, "USD", "SGD", date(2026, 5, 20)) == pytest.approx(301e6, rel=0.01)


def test_same_currency_is_identity_and_usd_always_known():
    assert convert(12.5, "EUR", "EUR", date(2024, 3, 1)) == 12.5
    assert default_rates().usd_per_unit("USD") == 1.0


def test_latest_month_carried_forward_and_first_month_backward():
    table = RateTable.from_rows([("2024-01", "EUR", 1.10), ("2024-02", "EUR", 1.20)])
    assert table.usd_per_unit("EUR", date(2030, 7, 1)) == 1.20
    assert table.usd_per_unit("EUR", date(2020, 7, 1)) == 1.10
    assert table.usd_per_unit("EUR", date(2024, 1, 31)) == 1.10
    assert table.usd_per_unit("EUR", None) == 1.20


def test_cross_rate_goes_through_usd():
    table = RateTable.from_rows([("2024-01", "EUR", 1.10), ("2024-01", "GBP", 1.25)])
    assert table.convert(100, "GBP", "EUR", date(2024, 1, 5)) == pytest.approx(100 * 1.25 / 1.10)


def test_unknown_currency_raises():
    with pytest.raises(UnknownCurrency):
        convert(1, "XXX", "USD", date(2024, 1, 1))


def test_custom_csv(tmp_path):
    p = tmp_path / "r.csv"
    p.write_text("# comment\nmonth,currency,usd_per_unit\n2025-06,SGD,0.78\n")
    assert RateTable.from_csv(p).convert(100, "SGD", "USD", date(2025, 6, 1)) == pytest.approx(78)
