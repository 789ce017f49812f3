"""Office time between two moments: only the hours of OFFICE_HOURS on the ward's working days count.

"Within 8 working hours" (iHanoi's rule for a first response) means 8 hours the office was open: a
case filed on Friday at 16:00 and first handled on Monday at 08:30 took 2 hours of office time
(16:00-17:00 and 07:30-08:30), not 64.5. Lunch, nights, weekends, holidays and the ward's own
days off do not count; a make-up working Saturday does.
"""

import datetime as dt

from core.calendar import WardCalendar
from core.office_hours import OfficeHours

HOUR = 3600.0


def office_seconds(
    hours: OfficeHours, calendar: WardCalendar, start: dt.datetime, end: dt.datetime, cap: float | None = None
) -> float:
    """Seconds of office time from `start` to `end` (aware datetimes); 0 if `end` is not after
    `start`. With `cap`, counting stops once it is reached (enough to say "later than 8 hours" for a
    case nobody has touched in months, without walking every day since)."""
    if end <= start:
        return 0.0
    start, end = hours.local(start), hours.local(end)
    total, day = 0.0, start.date()
    while day <= end.date():
        for opens, closes in hours.periods_on(day, calendar):
            low = max(dt.datetime.combine(day, opens, hours.tz), start)
            high = min(dt.datetime.combine(day, closes, hours.tz), end)
            if high > low:
                total += (high - low).total_seconds()
        if cap is not None and total >= cap:
            return float(cap)
        day += dt.timedelta(days=1)
    return total
