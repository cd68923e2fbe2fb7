"""clean_document: from decoded text (plain text, Markdown or HTML) to a CleanedDocument."""

from __future__ import annotations

import re

from . import budget
from . import lexicon as lx
from .dates import find_date
from .errors import RejectedInput
from .html_text import neutralise_unterminated_comments, page_text
from .markdown_text import markdown_paragraphs
from .model import Block, CleanedDocument, assemble
from .page import Page
from .paragraphs import RULE_STAGES, classify, read_page
from .publisher import site_of_url
from .tails import (
    split_credit_tail,
    split_glued_notice,
    split_sign_off_tail,
    split_signature_tail,
    split_video_pointer,
)
from .text import glued_path, split_paragraphs, strip_invisible
from .timestamps import page_date_has_day, split_date_tail, split_page_date

_LEADING_COMMENTS_RE = re.compile(r"\s*(?:<!--(?:[^-]|-(?!->))*-->\s*)*")
_HTML_START_RE = re.compile(r"<(?:!doctype\s+html|html|head|body|article|div|p|meta)\b", re.IGNORECASE)
_TAG_RE = re.compile(
    r"</?(?:p|div|br|span|a|h[1-6]|ul|li|script|style|article|section|table|img)\b[^<>]*>", re.IGNORECASE
)
_MD_SIGNS_RE = re.compile(
    r"^(?:#{1,6}[ \t]+\S|[-*+][ \t]+\S|>[ \t]|```|\d+\.[ \t]+\S)|\[[^\[\]\n]+\]\([^()\s]+\)|\*\*[^*\n]+\*\*",
    re.MULTILINE,
)


# links and type styles pasted into a text dump with their markup ('<a href="..." target="_blank">Elon
# Musk</a>'): the words stay, the tags go; other markup in plain text is data and stays
_INLINE_TAG_RE = re.compile(r"</?(?:a|b|i|u|em|strong|span|br|sup|sub|small|mark)\b[^<>\n]{0,1000}>", re.IGNORECASE)


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
    if _HTML_START_RE.match(head, _LEADING_COMMENTS_RE.match(head).end()) or len(_TAG_RE.findall(head)) >= 5:
        return "html"
    if len(_MD_SIGNS_RE.findall(head)) >= 3 or re.match(r"^(?:---\n.*?\n---\n|#\s+\S)", head, re.DOTALL):
        return "markdown"
    return "text"


def clean_document(text: str, *, filename: str = "", time_limit: float = budget.DEFAULT_SECONDS) -> CleanedDocument:
    """Split a decoded article into title, dek, body and removed parts, with metadata.

    Raises RejectedInput when cleaning takes longer than time_limit seconds.
    """
    if not isinstance(text, str):
        raise TypeError("clean_document expects str; decode bytes with decode_text first")
    with budget.time_budget(time_limit):
        paragraphs, meta = _source_paragraphs(text, filename)
        budget.check()
        return _finish(paragraphs, meta, origin=filename)


def rules_page(text: str, *, filename: str = "") -> Page:
    """The page as the cleaner's rules leave it, before the line model's second opinion: what the line model
    learns from (`make train-lines`)."""
    return cleaned_page(text, filename=filename, stages=RULE_STAGES)


def cleaned_page(text: str, *, filename: str = "", stages: tuple = ()) -> Page:
    """The page after the stages (all of them by default) with what they found: for the cleaner's evaluation."""
    paragraphs, meta = _source_paragraphs(text, filename)
    paragraphs, _date_field, _page_date = _article_paragraphs(paragraphs)
    return read_page(paragraphs, title_hint=meta.get("title", ""), stages=stages)


def _source_paragraphs(text: str, filename: str) -> tuple[list[str], dict]:
    """The paragraphs of a text, Markdown or HTML source, and the metadata its markup gives."""
    fmt = detect_format(text, filename)
    if fmt == "html":
        return _html_paragraphs(text)
    if fmt == "markdown":
        return markdown_paragraphs(text)
    return split_paragraphs(_INLINE_TAG_RE.sub("", text)), {}


MAX_PARAGRAPHS = 20_000


def _without_glued_tail(paragraph: str) -> str:
    """The paragraph without an ad label, agency credit, editors' initials or teaser glued to its end."""
    tail = paragraph[-90:]
    m = lx.GLUED_TAIL_RE.search(tail)
    return paragraph[: len(paragraph) - len(tail) + m.start()].rstrip() if m and m.start() > 0 else paragraph


def _without_glued_head(paragraph: str) -> list[str]:
    """A reading time ("2 minutesLa Banque ...") or the page's path ("HomePeopleTornado Destruction ...") glued to
    the paragraph's start as a line of its own."""
    m = lx.GLUED_READING_TIME_RE.match(paragraph)
    if m:
        return [paragraph[: m.end()], paragraph[m.end() :]]
    steps = glued_path(paragraph)
    # the path with its marks back, read as the path it is ("Home › People")
    return [" › ".join(steps), paragraph[len("".join(steps)) :]] if steps else [paragraph]


def _article_paragraphs(paragraphs: list[str]) -> tuple[list[str], str, object]:
    """The paragraphs with a page's date field and the notices, credits and stamps glued to paragraphs
    split off; the date field and its date."""
    if len(paragraphs) > MAX_PARAGRAPHS:
        raise RejectedInput(f"not an article: {len(paragraphs):,} paragraphs, the limit is {MAX_PARAGRAPHS:,}")
    paragraphs, date_field, page_date = split_page_date(paragraphs)
    paragraphs = [
        part
        for p in paragraphs
        for glued in _without_glued_head(_without_glued_tail(p))
        for signed in split_signature_tail(glued)
        for credited in split_credit_tail(signed)
        for dated in split_date_tail(credited)
        for noticed in split_glued_notice(dated)
        for signed_off in split_sign_off_tail(noticed)
        for part in split_video_pointer(signed_off)
    ]
    return paragraphs, date_field, page_date


def _finish(paragraphs: list[str], meta: dict, *, origin: str = "") -> CleanedDocument:
    paragraphs, date_field, page_date = _article_paragraphs(paragraphs)
    res = classify(paragraphs, title_hint=meta.get("title", ""))
    blocks = res.blocks
    if meta.get("page_paragraphs"):
        blocks = _merge_dropped(meta["page_paragraphs"], blocks)
    if date_field:
        blocks.insert(0, Block(text=date_field, role="removed", reason="page date"))
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
        publisher=_one_line(meta.get("publisher") or res.publisher or site_of_url(origin)),
        author=_one_line(meta.get("author") or res.author),
        published=meta.get("published") or _page_date_or_finer(page_date, date_field, res.published),
        language="",
        blocks=blocks,
    )
    doc.language = meta.get("language") or detect_language(doc.text, fallback=res.main_language)
    return doc


def _page_date_or_finer(page_date, date_field: str, found):
    """The page-date field's date; a month alone ("date 2024-08") gives way to a day of that month the page
    names ("Diese Nachricht wurde am 14.08.2024 ... gesendet")."""
    if page_date is None:
        return found
    if (
        found is not None
        and not page_date_has_day(date_field)
        and (found.year, found.month)
        == (
            page_date.year,
            page_date.month,
        )
    ):
        return found
    return page_date


def _one_line(text: str) -> str:
    return " ".join(strip_invisible(text).split())


def _clean_title(title: str) -> str:
    return _one_line(title).strip(" .·|-—–")


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

# trafilatura costs about a tenth of a millisecond per element; beyond this many tags (no news page
# has them) the page goes through our own extractor alone
MAX_TAGS_FOR_TRAFILATURA = 40_000
# a <title> or <h1> longer than this is not a headline
MAX_TITLE_CHARS = 1_000


def _trafilatura_meta(markup: str) -> tuple[str | None, dict]:
    """(article text, metadata) by trafilatura; (None, {}) when it finds nothing or fails."""
    if markup.count("<") > MAX_TAGS_FOR_TRAFILATURA:
        return None, {}
    meta: dict = {}
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            favor_recall=True,
            deduplicate=False,
        )
    except Exception:  # trafilatura chokes on some markup; our own extractor takes over
        return None, {}
    if doc is None:
        return None, {}
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
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
    return d.get("text") or "", meta


def _html_paragraphs(text: str) -> tuple[list[str], dict]:
    text = neutralise_unterminated_comments(text)
    extracted, meta = _trafilatura_meta(text)
    budget.check()
    page = page_text(text)
    budget.check()
    if extracted and extracted.strip():
        # what trafilatura left out (menus, asides, footers) is kept as removed blocks for editors
        meta["page_paragraphs"] = [
            p for p in (" ".join(_LEFTOVER_MARKUP_RE.sub(" ", q).split()) for q in split_paragraphs(page.text)) if p
        ]
    else:
        extracted = page.text
    if not meta.get("title"):
        meta["title"] = page.h1 or page.title
    meta = {
        k: " ".join(_LEFTOVER_MARKUP_RE.sub(" ", v).split()) if isinstance(v, str) else v for k, v in meta.items() if v
    }
    if len(meta.get("title", "")) > MAX_TITLE_CHARS:
        del meta["title"]
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
    r"<!--|-->|<!\[CDATA\[|\]\]>|</?[A-Za-z][A-Za-z0-9:-]*(?:[\s/][^<>]*)?(?:>|$)|<![A-Za-z][^<>]*>?"
)


def _merge_dropped(page: list[str], blocks: list[Block]) -> list[Block]:
    """Blocks of the extracted article, with the page's other paragraphs (the ones trafilatura left
    out) as removed blocks, in page order."""
    from .cues import cue_reason
    from .features import features_of
    from .lexicon import SECTION_CUES

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
            out.extend(blocks[j : i + 1])
            j = i + 1
            continue
        if k in joined:
            continue  # part of (or a repeat of) an extracted paragraph
        f = features_of(0, para)
        reason = (
            cue_reason(f)
            or SECTION_CUES.get(f.cue)
            or ("related reading" if f.title_like and f.n_words >= 4 else "navigation")
        )
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
        len(last.split()) <= 3 and len(head.split()) >= 2 * len(last.split())
    ):
        return head
    return title


def _same(a: str, b: str) -> bool:
    return re.sub(r"\W+", "", a).casefold() == re.sub(r"\W+", "", b).casefold()
