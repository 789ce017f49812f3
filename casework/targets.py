"""Measured targets, per month of receipt: how fast an officer first acts on a case, and what is
answered in time. The statistics page shows them by month, the monthly report (and its XLSX for
the city's Department of Science and Technology) for its month.

- *First action*: the first thing an officer did on the case (FIRST_ACTIONS: a status, an answer or
  a draft of one, a note, an assignment, a proposal, a request to a department...), in office hours
  only (core/office_time.py): the median, and the share within FIRST_ACTION_HOURS (8 working hours,
  iHanoi's rule). A case nobody touched yet counts as late once 8 office hours have passed, and is
  pending before that (so the share never counts a case that may still make it).
- *Urgent* cases: the same within URGENT_HOURS (1 hour of office time).
- *Consultations* (asked that month): answered by their due date, late, or overdue unanswered.
- *Answers* (cases received that month): the first answer to the citizen, or the closing, on or
  before the case's deadline; late; or none yet with the deadline passed.
"""

import datetime as dt
import sqlite3
import statistics

from casework.ward import Ward
from core.clock import UTC, now
from core.office_time import HOUR, OfficeClock
from core.pages import page_config
from storage.casework import CLOSED_STATUSES

FIRST_ACTIONS = (
    "status",
    "answer",
    "answer_draft",
    "approve_answer",
    "note",
    "assign",
    "classify",
    "propose",
    "direct",
    "consult",
    "application",
    "hotline_call",
    "handoff_case",
)
ANSWERS = ("answer", "approve_answer")
FIRST_ACTION_HOURS = 8
URGENT_HOURS = 1


def _marks(values):
    return ", ".join(f"'{v}'" for v in values)  # fixed names from this module, not input


_CASES = (
    "SELECT r.id, r.page_id, r.created_at, r.urgent, r.deadline, r.closed_at,"  # nosec B608 # constant fragments, values bound
    " (SELECT min(a.at) FROM audit_log a WHERE a.report_id = r.id"
    f"  AND a.action IN ({_marks(FIRST_ACTIONS)}) AND (a.officer_id IS NOT NULL OR a.actor = 'cli')) AS acted_at,"
    f" (SELECT min(a.at) FROM audit_log a WHERE a.report_id = r.id AND a.action IN ({_marks(ANSWERS)})) AS answered_at"
    " FROM reports r WHERE r.created_at >= ? AND r.created_at < ?"
)
_CONSULTATIONS = (
    "SELECT c.asked_at, c.due, c.answered_at, r.page_id, r.status FROM consultations c"
    " JOIN reports r ON r.id = c.report_id WHERE c.asked_at >= ? AND c.asked_at < ?"
)


def month_targets(db, cfg, first, after, page_id=None):
    """The targets of cases received from `first` to before `after` (local dates), as one month."""
    key = first.strftime("%Y-%m")
    return _measured(db, cfg, first, after, page_id, lambda day: key).get(key) or _finish(_empty(key))


def year_targets(db, cfg, year, page_id=None):
    """Twelve months of targets, January first."""
    found = _measured(db, cfg, dt.date(year, 1, 1), dt.date(year + 1, 1, 1), page_id, lambda d: d.strftime("%Y-%m"))
    return [found.get(f"{year}-{m:02d}") or _finish(_empty(f"{year}-{m:02d}")) for m in range(1, 13)]


def _measured(db, cfg, first, after, page_id, month_of):
    wards = {}
    moment = now()

    def ward_of(page):
        if page not in wards:
            ward = Ward(db, page_config(cfg, page if page_id is None else page_id))
            # One table of days for all its cases, from the day before the first (a time zone's
            # margin): every moment asked about is later, so elapsed times stay comparable.
            origin = min(first, moment.date()) - dt.timedelta(days=1)
            ward.clock = OfficeClock(ward.hours, ward.calendar, origin)
            ward.now, ward.today = ward.clock.elapsed(moment), ward.local_date(moment).isoformat()
            wards[page] = ward
        return wards[page]

    home = ward_of(page_id)
    bounds = [_utc(home, first), _utc(home, after)]
    of_page, params = (" AND r.page_id = ?", [page_id]) if page_id else ("", [])
    months: dict[str, dict] = {}
    for row in _rows(db, _CASES + of_page, bounds + params):
        ward = ward_of(row["page_id"])
        created = ward.hours.local(_moment(row["created_at"]))
        key = month_of(created.date())
        _count_case(months.setdefault(key, _empty(key)), ward, row, created)
    for row in _rows(db, _CONSULTATIONS + of_page, bounds + params):
        ward = ward_of(row["page_id"])
        key = month_of(ward.local_date(row["asked_at"]))
        _count_consultation(months.setdefault(key, _empty(key)), ward, row)
    for month in months.values():
        _finish(month)
    return months


def _empty(key):
    return {
        "month": key,
        "cases": 0,
        "first_action": {"acted": 0, "within": 0, "late": 0, "pending": 0, "hours": []},
        "urgent": {"cases": 0, "within": 0, "late": 0, "pending": 0},
        "consultations": {"asked": 0, "on_time": 0, "late": 0, "overdue": 0, "open": 0},
        "answers": {"on_time": 0, "late": 0, "overdue": 0, "open": 0},
    }


def _rows(db, sql, params):
    """Rows as sqlite3.Row: a year of cases is read here, and building a dict for each was a third
    of the time."""
    cursor = db.conn.cursor()
    cursor.row_factory = sqlite3.Row
    return cursor.execute(sql, params)


def _count_case(month, ward, row, created_at):
    created = ward.clock.elapsed(created_at)
    month["cases"] += 1
    first = month["first_action"]
    limit, urgent_limit = FIRST_ACTION_HOURS * HOUR, URGENT_HOURS * HOUR
    if row["acted_at"]:
        taken = max(0.0, ward.clock.elapsed(_moment(row["acted_at"])) - created)
        first["acted"] += 1
        first["hours"].append(taken / HOUR)
        first["within" if taken <= limit else "late"] += 1
    else:  # how long it has waited so far
        taken = max(0.0, ward.now - created)
        first["late" if taken > limit else "pending"] += 1
    if row["urgent"]:
        urgent = month["urgent"]
        urgent["cases"] += 1
        if row["acted_at"]:
            urgent["within" if taken <= urgent_limit else "late"] += 1
        else:
            urgent["late" if taken > urgent_limit else "pending"] += 1
    answered = min(filter(None, (row["answered_at"], row["closed_at"])), default=None)
    answers = month["answers"]
    if answered:
        answers["on_time" if ward.local_date(answered).isoformat() <= row["deadline"] else "late"] += 1
    else:
        answers["overdue" if ward.today > row["deadline"] else "open"] += 1


def _count_consultation(month, ward, row):
    counts = month["consultations"]
    counts["asked"] += 1
    if row["answered_at"]:
        counts["on_time" if ward.local_date(row["answered_at"]).isoformat() <= row["due"] else "late"] += 1
    elif row["status"] in CLOSED_STATUSES:
        return  # the case closed without it: neither on time nor late
    else:
        counts["overdue" if ward.today > row["due"] else "open"] += 1


def _finish(month):
    """Medians and shares from the counts (the month, completed)."""
    first = month["first_action"]
    hours = first.pop("hours")
    first["median_office_hours"] = round(statistics.median(hours), 1) if hours else None
    first["within_percent"] = _percent(first["within"], first["late"])
    month["urgent"]["within_percent"] = _percent(month["urgent"]["within"], month["urgent"]["late"])
    for key in ("consultations", "answers"):
        counts = month[key]
        counts["on_time_percent"] = _percent(counts["on_time"], counts["late"] + counts["overdue"])
    return month


def _percent(good, bad):
    return round(100 * good / (good + bad), 1) if good + bad else None


def _moment(iso):
    moment = dt.datetime.fromisoformat(iso)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _utc(ward, day):
    return dt.datetime.combine(day, dt.time(), ward.tz).astimezone(UTC).isoformat(timespec="milliseconds")
