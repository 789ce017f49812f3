"""`python -m bot console notices`: every notice owed an officer, with its status (casework/notices.py).

Sent, queued, held (why, until when), failed (why) or cancelled (moot before it
went); `--status` keeps one kind of them. As `cli` every ward's; with `--as`
only that officer's ward's, as on the console.
"""

import datetime as dt
import json
import zoneinfo

import click

from casework.notice_list import describe, notice_rows
from cli.acting import acting_officer, as_option, json_option
from cli.support import open_db, settings
from core.pages import officer_page
from storage.db import write_transaction
from storage.notices import STATUSES


@click.command("notices", help="List the notices owed to officers: sent, held (why, until when), failed (why).")
@click.option("--status", "status", type=click.Choice(STATUSES), help="Only notices with this status.")
@as_option
@json_option
def notices(status, acting_as, as_json):
    db = open_db()
    officer = acting_officer(db, acting_as)
    with write_transaction(db):  # settled first: what was sent a moment ago says so
        rows = notice_rows(db, (status,) if status else (), officer_page(officer))
    if as_json:
        return click.echo(json.dumps(rows, ensure_ascii=False))
    if not rows:
        return click.echo("Không có thông báo nào.")
    zone = zoneinfo.ZoneInfo(settings()["TIMEZONE"])
    for row in rows:
        at = dt.datetime.fromisoformat(row["created_at"]).astimezone(zone)
        click.echo(f"#{row['id']} {at:%H:%M %d/%m/%Y} {describe(row, settings()['TIMEZONE'])}")
