"""Office time between two moments: only the hours of OFFICE_HOURS on the ward's working days count.

"Within 8 working hours" (iHanoi's rule for a first response) means 8 hours the office was open: a
case filed on Friday at 16:00 and first handled on Monday at 08:30 took 2 hours of office time
(16:00-17:00 and 07:30-08:30), not 64.5. Lunch, nights, weekends, holidays and the ward's own
days off do not count; a make-up working Saturday does.

The statistics page measures a year of cases (330,000 in the benchmark's ward), so `OfficeClock`
keeps a running total of office seconds per day: each measure is then two look-ups, not a walk
over every day between the two moments.
"""

import datetime as dt

from core.calendar import WardCalendar
from core.office_hours import OfficeHours

HOUR = 3600.0
Period = tuple[dt.time, dt.time]  # opens, closes


class OfficeClock:
    """Office seconds between any two moments of one ward, from a table of days it fills as asked."""

    def __init__(self, hours: OfficeHours, calendar: WardCalendar, origin: dt.date | None = None) -> None:
        """`origin`: the earliest day it will be asked about, if known; then `elapsed` values stay
        comparable however many are taken (the table never grows at its front)."""
        self.hours, self.calendar = hours, calendar
        self._origin: dt.date | None = origin
        self._before: list[float] = [0.0]  # office seconds from the origin to the start of each day
        self._periods: dict[dt.date, tuple[Period, ...]] = {}

    def between(self, start: dt.datetime, end: dt.datetime) -> float:
        """Seconds of office time from `start` to `end` (aware); 0 if `end` is not after `start`."""
        self._start_of(self.hours.local(min(start, end)).date())  # one origin for both look-ups
        return max(0.0, self.elapsed(end) - self.elapsed(start))

    def elapsed(self, moment: dt.datetime) -> float:
        """Office seconds from the origin to `moment`: a difference of two is office time between them."""
        local = self.hours.local(moment)
        day, now = local.date(), local.time()
        total = self._start_of(day)
        for opens, closes in self._periods_on(day):
            if now > opens:
                total += _seconds(opens, min(now, closes))
        return total

    def _start_of(self, day: dt.date) -> float:
        if self._origin is None:
            self._origin = day
        if day < self._origin:  # an earlier day: the table grows at its front, totals shift
            earlier, running = [], 0.0
            for offset in range((self._origin - day).days):
                earlier.append(running)
                running += self._day_seconds(day + dt.timedelta(days=offset))
            self._origin, self._before = day, earlier + [total + running for total in self._before]
        while len(self._before) <= (day - self._origin).days:
            last = self._origin + dt.timedelta(days=len(self._before) - 1)
            self._before.append(self._before[-1] + self._day_seconds(last))
        return self._before[(day - self._origin).days]

    def _day_seconds(self, day: dt.date) -> float:
        return sum(_seconds(opens, closes) for opens, closes in self._periods_on(day))

    def _periods_on(self, day: dt.date) -> tuple[Period, ...]:
        if day not in self._periods:
            self._periods[day] = self.hours.periods_on(day, self.calendar)
        return self._periods[day]


def office_seconds(hours: OfficeHours, calendar: WardCalendar, start: dt.datetime, end: dt.datetime) -> float:
    """Seconds of office time from `start` to `end`, for one measure (many: one `OfficeClock`)."""
    return OfficeClock(hours, calendar).between(start, end)


def _seconds(start: dt.time, end: dt.time) -> float:
    def of(moment: dt.time) -> float:
        return moment.hour * 3600 + moment.minute * 60 + moment.second + moment.microsecond / 1e6

    return of(end) - of(start)
