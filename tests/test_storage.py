"""SQLite set-up: pragmas, migrations, and writes from many threads."""

import threading

import pytest
from databases import migrated_database

from storage import connect, write_transaction
from storage.migrations import SchemaTooNew, apply_migrations, migrations
from storage.reports import next_ticket_code


def test_every_connection_has_wal_foreign_keys_and_a_busy_timeout(app):
    db = connect(app.config["DATABASE_PATH"])
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_migrations_are_applied_once_and_are_idempotent(app):
    db = connect(app.config["DATABASE_PATH"])
    applied = [m.name for m in migrations.applied(db)]
    apply_migrations(db)
    assert [m.name for m in migrations.applied(db)] == applied
    assert {"inbound_events", "reports", "outbox", "messages", "attachments"} <= set(db.table_names())


def contents(db):
    """Every schema object and every stored row, without the moments they were written at."""
    schema = db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    rows = {}
    for (table,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
    ):
        columns = [c[1] for c in db.execute(f'PRAGMA table_info("{table}")') if not c[1].endswith("_at")]
        listed = ", ".join(f'"{c}"' for c in columns)
        rows[table] = db.execute(f'SELECT {listed} FROM "{table}" ORDER BY {listed}').fetchall()  # nosec B608 # the test's own schema
    return schema, rows, db.execute("PRAGMA user_version").fetchone()


def test_migrating_an_empty_file_gives_the_schema_every_test_starts_from(tmp_path):
    """In-process tests start from a copy of a schema migrated once (tests/databases.py); the
    migrations themselves run here from nothing, and must give exactly that copy."""
    migrated = connect(str(tmp_path / "empty.db"))
    assert migrated.table_names() == []
    apply_migrations(migrated)
    copy = connect(migrated_database(tmp_path / "copy.db"))
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert [m.name for m in migrations.applied(copy)] == [m.name for m in migrations.applied(migrated)]
    schema, rows, version = contents(migrated)
    assert len(schema) > 50 and rows["knowledge_entries"] and rows["_sqlite_migrations"]  # not two empty files
    assert contents(copy) == (schema, rows, version)


def test_a_database_from_a_newer_release_is_refused(app):
    db = connect(app.config["DATABASE_PATH"])
    db["_sqlite_migrations"].insert(
        {"migration_set": "pakn", "name": "m999_from_the_future", "applied_at": "2030-01-01"}
    )
    with pytest.raises(SchemaTooNew, match="m999_from_the_future"):
        apply_migrations(db)


def test_write_transaction_rolls_back_on_error(db):
    with pytest.raises(RuntimeError), write_transaction(db):
        next_ticket_code(db, "AQ", 2026)
        raise RuntimeError("boom")
    assert db.execute("SELECT count(*) FROM ticket_counters").fetchone()[0] == 0


def test_ticket_codes_from_many_threads_are_unique_and_gapless(app):
    """Read-then-write under BEGIN IMMEDIATE: no 'database is locked', no duplicate code."""
    codes, errors = [], []

    def take_codes():
        db = connect(app.config["DATABASE_PATH"])
        try:
            for _ in range(25):
                with write_transaction(db):
                    codes.append(next_ticket_code(db, "AQ", 2026))
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)
        finally:
            db.conn.close()

    threads = [threading.Thread(target=take_codes) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(codes) == [f"AQ-2026-{n:05d}" for n in range(1, 201)]
