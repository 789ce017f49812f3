"""The transcript as the citizen saw it: what came in, what went out, and the files; which case's
thread a message joins is storage/threads.py's."""

from typing import Any

from sqlite_utils import Database

from core.clock import now_iso
from core.types import Row
from storage.db import inserted_id


def record_message(
    db: Database,
    psid: str,
    direction: str,
    text: str | None,
    kind: str = "text",
    at: str | None = None,
    event_key: str | None = None,
    outbox_id: int | None = None,
    report_id: int | None = None,
) -> int:
    # Plain SQL: sqlite-utils' insert() inspects the table first, 15x the cost of this (bench/).
    return inserted_id(
        db.execute(
            "INSERT INTO messages (psid, direction, text, kind, at, event_key, outbox_id, report_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [psid, direction, text, kind, at or now_iso(), event_key, outbox_id, report_id],
        ).lastrowid
    )


def record_attachment(db: Database, psid: str, message_id: int | None, type_: str, url: str) -> int:
    """Remember the attachment now; the downloader fetches it before the URL expires."""
    return inserted_id(
        db.table("attachments")
        .insert({"psid": psid, "message_id": message_id, "type": type_, "url": url, "created_at": now_iso()})
        .last_pk
    )


def record_arrivals(db: Database, psid: str, message_id: int | None, attachments: list[dict[str, Any]]) -> None:
    """Record every file of a message as it arrives; each dict gets its row's `id`."""
    for attachment in attachments:
        attachment["id"] = record_attachment(db, psid, message_id, attachment["type"], attachment["url"])


def discard_draft_attachments(db: Database, psid: str) -> None:
    """A cancelled draft's files belong to no case; keep the rows, never attach them later."""
    db.execute("UPDATE attachments SET status = 'discarded' WHERE psid = ? AND report_id IS NULL", [psid])


def attachments_for_report(db: Database, report_id: int) -> list[Row]:
    return list(
        db.query(
            "SELECT id, type, url, status, path, size, content_type FROM attachments WHERE report_id = ? ORDER BY id",
            [report_id],
        )
    )
