"""decode_text: bytes of an uploaded file -> text, or RejectedInput with a one-line reason."""

import codecs
import random
import zlib

import pytest

from stories.cleaning import RejectedInput, decode_text

GERMAN = "Grüße aus München: Die Straße ist schön, der Bär läuft über die Brücke."
FRENCH = "« Ça coûte 5 € », dit-elle à Noël ; l'été dernier, c'était déjà très cher."
SPANISH = "El niño comió piña en España, ¿verdad? Sí, y también jamón."
CZECH = "Příliš žluťoučký kůň úpěl ďábelské ódy."
RUSSIAN = "Привет, как дела? Это проверка кодировки текста для импорта."
CHINESE = "中文文本测试，这是一个用于导入的编码测试。"
JAPANESE = "日本語のテキストです。これはエンコードのテストです。"


def rejected(data: bytes, **kw) -> str:
    with pytest.raises(RejectedInput) as info:
        decode_text(data, **kw)
    reason = str(info.value)
    assert reason and "\n" not in reason
    return reason


def test_rejected_input_is_a_value_error_with_one_line_reason():
    exc = RejectedInput("two\nlines  here")
    assert isinstance(exc, ValueError)
    assert str(exc) == "two lines here"


@pytest.mark.parametrize("data", [b"", b"   ", b"\n\n\t \r\n", "\u00a0".encode("utf-8") * 3])
def test_empty_and_whitespace_only_are_rejected(data):
    assert "empty" in rejected(data)


def test_whitespace_only_utf16_is_rejected():
    assert "empty" in rejected(codecs.BOM_UTF16_LE + "   \n ".encode("utf-16-le"))


def test_oversize_is_rejected_with_the_limit():
    reason = rejected(b"a" * 2_000, max_bytes=1_000)
    assert "too large" in reason and "1 kB" in reason


def test_default_limit_is_five_megabytes():
    assert "5 MB" in rejected(b"word " * 1_000_001)
    assert decode_text(b"x" * 5_000_000)


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00", "GIF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "zip"),
        (zlib.compress(b"hello") and b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
        (b"\x7fELF\x02\x01\x01\x00", "executable"),
        (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", "executable"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "Office"),
        (b"SQLite format 3\x00\x10\x00", "SQLite"),
    ],
)
def test_binary_formats_are_named(data, kind):
    reason = rejected(data + bytes(range(256)))
    assert "binary" in reason and kind in reason


def test_text_starting_with_mz_is_text():
    assert decode_text(b"MZ Holdings reported a profit.") == "MZ Holdings reported a profit."


def test_nul_bytes_are_binary():
    assert "binary" in rejected(b"some text\x00\x01\x02\x00 more text \x00")


def test_control_characters_are_binary():
    data = bytes(random.Random(1).choice(range(1, 9)) for _ in range(500)) + b"abc"
    assert "binary" in rejected(data)


@pytest.mark.parametrize("seed", range(5))
def test_random_bytes_are_rejected(seed):
    rng = random.Random(seed)
    data = bytes(rng.randrange(1, 256) for _ in range(3000))
    rejected(data)


@pytest.mark.parametrize("text", [GERMAN, FRENCH, SPANISH, RUSSIAN, CHINESE, JAPANESE, "plain ascii"])
def test_utf8(text):
    assert decode_text(text.encode("utf-8")) == text


@pytest.mark.parametrize("text", [GERMAN, FRENCH.replace("€", "EUR"), SPANISH])
def test_latin1(text):
    assert decode_text(text.encode("latin-1")) == text


@pytest.mark.parametrize("text", [GERMAN, FRENCH, SPANISH, "“Curly quotes” – en dash … and €10"])
def test_cp1252(text):
    assert decode_text(text.encode("cp1252")) == text


def test_cp1250_central_european():
    assert decode_text(CZECH.encode("cp1250")) == CZECH


def test_cp1251_cyrillic():
    assert decode_text(RUSSIAN.encode("cp1251")) == RUSSIAN


def test_gb18030_chinese():
    assert decode_text(CHINESE.encode("gb18030")) == CHINESE


@pytest.mark.parametrize("text", [GERMAN, FRENCH, RUSSIAN, CHINESE])
@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-32"])
def test_byte_order_marks(text, encoding):
    if encoding == "utf-16-le-bom":
        data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    elif encoding == "utf-16-be-bom":
        data = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    else:
        data = text.encode(encoding)
    out = decode_text(data)
    assert out == text
    assert not out.startswith("\ufeff")


def test_utf16_without_bom():
    assert decode_text("Hello world, this is UTF-16 text.".encode("utf-16-le")) == "Hello world, this is UTF-16 text."


def test_broken_utf16_after_bom_is_rejected():
    assert "undecodable" in rejected(codecs.BOM_UTF16_LE + b"a\x00\x00\xd8")


def test_line_endings_and_content_are_kept_exactly():
    text = "Title\r\n\r\nFirst paragraph.\rSecond.\n"
    assert decode_text(text.encode("utf-8")) == text


def test_accepts_bytearray_and_memoryview():
    assert decode_text(bytearray(b"abc def")) == "abc def"
    assert decode_text(memoryview(b"abc def")) == "abc def"


def test_rejects_str():
    with pytest.raises(TypeError):
        decode_text("already text")
