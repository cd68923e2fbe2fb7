"""`manage.py create_demo_accounts`: one account per role in a clear block, passwords shown once; --reset
prints new ones that work."""

from io import StringIO

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def _run(*args) -> str:
    out = StringIO()
    call_command("create_demo_accounts", *args, stdout=out)
    return out.getvalue()


def _passwords(text: str) -> dict[str, str]:
    found = {}
    for line in text.splitlines():
        parts = line.split()
        if "password" in parts and parts[-1] != "made)":
            found[parts[0]] = parts[parts.index("password") + 1]
    return found


def test_created_then_unchanged_then_reset(make_user, settings):
    settings.DEBUG = True
    make_user()  # the roles' groups exist
    first = _passwords(_run())
    assert set(first) == {"admin", "editor", "reviewer", "publisher"}
    assert authenticate(username="editor", password=first["editor"]) is not None

    again = _run()
    assert _passwords(again) == {} and again.count("password unchanged") == 4
    assert again.splitlines()[0].startswith("────") and again.splitlines()[-1].startswith("────")

    reset = _passwords(_run("--reset"))
    assert set(reset) == set(first) and all(reset[name] != first[name] for name in first)
    assert authenticate(username="reviewer", password=reset["reviewer"]) is not None
    assert authenticate(username="reviewer", password=first["reviewer"]) is None
