"""Legal deadlines, counted in the ward's calendar.

Defaults from PRODUCT.md: feedback and petitions answered within 10 working
days; a complaint accepted (thụ lý) within 10 days; a denunciation accepted
within 7 working days. A period whose last day is a day off ends on the next
working day (Civil Code 2015, Art. 148). Public holidays, lunar Tết included,
come from the `holidays` package.
"""
import datetime as dt
import functools
import zoneinfo

import holidays

# (count, unit) per category: "working" days skip weekends and holidays;
# "calendar" days count every day but may not end on a day off.
DEFAULT_DEADLINES = {
    "feedback": (10, "working"),
    "petition": (10, "working"),
    "unsure": (10, "working"),
    "complaint": (10, "calendar"),
    "denunciation": (7, "working"),
}


@functools.lru_cache(maxsize=64)
def _public_holidays(year):
    return holidays.country_holidays("VN", years=year)


def is_working_day(day):
    return day.weekday() < 5 and day not in _public_holidays(day.year)


def next_working_day(day):
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def add_working_days(day, count):
    """The date `count` working days after `day` (the day of receipt is not counted)."""
    while count > 0:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


def local_date(moment, timezone="Asia/Ho_Chi_Minh"):
    return moment.astimezone(zoneinfo.ZoneInfo(timezone)).date()


def answer_deadline(category, received_on, rules=DEFAULT_DEADLINES):
    """The date the citizen is promised, from the date of receipt."""
    count, unit = rules.get(category, rules["feedback"])
    if unit == "working":
        return add_working_days(received_on, count)
    return next_working_day(received_on + dt.timedelta(days=count))


def format_date(day):
    return day.strftime("%d/%m/%Y")
