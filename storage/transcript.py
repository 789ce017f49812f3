"""The transcript as the citizen saw it: what came in, what went out, and the files; which case's
thread a message joins is storage/threads.py's."""

from typing import Any

from sqlite_utils import Database

from core.clock import now_iso
from core.types import Row
from storage.citizen_rows import on_page
from storage.db import inserted_id
from storage.threads import NO_CASE_SHOWN_IN_HANDOFF


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


def unplaced_messages(
    db: Database, psid: str, since_at: str, after_id: int | None = None, page_id: str | None = None
) -> list[int]:
    """The ids of the citizen's messages, in and out, in no case and no conversation with a person:
    those since `since_at`, and (a draft's) every one after `after_id`. What an officer asked to talk
    must read first, a question answered before it too. Not a look-up or a data request
    (`conversation_only`, storage/threads.py): a case made from the talk takes its thread, and a
    denunciation's code must not come with it."""
    values = {"psid": psid, "since": since_at, "after": after_id, "page": page_id}
    return [
        row[0]
        for row in db.execute(
            "SELECT id FROM messages WHERE psid = :psid AND report_id IS NULL AND handoff_id IS NULL"  # nosec B608 # a constant fragment, values bound
            f" AND conversation_only IN (0, {NO_CASE_SHOWN_IN_HANDOFF})"
            " AND (julianday(at) >= julianday(:since) OR (:after IS NOT NULL AND id > :after))"
            f" AND {on_page('messages')} ORDER BY id",
            values,
        ).fetchall()
    ]


def previous_text(db: Database, psid: str, before_id: int | None, since_at: str) -> str | None:
    """What the citizen typed last before message `before_id`, if since `since_at`: danger is told over
    two messages as often as in one ("có thằng gọi báo con tôi đâm xe", then "bảo chuyển ngay 40 triệu")."""
    if before_id is None:
        return None
    row = db.execute(
        "SELECT text FROM messages WHERE psid = ? AND direction = 'in' AND kind = 'text' AND id < ?"
        " AND julianday(at) >= julianday(?) ORDER BY id DESC LIMIT 1",
        [psid, before_id, since_at],
    ).fetchone()
    return row[0] if row else None


def attachments_for_report(db: Database, report_id: int) -> list[Row]:
    return list(
        db.query(
            "SELECT id, type, url, status, path, size, content_type FROM attachments WHERE report_id = ? ORDER BY id",
            [report_id],
        )
    )
