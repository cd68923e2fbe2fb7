"""The crafted bad-input corpus through `manage.py import_articles`, then claim extraction on what was created.

Every file is imported correctly or rejected with its one-line reason; the command exits non-zero and
never crashes; nothing is half-imported; a second import creates nothing; the claim extractor runs on
every created article and its offsets point into the article's text. Cleaning a megabyte of each
shape crafted to be slow takes a bounded multiple of the time a megabyte of ordinary text takes.
"""
import io
import re
import time

import pytest
from django.core.management import CommandError, call_command

from stories.cleaning.prepare import prepare_article, warm_up
from stories.models import Article, ArticleBlock
from tests.badinput.corpus import CRAFTED, CREATED, DUPLICATE, LIMITS, REJECTED, crafted, ordinary_text, write_corpus
from verification.models import Claim
from verification.services.extraction import extract_article_claims

LINE_RE = re.compile(r"^(created|duplicate|rejected)\s+(.+?): (.*)$")


def run_import(folder, *extra):
    out = io.StringIO()
    try:
        call_command("import_articles", str(folder), "--no-progress", *extra, stdout=out)
    except CommandError as exc:
        return 1, out.getvalue(), str(exc)
    return 0, out.getvalue(), ""


def outcomes(output: str, folder) -> dict[str, tuple[str, str]]:
    prefix = f"{folder}/"
    found = {}
    for line in output.splitlines():
        match = LINE_RE.match(line)
        if match:
            status, name, detail = match.groups()
            assert name.startswith(prefix), line
            found[name[len(prefix):]] = (status, detail)
    return found


@pytest.fixture
def corpus(tmp_path, settings):
    for name, value in LIMITS.items():
        setattr(settings, name, value)
    folder = tmp_path / "corpus"
    return folder, write_corpus(folder)


@pytest.mark.django_db
def test_every_file_is_imported_or_rejected_with_its_reason(corpus):
    folder, expected = corpus
    assert len(expected) >= 50

    code, output, error = run_import(folder)

    assert code == 1 and re.fullmatch(r"\d+ of \d+ files were rejected", error), error
    got = outcomes(output, folder)
    assert set(got) == {e.name for e in expected}, "one line per file"
    wrong = []
    for e in expected:
        status, detail = got[e.name]
        if status != e.status or (e.reason and e.reason not in detail):
            wrong.append(f"{e.name}: expected {e.status} {e.reason!r}, got {status} {detail!r}")
        if status == REJECTED:
            assert detail.strip() and "\n" not in detail and "Traceback" not in detail, e.name
    assert not wrong, "\n".join(wrong)
    created = [e for e in expected if e.status == CREATED]
    summary = output.strip().splitlines()[-1]
    counts = {s: sum(e.status == s for e in expected) for s in (CREATED, DUPLICATE, REJECTED)}
    assert summary == (f"{len(expected)} files: {counts[CREATED]} created, {counts[DUPLICATE]} duplicate, "
                       f"{counts[REJECTED]} rejected")

    # Nothing half-imported: as many articles as "created" lines, each with its blocks and its text.
    assert Article.objects.count() == len(created)
    for e in created:
        article_id = int(got[e.name][1].removeprefix("article "))
        article = Article.objects.get(pk=article_id)
        assert article.origin == f"{folder}/{e.name}"[:500]
        assert article.raw_text and article.content_hash and article.text.strip()
        assert ArticleBlock.objects.filter(article=article).exists()
        for needle in e.present:  # decoded right: kept in the received text (cleaning may drop a short line)
            assert needle in article.raw_text, (e.name, needle)
        for needle in e.absent:
            assert needle.lower() not in article.text.lower(), (e.name, needle)
            assert needle.lower() not in article.title.lower(), (e.name, needle)


@pytest.mark.django_db
def test_a_second_import_creates_nothing(corpus):
    folder, expected = corpus
    run_import(folder)
    before = Article.objects.count()

    code, output, _ = run_import(folder, "--processes", "1")

    assert code == 1
    got = outcomes(output, folder)
    assert {status for status, _ in got.values()} <= {DUPLICATE, REJECTED}
    for e in expected:
        want = REJECTED if e.status == REJECTED else DUPLICATE
        assert got[e.name][0] == want, (e.name, got[e.name])
    assert Article.objects.count() == before


@pytest.mark.django_db
def test_claim_extraction_runs_on_every_created_article_with_valid_offsets(corpus):
    folder, _ = corpus
    run_import(folder, "--processes", "1")
    assert Article.objects.exists()

    for article in Article.objects.all():
        extract_article_claims(article_id=article.pk)
        text = Article.objects.get(pk=article.pk).text
        for claim in Claim.objects.filter(article=article):
            assert 0 <= claim.start < claim.end <= len(text), (article.origin, claim.start, claim.end)
            assert text[claim.start:claim.end].startswith(claim.text[:500]) or \
                text[claim.start:claim.end] == claim.text, (article.origin, claim.text)
            assert 0 <= claim.sentence_start <= claim.start and claim.end <= claim.sentence_end <= len(text), (
                article.origin, claim.text)


CRAFTED_SIZE = 1_000_000
# Linear time is a bounded multiple of ordinary text's time; a quadratic path on a megabyte is
# thousands of times slower, so the bound tells them apart without depending on the machine.
MAX_TIMES_ORDINARY = 20


def cleaning_seconds(name: str, text: str, rounds: int) -> float:
    data = text.encode("utf-8")
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        prepare_article(name, data, max_bytes=len(data) + 1)
        best = min(best, time.perf_counter() - started)
    return best


def test_crafted_shapes_clean_in_time_linear_in_their_size():
    warm_up()
    ordinary = cleaning_seconds("ordinary.txt", ordinary_text(CRAFTED_SIZE), rounds=3)
    too_slow = []
    for shape in CRAFTED:
        name, text = crafted(shape, CRAFTED_SIZE)
        took = cleaning_seconds(name, text, rounds=1)
        if took > MAX_TIMES_ORDINARY * ordinary:  # a busy machine: the best of two more tries
            took = min(took, cleaning_seconds(name, text, rounds=2))
        if took > MAX_TIMES_ORDINARY * ordinary:
            too_slow.append(f"{name}: {took:.2f} s, {took / ordinary:.0f} times ordinary text ({ordinary:.2f} s)")
    assert not too_slow, "\n".join(too_slow)
