"""clean_document on HTML and Markdown, format detection, and hostile markup."""

import datetime
import json

import pytest

from stories.cleaning import assemble, clean_document, detect_format

from .test_cleaning import EN_BODY

HTML = (
    """<!DOCTYPE html>
<html lang="en"><head>
<title>Riverton Approves Harbour Budget | Riverton Gazette</title>
<meta property="og:site_name" content="Riverton Gazette">
<meta name="author" content="Maria Lopez">
<meta property="article:published_time" content="2025-03-04T09:30:00Z">
<script>window.tracker = function () { document.cookie = "x=1"; };</script>
<style>body { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Riverton Approves Harbour Budget</h1>
<p>{p0}</p>
<p>{p1}<img src="x" onerror="alert('owned')"></p>
<script>alert("inline script in the article")</script>
<p>{p2}</p>
<p>{p3}</p>
</article>
<aside><h3>Popular posts</h3><ul><li><a href="/a">Storm Season Forecast Shows Record Rainfall</a></li>
<li><a href="/b">Local Bakery Wins National Bread Award</a></li></ul></aside>
<footer>© 2025 Riverton Gazette</footer>
</body></html>
""".replace("{p0}", EN_BODY[0])
    .replace("{p1}", EN_BODY[1])
    .replace("{p2}", EN_BODY[2])
    .replace("{p3}", EN_BODY[3])
)


def test_html_article_with_metadata():
    d = clean_document(HTML, filename="story.html")
    assert d.title == "Riverton Approves Harbour Budget"
    for p in EN_BODY:
        assert p in d.text
    assert d.publisher == "Riverton Gazette"
    assert d.author == "Maria Lopez"
    assert d.published == datetime.date(2025, 3, 4)
    assert d.language == "en"
    assert "Storm Season Forecast" not in d.text


def test_html_scripts_and_event_handlers_never_reach_the_text():
    d = clean_document(HTML, filename="story.htm")
    for bad in ("<script", "alert(", "onerror", "document.cookie", "<img", "color: red"):
        assert bad not in d.text
        assert bad not in d.title
    for b in d.blocks:
        assert "<script" not in b.text


def test_html_sniffed_without_extension():
    assert detect_format(HTML) == "html"
    d = clean_document(HTML)
    assert EN_BODY[0] in d.text


def test_tiny_html_falls_back_to_visible_text():
    d = clean_document(
        "<html><body><script>evil()</script><p>Only one short line here.</p></body></html>", filename="x.html"
    )
    assert "evil" not in d.text
    assert "Only one short line here." in d.text


def test_malformed_html_does_not_crash():
    for text in ("<html><body><p>Unclosed <b>bold <i>text", "<<<>>>", '<p onclick="x()">Hi</p' * 50, "<html>"):
        d = clean_document(text, filename="bad.html")
        assert "onclick" not in d.text


def test_script_text_in_plain_text_file_stays_inert_text():
    text = "Harmless Headline Here\n\n" + EN_BODY[0] + "\n\n<script>alert(1)</script> is what the attacker wrote."
    d = clean_document(text, filename="a.txt")
    # plain text is data: we only produce text, and rendering escapes it
    assert isinstance(d.text, str)
    assert EN_BODY[0] in d.text


MARKDOWN = (
    """---
title: Riverton Approves Harbour Budget
date: 2025-03-04
author: Maria Lopez
---

# Riverton Approves Harbour Budget

{p0}

## Where the **money** goes

- Flood defences: [new walls](https://example.com/walls) along the harbour district.
- Schools: two renovated buildings in the *harbour district*.

{p1}

![a photo](https://example.com/p.jpg)

> {p2}

```
code block line
```
""".replace("{p0}", EN_BODY[0])
    .replace("{p1}", EN_BODY[1])
    .replace("{p2}", EN_BODY[2])
)


def test_markdown_is_stripped_to_text():
    d = clean_document(MARKDOWN, filename="story.md")
    assert d.title == "Riverton Approves Harbour Budget"
    assert d.published == datetime.date(2025, 3, 4)
    assert d.author == "Maria Lopez"
    for p in EN_BODY[:3]:
        assert p in d.text
    assert "Where the money goes" in d.text
    assert "new walls along the harbour district" in d.text
    for syntax in ("**", "](", "![", "# ", "---", "title:"):
        assert syntax not in d.text


def test_markdown_sniffed():
    assert detect_format(MARKDOWN) == "markdown"
    assert detect_format("Just a line of text.\n\nAnother one.") == "text"


@pytest.mark.parametrize(
    "name, fmt",
    [("a.TXT", "text"), ("b.Md", "markdown"), ("c.HTML", "html"), ("d.htm", "html"), ("e.markdown", "markdown")],
)
def test_format_from_extension(name, fmt):
    assert detect_format("<p>whatever</p>" if fmt != "html" else "plain", name) == fmt


def test_clean_document_rejects_bytes():
    with pytest.raises(TypeError):
        clean_document(b"bytes")


def test_html_title_without_h1_drops_the_site_suffix():
    page = (
        "<html><head><title>Riverton Approves Harbour Budget | Riverton Gazette</title>"
        "<meta property='og:site_name' content='Riverton Gazette'></head><body><div>"
        + "".join(f"<p>{p}</p>" for p in EN_BODY)
        + "</div></body></html>"
    )
    d = clean_document(page, filename="x.html")
    assert d.title == "Riverton Approves Harbour Budget"
    for p in EN_BODY:
        assert p in d.text


def test_text_that_looks_a_little_like_markup_survives_html_cleaning():
    page = (
        "<html><body><article>"
        + "".join(f"<p>{p}</p>" for p in EN_BODY)
        + "<p>Incomes &lt;US$100 a week rose by 3% while the ratio fell to 1 &lt; 2, the council said in its report.</p>"
        "</article></body></html>"
    )
    d = clean_document(page, filename="x.html")
    assert "Incomes <US$100 a week rose" in d.text


def test_pathological_sizes_are_bounded():
    from stories.cleaning import RejectedInput

    with pytest.raises(RejectedInput):
        clean_document("Line.\n" * 30_000)
    with pytest.raises(RejectedInput):  # skips trafilatura (too many tags), then too many paragraphs
        clean_document("<html><body>" + "<p>x</p>" * 30_000 + "</body></html>", filename="big.html")
    d = clean_document("<html><body>" + "<p>Line.</p>" * 2_000 + "</body></html>", filename="long.html")
    assert d.text


def test_html_parts_left_out_by_the_extractor_are_recorded_as_removed_blocks():
    d = clean_document(HTML, filename="story.html")
    removed = {b.text: b.reason for b in d.blocks if b.role == "removed"}
    assert any("Home" in t for t in removed)
    assert any("Storm Season Forecast" in t for t in removed)
    assert all(r for r in removed.values())
    kept = [b.text for b in d.blocks if b.role == "body"]
    assert kept == [p for p in EN_BODY]
    assert assemble(d.blocks) == (d.dek, d.body)
    texts = [b.text for b in d.blocks]
    assert texts.index(next(t for t in texts if "Home" in t)) < texts.index(EN_BODY[0])
    assert texts.index(next(t for t in texts if "Storm Season" in t)) > texts.index(EN_BODY[-1])


def test_the_cleaners_evaluation_prints_only_its_summary_for_a_held_out_part(tmp_path, capsys, monkeypatch):
    # a held-out part is scored by its summary alone: no article's text may be printed
    from stories.cleaning import evaluate

    from .cleaning_samples import BODIES, TITLES

    (tmp_path / "a.txt").write_text("\n\n".join([TITLES["en"], *BODIES["en"], "Share this article"]))
    gold = {
        "articles": {
            "a.txt": {
                "language": "en",
                "titles": [TITLES["en"]],
                "body_includes": [BODIES["en"][0]],
                "body_excludes": ["Share this article", BODIES["en"][1]],
            }
        }
    }
    (tmp_path / "gold.json").write_text(json.dumps(gold))
    monkeypatch.setenv("ROUNDS", "0")
    evaluate.main([str(tmp_path), str(tmp_path / "gold.json"), "--summary"])
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1  # without --summary, the kept line would be printed with its article's name
    assert out[0].startswith("body_recall=1.00 boilerplate_removed=0.50 title=1.00")


def test_the_cleaners_evaluation_counts_kinds_of_misses_without_their_text(tmp_path, capsys, monkeypatch):
    # --counts tells which kind of line a held-out part keeps and which publisher it misses, never a line's words
    from stories.cleaning import evaluate

    from .cleaning_samples import BODIES, TITLES

    kept = "Tourists flock to mountain villages as the snow arrives early this year"
    (tmp_path / "a.txt").write_text("\n\n".join([TITLES["en"], BODIES["en"][0], kept, *BODIES["en"][1:]]))
    gold = {
        "articles": {
            "a.txt": {"language": "en", "publisher": "Riverton Post", "body_excludes": [kept]},
        }
    }
    (tmp_path / "gold.json").write_text(json.dumps(gold))
    monkeypatch.setenv("ROUNDS", "0")
    evaluate.main([str(tmp_path), str(tmp_path / "gold.json"), "--summary", "--counts"])
    summary, counts = capsys.readouterr().out.splitlines()
    assert summary.startswith("body_recall=1.00 boilerplate_removed=0.00")
    assert counts == (
        "kept body medium top no stop whole model-skips:sentence 1; "
        "publisher none named (not in the text; not in the body; title found) 1"
    )
    assert "Tourists" not in counts


@pytest.mark.parametrize("glued", [True, False])
def test_a_page_date_field_of_a_year_alone_goes_and_gives_no_date(glued):
    body = EN_BODY
    text = f" date 2025 {body[0]}\n\n" + "\n\n".join(body[1:]) if glued else " date 2025\n\n" + "\n\n".join(body)
    doc = clean_document(text, filename="a.txt")
    assert "date 2025" not in doc.text
    assert all(p in doc.body for p in body)
    assert doc.published is None
