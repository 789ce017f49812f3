"""One row per working day whose digest went out: the guard against sending it twice."""

import datetime as dt

from sqlite_utils import Database

from core.clock import now_iso
from core.types import Row


def digest_of(db: Database, day: dt.date) -> Row | None:
    return next(db.query("SELECT * FROM digests WHERE day = ?", [day.isoformat()]), None)


def last_digest_before(db: Database, day: dt.date) -> Row | None:
    return next(db.query("SELECT * FROM digests WHERE day < ? ORDER BY day DESC LIMIT 1", [day.isoformat()]), None)


def record_digest(db: Database, day: dt.date, since: str, body: str, recipients: int) -> None:
    """Fails (primary key) if another process recorded the day first: its transaction rolls back."""
    db.table("digests").insert(
        {"day": day.isoformat(), "since": since, "built_at": now_iso(), "body": body, "recipients": recipients}
    )
