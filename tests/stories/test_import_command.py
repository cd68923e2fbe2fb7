"""`manage.py import_articles`: one line per file, a summary, nothing half-imported, bad input refused."""

import io
import zipfile
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from stories.models import Article, ArticleBlock, ImportBatch
from tests.conftest import SEEDS

ARTICLE = (
    "Harbour authority approves new container terminal\n\n"
    "The harbour authority on Tuesday approved a new container terminal that will cost 450 million euros "
    "and create about 1,200 jobs, its chairman said.\n\n"
    "Construction is due to start next year and the first ships are expected in 2029, according to the plan.\n"
)


def run_import(*paths):
    out = io.StringIO()
    try:
        call_command("import_articles", *map(str, paths), "--no-progress", stdout=out)
        return 0, out.getvalue()
    except CommandError as exc:
        return 1, out.getvalue() + str(exc)


@pytest.fixture
def article_file(tmp_path):
    path = tmp_path / "terminal.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.mark.django_db
def test_imports_the_seeds_as_drafts_with_raw_text_kept():
    code, out = run_import(SEEDS)
    assert code == 0, out
    assert Article.objects.count() == 5
    assert "5 files: 5 created, 0 duplicate, 0 rejected" in out
    for article in Article.objects.all():
        raw = (SEEDS / Path(article.origin).name).read_text(encoding="utf-8")
        assert article.raw_text == raw
        assert article.state == Article.State.DRAFT
        assert article.body and article.language
        assert article.blocks.exists()


@pytest.mark.django_db
def test_importing_the_same_files_twice_creates_nothing_new(article_file):
    assert run_import(article_file)[0] == 0
    code, out = run_import(article_file)
    assert code == 0
    assert "duplicate" in out and "same content as article" in out
    assert Article.objects.count() == 1


@pytest.mark.django_db
def test_every_command_line_import_is_kept_in_the_import_history(tmp_path, article_file):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    assert run_import(article_file)[0] == 0
    assert run_import(tmp_path)[0] == 1  # the duplicate and the empty file, one line each
    first, second = ImportBatch.objects.order_by("id")
    assert [(row["name"], row["status"]) for row in first.report] == [("terminal.txt", "created")]
    assert sorted((row["name"], row["status"]) for row in second.report) == [
        ("empty.txt", "rejected"),
        ("terminal.txt", "duplicate"),
    ]
    assert second.report[0]["reason"] or second.report[1]["reason"]


@pytest.mark.django_db
def test_same_content_in_another_encoding_is_a_duplicate(tmp_path, article_file):
    other = tmp_path / "copy.txt"
    other.write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-16"))
    code, out = run_import(article_file, other)
    assert Article.objects.count() == 1, out


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name, payload, reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\t\n ", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary"),
        ("nul.txt", b"hello\x00world\x00" * 100, "binary"),
        ("notes.pdf", b"%PDF-1.4 something", "unsupported file type"),
    ],
)
def test_bad_files_are_rejected_with_a_reason_and_the_rest_still_imports(tmp_path, article_file, name, payload, reason):
    bad = tmp_path / name
    bad.write_bytes(payload)
    code, out = run_import(bad, article_file)
    assert code == 1
    line = next(line for line in out.splitlines() if name in line)
    assert line.startswith("rejected") and reason in line.lower()
    assert Article.objects.count() == 1
    assert "1 of 2 files were rejected" in out


@pytest.mark.django_db
def test_file_over_the_size_limit_is_rejected(tmp_path, settings):
    settings.IMPORT_MAX_FILE_BYTES = 1000
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * 20)
    code, out = run_import(big)
    assert code == 1 and f"{big}: file too large: 6.08 kB, the limit is 1 kB" in out
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_every_size_limit_is_told_in_the_same_words(tmp_path, settings):
    settings.IMPORT_MAX_FILE_BYTES = 5 * 1024 * 1024
    settings.IMPORT_MAX_ZIP_TOTAL_BYTES = 8_000_000
    just_over = tmp_path / "just-over.txt"
    just_over.write_bytes(ARTICLE.encode() + b" " * (settings.IMPORT_MAX_FILE_BYTES + 1 - len(ARTICLE.encode())))
    members = tmp_path / "members.zip"
    with zipfile.ZipFile(members, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("huge.txt", ARTICLE + "word " * 1_200_000)
    whole = tmp_path / "whole.zip"
    with zipfile.ZipFile(whole, "w", zipfile.ZIP_DEFLATED) as archive:
        for i in range(2):
            archive.writestr(f"part{i}.txt", ARTICLE + "word " * 900_000)
    code, out = run_import(just_over, members, whole)
    assert code == 1
    assert f"{just_over}: file too large: more than the limit of 5.24 MB" in out
    assert f"{members}/huge.txt: file too large: 6 MB, the limit is 5.24 MB" in out
    assert f"{whole}: zip too large: 9 MB, the limit is 8 MB" in out
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_latin1_text_is_decoded_not_garbled(tmp_path):
    text = ("Le conseil municipal a approuvé le budget de 3,5 millions d’euros pour l'école. " * 4).replace("’", "'")
    path = tmp_path / "fr.txt"
    path.write_bytes(("Budget approuvé à Genève\n\n" + text).encode("latin-1"))
    assert run_import(path)[0] == 0
    article = Article.objects.get()
    assert "approuvé" in article.text and "Genève" in article.raw_text


@pytest.mark.django_db
def test_missing_path_is_reported_and_the_command_fails(tmp_path):
    code, out = run_import(tmp_path / "nope.txt")
    assert code == 1 and "no such file or folder" in out


@pytest.mark.django_db
def test_folder_and_zip_are_walked(tmp_path, article_file):
    archive = tmp_path / "batch.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("inner/one.txt", ARTICLE.replace("Tuesday", "Monday"))
        zf.writestr("two.md", "# Title\n\n" + ARTICLE.replace("Tuesday", "Friday"))
    code, out = run_import(archive, article_file)
    assert code == 0, out
    assert Article.objects.count() == 3
    assert Article.objects.filter(origin__endswith="batch.zip/inner/one.txt").exists()


@pytest.mark.django_db
def test_zip_slip_members_are_rejected(tmp_path):
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("../../escape.txt", ARTICLE)
        zf.writestr("/abs/path.txt", ARTICLE.replace("Tuesday", "Monday"))
        zf.writestr("fine.txt", ARTICLE.replace("Tuesday", "Sunday"))
    code, out = run_import(archive)
    assert code == 1
    assert out.count("path leaves the archive's folder") == 2
    assert Article.objects.count() == 1


@pytest.mark.django_db
def test_zip_bomb_is_refused_before_unpacking(tmp_path, settings):
    settings.IMPORT_MAX_ZIP_TOTAL_BYTES = 5_000_000
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for n in range(3):
            zf.writestr(f"zeros{n}.txt", b"0" * 4_000_000)
    assert archive.stat().st_size < 100_000
    code, out = run_import(archive)
    assert code == 1 and f"{archive}: zip too large: 12 MB, the limit is 5 MB" in out
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_zip_with_too_many_members_is_refused(tmp_path, settings):
    settings.IMPORT_MAX_ZIP_MEMBERS = 3
    archive = tmp_path / "many.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for n in range(5):
            zf.writestr(f"a{n}.txt", ARTICLE + str(n))
    code, out = run_import(archive)
    assert code == 1 and "more than the limit of 3" in out


@pytest.mark.django_db
def test_html_with_scripts_is_stored_as_data(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Council votes on bridge</title><script>alert('x')</script></head><body>"
        "<article><h1>Council votes on bridge</h1><p>The city council voted 12 to 3 on Monday to build a "
        'new bridge for 80 million dollars, the mayor said.</p><img src=x onerror="alert(1)">'
        "<p>Work starts in spring and should take about two years, officials said at the meeting.</p>"
        "</article></body></html>"
    )
    assert run_import(page)[0] == 0
    article = Article.objects.get()
    assert "<script>" in article.raw_text
    assert "alert(" not in article.text
    assert "12 to 3" in article.text


@pytest.mark.django_db
def test_an_article_is_written_in_one_transaction(article_file, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(ArticleBlock.objects, "bulk_create", explode)
    with pytest.raises(RuntimeError):
        run_import(article_file)
    assert not Article.objects.exists()


def test_help_describes_the_command(capsys):
    with pytest.raises(SystemExit) as exit_info:
        call_command("import_articles", "--help")
    assert exit_info.value.code == 0
    assert "duplicate" in capsys.readouterr().out


@pytest.mark.django_db
def test_a_large_batch_is_cleaned_in_worker_processes_with_the_same_result(tmp_path):
    from verification.engine.synthetic import write_articles

    write_articles(tmp_path / "corpus", 60)
    (tmp_path / "corpus" / "broken.txt").write_bytes(b"\x00\x01\x02" * 50)
    code, out = run_import(tmp_path / "corpus", "--processes", "2")
    assert code == 1
    assert "61 files: 60 created, 0 duplicate, 1 rejected" in out
    assert Article.objects.count() == 60
    assert all(a.blocks.exists() and a.body for a in Article.objects.all())


@pytest.mark.django_db
def test_a_file_name_with_a_newline_still_gives_one_line(tmp_path):
    path = tmp_path / "two\nlines.txt"
    path.write_text(ARTICLE)
    code, out = run_import(path)
    assert code == 0
    assert any(line.startswith("created") and "two\\nlines.txt" in line for line in out.splitlines())


@pytest.mark.django_db
def test_a_nul_in_a_name_is_stored_escaped():
    from stories.services.importing import import_payloads
    from stories.services.sources import SourcePayload

    report = import_payloads(payloads=[SourcePayload("odd\x00name.txt", lambda: ARTICLE.encode())])
    assert report.counts["created"] == 1
    assert Article.objects.get().origin == "odd\\x00name.txt"


@pytest.mark.django_db
def test_symbolic_links_out_of_the_folder_are_refused(tmp_path, article_file):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(ARTICLE.replace("Tuesday", "Sunday"), encoding="utf-8")
    folder = tmp_path / "folder"
    (folder / "sub").mkdir(parents=True)
    (folder / "real.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "out.txt").symlink_to(outside / "secret.txt")
    (folder / "sub" / "up.txt").symlink_to("../../outside/secret.txt")
    (folder / "outdir").symlink_to(outside, target_is_directory=True)
    (folder / "broken.txt").symlink_to(folder / "nowhere.txt")
    (folder / "alias.txt").symlink_to(folder / "real.txt")

    code, out = run_import(folder)

    assert code == 1
    lines = {line.split(": ")[0].split()[-1]: line for line in out.splitlines() if ": " in line}
    for name in ("out.txt", "sub/up.txt", "outdir"):
        assert lines[f"{folder}/{name}"].startswith("rejected"), out
        assert "symbolic link that leads outside the folder" in lines[f"{folder}/{name}"]
    assert "broken symbolic link" in lines[f"{folder}/broken.txt"]
    # a link inside the folder is followed: the same file twice, once created and once a duplicate
    assert sorted(lines[f"{folder}/{name}"].split()[0] for name in ("real.txt", "alias.txt")) == [
        "created",
        "duplicate",
    ]
    assert Article.objects.count() == 1
    assert not Article.objects.filter(raw_text__contains="Sunday").exists()
