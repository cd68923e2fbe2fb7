"""What the story page shows, built from a story loaded by selectors.reader_story.

Everything here but edition_content works on prefetched rows and runs no query. Imported text is escaped here or in
the templates (auto-escaping); the only HTML built by hand is the SVG, from escaped pieces.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from html import escape

from django.conf import settings
from django.template.loader import render_to_string
from django.utils.html import _json_script_escapes
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language_info

from core.checking import fact_checking
from core.models import ReviewStatus, Verdict

from .text import highlighted_sentence, plain_sentence, render_body

SITE_NAME = getattr(settings, "READER_SITE_NAME", "Corroborate")


def check_summary(checked: int, corroborated: int, conflicting: int, single: int) -> str:
    """'12 facts checked: 9 corroborated, 1 disputed, 2 single source' (zero counts left out)."""
    if not checked:
        return "No facts checked yet"
    parts = [f"{n} {word}" for n, word in ((corroborated, "corroborated"), (conflicting, "disputed"),
                                           (single, "single source")) if n]
    head = f"{checked} fact{'s' if checked != 1 else ''} checked"
    return f"{head}: {', '.join(parts)}" if parts else head


def story_summary(story) -> str:
    return check_summary(story.checked_count, story.corroborated_count, story.conflicting_count,
                         story.single_source_count)


def language_name(code: str) -> str:
    if not code:
        return "Unknown"
    try:
        return get_language_info(code)["name"]
    except KeyError:
        return code


def humanize_slot(slot: str) -> str:
    words = slot.replace(".", " ").replace("_", " ").split()
    return " ".join(words).capitalize() if words else "Fact"


@dataclass
class SourceView:
    number: int
    article: object
    text: str
    language: str
    origin_url: str | None

    @property
    def anchor(self) -> str:
        return f"source-{self.number}"

    @property
    def name(self) -> str:
        return self.article.source_name


@dataclass
class Statement:
    source: SourceView
    value: str
    sentence: SafeString
    plain: str
    group: str = ""     # for disputed facts: sources with the same letter give the same value


@dataclass
class Cell:
    source: SourceView
    state: str          # agrees | differs | single | silent
    group: str = ""
    value: str = ""

    @property
    def text(self) -> str:
        described = cell_text(self.state, self.group)
        return f"{described}: {self.value}" if self.value else described


@dataclass
class FactView:
    fact: object
    label: str
    style: object  # its public verdict: label, word, symbol, css, rating (verification.verdicts)
    statements: list[Statement]
    note: str
    decided_at: datetime | None
    cells: list[Cell] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return f"fact-{self.fact.id}"

    @property
    def rejected(self) -> bool:
        return self.fact.review_status == ReviewStatus.REJECTED


def _origin_url(origin: str) -> str | None:
    origin = (origin or "").strip()
    return origin if origin.lower().startswith(("https://", "http://")) and " " not in origin else None


def build_sources(articles) -> list[SourceView]:
    return [SourceView(i, a, a.text, language_name(a.language), _origin_url(a.origin))
            for i, a in enumerate(articles, start=1)]


def _value_key(claim) -> str:
    value = claim.value if claim.value not in (None, {}, []) else claim.text.strip().lower()
    return json.dumps(value, sort_keys=True, default=str)


def build_facts(facts, sources: list[SourceView]) -> list[FactView]:
    by_article = {s.article.pk: s for s in sources}
    views = []
    for fact in facts:
        note, decided_at = fact.notes[0] if fact.notes else ("", None)
        statements, groups = [], {}
        for claim in fact.claims:
            source = by_article.get(claim.article_id)
            if source is None:  # an article moved to another story, or archived, after the check
                continue
            statement = Statement(source, claim.text, highlighted_sentence(source.text, claim),
                                  plain_sentence(source.text, claim))
            if fact.verdict == Verdict.CONFLICTING:
                statement.group = groups.setdefault(_value_key(claim), chr(ord("A") + min(len(groups), 25)))
            statements.append(statement)
        style = fact_checking().public_verdict(verdict=fact.verdict, review_status=fact.review_status)
        label = humanize_slot(fact.slot) + (f": {fact.subject}" if fact.subject else "")
        view = FactView(fact, label, style, statements, note, decided_at)
        stated = {}
        for st in statements:
            stated.setdefault(st.source.number, st)
        for source in sources:
            st = stated.get(source.number)
            if st is None:
                view.cells.append(Cell(source, "silent"))
            elif fact.verdict == Verdict.CORROBORATED:
                view.cells.append(Cell(source, "agrees", value=st.value))
            elif fact.verdict == Verdict.CONFLICTING:
                view.cells.append(Cell(source, "differs", st.group, st.value))
            else:
                view.cells.append(Cell(source, "single", value=st.value))
        views.append(view)
    return views


# --- the agreement picture --------------------------------------------------------------------

CELL_TEXT = {"agrees": "states it, in agreement", "differs": "gives value {group}", "single": "the only source",
             "silent": "does not mention it"}
PALETTE = {  # Okabe-Ito: distinguishable with every common colour-vision deficiency
    "agrees": "#0072B2", "differs": "#D55E00", "single": "#F0E442", "silent": "#6b6b6b", "ink": "#1a1a1a",
}


def cell_text(state: str, group: str = "") -> str:
    return CELL_TEXT[state].format(group=group)


def _symbol(state: str) -> str:
    """One marker shape, centred on 0,0 in a 28 x 28 box."""
    ink = PALETTE["ink"]
    if state == "agrees":   # circle with a tick
        body = (f'<circle r="11" fill="{PALETTE["agrees"]}"/><path d="M-5.5 .5l4 4 7.5-8.5" fill="none" '
                f'stroke="#fff" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/>')
    elif state == "differs":  # hatched diamond (the value group letter is drawn on top)
        body = f'<path d="M0-13L13 0 0 13-13 0Z" fill="url(#hatch)" stroke="{ink}"/>'
    elif state == "single":   # square with a "1"
        body = (f'<rect x="-10" y="-10" width="20" height="20" fill="{PALETTE["single"]}" stroke="{ink}" '
                f'stroke-width="1.5"/><text y="4.5" text-anchor="middle" font-size="13" font-weight="700" '
                f'fill="{ink}">1</text>')
    else:                     # a dash: not mentioned
        body = (f'<line x1="-6" x2="6" stroke="{PALETTE["silent"]}" stroke-width="2" '
                f'stroke-linecap="round"/>')
    return f'<symbol id="mark-{state}" viewBox="-14 -14 28 28">{body}</symbol>'


DEFS = ('<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        f'patternTransform="rotate(45)"><rect width="6" height="6" fill="{PALETTE["differs"]}"/>'
        '<rect width="2" height="6" fill="#8a3a00"/></pattern>'
        + "".join(_symbol(state) for state in ("agrees", "differs", "single", "silent")) + "</defs>")


def _marker(state: str, cx: int, cy: int, group: str = "") -> str:
    mark = f'<use href="#mark-{state}" x="{cx - 14}" y="{cy - 14}" width="28" height="28"/>'
    if state == "differs":
        mark += (f'<text x="{cx}" y="{cy + 5}" text-anchor="middle" font-size="13" font-weight="700" '
                 f'fill="#fff" stroke="{PALETTE["ink"]}" stroke-width=".6">{escape(group)}</text>')
    return mark


def legend_icon(state: str) -> SafeString:
    """A small SVG of one marker for the HTML legend (it uses the symbols the agreement picture defines)."""
    letter = ('<text x="14" y="19" text-anchor="middle" font-size="13" font-weight="700" fill="#fff" '
              f'stroke="{PALETTE["ink"]}" stroke-width=".6">A</text>') if state == "differs" else ""
    return mark_safe(f'<svg class="legend-icon" width="28" height="28" viewBox="0 0 28 28" aria-hidden="true" '
                     f'focusable="false"><use href="#mark-{state}" width="28" height="28"/>{letter}</svg>')


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def agreement_svg(facts: list[FactView], sources: list[SourceView]) -> SafeString:
    """Facts (rows) × sources (columns): who states what. Server-rendered, no script, no style attribute."""
    label_w, cell_w, row_h, head_h = 290, 54, 34, 120
    width = label_w + cell_w * max(1, len(sources)) + 110  # room for the last slanted source label
    height = head_h + row_h * len(facts) + 8
    counts = {}
    for f in facts:
        counts[f.style.word] = counts.get(f.style.word, 0) + 1
    desc = (f"{len(facts)} checked facts in rows, {len(sources)} sources in columns. "
            + "; ".join(f"{n} {word}" for word, n in counts.items())
            + ". A blue circle with a tick: the source states the fact and agrees; a hatched orange diamond "
              "with a letter: the source gives a differing value (same letter, same value); a yellow square "
              "with 1: the only source; a grey dash: the source does not mention it. The table below gives "
              "the same information as text.")
    out = [f'<svg class="agreement-svg" xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" '
           f'height="{height}" viewBox="0 0 {width} {height}" aria-labelledby="agreement-title agreement-desc">',
           '<title id="agreement-title">Agreement between sources, fact by fact</title>',
           f'<desc id="agreement-desc">{escape(desc)}</desc>', DEFS]
    for j, source in enumerate(sources):
        x = label_w + cell_w * j + cell_w // 2
        label = escape(_clip(f"[{source.number}] {source.name}", 22))
        out.append(f'<text x="{x + 4}" y="{head_h - 10}" transform="rotate(-50 {x + 4} {head_h - 10})" '
                   f'font-size="13" fill="{PALETTE["ink"]}">{label}</text>')
    for i, f in enumerate(facts):
        y = head_h + row_h * i
        if i % 2 == 0:
            out.append(f'<rect x="0" y="{y}" width="{width}" height="{row_h}" fill="#f3f3f3"/>')
        out.append(f'<text x="8" y="{y + row_h // 2 + 5}" font-size="13" fill="{PALETTE["ink"]}">'
                   f'<title>{escape(f.label)}: {escape(f.style.label)}</title>'
                   f'{escape(f.style.symbol)} {escape(_clip(f.label, 34))}</text>')
        for j, cell in enumerate(f.cells):
            out.append(_marker(cell.state, label_w + cell_w * j + cell_w // 2, y + row_h // 2, cell.group))
    out.append("</svg>")
    return mark_safe("".join(out))


# --- JSON-LD ----------------------------------------------------------------------------------

def ld_json(data) -> SafeString:
    """JSON for a <script type="application/ld+json"> block, with <, > and & escaped as json_script does."""
    return mark_safe(json.dumps(data, ensure_ascii=False, default=str).translate(_json_script_escapes))


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def news_article_ld(story, sources: list[SourceView], url: str, home_url: str, updated) -> dict:
    organization = {"@type": "Organization", "name": SITE_NAME, "url": home_url}
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": _clip(story.title, 110),
        "description": story.dek, "url": url, "mainEntityOfPage": url,
        "datePublished": _iso(story.published_at), "dateModified": _iso(updated or story.published_at),
        "author": organization, "publisher": organization,
        "isBasedOn": [
            {"@type": "NewsArticle", "headline": s.article.title or s.name,
             "publisher": {"@type": "Organization", "name": s.name}, "inLanguage": s.article.language or None,
             "datePublished": _iso(s.article.published), **({"url": s.origin_url} if s.origin_url else {})}
            for s in sources
        ],
    }
    corrections = story.reader_corrections
    if corrections:
        data["correction"] = [{"@type": "CorrectionComment", "text": c.note, "datePublished": _iso(c.created_at)}
                              for c in corrections]
    return data


def claim_reviews_ld(story, facts: list[FactView], url: str, home_url: str) -> list[dict]:
    author = {"@type": "Organization", "name": SITE_NAME, "url": home_url}
    reviews = []
    for f in facts:
        if not f.statements:
            continue
        first = f.statements[0]
        reviews.append({
            "@context": "https://schema.org", "@type": "ClaimReview", "url": f"{url}#{f.anchor}",
            "claimReviewed": first.plain, "author": author,
            "datePublished": _iso(f.decided_at or story.published_at),
            "reviewRating": {"@type": "Rating", "ratingValue": f.style.rating, "bestRating": 3, "worstRating": 1,
                             "alternateName": f.style.label},
            "itemReviewed": {
                "@type": "Claim",
                "author": {"@type": "Organization", "name": first.source.name},
                "datePublished": _iso(first.source.article.published),
                "appearance": [
                    {"@type": "CreativeWork", "headline": st.source.article.title or st.source.name,
                     "publisher": {"@type": "Organization", "name": st.source.name},
                     **({"url": st.source.origin_url} if st.source.origin_url else {})}
                    for st in f.statements
                ],
            },
        })
    return reviews


def last_updated(story):
    """When readers should see the story as updated: its last change or correction, if after publication."""
    candidates = [story.updated_at, *(c.created_at for c in story.reader_corrections)]
    latest = max((c for c in candidates if c), default=None)
    if latest and story.published_at and latest > story.published_at + timedelta(minutes=1):
        return latest
    return None


LEGEND = (("agrees", "States it, in agreement with the others"),
          ("differs", "Gives a differing value (same letter, same value)"),
          ("single", "The only source that states it"),
          ("silent", "Does not mention it"))


def edition_content(story) -> dict:
    """The story page as the story stands now, as StoryEdition fields: the article as HTML and the
    schema.org JSON-LD with the site's URLs as paths (rendered when the story is published or
    corrected). Runs three queries."""
    from stories.selectors import reader_story

    from .fragments import agreement_table_html, facts_html, sources_html

    story = reader_story(story)
    sources = build_sources(story.reader_sources)
    facts = build_facts(story.reader_facts, sources)
    counts = {key: sum(1 for f in facts if f.fact.verdict == key)
              for key in (Verdict.CORROBORATED, Verdict.CONFLICTING, Verdict.SINGLE_SOURCE)}
    both = bool(facts and sources)
    updated = last_updated(story)
    article_html = render_to_string("reader/_story_article.html", {
        "story": story,
        "updated": updated,
        "body": render_body(story.body, len(sources)),
        "corrections": story.reader_corrections,
        "n_sources": len(sources),
        "sources_html": sources_html(sources),
        "has_facts": bool(facts),
        "facts_html": facts_html(facts),
        "agreement_svg": agreement_svg(facts, sources) if both else "",
        "agreement_table_html": agreement_table_html(facts, sources) if both else "",
        "legend": [(legend_icon(state), label) for state, label in LEGEND],
        "summary": check_summary(len(facts), counts[Verdict.CORROBORATED], counts[Verdict.CONFLICTING],
                                 counts[Verdict.SINGLE_SOURCE]),
    })
    url = story.get_absolute_url()
    return {"title": story.title, "dek": story.dek, "article_html": article_html,
            "news_article_ld": ld_json(news_article_ld(story, sources, url, "/", updated)),
            "claim_reviews_ld": ld_json(claim_reviews_ld(story, facts, url, "/")) if facts else ""}


# In JSON text a '"' outside a string is always a delimiter (one inside a string is written as \"), so
# these match our own keys only; the site's URLs are the only such values that start with "/" (the
# sources' URLs are absolute http(s) ones). The origin comes from a host ALLOWED_HOSTS accepted:
# letters, digits, dots, colons and brackets, nothing JSON or HTML would need escaped.
SITE_PATHS = ('"url": "/', '"mainEntityOfPage": "/')


def with_origin(json_ld: str, origin: str) -> str:
    """Stored JSON-LD with the site's paths made absolute under `origin` (scheme and host)."""
    for key in SITE_PATHS:
        json_ld = json_ld.replace(key, key[:-1] + origin + "/")
    return json_ld


def story_page(edition, request) -> dict:
    """The template context of the story page: the stored edition, under this request's scheme and host."""
    origin = request.build_absolute_uri("/").rstrip("/")
    return {
        "edition": edition,
        # built from escaped and sanitised pieces by edition_content (see its fragments and templates)
        "article_html": mark_safe(edition.article_html),
        "canonical_url": origin + request.path,
        "news_article_ld": mark_safe(with_origin(edition.news_article_ld, origin)),
        "claim_reviews_ld": mark_safe(with_origin(edition.claim_reviews_ld, origin)),
    }
