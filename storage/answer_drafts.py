"""Answers held for a leader's approval: one waiting draft per case at most, and what became of the
others (approved and sent, returned with a note, replaced by a newer draft)."""

from typing import Any, cast

from sqlite_utils import Database

from core.clock import now_iso


def waiting_draft(db: Database, report_id: int) -> dict[str, Any] | None:
    return next(db.query("SELECT * FROM answer_drafts WHERE report_id = ? AND status = 'waiting'", [report_id]), None)


def latest_draft(db: Database, report_id: int) -> dict[str, Any] | None:
    return next(db.query("SELECT * FROM answer_drafts WHERE report_id = ? ORDER BY id DESC LIMIT 1", [report_id]), None)


def hold_draft(db: Database, report_id: int, text: str, drafted_by: str, drafted_by_id: int | None) -> int:
    """Keep `text` waiting; a draft already waiting on the case is replaced by it."""
    db.execute(
        "UPDATE answer_drafts SET status = 'replaced', decided_at = ? WHERE report_id = ? AND status = 'waiting'",
        [now_iso(), report_id],
    )
    return cast(
        int,
        db.table("answer_drafts")
        .insert(
            {
                "report_id": report_id,
                "text": text,
                "drafted_by": drafted_by,
                "drafted_by_id": drafted_by_id,
                "drafted_at": now_iso(),
                "status": "waiting",
            }
        )
        .last_pk,
    )


def decide_draft(db: Database, draft_id: int, status: str, decided_by: str, note: str | None = None) -> bool:
    """approved | returned; False when the draft was no longer waiting (decided by someone else)."""
    return (
        db.execute(
            "UPDATE answer_drafts SET status = ?, decided_by = ?, decided_at = ?, decision_note = ?"
            " WHERE id = ? AND status = 'waiting'",
            [status, decided_by, now_iso(), note, draft_id],
        ).rowcount
        == 1
    )


def drafts_waiting(db: Database, page_id: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Drafts waiting for a leader, oldest first, with their case's code, category and deadline."""
    where, params = ("AND r.page_id = ?", [page_id]) if page_id else ("", [])
    return list(
        db.query(
            "SELECT d.*, r.code, r.category, r.field, r.status AS case_status, r.deadline, r.urgent, r.content,"  # nosec B608 # constant fragments, values bound
            " r.name, r.phone, r.address, r.flagged, r.created_at, r.channel, r.protected, r.psid, r.page_id"
            f" FROM answer_drafts d JOIN reports r ON r.id = d.report_id WHERE d.status = 'waiting' {where}"
            " ORDER BY d.id LIMIT ?",
            [*params, limit if limit is not None else -1],
        )
    )


def report_ids_waiting_approval(db: Database, report_ids: list[int]) -> set[int]:
    """Of these cases, those with an answer waiting for a leader (the inbox marks them)."""
    if not report_ids:
        return set()
    marks = ", ".join("?" for _ in report_ids)
    return {
        row[0]
        for row in db.execute(
            f"SELECT report_id FROM answer_drafts WHERE status = 'waiting' AND report_id IN ({marks})",  # nosec B608 # constant fragments, values bound
            list(report_ids),
        )
    }
