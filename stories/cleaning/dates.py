"""Fast date recognition for datelines ("Published 2026-05-21", "21. Mai 2026", "May 21, 2026").

Regular expressions with month names in several languages; no dateparser on every line.
"""

from __future__ import annotations

import datetime
import re
import unicodedata

_MONTHS = {
    1: "january jan enero ene januar jän janvier janv gennaio gen janeiro januari",
    2: "february feb febrero febr februar février févr fevrier fevr febbraio fevereiro fev februari",
    3: "march mar marzo märz maerz mars março marco maart mrt",
    4: "april apr abril abr avril avr aprile",
    5: "may mayo mai maggio mag maio mei",
    6: "june jun junio juni juin giugno giu junho",
    7: "july jul julio juli juillet juil luglio lug julho",
    8: "august aug agosto ago août aout augustus",
    9: "september sep sept septiembre setiembre septembre settembre set setembro",
    10: "october oct octubre oktober okt octobre ottobre ott outubro out",
    11: "november nov noviembre novembre novembro",
    12: "december dec diciembre dic dezember dez décembre déc decembre dicembre dezembro",
}
MONTHS: dict[str, int] = {}
for _n, _names in _MONTHS.items():
    for _name in _names.split():
        MONTHS.setdefault(_name, _n)

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR = r"(?P<y>(?:19|20)\d\d)"

_PATTERNS = [
    # 2026-05-21, 2026/05/21, 2026.05.21, 2026-05-21T10:00
    re.compile(r"(?<!\d)" + _YEAR + r"[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),
    # 21.05.2026, 21/05/2026, 05/21/2026
    re.compile(r"(?<!\d)(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)" + _YEAR + r"(?!\d)"),
    # 21 May 2026, 21. Mai 2026, 21 de mayo de 2026, 1er mai 2026
    re.compile(
        r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th|er|º|°)?\.?\s*(?:de\s+)?(?P<mon>"
        + _MONTH_ALT
        + r")\.?(?:,\s*|\s+)(?:de\s+|del\s+)?"
        + _YEAR
        + r"(?!\d)",
        re.IGNORECASE,
    ),
    # May 21, 2026 / May 21st 2026 / May 21,2026
    re.compile(
        r"\b(?P<mon>" + _MONTH_ALT + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)" + _YEAR + r"(?!\d)",
        re.IGNORECASE,
    ),
]


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def _month(name: str) -> int | None:
    name = name.lower().rstrip(".")
    return MONTHS.get(name) or MONTHS.get(_strip_accents(name))


def find_date(text: str, *, language: str = "") -> tuple[datetime.date, int, int] | None:
    """First date in text as (date, start, end), or None."""
    best = None
    for i, pat in enumerate(_PATTERNS):
        for m in pat.finditer(text):
            gd = m.groupdict()
            try:
                y = int(gd["y"])
                if i == 0:
                    mo, d = int(gd["m"]), int(gd["d"])
                elif i == 1:
                    a, b = int(gd["a"]), int(gd["b"])
                    if a > 12:
                        d, mo = a, b
                    elif b > 12:
                        mo, d = a, b
                    elif language == "en" and gd["sep"] == "/":
                        mo, d = a, b
                    else:
                        d, mo = a, b
                else:
                    mo = _month(gd["mon"])
                    if mo is None:
                        continue
                    d = int(gd["d"])
                date = datetime.date(y, mo, d)
            except (ValueError, TypeError):
                continue
            if best is None or m.start() < best[1]:
                best = (date, m.start(), m.end())
            break
    return best
