"""Markdown to paragraphs of plain text, with front-matter metadata.

Every pattern here is linear in its input: no quantified part can match what its neighbour
matches (a link's text stops at the next bracket, emphasis at the next marker), so no input
makes the engine retry from every position; headings and rules are read without patterns.
"""

from __future__ import annotations

import re

from . import budget
from .dates import find_date
from .text import split_paragraphs

_FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)
_IMAGE_RE = re.compile(r"!\[[^\[\]\n]*\]\([^()\n]*\)")
_LINK_RE = re.compile(r"\[([^\[\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+\"[^\"\n]*\")?\)")
_REF_LINK_RE = re.compile(r"\[([^\[\]\n]+)\]\[[^\[\]\n]*\]")
_REF_DEF_RE = re.compile(r"^[ \t]*\[[^\[\]\n]+\]:[ \t]+\S.*$", re.MULTILINE)
_EMPHASIS_RE = re.compile(
    r"\*\*(?=[^\s*])([^*\n]+?)(?<=\S)\*\*|__(?=[^\s_])([^_\n]+?)(?<=\S)__"
    r"|(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=\S)\*(?!\w)|(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=\S)_(?![\w_])"
)
_CODE_RE = re.compile(r"`([^`\n]+)`")
_HEADING_RE = re.compile(r" {0,3}(#{1,6})[ \t]+")
_SETEXT_RE = re.compile(r"[ \t]{0,3}(?:=+|-+)[ \t]*")
_LIST_RE = re.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")
_QUOTE_RE = re.compile(r"[ \t]*(?:>[ \t]?)+")
_HTML_TAG_RE = re.compile(r"<[^<>\n]{1,200}>")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")
_INLINE_MARKS_RE = re.compile(r"[\[*_`<\\]")  # a line without any of these has no inline markup


def inline_text(s: str) -> str:
    """One line of Markdown as plain text: links and emphasis unwrapped, images and tags dropped."""
    if not _INLINE_MARKS_RE.search(s):
        return s
    s = _IMAGE_RE.sub("", s)
    s = _LINK_RE.sub(r"\1", s)
    s = _REF_LINK_RE.sub(r"\1", s)
    for _ in range(2):  # emphasis inside emphasis
        s = _EMPHASIS_RE.sub(lambda m: m.group(1) or m.group(2) or m.group(3) or m.group(4) or "", s)
    s = _CODE_RE.sub(r"\1", s)
    s = _HTML_TAG_RE.sub("", s)
    return _ESCAPE_RE.sub(r"\1", s)


def _heading(line: str) -> tuple[int, str] | None:
    """(level, text) of an ATX heading ("## Title ##"), else None."""
    m = _HEADING_RE.match(line)
    if m is None:
        return None
    return len(m.group(1)), line[m.end() :].strip().rstrip("#").rstrip()


def _rule(line: str) -> bool:
    """A thematic break: three or more of one of - * _ (spaces between allowed)."""
    s = line.strip()
    if len(line) - len(line.lstrip()) > 3 or not s or s[0] not in "-*_":
        return False
    marks = s.replace(" ", "").replace("\t", "")
    return len(marks) >= 3 and marks == s[0] * len(marks)


# a front-matter key -> the metadata field it gives
_FRONT_MATTER_FIELDS = {
    "title": "title",
    "author": "author",
    "authors": "author",
    "byline": "author",
    "date": "published",
    "published": "published",
    "pubdate": "published",
    "publish_date": "published",
    "publisher": "publisher",
    "site": "publisher",
    "source_name": "publisher",
    "sitename": "publisher",
    "lang": "language",
    "language": "language",
}


def _front_matter(block: str, meta: dict) -> None:
    """The metadata a front-matter block gives ("title: ...", "date: 2024-05-01", "lang: de-DE")."""
    for line in block.split("\n"):
        key, _, value = line.partition(":")
        name, value = _FRONT_MATTER_FIELDS.get(key.strip().lower()), value.strip().strip("'\"")
        if name and value:
            _set_field(meta, name, value)


def _set_field(meta: dict, name: str, value: str) -> None:
    if name == "published":
        found = find_date(value)
        if found:
            meta["published"] = found[0]
    elif name == "language":
        meta["language"] = value.split("-")[0].lower()[:2]
    else:
        meta[name] = value


def markdown_paragraphs(text: str) -> tuple[list[str], dict]:
    """Paragraphs of plain text, and the metadata the front matter and the first level-1 heading give."""
    meta: dict = {}
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fm = _FRONT_MATTER_RE.match(text)
    if fm:
        text = text[fm.end() :]
        _front_matter(fm.group(1), meta)
    lines = _plain_lines(_REF_DEF_RE.sub("", text).split("\n"), meta)
    h1 = meta.pop("h1", "")
    meta.setdefault("title", h1)
    meta = {k: v for k, v in meta.items() if v}
    return split_paragraphs("\n".join(lines)), meta


def _plain_lines(lines: list[str], meta: dict) -> list[str]:
    """The lines as plain text ("" ends a paragraph); code blocks as they are, between their fences."""
    out: list[str] = []
    in_code = False
    for k, line in enumerate(lines):
        if k % 2048 == 0:
            budget.check()
        if line.strip().startswith(("```", "~~~")):
            in_code = not in_code
            out.append("")
        elif in_code:
            out.append(line)
        else:
            out.extend(_line_text(line, out, meta))
    return out


def _line_text(line: str, before: list[str], meta: dict) -> list[str]:
    """A line outside code as the plain lines it becomes, given the lines `before` it; a heading of level 1
    (the first) is the page's h1."""
    if not line or line.isspace() or _rule(line):
        return [""]
    if _SETEXT_RE.fullmatch(line) and before and before[-1].strip():
        # the underline of a heading (the line before): "===" makes it of level 1
        if line.strip().startswith("=") and "h1" not in meta:
            meta["h1"] = before[-1].strip()
        return [""]
    heading = _heading(line)
    if heading:
        level, content = heading
        content = inline_text(content)
        if level == 1 and "h1" not in meta:
            meta["h1"] = content.strip()
        return ["", content, ""]
    return _body_line(line)


def _body_line(line: str) -> list[str]:
    """A line of prose, of a quote (its marks dropped) or a list's item (a paragraph of its own, with a bullet)."""
    quote = _QUOTE_RE.match(line)
    if quote:
        line = line[quote.end() :]
    bullet = _LIST_RE.match(line)
    if bullet:
        return ["", inline_text("• " + line[bullet.end() :]), ""]
    return [inline_text(line)]
