"""Turn command-line paths and uploads into named byte payloads, refusing unsafe archives.

Folders are walked, zips are opened with limits on member count, total size and paths; nothing is
extracted to disk. Each payload is read lazily so a large batch never sits in memory at once.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.conf import settings

from stories.cleaning.decoding import too_large

SUPPORTED_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


@dataclass(frozen=True)
class SourcePayload:
    """One file to import: its name (origin), and either its bytes or the reason it cannot be read."""

    name: str
    read: Callable[[], bytes] | None
    problem: str = ""


def format_of(name: str) -> str | None:
    return SUPPORTED_SUFFIXES.get(PurePosixPath(name).suffix.lower())


def _bounded_reader(open_stream: Callable, limit: int) -> Callable[[], bytes]:
    """Read at most limit + 1 bytes, so an oversized file is caught without reading it whole."""

    def read() -> bytes:
        with open_stream() as stream:
            return stream.read(limit + 1)

    return read


class _OpenArchive:
    """A zip opened on the first member read and closed after the last, so a listing can outlive it."""

    def __init__(self, path: Path, members: int):
        self.path, self.remaining, self.archive = path, members, None

    def reader(self, info: zipfile.ZipInfo, limit: int) -> Callable[[], bytes]:
        def read() -> bytes:
            if self.archive is None:
                self.archive = zipfile.ZipFile(self.path)
            try:
                with self.archive.open(info) as stream:
                    return stream.read(limit + 1)
            finally:
                self.remaining -= 1
                if self.remaining <= 0:
                    self.archive.close()
                    self.archive = None

        return read


def payloads_from_zip(path: Path, *, display_name: str) -> Iterator[SourcePayload]:
    max_file = settings.IMPORT_MAX_FILE_BYTES
    try:
        with zipfile.ZipFile(path) as archive:
            members = [info for info in archive.infolist() if not info.is_dir()]
    except (zipfile.BadZipFile, OSError) as exc:
        yield SourcePayload(display_name, None, f"not a readable zip archive ({exc})")
        return
    if len(members) > settings.IMPORT_MAX_ZIP_MEMBERS:
        yield SourcePayload(
            display_name,
            None,
            f"zip holds {len(members)} files, more than the limit of {settings.IMPORT_MAX_ZIP_MEMBERS}",
        )
        return
    total = sum(info.file_size for info in members)
    if total > settings.IMPORT_MAX_ZIP_TOTAL_BYTES:
        yield SourcePayload(display_name, None, too_large(total, settings.IMPORT_MAX_ZIP_TOTAL_BYTES, what="zip"))
        return
    accepted = []
    for info in members:
        name = f"{display_name}/{info.filename}"
        member = PurePosixPath(info.filename.replace("\\", "/"))
        if member.is_absolute() or ".." in member.parts or (member.parts and ":" in member.parts[0]):
            yield SourcePayload(name, None, "path leaves the archive's folder")
        elif info.filename.lower().endswith(".zip"):
            yield SourcePayload(name, None, "zips inside zips are not opened")
        elif format_of(info.filename) is None:
            yield SourcePayload(name, None, _unsupported_reason(info.filename))
        elif info.file_size > max_file:
            yield SourcePayload(name, None, too_large(info.file_size, max_file))
        elif info.compress_size and info.file_size / info.compress_size > 200 and info.file_size > 1_000_000:
            yield SourcePayload(name, None, "compression ratio is implausibly high (zip bomb)")
        else:
            accepted.append((name, info))
    archive = _OpenArchive(path, len(accepted))
    for name, info in accepted:
        yield SourcePayload(name, archive.reader(info, max_file))


def _unsupported_reason(name: str) -> str:
    suffix = PurePosixPath(name).suffix or "no extension"
    return f"unsupported file type ({suffix}); use .txt, .md or .html"


def payloads_from_paths(paths: list[str | os.PathLike]) -> Iterator[SourcePayload]:
    """Every file under the given paths, in a stable order; zips are opened, folders walked.

    A symbolic link inside a folder is followed only when it stays inside that folder: one that
    points elsewhere (x.txt -> /etc/hostname) is refused, so a folder can never import what lies
    outside it.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            root = path.resolve()
            for child in sorted(
                p for p in path.rglob("*") if not p.name.startswith(".") and (p.is_symlink() or p.is_file())
            ):
                problem = _outside_problem(child, root)
                if problem:
                    yield SourcePayload(str(child), None, problem)
                elif child.is_file():
                    yield from _payloads_from_file(child, display_name=str(child))
        elif path.is_file():
            yield from _payloads_from_file(path, display_name=str(path))
        else:
            yield SourcePayload(str(path), None, "no such file or folder")


def _outside_problem(child: Path, root: Path) -> str:
    """Why a file found in the folder `root` may not be imported (a link out of it, a broken link), or ''."""
    try:
        target = child.resolve(strict=True)
    except (OSError, RuntimeError):  # a broken link, or a loop of links
        return "a broken symbolic link (it leads to no file); not imported"
    if not target.is_relative_to(root):
        return "a symbolic link that leads outside the folder; not imported"
    if not target.is_file():
        return "not a regular file"
    return ""


def _payloads_from_file(path: Path, *, display_name: str) -> Iterator[SourcePayload]:
    if path.suffix.lower() == ".zip":
        yield from payloads_from_zip(path, display_name=display_name)
    elif format_of(path.name) is None:
        yield SourcePayload(display_name, None, _unsupported_reason(path.name))
    else:
        limit = settings.IMPORT_MAX_FILE_BYTES
        try:
            size = path.stat().st_size
        except OSError:
            size = 0  # reading it says why it cannot be read
        if size > limit:
            yield SourcePayload(display_name, None, too_large(size, limit))
        else:
            yield SourcePayload(display_name, _bounded_reader(lambda: open(path, "rb"), limit))


def payloads_from_uploads(uploads) -> Iterator[SourcePayload]:
    """Files uploaded in the admin (not zips: those are imported on the worker from disk)."""
    limit = settings.IMPORT_MAX_FILE_BYTES
    for upload in uploads:
        if format_of(upload.name) is None:
            yield SourcePayload(upload.name, None, _unsupported_reason(upload.name))
        elif upload.size > limit:
            yield SourcePayload(upload.name, None, too_large(upload.size, limit))
        else:
            yield SourcePayload(upload.name, lambda upload=upload: upload.read(limit + 1))
