"""E-mails waiting for the SMTP server, queued in the same transaction as what caused them.

A row is claimed (`sending`) before the SMTP conversation so that the server's
loop and a cron `digest --send` never both send it; a claim older than
STALE_CLAIM_SECONDS (a process died mid-send) goes back to pending.
"""

import time

from sqlite_utils import Database

from core.clock import now_iso
from core.types import Row
from storage.db import inserted_id, write_transaction

STALE_CLAIM_SECONDS = 600


def enqueue_email(db: Database, to_addr: str, subject: str, body: str, kind: str, report_id: int | None = None) -> int:
    return inserted_id(
        db.table("email_outbox")
        .insert(
            {
                "to_addr": to_addr,
                "subject": subject,
                "body": body,
                "kind": kind,
                "report_id": report_id,
                "created_at": now_iso(),
            }
        )
        .last_pk
    )


def claim_due_emails(db: Database, limit: int = 20) -> list[Row]:
    """Take due e-mails for this process; returns the claimed rows."""
    now = time.time()
    with write_transaction(db):
        db.execute(
            "UPDATE email_outbox SET status = 'pending' WHERE status = 'sending' AND claimed_at < ?",
            [now - STALE_CLAIM_SECONDS],
        )
        rows = list(
            db.query(
                "SELECT * FROM email_outbox WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY id LIMIT ?",
                [now, limit],
            )
        )
        for row in rows:
            db.execute("UPDATE email_outbox SET status = 'sending', claimed_at = ? WHERE id = ?", [now, row["id"]])
    return rows


def next_email_due_at(db: Database) -> float | None:
    return db.execute("SELECT min(next_attempt_at) FROM email_outbox WHERE status = 'pending'").fetchone()[0]


def mark_email_sent(db: Database, email_id: int) -> None:
    db.execute(
        "UPDATE email_outbox SET status = 'sent', attempts = attempts + 1, sent_at = ?, last_error = NULL WHERE id = ?",
        [now_iso(), email_id],
    )


def mark_email_retry(db: Database, email_id: int, retry_at: float, error: str) -> None:
    db.execute(
        "UPDATE email_outbox SET status = 'pending', attempts = attempts + 1, next_attempt_at = ?,"
        " last_error = ? WHERE id = ?",
        [retry_at, error, email_id],
    )


def mark_email_failed(db: Database, email_id: int, error: str) -> None:
    db.execute(
        "UPDATE email_outbox SET status = 'failed', attempts = attempts + 1, last_error = ? WHERE id = ?",
        [error, email_id],
    )


def email_counts(db: Database) -> dict[str, int]:
    return dict(db.execute("SELECT status, count(*) FROM email_outbox GROUP BY status").fetchall())
