"""Decoding and text cleaning for imported articles. Plain Python: no Django imports.

text = decode_text(data)                       # bytes -> str, or RejectedInput
doc = clean_document(text, filename="a.html")  # title, dek, body, metadata, blocks
dek, body = assemble(doc.blocks)               # after an editor changed block roles
"""

from .decoding import decode_text
from .document import clean_document, detect_format, detect_language
from .errors import RejectedInput
from .model import Block, CleanedDocument, assemble

__all__ = [
    "Block",
    "CleanedDocument",
    "RejectedInput",
    "assemble",
    "clean_document",
    "decode_text",
    "detect_format",
    "detect_language",
]
