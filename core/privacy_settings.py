"""The ward's settings for the citizen's data: retention periods and the privacy contact.

Law 91/2025/QH15 and Decree 356/2025/NĐ-CP require the controller to say how long data is kept; these
numbers are what the privacy page states, what the retention job applies and what the chat tells a
citizen who asks for deletion, so they are read in one place.
"""

import datetime as dt
from collections.abc import Callable
from typing import Any

from core.case_rules import is_formal
from core.types import Row, Settings

DEFAULTS = {
    "RETENTION_DRAFT_DAYS": "30",  # a half-made report nobody touched
    "RETENTION_FILES_DAYS": "365",  # downloaded photos and files of a closed feedback case
    "RETENTION_PERSONAL_DAYS": "730",  # name, phone, address, Messenger id of a closed feedback case
    "OFFICIAL_RECORD_YEARS": "10",  # complaint and denunciation files, after they are closed
    "RETENTION_TIME": "03:00",  # when the daily job runs, the ward's local time
}


def read_privacy_settings(env: Callable[[str, str], str]) -> dict[str, Any]:
    """The settings from the environment; a clear ValueError naming a bad one."""
    values: dict[str, Any] = {}
    for name, default in DEFAULTS.items():
        raw = env(name, default)
        if name == "RETENTION_TIME":
            values[name] = _time(name, raw)
            continue
        try:
            values[name] = int(raw)
        except ValueError:
            raise ValueError(f"{name} must be a whole number of days or years, not {raw!r}") from None
        if values[name] < 1:
            raise ValueError(f"{name} must be at least 1, not {raw!r}")
    values["PRIVACY_EMAIL"] = env("PRIVACY_EMAIL", "")
    values["PUBLIC_URL"] = env("PUBLIC_URL", "").rstrip("/")
    return values


def _time(name: str, raw: str) -> str:
    try:
        dt.time.fromisoformat(raw)
    except ValueError:
        raise ValueError(f"{name} must be a time such as 03:00, not {raw!r}") from None
    return raw


def is_official_record(report: Row) -> bool:
    """Complaint and denunciation files are official records (Law on Complaints 2011, Law on
    Denunciations 2018, and the archive rules): kept whole, whatever the citizen asks."""
    return is_formal(report["category"])


def settings_of(cfg: Settings) -> dict[str, Any]:
    """The settings from an app's configuration, defaults filled in (tests build partial ones)."""
    return read_privacy_settings(lambda name, default: str(cfg.get(name, default)))
