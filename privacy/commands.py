"""`python -m bot retention [--dry-run]`, and the daily run inside `python -m bot serve`.

The server's scheduler (duty/scheduler.py) runs `run_scheduled_retention` every few minutes: once
the ward's local RETENTION_TIME has passed and today's run is not in the audit log, it applies the
plan. A server started late still runs that day; a second server, or cron running the command,
only finds less to do, since every change is idempotent.
"""
import datetime as dt
import zoneinfo

import click

from privacy import retention
from privacy.settings import settings_of
from storage.clock import now
from storage.db import write_transaction

CHECK_EVERY_SECONDS = 300
LINES = {  # what each count means, for the ward's IT admin reading the output or the journal
    "drafts": "bản soạn dở bỏ quá {drafts} ngày (xóa)",
    "loose_messages": "tin nhắn không thuộc hồ sơ nào, quá {drafts} ngày (xóa)",
    "loose_files": "ảnh, tệp không thuộc hồ sơ nào, quá {drafts} ngày (xóa)",
    "raw_events": "bản gốc sự kiện Meta đã xử lý, quá {drafts} ngày (xóa nội dung)",
    "files": "ảnh, tệp của phản ánh, kiến nghị đã đóng quá {files} ngày (xóa)",
    "personal": "phản ánh, kiến nghị đã đóng quá {personal} ngày (ẩn danh)",
}


@click.command("retention", help="Remove or anonymise what is past the retention periods "
                                 "(RETENTION_* settings); --dry-run only says what it would do.")
@click.option("--dry-run", is_flag=True, help="Only list what would be removed or anonymised.")
def retention_command(dry_run):
    from bot.cli import open_db  # the CLI's database, migrated
    from duty.ward import current_config
    cfg, db = current_config(), open_db()
    with write_transaction(db):
        todo = retention.plan(db, cfg)
        counts = retention.summary(todo) if dry_run else retention.apply(db, cfg, todo)
    keep = settings_of(cfg)
    days = {"drafts": keep["RETENTION_DRAFT_DAYS"], "files": keep["RETENTION_FILES_DAYS"],
            "personal": keep["RETENTION_PERSONAL_DAYS"]}
    click.echo("Chạy thử, không thay đổi gì:" if dry_run else "Đã áp dụng thời hạn lưu giữ:")
    for key, line in LINES.items():
        click.echo(f"  {counts[key]:>6}  {line.format(**days)}")
    codes = [r["code"] for r in todo["personal"]]
    if codes:
        click.echo(f"  Hồ sơ ẩn danh{' (dự kiến)' if dry_run else ''}: {', '.join(codes)}")


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
    row = db.execute("SELECT created_at FROM data_requests WHERE source = 'retention' ORDER BY id DESC LIMIT 1"
                     ).fetchone()
    return row is not None and dt.datetime.fromisoformat(row[0]).astimezone(zone).date() == today
