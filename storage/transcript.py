"""The thread of each case as the citizen saw it: what came in, what went out."""

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


def attach_message_files(db: Database, message_id: int, report_id: int) -> None:
    """A message added to a filed case brings its files along."""
    db.execute(
        "UPDATE attachments SET report_id = ? WHERE message_id = ? AND report_id IS NULL", [report_id, message_id]
    )


def thread_start(db: Database, psid: str) -> int:
    """A new case's thread is everything since the citizen's previous case: greeting,
    menu, even a cancelled attempt, as the citizen saw it."""
    return db.execute(
        "SELECT coalesce(max(id), 0) FROM messages WHERE psid = ? AND report_id IS NOT NULL", [psid]
    ).fetchone()[0]


def discard_draft_attachments(db: Database, psid: str) -> None:
    """A cancelled draft's files belong to no case; keep the rows, never attach them later."""
    db.execute("UPDATE attachments SET status = 'discarded' WHERE psid = ? AND report_id IS NULL", [psid])


# A message that came in on another page (an event signed by another ward's app naming this PSID)
# is not this citizen's: it never joins their case. Bot replies have no event.
_FROM_PAGE = (
    "(event_key IS NULL OR :page IS NULL OR event_key IN (SELECT event_key FROM inbound_events WHERE page_id = :page))"
)


def attach_draft_to_report(
    db: Database, psid: str, report_id: int, since_message_id: int, page_id: str | None = None
) -> None:
    values = {"report": report_id, "psid": psid, "since": since_message_id, "page": page_id}
    db.execute(
        "UPDATE messages SET report_id = :report WHERE psid = :psid AND report_id IS NULL AND id > :since"  # nosec B608 # a constant fragment, values bound
        f" AND {_FROM_PAGE}",
        values,
    )
    db.execute(
        "UPDATE attachments SET report_id = :report WHERE psid = :psid AND report_id IS NULL"  # nosec B608 # constant
        " AND status != 'discarded' AND (message_id IS NULL OR message_id IN"
        f" (SELECT id FROM messages WHERE psid = :psid AND {_FROM_PAGE}))",
        values,
    )


def unplaced_messages(
    db: Database, psid: str, since_at: str, after_id: int | None = None, page_id: str | None = None
) -> list[int]:
    """The ids of the citizen's messages, in and out, in no case and no conversation with a person:
    those since `since_at`, and (a draft's) every one after `after_id`. What an officer asked to talk
    must read first."""
    values = {"psid": psid, "since": since_at, "after": after_id, "page": page_id}
    return [
        row[0]
        for row in db.execute(
            "SELECT id FROM messages WHERE psid = :psid AND report_id IS NULL AND handoff_id IS NULL"  # nosec B608 # a constant fragment, values bound
            " AND (julianday(at) >= julianday(:since) OR (:after IS NOT NULL AND id > :after))"
            f" AND {_FROM_PAGE} ORDER BY id",
            values,
        ).fetchall()
    ]


def count_draft_attachments(db: Database, psid: str, page_id: str | None = None) -> int:
    """The files a draft will take along when it is submitted (the same rows attach_draft_to_report
    attaches): what the summary counts as "Ảnh/tệp"."""
    return int(
        db.execute(
            "SELECT count(*) FROM attachments WHERE psid = :psid AND report_id IS NULL"  # nosec B608 # constant
            " AND status != 'discarded' AND (message_id IS NULL OR message_id IN"
            f" (SELECT id FROM messages WHERE psid = :psid AND {_FROM_PAGE}))",
            {"psid": psid, "page": page_id},
        ).fetchone()[0]
    )


def attachments_for_report(db: Database, report_id: int) -> list[Row]:
    return list(
        db.query(
            "SELECT id, type, url, status, path, size, content_type FROM attachments WHERE report_id = ? ORDER BY id",
            [report_id],
        )
    )
