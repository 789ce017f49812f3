"""Protected people: whoever started or filed a denunciation on a page (Law on Denunciations 2018,
Art. 47), and what they gave of themselves there.

Who is protected is stored by the schema's triggers (storage/migrations.py, m020), whatever writes:
a draft reaching the denunciation category, a denunciation filed, a case reclassified as one, a
protected hotline case linked to a Messenger citizen. Every case of that (page, PSID) carries the
flag (`reports.protected`), those made later too. This module reads it, and gathers the identities
the person gave on that page, so that each view can blank them wherever they were typed.
"""

import json

from sqlite_utils import Database

from core.case_rules import person_protected_sql
from core.types import Row

IDENTITY_FIELDS = ("name", "phone", "address")
Identity = dict[str, str | None]


def protection_of(db: Database, page_id: str | None, psid: str | None) -> Row | None:
    """Since when and why the citizen (`psid` on `page_id`) is protected; None if they are not."""
    if not psid:
        return None
    return next(
        db.query(
            "SELECT page_id, psid, since, reason, report_id FROM protected_people WHERE page_id = ? AND psid = ?",
            [page_id or "", psid],
        ),
        None,
    )


def protect(db: Database, page_id: str | None, psid: str, reason: str, report_id: int | None = None) -> bool:
    """Make the citizen a protected person (their cases follow, by trigger); False if they were."""
    return (
        db.execute(
            "INSERT OR IGNORE INTO protected_people (page_id, psid, since, reason, report_id)"
            " VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%f+00:00'), ?, ?)",
            [page_id or "", psid, reason, report_id],
        ).rowcount
        == 1
    )


def flag_column(page: str, psid: str) -> str:
    """`… AS protected` for a query of rows that name a citizen but are no case (handoffs): what
    `core.case_rules.is_protected` reads on them."""
    return f"{person_protected_sql(page, psid)} AS protected"


def identities_of(db: Database, page_id: str | None, psid: str | None) -> list[Identity]:
    """Every name, phone and address the citizen gave on this page: in each of their cases, and in the
    report they are drafting. A view blanks all of them, whichever case it shows."""
    if not psid:
        return []
    found = [
        {field: row[field] for field in IDENTITY_FIELDS}
        for row in db.query(
            "SELECT DISTINCT name, phone, address FROM reports WHERE psid = ? AND coalesce(page_id, '') = ?"
            " AND (name IS NOT NULL OR phone IS NOT NULL OR address IS NOT NULL)",
            [psid, page_id or ""],
        )
    ]
    row = db.execute("SELECT draft FROM conversations WHERE page_id = ? AND psid = ?", [page_id or "", psid]).fetchone()
    draft = json.loads(row[0]) if row else {}
    if any(draft.get(field) for field in IDENTITY_FIELDS):
        found.append({field: draft.get(field) for field in IDENTITY_FIELDS})
    return found
