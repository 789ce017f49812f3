"""Citizens' requests about their data (issue 16): each kept with what was done, under a code.

The code is Meta's `confirmation_code` and the address of the status page, so it is random and
long enough not to be guessed; the outcome holds counts and case codes, never a name or a phone.
"""

import json
import secrets
from typing import Any

from sqlite_utils import Database

from core.clock import now_iso
from core.types import Row


def record_request(
    db: Database, source: str, kind: str, outcome: dict[str, Any], psid: str | None = None, page_id: str | None = None
) -> str:
    """Keep one request (`source` chat | meta | retention; `kind` access | withdraw | delete)."""
    code = secrets.token_hex(8)
    db.execute(
        "INSERT INTO data_requests (code, source, kind, psid, page_id, outcome, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [code, source, kind, psid, page_id, json.dumps(outcome, ensure_ascii=False), now_iso()],
    )
    return code


def request_by_code(db: Database, code: str) -> Row | None:
    row = next(db.query("SELECT * FROM data_requests WHERE code = ?", [code]), None)
    if row is not None:
        row["outcome"] = json.loads(row["outcome"])
    return row
