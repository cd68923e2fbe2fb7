"""The agreement picture: facts in rows, sources in columns, a marker per cell (who states what).

This module does the geometry; templates/reader/_agreement_svg.html draws it. The picture is for wide
screens; on a phone the page shows the same as one row per fact with its sources stacked
(templates/reader/_agreement_rows.html), and the table below it carries it as text.
"""

from __future__ import annotations

from dataclasses import dataclass

from .view_models import FactView, SourceView

LABEL_W, CELL_W, ROW_H, HEAD_H = 360, 54, 34, 120
PALETTE = {  # Okabe-Ito: distinguishable with every common colour-vision deficiency
    "agrees": "#0072B2",
    "differs": "#D55E00",
    "single": "#F0E442",
    "silent": "#6b6b6b",
    "ink": "#1a1a1a",
}
LEGEND = (
    ("agrees", "States it, in agreement with the others"),
    ("differs", "Gives a differing value (same letter, same value)"),
    ("single", "The only source that states it"),
    ("silent", "Does not mention it"),
)


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass
class Marker:
    state: str
    x: int  # top-left of its 28 x 28 box
    y: int
    group: str


@dataclass
class Row:
    y: int
    text_y: int
    shaded: bool
    fact: FactView
    label: str
    markers: list[Marker]


@dataclass
class Column:
    x: int
    y: int
    label: str


def describe(facts: list[FactView], sources: list[SourceView]) -> str:
    counts: dict[str, int] = {}
    for f in facts:
        counts[f.style.word] = counts.get(f.style.word, 0) + 1
    return (
        f"{len(facts)} checked facts in rows, {len(sources)} sources in columns. "
        + "; ".join(f"{n} {word}" for word, n in counts.items())
        + ". A blue circle with a tick: the source states the fact and agrees; a hatched orange diamond "
        "with a letter: the source gives a differing value (same letter, same value); a yellow square "
        "with 1: the only source; a grey dash: the source does not mention it. The table below gives "
        "the same information as text."
    )


def agreement_picture(facts: list[FactView], sources: list[SourceView]) -> dict:
    """The template context of the SVG picture."""
    width = LABEL_W + CELL_W * max(1, len(sources)) + 110  # room for the last slanted source label
    columns = [
        Column(LABEL_W + CELL_W * j + CELL_W // 2 + 4, HEAD_H - 10, clip(f"[{s.number}] {s.name}", 22))
        for j, s in enumerate(sources)
    ]
    rows = []
    for i, f in enumerate(facts):
        y = HEAD_H + ROW_H * i
        markers = [
            Marker(cell.state, LABEL_W + CELL_W * j + CELL_W // 2 - 14, y + ROW_H // 2 - 14, cell.group)
            for j, cell in enumerate(f.cells)
        ]
        rows.append(Row(y, y + ROW_H // 2 + 5, i % 2 == 0, f, clip(f.label, 46), markers))
    return {
        "width": width,
        "height": HEAD_H + ROW_H * len(facts) + 8,
        "columns": columns,
        "rows": rows,
        "description": describe(facts, sources),
        "palette": PALETTE,
    }
