"""Inbound webhook events: stored before the 200, processed after.

The event key makes a redelivery harmless: `INSERT OR IGNORE` on a unique
key means Meta's retries of the same delivery change nothing.
"""

import hashlib
import json
import logging
import sqlite3
from collections.abc import Mapping
from typing import Any

from sqlite_utils import Database

from core.clock import now_iso
from core.types import Row
from storage.db import write_lock, write_transaction

log = logging.getLogger(__name__)
# What one row's values can raise: that event is refused, the others are stored. A database
# that cannot write (OperationalError) is not one of them: the webhook then fails and Meta retries.
ROW_ERRORS = (
    UnicodeError,
    ValueError,
    TypeError,
    OverflowError,
    sqlite3.InterfaceError,
    sqlite3.IntegrityError,
    sqlite3.DataError,
)


def event_key(event: Mapping[str, Any]) -> str:
    """`mid` where Meta gives one that names this event, else a stable hash.

    A reaction's or an edit's `mid` names the message acted on, not the
    event, so those are hashed whole (a second edit differs in `num_edit`).
    """
    for kind in ("message", "postback"):
        part = event.get(kind)
        if isinstance(part, dict) and isinstance(part.get("mid"), str) and part["mid"]:
            return f"{kind}:{part['mid']}"
    canonical = json.dumps(event, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


_COLUMNS = ("event_key", "page_id", "psid", "kind", "timestamp", "body", "received_at")
_INSERT = f"INSERT OR IGNORE INTO inbound_events ({', '.join(_COLUMNS)}) VALUES "
_ROW = "(" + ", ".join("?" * len(_COLUMNS)) + ")"
ONE_STATEMENT_ROWS = 500  # x 7 parameters, far below SQLite's limit of 32,766


def record_inbound_events(db: Database, rows: list[Row]) -> int:
    """Commit every event of one delivery; return how many were new.

    One multi-row INSERT outside any transaction commits on its own, all its
    rows or none: one call into SQLite while holding the write lock, where
    BEGIN, INSERT and COMMIT took three (each a wait for the interpreter lock
    on a busy server). A delivery too big for one statement takes a transaction.
    """
    received_at = now_iso()
    values = [row.get(c) if c != "received_at" else received_at for row in rows for c in _COLUMNS]
    if len(rows) > ONE_STATEMENT_ROWS:
        with write_transaction(db):
            before = db.conn.total_changes
            db.conn.executemany(
                _INSERT + _ROW, [values[i : i + len(_COLUMNS)] for i in range(0, len(values), len(_COLUMNS))]
            )
            return db.conn.total_changes - before
    with write_lock(db):
        before = db.conn.total_changes
        db.conn.execute(_INSERT + ", ".join([_ROW] * len(rows)), values)
        return db.conn.total_changes - before


def screen_rows(rows: list[Row]) -> tuple[list[Row], int]:
    """The rows SQLite can store, and how many it cannot (a value no column takes): those are refused
    before any transaction, so one bad event never costs another citizen's, alone or in a group."""
    good, refused = [], 0
    for row in rows:
        try:
            for column in _COLUMNS[:-1]:
                _check_value(row.get(column))
            good.append(row)
        except ROW_ERRORS as exc:
            refused += 1
            log.warning(
                "webhook: refused event %r of %s (%s)", row.get("kind"), row.get("page_id"), exc.__class__.__name__
            )
    return good, refused


def _check_value(value: object) -> None:
    if isinstance(value, str):
        value.encode("utf-8")  # a lone surrogate left unrepaired raises here, not inside the INSERT
    elif isinstance(value, bool) or value is None or isinstance(value, float):
        return
    elif isinstance(value, int):
        if not -(2**63) <= value < 2**63:
            raise OverflowError("integer out of SQLite's range")
    else:
        raise TypeError(f"cannot store a {type(value).__name__}")


def record_delivery(db: Database, rows: list[Row]) -> tuple[int, int]:
    """Store a delivery's events; return (new, refused). All in one statement when every row is
    sound (the fast path); else each on its own, so one bad event never costs another."""
    rows, screened_out = screen_rows(rows)
    try:
        return record_inbound_events(db, rows), screened_out
    except ROW_ERRORS:
        log.warning("webhook: a delivery could not be stored whole; storing its %d events one by one", len(rows))
    new = refused = 0
    for row in rows:
        try:
            new += record_inbound_events(db, [row])
        except ROW_ERRORS as exc:
            refused += 1
            log.warning(
                "webhook: refused event %r of %s (%s)", row.get("kind"), row.get("page_id"), exc.__class__.__name__
            )
    return new, refused + screened_out


def insert_event_rows(db: Database, rows: list[Row]) -> int:
    """Insert one delivery's events inside the caller's transaction (the group commit's); how many were new."""
    received_at, before = now_iso(), db.conn.total_changes
    for start in range(0, len(rows), ONE_STATEMENT_ROWS):
        chunk = rows[start : start + ONE_STATEMENT_ROWS]
        db.conn.execute(
            _INSERT + ", ".join([_ROW] * len(chunk)),
            [row.get(c) if c != "received_at" else received_at for row in chunk for c in _COLUMNS],
        )
    return db.conn.total_changes - before


def pending_events(db: Database, limit: int = 200) -> list[Row]:
    """The oldest unprocessed events, in citizen-timestamp order."""
    return list(
        db.query("SELECT * FROM inbound_events WHERE status = 'pending' ORDER BY timestamp, id LIMIT ?", [limit])
    )


def mark_event(db: Database, event_id: int, status: str, error: str | None = None) -> None:
    db.execute(
        "UPDATE inbound_events SET status = ?, processed_at = ?, error = ? WHERE id = ?",
        [status, now_iso(), error, event_id],
    )


def backlog(db: Database) -> int:
    return db.execute("SELECT count(*) FROM inbound_events WHERE status = 'pending'").fetchone()[0]
