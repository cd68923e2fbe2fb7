"""Lists of things a text names ("three sectors: A, B and C")."""

from __future__ import annotations

import re

from .. import lexicon as L
from ..context import Context
from ..entities import item_key, place_key
from ..frames import phrase_rx
from ..gazetteer import SECTORS
from .places import OFFICE_RX

_LIST_NOUN_RX = phrase_rx("LIST_NOUNS", "")
_INTRO_AFTER = re.compile(
    r"(?:[\s\u00a0]+[\w-]+){0,2}?[\s\u00a0]*(?::|,?[\s\u00a0]+(?:" + L.alt(L.LIST_INTRO) + r"))[\s\u00a0]+"
)
_INTRO_BEFORE = re.compile(r"(?:^|[:(]|\b(?:" + L.alt(L.LIST_INTRO) + r"))[\s\u00a0]+" + L.ARTICLE + "?")
_ENDERS = re.compile(r",?[\s\u00a0]+(?:" + L.alt(L.LIST_ENDERS) + r")\b")
_ATTRIBUTION = re.compile(r",[\s\u00a0]+(?:[\w’'-]+[\s\u00a0]+){0,4}?(?:" + L.alt(L.ATTRIBUTION_VERBS) + r")(?![\w])")
_AND_OR = L.alt([*L.AND_WORDS, *L.OR_WORDS, "&"])
_ITEM_SEP = re.compile(
    r"[\s\u00a0]*,[\s\u00a0]*(?:(?:" + _AND_OR + r")[\s\u00a0]+)?|[\s\u00a0]+(?:" + _AND_OR + r")[\s\u00a0]+"
)
_LEADING_ARTICLE = re.compile(r"^(?:" + L.alt(L.DEFINITE_ARTICLES) + r")\s+", re.I)
_ITEM_OK = re.compile(r"[\w][\w’'&-]*(?:[\s\u00a0]+[\w’'&-]+){0,3}")
_ITEM_ARTICLE = re.compile(r"(?:" + L.ARTICLE + r"|(?:" + L.OF + r")[\s\u00a0]+)")  # "the", "des", "de" (partitive)
_ITEM_STOP = (L.STOP_CAPS | L.NOUN_DETERMINERS | {w for w in L.LIST_INTRO if " " not in w}) - {"and", "&"}
_EXISTING = phrase_rx("EXISTING_WORDS", "")
_NEW = phrase_rx("NEW_WORDS", "")
_COUNT_BEFORE = re.compile(r"(\d+|" + L.alt(L.NUMBER_WORDS) + r")(?:[\s\u00a0]+[\w-]+){0,2}?[\s\u00a0]+$")


def _parse_items(text: str, low: str, a: int, b: int) -> list[tuple[int, int]]:
    """Split text[a:b] into short items separated by commas / and; [] when it is not a clean list."""
    items = []
    pos = a
    for m in _ITEM_SEP.finditer(text, a, b):
        items.append((pos, m.start()))
        pos = m.end()
    items.append((pos, b))
    out = []
    for i, (s, e) in enumerate(items):
        if i == len(items) - 1 and i >= 2:
            e = _trim_last_item(text, s, e)
        while s < e and text[s] in " \u00a0\"'“”‘’":
            s += 1
        while e > s and text[e - 1] in " \u00a0\"'“”‘’.":
            e -= 1
        art = _ITEM_ARTICLE.match(low, s, e)
        if art:
            s = art.end()
        if e <= s or not _ITEM_OK.fullmatch(text, s, e) or any(ch.isdigit() for ch in text[s:e]):
            return []
        words = low[s:e].split()
        if "'s" in low[s:e] or "’s" in low[s:e]:
            return []
        if any(w in _ITEM_STOP for w in words) and item_key(text[s:e]) == " ".join(words):
            return []
        out.append((s, e))
    return out


def _trim_last_item(text: str, s: int, e: int) -> int:
    """ "Dublin und Tokio neue Büros in ...": the last item ends where the known place or sector ends."""
    words = list(re.finditer(r"[^\s\u00a0]+", text[s:e]))
    if len(words) <= 3 and _ITEM_OK.fullmatch(text, s, e):
        return e
    for k in (3, 2, 1):
        if len(words) > k:
            end = s + words[k - 1].end()
            key = item_key(text[s:end])
            if place_key(text[s:end]) or key in _SECTOR_KEYS:
                return end
    return e


_SECTOR_KEYS = set(SECTORS)


def detect_lists(ctx: Context) -> None:
    low, text = ctx.low, ctx.text
    for m in _LIST_NOUN_RX.finditer(low):
        noun = L.table_key(m.group(0))
        sent = ctx.sentence(m.start())
        items = []
        ia = _INTRO_AFTER.match(low, m.end())
        if ia and ia.end() < sent[1]:
            a = ia.end()
            b = sent[1]
            en = _ENDERS.search(low, a, b)
            if en:
                b = en.start()
            said = _ATTRIBUTION.search(low, a, b)
            if said:
                b = said.start()
            stop = re.compile(r"[.;:()]|\s[-–—]\s").search(text, a, b)
            if stop:
                b = stop.start()
            nxt = _LIST_NOUN_RX.search(low, a, b)  # another cue noun starts another list
            if nxt:
                b = nxt.start()
            items = _parse_items(text, low, a, b)
            if items:  # "... and digital infrastructure sectors": the cue noun closes the list
                ls, le = items[-1]
                tail = _LIST_NOUN_RX.search(low, ls, le)
                if tail and tail.end() == le and tail.start() > ls:
                    items[-1] = (ls, tail.start() - 1)
                fs, fe = items[0]
                art = _LEADING_ARTICLE.match(low[fs:fe])
                if art:
                    items[0] = (fs + art.end(), fe)
        if len(items) < 2:
            # "the public services, finance, healthcare, and digital infrastructure sectors"
            a0 = max(sent[0], m.start() - 200)
            intro = None
            for im in _INTRO_BEFORE.finditer(low, a0, m.start()):
                intro = im
            a = intro.end() if intro else a0
            if intro is None or intro.group(0).strip() == "":
                # no intro word: the list is the comma run before the noun; its first item is as long as the others
                first_sep = _ITEM_SEP.search(text, a, m.start())
                if first_sep:
                    rest = text[first_sep.end() : m.start()]
                    k = max(
                        1,
                        min(
                            3,
                            max(len(x.split()) for x in re.split(r",|\band\b|\bund\b|\bet\b|\by\b", rest) if x.strip())
                            if rest.strip()
                            else 1,
                        ),
                    )
                    head = list(re.finditer(r"[^\s\u00a0]+", text[a : first_sep.start()]))
                    if len(head) > k:
                        a = a + head[-k].start()
            items = _parse_items(text, low, a, m.start())
            if len(items) < 3:
                continue
        keys = sorted({item_key(_LEADING_ARTICLE.sub("", text[s:e])) for s, e in items})
        declared = None
        cb = _COUNT_BEFORE.search(low, max(sent[0], m.start() - 40), m.start())
        if cb:
            w = cb.group(1)
            declared = int(w) if w.isdigit() else L.NUMBER_WORDS.get(w)
        if len(items) < 3 and declared != len(items):
            continue
        slot = L.LIST_NOUNS[noun]
        if slot == "locations":
            if OFFICE_RX.search(low, sent[0], sent[1]):
                slot = "office.locations"
            pre = low[max(sent[0], m.start() - 40) : m.start()]
            if _EXISTING.search(pre):
                slot += ".existing"
            elif _NEW.search(pre) or _NEW.search(low[max(sent[0], m.start() - 80) : m.start()]):
                slot += ".new"
        s, e = items[0][0], items[-1][1]
        subj = ctx.subject_for(min(s, m.start()), sent, exclude=set(keys))
        ctx.add("list", slot, subj, {"items": keys, "declared_count": declared}, s, e, 0.75, sent, cue=noun)
