"""Align the claims of one story into facts: claims from different sources about the same thing.

1. **Identity.** A claim is about (kind, slot, subject) plus what keeps different things apart inside a
   kind: the count's unit family, a percentage's unit, a ranking's category, scope and form ("fourth
   office" is an ordinal, "one of four offices" is membership), a relation's or place's object, a role's
   person, a quote's speaker, and any distinguishing keys the extractor sets (basis pre/post money,
   addition vs total, the time a figure refers to). A claim without a subject takes the only subject
   the story has for that identity.
2. **Statements.** Inside one article, claims with one identity that agree are one statement: repeats
   and restatements ("S$300 million (about US$234 million)") count once. Claims that disagree inside
   one article are different things (an article does not contradict itself).
3. **Facts.** Statements from different articles join when their values are about the same thing
   (:func:`compare.resemblance`): numbers within a factor of three, overlapping lists, nearby dates, the
   same quote. A statement never joins a fact that already holds one from its own article.

Every claim ends in exactly one fact. Fact keys are built from the identity (and, when one identity
splits into several facts, from a canonical value of each), never from ids or input order.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from .claims import Claim, Document
from .compare import Context, agree, central, resemblance, usd_central, view

# keys, in value or extra, that make two claims of one slot about different things
DISTINGUISHING = ("basis", "aspect", "measure", "time", "period", "as_of", "stage", "round", "scope_of",
                  "cumulative", "total", "addition", "change_type")
# count units that all mean people employed / to be employed
UNIT_FAMILIES = {
    "jobs": "jobs", "job": "jobs", "people": "jobs", "persons": "jobs", "staff": "jobs", "employees": "jobs",
    "employee": "jobs", "positions": "jobs", "roles": "jobs", "hires": "jobs", "workers": "jobs",
    "personnel": "jobs", "headcount": "jobs", "workforce": "jobs", "posts": "jobs", "vacancies": "jobs",
}
# relations and places where one subject has one object, so different objects conflict (where something
# is hosted or based); anything else may have many objects ("founded by X and Y", several partners)
FUNCTIONAL = ("hosted_at", "headquarters", "headquartered", "based_in", "founded_in", "location", "venue")
KEY_MAX = 200


@dataclass
class Statement:
    doc: str
    claims: list[Claim]

    @property
    def first(self) -> Claim:
        return self.claims[0]


@dataclass
class AlignedFact:
    key: str
    kind: str
    slot: str
    subject: str
    statements: list[Statement] = field(default_factory=list)

    @property
    def members(self) -> list[tuple[str, Claim]]:
        return [(s.doc, c) for s in self.statements for c in s.claims]


def _slug(s) -> str:
    return re.sub(r"\s+", "_", str(s).strip().casefold())


def _functional(slot: str, relation: str = "", extra: dict | None = None) -> bool:
    if isinstance(extra, dict) and extra.get("multi_valued"):
        return False
    words = f"{slot}.{relation}".casefold()
    return any(f in words for f in FUNCTIONAL)


def identity(c: Claim) -> tuple:
    """What a claim is about, without its subject: (kind, slot, qualifiers...)."""
    v = c.value if isinstance(c.value, dict) else {}
    parts: list[str] = []
    if c.kind == "count":
        unit = _slug(v.get("unit") or "")
        parts.append("unit=" + UNIT_FAMILIES.get(unit, unit))
    elif c.kind == "percent":
        unit = _slug(v.get("unit") or "%")
        parts.append("unit=" + ("pp" if unit in ("pp", "points", "percentage_points") else "%"))
    elif c.kind == "ranking":
        form = "ordinal" if v.get("ordinal") is not None else "of_total" if v.get("of_total") is not None else "rank"
        parts += [f"category={_slug(v.get('category') or '')}", f"scope={_slug(v.get('scope') or '')}",
                  f"form={form}"]
    elif c.kind == "relation":
        rel = _slug(v.get("relation") or "")
        parts.append("rel=" + rel)
        if not _functional(c.slot, rel, c.extra):
            parts.append("obj=" + _slug(v.get("entity") or v.get("name") or ""))
    elif c.kind == "place":
        if not _functional(c.slot, "", c.extra):
            parts.append("obj=" + _slug(v.get("entity") or v.get("name") or ""))
    elif c.kind == "role":
        parts.append("person=" + _slug(v.get("person") or v.get("name") or c.subject))
        parts.append("org=" + _slug(v.get("org") or ""))
    elif c.kind == "quote":
        parts.append("speaker=" + _slug(v.get("speaker") or v.get("name") or ""))
    for k in DISTINGUISHING:
        val = v.get(k, c.extra.get(k) if isinstance(c.extra, dict) else None)
        if val not in (None, "", False):
            parts.append(f"{k}={_slug(val)}")
    return (c.kind, c.slot, *parts)


# An article rarely says one kind of thing more than a few times; in one that does (a data dump, a
# table as text), a repeat is looked for among the last statements only, so the work stays linear.
REPEAT_WINDOW = 64


def _statements(doc: str, claims: list[Claim], ctx: Context) -> list[Statement]:
    out: list[Statement] = []
    for c in sorted(claims, key=lambda c: (c.start, c.end, c.text)):
        for s in out[-REPEAT_WINDOW:]:
            if all(agree(c.kind, view(c), view(o), ctx) is not False and
                   resemblance(c.kind, view(c), view(o), ctx) >= 1.0 for o in s.claims):
                s.claims.append(c)
                break
        else:
            out.append(Statement(doc, [c]))
    return out


def _cluster_statements(statements: list[Statement], ctx: Context) -> list[list[Statement]]:
    """Join statements of different articles about the same thing.

    Articles are taken in key order; each article's statements are matched to the facts built so far
    best pair first (so an article's closest statement joins, not merely its first), at most one
    statement of an article per fact; a statement that fits nowhere starts a fact of its own.
    """
    clusters: list[list[Statement]] = []
    by_doc: dict[str, list[Statement]] = {}
    for s in statements:
        by_doc.setdefault(s.doc, []).append(s)
    for doc in sorted(by_doc):
        mine = sorted(by_doc[doc], key=lambda s: (s.first.start, s.first.end))
        options = []
        for si, s in enumerate(mine):
            for ci, cl in enumerate(clusters):
                scores = [resemblance(s.first.kind, view(s.first), view(o.first), ctx) for o in cl]
                if min(scores) >= 0.5:
                    options.append((-sum(scores) / len(scores), -len(s.claims), si, ci))
        options.sort()
        used_s, used_c = set(), set()
        for _, _, si, ci in options:
            if si in used_s or ci in used_c:
                continue
            clusters[ci].append(mine[si])
            used_s.add(si)
            used_c.add(ci)
        clusters.extend([s] for si, s in enumerate(mine) if si not in used_s)
    return clusters


def _magnitude(x: float) -> str:
    """Two significant digits with a scale letter: 233e6 -> "230m"."""
    for size, letter in ((1e12, "t"), (1e9, "b"), (1e6, "m"), (1e3, "k")):
        if abs(x) >= size:
            return f"{float(f'{x / size:.2g}'):g}{letter}"
    return f"{float(f'{x:.2g}'):g}"


def _value_tag(cluster: list[Statement], ctx: Context) -> str:
    """A canonical, order-free label of what a fact's values are (to tell split facts apart)."""
    anchor = sorted(cluster, key=lambda s: (-len(s.claims), s.first.text, s.doc))[0]
    c = anchor.first
    v = c.value if isinstance(c.value, dict) else {}
    if c.kind in ("money", "count", "percent"):
        x = usd_central(v, ctx) if c.kind == "money" else central(v)
        return _magnitude(x) + ("usd" if c.kind == "money" else "") if x is not None else _slug(c.text)
    if c.kind == "list":
        return "+".join(sorted(str(i) for i in v.get("items") or ())[:4]) or str(v.get("declared_count"))
    if c.kind == "date":
        return str(v.get("start") or c.text)[:7]
    if c.kind == "quote":
        words = re.findall(r"\w+", (v.get("words") or c.text).casefold())
        return hashlib.sha1(" ".join(words).encode()).hexdigest()[:8]
    return _slug(c.text)[:40]


def _make_key(ident: tuple, subject: str, tag: str | None) -> str:
    kind, slot, *quals = ident
    key = f"{kind}:{slot}:{subject or '-'}"
    if quals:
        key += "[" + ",".join(q for q in quals if not q.endswith("=")) + "]"
    if tag:
        key += "@" + tag
    if len(key) > KEY_MAX:
        key = key[:KEY_MAX - 9] + "~" + hashlib.sha1(key.encode()).hexdigest()[:8]
    return key


def _language(doc: Document | None) -> str:
    return ((doc.language if doc else "") or "").split("-")[0].lower()


def _translated_subjects(docs: dict[str, Document], claims_by_doc: dict[str, list[Claim]],
                         per_ident: dict[tuple, dict[str, set[str]]]) -> dict[tuple, str]:
    """(identity, subject) -> one subject for an actor whose name the articles' languages translate.

    "Central Bank of Kenya", "Banco Central de Kenia" and "Kenias Zentralbank" are one actor, so the same
    fact gets different subjects in different languages. Where, for one identity, the articles of each
    language all give one and the same subject, and no article names another language's subject
    anywhere, those subjects are taken to be one (the one most articles use). ``per_ident``: the
    subjects each article gives each identity.
    """
    lang_of = {d: _language(docs.get(d)) for d in claims_by_doc}
    subjects_of: dict[str, set[str]] = {d: {c.subject for c in cs if c.subject} for d, cs in claims_by_doc.items()}
    texts = {d: " ".join((docs[d].text or "").casefold().split()) if d in docs else "" for d in claims_by_doc}

    def names(doc_key: str, subject: str) -> bool:
        return subject in subjects_of[doc_key] or subject in texts[doc_key]

    mapping: dict[tuple, str] = {}
    for ident, by_doc in per_ident.items():
        by_lang: dict[str, set[str]] = {}
        for doc_key, subjects in by_doc.items():
            if len(subjects) == 1:  # an article with several subjects for it tells them apart itself
                by_lang.setdefault(lang_of[doc_key], set()).update(subjects)
        if len(by_lang) < 2 or "" in by_lang or any(len(subjects) > 1 for subjects in by_lang.values()):
            continue
        lang_subject = {lang: next(iter(subjects)) for lang, subjects in by_lang.items()}
        if len(set(lang_subject.values())) < 2:
            continue
        if any(names(doc_key, subject) for lang, subject in lang_subject.items() for doc_key in claims_by_doc
               if lang_of[doc_key] != lang and lang_subject.get(lang_of[doc_key]) != subject):
            continue  # another language's article names this subject too: a different actor there
        uses = {subject: sum(subject in subs for subs in by_doc.values()) for subject in lang_subject.values()}
        canonical = min(uses, key=lambda subject: (-uses[subject], subject))
        for subject in lang_subject.values():
            mapping[(ident, subject)] = canonical
    return mapping


def align_claims(docs: dict[str, Document], claims_by_doc: dict[str, list[Claim]], ctx: Context) -> list[AlignedFact]:
    """Group one story's claims into facts (sorted by key; every claim in exactly one fact)."""
    # 1. identities, with a missing subject filled from the story when unambiguous
    idents = {doc_key: [identity(c) for c in claims] for doc_key, claims in claims_by_doc.items()}
    per_ident: dict[tuple, dict[str, set[str]]] = {}  # identity -> article -> the subjects it gives
    for doc_key, claims in claims_by_doc.items():
        for c, ident in zip(claims, idents[doc_key]):
            if c.subject:
                per_ident.setdefault(ident, {}).setdefault(doc_key, set()).add(c.subject)
    subjects = {ident: set().union(*by_doc.values()) for ident, by_doc in per_ident.items()}
    translated = _translated_subjects(docs, claims_by_doc, per_ident)
    groups: dict[tuple, dict[str, list[Claim]]] = {}
    for doc_key in sorted(claims_by_doc):
        for c, ident in zip(claims_by_doc[doc_key], idents[doc_key]):
            subject = c.subject
            if not subject and len(subjects.get(ident, ())) == 1:
                subject = next(iter(subjects[ident]))
            subject = translated.get((ident, subject), subject)
            groups.setdefault((ident, subject), {}).setdefault(doc_key, []).append(c)

    facts: list[AlignedFact] = []
    for (ident, subject), by_doc in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        statements = [s for d in sorted(by_doc) for s in _statements(d, by_doc[d], ctx)]
        clusters = _cluster_statements(statements, ctx)
        # the fact most sources state keeps the plain key, so a split caused by a new source leaves the
        # main fact's key (and a reviewer's decision on it) in place; the others carry a value tag
        main = min(clusters, key=lambda cl: (-len(cl), -sum(len(s.claims) for s in cl), _value_tag(cl, ctx)))
        for cl in clusters:
            tag = None if cl is main else _value_tag(cl, ctx)
            facts.append(AlignedFact(_make_key(ident, subject, tag), ident[0], ident[1], subject,
                                     sorted(cl, key=lambda s: s.doc)))
    # keys unique: a tag shared by two facts gets a number, in an order free of input order
    seen: dict[str, list[AlignedFact]] = {}
    for f in facts:
        seen.setdefault(f.key, []).append(f)
    for key, fs in seen.items():
        if len(fs) > 1:
            fs.sort(key=lambda f: (sorted(c.text for s in f.statements for c in s.claims),
                                   [(s.doc, c.start) for s in f.statements for c in s.claims]))
            for i, f in enumerate(fs[1:], start=2):
                f.key = f"{key}#{i}"
    return sorted(facts, key=lambda f: f.key)
