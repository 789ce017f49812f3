"""Citizens' requests about their data: each kept with what was done, under a code.

The code is Meta's `confirmation_code` and the address of the status page, so it is random and
long enough not to be guessed; the outcome holds counts and case codes, never a name or a phone.
"""

import json
import secrets

from core.clock import now_iso


def record_request(db, source, kind, outcome, psid=None, page_id=None):
    """Keep one request (`source` chat | meta | retention; `kind` access | withdraw | delete)."""
    code = secrets.token_hex(8)
    db.execute(
        "INSERT INTO data_requests (code, source, kind, psid, page_id, outcome, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [code, source, kind, psid, page_id, json.dumps(outcome, ensure_ascii=False), now_iso()],
    )
    return code


def request_by_code(db, code):
    row = next(db.query("SELECT * FROM data_requests WHERE code = ?", [code]), None)
    if row is not None:
        row["outcome"] = json.loads(row["outcome"])
    return row
