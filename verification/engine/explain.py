"""One plain sentence or two a reviewer reads in one breath, from a :class:`decide.Decision`.

"000 and 002 say S$300 million; 001 says USD 234 million, which is S$300 million at the ECB rate of 21 May 2026:
they agree." Sources are named by publisher (or key when there is none, or when two share a publisher).
"""

from __future__ import annotations

from collections import Counter

from .align import AlignedFact, Statement, is_toll
from .claims import Claim, Document
from .compare import ComparisonContext, central, rate_day
from .dates import days_apart, in_words
from .decide import CONFLICTING, CORROBORATED, Decision, merged_list
from .frames import phrase_values
from .lexicon import lower_same_len
from .rates import RateTable, UnknownCurrency

SYMBOLS = {
    "USD": "US$",
    "SGD": "S$",
    "EUR": "€",
    "GBP": "£",
    "JPY": "¥",
    "CNY": "CN¥",
    "HKD": "HK$",
    "AUD": "A$",
    "CAD": "C$",
    "INR": "₹",
    "KRW": "₩",
    "CHF": "CHF ",
    "NZD": "NZ$",
    "TWD": "NT$",
}
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def source_names(docs: dict[str, Document]) -> dict[str, str]:
    """How the explanation names each source: its publisher, with its reference where two share one; its
    reference (else its key) where it has none."""
    counts = Counter((d.publisher or "").strip() for d in docs.values())
    out = {}
    for k, d in docs.items():
        pub, ref = (d.publisher or "").strip(), d.reference or k
        out[k] = pub if pub and counts[pub] == 1 else (f"{pub} ({ref})" if pub else ref)
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


def _conversion(c: Claim, currency: str, ctx: ComparisonContext) -> str:
    cur = (c.value.get("currency") or "").upper()
    x = central(c.value)
    if not currency or not cur or cur == currency or x is None:
        return ""
    on = rate_day(c.value, ctx)
    try:
        y = ctx.rates.convert(x, cur, currency, on)
    except UnknownCurrency:
        return f", which cannot be converted (no rate for {cur})"
    when = f"the ECB rate of {on.day} {MONTHS[on.month - 1]} {on.year}" if on else "the latest ECB rate"
    return f", which is {format_money(y, currency)} at {when}"


def _says(names: list[str]) -> str:
    return f"{_join(names)} {'says' if len(names) == 1 else 'say'}"


_QUAL = {
    "over": "over ",
    "at_least": "at least ",
    "about": "about ",
    "nearly": "nearly ",
    "under": "under ",
    "up_to": "up to ",
}


def _number(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.3g}"


# counts whose unit is no noun a reader would read after the number ("74 match minute"): shown as written
UNITS_AS_WRITTEN = frozenset({"match_minute", "ordinal", "age", "rate_change", "alert_level", "scale_level"})


def display(c: Claim) -> str:
    """A claim's value in plain words, normalised so that equal values read the same."""
    v = c.value if isinstance(c.value, dict) else {}
    if c.kind in ("money", "count", "percent"):
        lo, hi = v.get("low"), v.get("high")
        if c.kind == "money" and v.get("currency"):
            fmt = lambda x: format_money(x, v["currency"])  # noqa: E731
        elif c.kind == "percent":
            fmt = lambda x: f"{_number(x)}%"  # noqa: E731
        elif str(v.get("unit") or "") in UNITS_AS_WRITTEN:
            return c.text.strip()
        else:
            unit = str(v.get("unit") or "").replace("_", " ")
            fmt = lambda x: f"{_number(x)} {unit}".strip()  # noqa: E731
        q = v.get("qualifier") or "exact"
        if q == "range" and lo is not None and hi is not None:
            return f"{fmt(lo).split(' ')[0] if c.kind == 'count' else fmt(lo)} to {fmt(hi)}"
        x = lo if lo is not None else hi
        return _QUAL.get(q, "") + fmt(x) if x is not None else c.text.strip()
    if c.kind == "list":
        items = [str(i).replace("-", " ") for i in v.get("items") or ()]
        return _join(items) if items else c.text.strip()
    if c.kind in ("relation", "place"):
        return str(v.get("name") or v.get("entity") or c.text).strip()
    if c.kind == "date" and in_words(v):
        return in_words(v)  # "on Tuesday" and "20. November 2024" read as the days they name
    if c.kind == "quote":
        words = str(v.get("words") or c.text).split()
        return "\u201c" + " ".join(words[:12]) + ("\u2026" if len(words) > 12 else "") + "\u201d"
    return c.text.strip()


def _newest(decision: Decision, docs: dict[str, Document], name) -> str:
    """For figures that change over time (a toll that rose), which report is newer and what it says; where the
    reports' days leave that open, what their words say (:func:`_told_in_text`), else, for a toll, that it is open
    (its figures may be one toll counted at different times)."""
    dated = sorted((docs[k].published, k) for k in decision.statements if k in docs and docs[k].published)
    firsts = [s.first for s in decision.statements.values()]
    if any(c.kind not in ("money", "count", "percent", "measure") for c in firsts):
        return ""
    if len(dated) < 2 or dated[0][0] == dated[-1][0]:
        told = _told_in_text(decision, docs, name)
        if told:
            return told
        if all(is_toll(c) for c in firsts) and len(dated) < len(firsts):
            return "; a figure that changes over time, and undated reports leave open which is newest"
        return ""
    newest_day, k = dated[-1]
    first = decision.statements[k].first
    grows_text = " (a figure that changes over time)" if first.value.get("point") else ""
    when = f"{newest_day.day} {newest_day.strftime('%B')} {newest_day.year}"
    return f"; the newest report{grows_text}, {name(k)} of {when}, says {display(first)}"


LATEST, PROVISIONAL, FINAL = "latest", "provisional", "final"  # when in its count a report gives a figure


def _told_as(statement: Statement, doc: Document | None) -> str:
    """When in its count a report gives its figure, as the words of the figure's sentence tell it (lang
    REPORT_TIME_WORDS): PROVISIONAL (a count not yet final, though it be the newest: "selon un dernier bilan
    provisoire"), FINAL, LATEST (the newest count of a figure that changes: "the toll has risen to 95"), else ""."""
    if doc is None:
        return ""
    c, lang = statement.first, (doc.language or "").split("-")[0].lower()
    sentence = lower_same_len(doc.text[c.sentence_start : c.sentence_end])
    told = phrase_values("REPORT_TIME_WORDS", lang, sentence, 0, len(sentence))
    return next((t for t in (PROVISIONAL, FINAL, LATEST) if t in told), "")


def _told_in_text(decision: Decision, docs: dict[str, Document], name) -> str:
    """Which report's figure is the final count and which a provisional one, or which report tells its toll as the
    newest count, where their words say so and their days do not: "" where no report's words tell one figure so. A
    report's "the toll has risen to 68" tells its own count rose, not that no report counted more: a toll told so is
    the newest only where it is the highest (a toll only rises)."""
    told = {k: _told_as(st, docs.get(k)) for k, st in decision.statements.items()}
    by = {t: [k for k in sorted(told) if told[k] == t] for t in (LATEST, PROVISIONAL, FINAL)}
    shown = {t: {display(decision.statements[k].first) for k in keys} for t, keys in by.items()}
    if by[FINAL] and by[PROVISIONAL] and len(shown[FINAL]) == 1:
        provisional = _join([name(k) for k in by[PROVISIONAL]])
        return (
            f"; {_join([name(k) for k in by[FINAL]])} {'gives' if len(by[FINAL]) == 1 else 'give'} the final count, "
            f"{next(iter(shown[FINAL]))}, and {provisional} a provisional one"
        )
    if by[LATEST] and len(shown[LATEST]) == 1 and len(by[LATEST]) < len(told) and _highest_toll(decision, by[LATEST]):
        return (
            f"; {_join([name(k) for k in by[LATEST]])} "
            f"{'tells its figure' if len(by[LATEST]) == 1 else 'tell their figure'} as the newest count of a figure "
            f"that changes over time: {next(iter(shown[LATEST]))}"
        )
    return ""


def _highest_toll(decision: Decision, keys: list[str]) -> bool:
    """Whether a fact is a toll and the reports ``keys`` give its highest figure."""
    firsts = {k: st.first for k, st in decision.statements.items()}
    if not all(is_toll(c) for c in firsts.values()):
        return False
    values = {k: central(c.value) or 0.0 for k, c in firsts.items()}
    return min(values[k] for k in keys) >= max(values.values())


def _value_text(claims: list[Claim], currency: str) -> Claim:
    for c in claims:
        if currency and (c.value.get("currency") or "").upper() == currency:
            return c
    return claims[0]


def explain(fact: AlignedFact, decision: Decision, docs: dict[str, Document], rates: RateTable) -> str:
    """What each group of agreeing sources says and the verdict on it, after the relation it is of; then which
    sources count as one."""
    names = source_names({k: docs[k] for k in decision.statements if k in docs} or {})
    name = lambda k: names.get(k, k)  # noqa: E731
    ctx = ComparisonContext(rates=rates, on=decision.on, currency=decision.currency or "USD")
    parts = _what_each_group_says(decision, ctx, name)
    if decision.verdict == CONFLICTING:
        text = _disagreement(parts, decision, docs, name)
    elif decision.verdict == CORROBORATED:
        text = _agreement(parts, decision, name)
    else:
        text = _one_source(parts, decision, name)
    if fact.kind in ("relation", "place"):
        text = f"{_relation_label(fact, decision)}{f' ({fact.subject})' if fact.subject else ''}: {text}"
    if decision.dependent:
        text += _dependence(decision, name)
    return text.rstrip(".") + "."


def _what_each_group_says(decision: Decision, ctx: ComparisonContext, name) -> list[str]:
    """What each group of agreeing sources says ("X and Y say 300 dead"), each value once, then what a source
    restates in another currency."""
    currency = decision.currency
    parts, restated = [], []
    for group in decision.agreeing:
        sources_by_text: dict[str, list[str]] = {}
        claim_shown: dict[str, Claim] = {}
        for k in group:
            statement = decision.statements[k]
            claim = _value_text(statement.claims, currency)
            text = _shown_as(claim, statement, claim_shown, currency, ctx)
            sources_by_text.setdefault(text, []).append(k)
            claim_shown.setdefault(text, claim)
            if said := _restated(claim, statement, currency, ctx):
                restated.append(f"{name(k)} also says {said}")
        for text, keys in sources_by_text.items():
            parts.append(f"{_says([name(k) for k in keys])} {text}{_conversion(claim_shown[text], currency, ctx)}")
    return parts + list(dict.fromkeys(restated))


def _shown_as(
    claim: Claim, statement: Statement, claim_shown: dict[str, Claim], currency: str, ctx: ComparisonContext
) -> str:
    """How a source's value reads: as written where it is converted (the conversion follows it), a list by all the
    items its article names, a thing by the name its group already shows it by."""
    text = claim.text.strip() if _conversion(claim, currency, ctx) else display(claim)
    if claim.kind == "list":
        text = _join([str(i).replace("-", " ") for i in merged_list(statement)["items"]]) or text
    if claim.kind in ("relation", "place") and claim.value.get("entity"):
        entity = claim.value["entity"]
        text = next((shown for shown, c in claim_shown.items() if c.value.get("entity") == entity), text)
    return text


def _restated(claim: Claim, statement: Statement, currency: str, ctx: ComparisonContext) -> str:
    """The amount a source gives in the reference currency, restated by another of its claims in another currency
    ("¥5 billion, which is ..."), where it gives one."""
    if not currency or (claim.value.get("currency") or "").upper() != currency:
        return ""
    for other in statement.claims:
        conversion = _conversion(other, currency, ctx)
        if other is not claim and conversion:
            return f"{other.text.strip()}{conversion}"
    return ""


def _disagreement(parts: list[str], decision: Decision, docs: dict[str, Document], name) -> str:
    """What each says, that they disagree and how (:func:`_how_they_differ`), and what the newest report says."""
    detail = _how_they_differ(decision, name)
    text = "; ".join(parts) + ": they disagree"
    if detail:
        text += " (" + "; ".join(detail) + ")"
    return text + _newest(decision, docs, name)


def _how_they_differ(decision: Decision, name) -> list[str]:
    """The items only one list names, a count that is not the number of items the other names, and how many
    days two dates are apart."""
    detail = []
    for (a, b), d in sorted(decision.list_diffs.items()):
        if d.only_a:
            detail.append(f"only {name(a)} names {_join(d.only_a)}")
        if d.only_b:
            detail.append(f"only {name(b)} names {_join(d.only_b)}")
        if d.count_a is not None:
            detail.append(
                f"{name(a)} counts {d.count_a} but {name(b)} names {len(merged_list(decision.statements[b])['items'])}"
            )
        if d.count_b is not None:
            detail.append(
                f"{name(b)} counts {d.count_b} but {name(a)} names {len(merged_list(decision.statements[a])['items'])}"
            )
    for a, b in decision.conflicts:
        gap = days_apart(decision.statements[a].first.value, decision.statements[b].first.value)
        if gap is not None:
            detail.append("one day apart" if gap == 1 else f"{gap} days apart")
    return list(dict.fromkeys(detail))


def _agreement(parts: list[str], decision: Decision, name) -> str:
    text = "; ".join(parts) + (": they agree" if len(parts) > 1 or len(decision.statements) > 1 else "")
    counted = [name(k) for k, st in decision.statements.items() if st.first.value.get("anchor") == "story"]
    if counted and len(parts) > 1:  # days that differ, one of them counted from another article's date
        text = "; ".join(parts) + (
            f": {_join(counted)} {'gives' if len(counted) == 1 else 'give'} no publication date, so "
            f"{'its day is' if len(counted) == 1 else 'their days are'} counted from the story's date and "
            "cannot contradict the others"
        )
    return text


def _one_source(parts: list[str], decision: Decision, name) -> str:
    """What the one source says (how often, where its article repeats it); what each says where the sources
    that state it depend on each other."""
    if len(decision.statements) > 1:
        return "; ".join(parts)
    k = next(iter(decision.statements))
    n = len(decision.statements[k].claims)
    first = decision.statements[k].first
    shown_value = display(first) if first.kind in ("quote", "list", "money", "count", "percent") else first.text.strip()
    text = f"Only {name(k)} states this: {shown_value}"
    if n > 1:
        text += f" (repeated {n} times in the article, counted once)"
    return text


def _relation_label(fact: AlignedFact, decision: Decision) -> str:
    """The relation a relation's or place's fact is of ("Published in"), else its slot."""
    rel = (
        next(
            (
                c.value.get("relation")
                for s in decision.statements.values()
                for c in s.claims
                if c.value.get("relation")
            ),
            "",
        )
        or fact.slot
    )
    return rel.replace("_", " ").replace(".", " ").capitalize()


def _dependence(decision: Decision, name) -> str:
    notes = [f"{name(a)} and {name(b)} are not independent ({reason})" for a, b, reason in decision.dependent]
    text = ". " + "; ".join(notes) + ", so they count as one source"
    if decision.verdict != CONFLICTING:
        text += f" ({len(decision.independent)} independent)"
    return text
