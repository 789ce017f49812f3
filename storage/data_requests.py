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

from core.clock import now_iso


def record_request(
    db, source, kind, outcome, psid=None, page_id=None, answered=True, request_key=None, app_user_id=None
):
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


def answer_request(db, request_id, outcome):
    """A waiting request finished: its outcome, its date, and the id it named forgotten."""
    db.execute(
        "UPDATE data_requests SET outcome = ?, answered_at = ?, app_user_id = NULL"
        " WHERE id = ? AND answered_at IS NULL",
        [json.dumps(outcome, ensure_ascii=False), now_iso(), request_id],
    )


def request_by_code(db, code):
    return _decoded(next(db.query("SELECT * FROM data_requests WHERE code = ?", [code]), None))


def request_by_key(db, request_key):
    return _decoded(next(db.query("SELECT * FROM data_requests WHERE request_key = ?", [request_key]), None))


def waiting_requests(db, page_id=None):
    """Requests not yet answered, oldest first (`page_id` None: every ward's)."""
    rows = db.query(
        "SELECT * FROM data_requests WHERE answered_at IS NULL AND (:page IS NULL OR page_id = :page)"
        " ORDER BY created_at, id",
        {"page": page_id},
    )
    return [_decoded(row) for row in rows]


def recent_answered(db, page_id=None, limit=20):
    rows = db.query(
        "SELECT * FROM data_requests WHERE answered_at IS NOT NULL AND (:page IS NULL OR page_id = :page)"
        " AND source != 'retention' ORDER BY id DESC LIMIT :limit",  # the job's daily mark is nobody's request
        {"page": page_id, "limit": limit},
    )
    return [_decoded(row) for row in rows]


def _decoded(row):
    if row is not None:
        row["outcome"] = json.loads(row["outcome"])
    return row


def request_by_id(db, request_id):
    return _decoded(next(db.query("SELECT * FROM data_requests WHERE id = ?", [request_id]), None))
