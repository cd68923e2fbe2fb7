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
    reader = _Reader(markup)
    read_text, read_markup = reader.read_text, reader.read_markup  # bound once: the loop runs once a token
    tokens = 0
    while read_text():
        tokens += 1
        if tokens % _CHECK_EVERY == 0:
            budget.check()
        read_markup()
    return reader.finish()


class _Reader:
    """One left-to-right pass over a page: where it is, how deep inside hidden elements, the first h1 so far.

    Each step reads one kind of thing at the position (text, a comment, a declaration, a tag and what the
    tag opens or closes) and moves past it."""

    def __init__(self, markup: str) -> None:
        self.markup, self.end, self.pos = markup, len(markup), 0
        self.out = PageText()
        self.hidden = 0  # depth inside hidden elements
        self.in_h1 = False
        self.h1_parts: list[str] = []
        self.no_comment_end_after = len(markup) + 1  # no "-->" exists at or after this position

    def keep(self, data: str) -> None:
        """Visible text (outside hidden elements), also the h1's while inside the first one."""
        if not self.hidden:
            self.out.parts.append(data)
            if self.in_h1:
                self.h1_parts.append(data)

    def read_text(self) -> bool:
        """The text up to the next "<"; False once the page is read."""
        pos = self.pos
        lt = self.markup.find("<", pos)
        if lt < 0:
            lt = self.end
        if lt > pos:
            if not self.hidden:
                self.keep(htmllib.unescape(self.markup[pos:lt]))
            self.pos = pos = lt
        return pos < self.end

    def read_markup(self) -> None:
        """What the "<" at the position opens: a comment, a tag, a declaration, or nothing (then it is text)."""
        markup, pos = self.markup, self.pos
        if markup.startswith("<!--", pos):
            self.read_comment()
            return
        m = _TAG_RE.match(markup, pos)
        if m is None:
            self.read_declaration()
            return
        self.pos = m.end()
        closing, tag = m.group(1) == "/", m.group(2).lower()
        if not closing and tag in RAW_TEXT:
            self.read_raw_text(tag)
            return
        if tag == "body":
            self.hidden = 0  # a <head> never closed ends where the body starts
        elif tag in HIDDEN:
            self.hidden_tag(closing, self_closing=m.group(3).rstrip().endswith("/"))
            return
        if tag == "h1":
            self.h1_tag(closing)
        if tag in BLOCK:
            self.out.parts.append("\n\n")

    def read_comment(self) -> None:
        """A comment is skipped; an unterminated one hides nothing (only its "<!--" is skipped)."""
        end = self.markup.find("-->", self.pos + 4) if self.pos < self.no_comment_end_after else -1
        if end < 0:
            self.no_comment_end_after = min(self.no_comment_end_after, self.pos)
            self.pos += 4
        else:
            self.pos = end + 3

    def read_declaration(self) -> None:
        """<!DOCTYPE>, <![CDATA[...]>, <?xml ?> are skipped; a "<" that starts nothing is text."""
        m = _DECLARATION_RE.match(self.markup, self.pos)
        if m is None:
            self.keep("<")
            self.pos += 1
        else:
            self.pos = m.end()

    def read_raw_text(self, tag: str) -> None:
        """An element whose content is raw text up to its end tag: the title's is the title, a textarea's is
        visible, a script's or a style's is nothing."""
        end_m = re.compile(r"</" + tag + r"\b[^<>]*>?", re.IGNORECASE).search(self.markup, self.pos)
        content_end = end_m.start() if end_m else self.end
        if tag == "title" and not self.out.title:
            self.out.title = htmllib.unescape(self.markup[self.pos : content_end])
        elif tag == "textarea" and not self.hidden:
            self.out.parts.append(htmllib.unescape(self.markup[self.pos : content_end]))
        self.pos = end_m.end() if end_m else self.end
        if tag == "title":
            self.out.parts.append("\n\n")

    def hidden_tag(self, closing: bool, *, self_closing: bool) -> None:
        if closing:
            self.hidden = max(0, self.hidden - 1)
        elif not self_closing:
            self.hidden += 1

    def h1_tag(self, closing: bool) -> None:
        """The first h1 opens; its end tag closes it and sets the page's h1."""
        if not closing and not self.out.h1 and not self.h1_parts:
            self.in_h1 = True
        elif closing and self.in_h1:
            self.in_h1 = False
            self.out.h1 = "".join(self.h1_parts)

    def finish(self) -> PageText:
        out = self.out
        if self.in_h1:
            out.h1 = "".join(self.h1_parts)
        out.text = "".join(out.parts)
        out.title = _SPACE_RE.sub(" ", out.title).strip()
        out.h1 = _SPACE_RE.sub(" ", out.h1).strip()
        return out
