"""`python -m bot console export PATH`: the console's export buttons on the command line.

The same cases, cells, identity rules and audit entry as the console's CSV and
XLSX (casework/export.py, casework/spreadsheets.py), for the officer named with
`--as` (their ward's cases only) or for `cli`.
"""

import click

from casework.export import export_cases
from casework.promised_dates import local_date
from casework.spreadsheets import write_csv, write_xlsx
from casework.texts import CHANNEL_NAMES
from cli.acting import acting_officer, as_option
from cli.support import open_db, settings
from core.case_rules import STATUSES
from core.clock import now
from storage.search import InboxFilter


@click.command("export", help="Export cases to PATH (.csv with BOM for Excel, or .xlsx).")
@click.argument("path", type=click.Path(dir_okay=False, writable=True))
@click.option("--status", type=click.Choice(STATUSES), help="Only cases with this status.")
@click.option("--category", help="Only this category (feedback, petition, complaint, denunciation, unsure).")
@click.option("--field", help="Only this field.")
@click.option("--overdue", is_flag=True, help="Only open cases past their deadline.")
@click.option("--query", default="", help="Only cases matching this search (like the console's).")
@click.option("--channel", type=click.Choice(list(CHANNEL_NAMES)), help="Only cases from this channel.")
@as_option
def export(path, status, category, field, overdue, query, channel, acting_as):
    cfg, db = settings(), open_db()
    officer = acting_officer(db, acting_as)
    flt = InboxFilter(
        status=status,
        category=category,
        field=field,
        overdue=overdue,
        query=query,
        today=local_date(now(), cfg["TIMEZONE"]).isoformat(),  # deadlines are dates in the ward's zone
        channel=channel,
    )
    fmt = "xlsx" if path.lower().endswith(".xlsx") else "csv"
    done = export_cases(db, cfg, flt, officer, fmt, path=path)
    with click.progressbar(done.rows, length=done.count, label=f"Xuất {done.count} hồ sơ") as bar:
        if fmt == "xlsx":
            write_xlsx(bar, path)
        else:
            with open(path, "w", encoding="utf-8", newline="") as out:
                write_csv(bar, out)
    click.echo(f"Đã xuất {done.count} hồ sơ ra {path}.")
