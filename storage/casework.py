"""What officers change on a case: status, assignee, category, the answer the citizen reads.

Plain updates, run inside the caller's transaction (casework/workflow.py, case_edits.py and
answers.py decide what is allowed and log it).
"""

from sqlite_utils import Database

from core.case_rules import CLOSED_STATUSES
from core.clock import now_iso
from core.types import Row


def set_status(db: Database, report_id: int, status: str, forwarded_to: str | None = None) -> None:
    at = now_iso()
    closed_at = at if status in CLOSED_STATUSES else None
    db.execute(
        "UPDATE reports SET status = ?, updated_at = ?, closed_at = ?,"
        " forwarded_to = CASE WHEN ? = 'forwarded' THEN ? ELSE forwarded_to END WHERE id = ?",
        [status, at, closed_at, status, forwarded_to, report_id],
    )


def set_assignee(db: Database, report_id: int, officer_id: int | None) -> None:
    db.execute("UPDATE reports SET assigned_to = ?, updated_at = ? WHERE id = ?", [officer_id, now_iso(), report_id])


def set_classification(db: Database, report_id: int, category: str, field: str) -> None:
    db.execute(
        "UPDATE reports SET category = ?, field = ?, updated_at = ? WHERE id = ?",
        [category, field, now_iso(), report_id],
    )


def record_answer(db: Database, report_id: int, text: str) -> None:
    """The answer the citizen's look-up shows (bot/menu.py reads reports.answer)."""
    at = now_iso()
    db.execute("UPDATE reports SET answer = ?, answered_at = ?, updated_at = ? WHERE id = ?", [text, at, at, report_id])


def report_by_id(db: Database, report_id: int) -> Row | None:
    return next(db.query("SELECT * FROM reports WHERE id = ?", [report_id]), None)


def delivery_problems(db: Database, report_id: int) -> list[Row]:
    """Replies Messenger refused for this case, newest first, with Meta's error code."""
    return list(
        db.query(
            "SELECT id, message, sent_by, error_code, last_error, created_at FROM outbox"
            " WHERE report_id = ? AND status = 'failed' ORDER BY id DESC",
            [report_id],
        )
    )


def thread_for_report(db: Database, report_id: int) -> list[Row]:
    """The conversation as the citizen saw it, each message with its files and delivery state."""
    messages = [
        dict(m)
        for m in db.query(
            "SELECT m.id, m.direction, m.text, m.kind, m.at, m.outbox_id, o.status AS delivery,"
            " o.error_code, o.sent_by, o.tag FROM messages m LEFT JOIN outbox o ON o.id = m.outbox_id"
            " WHERE m.report_id = ? ORDER BY m.id",
            [report_id],
        )
    ]
    files: dict[int, list[dict]] = {}
    for row in db.query(
        "SELECT id, message_id, type, status, size, content_type FROM attachments WHERE report_id = ? ORDER BY id",
        [report_id],
    ):
        files.setdefault(row["message_id"], []).append(row)
    for message in messages:
        message["files"] = files.get(message["id"], [])
    return messages


def attachment_of_case(db: Database, attachment_id: int) -> Row | None:
    """An attachment that belongs to a filed case (a draft's files are nobody's to download)."""
    return next(
        db.query(
            "SELECT a.*, r.code, r.category, r.page_id, r.protected FROM attachments a"
            " JOIN reports r ON r.id = a.report_id WHERE a.id = ?",
            [attachment_id],
        ),
        None,
    )
