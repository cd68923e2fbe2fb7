"""Turning untrusted text into safe HTML: the story body (Markdown, sanitised) and evidence sentences."""

from __future__ import annotations

import re

import markdown
import nh3
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = {
    "p",
    "br",
    "hr",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "blockquote",
    "em",
    "strong",
    "b",
    "i",
    "a",
    "code",
    "pre",
    "sup",
    "sub",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "abbr",
    "q",
    "cite",
    "del",
    "ins",
    "small",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"scope"}}
URL_SCHEMES = {"http", "https", "mailto"}

# [1], [2, 3] or [1; 4] written by an editor; not the text of a link the consolidated draft already
# made ([[1]](#source-1)), not a Markdown link or a reference definition.
CITATION = re.compile(r"(?<!\[)\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\](?![(:\]])")
# The consolidated draft ends with its own "## Sources" list for the editor; the page shows the
# sources in full below the body, so that list is left out there.
TRAILING_SOURCES = re.compile(
    r"(?:^|\n)#{1,6}[ \t]*Sources[ \t]*#*[ \t]*\n(?:[ \t]*\n|[ \t]*\d+\.[^\n]*\n?)*\Z", re.IGNORECASE
)
HEADING = re.compile(r"<(/?)h([1-6])\b", re.IGNORECASE)


def _link_citations(text: str, n_sources: int) -> str:
    def replace(match: re.Match) -> str:
        numbers = [int(n) for n in re.split(r"\s*[,;]\s*", match.group(1))]
        if not all(1 <= n <= n_sources for n in numbers):
            return match.group(0)
        return "".join(f'[\\[{n}\\]](#source-{n} "Source {n}")' for n in numbers)

    return CITATION.sub(replace, text)


def _demote_headings(html: str) -> str:
    """The page title is the only h1: an h1 in the body becomes an h2 (h2 and below keep their level,
    since the body sits directly under the title)."""
    return HEADING.sub(lambda m: f"<{m.group(1)}h{max(2, int(m.group(2)))}", html)


def render_body(text: str, n_sources: int) -> SafeString:
    """The consolidated story text (Markdown, possibly with HTML) as sanitised HTML, with the numbered
    citations linked to the source list. Scripts, event handlers, styles and javascript: URLs go."""
    text = TRAILING_SOURCES.sub("\n", text or "")
    html = markdown.markdown(_link_citations(text, n_sources), extensions=["sane_lists"], output_format="html")
    clean = nh3.clean(
        _demote_headings(html),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )
    return mark_safe(clean)


def highlighted_sentence(article_text: str, claim) -> SafeString:
    """The sentence a claim comes from, escaped, with the compared value in a <mark>.

    Offsets that no longer fit the text (it was edited after extraction) fall back to the value alone.
    """
    s0, s1, v0, v1 = claim.sentence_start, claim.sentence_end, claim.start, claim.end
    if not (0 <= s0 <= v0 <= v1 <= s1 <= len(article_text)):
        return format_html("<mark>{}</mark>", claim.text)
    before, value, after = article_text[s0:v0], article_text[v0:v1], article_text[v1:s1]
    return format_html("{}<mark>{}</mark>{}", before.lstrip(), value, after.rstrip())


def plain_sentence(article_text: str, claim, limit: int = 300) -> str:
    s0, s1 = claim.sentence_start, claim.sentence_end
    text = article_text[s0:s1] if 0 <= s0 <= s1 <= len(article_text) else claim.text
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
