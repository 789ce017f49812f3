"""Where each citizen is in the conversation, and the report they are drafting.

A half-finished report lives here, so a citizen who comes back hours later
continues where they stopped.
"""

import json

from sqlite_utils import Database

from core.clock import now_iso
from core.types import Row
from storage.db import inserted_id


def load_conversation(db: Database, psid: str, page_id: str | None = None) -> Row:
    """The citizen's state on this page, or a fresh one (step None: never talked to us there).
    A PSID is page-scoped at Meta: the same number on another page is another conversation."""
    page = page_id or ""  # the single-ward setup
    row = db.execute(
        "SELECT step, draft, history, last_inbound_ms, thread_ack_ms, language, voice FROM conversations"
        " WHERE page_id = ? AND psid = ?",
        [page, psid],
    ).fetchone()
    if row is None:
        return {
            "psid": psid,
            "page_id": page,
            "step": None,
            "draft": {},
            "history": [],
            "last_inbound_ms": None,
            "thread_ack_ms": None,
            "language": "vi",
            "voice": {},
        }
    step, draft, history, last_ms, ack_ms, language, voice = row
    return {
        "psid": psid,
        "page_id": page,
        "step": step,
        "draft": json.loads(draft),
        "history": json.loads(history),
        "last_inbound_ms": last_ms,
        "thread_ack_ms": ack_ms,
        "language": language or "vi",
        "voice": json.loads(voice or "{}"),
    }


def save_conversation(db: Database, conv: Row) -> None:
    db.execute(
        "INSERT INTO conversations (page_id, psid, step, draft, history, last_inbound_ms, thread_ack_ms,"
        " language, voice, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(page_id, psid) DO UPDATE SET step = excluded.step, draft = excluded.draft,"
        " history = excluded.history, last_inbound_ms = excluded.last_inbound_ms,"
        " thread_ack_ms = excluded.thread_ack_ms, language = excluded.language, voice = excluded.voice,"
        " updated_at = excluded.updated_at",
        [
            conv.get("page_id") or "",
            conv["psid"],
            conv["step"],
            json.dumps(conv["draft"], ensure_ascii=False),
            json.dumps(conv["history"]),
            conv["last_inbound_ms"],
            conv["thread_ack_ms"],
            conv.get("language", "vi"),
            json.dumps(conv.get("voice") or {}, ensure_ascii=False),
            now_iso(),
        ],
    )


def record_consent(
    db: Database, psid: str, purpose: str, text_shown: str, answer: str, at: str, event_key: str | None
) -> int:
    """Keep the exact text the citizen agreed (or refused) to, and when."""
    return inserted_id(
        db.table("consents")
        .insert(
            {
                "psid": psid,
                "purpose": purpose,
                "text_shown": text_shown,
                "answer": answer,
                "at": at,
                "event_key": event_key,
            }
        )
        .last_pk
    )


def speaking_to(db: Database, psid: str, page_id: str | None = None) -> tuple[str, dict]:
    """(language, voice) of the citizen's conversation on this page: how a notice sent outside the
    conversation (a status change, a deadline, an officer closing a handoff) speaks to them."""
    row = db.execute(
        "SELECT language, voice FROM conversations WHERE page_id = ? AND psid = ?", [page_id or "", psid]
    ).fetchone()
    if row is None:
        return "vi", {}
    return row[0] or "vi", json.loads(row[1] or "{}")
