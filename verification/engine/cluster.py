"""Group documents into stories: articles about one event, across languages.

Each document becomes a sparse, IDF-weighted feature vector made of

- word stems of its content (text similarity; stems let cognates such as "Singapore"/"Singapur" meet),
- distinctive numbers in its text ("6.4", "300", "2017") and ordinals written as words ("sixth", "sixième",
  "sechste": one number in every language), which tell consecutive events of a series apart (a rocket's fifth
  and sixth test flights, a round of talks or of an election),
- proper names in its text (capitalised words inside a sentence: "Pelicot", "Dortmund"), which most
  languages write alike, so one event reported in English and in Spanish meets on its names; a place the
  gazetteer knows counts by its key, so "Schweiz", "Suiza" and "Switzerland" are one name, and so does an
  international organisation the language tables name ("WHO", "OMS", "Weltgesundheitsorganisation"),
- entity keys from its claims (subjects, partners, people, places: language-independent by contract),
- claim signatures (what is stated about whom, and with which value), the strongest evidence that two
  articles report the same event.

Only a document's strongest features are kept and only features shared by few documents are indexed,
so candidate pairs come from an inverted index (blocking), never from comparing all pairs. Documents
then merge bottom-up by average linkage over those candidate similarities. Publication dates weigh as
evidence: two articles published too far apart have no similarity, and a merge is refused when several
pairs of dated members say the two groups are months apart (another event about the same company months
later is another story), while one misread page date cannot split an event. The day an article's lead gives
its event (resolved from the text, or against its publication date) weighs the same way on a scale of days:
look-alike events (the next test flight of a rocket, a central bank's next meeting) are told apart even when
no article is dated. Merging reports of match results that share none is refused too, and so is merging reports
whose leads name other kinds of event (a crash and a fire; a judgment and the ruling on appeal that overturns it;
a verdict whose sentence is still to come and that sentence; a company's funding rounds of two series).
Editors' fixed groups start as clusters of their own, are never split, never merge with each other, and other
documents join them only when they clearly belong. Each story found among others is then clustered again on its own,
so that rarity does not depend on what else was imported (see cluster_documents).
"""

from __future__ import annotations

import bisect
import calendar
import heapq
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from .claims import Claim, Document, names_only, organisation_named
from .detect.event_dates import EVENT_LEAD, SINCE_SLOT, lead_dates
from .entities import place_key
from .lang import joined, table_of
from .lexicon import ORDINALS, alt, table_key
from .organisations import organisation_of, organisations
from .sanitize import clean_claim
from .segment import split_sentences
from .textfeatures import fold, numbers, proper_names, words

THRESHOLD = 0.05  # average-linkage similarity needed to merge two clusters
JOIN_FIXED = 0.12  # stricter: needed to join an editor's fixed group
MAX_DATE_SPAN_DAYS = 30  # articles published further apart than this report different events
MIN_TIMED = 2  # members of each cluster whose texts tell their event's time, needed to tell clusters apart by it
# reports of one event give days a day or two apart at most (a time zone, a count through the night, the next
# day's toll); further apart is the next round of a vote, the next meeting, another mission to the same place
EVENT_SPAN_DAYS = 3
TOP_FEATURES = 80  # strongest features kept per document
GROUP_WEIGHT = {"w": 1.0, "n": 1.6, "e": 1.4, "c": 2.2, "p": 1.6}
LEAD_CHARS = 2500  # text words and numbers come from the title and the first this-many characters
SMALL_COUNT = 13  # a count below this, named without what it counts, is a count of everything (see numbers())
STEM = 6  # letters of a word kept (a crude cross-lingual stem: Singapore/Singapur)
# share of text words in a similarity; the rest is anchors (numbers, names, entities, claims). Words are mostly
# one language's: reports in one language on one kind of event share them whatever the event, and would meet
# before their own event's reports in other languages; anchors are written alike in every language
W_TEXT = 0.15
SMALL_CORPUS = 300  # up to this many documents, every shared feature proposes candidates
BLOCK_KEYS = 12  # above it, a document's strongest (most distinctive) shared features do
BLOCK_SHARED = 3  # ... and a pair must share this many of them
MAX_DF_FLOOR, MAX_DF_SHARE = 60, 0.02  # features in more documents than this never propose candidates
ATTACH_SHARE = 0.6  # a lone document joins a story when its average linkage reaches this share
ATTACH_PEAK = 0.9  # of the threshold and its closest member this share (see cluster_documents)
# the years a day written without its year may fall in, when its weekday tells which ("jeudi 6 juin")
WEEKDAY_YEARS = range(1950, 2101)
APPOSITION_GAP = 6  # characters between two dates that name one day ("yesterday, 7 July")
MIN_EDGE = 0.02  # weaker similarities are dropped before linkage (a lone document's attachment reads them all)
MIN_IMPORT = 4  # an import of fewer documents cannot tell rare features from common ones (see _vectors)
# an import is never the whole world: its rarity is counted as if this share of its size more documents, of other
# events, sat beside it (see cluster_documents)
IMPORT_BACKGROUND = 1 / 3
WORLD_LANGS, BACKGROUND_DOCS = 3, 6  # anchors shared across this many languages weigh as if rare (see _vectors)
# ordinal words of every language (lang/<code>.py ORDINALS), folded like text words; "first" is left out: it
# opens every other superlative ("the first time since") and numbers nothing in a series
_SERIES_ORDINALS = {fold(w): n for w, n in ORDINALS.items() if n > 1}
# words of role titles (lang/<code>.py ROLE_WORDS), capitalised in a title ("Chief Revenue Officer", "President"):
# a title names no one, and every story about a company or a country has one
_TITLE_WORDS = frozenset(w for title in joined("ROLE_WORDS") for w in fold(title).split())
# the stages of a judgment its reports' leads name (lang/<code>.py EVENT_KINDS): a verdict that convicts, a sentence.
# Either tells the judgment, which is one event where a court gives both at once ("found guilty and sentenced to four
# and a half years"); where the sentence is still to come (SENTENCE_TO_COME), the report tells the verdict only
_JUDGMENT_STAGES = frozenset({"verdict", "sentence"})
_JUDGMENT_KINDS = _JUDGMENT_STAGES | {"judgment"}
# a kind of event whose reports name other kinds in their leads too, which they tell as its background: a ruling on
# appeal names the judgment it rules on ("a court has overturned Dani Alves' conviction"), a judgment no ruling on it
_BACKGROUND_KINDS = {"appeal_ruling": _JUDGMENT_KINDS}
# the kinds of a court's decision, whose reports' leads name the offence's day as its background (see _offence_day)
_COURT_KINDS = _JUDGMENT_KINDS | {"appeal_ruling"}
OFFENCE_REACH = 120  # characters before a day where a word of an offence makes it the offence's (see _offence_day)
# kinds of event that go on for weeks: their reports' leads give the day of their count ("as of 24 October"), so two
# reports whose leads name one tell one event over a month's days (MAX_DATE_SPAN_DAYS), not over EVENT_SPAN_DAYS
_ONGOING_KINDS = frozenset({"outbreak"})


@dataclass
class _Vec:
    key: str
    feats: dict[str, float]
    published: object
    event_day: tuple[int, int, int] | None = None
    after: date | None = None  # the event is later than this day: the end of a period its text counts "since"
    ordinals: tuple[int, ...] = ()  # the days its event day may be (see _day_ordinals)
    kinds: frozenset[str] = frozenset()  # the kinds of event its lead names (see _event_kinds)


def _claim_features(claims: list[Claim]) -> Counter:
    """Entities and claim signatures: who is involved, and what is stated about whom with which value.

    A signature always carries its object or value ("partner of openai: ai-singapore", "investment of
    openai: 3e+08"); "openai has a partner" alone says nothing about which event it is.
    """
    out: Counter = Counter()
    for c in claims:
        if organisation_named(c.kind, c.subject):
            continue  # its name is in the text's words already
        if c.extra.get("part"):
            continue  # a part of the figure before it ("dont deux ferme"): that figure says which event it is
        if c.extra.get("series_untold"):
            continue  # an ordinal of a noun no table knows ("the 16th outbreak"): its text's ordinal word weighs already
        if c.extra.get("surname_alone"):
            continue  # a surname alone ("Trump" after "Donald Trump"): its person weighs as often as named in full
        v = c.value if isinstance(c.value, dict) else {}
        ents = {c.subject} | {v.get(k) for k in ("entity", "person", "org", "speaker")}
        for e in ents:
            if isinstance(e, str) and e:
                out["e:" + (organisation_of(e) or e)] += 1
        if names_only(c.kind, c.slot, c.subject, v):
            continue
        sig = f"{c.kind}|{c.slot}|{c.subject}"
        obj = v.get("entity") or v.get("person") or ""
        if c.kind == "ranking":
            if v.get("category") == "record" and not c.subject:
                continue  # a record of no one ("the first private landing") is the same signature in every story
            obj = f"{v.get('category')}|{v.get('scope')}|{v.get('ordinal')}|{v.get('of_total')}"
        if obj:
            out[f"c:{sig}|{obj}"] += 1
        if c.kind in ("money", "count", "percent") and v.get("low") is not None:
            low = float(v["low"])
            out[f"c:{sig}|{low:.2g}"] += 1
            if not (c.kind == "count" and low < SMALL_COUNT and low == int(low)):
                out[f"c:{c.kind}|{low:.2g}"] += 1
        if c.kind == "list":
            for item in v.get("items") or ():
                out["e:" + str(item)] += 1
    return out


def _raw_features(doc: Document, claims: list[Claim]) -> Counter:
    text = f"{doc.title}\n{doc.text}" if doc.title and doc.title not in doc.text else doc.text
    text = text[:LEAD_CHARS]  # the event is in the lead; the tail holds background (and leftover boilerplate)
    feats: Counter = Counter()
    for w, k in Counter(words(text, min_len=4)).items():
        feats["w:" + w[:STEM]] += k
        if w in _SERIES_ORDINALS:
            feats[f"n:#{_SERIES_ORDINALS[w]}"] += k
    feats.update(["n:" + n for n in numbers(text)])
    feats.update(
        "p:" + (place_key(name) or organisation_of(name) or name)
        for name in proper_names(text)
        if name not in _TITLE_WORDS
    )
    feats.update("p:" + key for key in organisations(text, doc.language))
    feats.update(_claim_features(claims))
    return feats


def _results(claims) -> set[tuple]:
    """The match results a document reports ("2-0" and "0-2" are one)."""
    found = set()
    for c in claims:
        if c.kind == "score":
            v = clean_claim(c).value
            if all(isinstance(v.get(k), (int, float)) and not isinstance(v.get(k), bool) for k in ("high", "low")):
                found.add((float(v["high"]), float(v["low"])))
    return found


def _keep_shared_names(raw: list[tuple[Document, Counter]]) -> None:
    """A capitalised word is taken for a name when documents in two languages write it alike; German
    capitalises every noun, and those nouns would only weigh German documents down against the rest."""
    langs: dict[str, set[str]] = defaultdict(set)
    for d, f in raw:
        for feat in f:
            if feat[0] == "p":
                langs[feat].add(d.language or "")
    if sum(1 for code in {d.language for d, _ in raw}) < 2:
        return
    for _, f in raw:
        for feat in [x for x in f if x[0] == "p" and len(langs[x]) < 2]:
            del f[feat]


@dataclass
class _Reading:
    """What clustering reads of a document once, whichever documents it is then compared with."""

    features: Counter
    event_day: tuple[int, int, int] | None
    after: date | None
    ordinals: tuple[int, ...]
    results: set[tuple]
    kinds: frozenset[str]  # the kinds of event its lead names (see _event_kinds)


def _read(doc: Document, claims: list[Claim]) -> _Reading:
    cleaned = [clean_claim(c) for c in claims]
    kinds = _event_kinds(doc)
    court = bool(kinds & _COURT_KINDS)
    day, weekday = _event_day(
        [c for c in cleaned if not _recalled_day(c, doc.published) and not (court and _offence_day(doc, c))]
    )
    if day is not None and day[0] and doc.published and (date(*day) - doc.published).days > MAX_DATE_SPAN_DAYS + 1:
        # a report is never older than its event: a day its lead names over a month after it was published (a
        # page date may give its month only) is a next step ("die Stichwahl am 8. Dezember"), no day of its event
        day, weekday = None, None
    return _Reading(
        _raw_features(doc, cleaned),
        day,
        _after(cleaned),
        _day_ordinals(day, weekday),
        _results(claims),
        kinds,
    )


@cache
def _folded_phrase_rx(code: str, name: str = "EVENT_KINDS") -> re.Pattern:
    """Any phrase of a language's table ``name``, folded: a whole word, or the head of a compound ("Ebola-Ausbruch" is
    an outbreak), never its first part."""
    return re.compile(r"(?<!\w)(?:" + alt({fold(phrase) for phrase in table_of(code, name)}) + r")(?![\w-])")


def _event_kinds(doc: Document) -> frozenset[str]:
    """The kinds of event (lang/<code>.py EVENT_KINDS: a fire, a crash, a judgment's verdict or sentence, a ruling on
    appeal) its title and the first sentence of its text name: what a report tells is in its lead; further on, it
    names other events as background. A verdict or a sentence tells a judgment too (_JUDGMENT_STAGES), unless the
    lead's first sentences name the sentence still to come (SENTENCE_TO_COME: "Trump, who will be sentenced July
    11"): that report tells the verdict alone. A funding round's series its lead names first ("a Series B round",
    FUNDING_SERIES) is a kind of its own: a company's next round, with the same investors, is another event. A kind
    the lead names as the background of another (_BACKGROUND_KINDS) is left out."""
    head = doc.text[:LEAD_CHARS]  # the first sentence is in it: no need to split the whole text
    spans = split_sentences(head)
    lead = head[spans[0][0] : spans[0][1]] if spans else ""
    code = doc.language or ""
    kinds = {kind for _, kind in _kinds_named(code, _folded(f"{doc.title}\n{lead}"))}
    if _folded_phrase_rx(code, "SENTENCE_TO_COME").search(_folded(f"{doc.title}\n{head[:EVENT_LEAD]}")):
        kinds = kinds - {"sentence"} | {"verdict"}
    elif kinds & _JUDGMENT_STAGES:
        kinds.add("judgment")
    series = _series_rx(code).search(f"{doc.title}\n{head[:EVENT_LEAD]}")
    if series:
        kinds.add(f"series {series.group(series.lastindex)}")
    return frozenset(kinds - {b for k in kinds for b in _BACKGROUND_KINDS.get(k, ())})


@cache
def _series_rx(code: str) -> re.Pattern:
    """A funding round's series as a language writes it (lang/<code>.py FUNDING_SERIES), its letter the last group:
    the words in any case, the letter a capital ("Series B", "série C", "Serie-D-Finanzierungsrunde")."""
    forms = []
    for form in sorted(table_of(code, "FUNDING_SERIES"), key=lambda f: (-len(f), f)):
        before, after = form.split("{}")
        forms.append(f"(?i:{re.escape(before)})([A-H])(?i:{re.escape(after)})")
    return re.compile(r"(?<![\w-])(?:" + "|".join(forms) + r")(?!\w)")


def _folded(text: str) -> str:
    return fold(text).replace("’", "'")


@cache
def _kind_table(code: str) -> dict[str, str]:
    return {fold(phrase): kind for phrase, kind in table_of(code, "EVENT_KINDS").items()}


def _kinds_named(code: str, folded: str) -> list[tuple[int, str]]:
    """Where each phrase of EVENT_KINDS in a folded text ends, with the kind of event it names, in text order."""
    return [(m.end(), _kind_table(code)[table_key(m.group(0))]) for m in _folded_phrase_rx(code).finditer(folded)]


def _recalled_day(c: Claim, published: date | None) -> bool:
    """Whether a date names a day over a month before its report was published: an earlier event the report recalls
    ("the quake of 7 October 2023", "his previous record, set on 15 June"), not its own. Reports published further
    apart than MAX_DATE_SPAN_DAYS tell different events, so a report's own event is never that much older than it (a
    page date that gives its month only is the month's first day: the report is later still)."""
    day = _day_of(c.value) if c.kind == "date" else None
    return bool(published and day and day[0] and (published - date(*day)).days > MAX_DATE_SPAN_DAYS + 1)


def _last_day(published: date) -> date:
    """The last day a page date may stand for: a page that gives its month only ("2024-04") is read as the month's
    first day, one that gives its year only, or a default date, as the year's ("2024-01-01" on a report of 8 November);
    a report dated so may have been published on any day up to the month's, or the year's, last."""
    if published.day != 1:
        return published
    if published.month == 1:
        return date(published.year, 12, 31)
    return date(published.year, published.month, calendar.monthrange(published.year, published.month)[1])


def _shifted(day: date, days: int) -> date:
    """The day ``days`` after (or before) ``day``, held inside the calendar: a misread page date of year 2 or 9999
    has no year before or after it."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def _published_apart(a: date, b: date) -> bool:
    """Two page dates further apart than MAX_DATE_SPAN_DAYS, whichever day of what they stand for (see _last_day) each
    is."""
    return (a - _last_day(b)).days > MAX_DATE_SPAN_DAYS or (b - _last_day(a)).days > MAX_DATE_SPAN_DAYS


def _offence_day(doc: Document, c: Claim) -> bool:
    """Whether a date in a report of a court's decision names the day of its offence, or of a step before the decision
    (lang/<code>.py OFFENCE_WORDS: "found guilty of assaulting a woman at a nightclub on New Year's Eve 2022", "El
    incidente ocurrió el 30 de diciembre de 2022", "charged with the murder of Arrieta on August 2, 2023"): a day named
    by its date alone after a word of an offence in its sentence, with no word of the decision in between ("fue
    declarado culpable, el 30 de mayo de 2024" is the verdict's). A day named with its weekday is the report's own
    (see _weekday_day)."""
    if c.kind != "date" or isinstance((c.value.get("spec") or {}).get("weekday"), int):
        return False
    code = doc.language or ""
    before = _folded(doc.text[max(0, c.start - OFFENCE_REACH) : c.start])
    before = before[max(before.rfind(". "), before.rfind("\n")) + 1 :]  # the day's own sentence
    offence = max((m.end() for m in _folded_phrase_rx(code, "OFFENCE_WORDS").finditer(before)), default=None)
    decision = max((end for end, kind in _kinds_named(code, before) if kind in _COURT_KINDS), default=-1)
    return offence is not None and offence > decision


def _vectors(
    docs, readings: dict[str, _Reading], *, background: int = 0, background_for_all: bool = True
) -> tuple[list[_Vec], Counter]:
    """Per document, IDF-weighted features, each group (text words, anchors) normalised on its own. Rarity is
    counted among ``docs`` as if ``background`` more documents that have none of their features sat beside them;
    without ``background_for_all``, not for the features every one of ``docs`` has (see cluster_documents)."""
    raw = [(d, Counter(readings[d.key].features)) for d in docs]
    _keep_shared_names(raw)
    df: Counter = Counter()
    for _, f in raw:
        df.update(f.keys())
    n = len(raw)
    # a feature every document has cannot tell stories apart: its weight goes to (nearly) nothing
    # a name, number or claim that articles in three languages write alike is rare in the world however common
    # in this import: counted as if the import held BACKGROUND_DOCS more documents without it (a small import of
    # one event in four languages shares little else, and its own rarity gives what it shares no weight)
    langs: dict[str, set[str]] = defaultdict(set)
    for d, f in raw:
        for feat in f:
            if feat[0] != "w":
                langs[feat].add(d.language or "")
    # an import of two or three documents cannot tell a rare feature from a common one: all that two articles
    # share is "in every document", and they would never meet; it is counted as if topped up to MIN_IMPORT
    # documents that have none of its features
    topped = max(background, MIN_IMPORT - n)
    topped_all = topped if background_for_all else max(0, MIN_IMPORT - n)
    idf = {
        feat: GROUP_WEIGHT[feat[0]]
        * math.log(
            (
                n
                + 1.0
                + (topped if k < n else topped_all)
                + (BACKGROUND_DOCS if len(langs.get(feat, ())) >= WORLD_LANGS else 0)
            )
            / (k + 0.5)
        )
        for feat, k in df.items()
    }
    log1 = [0.0] + [1.0 + math.log(tf) for tf in range(1, 64)]
    scale = {"w": math.sqrt(W_TEXT), "a": math.sqrt(1.0 - W_TEXT)}  # dot products sum share * cosine per group
    out = []
    top_key = lambda kv: (kv[1], kv[0])  # noqa: E731
    for d, f in raw:
        norm_w = norm_a = 0.0
        shared_w: list[tuple[str, float]] = []
        shared_a: list[tuple[str, float]] = []
        for feat, tf in f.items():
            w = (log1[tf] if tf < 64 else 1.0 + math.log(tf)) * idf[feat]
            if feat[0] == "w":
                norm_w += w * w
                if df[feat] > 1:  # a feature of one document links nothing
                    shared_w.append((feat, w))
            else:
                norm_a += w * w
                if df[feat] > 1:
                    shared_a.append((feat, w))
        feats: dict[str, float] = {}
        for shared, norm, g in ((shared_w, norm_w, "w"), (shared_a, norm_a, "a")):
            if len(shared) > TOP_FEATURES:
                shared = heapq.nlargest(TOP_FEATURES, shared, key=top_key)
            k = scale[g] / (math.sqrt(norm) or 1.0)
            for feat, w in shared:
                feats[feat] = w * k
        r = readings[d.key]
        out.append(_Vec(d.key, feats, d.published, r.event_day, r.after, r.ordinals, r.kinds))
    return out, df


def _candidate_similarities(vecs: list[_Vec], df: dict[str, int]) -> dict[tuple[int, int], float]:
    """Similarities of candidate pairs only, every one above zero (linkage then drops those below MIN_EDGE).

    Candidates come from an inverted index over each document's strongest features (blocking): two
    documents are compared only when they share one of them. Small corpora index every shared feature.
    """
    n = len(vecs)
    max_df = max(MAX_DF_FLOOR, int(MAX_DF_SHARE * n))
    postings: dict[str, list[int]] = defaultdict(list)
    for i, v in enumerate(vecs):
        keys = [f for f in v.feats if 1 < df[f] <= max_df]
        if n > SMALL_CORPUS:
            keys = heapq.nlargest(BLOCK_KEYS, keys, key=lambda f: (v.feats[f], f))
        for f in keys:
            postings[f].append(i)
    shared: Counter = Counter()
    for plist in postings.values():
        for a in range(len(plist)):
            i = plist[a]
            for j in plist[a + 1 :]:
                shared[(i, j) if i < j else (j, i)] += 1
    need = 1 if n <= SMALL_CORPUS else BLOCK_SHARED  # one or two shared features are chance in a large corpus
    candidates = [p for p, k in shared.items() if k >= need]
    sims: dict[tuple[int, int], float] = {}
    for i, j in candidates:
        fi, fj = vecs[i].feats, vecs[j].feats
        if len(fj) < len(fi):
            fi, fj = fj, fi
        s = sum(w * fj[f] for f, w in fi.items() if f in fj)
        if s > 0 and not _far_in_time(vecs[i], vecs[j]):
            sims[(i, j)] = s
    return sims


def _far_in_time(a: _Vec, b: _Vec) -> bool:
    """Two documents published, or telling their event, too far apart to report one event."""
    if a.published and b.published and _published_apart(a.published, b.published):
        return True
    return _events_apart(a, b) is True


def _events_apart(a: _Vec, b: _Vec, span: int = EVENT_SPAN_DAYS) -> bool | None:
    """Whether two documents' own words put their events on different days: True (their event days lie more
    than ``span`` days apart, a month's where both leads name an outbreak (_ONGOING_KINDS), or one's event day is no later than a time the other counts "since": "the
    eighth cut since June 2024" is not the cut of 6 June 2024; or one was published before the other's event
    could have happened: before its event day, or no later than the time it counts "since"), False (their
    event days are near), None (their texts do not tell)."""
    if a.event_day is not None and b.event_day is not None:
        if a.kinds & b.kinds & _ONGOING_KINDS:
            span = max(span, MAX_DATE_SPAN_DAYS)
        return _days_between(a, b) > span
    for x, y in ((a, b), (b, a)):
        if x.after is not None and y.event_day is not None and y.event_day[0]:
            if date(*y.event_day) <= x.after:
                return True
        if x.after is not None and y.published and y.published <= x.after:
            return True  # a report is never older than its event
        if x.event_day is not None and x.event_day[0] and y.published:
            if (date(*x.event_day) - y.published).days > MAX_DATE_SPAN_DAYS + 1:
                return True
    return None


def _event_day(claims: list[Claim]) -> tuple[tuple[int, int, int] | None, int | None]:
    """The day a document's lead gives its event, as (year, month, day), year 0 when the text gives none and
    no publication date resolves it ("13. Oktober" in an undated article): the first of its lead dates
    (detect/event_dates.lead_dates, as lead_day reads them; "yesterday, 7 July" as one day), unless that one is named
    by its date alone and a later one of the lead with its weekday (see _weekday_day); two days side by side
    that differ are a period's bounds, no event's day ("from 26 April 2018 to 20 January 2021"). When the lead gives
    no day, or its first one cannot be resolved ("yesterday" in an undated article: a later day in the lead is more
    often a next step, a hearing set for July, than the event), only a day named further on with its weekday is
    taken (see _weekday_day); else None. With the day, the weekday the text names for it ("jeudi 6 juin"), which
    tells the year of a day written without one."""
    days = lead_dates(claims)
    k = 0
    while k < len(days):
        c = days[k]
        v = c.value
        day = _day_of(v)
        beside = days[k + 1] if k + 1 < len(days) and days[k + 1].start - c.end <= APPOSITION_GAP else None
        if beside is not None and day is None:
            v = beside.value  # "Gestern, am 7. Juli 2024": the day that follows names the same day
            day = _day_of(v)
        elif beside is not None and _day_of(beside.value) not in (None, day):
            k += 2  # "del 26 de abril de 2018 al 20 de enero de 2021": the bounds of a period, no event's day
            continue
        if day is None:
            break  # "yesterday" in an undated article: its event's day is unknown, not a later day named by its date
        weekday = (v.get("spec") or {}).get("weekday")
        if isinstance(weekday, int):
            return day, weekday
        # a day named by its date alone may be a background day ("after the movement of 10 September"); one the
        # lead names with its weekday too is the report's own ("jueves 18 de septiembre")
        named = _weekday_day(claims, within=EVENT_LEAD)
        return named if named[0] is not None else (day, None)
    return _weekday_day(claims)


def _weekday_day(claims: list[Claim], *, within: int = LEAD_CHARS) -> tuple[tuple[int, int, int] | None, int | None]:
    """The first day named with its weekday and its date in the first ``within`` characters ("mercredi 10
    septembre", "el domingo 26 de mayo"): reports name their own event's day so; a background day or a next step is
    mostly named by its date alone ("the movement of 10 September", "sentencing set for July 11"). Read for a lead
    that gives no day of its own (a scene told first, or "today" in an undated article), and for one whose first
    day is named by its date alone."""
    for c in lead_dates(claims, within=within):
        spec = c.value.get("spec") or {}
        day = _day_of(c.value)
        if day is not None and isinstance(spec.get("weekday"), int) and isinstance(spec.get("day"), int):
            return day, spec["weekday"]
    return None, None


def _day_of(v: dict) -> tuple[int, int, int] | None:
    """A one-day date as (year, month, day), year 0 when only its month and day are known."""
    spec = v.get("spec") or {}
    if v.get("resolved") and v.get("start") and v.get("start") == v.get("end"):
        try:
            day = date.fromisoformat(v["start"][:10])
        except ValueError:
            return None
        return day.year, day.month, day.day
    if isinstance(spec.get("month"), int) and isinstance(spec.get("day"), int):
        return 0, spec["month"], spec["day"]
    return None


def _after(claims: list[Claim]) -> date | None:
    """The latest end of a period the lead counts from ("the first cut since September 2019", "the eighth cut
    since June 2024"): the event it reports came after it."""
    ends = []
    for c in claims:
        v = c.value if isinstance(c.value, dict) else {}
        if c.start >= LEAD_CHARS or c.kind != "date" or c.slot != SINCE_SLOT or not v.get("resolved"):
            continue
        try:
            ends.append(date.fromisoformat(str(v.get("end") or v.get("start"))[:10]))
        except ValueError:
            continue
    return max(ends, default=None)


def _days_between(a: _Vec, b: _Vec) -> int:
    """Days between two documents' event days. A day without its year is taken in the year that puts it
    nearest, among the years where it falls on the weekday its text names ("jeudi 6 juin" is 6 June 2024, not
    6 June 2025 nor a day away from 5 June 2025, a Thursday too)."""
    if a.ordinals and b.ordinals:
        return min(abs(x - y) for x in a.ordinals for y in b.ordinals)
    gap = abs(date(2000, *a.event_day[1:]).toordinal() - date(2000, *b.event_day[1:]).toordinal())
    return min(gap, 366 - gap)  # a day of unknown year: as near as any year puts it (2000 holds 29 February)


def _day_ordinals(day: tuple[int, int, int] | None, weekday: int | None) -> tuple[int, ...]:
    """The days an event day may be, as ordinals: itself when its year is known; without it, that day in every
    year of WEEKDAY_YEARS where it falls on the weekday the text names; none when neither is known."""
    if day is None or not (day[0] or weekday is not None):
        return ()
    if day[0]:
        return (date(*day).toordinal(),)
    found = []
    for y in WEEKDAY_YEARS:
        try:
            d = date(y, day[1], day[2])
        except ValueError:  # 29 February of a common year
            continue
        if d.weekday() == weekday:
            found.append(d.toordinal())
    return tuple(found)


def _told_apart(timed_a: list[_Vec], timed_b: list[_Vec], *, both_several: bool) -> bool:
    """Whether two clusters' members' own words say they report different events: most pairs of their members
    whose texts tell (see _events_apart) put their events apart, and more than one pair says so. That takes
    MIN_TIMED members that tell in each cluster; where one cluster has fewer, only days more than a month apart
    count (another month's or year's event, not a day misread a few days off), and only between clusters of
    several reports each: a lead that gives another day, the trial's opening in a report of its verdict, must
    not keep one article from its story (only that pair's own similarity is dropped, see _far_in_time)."""
    span = EVENT_SPAN_DAYS
    if min(len(timed_a), len(timed_b)) < MIN_TIMED:
        if not (both_several and timed_a and timed_b):
            return False
        span = MAX_DATE_SPAN_DAYS
    far = near = 0
    for x in timed_a:
        for y in timed_b:
            apart = _events_apart(x, y, span)
            if apart is not None:
                far += apart
                near += not apart
    return far > near and far >= 2


def _kinds_apart(kinds_a: list[frozenset[str]], kinds_b: list[frozenset[str]]) -> bool:
    """Whether two clusters' leads say they tell different events: most pairs of their members whose leads name a
    kind of event (see _event_kinds) name no kind in common."""
    far = near = 0
    for x in kinds_a:
        for y in kinds_b:
            if x & y:
                near += 1
            else:
                far += 1
    return far > near


def _dated_apart(days_a: list[date], days_b: list[date]) -> bool:
    """Whether two clusters' publication dates (each sorted) say they are different events: most pairs of their dated
    members lie too far apart (see _published_apart), and more than one pair says so (one misread page date must not
    split an event; that pair's own similarity is dropped already, see _far_in_time)."""
    if not days_a or not days_b:
        return False
    near = 0
    for day in days_a:
        # a page date stands for a year at most: only dates that far before it may reach it
        first = bisect.bisect_left(days_b, _shifted(day, -(MAX_DATE_SPAN_DAYS + 366)))
        last = bisect.bisect_right(days_b, _shifted(_last_day(day), MAX_DATE_SPAN_DAYS))
        near += sum(not _published_apart(day, other) for other in days_b[first:last])
    far = len(days_a) * len(days_b) - near
    return far > near and far >= 2


def cluster_documents(
    docs: list[Document], claims_by_doc: dict[str, list[Claim]], *, fixed_groups=(), threshold: float = THRESHOLD
) -> list[list[str]]:
    """Group documents (by key) into stories about one event.

    ``fixed_groups``: lists of document keys an editor confirmed; kept whole, never split or merged with
    another fixed group; unfixed documents may join one when they clearly belong.
    Returns lists of keys, each sorted, the list sorted by its first key; every document appears once.

    Stories are read twice. How rare a feature is depends on what else is imported: next to other events,
    a company's or a town's name is rare and weighs like the event's own figures and days, so two events of
    one company or town meet; imported alone, such a name is in every report and weighs nothing. So each
    story of three reports or more found among other stories is clustered again on its own, and splits where
    its reports fall apart: the same stories come out whether a newsroom imports one event at a time or many
    at once. Read on its own, rarity is counted as if half as many reports of other events sat beside the
    story: in a story alone, every feature its reports share would weigh nothing, and a story told from many
    sides (a vote's results, reactions, next steps) would fall apart into its sides. The import itself is read the
    same way, as if a third as many reports of other events sat beside it (IMPORT_BACKGROUND): an import that is one
    event told from many sides stays one story as it would beside other events; only what every document of the
    import has keeps (nearly) no weight there, or two announcements of one company in one country would meet on it.
    """
    docs = sorted({d.key: d for d in docs}.values(), key=lambda d: d.key)
    if not docs:
        return []
    readings = {d.key: _read(d, claims_by_doc.get(d.key) or []) for d in docs}
    by_key = {d.key: d for d in docs}
    stories = []
    background = int(len(docs) * IMPORT_BACKGROUND)
    for story in _agglomerate(docs, readings, fixed_groups, threshold, background=background, background_for_all=False):
        if len(story) < 3 or len(story) == len(docs):  # a story that is the whole import was read on its own
            stories.append(story)
            continue
        inside = set(story)
        fixed = [[k for k in group if k in inside] for group in fixed_groups]
        stories += _agglomerate([by_key[k] for k in story], readings, fixed, threshold, background=len(story) // 2)
    return sorted(stories, key=lambda g: g[0])


def _agglomerate(
    docs: list[Document],
    readings: dict[str, _Reading],
    fixed_groups,
    threshold: float,
    *,
    background: int = 0,
    background_for_all: bool = True,
) -> list[list[str]]:
    """Average-linkage clustering of documents (sorted by key) over their candidate similarities."""
    index = {d.key: i for i, d in enumerate(docs)}
    vecs, df = _vectors(docs, readings, background=background, background_for_all=background_for_all)
    sims = _candidate_similarities(vecs, df)

    # clusters: id -> members; fixed flag; date span
    parent = list(range(len(docs)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(docs))}
    fixed: set[int] = set()
    seen: set[str] = set()
    for group in fixed_groups:
        ids = [index[k] for k in dict.fromkeys(group) if k in index and k not in seen]
        seen.update(docs[i].key for i in ids)
        if not ids:
            continue
        root = ids[0]
        for i in ids[1:]:
            members[root].extend(members.pop(i))
            parent[i] = root
        fixed.add(root)

    span = {c: sorted(docs[i].published for i in members[c] if docs[i].published) for c in members}
    timed = {c: [vecs[i] for i in members[c] if vecs[i].event_day is not None or vecs[i].after] for c in members}
    results = {c: set().union(*(readings[docs[i].key].results for i in members[c])) for c in members}
    kinds = {c: [readings[docs[i].key].kinds for i in members[c] if readings[docs[i].key].kinds] for c in members}

    # link sums between clusters
    links: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), s in sims.items():
        a, b = parent[i], parent[j]
        if a == b or s < MIN_EDGE:
            continue
        links[a][b] = links[a].get(b, 0.0) + s
        links[b][a] = links[b].get(a, 0.0) + s

    def linkage(a, b):
        return links[a].get(b, 0.0) / (len(members[a]) * len(members[b]))

    def allowed(a, b):
        if a in fixed and b in fixed:
            return False
        if (
            _dated_apart(span[a], span[b])
            or _told_apart(timed[a], timed[b], both_several=min(len(members[a]), len(members[b])) > 1)
            or _kinds_apart(kinds[a], kinds[b])
        ):
            return False
        # two matches of the same clubs: results that share nothing are two events
        return not (results[a] and results[b] and not results[a] & results[b])

    def absorb(a, b):
        """Cluster ``a`` takes cluster ``b``'s evidence: its days, timed members, results and kinds of event."""
        span[a] = sorted(span[a] + span.pop(b))
        timed[a] += timed.pop(b)
        results[a] |= results.pop(b)
        kinds[a] += kinds.pop(b)

    def need(a, b):
        return JOIN_FIXED if (a in fixed or b in fixed) else threshold

    heap = []
    for a in links:
        for b in links[a]:
            if a < b:
                heap.append((-linkage(a, b), a, b, len(members[a]), len(members[b])))
    heapq.heapify(heap)
    while heap:
        neg, a, b, na, nb = heapq.heappop(heap)
        if a not in members or b not in members or len(members[a]) != na or len(members[b]) != nb:
            continue  # stale entry
        if -neg < need(a, b) or not allowed(a, b):
            continue
        # merge b into a
        if b in fixed:
            a, b = b, a
        members[a].extend(members.pop(b))
        if b in fixed:
            fixed.discard(b)
            fixed.add(a)
        absorb(a, b)
        for c, s in links.pop(b, {}).items():
            links[c].pop(b, None)
            if c == a:
                continue
            links[a][c] = links[a].get(c, 0.0) + s
            links[c][a] = links[a][c]
        for c in links[a]:
            if c in members:
                heapq.heappush(
                    heap, (-linkage(a, c), min(a, c), max(a, c), len(members[min(a, c)]), len(members[max(a, c)]))
                )
    # a document left alone joins the story it is closest to when it is plainly close to one member
    # and reasonably close to the story as a whole (average linkage is strict with loose stories). Its average
    # counts its weak similarities too: dropped, each member it shares a little with would count as nothing, and a
    # report on the line would come and go with any small change of weights elsewhere (a count's concept read
    # anew in other reports moves their norms)
    edges: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for (i, j), s in sims.items():
        edges[i].append((j, s))
        edges[j].append((i, s))
    where = {i: c for c, m in members.items() for i in m}
    for c in sorted(c for c, m in members.items() if len(m) == 1 and c not in fixed):
        i = members[c][0]
        totals: dict[int, float] = defaultdict(float)
        peak: dict[int, float] = defaultdict(float)
        for j, s in edges[i]:
            totals[where[j]] += s
            peak[where[j]] = max(peak[where[j]], s)
        best = None
        for t in sorted(totals, key=lambda t: (-totals[t] / len(members[t]), t)):
            if t == c or len(members[t]) < 2 or not allowed(t, c):
                continue
            avg = totals[t] / len(members[t])
            need_avg = ATTACH_SHARE * need(t, c)
            if avg >= need_avg and peak[t] >= ATTACH_PEAK * need(t, c):
                best = t
            break
        if best is not None:
            members[best].append(i)
            del members[c]
            where[i] = best
            absorb(best, c)
    return [sorted(docs[i].key for i in m) for m in members.values()]
