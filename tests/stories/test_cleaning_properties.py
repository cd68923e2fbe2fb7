"""Property tests: no input crashes the cleaner, and what it keeps is exactly what the text holds."""

from hypothesis import given
from hypothesis import strategies as st

from stories.cleaning import RejectedInput, assemble, clean_document, decode_text

from .test_cleaning import DE_BODY, EN_BODY, FR_BODY

LINES = (
    EN_BODY
    + DE_BODY
    + FR_BODY
    + [
        "Breaking news",
        "Share",
        "Comments",
        "Popular posts",
        "Lecturas relacionadas",
        "Resumen",
        "Summary",
        "QWhat is the budget?",
        "AThe budget is 48 million.",
        "By Jane Doe·3 min read",
        "author: Chen Wei",
        "sitePublicado a 2025-03-04",
        "Hace 3 min(s)",
        "Read the full story at Example",
        "Source: Example",
        "Riverton Approves Harbour Budget",
        "Facebook · Twitter · Email",
        "© 2025 Example Media",
        "• a bullet",
        "<script>alert(1)</script>",
        "# Heading",
        "[link](http://x)",
        "",
        "   ",
        "活动图片",
        "...",
        "Q",
        "A",
    ]
)

documents = st.lists(st.one_of(st.sampled_from(LINES), st.text(max_size=200)), max_size=25).map(
    lambda parts: "\n".join(parts)
)
separators = st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n"])
filenames = st.sampled_from(["", "a.txt", "a.md", "a.html", "a.htm", "noext"])


def check(doc):
    text = doc.text
    assert isinstance(text, str)
    assert doc.language == "" or len(doc.language) == 2
    for b in doc.blocks:
        assert b.role in ("title", "dek", "body", "removed")
        if b.role in ("body", "dek"):
            assert b.text in text
        if b.role == "removed":
            assert b.reason
    assert assemble(doc.blocks) == (doc.dek, doc.body)
    assert sum(b.role == "title" for b in doc.blocks) <= 1


@given(st.text(max_size=3000), filenames)
def test_any_text_is_cleaned_without_crashing(text, filename):
    check(clean_document(text, filename=filename))


@given(st.lists(st.sampled_from(LINES), max_size=40), separators, filenames)
def test_article_like_documents(parts, sep, filename):
    check(clean_document(sep.join(parts), filename=filename))


@given(documents, filenames)
def test_mixed_documents(text, filename):
    check(clean_document(text, filename=filename))


@given(
    st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<div>",
                "<script>",
                "</script>",
                "<h1>",
                "x",
                "Hello world.",
                "<img src=x onerror=alert(1)>",
                "&amp;",
                "&#0;",
                "<!--",
                "-->",
                "<br>",
            ]
        ),
        max_size=60,
    )
)
def test_html_fragments(parts):
    doc = clean_document("".join(parts), filename="a.html")
    check(doc)
    assert "onerror" not in doc.text


@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_are_rejected(data):
    try:
        text = decode_text(data)
    except RejectedInput as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert isinstance(text, str) and text.strip()
    check(clean_document(text))


@given(st.text(min_size=1, max_size=500).filter(lambda s: s.strip()))
def test_utf8_text_round_trips(text):
    try:
        out = decode_text(text.encode("utf-8"))
    except RejectedInput:
        return  # control characters are refused as binary
    assert out == text
