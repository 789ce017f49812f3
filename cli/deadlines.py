"""`python -m bot deadline …` and `python -m bot report …`: a case's deadline, the leaders' month."""

import datetime as dt

import click

from bot.texts import CHANNEL_NAMES
from casework import deadlines as case_deadlines
from casework.monthly import MonthError, monthly_report, write_xlsx
from cli.support import DATE, fail, open_db, settings, show_json
from core.pages import unknown_page_message
from storage.case_deadlines import deadline_history
from storage.db import write_transaction
from storage.reports import report_by_code


@click.group(
    "deadline",
    help="A case's legal deadline: show it, and move it (acceptance, extension, complex case); every move is logged.",
)
def deadline_group():
    pass


def _case(db, code):
    report = report_by_code(db, code.strip().upper())
    if report is None:
        fail(f"Không có hồ sơ {code}.")
    return report


@deadline_group.command("show", help="The case's current deadline and every move of it.")
@click.argument("code")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def deadline_show(code, as_json):
    db = open_db()
    report = _case(db, code)
    data = {"code": report["code"], "deadline": report["deadline"], "history": deadline_history(db, report["id"])}
    if as_json:
        return show_json(data)
    click.echo(f"{data['code']}: hạn {dt.date.fromisoformat(data['deadline']):%d/%m/%Y}")
    for move in data["history"]:
        click.echo(
            f"  {move['at'][:16]} {move['event']:<12} {move['old_deadline'] or '-'} → "
            f"{move['new_deadline']} {move['reason'] or ''} {move['by'] or ''}"
        )


def _move(code, action, *args, **kwargs):
    db = open_db()
    report = _case(db, code)
    try:
        with write_transaction(db):
            new = action(db, settings(), report["id"], *args, by="cli", **kwargs)
    except case_deadlines.DeadlineError as error:
        fail(str(error))
    click.echo(f"{report['code']}: hạn mới {new:%d/%m/%Y}.")


@deadline_group.command("accept", help="Record acceptance (thụ lý): the resolution period starts.")
@click.argument("code")
@click.option("--date", "day", type=DATE, help="Day of acceptance (default: today).")
def deadline_accept(code, day):
    _move(code, case_deadlines.record_acceptance, day)


@deadline_group.command("extend", help="Extend the deadline by DAYS, within the law's limits.")
@click.argument("code")
@click.argument("days", type=int)
@click.option("--reason", required=True, help="Why (the citizen is told).")
def deadline_extend(code, days, reason):
    _move(code, case_deadlines.extend, days, reason)


@deadline_group.command("complex", help="Mark the case complex (a complaint: 45 days instead of 30).")
@click.argument("code")
@click.option("--reason", help="Why.")
def deadline_complex(code, reason):
    _move(code, case_deadlines.mark_complex, reason=reason)


@click.command(
    "report",
    help="The leaders' monthly report: counts by category, field and status, on time "
    "and late, average days to close, the overdue list (text, --json or --xlsx).",
)
@click.option("--month", required=True, help="The month, YYYY-MM.")
@click.option(
    "--xlsx", "xlsx_path", type=click.Path(dir_okay=False, writable=True), help="Write it to this .xlsx file."
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.option("--page", "page_id", help="One ward's page (PAGES_FILE); default: every case.")
def monthly(month, xlsx_path, as_json, page_id):
    cfg = settings()
    if unknown_page_message(cfg, page_id):
        fail(unknown_page_message(cfg, page_id))
    try:
        data = monthly_report(open_db(), cfg, month, page_id)
    except MonthError as error:
        fail(str(error))
    if xlsx_path:
        write_xlsx(data, xlsx_path)
    if as_json:
        return show_json(data)
    click.echo(
        f"Tháng {month}: nhận {data['received']}; đóng đúng hạn {data['closed_on_time']}, trễ "
        f"{data['closed_late']}; trung bình {data['average_days_to_close'] or '-'} ngày; "
        f"quá hạn {len(data['overdue'])}."
    )
    click.echo(
        "Theo kênh: "
        + ", ".join(f"{CHANNEL_NAMES.get(k, k)} {n}" for k, n in data["by_channel"].items())
        + f"; hài lòng {data['satisfaction']['overall']['satisfied_percent'] or '-'}% trên "
        f"{data['satisfaction']['overall']['total']} lượt đánh giá."
    )
    for item in data["overdue"]:
        click.echo(f"  {item['line']} (hạn {dt.date.fromisoformat(item['deadline']):%d/%m/%Y})")
    if xlsx_path:
        click.echo(f"Đã ghi {xlsx_path}.")


COMMANDS = (deadline_group, monthly)
