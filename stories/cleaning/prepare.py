"""One file from bytes to a cleaned document and its content hash, ready to be stored.

Plain Python with no Django import, so the importer can run it in worker processes.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass

from .decoding import decode_text
from .document import clean_document, detect_language
from .errors import RejectedInput
from .model import CleanedDocument


@dataclass(frozen=True)
class PreparedArticle:
    """A file decoded and cleaned, not yet stored; or the reason it cannot be imported."""

    name: str
    text: str = ""
    digest: str = ""
    cleaned: CleanedDocument | None = None
    problem: str = ""


def content_hash(text: str) -> str:
    """Same article, same hash, whatever its encoding, line endings or trailing white space."""
    canonical = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def prepare_article(name: str, data: bytes | None, *, max_bytes: int, problem: str = "") -> PreparedArticle:
    """Decode, hash and clean one file (data None: it could not be read, for the reason given)."""
    if data is None:
        return PreparedArticle(name, problem=problem)
    try:
        text = decode_text(data, max_bytes=max_bytes)
        cleaned = clean_document(text, filename=name)
    except RejectedInput as exc:
        return PreparedArticle(name, problem=str(exc))
    if not cleaned.body.strip():
        return PreparedArticle(name, problem="no article text left after cleaning")
    return PreparedArticle(name, text, content_hash(text), cleaned)


def prepare_read(read: tuple[str, bytes | None, str], max_bytes: int) -> PreparedArticle:
    """prepare_article for a (name, data, problem) triple, as worker processes receive them."""
    name, data, problem = read
    return prepare_article(name, data, max_bytes=max_bytes, problem=problem)


def warm_up() -> None:
    """Load the language model now (a worker process's initializer), not on the first article."""
    detect_language("A short sentence so the language identifier loads its model.")
