"""Hypothesis: the claim engine on random multi-document stories mixing the seeds' sentences and random text.

extract_claims, cross_check and cluster_documents never raise; claim offsets point at their text;
every claim handed to cross_check ends in exactly one fact; clustering places every document once.
"""

import re
from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from verification.engine.claims import KINDS, Document
from verification.engine.cluster import cluster_documents
from verification.engine.crosscheck import cross_check
from verification.engine.extract import extract_claims
from verification.engine.story_names import read_by_story

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SENTENCES = sorted(
    {
        s.strip()
        for f in sorted(SEEDS.glob("*.txt"))
        for s in re.split(r"(?<=[.!?])\s+|\n+", f.read_text("utf-8"))
        if 20 <= len(s.strip()) <= 400
    }
)
EDGE = [
    "1e308 dollars",
    "-0 per cent",
    "a trillion trillion dollars",
    "99999999999999999999 people",
    "31 February 2026",
    "the year 0",
    "9999",
    "Ende dieses Jahres",
    "last Wednesday",
    "S$",
    "$",
    "€",
    "%",
    "\u202e",
    "👨‍👩‍👧",
    "\r\n",
    "\r",
    "\x00",
    "\ud800",
    "İ",
    "ß",
    "٣٠٠ مليون",
    "三億ドル",
    "over 200",
    "up to 1 million",
]

paragraph = st.one_of(
    st.sampled_from(SENTENCES),
    st.text(max_size=120),
    st.lists(st.one_of(st.sampled_from(SENTENCES), st.sampled_from(EDGE), st.text(max_size=10)), max_size=8).map(
        " ".join
    ),
)
documents = st.lists(
    st.tuples(
        st.lists(paragraph, max_size=8).map("\n\n".join),
        st.sampled_from(["", "en", "de", "fr", "es", "zz"]),
        st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))),
        st.sampled_from(["", "marsbit", "reuters", "Reuters", "a" * 300]),
    ),
    min_size=1,
    max_size=5,
)


def check_offsets(text: str, claims) -> None:
    for c in claims:
        assert c.kind in KINDS
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start : c.end] == c.text
        assert 0 <= c.sentence_start <= c.start and c.end <= c.sentence_end <= len(text)


@given(documents)
def test_engine_on_random_stories(specs):
    docs = [
        Document(key=f"d{i}", text=text, language=lang, published=pub, publisher=pub_name)
        for i, (text, lang, pub, pub_name) in enumerate(specs)
    ]
    claims_by_doc = {}
    for doc in docs:
        claims = extract_claims(doc)
        check_offsets(doc.text, claims)
        claims_by_doc[doc.key] = claims

    facts = cross_check(docs, claims_by_doc)

    placed = {}
    for fact in facts:
        assert fact.verdict in ("corroborated", "conflicting", "single_source")
        assert 0.0 <= fact.confidence <= 1.0
        for key, claim in fact.members:
            assert key in claims_by_doc
            placed[id(claim)] = placed.get(id(claim), 0) + 1
    given_claims = [c for claims in claims_by_doc.values() for c in claims]
    assert all(placed.get(id(c)) == 1 for c in given_claims), "every claim in exactly one fact"
    # and so is every mention the story read as what another report names (engine/story_names.py)
    read = [(key, c) for fact in facts for key, c in fact.members if read_by_story(c)]
    assert sum(placed.values()) == len(given_claims) + len(read)
    for key, c in read:
        check_offsets(next(d.text for d in docs if d.key == key), [c])

    groups = cluster_documents(docs, claims_by_doc)
    assert sorted(k for g in groups for k in g) == sorted(d.key for d in docs)
