"""The page the stages work on (its paragraphs and what the stages found) and the classifier's result."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from .features import Para
from .model import Block


@dataclass
class Classified:
    blocks: list[Block]
    title: str = ""
    dek: str = ""
    publisher: str = ""
    author: str = ""
    published: datetime.date | None = None
    main_language: str = ""


@dataclass
class Page:
    """What the stages of classify learn about the page, each stage from the ones before it."""

    paras: list[Para]
    title_hint: str = ""
    main: str = ""  # main language ("" when unknown or without a stop-word list)
    cjk_doc: bool = False
    min_ratio: float = 0.2  # stop-word density of prose
    first_prose: int = 0
    title_idx: int = -1
    title_words: set[str] = field(default_factory=set)
    vocab: set[str] = field(default_factory=set)  # words of the article's prose and headline
    median: float = 0.0  # topic similarity of the typical prose paragraph
    thr: float = 0.0  # topic similarity a strong paragraph needs
    first: int = 0  # first and last strong paragraph: the article's span
    last: int = -1
    dek_idx: int = -1

    @property
    def n(self) -> int:
        return len(self.paras)

    def strong(self, p: Para) -> bool:
        """Article prose: long, sentence-like, on topic, not boilerplate."""
        return p.own_prose and not p.glued_qa and p.sim >= self.thr and p.role != "title"

    def in_main_language(self, p: Para) -> bool:
        return not self.main or p.lang in ("", self.main)
