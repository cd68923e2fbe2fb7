"""Properties: no text crashes the engine; offsets always point at the value they name."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from verification.engine.claims import KINDS, Document
from verification.engine.extract import extract_claims

FRAGMENTS = [
    "OpenAI",
    " will invest ",
    "S$300 million",
    " over 200 jobs",
    " in Singapur",
    ", CEO von ",
    "Sam Altman",
    " (MDDI)",
    " Ministry of Digital Development and Information",
    " first lab outside the United States",
    " 6,4-Milliarden-Dollar-Finanzierungsrunde",
    " Ende dieses Jahres",
    " verdoppelt",
    "“",
    "”",
    "\n",
    ". ",
    " sectors: finance, health, and education",
    " 24/7",
    " Wednesday (May 20)",
    " plus de 1,7 milliard d’euros",
    " 18.000 millones de euros",
    " partnership with AI Singapore",
    "'",
    "$",
    "%",
    " 2025 to 2030",
    "İ",
    "ß",
]

texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=30).map("".join),
)


@given(texts, st.sampled_from(["", "en", "de", "fr", "es", "it", "zz"]), st.one_of(st.none(), st.dates()))
def test_engine_never_crashes_and_offsets_hold(text, lang, pub):
    claims = extract_claims(Document(key="p", text=text, language=lang, published=pub))
    for c in claims:
        assert c.kind in KINDS
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start : c.end] == c.text
        assert c.sentence_start <= c.start and c.end <= c.sentence_end <= len(text)
        assert 0.0 <= c.checkworthiness <= 1.0
        assert isinstance(c.slot, str) and isinstance(c.value, dict)
        assert "engine_errors" not in c.extra, c.extra


def test_empty_and_whitespace_documents():
    assert extract_claims(Document(key="e", text="")) == []
    assert extract_claims(Document(key="e", text="  \n\t ")) == []


def test_seeds_offsets(tmp_path=None):
    import pathlib

    root = pathlib.Path(__file__).resolve().parents[2] / "seeds"
    for f in sorted(root.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        for c in extract_claims(Document(key=f.name, text=text, published=date(2026, 5, 21))):
            assert text[c.start : c.end] == c.text
