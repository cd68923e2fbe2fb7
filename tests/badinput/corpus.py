"""A corpus of crafted bad-input files, each paired with the outcome the importer must report.

    write_corpus(folder) -> list[Expected]

Encodings, sizes, binary files, HTML attacks, zip slip and zip bombs, enormous lines, Markdown edge
cases, numbers and dates at the edges, right-to-left and emoji text, CR/CRLF line endings, and
shapes crafted to make a parser or a pattern take quadratic time (CRAFTED: "[" * 150000, "<!--"
repeated...). The files are generated (nothing binary is checked in); the same call writes the
same bytes.

The size and zip limits the expectations assume are LIMITS: apply them to the settings while importing.
"""

from __future__ import annotations

import codecs
import gzip
import io
import random
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

CREATED, DUPLICATE, REJECTED = "created", "duplicate", "rejected"

# The settings the expectations assume (the one-line file size limit stays above a 4 MB line).
LIMITS = {
    "IMPORT_MAX_FILE_BYTES": 4_400_000,
    "IMPORT_MAX_ZIP_MEMBERS": 20,
    "IMPORT_MAX_ZIP_TOTAL_BYTES": 8_000_000,
}
LIMIT = LIMITS["IMPORT_MAX_FILE_BYTES"]


@dataclass(frozen=True)
class Expected:
    """One outcome line: the name relative to the corpus folder (zip members as zip/member)."""

    name: str
    status: str
    reason: str = ""  # a substring of the one-line reason (rejected / duplicate)
    absent: tuple[str, ...] = ()  # substrings that must not be in the stored article's cleaned text
    present: tuple[str, ...] = ()  # substrings that must be in it
    note: str = field(default="", compare=False)


_TOPICS = [
    ("harbour authority", "container terminal", "euros", "Rotterdam"),
    ("city council", "tram line", "dollars", "Portland"),
    ("water utility", "desalination plant", "pounds", "Bristol"),
    ("rail operator", "night train", "francs", "Geneva"),
    ("university", "research campus", "kronor", "Uppsala"),
    ("airline", "long-haul route", "dollars", "Auckland"),
    ("energy company", "offshore wind farm", "euros", "Esbjerg"),
    ("hospital trust", "cancer centre", "pounds", "Leeds"),
    ("chip maker", "fabrication plant", "dollars", "Phoenix"),
    ("ferry company", "electric ferry", "kroner", "Bergen"),
]


def article(n: int, extra: str = "", *, newline: str = "\n") -> str:
    """A plausible short news article, different for every n (so no two files are duplicates)."""
    who, what, currency, city = _TOPICS[n % len(_TOPICS)]
    amount, jobs, year = 100 + 37 * n, 200 + 11 * n, 2027 + n % 5
    title = f"{who.title()} approves {what} in {city} ({n})"
    paragraphs = [
        title,
        f"The {who} in {city} on Tuesday approved a new {what} that will cost {amount} million {currency} "
        f"and create about {jobs} jobs, its chairman said in a statement.",
        f"Construction is due to start next year and the {what} is expected to open in {year}, according to "
        f"the plan, which was approved by a large majority of the board after months of public consultation.",
        f"Critics said the project number {n} was too expensive, but supporters argued that the region needed "
        f"the investment and that the {who} had kept its previous projects on budget and on time.",
    ]
    if extra:
        paragraphs.append(extra)
    return (newline * 2).join(paragraphs) + newline


def html_page(n: int, head: str = "", body_extra: str = "", *, before: str = "") -> str:
    paras = article(n).strip().split("\n\n")
    body = "".join(f"<p>{p}</p>\n" for p in paras[1:])
    return (
        f"<!DOCTYPE html>\n<html><head><title>{paras[0]}</title>{head}</head>\n<body>{before}"
        f"<article><h1>{paras[0]}</h1>\n{body}{body_extra}</article></body></html>\n"
    )


def ordinary_text(size: int) -> str:
    """About `size` characters of ordinary articles, one after the other: the yardstick for CRAFTED."""
    parts, total, n = [], 0, 0
    while total < size:
        parts.append(article(n))
        total += len(parts[-1]) + 1
        n += 1
    return "\n".join(parts)[:size]


def _repeat(unit: str, size: int, head: str = "") -> str:
    return head + (unit * (size // len(unit) + 1))[:size]


def _letters(i: int) -> str:
    """A word of consonants for i: distinct words without digits (which no word pattern counts)."""
    out = ""
    i += 1
    while i:
        i, r = divmod(i, 19)
        out += "bcdfghjklmnpqrstvwx"[r]
    return out


def _lines_spreading_a_language_switch(size: int) -> str:
    """Short lines with one German word each, then a German paragraph, after English prose: the
    language switch spreads backwards through all the lines."""
    count = min(19_000, size // 30)
    pad = "x" * max(0, size // count - 20)
    lines = "\n".join(f"Hund und {_letters(i)}zug {pad}" for i in range(count))
    return (
        article(0) + "\n" + lines + "\n\nDer Hund und die Katze sind nicht mehr in der Stadt, weil sie auf "
        "dem Land leben wollen und dort mehr Platz haben.\n"
    )


def _many_short_paragraphs(size: int) -> str:
    count = min(19_000, size // 30)
    pad = "y" * max(0, size // count - 20)
    return "\n\n".join(f"Word {_letters(i)} here {pad}." for i in range(count))


# Inputs shaped to make a backtracking pattern or a parser re-scan the rest of the text from every
# position (quadratic or worse). name -> (file extension, builder of about `size` characters).
CRAFTED = {
    "brackets": (".md", lambda size: _repeat("[", size, "Crafted title\n\n")),
    "brackets-text": (".txt", lambda size: _repeat("[", size, "Crafted title\n\n")),
    "link-openers": (".md", lambda size: _repeat("[a](", size, "Crafted title\n\n")),
    "image-openers": (".md", lambda size: _repeat("![", size, "Crafted title\n\n")),
    "reference-openers": (".md", lambda size: _repeat("[a][", size, "Crafted title\n\n")),
    "unclosed-bold": (".md", lambda size: _repeat("**a ", size, "Crafted title\n\n")),
    "unclosed-underscores": (".md", lambda size: _repeat("__a ", size, "Crafted title\n\n")),
    "tag-openers-md": (".md", lambda size: _repeat("<a ", size, "Crafted title\n\n")),
    "blank-lines": (".md", lambda size: _repeat("\n", size, "Crafted title\n\n") + "Crafted text."),
    "space-lines": (".md", lambda size: _repeat(" \n", size, "Crafted title\n\n") + "Crafted text."),
    "heading-of-spaces": (".md", lambda size: "# a" + " " * size + "b"),
    "list-items": (".md", lambda size: _repeat("- a\n", size, "Crafted title\n\n")),
    "comment-openers": (".html", lambda size: _repeat("<!--", size)),
    "comment-openers-after-comment": (".html", lambda size: "<p>a</p><!-- b -->" + _repeat("<!--", size)),
    "tag-openers": (".html", lambda size: _repeat("<a ", size)),
    "unclosed-quotes": (".html", lambda size: _repeat("<a href='", size)),
    "h1-openers": (".html", lambda size: _repeat("<h1>", size)),
    "declaration-openers": (".html", lambda size: _repeat("<!", size)),
    "deep-nesting": (".html", lambda size: "<html><body>" + _repeat("<div>", size) + article(0)),
    "unclosed-script": (".html", lambda size: "<html><body><p>Crafted text.</p><script>" + _repeat("a", size)),
    "links-in-html": (".html", lambda size: "<html><body><p>" + _repeat("[a](", size)),
    "language-switch-chain": (".txt", _lines_spreading_a_language_switch),
    "short-paragraphs": (".txt", _many_short_paragraphs),
    "one-word": (".txt", lambda size: "Crafted title\n\n" + "a" * size),
    "date-run": (".txt", lambda size: _repeat("2024-", size, "Crafted title\n\n")),
    # runs the cleaner passes over to find where an article goes on: captions between credits, lines of
    # figures and names, the items of a list it introduces, the writer's name next to a date label
    "caption-credits": (
        ".txt",
        lambda size: _repeat("Cars in the street.\n\nFoto: Jane Doe (EPA)\n\n", size, article(0) + "\n\n"),
    ),
    "figure-lines": (
        ".txt",
        lambda size: _repeat("Okafor 2\n\n• J Okafor (12. Minute)\n\n", size, "Crafted title\n\n") + article(0),
    ),
    "introduced-items": (
        ".txt",
        lambda size: _repeat("• Schools: two renovated.\n\n", size, article(0) + "\n\nThe impact:\n\n"),
    ),
    "name-and-date-labels": (
        ".txt",
        lambda size: (
            _repeat("Jane Doe\n\nUpdated:\n\nA line of crafted text.\n\n", size, "Crafted title\n\n") + article(0)
        ),
    ),
    # a run of sentence ends inside prose: the claim engine's sentence splitter meets it too
    "sentence-end-run": (
        ".txt",
        lambda size: article(0).replace("chairman said", "chairman said" + _repeat(".!?", size), 1),
    ),
}


def crafted(name: str, size: int) -> tuple[str, str]:
    """(file name, text) of about `size` characters of the crafted shape `name`."""
    extension, build = CRAFTED[name]
    return f"{name}{extension}", build(size)


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + bytes([x * 16 % 256, 0, 255 - x]) * 16 for x in range(16))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _pdf() -> bytes:
    return (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    )


def _zip_bytes(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), data, compress_type=compression)
    return buffer.getvalue()


def _elf() -> bytes:
    header = (
        b"\x7fELF\x02\x01\x01"
        + b"\x00" * 9
        + struct.pack("<HHIQQQIHHHHHH", 2, 62, 1, 0x401000, 64, 0, 0, 64, 56, 0, 64, 0, 0)
    )
    return header + b"\x00" * 64 + b"\x48\x31\xc0\xc3" * 16


def _nested_divs(n: int, depth: int) -> str:
    inner = "".join(f"<p>{p}</p>" for p in article(n).strip().split("\n\n"))
    return f"<!DOCTYPE html><html><body>{'<div>' * depth}{inner}{'</div>' * depth}</body></html>"


def build() -> list[tuple[str, bytes, list[Expected]]]:
    """(relative path, bytes, expected outcomes) for every file; zips carry one outcome per member."""
    rnd = random.Random(20260521)
    files: list[tuple[str, bytes, list[Expected]]] = []
    counter = iter(range(1, 10_000))

    def add(path: str, data: bytes, status: str = CREATED, reason: str = "", **kw) -> None:
        files.append((path, data, [Expected(path, status, reason, **kw)]))

    # --- encodings -----------------------------------------------------------------------------
    base = article(next(counter), "The chairman, José Müller, thanked the «citizens' panel» for its work.")
    add("enc/utf8.txt", base.encode("utf-8"), present=("José Müller",))
    add(
        "enc/utf8-bom.txt",
        codecs.BOM_UTF8 + article(next(counter), "Café naïve façade.").encode("utf-8"),
        present=("Café naïve façade",),
    )
    add(
        "enc/utf16le-bom.txt",
        codecs.BOM_UTF16_LE + article(next(counter), "Zoë's façade.").encode("utf-16-le"),
        present=("Zoë's façade",),
    )
    add(
        "enc/utf16be-bom.txt",
        codecs.BOM_UTF16_BE + article(next(counter), "Ångström rule.").encode("utf-16-be"),
        present=("Ångström rule",),
    )
    add("enc/utf16le-nobom.txt", article(next(counter)).encode("utf-16-le"))
    add("enc/utf32-bom.txt", article(next(counter), "Smørrebrød for all.").encode("utf-32"), present=("Smørrebrød",))
    german = (
        "Hafenbehörde genehmigt neues Containerterminal in Hamburg\n\n"
        "Die Hafenbehörde in Hamburg hat am Dienstag ein neues Containerterminal genehmigt, das 450 Millionen "
        "Euro kosten und rund 1.200 Arbeitsplätze schaffen soll, teilte der Vorsitzende mit.\n\n"
        "Der Bau soll im nächsten Jahr beginnen, und die ersten Schiffe werden nach dem Plan im Jahr 2029 "
        "erwartet. Kritiker äußerten Bedenken wegen der Größe des Projekts und der Kosten für die Stadt.\n"
    )
    add("enc/latin1.txt", german.encode("latin-1"), present=("Hafenbehörde", "äußerten"))
    french = (
        "La mairie approuve un nouveau tramway à Lyon\n\n"
        "La mairie de Lyon a approuvé mardi un nouveau tramway qui coûtera 320 millions d’euros et créera "
        "environ 800 emplois, a déclaré le maire dans un communiqué publié en fin de journée.\n\n"
        "Les travaux doivent commencer l’année prochaine et la ligne devrait ouvrir en 2028 – selon le plan – "
        "après des mois de consultation publique. Le coût est estimé à 320 € par habitant.\n"
    )
    add("enc/cp1252.txt", french.encode("cp1252"), present=("approuvé", "d’euros", "320 €"))
    japanese = (
        "港湾局が新しいコンテナターミナルを承認\n\n"
        "港湾局は火曜日、総額四億五千万ユーロの新しいコンテナターミナルを承認したと発表した。"
        "約千二百人の雇用が生まれる見込みで、建設は来年始まる予定だという。\n\n"
        "計画によると、最初の船は二〇二九年に入港する見通しで、地元の経済団体は投資を歓迎している。"
        "一方で、費用が高すぎるとの批判も市民の間で根強く残っている。\n"
    )
    add("enc/shift-jis.txt", japanese.encode("shift_jis"), present=("港湾局",))
    mixed = article(next(counter), "A stray byte here: \x00").replace("\x00", "").encode("utf-8")
    mixed = mixed.replace(b"statement", b"state\xe9ment", 1)  # one latin-1 byte in UTF-8 text
    add("enc/mixed-utf8-latin1.txt", mixed, note="decoded by detection; one accented letter")
    add("enc/garbage-high-bytes.txt", bytes(rnd.randrange(0x80, 0x100) for _ in range(3000)), REJECTED, "undecodable")
    add(
        "enc/bom-then-invalid.txt",
        codecs.BOM_UTF8 + b"Title\n\n" + b"\xff\xfe\xfd" * 50,
        REJECTED,
        "after a byte-order mark",
    )
    lone = article(next(counter), "Escaped lone surrogates: \\ud800 and \\udfff and \\u0000 stay text.")
    add("enc/lone-surrogate-escaped.txt", lone.encode("utf-8"), present=("\\ud800",))
    cesu = article(next(counter)).encode("utf-8").replace(b"chairman", b"chair\xed\xa0\x80man", 1)
    add("enc/lone-surrogate-bytes.txt", cesu, note="UTF-8-encoded surrogate: decoded by detection, never a crash")

    # --- sizes ---------------------------------------------------------------------------------
    add("size/empty.txt", b"", REJECTED, "empty file")
    add("size/whitespace.txt", b" \n\t\r\n   \n", REJECTED, "only white space")
    # A one-letter file is accepted as a (very short) article: the importer has no minimum length.
    add("size/one-byte.txt", b"a", present=("a",))
    at_limit = article(next(counter)).encode("utf-8")
    add("size/exactly-limit.txt", at_limit + b"\n" * (LIMIT - len(at_limit)))
    over = article(next(counter)).encode("utf-8")
    add("size/limit-plus-one.txt", over + b"\n" * (LIMIT + 1 - len(over)), REJECTED, "file too large")

    # --- binary --------------------------------------------------------------------------------
    add("bin/image.txt", _png(), REJECTED, "PNG image")
    add("bin/document.txt", _pdf(), REJECTED, "PDF document")
    add("bin/archive.txt", _zip_bytes({"a.txt": article(999).encode()}), REJECTED, "zip archive")
    add("bin/program.txt", _elf(), REJECTED, "executable")
    add("bin/random.txt", bytes(rnd.randrange(256) for _ in range(4096)), REJECTED, "binary file")
    add("bin/nul-padded.txt", article(next(counter)).encode("utf-8") + b"\x00" * 2048, REJECTED, "NUL bytes")
    add("bin/compressed.txt", gzip.compress(article(998).encode(), mtime=0), REJECTED, "gzip archive")
    add(
        "bin/controls.txt",
        bytes(rnd.choice(b"\x01\x02\x03\x04\x05abc ") for _ in range(3000)),
        REJECTED,
        "control characters",
    )
    add("bin/photo.png", _png(), REJECTED, "unsupported file type (.png)")
    add("bin/README", b"Just a readme.\n", REJECTED, "unsupported file type (no extension)")

    # --- HTML attacks --------------------------------------------------------------------------
    attack = ("alert(", "javascript:", "onerror", "onload", "<script", "<iframe", "expression(")
    add(
        "html/script.html",
        html_page(
            next(counter), "<script>alert('head')</script>", "<script>document.write('<p>alert(1)</p>')</script>"
        ).encode(),
        absent=attack,
    )
    add(
        "html/onerror.html",
        html_page(next(counter), body_extra='<img src=x onerror="alert(1)">').encode(),
        absent=attack,
    )
    add(
        "html/javascript-url.html",
        html_page(
            next(counter),
            body_extra='<p>See <a href="javascript:alert(1)">the plan</a> and '
            '<a href="JaVaScRiPt&colon;alert(2)">details</a>.</p>',
        ).encode(),
        absent=attack,
    )
    add(
        "html/svg-onload.html",
        html_page(next(counter), body_extra='<svg onload="alert(1)"><script>alert(2)</script></svg>').encode(),
        absent=attack,
    )
    add(
        "html/iframe.html",
        html_page(
            next(counter),
            body_extra='<iframe src="javascript:alert(1)"></iframe>'
            '<iframe srcdoc="<script>alert(2)</script>">'
            "</iframe>",
        ).encode(),
        absent=attack,
    )
    add(
        "html/style-expression.html",
        html_page(
            next(counter),
            '<style>body { width: expression(alert(1)); background: url("javascript:alert(2)") }</style>',
            '<div style="width: expression(alert(3))">x</div>',
        ).encode(),
        absent=attack,
    )
    unclosed = html_page(next(counter)).replace("</p>", "").replace("</article></body></html>", "<div><span><b")
    add("html/unclosed-tags.html", unclosed.encode())
    add("html/nested-divs.html", _nested_divs(next(counter), 50_000).encode())
    add("html/comment-bomb.html", html_page(next(counter), before="<!-- a -->" * 60_000 + "<!--<!--<!--").encode())
    # An unterminated comment hides nothing: the text after it is kept (as trafilatura reads it).
    add("html/unterminated-comment.html", ("<html><body><!-- " + article(next(counter))).encode())
    add(
        "html/only-script.html",
        b"<html><head><script>alert(1)</script></head><body><script>while(1){}</script></body></html>",
        REJECTED,
        "no article text",
    )
    add(
        "html/script-in-text.txt",
        article(next(counter), "The exhibit showed <script>alert(1)</script> as an example of an attack.").encode(),
        present=("<script>alert(1)</script>",),
        note="plain text keeps markup as data",
    )

    # --- zip slip and bombs --------------------------------------------------------------------
    def add_zip(path: str, members: dict[str, bytes], outcomes: dict[str, tuple], **kw) -> None:
        files.append((path, _zip_bytes(members, **kw), [Expected(f"{path}/{m}", *o) for m, o in outcomes.items()]))

    slip = {
        "../escape.txt": article(900).encode(),
        "/etc/absolute.txt": article(901).encode(),
        "C:/Windows/drive.txt": article(902).encode(),
        "..\\..\\backslash.txt": article(903).encode(),
        "sub/../../up.txt": article(904).encode(),
        "d:relative.txt": article(905).encode(),
        "inside/good.txt": article(next(counter)).encode(),
    }
    add_zip(
        "zip/slip.zip",
        slip,
        {m: (REJECTED, "leaves the archive") for m in slip if "good" not in m} | {"inside/good.txt": (CREATED,)},
    )
    add_zip(
        "zip/ratio-bomb.zip",
        {"bomb.txt": b" " * 3_000_000, "fine.txt": article(next(counter)).encode()},
        {"bomb.txt": (REJECTED, "zip bomb"), "fine.txt": (CREATED,)},
    )
    files.append(
        (
            "zip/member-count.zip",
            _zip_bytes({f"m{i}.txt": b"x" for i in range(21)}),
            [Expected("zip/member-count.zip", REJECTED, "more than the limit of 20")],
        )
    )
    files.append(
        (
            "zip/total-size.zip",
            _zip_bytes({f"big{i}.txt": b"a " * 1_500_000 for i in range(3)}),
            [Expected("zip/total-size.zip", REJECTED, "zip too large: 9 MB, the limit is")],
        )
    )
    add_zip(
        "zip/nested.zip",
        {
            "inner.zip": _zip_bytes({"deep.txt": article(906).encode()}),
            "outer.txt": article(next(counter)).encode(),
            "tool.exe": _elf(),
            "huge.txt": b"b" * (LIMIT + 10),
        },
        {
            "inner.zip": (REJECTED, "zips inside zips"),
            "outer.txt": (CREATED,),
            "tool.exe": (REJECTED, "unsupported file type (.exe)"),
            "huge.txt": (REJECTED, "file too large"),
        },
    )
    files.append(
        (
            "zip/corrupt.zip",
            b"PK\x03\x04" + bytes(rnd.randrange(256) for _ in range(500)),
            [Expected("zip/corrupt.zip", REJECTED, "not a readable zip")],
        )
    )
    add_zip(
        "zip/stored-members.zip",
        {"a.md": f"# Zip stored\n\n{article(next(counter))}".encode(), "b/empty.txt": b""},
        {"a.md": (CREATED,), "b/empty.txt": (REJECTED, "empty file")},
        compression=zipfile.ZIP_STORED,
    )

    # --- enormous lines ------------------------------------------------------------------------
    sentence = "The council said the new tram line would carry 40,000 passengers a day by 2030. "
    line = (sentence * (4 * 1024 * 1024 // len(sentence) + 1))[: 4 * 1024 * 1024]
    add("big/one-4mb-line.txt", (f"Council approves tram line ({next(counter)})\n\n" + line + "\n").encode())
    add(
        "big/30k-lines.txt",
        "\n\n".join(f"Line {i} of the list." for i in range(30_000)).encode(),
        REJECTED,
        "paragraphs, the limit is",
    )

    # --- Markdown edge cases -------------------------------------------------------------------
    n = next(counter)
    add(
        "md/front-matter.md",
        (f'---\ntitle: "Front: matter" \ndate: 2026-02-31\ntags: [a, b\n---\n\n# {article(n)}').encode(),
    )
    add(
        "md/code-and-tables.md",
        (
            f"# Tables and code ({next(counter)})\n\n"
            + article(next(counter))
            + "\n```python\nprint('unterminated fence'\n\n| a | b |\n|---|---|\n| 1e308 | -0 |\n"
        ).encode(),
    )
    add(
        "md/links-images.md",
        (
            article(next(counter)) + "\n[click](javascript:alert(1)) ![x](data:text/html;base64,PHNjcmlwdD4=) "
            '<script>alert(1)</script> [ref][1]\n\n[1]: http://example.com "t"\n'
        ).encode(),
    )
    add("md/only-headings.md", b"# One\n\n## Two\n\n### Three\n", note="headings alone are kept as text")
    add("md/empty-front-matter.md", b"---\n---\n", REJECTED, "no article text")
    add(
        "md/deep-lists.md",
        (
            article(next(counter))
            + "\n"
            + "".join("  " * i + f"- item {i}\n" for i in range(300))
            + "> " * 200
            + "quote\n"
        ).encode(),
    )

    # --- numbers and dates at the edges --------------------------------------------------------
    add(
        "num/huge-floats.txt",
        article(
            next(counter),
            (
                "The model put the risk at 1e308 and 1.8e308 dollars, an inflation of -0 per cent, a change of -0.0% "
                "and 0.000000000000000000001 per cent, NaN points and Infinity euros."
            ),
        ).encode(),
    )
    add(
        "num/trillion-trillion.txt",
        article(
            next(counter),
            (
                "Officials said 10^30 dollars, or a trillion trillion dollars, 99999999999999999999 people and "
                "1,000,000,000,000,000,000,000,000,000 tonnes were involved, up 100000000000000000000%."
            ),
        ).encode(),
    )
    add(
        "num/date-edges.txt",
        article(
            next(counter),
            (
                "The agreement dated 31 February 2026 replaces one from the year 0 and runs until 31 December 9999; "
                "it was signed on 0000-00-00, on 2026-13-45 and on February 30, 10000."
            ),
        ).encode(),
    )
    add(
        "num/relative-undated.txt",
        (
            "Stadtrat beschließt neue Straßenbahnlinie in Freiburg\n\n"
            "Der Stadtrat hat eine neue Straßenbahnlinie beschlossen, die bis Ende dieses Jahres 120 Millionen Euro "
            "kosten und nächstes Jahr rund 300 Arbeitsplätze schaffen soll, sagte der Bürgermeister am Mittwoch.\n\n"
            "Die Bauarbeiten sollen im Frühjahr beginnen; letztes Jahr hatte der Rat einen ähnlichen Plan noch "
            "abgelehnt, weil die Kosten vorigen Monat um ein Drittel gestiegen waren.\n"
        ).encode(),
    )
    add(
        "num/mixed-scripts-numbers.txt",
        article(
            next(counter), ("Die Kosten: ٣٠٠ مليون دولار, ३०० करोड़, 三億ドル, 3,5 Mrd. €, ¥3.5bn, 3½ million, Ⅻ jobs.")
        ).encode(),
    )

    # --- right-to-left, emoji, line endings ----------------------------------------------------
    arabic = (
        "هيئة الميناء توافق على محطة حاويات جديدة في الإسكندرية\n\n"
        "وافقت هيئة الميناء في الإسكندرية يوم الثلاثاء على إنشاء محطة حاويات جديدة بتكلفة 450 مليون يورو، "
        "ومن المتوقع أن توفر نحو 1200 وظيفة، بحسب ما قال رئيس الهيئة في بيان رسمي.\n\n"
        "ومن المقرر أن يبدأ البناء في العام المقبل، وأن تصل أولى السفن في عام 2029 وفقا للخطة التي وافق "
        "عليها مجلس الإدارة بعد أشهر من المشاورات العامة مع السكان والشركات المحلية.\n"
    )
    add("text/arabic-rtl.txt", arabic.encode("utf-8"), present=("الإسكندرية",))
    bidi = ("\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069")
    add(
        "text/bidi-controls.txt",
        article(
            next(counter), ("File \u202egnp.exe\u202c and \u2067שלום\u2069 with \u200fmarks\u200e inside.")
        ).encode(),
        absent=bidi,
        present=("\u202egnp.exe",),
        note="overrides stripped from the text, kept in the raw text",
    )
    add(
        "text/bidi-title.html",
        html_page(next(counter))
        .replace("<title>", "<title>\u202eTerminal \u2066approved\u2069 ")
        .replace("<h1>", "<h1>\u202d")
        .encode(),
        absent=bidi,
    )
    add(
        "text/emoji.txt",
        article(next(counter), ("Reactions: 👍🏽 👨‍👩‍👧‍👦 🏳️‍🌈 🇸🇬 and 1️⃣0️⃣0️⃣ people 🎉🎉🎉.")).encode(),
        present=("🇸🇬",),
    )
    add(
        "text/zero-width.txt", article(next(counter), "Zero\u200bwidth\u00adsoft\u2060joined\ufeffBOM inside.").encode()
    )
    add(
        "text/combining-zalgo.txt",
        article(next(counter), "Z\u0351\u0352\u0353a\u0300\u0301\u0302l" + "\u0303" * 200 + "go text.").encode(),
    )
    add("text/crlf.txt", article(next(counter), newline="\r\n").encode())
    add("text/cr-only.txt", article(next(counter), newline="\r").encode())
    add("text/tabs-and-formfeeds.txt", article(next(counter)).replace("\n\n", "\n\f\t\n").encode())

    # --- shapes crafted to take quadratic time (the size: 150 KB) -------------------------
    no_text = {
        "brackets",
        "brackets-text",
        "image-openers",
        "heading-of-spaces",
        "comment-openers",
        "tag-openers",
        "unclosed-quotes",
        "h1-openers",
        "declaration-openers",
        "date-run",
    }
    too_many = {"list-items": "paragraphs, the limit is"}
    for name in CRAFTED:
        file_name, text = crafted(name, 150_000)
        if name in no_text:
            add(f"crafted/{file_name}", text.encode(), REJECTED, "no article text")
        elif name in too_many:
            add(f"crafted/{file_name}", text.encode(), REJECTED, too_many[name])
        else:
            add(f"crafted/{file_name}", text.encode())

    # --- duplicates in the same batch ---------------------------------------------------------
    add("zz-dup/same-as-utf8.txt", base.encode("utf-8"), DUPLICATE, "same content as article")
    add(
        "zz-dup/same-as-utf8-crlf-latin1.txt",
        base.replace("\n", "\r\n").encode("latin-1"),
        DUPLICATE,
        "same content as article",
    )
    add("zz-dup/same-as-utf8-utf16.txt", base.encode("utf-16"), DUPLICATE, "same content as article")
    return files


def write_corpus(folder: Path) -> list[Expected]:
    folder = Path(folder)
    expected: list[Expected] = []
    for rel, data, outcomes in build():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expected.extend(outcomes)
    return expected
