"""Officers a notice goes to besides the roster: one named officer (a case's assignee, who asked a
department, who drafted an answer) or a ward's leaders. The same columns as `officers_on_duty`,
which is what casework/notify.py's delivery reads (e-mail, Messenger link, check-in time)."""

from typing import Any

from sqlite_utils import Database

_COLUMNS = (
    "SELECT o.id, o.username, o.full_name, o.email, o.page_id, o.role, m.psid, m.checked_in_ms FROM officers o"
    " LEFT JOIN officer_messenger m ON m.officer_id = o.id"
)


def officer_to_notify(db: Database, officer_id: int | None) -> dict[str, Any] | None:
    """The enabled officer with this id, or None (nobody, a disabled account, or `cli`)."""
    if officer_id is None:
        return None
    return next(db.query(f"{_COLUMNS} WHERE o.id = ? AND o.disabled = 0", [officer_id]), None)  # nosec B608 # constant


def leaders_of_ward(db: Database, page_id: str | None = None) -> list[dict[str, Any]]:
    """Enabled leaders of ward `page_id` and those of every ward (no page)."""
    return list(
        db.query(
            f"{_COLUMNS} WHERE o.role = 'leader' AND o.disabled = 0 AND (o.page_id IS NULL OR o.page_id IS ?)"  # nosec B608 # constant
            " ORDER BY o.username",
            [page_id],
        )
    )
