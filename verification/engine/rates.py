"""A dated currency rate table: ISO 4217 code -> US dollars per unit, by month.

The table ships as ``data/rates.csv`` (columns ``month,currency,usd_per_unit``; ``#`` lines are comments).
Its source and caveats are in the file's header; newsrooms can update it, or build their own table with
:meth:`RateTable.from_csv` / :meth:`RateTable.from_rows` and pass it to ``cross_check(..., rates=...)``.

Lookup rules: the rate of the month of ``on``; before the first month, the first month; after the last
month, the latest month is carried forward. ``on=None`` means the latest month.
"""
from __future__ import annotations

import bisect
import csv
from datetime import date
from functools import lru_cache
from pathlib import Path

DATA_FILE = Path(__file__).with_name("data") / "rates.csv"


class UnknownCurrency(KeyError):
    """The table has no rate for this currency."""


class RateTable:
    """Monthly USD-per-unit rates for a set of currencies."""

    def __init__(self, rows):
        """``rows``: iterable of ``(month "YYYY-MM", currency ISO code, usd_per_unit)``."""
        series: dict[str, dict[str, float]] = {"USD": {}}
        for month, currency, usd in rows:
            series.setdefault(currency.strip().upper(), {})[month.strip()[:7]] = float(usd)
        self._months = {cur: sorted(s) for cur, s in series.items()}
        self._series = series
        self._memo: dict[tuple[str, int, int], float] = {}

    @classmethod
    def from_rows(cls, rows) -> "RateTable":
        return cls(rows)

    @classmethod
    def from_csv(cls, path) -> "RateTable":
        with open(path, encoding="utf-8", newline="") as fh:
            lines = (line for line in fh if line.strip() and not line.lstrip().startswith("#"))
            reader = csv.DictReader(lines)
            return cls((r["month"], r["currency"], r["usd_per_unit"]) for r in reader)

    @property
    def currencies(self) -> frozenset[str]:
        return frozenset(self._series)

    def usd_per_unit(self, currency: str, on: date | None = None) -> float:
        cur = (currency or "").upper()
        if cur == "USD":
            return 1.0
        memo_key = (cur, on.year, on.month) if on is not None else (cur, 0, 0)
        hit = self._memo.get(memo_key)
        if hit is not None:
            return hit
        value = self._lookup(cur, on)
        self._memo[memo_key] = value
        return value

    def _lookup(self, cur: str, on: date | None) -> float:
        months = self._months.get(cur)
        if not months:
            raise UnknownCurrency(cur)
        if on is None:
            return self._series[cur][months[-1]]
        key = f"{on.year:04d}-{on.month:02d}"
        i = bisect.bisect_right(months, key) - 1
        return self._series[cur][months[max(i, 0)]]

    def rate(self, from_: str, to: str, on: date | None = None) -> float:
        """Units of ``to`` per one unit of ``from_``."""
        return self.usd_per_unit(from_, on) / self.usd_per_unit(to, on)

    def convert(self, amount: float, from_: str, to: str, on: date | None = None) -> float:
        if (from_ or "").upper() == (to or "").upper():
            return amount
        return amount * self.rate(from_, to, on)

    def knows(self, currency: str) -> bool:
        return (currency or "").upper() in self._series


@lru_cache(maxsize=1)
def default_rates() -> RateTable:
    """The table shipped with the engine."""
    return RateTable.from_csv(DATA_FILE)


def convert(amount: float, from_: str, to: str, on: date | None = None, *, rates: RateTable | None = None) -> float:
    """Convert ``amount`` of currency ``from_`` into ``to`` at the monthly rate for ``on``.

    Raises :class:`UnknownCurrency` for a currency the table does not know.
    """
    return (rates or default_rates()).convert(amount, from_, to, on)
