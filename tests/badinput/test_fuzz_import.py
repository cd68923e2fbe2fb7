"""Hypothesis: the importer on random bytes and text under random names.

import_payloads never raises; every payload gets exactly one outcome, created / duplicate / rejected,
with a one-line reason when not created; every created article has its blocks and text.
"""

import codecs

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stories.models import Article, ArticleBlock
from stories.services.importing import CREATED, DUPLICATE, REJECTED, import_payloads
from stories.services.sources import SourcePayload
from tests.badinput.corpus import article

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "cp1252", "shift_jis"]
PREFIXES = [
    b"",
    b"%PDF-",
    b"\x89PNG\r\n\x1a\n",
    b"PK\x03\x04",
    b"\x7fELF",
    b"MZ",
    b"ID3",
    b"BZh",
    b"\x1f\x8b",
    codecs.BOM_UTF8,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
    codecs.BOM_UTF32_LE,
    b"<html>",
    b"---\n",
]
names = st.tuples(st.text(max_size=30), st.sampled_from([".txt", ".md", ".html", ".htm", ".TXT", ".pdf", ""])).map(
    "".join
)


@st.composite
def payload_bytes(draw):
    kind = draw(st.sampled_from(["bytes", "text", "article", "html"]))
    if kind == "bytes":
        return draw(st.sampled_from(PREFIXES)) + draw(st.binary(max_size=600))
    if kind == "text":
        text = draw(st.text(max_size=600))
    elif kind == "article":
        text = article(
            draw(st.integers(0, 10_000)),
            draw(st.text(max_size=200)),
            newline=draw(st.sampled_from(["\n", "\r\n", "\r"])),
        )
    else:
        body = draw(
            st.lists(
                st.one_of(
                    st.text(max_size=80),
                    st.sampled_from(
                        [
                            "<script>alert(1)</script>",
                            "<p>",
                            "</p>",
                            "<div>",
                            "<!--",
                            "-->",
                            "<img onerror=x>",
                            "&amp;",
                            "&#0;",
                            "&#xD800;",
                            "<svg onload=alert(1)>",
                            "<![CDATA[",
                            "]]>",
                            "<a href='javascript:x'>",
                        ]
                    ),
                ),
                max_size=30,
            )
        )
        text = "<html><body>" + "".join(body)
    encoding = draw(st.sampled_from(ENCODINGS))
    return text.encode(
        encoding,
        errors=draw(st.sampled_from(["replace", "ignore", "surrogatepass"]))
        if encoding.startswith("utf-8")
        else "replace",
    )


@pytest.mark.django_db
@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(names, st.one_of(st.none(), payload_bytes())), min_size=1, max_size=4))
def test_importer_never_raises_and_reports_every_payload(items):
    payloads = []
    for name, data in items:
        if data is None:
            payloads.append(SourcePayload(name, None, "cannot be read (test)"))
        else:
            payloads.append(SourcePayload(name, lambda data=data: data))

    report = import_payloads(payloads=payloads)

    assert len(report.outcomes) == len(payloads)
    for outcome in report.outcomes:
        assert outcome.status in (CREATED, DUPLICATE, REJECTED)
        if outcome.status == CREATED:
            article_row = Article.objects.get(pk=outcome.article_id)
            assert article_row.text.strip()
            assert ArticleBlock.objects.filter(article=article_row).exists()
        else:
            assert outcome.reason.strip() and "\n" not in outcome.reason
        assert "\n" not in outcome.line().rstrip("\n") or "\n" in outcome.name


def _raises_on_read():
    raise OSError(5, "Input/output error")


@pytest.mark.django_db
def test_a_read_error_is_a_rejection_not_a_crash():
    report = import_payloads(
        payloads=[
            SourcePayload("broken.txt", _raises_on_read),
            SourcePayload("fine.txt", lambda: article(4242).encode()),
        ]
    )
    assert [o.status for o in report.outcomes] == [REJECTED, CREATED]
    assert "Input/output error" in report.outcomes[0].reason
