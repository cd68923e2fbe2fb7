"""The visible text of an HTML page, paragraph by paragraph, read in one pass.

The standard library's HTMLParser re-scans the rest of the document from every "<" that opens
something it cannot finish (an unterminated comment, an attribute quote never closed, "<a <a <a"),
which is quadratic: a few hundred kilobytes of "<!--" take minutes. lxml is linear but drops
everything after an unterminated comment and stops below 256 nested elements. This tokenizer
reads the markup left to right; every step consumes at least one character and looks no further
than the next "<", so the time is linear in the size of the page whatever the page holds.

It is the fallback when trafilatura finds no article, and it lists the page's other paragraphs
(menus, asides, footers) that the editor sees as removed.
"""

from __future__ import annotations

import html as htmllib
import re
from dataclasses import dataclass, field

from . import budget

BLOCK = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "ul",
        "ol",
        "table",
        "title",
        "dd",
        "dt",
        "figcaption",
        "main",
        "aside",
        "nav",
        "figure",
        "hr",
    }
)
# elements whose content a reader never sees
HIDDEN = frozenset({"noscript", "template", "svg", "iframe", "object", "head", "math"})
# elements whose content is raw text up to their end tag (markup inside is not markup)
RAW_TEXT = frozenset({"script", "style", "title", "textarea", "xmp"})

# a start or end tag: quoted attribute values may hold ">" but never "<", so no tag reaches past
# the next "<"; junk after the attributes (an unclosed quote) runs to the next "<" or ">"
_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^<>\"']|\"[^\"<]*\"|'[^'<]*')*)[^<>]*(>?)")
_DECLARATION_RE = re.compile(r"<[!?][^<>]*>?")  # <!DOCTYPE>, <![CDATA[...]>, <?xml ?>
_SPACE_RE = re.compile(r"\s+")
_CHECK_EVERY = 2048  # tokens between two looks at the clock


@dataclass
class PageText:
    text: str = ""  # visible text, block elements separated by blank lines
    title: str = ""  # the <title>
    h1: str = ""  # the first <h1>
    parts: list[str] = field(default_factory=list, repr=False)


def neutralise_unterminated_comments(markup: str) -> str:
    """Markup with every "<!--" that no "-->" follows removed.

    An unterminated comment hides nothing (the text after it is kept), and parsers that look for
    its end from every opener take quadratic time; after the last "-->" no opener can be closed.
    """
    last = markup.rfind("-->")
    start = last + 3 if last >= 0 else 0
    if markup.find("<!--", start) < 0:
        return markup
    return markup[:start] + markup[start:].replace("<!--", "")


def page_text(markup: str) -> PageText:
    """Visible text of the page (scripts, styles and hidden elements left out), with its title and h1."""
    out = PageText()
    parts = out.parts
    hidden = 0  # depth inside hidden elements
    in_h1 = False
    h1_parts: list[str] = []
    no_comment_end_after = len(markup) + 1  # no "-->" exists at or after this position
    pos, n, tokens = 0, len(markup), 0
    while pos < n:
        lt = markup.find("<", pos)
        if lt < 0:
            lt = n
        if lt > pos:
            if not hidden:
                data = htmllib.unescape(markup[pos:lt])
                parts.append(data)
                if in_h1:
                    h1_parts.append(data)
            pos = lt
            if pos >= n:
                break
        tokens += 1
        if tokens % _CHECK_EVERY == 0:
            budget.check()
        if markup.startswith("<!--", pos):
            end = markup.find("-->", pos + 4) if pos < no_comment_end_after else -1
            if end < 0:
                no_comment_end_after = min(no_comment_end_after, pos)
                pos += 4  # an unterminated comment hides nothing
            else:
                pos = end + 3
            continue
        m = _TAG_RE.match(markup, pos)
        if m is None:
            m = _DECLARATION_RE.match(markup, pos)
            if m is None:  # a "<" that starts nothing: text
                if not hidden:
                    parts.append("<")
                    if in_h1:
                        h1_parts.append("<")
                pos += 1
            else:
                pos = m.end()
            continue
        pos = m.end()
        closing, tag = m.group(1) == "/", m.group(2).lower()
        if not closing and tag in RAW_TEXT:
            end_m = re.compile(r"</" + tag + r"\b[^<>]*>?", re.IGNORECASE).search(markup, pos)
            content_end = end_m.start() if end_m else n
            if tag == "title" and not out.title:
                out.title = htmllib.unescape(markup[pos:content_end])
            elif tag == "textarea" and not hidden:
                parts.append(htmllib.unescape(markup[pos:content_end]))
            pos = end_m.end() if end_m else n
            if tag == "title":
                parts.append("\n\n")
            continue
        if tag == "body":
            hidden = 0  # a <head> never closed ends where the body starts
        elif tag in HIDDEN:
            self_closing = m.group(3).rstrip().endswith("/")
            if closing:
                hidden = max(0, hidden - 1)
            elif not self_closing:
                hidden += 1
            continue
        if tag == "h1":
            if not closing and not out.h1 and not h1_parts:
                in_h1 = True
            elif closing and in_h1:
                in_h1 = False
                out.h1 = "".join(h1_parts)
        if tag in BLOCK:
            parts.append("\n\n")
    if in_h1:
        out.h1 = "".join(h1_parts)
    out.text = "".join(parts)
    out.title = _SPACE_RE.sub(" ", out.title).strip()
    out.h1 = _SPACE_RE.sub(" ", out.h1).strip()
    return out
