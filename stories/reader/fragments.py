"""The story page's long repeated parts (sources, facts, the agreement table) as HTML built in Python.

A story with 30 facts and 5 sources means thousands of template variable lookups; building these
lists with f-strings is an order of magnitude faster than the template engine, which is what keeps
an uncached story page cheap. Every piece of text goes through `e` (html.escape, quotes included);
the only unescaped inserts are SafeStrings built the same way (highlighted sentences).
"""
from __future__ import annotations

from html import escape as e

from django.utils.safestring import SafeString, mark_safe

from .presenters import FactView, SourceView


def _date(value) -> str:
    return f"{value.day} {value:%B %Y}"


def _time(value, iso: str | None = None) -> str:
    return f'<time datetime="{iso or value.isoformat()}">{_date(value)}</time>'


def sources_html(sources: list[SourceView]) -> SafeString:
    out = ['<ol class="source-list">']
    for s in sources:
        a = s.article
        title = f': <cite>{e(a.title)}</cite>' if a.title else ""
        date = _time(a.published) if a.published else "unknown"
        origin = e(a.origin if len(a.origin) <= 80 else a.origin[:79] + "…")
        if s.origin_url:
            origin = f'<a href="{e(s.origin_url)}" rel="noopener noreferrer nofollow">{origin}</a>'
        out.append(
            f'<li id="{s.anchor}" class="source" tabindex="-1"><span class="source__number">[{s.number}]</span> '
            f'<span class="source__publisher">{e(s.name)}</span>{title}<dl class="source__meta">'
            f'<div><dt>Date</dt><dd>{date}</dd></div><div><dt>Language</dt><dd>{e(s.language)}</dd></div>'
            f'<div><dt>Origin</dt><dd>{origin}</dd></div></dl></li>'
        )
    out.append("</ol>")
    return mark_safe("".join(out))


def facts_html(facts: list[FactView]) -> SafeString:
    out = ['<ol class="fact-list">']
    for f in facts:
        style = f.style
        verdict = e(style.label)
        if f.rejected:
            verdict += f" (the cross-check found it {e(f.fact.verdict.replace('_', ' '))})"
        out.append(
            f'<li class="fact fact--{style.css}" id="{f.anchor}" tabindex="-1">'
            f'<h4 class="fact__title">{e(f.label)}</h4>'
            f'<p class="verdict verdict--{style.css}"><span class="verdict__symbol" aria-hidden="true">'
            f'{e(style.symbol)}</span> {verdict}</p>'
        )
        if f.fact.explanation:
            out.append(f'<p class="fact__explanation">{e(f.fact.explanation)}</p>')
        out.append('<ul class="statements">')
        for st in f.statements:
            group = f' <span class="value-group">(value {e(st.group)})</span>' if st.group else ""
            out.append(
                f'<li><a class="statement__source" href="#{st.source.anchor}">[{st.source.number}] '
                f'{e(st.source.name)}</a>{group}: <q class="statement__sentence">{st.sentence}</q></li>'
            )
        out.append("</ul>")
        if f.note:
            when = f", {_time(f.decided_at)}" if f.decided_at else ""
            note = e(f.note).replace("\n", "<br>")
            out.append(f'<p class="review-note"><strong>Reviewer’s note{when}:</strong> {note}</p>')
        out.append("</li>")
    out.append("</ol>")
    return mark_safe("".join(out))


def agreement_table_html(facts: list[FactView], sources: list[SourceView]) -> SafeString:
    head = "".join(f'<th scope="col">[{s.number}] {e(s.name)}</th>' for s in sources)
    out = ['<table><caption>Which source states each fact</caption><thead><tr><th scope="col">Fact</th>',
           head, "</tr></thead><tbody>"]
    for f in facts:
        cells = "".join(f"<td>{e(c.text)}</td>" for c in f.cells)
        out.append(f'<tr><th scope="row"><a href="#{f.anchor}">{e(f.label)}</a> ({e(f.style.label)})</th>'
                   f"{cells}</tr>")
    out.append("</tbody></table>")
    return mark_safe("".join(out))
