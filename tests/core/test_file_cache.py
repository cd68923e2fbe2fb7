"""The default shared cache (core.cache.FileCache): Django's file cache, storing values as they are."""

import gzip
import time

import pytest
from django.core.cache.backends.filebased import FileBasedCache

from core.cache import FileCache


@pytest.fixture
def file_cache(tmp_path):
    return FileCache(str(tmp_path), {})


def test_values_round_trip_and_expire(file_cache):
    page = (gzip.compress(b"<p>page</p>" * 100), "text/html; charset=utf-8")
    file_cache.set("page", page, 60)
    assert file_cache.get("page") == page
    assert not file_cache.add("page", "other", 60) and file_cache.get("page") == page
    file_cache.set("brief", "gone soon", 0.05)
    time.sleep(0.1)
    assert file_cache.get("brief") is None and file_cache.get("brief", "default") == "default"
    assert file_cache.add("brief", "back", 60) and file_cache.get("brief") == "back"


def test_a_stored_page_is_written_as_it_is_not_compressed_again(file_cache, tmp_path):
    page = gzip.compress(bytes(range(256)) * 200)
    file_cache.set("page", page, 60)
    [stored] = tmp_path.glob("*.cache")
    assert page in stored.read_bytes()  # the gzipped bytes themselves, not a zlib stream of them


def test_touch_sets_a_new_lifetime_and_keeps_the_value(file_cache):
    file_cache.set("page", b"x" * 1000, 0.05)
    assert file_cache.touch("page", 60)
    time.sleep(0.1)
    assert file_cache.get("page") == b"x" * 1000
    assert not file_cache.touch("missing", 60)


def test_django_s_compressed_files_in_the_same_folder_are_never_read(tmp_path):
    FileBasedCache(str(tmp_path), {}).set("page", "from Django's backend", 60)
    cache = FileCache(str(tmp_path), {})
    assert cache.get("page") is None
    cache.set("page", "ours", 60)
    assert cache.get("page") == "ours"
    cache.clear()
    assert FileBasedCache(str(tmp_path), {}).get("page") == "from Django's backend"
