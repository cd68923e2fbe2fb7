"""One paragraph's features (Para) and the comparisons between paragraphs' words."""

from __future__ import annotations

import datetime
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from . import lexicon as lx
from .text import (
    ALL_STOP,
    BRAND_FOOTER_RE,
    CJK_RE,
    DIGITS_RE,
    FEATURE_CHARS,
    LANG_HINT_CHARS,
    LATIN_RE,
    NON_WORD_RE,
    NORM_CUE_RE,
    SENTENCE_BREAK_RE,
    SEPARATORS_RE,
    STOP_INDEX,
    ends_a_sentence,
    in_capitals,
)

PROSE_WORDS = 15  # a sentence-like paragraph this long at least is a prose paragraph's shape


@dataclass(slots=True)
class Para:
    i: int
    text: str
    words: list[str]
    lower: list[str]
    n_words: int
    cue: str  # normalised whole-line key for cue lookups
    stop_ratio: float = 0.0
    lang: str = ""  # language by stop words ("" = undecided)
    lang_score: float = 0.0
    lang_scores: dict = field(default_factory=dict)
    cjk: bool = False
    terminal: bool = False
    title_like: bool = False
    sentence_like: bool = False
    content: frozenset = frozenset()
    wordset: frozenset = frozenset()
    sim: float = 0.0
    hard: str = ""  # boilerplate reason from cues
    section: str = ""  # opens a section of other content (reason)
    summary_heading: bool = False
    data: bool = False  # figures and names that carry the article's facts
    in_section: bool = False  # inside a "Related" / "FAQ" / "Comments" section: its dates are not ours
    qa: bool = False
    glued_qa: bool = False
    foreign: bool = False
    date: datetime.date | None = None
    site: str = ""
    author: str = ""
    role: str = ""
    reason: str = ""

    @property
    def long_line(self) -> bool:
        """As long as a paragraph of prose: PROSE_WORDS words at least."""
        return self.n_words >= PROSE_WORDS

    @property
    def prose_shaped(self) -> bool:
        """Shaped as a paragraph of prose: sentence-like and a long line."""
        return self.sentence_like and self.long_line

    @property
    def prose(self) -> bool:
        """A prose paragraph: prose-shaped, and no cue marks it boilerplate."""
        return self.prose_shaped and not self.hard

    @property
    def own_prose(self) -> bool:
        """A prose paragraph in the page's language: one in another (a translation, a quote's original) is not what
        the article says."""
        return self.prose and not self.foreign


def features_of(i: int, text: str) -> Para:
    """A paragraph's features: its words and cue, its language by stop words, its shape."""
    low = text.lower()
    lower, n_words, cjk_chars = _word_counts(text, low)
    words = lx.WORD_RE.findall(text) if n_words <= 30 else []
    p = Para(i=i, text=text, words=words, lower=lower, n_words=n_words, cue=_cue_of(low, n_words, len(text)))
    p.cjk = cjk_chars > 0 and cjk_chars >= len(LATIN_RE.findall(text))
    p.terminal = ends_a_sentence(text)
    _stop_words(p, low)
    _shape(p)
    return p


def _word_counts(text: str, low: str) -> tuple[list[str], int, int]:
    """The lower-case words (of the first few hundred characters), the count of words, of CJK characters."""
    cjk_chars = len(CJK_RE.findall(text)) if not text.isascii() else 0
    if len(low) > FEATURE_CHARS:
        # long paragraphs: word statistics from the first few hundred characters are enough
        cut = low.rfind(" ", 0, FEATURE_CHARS)
        lower = lx.WORD_RE.findall(low[: cut if cut > 0 else FEATURE_CHARS])
        n_words = max(len(lower), len(low.split())) + cjk_chars // 2
    else:
        lower = lx.WORD_RE.findall(low)
        n_words = len(lower) + cjk_chars // 2
    return lower, n_words, cjk_chars


def _cue_of(low: str, n_words: int, length: int) -> str:
    """A short line without its leading and closing marks, as the cue tables write it; '' for a longer one."""
    if n_words <= 12 and length <= 160:
        cue = NORM_CUE_RE.sub("", low)
        return " ".join(cue.replace("’", "'").split())
    return ""


def _stop_words(p: Para, low: str) -> None:
    """Stop words per language: the scores, the best share of stop words, the language, the content words."""
    lower, n_words, text = p.lower, p.n_words, p.text
    scores: dict[str, float] = {}
    counts: dict[str, int] = {}
    cnt = Counter(lower)
    keys = cnt.keys()
    stop_here = ALL_STOP.intersection(keys)
    # in a fixed order: sums of floats and ties between languages must not depend on the set's (hash) order
    for w in sorted(stop_here):
        c = cnt[w]
        weight = c * (0.3 if w in lx.AMBIGUOUS else 1.0)
        for lang in STOP_INDEX[w]:
            counts[lang] = counts.get(lang, 0) + c
            scores[lang] = scores.get(lang, 0.0) + weight
    content = {w for w in keys if len(w) > 2}
    content -= stop_here
    best_ratio = max(counts.values()) / len(lower) if counts else 0.0
    if n_words <= 30 and not text.isascii():
        lowtext = set(low)
        for lang, chars in LANG_HINT_CHARS.items():
            if not lowtext.isdisjoint(chars):
                scores[lang] = scores.get(lang, 0.0) + 0.5
    p.lang_scores = scores
    p.stop_ratio = best_ratio
    if scores:
        top = max(scores, key=scores.__getitem__)
        score = scores[top]
        second = max((v for k, v in scores.items() if k != top), default=0.0)
        if score >= 1.0 and score >= 1.5 * second:
            p.lang, p.lang_score = top, score
    p.content = content
    p.wordset = keys


def _shape(p: Para) -> None:
    """Whether the paragraph reads as a sentence, and whether it looks like a headline."""
    text, words = p.text, p.words
    sentences = len(SENTENCE_BREAK_RE.findall(text)) if p.n_words <= 25 else 1
    p.sentence_like = p.n_words >= 8 and (p.stop_ratio >= 0.15 or p.cjk) and (p.terminal or p.n_words >= 20)
    if 2 <= p.n_words <= 25 and len(text) <= 220 and sentences == 0 and not text.endswith((",", ";")) and not p.cjk:
        caps = [w for w in words if len(w) > 3 and w.lower() not in ALL_STOP]
        if caps:
            ratio = sum(1 for w in caps if w[0].isupper()) / len(caps)
            p.title_like = ratio >= 0.6 and (not p.terminal or text.endswith((".", "?", "!", "»", "”", '"')))
            # in capitals the case of the words says nothing: a full stop makes the line a sentence
            p.title_like = p.title_like and not (text.endswith(".") and in_capitals(text))


def capitals_sentence(p: Para) -> bool:
    """A sentence written in capitals: the line ends with a sentence's full stop, after a word that is not
    an abbreviation ("NIEMAND WURDE VERLETZT.", "NO ONE WAS HURT.", not "FT LIVE HT a.e.t." nor "SPIELENDE
    LIVE HZ.")."""
    last = p.text.split()[-1].rstrip(".!?") if p.text.split() else ""
    return (
        p.text.endswith((".", "!", "?"))
        and in_capitals(p.text)
        and "." not in last
        and (p.stop_ratio >= 0.3 or len(last) > 4)
    )


def cut_mid_sentence(p: Para, main: str, min_ratio: float) -> bool:
    """Prose that stops without its sentence's end ("... at its next meeting, which")."""
    ends_open = p.text[-1:].isalnum() or p.text.endswith(",")
    if p.n_words < 8 and SEPARATORS_RE.search(p.text) or BRAND_FOOTER_RE.match(p.text):
        return False  # "Harbour Brief — News of the port": a footer, not a fragment
    return (
        ends_open
        and p.n_words >= 3
        # a headline has fewer stop words than a sentence, also where nouns are capitalised (German)
        and (not p.title_like or p.n_words >= 12 and p.stop_ratio >= 2 * min_ratio > 0)
        and p.stop_ratio >= min_ratio
        and (not main or p.lang in ("", main))
    )


def sentence_case(p: Para) -> bool:
    """'Work starts next year.': capital first word, the others mostly lower case."""
    words = p.words or lx.WORD_RE.findall(p.text)
    if not words or not words[0][:1].isupper():
        return False
    rest = words[1:]
    return bool(rest) and sum(1 for w in rest if w[:1].isupper()) <= 0.3 * len(rest)


def score_topic(paras: list[Para], title_words: set[str]) -> None:
    core = [p for p in paras if p.prose and not p.glued_qa]
    df: dict[str, int] = {}
    for p in core:
        for w in p.content:
            df[w] = df.get(w, 0) + 1
    need = 2 if len(core) >= 6 else 1
    core_ids = {id(p) for p in core}
    for p in paras:
        if not p.content:
            p.sim = 0.0
            continue
        own = 1 if id(p) in core_ids else 0
        hits = sum(1 for w in p.content if df.get(w, 0) - own >= need or w in title_words)
        p.sim = hits / len(p.content)


def headline_key(text: str) -> set[str]:
    return {w.lower() for w in lx.WORD_RE.findall(text) if len(w) > 1} | set(DIGITS_RE.findall(text))


def word_overlap(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def dup_key(text: str) -> str:
    if len(text) > 200:  # long paragraphs: cheap key, exact repeats are what matters
        return " ".join(text.casefold().split())
    return NON_WORD_RE.sub("", unicodedata.normalize("NFKC", text).casefold())
