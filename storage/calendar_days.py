"""The officers' calendar table: extra days off and make-up working days the government announces."""

import datetime as dt

from sqlite_utils import Database

from core.clock import now_iso
from core.types import Row

KINDS = ("off", "workday")


# Each ward reads the rows for every ward (page_id NULL) and its own, its own winning.
_SEEN_BY = "(page_id IS NULL OR page_id = :page)"


def calendar_overrides(db: Database, page_id: str | None = None) -> dict[dt.date, str]:
    rows = db.execute(
        f"SELECT day, kind FROM calendar_days WHERE {_SEEN_BY} ORDER BY page_id IS NOT NULL",  # nosec B608 # constant
        {"page": page_id},
    ).fetchall()
    return {dt.date.fromisoformat(day): kind for day, kind in rows}


def set_calendar_day(
    db: Database, day: dt.date, kind: str, note: str | None = None, by: str | None = None, page_id: str | None = None
) -> None:
    """Insert or replace the decision for `day` of ward `page_id` (None: every ward's)."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}")
    remove_calendar_day(db, day, page_id)
    db.execute(
        "INSERT INTO calendar_days (page_id, day, kind, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        [page_id, day.isoformat(), kind, note, by, now_iso()],
    )


def remove_calendar_day(db: Database, day: dt.date, page_id: str | None = None) -> int:
    """Only the ward's own decision: another ward's, or every ward's, is not this ward's to remove."""
    return db.execute("DELETE FROM calendar_days WHERE day = ? AND page_id IS ?", [day.isoformat(), page_id]).rowcount


def calendar_days_of_year(db: Database, year: int, page_id: str | None = None) -> list[Row]:
    return list(
        db.query(
            "SELECT day, kind, note, created_by, created_at, page_id FROM calendar_days"
            f" WHERE day LIKE :year AND {_SEEN_BY} ORDER BY day, page_id IS NOT NULL",  # nosec B608 # constant
            {"year": f"{year:04d}-%", "page": page_id},
        )
    )
