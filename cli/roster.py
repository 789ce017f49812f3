"""`python -m bot roster …`: who is on duty each day, and how each officer is reached.

Registered in cli/__init__.py with every other command.
"""

import datetime as dt

import click

from casework.notify import in_messenger_window
from casework.ward import Ward
from cli.support import DATE, fail, open_db, settings, show_json, ward_option
from core.pages import page_config
from storage.db import write_transaction
from storage.duty_roster import (
    DEFAULT_DAY,
    LINK_CODE_SECONDS,
    new_link_code,
    officer_by_username,
    officers_on_duty,
    set_email,
    set_roster,
    unlink,
)
from storage.notices import look_again_soon


@click.group("roster", help="The duty roster: who is on duty each day, their e-mail and Messenger link.")
def roster_group():
    pass


def _officer(db, username):
    officer = officer_by_username(db, username)
    if officer is None:
        fail(f"Không có cán bộ {username!r} (thêm bằng `python -m bot officer add`).")
    return officer


def _officer_change(username, change):
    """Run `change(db, officer)` in one transaction; an unknown username is refused first."""
    db = open_db()
    with write_transaction(db):
        return change(db, _officer(db, username))


def _day_key(day):
    return DEFAULT_DAY if day.strip().lower() == DEFAULT_DAY else DATE.convert(day, None, None).isoformat()


@roster_group.command(
    "set",
    help="Put USERNAMES on duty on DAY (a date, or 'default' for every day nobody is set); replaces that day's roster.",
)
@click.argument("day")
@click.argument("usernames", nargs=-1, required=True)
@ward_option
def roster_set(day, usernames, page_id):
    key = _day_key(day)
    db = open_db()
    with write_transaction(db):
        set_roster(db, key, [_officer(db, u)["id"] for u in usernames], page_id)
        look_again_soon(db)  # notices held for want of anyone on duty go in the server's next round
    click.echo(f"{'Mặc định' if key == DEFAULT_DAY else key}: {', '.join(usernames)} trực.")


@roster_group.command("clear", help="Nobody set on DAY (the default roster applies).")
@click.argument("day")
@ward_option
def roster_clear(day, page_id):
    key = _day_key(day)
    db = open_db()
    with write_transaction(db):
        set_roster(db, key, [], page_id)
    click.echo(f"{key}: đã xóa lịch trực.")


@roster_group.command("list", help="Who is on duty in the coming days, and whether Messenger can reach them.")
@click.option("--from", "start", type=DATE, help="First day (default: today).")
@click.option("--days", default=7, show_default=True, type=click.IntRange(1, 366), help="How many days.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@ward_option
def roster_list(start, days, as_json, page_id):
    db = open_db()
    start = start or Ward(db, page_config(settings(), page_id)).local_date()
    rows = []
    for offset in range(days):
        day = start + dt.timedelta(days=offset)
        rows.append(
            {
                "date": day.isoformat(),
                "officers": [
                    {
                        "username": o["username"],
                        "email": o["email"],
                        "messenger_linked": bool(o["psid"]),
                        "messenger_window_open": in_messenger_window(o),
                    }
                    for o in officers_on_duty(db, day, page_id)
                ],
            }
        )
    if as_json:
        return show_json(rows)
    for row in rows:
        names = (
            ", ".join(
                f"{o['username']} ({o['email'] or 'không e-mail'}; Messenger {_messenger_state(o)})"
                for o in row["officers"]
            )
            or "chưa có ai"
        )
        click.echo(f"{dt.date.fromisoformat(row['date']):%d/%m/%Y}: {names}")


@roster_group.command("email", help="Set the e-mail address USERNAME's notices go to.")
@click.argument("username")
@click.argument("address")
def roster_email(username, address):
    if "@" not in address or " " in address.strip():
        fail(f"{address!r} không phải địa chỉ e-mail.")
    _officer_change(username, lambda db, officer: set_email(db, username, address.strip()) + look_again_soon(db))
    click.echo(f"{username}: e-mail {address.strip()}.")


@roster_group.command("link", help="A one-time code USERNAME sends to the page from Messenger to link it.")
@click.argument("username")
def roster_link(username):
    code = _officer_change(username, lambda db, officer: new_link_code(db, officer["id"]))
    click.echo(
        f"Mã liên kết của {username} (dùng một lần, trong {LINK_CODE_SECONDS // 60} phút):\n"
        f"  Từ Messenger của mình, gửi tới trang: trực {code}\n"
        f'Sau đó mỗi ngày gửi "trực" để nhận báo hồ sơ mới trong 24 giờ.'
    )


@roster_group.command("unlink", help="Stop Messenger notices to USERNAME (forget their Messenger account).")
@click.argument("username")
def roster_unlink(username):
    removed = _officer_change(username, lambda db, officer: unlink(db, officer["id"]))
    click.echo(f"{username}: " + ("đã hủy liên kết Messenger." if removed else "chưa liên kết Messenger."))


COMMANDS = (roster_group,)


def _messenger_state(officer):
    if officer["messenger_window_open"]:
        return "đang trực"
    return "đã liên kết" if officer["messenger_linked"] else "chưa liên kết"
