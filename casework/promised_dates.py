"""Legal deadlines for the conversation: a thin front to the ward's calendar and deadline rules.

The ward's calendar (public holidays from the `holidays` package, lunar Tết
included, plus the officers' table of extra days off and make-up working
Saturdays) lives in `core.calendar`; the rules per category (configurable with
DEADLINES) in `core.deadline_rules`; a case's deadline and its moves in `casework.deadlines`.
Civil Code 2015, Art. 148: a period whose last day is a day off ends at the
close of the next working day.
"""

import zoneinfo

from casework.ward import load_calendar
from core.calendar import WardCalendar
from core.deadline_rules import DEFAULT_RULES, deadline_rules

# (count, unit) of each category's first deadline, counted from receipt.
DEFAULT_DEADLINES = {category: rule.get("accept") or rule["answer"] for category, rule in DEFAULT_RULES.items()}


def is_working_day(day, db=None):
    return (load_calendar(db) if db is not None else WardCalendar()).is_working_day(day)


def answer_deadline(category, received_on, rules=None, db=None, cfg=None):
    """The date the citizen is promised, from the date of receipt: the acceptance deadline of a
    complaint or denunciation, the answer deadline of anything else. With `db`, the officers'
    calendar table counts; with `cfg`, the DEADLINES overrides."""
    if rules is None:
        rules = {c: r.get("accept") or r["answer"] for c, r in deadline_rules(cfg or {}).items()}
    count, unit = rules.get(category, rules["feedback"])
    page = (cfg or {}).get("PAGE_ID")  # the ward's own days off count for its cases
    calendar = load_calendar(db, page_id=page) if db is not None else WardCalendar()
    return calendar.period_end(received_on, count, unit)


def local_date(moment, timezone="Asia/Ho_Chi_Minh"):
    return moment.astimezone(zoneinfo.ZoneInfo(timezone)).date()


def format_date(day):
    return day.strftime("%d/%m/%Y")
