"""The duty officer's settings, checked once at start-up so that a typo is one clear sentence.

Light on imports on purpose: `core.config.Config` calls `check_duty_settings`.
"""

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from core.case_rules import CATEGORIES
from core.deadline_rules import deadline_rules
from core.office_hours import OfficeHours
from core.types import Settings


class ScheduleError(ValueError):
    """DIGEST_TIME cannot be read."""


def digest_time(cfg: Settings) -> dt.time:
    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", cfg.get("DIGEST_TIME") or "")
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ScheduleError(f"DIGEST_TIME {cfg.get('DIGEST_TIME')!r}: expected a time like 07:30")
    return dt.time(int(match.group(1)), int(match.group(2)))


def approval_categories(cfg: Mapping[str, Any]) -> frozenset[str]:
    """APPROVAL_CATEGORIES: the categories whose answers wait for a leader's approval (the formal
    ones by default: a complaint's or a denunciation's answer is the ward's decision). Each
    category is one of core/case_rules.py's."""
    names = {name.strip() for name in str(cfg.get("APPROVAL_CATEGORIES") or "").split(",") if name.strip()}
    unknown = sorted(names - set(CATEGORIES))
    if unknown:
        raise ValueError(f"APPROVAL_CATEGORIES: unknown categories {', '.join(unknown)} (use {', '.join(CATEGORIES)})")
    return frozenset(names)


def check_duty_settings(cfg: Settings) -> None:
    """Raise a ValueError naming the setting if DEADLINES, OFFICE_HOURS, DIGEST_TIME or
    APPROVAL_CATEGORIES is unreadable."""
    deadline_rules(cfg)
    approval_categories(cfg)
    OfficeHours.parse(cfg["OFFICE_HOURS"], cfg["TIMEZONE"])
    digest_time(cfg)
    if (cfg.get("SMTP_SECURITY") or "").lower() not in ("starttls", "ssl", "none"):
        raise ValueError(f"SMTP_SECURITY {cfg.get('SMTP_SECURITY')!r}: expected starttls, ssl or none")
