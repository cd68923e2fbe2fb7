"""How people read dates and counts: in the newsroom's zone and format, in words.

Every date an editor reads goes through :func:`when` or :func:`day`, so it follows ``TIME_ZONE`` (Django's
current time zone) and never shows seconds, microseconds or an ISO offset.
"""

from __future__ import annotations

from datetime import date, datetime

from django.utils import formats, timezone

# The newsroom's formats live in cms/formats (FORMAT_MODULE_PATH), for these and for Django's own displays.
DAY_FORMAT = "DATE_FORMAT"  # 21 May 2026
MOMENT_FORMAT = "DATETIME_FORMAT"  # 21 May 2026, 16:13 (the newsroom's zone)


def when(moment: datetime | None, *, empty: str = "-", short: bool = False) -> str:
    """ "21 November 2026, 16:13" in the newsroom's zone; ``short`` (for lists): "21 Nov 2026, 16:13"."""
    if moment is None:
        return empty
    if timezone.is_aware(moment):
        moment = timezone.localtime(moment)
    return formats.date_format(moment, "SHORT_DATETIME_FORMAT" if short else MOMENT_FORMAT)


def day(value: date | datetime | None, *, empty: str = "no date") -> str:
    if value is None:
        return empty
    if isinstance(value, datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return formats.date_format(value, DAY_FORMAT)


def count_words(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"
