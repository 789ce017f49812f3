"""`python -m bot retention [--dry-run]`: what the retention periods remove or anonymise, now.

The server applies the same plan once a day (casework/retention_schedule.py).
"""

import click

from casework import retention
from cli.support import open_db, settings
from core.privacy_settings import settings_of
from storage.db import write_transaction

LINES = {  # what each count means, for the ward's IT admin reading the output or the journal
    "drafts": "bản soạn dở bỏ quá {drafts} ngày (xóa)",
    "loose_messages": "tin nhắn không thuộc hồ sơ nào, quá {drafts} ngày (xóa)",
    "loose_files": "ảnh, tệp không thuộc hồ sơ nào, quá {drafts} ngày (xóa)",
    "raw_events": "bản gốc sự kiện Meta đã xử lý, quá {drafts} ngày (xóa nội dung)",
    "files": "ảnh, tệp của phản ánh, kiến nghị đã đóng quá {files} ngày (xóa)",
    "personal": "phản ánh, kiến nghị đã đóng quá {personal} ngày (ẩn danh)",
}


@click.command(
    "retention",
    help="Remove or anonymise what is past the retention periods "
    "(RETENTION_* settings); --dry-run only says what it would do.",
)
@click.option("--dry-run", is_flag=True, help="Only list what would be removed or anonymised.")
def retention_command(dry_run):
    cfg, db = settings(), open_db()
    with write_transaction(db):
        todo = retention.plan(db, cfg)
        counts = retention.summary(todo) if dry_run else retention.apply(db, cfg, todo)
    keep = settings_of(cfg)
    days = {
        "drafts": keep["RETENTION_DRAFT_DAYS"],
        "files": keep["RETENTION_FILES_DAYS"],
        "personal": keep["RETENTION_PERSONAL_DAYS"],
    }
    click.echo("Chạy thử, không thay đổi gì:" if dry_run else "Đã áp dụng thời hạn lưu giữ:")
    for key, line in LINES.items():
        click.echo(f"  {counts[key]:>6}  {line.format(**days)}")
    codes = [r["code"] for r in todo["personal"]]
    if codes:
        click.echo(f"  Hồ sơ ẩn danh{' (dự kiến)' if dry_run else ''}: {', '.join(codes)}")
