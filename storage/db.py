"""Connections and transactions.

One connection per thread (per request in Flask, one each for the workers). Nothing
here knows of Flask: the request's connection lives with the web layer (web/db.py).
Writers take the lock up front with `BEGIN IMMEDIATE`: a deferred transaction
that reads and then writes fails at once with "database is locked" when
another thread wrote in between, whatever the busy timeout.

Two things keep that cheap under load (profiled with `python -m bench`):
writers of one process queue on a Python lock before `BEGIN IMMEDIATE`, so
the next one starts the moment the last commits instead of waking from
SQLite's busy-handler sleeps (1, 2, 5 … 100 ms); and each server thread keeps
its request connection open, because opening one (pragmas, WAL set-up) cost
more than the insert the webhook makes with it.
"""

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager

import sqlite_utils
from sqlite_utils import Database

from storage.write_queue import WriteQueue

BUSY_TIMEOUT_MS = 10_000


_write_locks: dict[str, WriteQueue] = {}  # absolute path -> the lock this process's writers queue on
_write_locks_guard = threading.Lock()
_per_thread = threading.local()


def _write_lock(path: str) -> WriteQueue:
    with _write_locks_guard:
        key = os.path.abspath(path)
        if key not in _write_locks:  # shared with the other processes on this file (storage/write_queue.py)
            _write_locks[key] = WriteQueue(key)
        return _write_locks[key]


def connect(path: str) -> Database:
    """Open the database with the pragmas every connection needs."""
    if path != ":memory:":
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    # NORMAL in WAL mode survives a process crash; only power loss may lose
    # the last commits, which Meta then redelivers.
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    db = sqlite_utils.Database(conn)
    # The process-wide queue travels with the handle, so every writer of this file finds it.
    db.write_lock = _write_lock(path) if path != ":memory:" else threading.RLock()  # type: ignore[attr-defined]
    return db


def inserted_id(row_id: int | None) -> int:
    """The id an INSERT gave its row. sqlite3's `lastrowid` and sqlite-utils' `last_pk` are typed
    Optional because they are None before a connection's first insert, never after one."""
    if row_id is None:
        raise sqlite3.InterfaceError("no row was inserted on this connection")
    return row_id


def write_lock(db: Database) -> AbstractContextManager[object]:
    """This process's queue for writing to db's file (a no-op for a connection made elsewhere)."""
    return getattr(db, "write_lock", None) or contextlib.nullcontext()


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """`BEGIN IMMEDIATE` … `COMMIT`, rolled back on any exception."""
    with write_lock(db):
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise
        db.conn.execute("COMMIT")


@contextlib.contextmanager
def joined_transaction(db: Database) -> Iterator[Database]:
    """The caller's transaction if one is open, else a `write_transaction` of its own."""
    if db.conn.in_transaction:
        yield db
    else:
        with write_transaction(db):
            yield db


def thread_connection(path: str) -> Database:
    """One open connection per thread, for the last database it used (tests switch databases)."""
    cached = getattr(_per_thread, "db", None)
    if cached is not None and cached[0] == path:
        return cached[1]
    if cached is not None:
        cached[1].conn.close()
    db = connect(path)
    _per_thread.db = (path, db)
    return db
