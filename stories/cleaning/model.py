"""Data model of a cleaned document: paragraphs (blocks) with a role, and the metadata."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

ROLES = ("title", "dek", "body", "removed")


@dataclass
class Block:
    """One paragraph of the source, in source order."""

    text: str
    role: str  # "title" | "dek" | "body" | "removed"
    reason: str = ""  # why removed, shown to editors


@dataclass
class CleanedDocument:
    title: str = ""
    dek: str = ""
    body: str = ""
    publisher: str = ""
    author: str = ""
    published: datetime.date | None = None
    language: str = ""  # ISO 639-1, "" if unknown
    blocks: list[Block] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Cleaned dek + body: what claims' character offsets point into."""
        return join_text(self.dek, self.body)

    @property
    def removed(self) -> list[Block]:
        return [b for b in self.blocks if b.role == "removed"]


def join_text(dek: str, body: str) -> str:
    if dek and body:
        return dek + "\n\n" + body
    return dek or body


def assemble(blocks: list[Block]) -> tuple[str, str]:
    """(dek, body) rebuilt from blocks, e.g. after an editor restored or removed a paragraph.

    Dek blocks form the dek, body blocks the body, both in source order, paragraphs separated
    by a blank line; title and removed blocks are left out.
    """
    dek = "\n\n".join(t for t in (b.text.strip() for b in blocks if b.role == "dek") if t)
    body = "\n\n".join(t for t in (b.text.strip() for b in blocks if b.role == "body") if t)
    return dek, body
