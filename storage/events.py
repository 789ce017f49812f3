"""Inbound webhook events: stored before the 200, processed after.

The event key makes a redelivery harmless: `INSERT OR IGNORE` on a unique
key means Meta's retries of the same delivery change nothing.
"""
import hashlib
import json

from core.clock import now_iso
from storage.db import write_lock, write_transaction


def event_key(event):
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


def record_inbound_events(db, rows):
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
            db.conn.executemany(_INSERT + _ROW, [values[i:i + len(_COLUMNS)]
                                                 for i in range(0, len(values), len(_COLUMNS))])
            return db.conn.total_changes - before
    with write_lock(db):
        before = db.conn.total_changes
        db.conn.execute(_INSERT + ", ".join([_ROW] * len(rows)), values)
        return db.conn.total_changes - before


def insert_event_rows(db, rows):
    """Insert one delivery's events inside the caller's transaction (the group commit's); how many were new."""
    received_at, before = now_iso(), db.conn.total_changes
    for start in range(0, len(rows), ONE_STATEMENT_ROWS):
        chunk = rows[start:start + ONE_STATEMENT_ROWS]
        db.conn.execute(_INSERT + ", ".join([_ROW] * len(chunk)),
                        [row.get(c) if c != "received_at" else received_at for row in chunk for c in _COLUMNS])
    return db.conn.total_changes - before


def pending_events(db, limit=200):
    """The oldest unprocessed events, in citizen-timestamp order."""
    return list(db.query(
        "SELECT * FROM inbound_events WHERE status = 'pending'"
        " ORDER BY timestamp, id LIMIT ?", [limit]))


def mark_event(db, event_id, status, error=None):
    db.execute(
        "UPDATE inbound_events SET status = ?, processed_at = ?, error = ? WHERE id = ?",
        [status, now_iso(), error, event_id])


def backlog(db):
    return db.execute("SELECT count(*) FROM inbound_events WHERE status = 'pending'").fetchone()[0]
