"""The ward as the duty code sees it: its calendar, office hours and time zone, read together.

Built from the settings its caller hands down (a case's ward: `case_ward`, with that case's page's
settings); nothing here looks for an app or reads the environment.
"""

import datetime as dt
import zoneinfo

from core.calendar import MONDAY_TO_FRIDAY, WardCalendar
from core.clock import now
from core.office_hours import OfficeHours
from core.pages import page_config
from storage.calendar_days import calendar_overrides


def load_calendar(db, weekdays=MONDAY_TO_FRIDAY, page_id=None):
    """The calendar with the officers' table applied (read fresh: they may have just edited it):
    ward `page_id`'s own decisions over those for every ward."""
    return WardCalendar(calendar_overrides(db, page_id), weekdays)


class Ward:
    def __init__(self, db, cfg):
        self.cfg = cfg
        self.tz = zoneinfo.ZoneInfo(self.cfg["TIMEZONE"])
        self.hours = OfficeHours.parse(self.cfg["OFFICE_HOURS"], self.cfg["TIMEZONE"])
        self.calendar = load_calendar(db, self.hours.weekdays, self.cfg.get("PAGE_ID"))  # this ward's

    def local_date(self, moment=None):
        """The ward's date of `moment` (a datetime, an ISO string or a date); today by default."""
        if moment is None:
            moment = now()
        if isinstance(moment, str):
            moment = (
                dt.datetime.fromisoformat(moment) if "T" in moment or " " in moment else dt.date.fromisoformat(moment)
            )
        if isinstance(moment, dt.datetime):
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=self.tz)
            return moment.astimezone(self.tz).date()
        return moment

    def is_open(self, moment=None):
        return self.hours.is_open(moment or now(), self.calendar)

    def next_opening(self, moment=None):
        return self.hours.next_opening(moment or now(), self.calendar)


def case_ward(db, cfg, case):
    """The ward a case belongs to, with its page's settings and its own calendar (several wards on
    one server): ward A's day off moves only ward A's deadlines."""
    return Ward(db, page_config(cfg, case.get("page_id")))
