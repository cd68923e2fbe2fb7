"""Lines of figures and names (a results table) and how dense a line is in them."""

from __future__ import annotations

from . import lexicon as lx
from .features import Para
from .page import Page
from .text import ALL_STOP, BULLET_RE, DIGITS_RE


def data_line(page: Page, p: Para) -> bool:
    """A line that gives the article's facts in figures and names rather than sentences (see
    mark_data_lines)."""
    return p.data and not p.hard


def mark_data_lines(page: Page) -> None:
    """Lines that give the article's facts in figures and names rather than sentences: a match's goals
    ("Buts : Carvajal (74e), Vinicius Jr (83e)"), a result ("CDU/CSU 28.5% +4.4 AfD 20.8%"), a venue and
    its attendance, a scoreboard of such lines. Mostly figures and capitalised names, and a run of them
    names something the article's prose names; a menu or a list of links has no figures, or names
    nothing of the article."""
    run: list[Para] = []
    on_topic = False
    for p in page.paras + [None]:
        names = data_names(p) if p is not None else None
        if names is not None:
            run.append(p)
            on_topic = on_topic or any(w.lower() in page.vocab for w in names)
            continue
        for q in run:
            q.data = on_topic
        run, on_topic = [], False


def data_names(p: Para) -> list[str] | None:
    """The names of a line made of figures and names, None when the line is something else."""
    if p.hard or p.foreign or p.sentence_like or len(p.text) > MAX_DATA_LINE_CHARS:
        return None
    figures, names = figures_and_names(p.text)
    return names if figures and names and is_dense(p.text, figures, names) else None


def figures_and_names(text: str) -> tuple[int, list[str]]:
    """How many figures a line holds, and its names: capitalised words and initials ("N Williams")."""
    text = BULLET_RE.sub("", text)
    words = lx.WORD_RE.findall(text)
    return len(DIGITS_RE.findall(text)), [
        w for w in words if w[:1].isupper() and (len(w) == 1 or w.lower() not in ALL_STOP)
    ]


def is_dense(text: str, figures: int, names: list[str]) -> bool:
    return figures + len(names) >= DATA_DENSITY * len(BULLET_RE.sub("", text).split())


# a table of figures has a few rows: fewer figures are a caption's date or place
MIN_TABLE_FIGURES = 4

# a line of figures and names is at most a few lines of a results table
MAX_DATA_LINE_CHARS = 600

# share of a data line's tokens that are figures or names
DATA_DENSITY = 0.5
