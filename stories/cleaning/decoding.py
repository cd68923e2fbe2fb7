"""Turn received bytes into text, or refuse them with a one-line reason.

Order of checks: size, emptiness, byte-order marks, magic numbers of binary formats, NUL bytes
(unless the bytes are UTF-16 without a BOM), strict UTF-8, then charset-normalizer's detection;
whatever we decoded must then look like text (few control characters, few replacement
characters, little "mess" as charset-normalizer measures it).
"""

from __future__ import annotations

import codecs

import regex

from .errors import RejectedInput

# (magic prefix, name) of common binary formats that people drop into an import folder by mistake.
_MAGIC = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "zip archive or office document"),
    (b"PK\x05\x06", "zip archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "executable"),
    (b"MZ", None),  # Windows executable; only with NUL bytes (checked below), "MZ" can start text
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "audio file"),
    (b"ID3", "MP3 audio"),
    (b"fLaC", "audio file"),
    (b"\x00\x00\x01\x00", "icon image"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
    (b"\xca\xfe\xba\xbe", "compiled program"),
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control characters other than tab, newlines, form feeds and escape.
_CONTROLS = regex.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
_PRIVATE_OR_UNASSIGNED = regex.compile(r"[\ue000-\uf8ff\p{Cn}]")


def human_size(n: int) -> str:
    """A size in words, to three figures: "5.24 MB", "640 kB", "12 bytes"."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.3g} MB"
    if n >= 1_000:
        return f"{n / 1_000:.3g} kB"
    return f"{n} bytes"


def too_large(size: int | None, limit: int, *, what: str = "file") -> str:
    """The one wording of an import's size limit; "more than the limit" when the size is not known (a read
    stops one byte past it) or reads as the limit does."""
    if size is None or human_size(size) == human_size(limit):
        return f"{what} too large: more than the limit of {human_size(limit)}"
    return f"{what} too large: {human_size(size)}, the limit is {human_size(limit)}"


def _binary_kind(data: bytes) -> str | None:
    head = data[:16]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            if kind is None:
                return "executable" if b"\x00" in data[:1024] else None
            if magic == b"ID3" or magic == b"BZh":
                # short text prefixes: only binary if the rest is binary too
                return kind if b"\x00" in data[:1024] else None
            return kind
    if data[4:8] in (b"ftyp",):
        return "video or image file"
    if data[:4] == b"RIFF" and data[8:12] in (b"WAVE", b"AVI ", b"WEBP"):
        return "audio, video or image file"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """BOM-less UTF-16: NULs on every other byte of mostly-ASCII text."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.6 * half and even_nuls < 0.05 * half:
        enc = "utf-16-le"
    elif even_nuls > 0.6 * half and odd_nuls < 0.05 * half:
        enc = "utf-16-be"
    else:
        return None
    try:
        return data.decode(enc)
    except UnicodeDecodeError:
        return None


def _looks_like_text(text: str) -> str | None:
    """None if text looks like text, else a reason."""
    if not text:
        return None
    sample = text[:200_000]
    # Counted with compiled patterns: a per-character Python loop cost more than cleaning the article.
    controls = len(_CONTROLS.findall(sample))
    replacement = sample.count("\ufffd")
    private = len(_PRIVATE_OR_UNASSIGNED.findall(sample))
    n = len(sample)
    if controls > max(2, 0.01 * n):
        return "binary content (control characters), not text"
    if replacement > max(3, 0.02 * n):
        return "undecodable text (too many invalid characters)"
    if private > max(3, 0.05 * n):
        return "undecodable text (unassigned characters)"
    return None


def decode_text(data: bytes, *, max_bytes: int = 5_000_000) -> str:
    """Decode an uploaded file to text; raise RejectedInput with a one-line reason otherwise."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("decode_text expects bytes")
    data = bytes(data)
    _check_size(data, max_bytes)
    text = _decoded_by_bom(data)
    if text is None:
        text = _decoded_without_bom(data)
    _check_text(text)
    return text


def _check_size(data: bytes, max_bytes: int) -> None:
    if len(data) > max_bytes:
        raise RejectedInput(too_large(None, max_bytes))
    if not data.strip():
        raise RejectedInput("empty file" if not data else "empty file (only white space)")


def _decoded_by_bom(data: bytes) -> str | None:
    """The text in the encoding a byte-order mark names (the mark dropped); None without one."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                raise RejectedInput(
                    f"undecodable text: invalid {enc.upper().replace('-SIG', '')} after a byte-order mark"
                ) from None
            return text[1:] if text.startswith("\ufeff") else text
    return None


def _decoded_without_bom(data: bytes) -> str:
    """Bytes without a byte-order mark: refused if a binary format's, UTF-16 if NULs say so, else UTF-8, else
    the encoding charset-normalizer detects."""
    kind = _binary_kind(data)
    if kind:
        raise RejectedInput(f"binary file ({kind}), not text")
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise RejectedInput("binary file (contains NUL bytes), not text")
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _detect(data)


def _check_text(text: str) -> None:
    """Whatever was decoded must look like text and hold more than white space."""
    problem = _looks_like_text(text)
    if problem:
        raise RejectedInput(problem)
    if not text.strip():
        raise RejectedInput("empty file (only white space)")


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes

    results = from_bytes(data, cp_isolation=None, threshold=0.2)
    best = results.best()
    if best is None:
        raise RejectedInput("undecodable text: no character encoding fits")
    if best.chaos > 0.15:
        raise RejectedInput(f"undecodable text: reads as garbage in every encoding (best guess {best.encoding})")
    text = str(best)
    if best.encoding in _LATIN_PAGES and best.encoding != "cp1252":
        return _western_or(data, text)
    return text


def _western_or(data: bytes, text: str) -> str:
    """For Latin-script text charset-normalizer often names a neighbouring code page (cp1250, iso8859-2...).
    cp1252 is the usual one for news files: its reading, unless `text` (the other page's) explains more of the
    accented letters."""
    try:
        alt = data.decode("cp1252")
    except UnicodeDecodeError:
        return text
    if _looks_like_text(alt) is not None:
        return text
    western = sum(1 for ch in alt if ch in _WESTERN)
    specific = sum(1 for ch in text if ord(ch) > 0x7F and ch.isalpha() and ch not in _WESTERN)
    return alt if western >= specific else text


_LATIN_PAGES = {
    "cp1250",
    "cp1252",
    "cp1254",
    "cp1257",
    "latin_1",
    "iso8859_2",
    "iso8859_3",
    "iso8859_4",
    "iso8859_9",
    "iso8859_10",
    "iso8859_13",
    "iso8859_14",
    "iso8859_15",
    "iso8859_16",
    "mac_roman",
    "mac_latin2",
    "mac_iceland",
    "mac_turkish",
    "cp850",
    "cp437",
    "cp858",
}
_WESTERN = set("àâäáãåæçèéêëìíîïñòóôöõøœùúûüÿýßÀÂÄÁÃÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÖÕØŒÙÚÛÜŸÝ¿¡€«»")
