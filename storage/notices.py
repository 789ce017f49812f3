"""The notices owed to officers, one row per officer, and what they may be (casework/notices.py decides).

A row is written in the same transaction as what caused it, with the e-mail and
Messenger rows that carry it, so a notice is never lost between the two. Rows of
one notice share `group_id` (the first row's id): the copies to each officer on duty.
"""

from typing import Any

from sqlite_utils import Database

from core.clock import now_iso
from core.types import Row
from storage.db import inserted_id

# What a notice is about. The last six are the chain of handling: consultations with the ward's
# departments, the leaders' directions, proposals, answers waiting for approval or sent back.
KINDS = (
    "new_report",  # a case was filed
    "urgent",  # a case is urgent (danger, fraud, money being lost)
    "handoff",  # a citizen asked for a person
    "follow_up",  # a citizen added a message or a file to a case
    "escalation",  # an urgent case or a handoff nobody opened or answered in time
    "withdrawal",  # a citizen withdrew a case
    "digest",  # the daily digest
    "consultation_answered",
    "consultation_overdue",
    "direction",
    "proposal_made",
    "approval_requested",
    "answer_returned",
)
# queued: handed to the e-mail and/or Messenger queue; sent: one of them delivered; held: nothing could
# carry it yet (REASONS says why, held_until until when); failed: every carrier failed (retried);
# cancelled: moot before it could go (an officer opened the case first).
STATUSES = ("queued", "sent", "held", "failed", "cancelled")
OPEN_STATUSES = ("queued", "held", "failed")  # still owed
REASONS = (
    "out_of_hours",  # held: e-mail waits for the office to open (urgent notices do not wait)
    "nobody_on_duty",  # held: nobody on the roster and nobody checked in "trực"
    "no_channel",  # held: this officer has no e-mail (or no server is set) and has not checked in
    "carrier_failed",  # failed: the e-mail server or Messenger refused it
    "in_digest",  # sent: the daily digest carried it
    "seen",  # cancelled: an officer opened the case or conversation before it went
    "officer_disabled",  # moved to the duty officers: the account it was for is disabled
)


def insert_notice(db: Database, row: dict[str, Any]) -> int:
    at = now_iso()
    notice_id = inserted_id(db.table("notices").insert({"created_at": at, "updated_at": at, **row}).last_pk)
    if row.get("group_id") is None:
        db.execute("UPDATE notices SET group_id = id WHERE id = ?", [notice_id])
    return notice_id


def update_notice(db: Database, notice_id: int, **fields: Any) -> None:
    fields["updated_at"] = now_iso()
    assignments = ", ".join(f"{name} = ?" for name in fields)
    db.execute(f"UPDATE notices SET {assignments} WHERE id = ?", [*fields.values(), notice_id])  # nosec B608 # column names are ours, values bound


def notice_by_id(db: Database, notice_id: int) -> Row | None:
    return next(db.query("SELECT * FROM notices WHERE id = ?", [notice_id]), None)


def group_of(db: Database, group_id: int) -> list[Row]:
    return list(db.query("SELECT * FROM notices WHERE group_id = ? ORDER BY id", [group_id]))


def queued_notices(db: Database, limit: int = 500) -> list[Row]:
    """Queued rows with the state of their carriers (NULL where there is none)."""
    return list(
        db.query(
            "SELECT n.*, e.status AS email_status, e.last_error AS email_error, e.sent_at AS email_sent_at,"
            " o.status AS outbox_status, o.last_error AS outbox_error, o.sent_at AS outbox_sent_at"
            " FROM notices n LEFT JOIN email_outbox e ON e.id = n.email_id LEFT JOIN outbox o ON o.id = n.outbox_id"
            " WHERE n.status = 'queued' ORDER BY n.id LIMIT ?",
            [limit],
        )
    )


def notices_due(db: Database, at: str, limit: int = 200) -> list[Row]:
    """Held and failed rows whose time to be looked at again has come."""
    return list(
        db.query(
            "SELECT * FROM notices WHERE status IN ('held', 'failed') AND next_attempt_at <= ? ORDER BY id LIMIT ?",
            [at, limit],
        )
    )


def look_again_soon(db: Database) -> int:
    """Who is on duty or how an officer is reached changed: rows held for want of either are looked
    at in the scheduler's next round rather than at their next check."""
    return db.execute(
        "UPDATE notices SET next_attempt_at = ? WHERE status = 'held' AND reason IN ('nobody_on_duty', 'no_channel')",
        [now_iso()],
    ).rowcount


def held_notices(db: Database) -> list[Row]:
    return list(db.query("SELECT * FROM notices WHERE status IN ('held', 'failed') ORDER BY id"))


def unreached_groups(db: Database, officer_id: int) -> list[Row]:
    """The first row of each notice that reached nobody yet (every copy held or failed) and has no
    copy for this officer: what an officer coming on duty takes over."""
    return list(
        db.query(
            "SELECT * FROM notices n WHERE n.id = n.group_id AND n.status IN ('held', 'failed') AND NOT EXISTS"
            " (SELECT 1 FROM notices g WHERE g.group_id = n.group_id"
            " AND (g.status NOT IN ('held', 'failed') OR g.officer_id = ?)) ORDER BY n.id",
            [officer_id],
        )
    )


def officers_told(db: Database, report_id: int | None = None, handoff_id: int | None = None) -> set[int]:
    """Officers a notice about this case (or handoff) reached or is on its way to."""
    column, value = ("report_id", report_id) if report_id is not None else ("handoff_id", handoff_id)
    return {
        row[0]
        for row in db.execute(
            f"SELECT officer_id FROM notices WHERE {column} = ? AND status IN ('queued', 'sent')"  # nosec B608 # a column name of ours
            " AND officer_id IS NOT NULL",
            [value],
        )
    }


def list_notices(
    db: Database, statuses: tuple[str, ...] = (), page_id: str | None = None, limit: int = 200
) -> list[Row]:
    """Newest first, with the case code, the officer and the state of each carrier."""
    where, params = [], []
    if statuses:
        where.append(f"n.status IN ({', '.join('?' for _ in statuses)})")
        params += list(statuses)
    if page_id is not None:
        where.append("n.page_id = ?")
        params.append(page_id)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    return list(
        db.query(
            "SELECT n.*, r.code, f.username, e.status AS email_status, o.status AS outbox_status FROM notices n"  # nosec B608 # constant fragments, values bound
            " LEFT JOIN reports r ON r.id = n.report_id LEFT JOIN officers f ON f.id = n.officer_id"
            " LEFT JOIN email_outbox e ON e.id = n.email_id LEFT JOIN outbox o ON o.id = n.outbox_id"
            f" {clause} ORDER BY n.id DESC LIMIT ?",
            [*params, limit],
        )
    )


def notice_counts(db: Database) -> dict[str, int]:
    """Rows still owed, by status: held, failed (a queued row whose carriers all failed counts as failed
    before the next round settles it) and queued. Read through the status index: sent rows are never
    counted, so this stays cheap however many notices were ever sent."""
    counts = {"held": 0, "failed": 0, "queued": 0}
    counts.update(
        db.execute("SELECT status, count(*) FROM notices WHERE status IN ('held', 'failed') GROUP BY status").fetchall()
    )
    for row in queued_notices(db):
        states = [s for s in (row["email_status"], row["outbox_status"]) if s]
        counts["failed" if states and all(s == "failed" for s in states) else "queued"] += 1
    return counts
