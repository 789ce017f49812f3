"""The ward as the duty code sees it: its calendar, office hours and time zone, read together.

Functions that the console calls without passing a configuration find it here:
the Flask app's when there is one, else the environment's (the CLI).
"""

import datetime as dt
import zoneinfo

from core.calendar import MONDAY_TO_FRIDAY, WardCalendar
from core.clock import now
from core.office_hours import OfficeHours
from storage.calendar_days import calendar_overrides


def current_config(cfg=None):
    if cfg is not None:
        return cfg
    from flask import current_app, has_app_context

    if has_app_context():
        return current_app.config
    from core.config import Config

    return Config().as_dict()


def load_calendar(db, weekdays=MONDAY_TO_FRIDAY, page_id=None):
    """The calendar with the officers' table applied (read fresh: they may have just edited it):
    ward `page_id`'s own decisions over those for every ward."""
    return WardCalendar(calendar_overrides(db, page_id), weekdays)


class Ward:
    def __init__(self, db, cfg=None):
        self.cfg = current_config(cfg)
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
    from core.pages import page_config

    return Ward(db, page_config(current_config(cfg), case.get("page_id")))
