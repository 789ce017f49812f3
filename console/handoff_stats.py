"""Handoffs in the statistics: how many per day, how fast a person first answered, and how many
were answered within office hours.

"Within office hours" means by the end of the working day on which an officer could first read
the request: a request at 10:00 answered at 16:00 counts, one answered the next morning does
not, and a request made on Saturday counts if it is answered by Monday's closing time.
"""

import datetime as dt
import statistics

from casework.ward import Ward
from storage.stats import year_bounds

RECENT_DAYS = 14


def handoff_stats(db, cfg, year, page_id=None, today=None):
    """The year's handoffs (one ward's when `page_id` is given) as numbers for the stats page."""
    bounds = year_bounds(year, cfg.get("TIMEZONE", "Asia/Ho_Chi_Minh"))
    # Listed messages nobody asked a person about are not handoffs.
    query = (
        "SELECT opened_at, first_answer_at FROM handoffs WHERE opened_at >= :start AND opened_at < :end"
        " AND reason != 'unmatched'"
    )
    if page_id:
        query += " AND page_id = :page"  # nosec B608 # a constant fragment, the value bound
    rows = list(db.query(query, dict(bounds, page=page_id)))
    ward = Ward(db, cfg)
    opened = [_moment(r["opened_at"]) for r in rows]
    answered = [(_moment(r["opened_at"]), _moment(r["first_answer_at"])) for r in rows if r["first_answer_at"]]
    minutes = [(a - o).total_seconds() / 60 for o, a in answered]
    in_hours = sum(1 for o, a in answered if a <= _end_of_first_working_day(ward, o))
    return {
        "total": len(rows),
        "per_day": _recent_days(ward, opened, today or ward.local_date()),
        "answered": len(answered),
        "median_minutes": round(statistics.median(minutes)) if minutes else None,
        "mean_minutes": round(statistics.fmean(minutes)) if minutes else None,
        "in_office_hours": in_hours,
        "in_office_hours_share": round(100 * in_hours / len(rows)) if rows else None,
    }


def _moment(iso):
    return dt.datetime.fromisoformat(iso)


def _recent_days(ward, opened, today):
    """(dd/mm, count) for the last RECENT_DAYS local days, oldest first."""
    counts = {}
    for moment in opened:
        day = ward.local_date(moment)
        counts[day] = counts.get(day, 0) + 1
    days = [today - dt.timedelta(days=n) for n in range(RECENT_DAYS - 1, -1, -1)]
    return [(f"{day:%d/%m}", counts.get(day, 0)) for day in days]


def _end_of_first_working_day(ward, asked_at):
    """When the office closes on the day it can first read a request made at `asked_at`."""
    opening = ward.next_opening(asked_at)
    periods = ward.hours.periods_on(opening.date(), ward.calendar)
    return dt.datetime.combine(opening.date(), periods[-1][1], ward.tz)
