"""Handoffs: a citizen waiting for (or talking with) a person instead of the bot.

One open handoff per (page, PSID), enforced by a unique index, so two events
racing to open one cannot make two. The thread is the `messages` rows tagged
with the handoff's id; the first human answer is kept for the statistics.
"""

import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlite_utils import Database

from core.clock import now_iso
from core.types import Row
from storage.db import inserted_id
from storage.protected_people import flag_column

_PAGE = "coalesce(page_id, '') = coalesce(?, '')"
# Every handoff read carries whether its citizen is a protected person (core.case_rules.is_protected).
_ROW = f"handoffs.*, {flag_column('handoffs.page_id', 'handoffs.psid')}"


def open_handoff_of(db: Database, page_id: str | None, psid: str) -> Row | None:
    """The citizen's open handoff on this page, or None. Asked for every message a citizen sends:
    plain `execute` (sqlite-utils' `query` wraps each call in a savepoint, 4x the cost)."""
    cursor = db.execute(
        f"SELECT {_ROW} FROM handoffs WHERE {_PAGE} AND psid = ? AND status = 'open'",  # nosec B608 # constant fragment, values bound
        [page_id, psid],
    )
    row = cursor.fetchone()
    return dict(zip([c[0] for c in cursor.description], row, strict=True)) if row else None


def handoff_by_id(db: Database, handoff_id: int) -> Row | None:
    return next(db.query(f"SELECT {_ROW} FROM handoffs WHERE id = ?", [handoff_id]), None)  # nosec B608 # constant


def open_handoffs(db: Database, page_id: str | None = None, psid: str | None = None) -> list[Row]:
    """Open handoffs, longest waiting first; one page's when `page_id` is given (None: every page)."""
    where, args = ["status = 'open'"], []
    if page_id is not None:
        where.append("page_id = ?")
        args.append(page_id)
    if psid is not None:
        where.append("psid = ?")
        args.append(psid)
    return list(
        db.query(
            f"SELECT {_ROW} FROM handoffs WHERE {' AND '.join(where)} ORDER BY opened_at, id",  # nosec B608 # constant fragments, values bound
            args,
        )
    )


def create_handoff(
    db: Database, page_id: str | None, psid: str, reason: str, at: str | None = None, inbox_control: bool = False
) -> tuple[Row | None, bool]:
    """Open a handoff; the one already open if there is one (returns (row, created)).

    A conversation only listed (`unmatched`) becomes a real handoff from now: created is True."""
    at = at or now_iso()
    existing = open_handoff_of(db, page_id, psid)
    if existing and existing["reason"] == "unmatched" and reason != "unmatched":
        db.execute(
            "UPDATE handoffs SET reason = ?, opened_at = ?, last_activity_at = ?,"
            " inbox_control = max(inbox_control, ?) WHERE id = ?",
            [reason, at, at, int(inbox_control), existing["id"]],
        )
        return handoff_by_id(db, existing["id"]), True
    if existing:
        return existing, False
    handoff_id = inserted_id(
        db.execute(
            "INSERT INTO handoffs (page_id, psid, reason, opened_at, last_activity_at, inbox_control)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [page_id, psid, reason, at, at, int(inbox_control)],
        ).lastrowid
    )
    return handoff_by_id(db, handoff_id), True


def tag_messages(
    db: Database, handoff_id: int, message_ids: Iterable[int] = (), outbox_ids: Iterable[int] = ()
) -> None:
    """Put transcript rows (by id, or by the outbox row that sent them) into the handoff's thread."""
    for message_id in message_ids:
        db.execute("UPDATE messages SET handoff_id = ? WHERE id = ?", [handoff_id, message_id])
    for outbox_id in outbox_ids:
        db.execute("UPDATE messages SET handoff_id = ? WHERE outbox_id = ?", [handoff_id, outbox_id])


def touch(db: Database, handoff_id: int, at: str | None = None) -> None:
    db.execute("UPDATE handoffs SET last_activity_at = ? WHERE id = ?", [at or now_iso(), handoff_id])


def record_human_answer(db: Database, handoff_id: int, by: str, at: str | None = None) -> None:
    """A person answered: the first answer is kept (time to first answer), activity moves on."""
    at = at or now_iso()
    db.execute(
        "UPDATE handoffs SET first_answer_at = coalesce(first_answer_at, ?),"
        " first_answer_by = coalesce(first_answer_by, ?), last_activity_at = ? WHERE id = ?",
        [at, by, at, handoff_id],
    )


def set_reason(db: Database, handoff_id: int, reason: str) -> None:
    """A listed conversation becomes a handoff (asked for, or answered by, a person)."""
    db.execute("UPDATE handoffs SET reason = ? WHERE id = ?", [reason, handoff_id])


def set_inbox_control(db: Database, handoff_id: int, has_control: bool) -> None:
    db.execute("UPDATE handoffs SET inbox_control = ? WHERE id = ?", [int(has_control), handoff_id])


def mark_urgent(db: Database, handoff_id: int) -> None:
    db.execute("UPDATE handoffs SET urgent = 1 WHERE id = ?", [handoff_id])


def mark_handoff_seen(db: Database, handoff_id: int, by: str) -> None:
    """An officer opened the conversation: it no longer waits unseen (no escalation, no late notice)."""
    db.execute("UPDATE handoffs SET seen_at = ?, seen_by = ? WHERE id = ?", [now_iso(), by, handoff_id])


def mark_handoff_escalated(db: Database, handoff_id: int, at: str) -> None:
    db.execute("UPDATE handoffs SET escalated_at = ? WHERE id = ?", [at, handoff_id])


def handoffs_waiting_unseen(db: Database) -> list[Row]:
    """Open handoffs a citizen asked for that no officer has opened or answered, not escalated yet."""
    return list(
        db.query(
            "SELECT * FROM handoffs WHERE status = 'open' AND reason = 'asked' AND first_answer_at IS NULL"
            " AND seen_at IS NULL AND escalated_at IS NULL ORDER BY id"
        )
    )


def set_notices(db: Database, handoff_id: int, notices: Any) -> None:
    db.execute("UPDATE handoffs SET notices = ? WHERE id = ?", [json.dumps(notices), handoff_id])


def close_handoff(db: Database, handoff_id: int, by: str, reason: str, report_id: int | None = None) -> bool:
    """Close it; False if it was closed already (a second close changes nothing)."""
    return (
        db.execute(
            "UPDATE handoffs SET status = 'closed', closed_at = ?, closed_by = ?, close_reason = ?,"
            " report_id = coalesce(?, report_id), inbox_control = 0 WHERE id = ? AND status = 'open'",
            [now_iso(), by, reason, report_id, handoff_id],
        ).rowcount
        == 1
    )


def quiet_handoffs(db: Database, before_iso: str) -> list[Row]:
    """Open handoffs with no activity since `before_iso` (the ward's quiet time has passed)."""
    return list(
        db.query(
            f"SELECT {_ROW} FROM handoffs WHERE status = 'open' AND last_activity_at < ? ORDER BY id",  # nosec B608 # constant
            [before_iso],
        )
    )


def thread_of(db: Database, handoff_id: int, after_id: int = 0) -> list[Row]:
    """The handoff's messages in order (those after `after_id` for live updates)."""
    return list(
        db.query(
            "SELECT m.id, m.direction, m.text, m.kind, m.at, o.sent_by, o.status AS delivery FROM messages m"
            " LEFT JOIN outbox o ON o.id = m.outbox_id WHERE m.handoff_id = ? AND m.id > ? ORDER BY m.id",
            [handoff_id, after_id],
        )
    )


def record_app_roles(db: Database, page_id: str | None, roles_by_app: Mapping[str, Iterable[str]]) -> None:
    """Meta's `app_roles` event: which app is primary and which secondary receiver of the page."""
    at = now_iso()
    for app_id, roles in roles_by_app.items():
        db.execute(
            "INSERT INTO page_app_roles (page_id, app_id, roles, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(page_id, app_id) DO UPDATE SET roles = excluded.roles,"
            " updated_at = excluded.updated_at",
            [page_id or "", str(app_id), json.dumps(list(roles)), at],
        )


def app_roles(db: Database, page_id: str | None) -> dict[str, list[str]]:
    """{app_id: [roles]} as Meta last told us; {} if it never did."""
    return {
        row["app_id"]: json.loads(row["roles"])
        for row in db.query("SELECT app_id, roles FROM page_app_roles WHERE page_id = ?", [page_id or ""])
    }
