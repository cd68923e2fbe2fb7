"""One plain sentence or two a reviewer reads in one breath, from a :class:`decide.Decision`.

"000 and 002 say S$300 million; 001 says USD 234 million, which is S$301 million at the May 2026 rate:
they agree." Sources are named by publisher (or key when there is none, or when two share a publisher).
"""
from __future__ import annotations

from collections import Counter

from .align import AlignedFact
from .claims import Claim, Document
from .compare import Context, central
from .decide import CONFLICTING, CORROBORATED, Decision
from .rates import RateTable, UnknownCurrency

SYMBOLS = {"USD": "US$", "SGD": "S$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "CN¥", "HKD": "HK$",
           "AUD": "A$", "CAD": "C$", "INR": "₹", "KRW": "₩", "CHF": "CHF ", "NZD": "NZ$", "TWD": "NT$"}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def source_names(docs: dict[str, Document]) -> dict[str, str]:
    counts = Counter((d.publisher or "").strip() for d in docs.values())
    out = {}
    for k, d in docs.items():
        pub = (d.publisher or "").strip()
        out[k] = pub if pub and counts[pub] == 1 else (f"{pub} ({k})" if pub else k)
    return out


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def format_money(amount: float, currency: str) -> str:
    sym = SYMBOLS.get(currency, currency + " ")
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(amount) >= size:
            x = amount / size
            num = f"{x:.3g}" if x < 100 else f"{x:.0f}"
            return f"{sym}{num} {word}"
    return f"{sym}{amount:,.0f}"


def _conversion(c: Claim, currency: str, ctx: Context) -> str:
    cur = (c.value.get("currency") or "").upper()
    x = central(c.value)
    if not currency or not cur or cur == currency or x is None:
        return ""
    try:
        y = ctx.rates.convert(x, cur, currency, ctx.on)
    except UnknownCurrency:
        return f", which cannot be converted (no rate for {cur})"
    when = f"the {MONTHS[ctx.on.month - 1]} {ctx.on.year} rate" if ctx.on else "the latest rate"
    return f", which is {format_money(y, currency)} at {when}"


def _says(names: list[str]) -> str:
    return f"{_join(names)} {'says' if len(names) == 1 else 'say'}"


def _value_text(claims: list[Claim], currency: str) -> Claim:
    for c in claims:
        if currency and (c.value.get("currency") or "").upper() == currency:
            return c
    return claims[0]


def explain(fact: AlignedFact, decision: Decision, docs: dict[str, Document], rates: RateTable) -> str:
    names = source_names({k: docs[k] for k in decision.statements if k in docs} or {})
    name = lambda k: names.get(k, k)  # noqa: E731
    ctx = Context(rates=rates, on=decision.on, currency=decision.currency or "USD")
    cur = decision.currency

    # what each group of agreeing sources says
    parts = []
    for group in decision.agreeing:
        by_text: dict[str, list[str]] = {}
        shown: dict[str, Claim] = {}
        for k in group:
            c = _value_text(decision.statements[k].claims, cur)
            t = c.text.strip()
            by_text.setdefault(t, []).append(k)
            shown[t] = c
        for t, ks in by_text.items():
            parts.append(f"{_says([name(k) for k in ks])} {t}{_conversion(shown[t], cur, ctx)}")

    if decision.verdict == CONFLICTING:
        detail = []
        for (a, b), d in sorted(decision.list_diffs.items()):
            if d.only_a:
                detail.append(f"only {name(a)} names {_join(d.only_a)}")
            if d.only_b:
                detail.append(f"only {name(b)} names {_join(d.only_b)}")
            if d.count_a is not None:
                detail.append(f"{name(a)} says {d.count_a} but {name(b)} names "
                              f"{len(decision.statements[b].first.value.get('items') or ())}")
            if d.count_b is not None:
                detail.append(f"{name(b)} says {d.count_b} but {name(a)} names "
                              f"{len(decision.statements[a].first.value.get('items') or ())}")
        detail = list(dict.fromkeys(detail))
        text = "; ".join(parts) + ": they disagree"
        if detail:
            text += " (" + "; ".join(detail) + ")"
    elif decision.verdict == CORROBORATED:
        text = "; ".join(parts) + (": they agree" if len(parts) > 1 or len(decision.statements) > 1 else "")
    else:
        k = next(iter(decision.statements))
        if len(decision.statements) == 1:
            n = len(decision.statements[k].claims)
            text = f"Only {name(k)} states this: {decision.statements[k].first.text.strip()}"
            if n > 1:
                text += f" (repeated {n} times in the article, counted once)"
        else:
            text = "; ".join(parts)
    if decision.dependent:
        notes = [f"{name(a)} and {name(b)} are not independent ({reason})" for a, b, reason in decision.dependent]
        text += ". " + "; ".join(notes) + f", so they count as one source"
        if decision.verdict != CONFLICTING:
            text += f" ({len(decision.independent)} independent)"
    return text.rstrip(".") + "."
