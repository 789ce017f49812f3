"""Satisfaction for the statistics page and the monthly report: by category, field, channel and
month, each with its counts and the share satisfied (rất hài lòng + hài lòng)."""

import datetime as dt
import zoneinfo

from storage.ratings import satisfaction_by, summarize
from storage.stats import year_bounds

GROUPS = ("category", "field", "channel", "month")


def satisfaction(db, start, end, shift, page_id=None):
    """Verdicts given in [start, end) (UTC ISO strings); `shift` is the ward's offset ('+7 hours')."""
    tables = {key: satisfaction_by(db, key, start, end, shift, page_id) for key in GROUPS}
    overall = {}
    for counts in tables["channel"].values():
        for rating, count in counts.items():
            overall[rating] = overall.get(rating, 0) + count
    return {
        "overall": summarize(overall),
        **{f"by_{key}": {group: summarize(counts) for group, counts in table.items()} for key, table in tables.items()},
    }


def year_satisfaction(db, year, timezone, page_id=None):
    bounds = year_bounds(year, timezone)
    return satisfaction(db, bounds["start"], bounds["end"], bounds["shift"], page_id)


def month_satisfaction(db, first, after, timezone, page_id=None):
    """The local month [first, after) (dates)."""
    zone = zoneinfo.ZoneInfo(timezone)
    start, end = (
        dt.datetime.combine(day, dt.time(), zone).astimezone(dt.timezone.utc).isoformat(timespec="milliseconds")
        for day in (first, after)
    )
    offset = dt.datetime.combine(first, dt.time(), zone).utcoffset().total_seconds() / 3600
    return satisfaction(db, start, end, f"{offset:+g} hours", page_id)
