"""Serialise work that two workers might do at once on the same thing (a redelivered task, say)."""

import zlib

from django.db import connection


def hold_lock(name: str) -> None:
    """Inside a transaction: wait for, then hold until commit, the lock called name.

    PostgreSQL gets an advisory transaction lock; SQLite transactions are already serialised (they
    begin IMMEDIATE, see settings), so nothing more is needed there.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [zlib.crc32(name.encode())])
