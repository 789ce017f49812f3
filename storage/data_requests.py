"""Citizens' requests about their data: each kept with what was done, under a code.

The code is Meta's `confirmation_code` and the address of the status page, so it is random and
long enough not to be guessed; the outcome holds counts and case codes, never a name or a phone.
A request answered at once (the chat's, a Meta request matched) is dated `answered_at` as it is
recorded; one that waits for an officer (Meta's ID matching failed) has none until it is finished,
and keeps the app-scoped id it names (`app_user_id`) until then only. `request_key` tells a replay of
Meta's signed_request from a new request.
"""

import json
import secrets
from typing import Any

from sqlite_utils import Database

from core.clock import now_iso
from core.types import Row


def record_request(
    db: Database,
    source: str,
    kind: str,
    outcome: dict[str, Any],
    psid: str | None = None,
    page_id: str | None = None,
    answered: bool = True,
    request_key: str | None = None,
    app_user_id: str | None = None,
) -> str:
    """Keep one request (`source` chat | meta | retention; `kind` access | withdraw | delete)."""
    code, at = secrets.token_hex(8), now_iso()
    db.execute(
        "INSERT INTO data_requests (code, source, kind, psid, page_id, outcome, created_at, answered_at,"
        " request_key, app_user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            code,
            source,
            kind,
            psid,
            page_id,
            json.dumps(outcome, ensure_ascii=False),
            at,
            at if answered else None,
            request_key,
            None if answered else app_user_id,
        ],
    )
    return code


def answer_request(db: Database, request_id: int, outcome: dict[str, Any]) -> None:
    """A waiting request finished: its outcome, its date, and the id it named forgotten."""
    db.execute(
        "UPDATE data_requests SET outcome = ?, answered_at = ?, app_user_id = NULL"
        " WHERE id = ? AND answered_at IS NULL",
        [json.dumps(outcome, ensure_ascii=False), now_iso(), request_id],
    )


def request_by_code(db: Database, code: str) -> Row | None:
    return _decoded(next(db.query("SELECT * FROM data_requests WHERE code = ?", [code]), None))


def request_by_key(db: Database, request_key: str) -> Row | None:
    return _decoded(next(db.query("SELECT * FROM data_requests WHERE request_key = ?", [request_key]), None))


def waiting_requests(db: Database, page_id: str | None = None) -> list[Row]:
    """Requests not yet answered, oldest first (`page_id` None: every ward's)."""
    rows = db.query(
        "SELECT * FROM data_requests WHERE answered_at IS NULL AND (:page IS NULL OR page_id = :page)"
        " ORDER BY created_at, id",
        {"page": page_id},
    )
    return [_outcome_read(row) for row in rows]


def recent_answered(db: Database, page_id: str | None = None, limit: int = 20) -> list[Row]:
    rows = db.query(
        "SELECT * FROM data_requests WHERE answered_at IS NOT NULL AND (:page IS NULL OR page_id = :page)"
        " AND source != 'retention' ORDER BY id DESC LIMIT :limit",  # the job's daily mark is nobody's request
        {"page": page_id, "limit": limit},
    )
    return [_outcome_read(row) for row in rows]


def _decoded(row: Row | None) -> Row | None:
    return None if row is None else _outcome_read(row)


def _outcome_read(row: Row) -> Row:
    row["outcome"] = json.loads(row["outcome"])
    return row


def request_by_id(db: Database, request_id: int) -> Row | None:
    return _decoded(next(db.query("SELECT * FROM data_requests WHERE id = ?", [request_id]), None))
