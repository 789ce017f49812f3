"""The ward's working days: Vietnam's public holidays, plus what the government announces.

The `holidays` package knows the fixed and lunar holidays (Tết, Giỗ Tổ) and the
substitute days of past years, but not the extra days off and make-up working
Saturdays announced each year; officers keep those in `calendar_days`, and that
table wins over the package. Periods follow the Civil Code 2015: counting starts
the day after the event (Art. 147), and a period whose last day is a day off ends
at the close of the next working day (Art. 148).
"""

import datetime as dt
import functools
from collections.abc import Iterable, Mapping

import holidays

WORKING, CALENDAR = "working", "calendar"
UNITS = (WORKING, CALENDAR)
MONDAY_TO_FRIDAY = frozenset(range(5))


@functools.lru_cache(maxsize=32)
def public_holidays(year: int) -> tuple[dict[dt.date, str], frozenset[dt.date]]:
    """{date: name} of Vietnam's public holidays, and the package's make-up working weekend days."""
    country = holidays.country_holidays("VN", years=year, language="vi")
    return dict(country), frozenset(d for d in country.weekend_workdays if d.year == year)


class WardCalendar:
    """Working days as the ward counts them; `overrides` is {date: "off" | "workday"}."""

    def __init__(
        self, overrides: Mapping[dt.date, str] | None = None, weekdays: Iterable[int] = MONDAY_TO_FRIDAY
    ) -> None:
        self.overrides = dict(overrides or {})
        self.weekdays = frozenset(weekdays)

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.overrides:
            return self.overrides[day] == "workday"
        holidays_of_year, makeup_days = public_holidays(day.year)
        if day in holidays_of_year:
            return False
        return day.weekday() in self.weekdays or day in makeup_days

    def why_not_working(self, day: dt.date) -> str | None:
        """A short Vietnamese reason, for listings; None on a working day."""
        if self.is_working_day(day):
            return None
        if day in self.overrides:
            return "ngày nghỉ do phường nhập"
        return public_holidays(day.year)[0].get(day) or "cuối tuần"

    def next_working_day(self, day: dt.date) -> dt.date:
        """`day` itself if it is a working day, else the first working day after it."""
        while not self.is_working_day(day):
            day += dt.timedelta(days=1)
        return day

    def add_working_days(self, day: dt.date, count: int) -> dt.date:
        """The date `count` working days after `day` (the day of the event is not counted)."""
        while count > 0:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                count -= 1
        return day

    def period_end(self, start: dt.date, count: int, unit: str) -> dt.date:
        """The last day of a period of `count` days from `start`, Civil Code Arts. 147-148."""
        if unit == WORKING:
            return self.add_working_days(start, count)
        if unit == CALENDAR:
            return self.next_working_day(start + dt.timedelta(days=count))
        raise ValueError(f"unknown unit {unit!r}: use one of {', '.join(UNITS)}")

    def working_days(self, start: dt.date, end: dt.date) -> list[dt.date]:
        """Working days from `start` to `end`, both included."""
        day, found = start, []
        while day <= end:
            if self.is_working_day(day):
                found.append(day)
            day += dt.timedelta(days=1)
        return found
