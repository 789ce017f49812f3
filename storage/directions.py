"""Proposals (đề xuất) and directions (ý kiến chỉ đạo), read back from the audit log where they are
written, as internal notes are: one record of who said what and when."""

from typing import Any

from sqlite_utils import Database

from core.case_rules import OPEN_STATUSES

PROPOSE, DIRECT = "propose", "direct"


def proposals_and_directions(db: Database, report_id: int) -> dict[str, list[dict[str, Any]]]:
    """{"proposals": [...], "directions": [...]}, each {text, by, at}, oldest first."""
    found: dict[str, list[dict[str, Any]]] = {"proposals": [], "directions": []}
    for row in db.query(
        "SELECT action, note, actor, at FROM audit_log WHERE report_id = ? AND action IN (?, ?) ORDER BY id",
        [report_id, PROPOSE, DIRECT],
    ):
        key = "proposals" if row["action"] == PROPOSE else "directions"
        found[key].append({"text": row["note"], "by": row["actor"], "at": row["at"]})
    return found


def waiting_for_direction(db: Database, page_id: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Open cases whose latest proposal has no direction after it, oldest proposal first: what the
    leaders' digest lists. Reads the audit log's action index, never the whole log."""
    where, params = ("AND r.page_id = ?", [page_id]) if page_id else ("", [])
    return list(
        db.query(
            "SELECT r.*, w.proposed_at, w.proposed_by FROM ("  # nosec B608 # constant fragments, values bound
            " SELECT report_id, max(CASE WHEN action = ? THEN id END) AS proposal_id,"
            " coalesce(max(CASE WHEN action = ? THEN id END), 0) AS direction_id,"
            " max(CASE WHEN action = ? THEN at END) AS proposed_at,"
            " (SELECT actor FROM audit_log p WHERE p.report_id = a.report_id AND p.action = ?"
            "  ORDER BY p.id DESC LIMIT 1) AS proposed_by"
            " FROM audit_log a WHERE action IN (?, ?) GROUP BY report_id) w"
            " JOIN reports r ON r.id = w.report_id"
            f" WHERE w.proposal_id > w.direction_id AND r.status IN {OPEN_STATUSES} {where}"
            " ORDER BY w.proposed_at LIMIT ?",
            [PROPOSE, DIRECT, PROPOSE, PROPOSE, PROPOSE, DIRECT, *params, limit if limit is not None else -1],
        )
    )
