"""The daily run of the retention periods inside `python -m bot serve`.

The server's scheduler (runtime/scheduler.py) calls `run_scheduled_retention` every few minutes:
once the ward's local RETENTION_TIME has passed and today's run is not recorded, it applies the
plan. A server started late still runs that day; a second server, or cron running `python -m bot
retention`, only finds less to do, since every change is idempotent.
"""

import datetime as dt
import zoneinfo

from casework import retention
from core.clock import now
from core.privacy_settings import settings_of
from storage.db import write_transaction

CHECK_EVERY_SECONDS = 300


def run_scheduled_retention(db, cfg):
    """Apply the plan once a day after RETENTION_TIME; the counts when it ran, else None."""
    keep = settings_of(cfg)
    zone = zoneinfo.ZoneInfo(cfg["TIMEZONE"])
    local = now().astimezone(zone)
    if local.time() < dt.time.fromisoformat(keep["RETENTION_TIME"]) or _ran_today(db, local.date(), zone):
        return None
    with write_transaction(db):
        return retention.apply(db, cfg, retention.plan(db, cfg))


def _ran_today(db, today, zone):
    row = db.execute(
        "SELECT created_at FROM data_requests WHERE source = 'retention' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return row is not None and dt.datetime.fromisoformat(row[0]).astimezone(zone).date() == today
