"""Reports (cases): creating them with their ticket code, and reading them back."""

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlite_utils import Database

from core.case_rules import CONTACT, OPEN_STATUSES, STORY_TEXTS, sql_list
from core.channels import channel_of
from core.clock import now_iso
from core.types import Row
from storage.db import inserted_id
from storage.receipts import receipt_marks
from storage.threads import join_case
from storage.transcript import attachments_for_report

REPORT_FIELDS = (
    "category",
    "field",
    *STORY_TEXTS,
    *CONTACT,
    "consent_id",
    "flagged",
)


def next_ticket_code(db: Database, prefix: str, year: int) -> str:
    """`AQ-2026-00042`: a gapless series per ward and year, inside the caller's transaction."""
    (number,) = db.execute(
        "INSERT INTO ticket_counters (prefix, year, last) VALUES (?, ?, 1)"
        " ON CONFLICT(prefix, year) DO UPDATE SET last = last + 1 RETURNING last",
        [prefix, year],
    ).fetchone()
    return f"{prefix}-{year}-{number:05d}"


def create_report(
    db: Database,
    psid: str,
    draft: Mapping[str, Any],
    code: str,
    deadline: dt.date,
    created_at: str,
    page_id: str | None = None,
) -> int:
    """Store the report and pull the draft's messages and files into its thread (a draft of the bot's
    knows where it began: `since_message_id`). `page_id`: the Facebook page (ward) it came to; None in
    a single-ward setup. Its channel is its citizen's (a hotline call, with no PSID, says so itself:
    casework/hotline.py)."""
    row = {k: draft.get(k) for k in REPORT_FIELDS}
    if draft.get("about_report_id"):  # the citizen's earlier case this one is about (bot/free_text.py)
        row["about_report_id"] = draft["about_report_id"]
    row.update(
        code=code,
        psid=psid,
        channel=channel_of(psid),
        page_id=page_id,
        deadline=deadline.isoformat(),
        created_at=created_at,
        updated_at=created_at,
        status="new",
    )
    report_id = inserted_id(db.table("reports").insert(row).last_pk)
    if draft.get("since_message_id") is not None:
        join_case(db, report_id, psid, page_id, draft_since=draft["since_message_id"])
    return report_id


def latest_report_of(db: Database, psid: str, page_id: str | None = None) -> Row | None:
    """The citizen's latest case on this page (None: the single-ward setup)."""
    return next(
        db.query("SELECT * FROM reports WHERE psid = ? AND page_id IS ? ORDER BY id DESC LIMIT 1", [psid, page_id]),
        None,
    )


def cases_of(db: Database, psid: str, page_id: str | None = None, limit: int = 10) -> list[Row]:
    """A Messenger account's own cases, newest first (on a multi-ward server, of that page only)."""
    return list(
        db.query(
            "SELECT code, category, status, created_at FROM reports WHERE psid = ? "
            "AND (? IS NULL OR page_id IS NULL OR page_id = ?) ORDER BY id DESC LIMIT ?",
            [psid, page_id, page_id, limit],
        )
    )


def open_case_of(db: Database, psid: str, page_id: str | None = None) -> Row | None:
    """The citizen's latest case still being handled and not withdrawn, or None."""
    return next(
        db.query(
            f"SELECT * FROM reports WHERE psid = ? AND status IN {sql_list(OPEN_STATUSES)} "  # nosec B608 # constant fragments, values bound
            "AND withdrawn_at IS NULL AND (? IS NULL OR page_id IS NULL OR page_id = ?) ORDER BY id DESC LIMIT 1",
            [psid, page_id, page_id],
        ),
        None,
    )


def report_by_code(db: Database, code: str) -> Row | None:
    return next(db.query("SELECT * FROM reports WHERE code = ?", [code]), None)


def list_reports(db: Database, status: str | None = None, limit: int = 100, offset: int = 0) -> list[Row]:
    where, params = ("WHERE status = ?", [status]) if status else ("", [])
    return list(
        db.query(
            f"SELECT * FROM reports {where} ORDER BY id DESC LIMIT ? OFFSET ?",  # nosec B608 # constant fragments, values bound
            params + [limit, offset],
        )
    )


def report_as_json(db: Database, report: Row, with_messages: bool = True) -> dict[str, Any]:
    """The stable JSON shape of `console show --json` (PRODUCT.md)."""
    result = {
        "code": report["code"],
        "category": report["category"],
        "field": report["field"],
        "status": report["status"],
        "content": report["content"],
        "citizen": {"name": report["name"], "phone": report["phone"], "address": report["address"]},
        "psid": report["psid"],
        "channel": report["channel"],
        "created_at": report["created_at"],
        "deadline": report["deadline"],
        "place_time": report["place_time"],
        "complaint_act": report["complaint_act"],
        "complaint_by": report["complaint_by"],
        "complaint_request": report["complaint_request"],
        "accused": report["accused"],
        "violation": report["violation"],
        "flagged": report["flagged"],
        "summary": report.get("summary"),
        "urgent": bool(report.get("urgent")),  # casework/summaries.py
        "withdrawn_at": report.get("withdrawn_at"),
        "about_code": _code_of(db, report.get("about_report_id")),  # the earlier case it is about
        "consent": consent_of(db, report["consent_id"]),
        "attachments": attachments_for_report(db, report["id"]),
    }
    if with_messages:
        result["messages"] = messages_with_receipts(db, report)
    return result


def _code_of(db: Database, report_id: int | None) -> str | None:
    row = db.execute("SELECT code FROM reports WHERE id = ?", [report_id]).fetchone() if report_id else None
    return row[0] if row else None


def messages_with_receipts(db: Database, report: Row) -> list[Row]:
    """The case's thread; each answer sent by Messenger says whether Meta's receipts show it delivered
    or read ("receipt": "delivered" | "read" | None), as the console's case page does."""
    rows = db.query(
        "SELECT direction, text, kind, at, outbox_id FROM messages WHERE report_id = ? ORDER BY id", [report["id"]]
    )
    messages = list(rows)
    marks = (
        receipt_marks(db, report["psid"], [m["outbox_id"] for m in messages if m["outbox_id"]], report.get("page_id"))
        if report["psid"]
        else {}
    )
    for message in messages:
        outbox_id = message.pop("outbox_id")
        if message["direction"] == "out":
            message["receipt"] = marks.get(outbox_id)
    return messages


def consent_of(db: Database, consent_id: int | None) -> Row | None:
    if consent_id is None:
        return None
    return next(db.query("SELECT purpose, text_shown, answer, at FROM consents WHERE id = ?", [consent_id]), None)


def touch_report(db: Database, report_id: int) -> None:
    db.execute("UPDATE reports SET updated_at = ? WHERE id = ?", [now_iso(), report_id])
