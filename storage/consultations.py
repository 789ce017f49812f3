"""Consultations: a case's question to a department, its due date, its link's hash, the answer and
its files. Plain queries inside the caller's transaction (casework/consultations.py decides)."""

from typing import Any, cast

from sqlite_utils import Database

from core.clock import now_iso
from storage.casework import CLOSED_STATUSES

_WITH_CASE = (
    "SELECT c.*, r.code, r.status AS case_status, r.page_id, r.category, r.assigned_to, r.protected"
    " FROM consultations c JOIN reports r ON r.id = c.report_id"
)


def insert_consultation(db: Database, **row: Any) -> int:
    return cast(int, db.table("consultations").insert(dict(row, asked_at=now_iso())).last_pk)


def set_consultation_email(db: Database, consultation_id: int, email_id: int) -> None:
    db.execute("UPDATE consultations SET email_id = ? WHERE id = ?", [email_id, consultation_id])


def consultation_by_token_hash(db: Database, token_hash: str) -> dict[str, Any] | None:
    return next(db.query(f"{_WITH_CASE} WHERE c.token_hash = ?", [token_hash]), None)  # nosec B608 # constant


def consultation_by_id(db: Database, consultation_id: int) -> dict[str, Any] | None:
    return next(db.query(f"{_WITH_CASE} WHERE c.id = ?", [consultation_id]), None)  # nosec B608 # constant


def consultations_of_case(db: Database, report_id: int) -> list[dict[str, Any]]:
    return list(db.query(f"{_WITH_CASE} WHERE c.report_id = ? ORDER BY c.id", [report_id]))  # nosec B608 # constant


def list_consultations(
    db: Database, page_id: str | None = None, waiting_due_before: str | None = None, limit: int = 500
) -> list[dict[str, Any]]:
    """Newest first; of one ward when `page_id` is given; only the unanswered ones of open cases due
    before `waiting_due_before` (an ISO date) when it is given: the overdue ones."""
    where: list[str] = []
    params: list[Any] = []
    if page_id:
        where.append("r.page_id = ?")
        params.append(page_id)
    if waiting_due_before:
        where.append(f"c.answered_at IS NULL AND c.due < ? AND r.status NOT IN {CLOSED_STATUSES}")
        params.append(waiting_due_before)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    return list(
        db.query(
            f"{_WITH_CASE} {clause} ORDER BY c.id DESC LIMIT ?",  # nosec B608 # constant fragments, values bound
            [*params, limit],
        )
    )


def record_consultation_answer(db: Database, consultation_id: int, answer: str, answered_by: str) -> bool:
    """The answer, once: False when another answer came first (the link is used up)."""
    return (
        db.execute(
            "UPDATE consultations SET answer = ?, answered_by = ?, answered_at = ?"
            " WHERE id = ? AND answered_at IS NULL",
            [answer, answered_by, now_iso(), consultation_id],
        ).rowcount
        == 1
    )


def add_consultation_file(
    db: Database, consultation_id: int, original_name: str, content_type: str, size: int, path: str
) -> int:
    return cast(
        int,
        db.table("consultation_files")
        .insert(
            {
                "consultation_id": consultation_id,
                "original_name": original_name,
                "content_type": content_type,
                "size": size,
                "path": path,
                "created_at": now_iso(),
            }
        )
        .last_pk,
    )


def files_of_consultations(db: Database, consultation_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """{consultation id: [file rows]}."""
    if not consultation_ids:
        return {}
    marks = ", ".join("?" for _ in consultation_ids)
    found: dict[int, list[dict[str, Any]]] = {}
    for row in db.query(
        "SELECT id, consultation_id, original_name, content_type, size FROM consultation_files"  # nosec B608 # constant fragments, values bound
        f" WHERE consultation_id IN ({marks}) ORDER BY id",
        list(consultation_ids),
    ):
        found.setdefault(row["consultation_id"], []).append(row)
    return found


def consultation_file(db: Database, file_id: int) -> dict[str, Any] | None:
    """A department's file with the case it belongs to (for the officer's download)."""
    return next(
        db.query(
            "SELECT f.*, c.report_id, r.code, r.page_id, r.protected FROM consultation_files f"
            " JOIN consultations c ON c.id = f.consultation_id JOIN reports r ON r.id = c.report_id WHERE f.id = ?",
            [file_id],
        ),
        None,
    )
