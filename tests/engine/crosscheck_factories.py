"""Hand-made Documents and Claims for the cross-checking tests."""

from __future__ import annotations

from datetime import date

from verification.engine.claims import Claim, Document


def doc(
    key: str,
    text: str = "",
    *,
    publisher: str = "",
    published: date | None = date(2026, 5, 21),
    language: str = "en",
    title: str = "",
) -> Document:
    return Document(
        key=key,
        text=text or f"Article {key}.",
        language=language,
        published=published,
        publisher=publisher,
        title=title,
    )


def claim(
    kind: str,
    slot: str,
    subject: str,
    value: dict,
    text: str = "x",
    *,
    start: int = 0,
    sentence: tuple[int, int] | None = None,
    worth: float = 0.8,
    **extra,
) -> Claim:
    s, e = sentence or (start, start + len(text))
    return Claim(
        kind=kind,
        slot=slot,
        subject=subject,
        value=value,
        start=start,
        end=start + len(text),
        text=text,
        sentence_start=s,
        sentence_end=e,
        checkworthiness=worth,
        extra=extra,
    )


def money(
    amount: float,
    currency: str,
    text: str,
    *,
    slot: str = "investment.amount",
    subject: str = "openai",
    qualifier: str = "exact",
    high: float | None = None,
    start: int = 0,
    **extra,
) -> Claim:
    return claim(
        "money",
        slot,
        subject,
        {
            "low": amount,
            "high": high if high is not None else (None if qualifier in ("over", "at_least") else amount),
            "qualifier": qualifier,
            "unit": "currency",
            "currency": currency,
        },
        text,
        start=start,
        **extra,
    )


def count(
    n: float,
    unit: str,
    text: str,
    *,
    slot: str = "jobs.count",
    subject: str = "openai",
    qualifier: str = "exact",
    start: int = 0,
    **extra,
) -> Claim:
    return claim(
        "count",
        slot,
        subject,
        {"low": n, "high": None if qualifier in ("over", "at_least") else n, "qualifier": qualifier, "unit": unit},
        text,
        start=start,
        **extra,
    )


def listing(
    items,
    text: str,
    *,
    declared: int | None = None,
    slot: str = "sectors",
    subject: str = "openai",
    start: int = 0,
    **extra,
) -> Claim:
    return claim(
        "list", slot, subject, {"items": sorted(items), "declared_count": declared}, text, start=start, **extra
    )


def ranking(
    text: str,
    *,
    ordinal=None,
    of_total=None,
    category="office",
    scope="international",
    slot: str = "office.rank",
    subject: str = "openai",
    start: int = 0,
) -> Claim:
    return claim(
        "ranking",
        slot,
        subject,
        {"ordinal": ordinal, "of_total": of_total, "category": category, "scope": scope},
        text,
        start=start,
    )


def day(
    iso: str,
    text: str,
    *,
    slot: str = "office.opening",
    subject: str = "openai",
    start: int = 0,
    end: str | None = None,
    granularity: str = "day",
) -> Claim:
    return claim(
        "date",
        slot,
        subject,
        {"start": iso, "end": end or iso, "granularity": granularity, "resolved": True, "relative": False},
        text,
        start=start,
    )


def relation(
    entity: str, text: str, *, rel: str = "partner", slot: str = "partner", subject: str = "openai", start: int = 0
) -> Claim:
    return claim(
        "relation", slot, subject, {"entity": entity, "name": entity, "type": "org", "relation": rel}, text, start=start
    )
