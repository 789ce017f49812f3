"""The officers' calendar table: extra days off and make-up working days the government announces."""
import datetime as dt

from core.clock import now_iso

KINDS = ("off", "workday")


def calendar_overrides(db):
    return {dt.date.fromisoformat(day): kind
            for day, kind in db.execute("SELECT day, kind FROM calendar_days").fetchall()}


def set_calendar_day(db, day, kind, note=None, by=None):
    """Insert or replace the ward's decision for `day` (one decision per day)."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}")
    db.execute("INSERT INTO calendar_days (day, kind, note, created_by, created_at) VALUES (?, ?, ?, ?, ?)"
               " ON CONFLICT(day) DO UPDATE SET kind = excluded.kind, note = excluded.note,"
               " created_by = excluded.created_by, created_at = excluded.created_at",
               [day.isoformat(), kind, note, by, now_iso()])


def remove_calendar_day(db, day):
    return db.execute("DELETE FROM calendar_days WHERE day = ?", [day.isoformat()]).rowcount


def calendar_days_of_year(db, year):
    return list(db.query("SELECT day, kind, note, created_by, created_at FROM calendar_days"
                         " WHERE day LIKE ? ORDER BY day", [f"{year:04d}-%"]))
