"""How the console writes dates, ages and phone numbers: the way a Vietnamese office does.

Times are stored in UTC (ISO 8601) and shown in the ward's time zone as
dd/mm/yyyy HH:MM; phones as people write them (0902 231 089).
"""

import datetime as dt
import zoneinfo

from flask import current_app

from console import texts
from core.case_rules import PUBLISHABLE_CATEGORIES, is_formal
from core.clock import now
from core.validation import format_phone


def _zone():
    return zoneinfo.ZoneInfo(current_app.config.get("TIMEZONE", "Asia/Ho_Chi_Minh"))


def parse_moment(value):
    if isinstance(value, dt.datetime):
        return value
    moment = dt.datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def local_datetime(value):
    if not value:
        return ""
    return parse_moment(value).astimezone(_zone()).strftime("%d/%m/%Y %H:%M")


def local_date(value):
    """`2026-12-04` (a deadline) or a timestamp → 04/12/2026."""
    if not value:
        return ""
    if isinstance(value, str) and len(value) == 10:
        return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
    return parse_moment(value).astimezone(_zone()).strftime("%d/%m/%Y")


def today_in(cfg):
    """Today in the ward's time zone: deadlines are dates there."""
    return now().astimezone(zoneinfo.ZoneInfo(cfg.get("TIMEZONE", "Asia/Ho_Chi_Minh"))).date().isoformat()


def today_iso():
    return today_in(current_app.config)


def age(value):
    """How long ago: `vừa xong`, `5 phút`, `3 giờ`, `12 ngày`."""
    if not value:
        return ""
    seconds = max(0, (now() - parse_moment(value)).total_seconds())
    if seconds < 60:
        return "vừa xong"
    if seconds < 3600:
        return f"{int(seconds // 60)} phút"
    if seconds < 86400:
        return f"{int(seconds // 3600)} giờ"
    return f"{int(seconds // 86400)} ngày"


def register_filters(app):
    app.add_template_filter(local_datetime, "datetime")
    app.add_template_filter(local_date, "date")
    app.add_template_filter(age, "age")
    app.add_template_filter(format_phone, "phone")
    app.add_template_filter(lambda s: texts.STATUS_NAMES.get(s, s or ""), "status_name")
    app.add_template_filter(lambda s: texts.CATEGORY_NAMES.get(s, s or ""), "category_name")
    app.add_template_filter(lambda s: texts.FIELD_NAMES.get(s, s or ""), "field_name")
    app.add_template_filter(lambda s: texts.ROLE_NAMES.get(s, s or ""), "role_name")
    app.add_template_test(is_formal, "formal")  # `case.category is formal`: a complaint or denunciation
    app.add_template_test(lambda category: category in PUBLISHABLE_CATEGORIES, "publishable")
