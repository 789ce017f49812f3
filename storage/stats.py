"""Counts for the statistics page and the leaders' reports.

Times are stored in UTC (`2026-01-01T01:30:00.000+00:00`); a year or a month is
the ward's local one, so its bounds are turned into UTC first and the count
walks the covering index `reports_stats` (no row of the table is read).
"""

import datetime as dt
import zoneinfo
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

_KEYS = {
    "category": "category",
    "field": "field",
    "status": "status",
    "channel": "channel",
    "month": "substr(datetime(created_at, :shift), 1, 7)",
}
_IN_YEAR = "created_at >= :start AND created_at < :end"


def year_bounds(year: int, timezone: str) -> dict[str, str]:
    """The local year as UTC ISO strings, comparable with `created_at`, and the local UTC offset."""
    zone = zoneinfo.ZoneInfo(timezone)
    start, end = (dt.datetime(y, 1, 1, tzinfo=zone).astimezone(dt.timezone.utc) for y in (year, year + 1))
    offset = (dt.datetime(year, 6, 1, tzinfo=zone).utcoffset() or dt.timedelta()).total_seconds() / 3600
    return {
        "start": start.isoformat(timespec="milliseconds"),
        "end": end.isoformat(timespec="milliseconds"),
        "shift": f"{offset:+g} hours",
    }


def _in_year(page_id: str | None) -> str:
    """The year's cases, of one ward's page when given (only then: the single-ward count keeps to the
    covering index)."""
    return _IN_YEAR + (" AND page_id = :page" if page_id else "")


def counts_by(db: Database, key: str, year: int, timezone: str, page_id: str | None = None) -> list[tuple[Any, int]]:
    return db.execute(
        f"SELECT {_KEYS[key]} AS k, count(*) FROM reports WHERE {_in_year(page_id)} GROUP BY k ORDER BY k",  # nosec B608 # constant fragments, values bound
        dict(year_bounds(year, timezone), page=page_id),
    ).fetchall()


def timeliness(
    db: Database, year: int, timezone: str, today: str, open_statuses: Iterable[str], page_id: str | None = None
) -> dict[str, int]:
    """Closed on or before the deadline, closed late, still open and overdue, still open in time."""
    open_list = ", ".join(f"'{s}'" for s in open_statuses)  # fixed names from the code, not input
    row = db.execute(
        f"SELECT"  # nosec B608 # constant fragments, values bound
        f" sum(status NOT IN ({open_list}) AND date(datetime(closed_at, :shift)) <= deadline),"
        f" sum(status NOT IN ({open_list}) AND date(datetime(closed_at, :shift)) > deadline),"
        f" sum(status IN ({open_list}) AND deadline < :today),"
        f" sum(status IN ({open_list}) AND deadline >= :today)"
        f" FROM reports WHERE {_in_year(page_id)}",
        dict(year_bounds(year, timezone), today=today, page=page_id),
    ).fetchone()
    return dict(zip(("on_time", "late", "overdue", "open"), (n or 0 for n in row), strict=True))
