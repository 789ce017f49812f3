"""Console sessions and login attempts.

The browser's cookie holds only a random token; the database holds its hash,
the officer and the times, so a session can expire when idle, end at logout,
and die when the account is disabled or its password is reset.
"""

import datetime as dt
import hashlib
import secrets

from sqlite_utils import Database

from core.clock import now, now_iso
from core.types import Row


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_session(db: Database, officer_id: int, ip: str | None = None) -> str:
    token = secrets.token_urlsafe(32)
    at = now_iso()
    db.table("console_sessions").insert(
        {"token_hash": _hash(token), "officer_id": officer_id, "created_at": at, "last_seen_at": at, "ip": ip}
    )
    return token


def session_officer(
    db: Database, token: str | None, idle_minutes: float, max_hours: float
) -> tuple[Row | None, str | None]:
    """(officer, None) for a live session, else (None, why): `expired`, `ended` or `disabled`."""
    if not token:
        return None, "ended"
    row = next(
        db.query(
            "SELECT s.created_at AS session_created_at, s.last_seen_at, o.* FROM console_sessions s"
            " JOIN officers o ON o.id = s.officer_id WHERE s.token_hash = ?",
            [_hash(token)],
        ),
        None,
    )
    if row is None:
        return None, "ended"
    moment = now()
    idle_limit = (moment - dt.timedelta(minutes=idle_minutes)).isoformat(timespec="milliseconds")
    age_limit = (moment - dt.timedelta(hours=max_hours)).isoformat(timespec="milliseconds")
    if row["disabled"] or row["password_changed_at"] > row["session_created_at"]:
        end_session(db, token)
        return None, "disabled" if row["disabled"] else "ended"
    if row["last_seen_at"] < idle_limit or row["session_created_at"] < age_limit:
        end_session(db, token)
        return None, "expired"
    return row, None


def touch_session(db: Database, token: str, every_seconds: float = 30) -> None:
    """Keep an active session alive; written at most every `every_seconds` to spare the database."""
    before = (now() - dt.timedelta(seconds=every_seconds)).isoformat(timespec="milliseconds")
    db.execute(
        "UPDATE console_sessions SET last_seen_at = ? WHERE token_hash = ? AND last_seen_at < ?",
        [now_iso(), _hash(token), before],
    )


def end_session(db: Database, token: str) -> None:
    db.execute("DELETE FROM console_sessions WHERE token_hash = ?", [_hash(token)])


def end_sessions_of(db: Database, officer_id: int) -> int:
    return db.execute("DELETE FROM console_sessions WHERE officer_id = ?", [officer_id]).rowcount
