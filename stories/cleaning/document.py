"""clean_document: from decoded text (plain text, Markdown or HTML) to a CleanedDocument."""
from __future__ import annotations

import html as htmllib
import re
from html.parser import HTMLParser

from .dates import find_date
from .errors import RejectedInput
from .model import Block, CleanedDocument, assemble
from .paragraphs import classify, split_paragraphs

_HTML_SNIFF_RE = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|div|p|meta)\b", re.IGNORECASE | re.DOTALL)
_TAG_RE = re.compile(r"</?(?:p|div|br|span|a|h[1-6]|ul|li|script|style|article|section|table|img)\b[^>]*>", re.IGNORECASE)
_MD_SIGNS_RE = re.compile(r"^(?:#{1,6}\s+\S|[-*+]\s+\S|>\s|```|\d+\.\s+\S)|\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*", re.MULTILINE)


def detect_format(text: str, filename: str = "") -> str:
    """'html', 'markdown' or 'text': from the extension, else sniffed from the content."""
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if ext in ("html", "htm", "xhtml"):
        return "html"
    if ext in ("md", "markdown", "mdown", "mkd"):
        return "markdown"
    if ext == "txt":
        return "text"
    head = text[:5000]
    if _HTML_SNIFF_RE.match(head) or len(_TAG_RE.findall(head)) >= 5:
        return "html"
    if len(_MD_SIGNS_RE.findall(head)) >= 3 or re.match(r"^(?:---\n.*?\n---\n|#\s+\S)", head, re.DOTALL):
        return "markdown"
    return "text"


def clean_document(text: str, *, filename: str = "") -> CleanedDocument:
    """Split a decoded article into title, dek, body and removed parts, with metadata."""
    if not isinstance(text, str):
        raise TypeError("clean_document expects str; decode bytes with decode_text first")
    fmt = detect_format(text, filename)
    meta: dict = {}
    if fmt == "html":
        paragraphs, meta = _html_paragraphs(text)
    elif fmt == "markdown":
        paragraphs, meta = _markdown_paragraphs(text)
    else:
        paragraphs = split_paragraphs(text)
    return _finish(paragraphs, meta)


MAX_PARAGRAPHS = 20_000


def _finish(paragraphs: list[str], meta: dict) -> CleanedDocument:
    if len(paragraphs) > MAX_PARAGRAPHS:
        raise RejectedInput(f"not an article: {len(paragraphs):,} paragraphs, the limit is {MAX_PARAGRAPHS:,}")
    res = classify(paragraphs, title_hint=meta.get("title", ""))
    blocks = res.blocks
    if meta.get("page_paragraphs"):
        blocks = _merge_dropped(meta["page_paragraphs"], blocks)
    title = res.title
    if meta.get("title") and not any(b.role == "title" for b in blocks):
        title = meta["title"]
    # (an HTML meta description is not used as the dek: it is often a teaser written for search
    # engines, and the dek is part of the text that claims point into)
    dek, body = assemble(blocks)
    doc = CleanedDocument(
        title=_clean_title(title),
        dek=dek,
        body=body,
        publisher=meta.get("publisher") or res.publisher,
        author=meta.get("author") or res.author,
        published=meta.get("published") or res.published,
        language="",
        blocks=blocks,
    )
    doc.language = meta.get("language") or detect_language(doc.text, fallback=res.main_language)
    return doc


def _clean_title(title: str) -> str:
    title = " ".join(title.split())
    return title.strip(" .·|-—–")


_LANGID = None


def detect_language(text: str, *, fallback: str = "") -> str:
    """ISO 639-1 code of text (py3langid), '' when there is too little text to tell."""
    global _LANGID
    sample = text[:320]
    if len(re.findall(r"\w", sample)) < 20:
        return fallback
    if _LANGID is None:
        import py3langid

        _LANGID = py3langid.classify
    lang, _score = _LANGID(sample)
    lang = lang.split("-")[0].lower()
    if len(lang) != 2:
        # the model also knows languages without an ISO 639-1 code ("zxx" = no language at all)
        lang = _ISO639_3_TO_1.get(lang, fallback)
    return lang


_ISO639_3_TO_1 = {"ary": "ar", "arz": "ar", "uzs": "uz", "yue": "zh", "wuu": "zh", "gug": "gn", "sdh": "ku"}


# ---------------------------------------------------------------- HTML


class _TextExtractor(HTMLParser):
    """Fallback when trafilatura finds nothing: visible text by block elements, scripts dropped."""

    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
             "header", "footer", "blockquote", "pre", "ul", "ol", "table", "title", "dd", "dt", "figcaption"}
    SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title = ""
        self._in_title = False
        self.h1 = ""
        self._in_h1 = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        elif tag in self.SKIP:
            self.skip += 1
        if tag == "h1":
            self._in_h1 = True
        if tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag == "h1":
            self._in_h1 = False
        if tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self._in_title:
            self.title += data
            return
        if self.skip:
            return
        if self._in_h1:
            self.h1 += data
        self.parts.append(data)


def _html_fallback(text: str) -> tuple[str, str]:
    parser = _TextExtractor()
    try:
        parser.feed(text)
        parser.close()
    except Exception:  # malformed markup: strip tags crudely
        stripped = re.sub(r"<(script|style)\b.*?</\1\s*>", " ", text, flags=re.IGNORECASE | re.DOTALL)
        return htmllib.unescape(re.sub(r"<[^>]*>", "\n", stripped)), ""
    return "".join(parser.parts), (parser.h1 or parser.title).strip()


_H1_RE = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_TITLE_RE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
# trafilatura costs about half a millisecond per element; beyond this many tags (no news page has
# them) the page goes through our own plain extractor instead
MAX_TAGS_FOR_TRAFILATURA = 40_000


def _html_paragraphs(text: str) -> tuple[list[str], dict]:
    meta: dict = {}
    extracted = None
    if text.count("<") <= MAX_TAGS_FOR_TRAFILATURA:
        try:
            import trafilatura

            doc = trafilatura.bare_extraction(
                text, with_metadata=True, include_comments=False, include_tables=True,
                include_images=False, include_links=False, favor_recall=True, deduplicate=False,
            )
            if doc is not None:
                d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
                extracted = d.get("text") or ""
                meta["title"] = (d.get("title") or "").strip()
                meta["author"] = (d.get("author") or "").strip()
                meta["publisher"] = (d.get("sitename") or "").strip()
                date = d.get("date")
                if date:
                    found = find_date(str(date))
                    if found:
                        meta["published"] = found[0]
                lang = (d.get("language") or "").strip()
                if lang:
                    meta["language"] = lang.split("-")[0].lower()[:2]
        except Exception:  # trafilatura chokes on some markup; fall back to our own extractor
            extracted = None
    if extracted and extracted.strip():
        # what trafilatura left out (menus, asides, footers) is kept as removed blocks for editors
        page_text, _ = _html_fallback(text)
        meta["page_paragraphs"] = [p for p in (" ".join(_LEFTOVER_MARKUP_RE.sub(" ", q).split())
                                               for q in split_paragraphs(page_text)) if p]
    else:
        extracted, fallback_title = _html_fallback(text)
        meta["title"] = meta.get("title") or fallback_title
    if not meta.get("title"):
        m = _H1_RE.search(text) or _TITLE_RE.search(text)
        if m:
            meta["title"] = " ".join(htmllib.unescape(re.sub(r"<[^>]*>", " ", m.group(1))).split())
    meta = {k: _LEFTOVER_MARKUP_RE.sub(" ", v).strip() if isinstance(v, str) else v for k, v in meta.items() if v}
    meta = {k: v for k, v in meta.items() if v}
    if meta.get("title"):
        meta["title"] = _strip_site_suffix(meta["title"], meta.get("publisher", ""))
    if meta.get("publisher") and re.match(r"^(?:https?://|www\.)", meta["publisher"]):
        meta["publisher"] = re.sub(r"^(?:https?://)?(?:www\.)?", "", meta["publisher"]).split("/")[0]
    # only text leaves this function: markup that survived extraction (unclosed comments, tags
    # inside CDATA...) is dropped, so nothing executable can ever reach an article's text
    paragraphs = [p for p in (_LEFTOVER_MARKUP_RE.sub(" ", p).strip() for p in split_paragraphs(extracted)) if p]
    paragraphs = [" ".join(p.split()) for p in paragraphs]
    # trafilatura puts the title in the text when it is not a separate H1; make it the first paragraph
    if meta.get("title") and paragraphs and not any(_same(p, meta["title"]) for p in paragraphs[:5]):
        paragraphs.insert(0, meta["title"])
    return paragraphs, meta


_LEFTOVER_MARKUP_RE = re.compile(
    r"<!--|-->|<!\[CDATA\[|\]\]>|</?[A-Za-z][A-Za-z0-9:-]*(?:[\s/][^<>]*)?(?:>|$)|<![A-Za-z][^<>]*>?")


def _merge_dropped(page: list[str], blocks: list[Block]) -> list[Block]:
    """Blocks of the extracted article, with the page's other paragraphs (the ones trafilatura left
    out) as removed blocks, in page order."""
    from .lexicon import SECTION_CUES
    from .paragraphs import _cue_reason, _features

    def key(t: str) -> str:
        return re.sub(r"\W+", " ", t.casefold()).strip()

    kept_keys = [key(b.text) for b in blocks]
    index = {}
    for i, k in enumerate(kept_keys):
        index.setdefault(k, i)
    joined = " \n ".join(kept_keys)
    out: list[Block] = []
    j = 0
    for para in page:
        k = key(para)
        if not k:
            continue
        i = index.get(k)
        if i is not None and i >= j:
            out.extend(blocks[j:i + 1])
            j = i + 1
            continue
        if k in joined:
            continue  # part of (or a repeat of) an extracted paragraph
        f = _features(0, para)
        reason = (_cue_reason(f) or SECTION_CUES.get(f.cue)
                  or ("related reading" if f.title_like and f.n_words >= 4 else "navigation"))
        out.append(Block(text=para, role="removed", reason=reason))
    out.extend(blocks[j:])
    return out


def _strip_site_suffix(title: str, site: str) -> str:
    """'Budget approved | Riverton Gazette' -> 'Budget approved' (HTML <title> carries the site name)."""
    parts = re.split(r"\s+[|–—·-]\s+", title)
    if len(parts) < 2:
        return title
    last = parts[-1].strip()
    head = " - ".join(parts[:-1]).strip() if len(parts) > 2 else parts[0].strip()
    if (site and last.casefold() == site.casefold()) or (
            len(last.split()) <= 3 and len(head.split()) >= 2 * len(last.split())):
        return head
    return title


def _same(a: str, b: str) -> bool:
    return re.sub(r"\W+", "", a).casefold() == re.sub(r"\W+", "", b).casefold()


# ---------------------------------------------------------------- Markdown

_FRONT_MATTER_RE = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
_MD_IMAGE_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK_RE = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_MD_REF_LINK_RE = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_MD_REF_DEF_RE = re.compile(r"^\s*\[[^\]]+\]:\s+\S+.*$", re.MULTILINE)
_MD_EMPH_RE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\w)|(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
_MD_CODE_RE = re.compile(r"`([^`\n]+)`")
_MD_HEADING_RE = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_SETEXT_RE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_MD_HR_RE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_MD_LIST_RE = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?")
_MD_QUOTE_RE = re.compile(r"^\s*(?:>\s?)+")
_HTML_TAG_RE = re.compile(r"<[^>\n]{1,200}>")


def _md_inline(s: str) -> str:
    s = _MD_IMAGE_RE.sub("", s)
    s = _MD_LINK_RE.sub(r"\1", s)
    s = _MD_REF_LINK_RE.sub(r"\1", s)
    for _ in range(2):
        s = _MD_EMPH_RE.sub(lambda m: m.group(2) or m.group(3) or m.group(4) or "", s)
    s = _MD_CODE_RE.sub(r"\1", s)
    s = _HTML_TAG_RE.sub("", s)
    s = re.sub(r"\\([\\`*_{}\[\]()#+\-.!>])", r"\1", s)
    return s


def _markdown_paragraphs(text: str) -> tuple[list[str], dict]:
    meta: dict = {}
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fm = _FRONT_MATTER_RE.match(text)
    if fm:
        text = text[fm.end():]
        for line in fm.group(1).split("\n"):
            key, _, value = line.partition(":")
            key, value = key.strip().lower(), value.strip().strip("'\"")
            if not value:
                continue
            if key == "title":
                meta["title"] = value
            elif key in ("author", "authors", "byline"):
                meta["author"] = value
            elif key in ("date", "published", "pubdate", "publish_date"):
                found = find_date(value)
                if found:
                    meta["published"] = found[0]
            elif key in ("publisher", "site", "source_name", "sitename"):
                meta["publisher"] = value
            elif key in ("lang", "language"):
                meta["language"] = value.split("-")[0].lower()[:2]
    text = _MD_REF_DEF_RE.sub("", text)
    out_lines: list[str] = []
    in_code = False
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if line.strip().startswith(("```", "~~~")):
            in_code = not in_code
            out_lines.append("")
            continue
        if in_code:
            out_lines.append(line)
            continue
        if _MD_HR_RE.match(line):
            out_lines.append("")
            continue
        if _MD_SETEXT_RE.match(line) and out_lines and out_lines[-1].strip():
            level = 1 if line.strip().startswith("=") else 2
            if level == 1 and "h1" not in meta:
                meta["h1"] = out_lines[-1].strip()
            out_lines.append("")
            continue
        h = _MD_HEADING_RE.match(line)
        if h:
            content = _md_inline(h.group(2))
            if len(h.group(1)) == 1 and "h1" not in meta:
                meta["h1"] = content.strip()
            out_lines.extend(["", content, ""])
            continue
        line = _MD_QUOTE_RE.sub("", line)
        if _MD_LIST_RE.match(line):
            line = _MD_LIST_RE.sub("• ", line, count=1)
            out_lines.extend(["", _md_inline(line), ""])
            continue
        out_lines.append(_md_inline(line))
    meta.setdefault("title", meta.pop("h1", "")) if "title" not in meta else meta.pop("h1", None)
    meta = {k: v for k, v in meta.items() if v}
    return split_paragraphs("\n".join(out_lines)), meta
