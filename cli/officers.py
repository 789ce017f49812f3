"""`python -m bot officer add|list|disable|enable|reset-password`: accounts, managed by the admin.

Passwords are read from standard input (never from the command line, where
they would stay in the shell history and show in `ps`), and stored hashed.
"""

import json
import sys

import click

from cli.support import fail, settings
from cli.support import open_db as _db
from core.pages import unknown_page_message
from storage import write_transaction
from storage.console_sessions import end_sessions_of
from storage.officers import (
    ROLES,
    AccountError,
    create_officer,
    generate_password,
    list_officers,
    officer_by_username,
    set_disabled,
    set_password,
)


def read_password():
    """A typed password (asked twice) at a terminal; the first line of stdin when piped."""
    if sys.stdin.isatty():
        return click.prompt("Mật khẩu (ít nhất 10 ký tự)", hide_input=True, confirmation_prompt=True)
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        fail(
            "Chưa nhận được mật khẩu: hãy gõ mật khẩu vào đầu vào chuẩn (stdin), ví dụ: "
            "echo 'mat-khau-dai' | python -m bot officer add ten --role officer"
        )
    return line


@click.group(help="Officer accounts for the console: officer, leader, admin.")
def officer():
    pass


@officer.command("add", help="Create an account; the password is read from standard input.")
@click.argument("username")
@click.option(
    "--role",
    type=click.Choice(ROLES),
    default="officer",
    show_default=True,
    help="officer: handles cases; leader: also sees statistics, audit and denouncers' identities "
    "(IDENTITY_ROLES); admin: everything.",
)
@click.option("--full-name", help="The name colleagues know (shown as assignee).")
@click.option("--email", help="For notices and digests.")
@click.option(
    "--page",
    "page_id",
    help="The Facebook page id of the officer's ward (PAGES_FILE): they see only "
    "its cases. Without it: every page (a single ward, or a province admin).",
)
def add(username, role, full_name, email, page_id):
    refused = unknown_page_message(settings(), page_id)
    if refused:
        fail(refused)
    db = _db()
    password = read_password()
    try:
        with write_transaction(db):
            create_officer(db, username.strip(), password, role, full_name, email, page_id or None)
    except AccountError as error:
        fail(f"Không tạo được tài khoản: {error}.")
    click.echo(f"Đã tạo tài khoản {username} ({role}).")


@officer.command("list", help="List accounts.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def list_accounts(as_json):
    rows = list_officers(_db())
    if as_json:
        return click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    for row in rows:
        state = "đã khóa" if row["disabled"] else "đang dùng"
        click.echo(f"{row['username']:<20} {row['role']:<8} {state:<10} {row['full_name'] or ''}")


@officer.command("disable", help="Lock an account; its console sessions end at once.")
@click.argument("username")
def disable(username):
    _set_disabled(username, True)
    click.echo(f"Đã khóa tài khoản {username}.")


@officer.command("enable", help="Unlock an account.")
@click.argument("username")
def enable(username):
    _set_disabled(username, False)
    click.echo(f"Đã mở khóa tài khoản {username}.")


def _set_disabled(username, disabled):
    db = _db()
    try:
        with write_transaction(db):
            set_disabled(db, username, disabled)
    except AccountError as error:
        fail(f"Không đổi được tài khoản: {error}.")


@officer.command(
    "reset-password",
    help="Set a new password (from standard input, or --generate one); the account's console sessions end.",
)
@click.argument("username")
@click.option("--generate", is_flag=True, help="Make a random password and print it once.")
def reset_password(username, generate):
    db = _db()
    account = officer_by_username(db, username)
    if account is None:
        fail(f"Không có tài khoản {username}.")
    password = generate_password() if generate else read_password()
    try:
        with write_transaction(db):
            set_password(db, username, password)
            end_sessions_of(db, account["id"])
    except AccountError as error:
        fail(f"Không đổi được mật khẩu: {error}.")
    click.echo(f"Đã đổi mật khẩu cho {username}." + (f" Mật khẩu mới: {password}" if generate else ""))
