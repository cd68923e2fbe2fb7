"""Money: attach an ISO 4217 currency to a number ("S$300M", "SGD 300 million", "300 million Singapore
dollars", "6,4-Milliarden-Dollar", "18.000 millones de euros", "1,7 milliard d’euros", "234 million USD").

A bare "$" (or "dollars") is read as Document.currency_hint when given, else as the dollar currency
the same text names explicitly (S$, SGD, "Singapore dollars"...) when it names exactly one, else USD;
whenever the currency was not written out, the value carries ``"assumed": True``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as L
from .numbers import Num

_SYMS = sorted(L.CURRENCY_SYMBOLS, key=len, reverse=True)
_PREFIX_SYM = re.compile(r"(?:(?<![\w$])(" + "|".join(re.escape(s) for s in _SYMS if s[0].isalpha())
                         + r")|(" + "|".join(re.escape(s) for s in _SYMS if not s[0].isalpha()) + r"))[\s\u00a0]?$",
                         re.I)
_CODES = "|".join(L.CURRENCY_CODES)
_PREFIX_CODE = re.compile(r"\b(" + _CODES + r")[\s\u00a0]?$")
_SUFFIX_CODE = re.compile(r"[\s\u00a0]?(" + _CODES + r")\b")
_SUFFIX_NAME = re.compile(r"(?:[\s\u00a0-]|\s+de\s+|\s+d['’]|\s+(?:of\s+)?)(" + L.alt(L.CURRENCY_NAMES) + r")(?![\w])")
_SUFFIX_SYM = re.compile(r"[\s\u00a0]?([€£¥₹$])")
# matched against the lower-cased text (much faster than a case-insensitive pattern)
_EXPLICIT_DOLLAR = re.compile(
    r"(?<![\w$])(us|u\.s\.|s|a|au|c|ca|hk|nz|nt|mx)\$|\b(usd|sgd|aud|cad|hkd|nzd|twd|mxn)\b|"
    r"\b(singapore|australian|canadian|hong kong|new zealand|taiwan|us|u\.s\.|american)[ -]dollars?\b|"
    r"\bdollars? (?:de )?(singapour|singapur)\b|\b(singapur)-dollar")
_DOLLAR_CODE = re.compile(r"(?:USD|SGD|AUD|CAD|HKD|NZD|TWD|MXN)\b")
_FAMILY = {"us": "USD", "u.s.": "USD", "s": "SGD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD",
           "hk": "HKD", "nz": "NZD", "nt": "TWD", "mx": "MXN", "singapore": "SGD", "singapour": "SGD",
           "singapur": "SGD", "australian": "AUD", "canadian": "CAD", "hong kong": "HKD",
           "new zealand": "NZD", "taiwan": "TWD", "american": "USD"}


def dollar_context(text: str, low: str | None = None) -> dict[str, int]:
    """How often the text names each dollar currency explicitly (``low``: the text lower-cased, if at hand)."""
    counts: dict[str, int] = {}
    if "$" not in text and "ollar" not in text and not _DOLLAR_CODE.search(text):
        return counts
    for m in _EXPLICIT_DOLLAR.finditer(text.lower() if low is None else low):
        g = next(x for x in m.groups() if x)
        code = g.upper() if len(g) == 3 and g.upper() in L.DOLLAR_FAMILY else _FAMILY.get(g.lower())
        if code:
            counts[code] = counts.get(code, 0) + 1
    return counts


def resolve_dollar(hint: str, context: dict[str, int]) -> tuple[str, str]:
    """(currency, basis) for a bare "$": the outlet's hint, else the one explicit dollar in the text."""
    if hint:
        return hint.upper(), "hint"
    non_usd = [c for c in context if c != "USD"]
    if len(non_usd) == 1 and context[non_usd[0]] >= context.get("USD", 0):
        return non_usd[0], "context"
    return "USD", "default"


@dataclass(slots=True)
class Money:
    start: int
    end: int
    num: Num
    currency: str
    assumed: bool
    basis: str


def attach_currency(text: str, low: str, n: Num, bare: tuple[str, str]) -> Money | None:
    """The Money a number expresses, or None when no currency is written next to it."""
    ns = n.num_start
    cur = None
    start, end = n.start, n.end
    head = text[max(0, ns - 8):ns]
    m = _PREFIX_SYM.search(head)
    if m:
        cur = L.CURRENCY_SYMBOLS[(m.group(1) or m.group(2)).lower()]
        start = min(start, ns - len(head) + m.start())
    else:
        m = _PREFIX_CODE.search(head)
        if m:
            cur = m.group(1).upper()
            start = min(start, ns - len(head) + m.start())
    if cur is None or cur == "$":
        tail_end = n.end
        m = _SUFFIX_NAME.match(low, tail_end)
        if m and " ".join(m.group(1).split()) in L.SCALED_ONLY_CURRENCY_NAMES and not n.scaled:
            m = None
        if m:
            cur2 = L.CURRENCY_NAMES[" ".join(m.group(1).split())]
            if cur is None or cur2 != "$":
                cur = cur2
            end = m.end()
        else:
            m = _SUFFIX_CODE.match(text, tail_end)
            if m:
                cur, end = m.group(1).upper(), m.end()
            elif cur is None:
                m = _SUFFIX_SYM.match(text, tail_end)
                if m:
                    cur, end = L.CURRENCY_SYMBOLS[m.group(1)], m.end()
    if cur is None:
        return None
    if cur == "RMB":
        cur = "CNY"
    assumed, basis = False, "written"
    if cur == "$":
        cur, basis = bare
        assumed = True
    return Money(start, end, n, cur, assumed, basis)
