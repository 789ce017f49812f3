"""Whether an officer has looked at a case: when one last opened or acted on it, the citizen's
messages nobody has opened since ("tin mới"), and urgent cases still waiting for anyone."""

from sqlite_utils import Database

from core.case_rules import OPEN_STATUSES, sql_list
from core.clock import now_iso
from core.types import Row


def mark_case_seen(db: Database, report_id: int, by: str) -> None:
    """An officer opened the case page, answered or moved it: its "tin mới" is read."""
    db.execute(
        "UPDATE reports SET seen_at = ?, seen_by = ?, unseen_since = NULL WHERE id = ?", [now_iso(), by, report_id]
    )


def mark_unseen(db: Database, report_id: int, at: str | None = None) -> bool:
    """The citizen added to the case: "tin mới" until an officer opens it. True when the case had
    nothing unread before (so the officer is told once, not for each message)."""
    return (
        db.execute(
            "UPDATE reports SET unseen_since = ? WHERE id = ? AND unseen_since IS NULL", [at or now_iso(), report_id]
        ).rowcount
        == 1
    )


def urgent_cases_waiting(db: Database) -> list[Row]:
    """Open urgent cases no officer has opened since they became urgent, not escalated yet."""
    return list(
        db.query(
            "SELECT * FROM reports INDEXED BY reports_open_urgent WHERE urgent = 1"  # nosec B608 # constant fragments
            f" AND status IN {sql_list(OPEN_STATUSES)} AND escalated_at IS NULL"
            " AND (seen_at IS NULL OR seen_at < coalesce(urgent_at, created_at)) ORDER BY id"
        )
    )


def has_open_urgent_case(db: Database, psid: str, page_id: str | None) -> bool:
    return (
        db.execute(
            "SELECT 1 FROM reports INDEXED BY reports_open_urgent WHERE psid = ? AND page_id IS ? AND urgent = 1"  # nosec B608 # constant fragments, values bound
            f" AND status IN {sql_list(OPEN_STATUSES)}",
            [psid, page_id],
        ).fetchone()
        is not None
    )


def mark_case_escalated(db: Database, report_id: int, at: str) -> None:
    db.execute("UPDATE reports SET escalated_at = ? WHERE id = ?", [at, report_id])
