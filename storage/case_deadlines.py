"""Each case's deadline stage, and the log of every move of its deadline (who, when, why)."""

from sqlite_utils import Database

from core.clock import now_iso
from core.types import Row


def deadline_state(db: Database, report_id: int) -> Row | None:
    """The case with its deadline stage; None if there is no such case."""
    return next(
        db.query(
            "SELECT r.id, r.code, r.category, r.psid, r.page_id, r.deadline, r.created_at, d.stage, d.received_on,"
            " d.accepted_on, coalesce(d.complex, 0) AS complex, coalesce(d.extensions, 0) AS extensions"
            " FROM reports r LEFT JOIN case_deadlines d ON d.report_id = r.id WHERE r.id = ?",
            [report_id],
        ),
        None,
    )


def save_deadline_state(
    db: Database,
    report_id: int,
    stage: str,
    received_on: str,
    accepted_on: str | None = None,
    complex_: int = 0,
    extensions: int = 0,
) -> None:
    db.execute(
        "INSERT INTO case_deadlines (report_id, stage, received_on, accepted_on, complex, extensions)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(report_id) DO UPDATE SET stage = excluded.stage,"
        " received_on = excluded.received_on, accepted_on = excluded.accepted_on,"
        " complex = excluded.complex, extensions = excluded.extensions",
        [report_id, stage, received_on, accepted_on, complex_, extensions],
    )


def move_deadline(
    db: Database,
    report_id: int,
    event: str,
    old: str | None,
    new: str,
    reason: str | None = None,
    by: str | None = None,
) -> None:
    """Set the case's current deadline and log the move (also when it stays: the event matters)."""
    at = now_iso()
    db.execute("UPDATE reports SET deadline = ?, updated_at = ? WHERE id = ?", [new, at, report_id])
    db.table("deadline_changes").insert(
        {
            "report_id": report_id,
            "event": event,
            "old_deadline": old,
            "new_deadline": new,
            "reason": reason,
            "by": by,
            "at": at,
        }
    )


def deadline_history(db: Database, report_id: int) -> list[Row]:
    return list(
        db.query(
            "SELECT event, old_deadline, new_deadline, reason, by, at FROM deadline_changes"
            " WHERE report_id = ? ORDER BY id",
            [report_id],
        )
    )
