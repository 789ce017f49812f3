"""The audit log: who did what, when, to which case.

Every answer, status change, assignment, internal note, export, login and
every view of a denouncer's identity is written here, in the same transaction
as the change itself. Leaders and admins read it in the console; the case
page shows a case's own entries as its history.
"""

import json
from typing import Any

from sqlite_utils import Database

from core.clock import now_iso
from core.types import Row
from storage.db import inserted_id

# What the case page shows as the case's history; the rest (logins, views) is for the audit page.
CASE_HISTORY_ACTIONS = (
    "status",
    "answer",
    "note",
    "assign",
    "classify",
    "application",
    "hotline_call",
    "link_messenger",
    "rating",
    "rating_comment",
    "publish",
    "unpublish",
    "withdrawal",
    "escalation",  # nobody opened an urgent case in time: the next officer and the leaders were told
    "data_access",
    "data_withdraw",
    "data_delete",  # the citizen's data rights
    "propose",
    "direct",
    "consult",
    "consult_answer",
    "answer_draft",
    "approve_answer",
    "return_answer",
)  # the chain of handling: proposals, directions, departments, answers a leader approves


def record(
    db: Database,
    actor: Row | str,
    action: str,
    report_id: int | None = None,
    note: str | None = None,
    detail: Any = None,
    ip: str | None = None,
) -> int:
    """`actor` is an officer row (dict with id and username) or a name such as `cli`."""
    officer_id, name = (actor.get("id"), actor["username"]) if isinstance(actor, dict) else (None, str(actor))
    return inserted_id(
        db.table("audit_log")
        .insert(
            {
                "at": now_iso(),
                "officer_id": officer_id,
                "actor": name,
                "action": action,
                "report_id": report_id,
                "note": note,
                "detail": json.dumps(detail, ensure_ascii=False) if detail is not None else None,
                "ip": ip,
            }
        )
        .last_pk
    )


def case_history(db: Database, report_id: int) -> list[Row]:
    """Changes to one case, oldest first, with details decoded."""
    marks = ", ".join("?" for _ in CASE_HISTORY_ACTIONS)
    rows = db.query(
        f"SELECT * FROM audit_log WHERE report_id = ? AND action IN ({marks}) ORDER BY id",  # nosec B608 # constant fragments, values bound
        [report_id, *CASE_HISTORY_ACTIONS],
    )
    return [_decoded(row) for row in rows]


def audit_entries(
    db: Database,
    action: str | None = None,
    actor: str | None = None,
    before_id: int | None = None,
    limit: int = 100,
    page_id: str | None = None,
) -> list[Row]:
    """Newest first, one page (keyset on id); the case code joined for display. `page_id`: only one
    ward's, when several share the server: its cases' entries, and its own officers' other ones."""
    where: list[str] = []
    params: list[Any] = []
    if page_id:
        where.append("coalesce(r.page_id, (SELECT page_id FROM officers WHERE id = a.officer_id)) = ?")
        params.append(page_id)
    for column, value in (("a.action", action), ("a.actor", actor)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if before_id:
        where.append("a.id < ?")
        params.append(before_id)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    rows = db.query(
        f"SELECT a.*, r.code FROM audit_log a LEFT JOIN reports r ON r.id = a.report_id"  # nosec B608 # constant fragments, values bound
        f" {clause} ORDER BY a.id DESC LIMIT ?",
        [*params, limit],
    )
    return [_decoded(row) for row in rows]


def _decoded(row: Row) -> Row:
    row = dict(row)
    row["detail"] = json.loads(row["detail"]) if row.get("detail") else {}
    return row
