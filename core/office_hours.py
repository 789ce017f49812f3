"""Office hours (OFFICE_HOURS, e.g. "Mon-Fri 07:30-11:30,13:30-17:00"), on the ward's working days.

The notice promises answers in office hours and out-of-hours reception only for
urgent matters, so "is the office open now?" decides whether a new report
reaches the duty officer at once or waits for the morning digest, and "when
does it open next?" is what the citizen is told.
"""

import datetime as dt
import re
import zoneinfo

from core.calendar import WardCalendar

Period = tuple[dt.time, dt.time]  # opens, closes

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
VIETNAMESE_DAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
ENGLISH_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_GROUP = re.compile(r"^\s*([a-z]{3})(?:\s*-\s*([a-z]{3}))?\s+(.+)$", re.I)
_PERIOD = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


class OfficeHoursError(ValueError):
    """OFFICE_HOURS cannot be read; the message says what is expected."""


class OfficeHours:
    def __init__(self, hours_by_weekday: dict[int, tuple[Period, ...]], timezone: str) -> None:
        self.hours = hours_by_weekday  # {weekday: ((start, end), ...)}
        self.tz = zoneinfo.ZoneInfo(timezone)
        # A make-up working Saturday keeps the hours of an ordinary working day.
        self.ordinary = next(iter(hours_by_weekday.values()))

    @classmethod
    def parse(cls, spec: str, timezone: str = "Asia/Ho_Chi_Minh") -> "OfficeHours":
        """`Mon-Fri 07:30-11:30,13:30-17:00`; several groups may be joined with `;`."""
        hours = {}
        for group in filter(str.strip, spec.split(";")):
            match = _GROUP.match(group)
            if not match or match.group(1).lower() not in DAY_NAMES:
                raise OfficeHoursError(f"OFFICE_HOURS {spec!r}: expected e.g. 'Mon-Fri 07:30-11:30,13:30-17:00'")
            first = DAY_NAMES.index(match.group(1).lower())
            last = DAY_NAMES.index((match.group(2) or match.group(1)).lower())
            periods = tuple(_period(p, spec) for p in match.group(3).split(","))
            for weekday in range(first, last + 1):
                hours[weekday] = periods
        if not hours:
            raise OfficeHoursError("OFFICE_HOURS is empty: expected e.g. 'Mon-Fri 07:30-11:30,13:30-17:00'")
        return cls(hours, timezone)

    @property
    def weekdays(self) -> frozenset[int]:
        return frozenset(self.hours)

    def periods_on(self, day: dt.date, calendar: WardCalendar) -> tuple[Period, ...]:
        if not calendar.is_working_day(day):
            return ()
        return self.hours.get(day.weekday(), self.ordinary)

    def local(self, moment: dt.datetime) -> dt.datetime:
        return moment.astimezone(self.tz)

    def is_open(self, moment: dt.datetime, calendar: WardCalendar) -> bool:
        local = self.local(moment)
        return any(start <= local.time() < end for start, end in self.periods_on(local.date(), calendar))

    def next_opening(self, moment: dt.datetime, calendar: WardCalendar) -> dt.datetime:
        """`moment` if the office is open, else when it next opens (aware, local time)."""
        local = self.local(moment)
        if self.is_open(moment, calendar):
            return local
        day = local.date()
        for _ in range(400):  # a year of days off in a row would be a misconfiguration
            for start, _end in self.periods_on(day, calendar):
                opening = dt.datetime.combine(day, start, self.tz)
                if opening > local:
                    return opening
            day += dt.timedelta(days=1)
        raise OfficeHoursError("no working day in the next 400 days: check the calendar table")

    def add_office_minutes(self, moment: dt.datetime, minutes: float, calendar: WardCalendar) -> dt.datetime:
        """When `minutes` of office time have passed since `moment` (aware, local): time out of hours,
        at lunch and on days off does not count, so 30 minutes from 17:50 on a Friday end on Monday."""
        local, left = self.local(moment), dt.timedelta(minutes=minutes)
        day = local.date()
        for _ in range(400):
            for start, end in self.periods_on(day, calendar):
                opens = max(dt.datetime.combine(day, start, self.tz), local)
                closes = dt.datetime.combine(day, end, self.tz)
                if opens >= closes:
                    continue
                if opens + left <= closes:
                    return opens + left
                left -= closes - opens
            day += dt.timedelta(days=1)
        raise OfficeHoursError("no working day in the next 400 days: check the calendar table")


def _period(text: str, spec: str) -> Period:
    match = _PERIOD.match(text)
    if not match:
        raise OfficeHoursError(f"OFFICE_HOURS {spec!r}: {text.strip()!r} is not like 07:30-11:30")
    h1, m1, h2, m2 = map(int, match.groups())
    try:
        start, end = dt.time(h1, m1), dt.time(h2, m2)
    except ValueError as exc:
        raise OfficeHoursError(f"OFFICE_HOURS {spec!r}: {text.strip()!r}: {exc}") from exc
    if start >= end:
        raise OfficeHoursError(f"OFFICE_HOURS {spec!r}: {text.strip()!r} ends before it starts")
    return start, end


def describe_moment(moment: dt.datetime, language: str | None = "vi") -> str:
    """`07:30 thứ Hai, 16/02/2026` (`07:30 Monday, 16/02/2026` in English): what the citizen reads."""
    days = ENGLISH_DAYS if language == "en" else VIETNAMESE_DAYS
    return f"{moment:%H:%M} {days[moment.weekday()]}, {moment:%d/%m/%Y}"
