"""Who is on duty each day, and officers' linked Messenger accounts.

A day with nobody set falls back to the `default` roster, so a ward with one
duty officer (as in the notice) sets it once.
"""

import datetime as dt
import secrets
import time
from collections.abc import Iterable

from sqlite_utils import Database

from core.clock import now_iso
from core.types import Row

DEFAULT_DAY = "default"
LINK_CODE_SECONDS = 30 * 60


def officer_by_username(db: Database, username: str) -> Row | None:
    return next(db.query("SELECT * FROM officers WHERE username = ?", [username]), None)


def set_roster(db: Database, day: str, officer_ids: Iterable[int], page_id: str | None = None) -> None:
    """Replace ward `page_id`'s roster of `day` (an ISO date or 'default'); None: every ward's."""
    db.execute("DELETE FROM duty_roster WHERE day = ? AND page_id IS ?", [day, page_id])
    for officer_id in officer_ids:
        db.execute("INSERT INTO duty_roster (day, officer_id, page_id) VALUES (?, ?, ?)", [day, officer_id, page_id])


# An officer with what it takes to reach them: e-mail, and the Messenger link with its last "trực".
_COLUMNS = "SELECT o.id, o.username, o.full_name, o.email, o.page_id, o.role, m.psid, m.checked_in_ms"
_LINK = " LEFT JOIN officer_messenger m ON m.officer_id = o.id"
_REACHABLE = _COLUMNS + " FROM officers o" + _LINK


def officers_on_duty(db: Database, day: dt.date, page_id: str | None = None) -> list[Row]:
    """Enabled officers on duty on `day` (a date) in ward `page_id`, with their e-mail and Messenger
    link: the ward's roster of the day, else its default, else the roster for every ward."""
    query = (
        _COLUMNS
        + " FROM duty_roster r JOIN officers o ON o.id = r.officer_id"
        + _LINK
        + " WHERE r.day = ? AND r.page_id IS ? AND o.disabled = 0 ORDER BY o.username"
    )
    pages = [page_id, None] if page_id is not None else [None]
    for page in pages:
        for key in (day.isoformat(), DEFAULT_DAY):
            rows = list(db.query(query, [key, page]))
            if rows:
                return rows
    return []


def reachable_officers(db: Database, officer_ids: Iterable[int]) -> list[Row]:
    """These officers (enabled ones only), as `officers_on_duty` returns them, in the order given."""
    ids = list(dict.fromkeys(officer_ids))
    if not ids:
        return []
    rows = {
        row["id"]: row
        for row in db.query(
            _REACHABLE + f" WHERE o.disabled = 0 AND o.id IN ({', '.join('?' for _ in ids)})",  # nosec B608 # only "?" placeholders are joined
            ids,
        )
    }
    return [rows[i] for i in ids if i in rows]


def checked_in_since(db: Database, since_ms: int) -> list[Row]:
    """Enabled officers who sent "trực" at or after `since_ms` (Meta's time): on duty by their own word."""
    return list(db.query(_REACHABLE + " WHERE o.disabled = 0 AND m.checked_in_ms >= ? ORDER BY o.username", [since_ms]))


def officers_with_role(db: Database, role: str) -> list[Row]:
    """Enabled officers of one role (the ward's leaders), as `officers_on_duty` returns them."""
    return list(db.query(_REACHABLE + " WHERE o.disabled = 0 AND o.role = ? ORDER BY o.username", [role]))


def set_email(db: Database, username: str, email: str | None) -> int:
    return db.execute("UPDATE officers SET email = ? WHERE username = ?", [email, username]).rowcount


def new_link_code(db: Database, officer_id: int) -> str:
    """A one-time code the officer sends to the page ("trực 12345678"), valid 30 minutes."""
    code = f"{secrets.randbelow(10**8):08d}"
    db.execute("DELETE FROM officer_link_codes WHERE officer_id = ? OR expires_at < ?", [officer_id, time.time()])
    db.execute(
        "INSERT INTO officer_link_codes (code, officer_id, expires_at) VALUES (?, ?, ?)",
        [code, officer_id, time.time() + LINK_CODE_SECONDS],
    )
    return code


def use_link_code(db: Database, code: str, psid: str) -> int | None:
    """Link `psid` to the code's officer; the officer id, or None for a wrong or expired code."""
    row = db.execute(
        "SELECT officer_id FROM officer_link_codes WHERE code = ? AND used_at IS NULL AND expires_at >= ?",
        [code, time.time()],
    ).fetchone()
    if row is None:
        return None
    db.execute("UPDATE officer_link_codes SET used_at = ? WHERE code = ?", [now_iso(), code])
    db.execute("DELETE FROM officer_messenger WHERE psid = ? OR officer_id = ?", [psid, row[0]])
    db.execute(
        "INSERT INTO officer_messenger (officer_id, psid, linked_at) VALUES (?, ?, ?)", [row[0], psid, now_iso()]
    )
    return row[0]


def linked_officer(db: Database, psid: str) -> Row | None:
    return next(
        db.query(
            "SELECT o.id, o.username, o.full_name, m.checked_in_ms FROM officer_messenger m"
            " JOIN officers o ON o.id = m.officer_id WHERE m.psid = ? AND o.disabled = 0",
            [psid],
        ),
        None,
    )


def check_in(db: Database, officer_id: int, timestamp_ms: int) -> None:
    db.execute(
        "UPDATE officer_messenger SET checked_in_ms = max(coalesce(checked_in_ms, 0), ?) WHERE officer_id = ?",
        [timestamp_ms, officer_id],
    )


def check_out(db: Database, officer_id: int) -> None:
    db.execute("UPDATE officer_messenger SET checked_in_ms = NULL WHERE officer_id = ?", [officer_id])


def unlink(db: Database, officer_id: int) -> int:
    return db.execute("DELETE FROM officer_messenger WHERE officer_id = ?", [officer_id]).rowcount
