"""Each test's own database: a copy of the schema migrated once per test session.

Migrating from nothing (17 migrations, the seeded knowledge base) cost an in-process test about 30 ms
of its app; copying the migrated file costs about 1. The copy is a real SQLite file of the test's own,
and `storage.connect` sets WAL and foreign keys on every connection as it does in production.
tests/test_storage.py migrates an empty file and checks that it comes out equal to this template.
"""

import atexit
import functools
import os
import shutil
import tempfile

from storage import connect
from storage.migrations import apply_migrations


@functools.cache
def template_path():
    """The migrated schema, built at the first call of this process and removed when it exits."""
    folder = tempfile.mkdtemp(prefix="pakn-schema-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = os.path.join(folder, "migrated.db")
    db = connect(path)
    apply_migrations(db)
    db.conn.close()  # the last connection checkpoints the WAL into the file and removes it
    if os.path.exists(path + "-wal"):
        raise RuntimeError(f"{path}-wal is still there: a copy of {path} alone would miss its last pages")
    return path


def migrated_database(path):
    """A fresh copy of the migrated schema at `path`, its folder made; returns the path as a string."""
    path = str(path)
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    shutil.copyfile(template_path(), path)
    return path
