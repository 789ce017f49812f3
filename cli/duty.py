"""`python -m bot calendar …` and `python -m bot digest …`: the ward's working days, the daily digest.

Dates are typed as people write them (20/02/2026) or ISO (2026-02-20); a bad
one gets a clear message and changes nothing.
"""

import datetime as dt
import json

import click

from casework.digest import build_digest, digest_text, send_digest
from casework.mailer import send_due_emails
from cli.support import DATE, fail, open_db, settings, show_json, ward_option
from core.calendar import public_holidays
from core.pages import unknown_page_message
from storage.calendar_days import calendar_days_of_year, remove_calendar_day, set_calendar_day
from storage.db import write_transaction


@click.group(
    "calendar",
    help="The ward's working days: public holidays plus the days the government "
    "announces each year (extra days off, make-up working Saturdays).",
)
def calendar_group():
    pass


@calendar_group.command("add-off", help="Make DATE a day off (e.g. an extra Tết day announced this year).")
@click.argument("day", type=DATE)
@click.option("--note", help="Why, e.g. the announcement's number.")
@ward_option
def calendar_add_off(day, note, page_id):
    _set_day(day, "off", note, page_id)


@calendar_group.command("add-workday", help="Make DATE a working day (a make-up working Saturday).")
@click.argument("day", type=DATE)
@click.option("--note", help="Why, e.g. the announcement's number.")
@ward_option
def calendar_add_workday(day, note, page_id):
    _set_day(day, "workday", note, page_id)


def _set_day(day, kind, note, page_id):
    db = open_db()
    with write_transaction(db):
        set_calendar_day(db, day, kind, note, by="cli", page_id=page_id)
    click.echo(f"{day:%d/%m/%Y}: {'ngày nghỉ' if kind == 'off' else 'ngày làm việc'} (đã lưu).")


@calendar_group.command("remove", help="Forget the ward's decision for DATE (back to the public calendar).")
@click.argument("day", type=DATE)
@ward_option
def calendar_remove(day, page_id):
    db = open_db()
    with write_transaction(db):
        removed = remove_calendar_day(db, day, page_id)
    click.echo(f"{day:%d/%m/%Y}: " + ("đã xóa." if removed else "không có trong bảng của phường."))


@calendar_group.command("list", help="Days off and make-up working days of YEAR, and where each comes from.")
@click.argument("year", type=click.IntRange(1990, 2100))
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@ward_option
def calendar_list(year, as_json, page_id):
    db = open_db()
    holidays_of_year, makeup_days = public_holidays(year)
    rows = [
        {"date": d.isoformat(), "kind": "off", "source": "holidays", "note": name}
        for d, name in holidays_of_year.items()
    ]
    rows += [
        {"date": d.isoformat(), "kind": "workday", "source": "holidays", "note": "ngày làm bù"} for d in makeup_days
    ]
    rows += [
        {"date": r["day"], "kind": r["kind"], "source": "ward", "note": r["note"]}
        for r in calendar_days_of_year(db, year, page_id)
    ]
    rows.sort(key=lambda r: (r["date"], r["source"] != "ward"))
    if as_json:
        return show_json(rows)
    for r in rows:
        day = dt.date.fromisoformat(r["date"])
        kind = "nghỉ" if r["kind"] == "off" else "làm việc"
        source = "phường nhập" if r["source"] == "ward" else "lịch nghỉ lễ"
        click.echo(f"{day:%d/%m/%Y}  {kind:<9} {source:<13} {r['note'] or ''}")


@click.command(
    "digest",
    help="The daily digest for the officers on duty (new, due soon, overdue, answered). "
    "With --send, send it once per working day (for cron).",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.option("--send", is_flag=True, help="Send it (once per day; nothing on non-working days).")
@click.option("--date", "day", type=DATE, help="The day (default: today in the ward's time zone).")
@click.option("--page", "page_id", help="Show one ward's page (PAGES_FILE); --send always sends each ward its own.")
def digest(as_json, send, day, page_id):
    cfg = settings()
    if unknown_page_message(cfg, page_id):
        fail(unknown_page_message(cfg, page_id))
    db = open_db()
    if send:
        result = send_digest(db, cfg, day)
        send_due_emails(db, cfg)  # cron may run without the server; the claim stops double sends
        if as_json:
            return show_json(result)
        return click.echo(
            {
                "sent": "Đã gửi bản tin ({notices} thông báo).",
                "already_sent": "Bản tin hôm nay đã gửi rồi: không gửi lại.",
                "not_working_day": "Hôm nay không phải ngày làm việc: không gửi bản tin.",
            }[result["status"]].format(notices=result["notices"])
        )
    data = build_digest(db, cfg, day, page_id)
    click.echo(json.dumps(data, ensure_ascii=False, indent=2) if as_json else digest_text(data))


COMMANDS = (calendar_group, digest)
