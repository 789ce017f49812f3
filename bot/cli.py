"""`python -m bot …`: serve the bot, and the officer's core actions without a browser."""
import json
import sys

import click

from bot import texts
from bot.config import Config
from storage import connect
from storage.migrations import apply_migrations
from storage.reports import list_reports, report_as_json, report_by_code


def open_db():
    db = connect(Config().DATABASE_PATH)
    apply_migrations(db)
    return db


@click.group(help="PAKN Bot: the ward's Messenger assistant for feedback, petitions, complaints "
                  "and denunciations.")
def cli():
    pass


@cli.command(help="Run the production server (waitress) on HOST:PORT.")
def serve():
    from bot.startup import serve as checked_serve  # clear start-up errors, sandbox addresses
    checked_serve()


@cli.group(help="The officer's console on the command line.")
def console():
    pass


@console.command("list", help="List cases, newest first.")
@click.option("--status", help="Only cases with this status (new, accepted, in_progress, ...).")
@click.option("--limit", default=100, show_default=True, help="How many cases.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def console_list(status, limit, as_json):
    db = open_db()
    reports = [report_as_json(db, r, with_messages=False) for r in list_reports(db, status, limit)]
    if as_json:
        return click.echo(json.dumps(reports, ensure_ascii=False, indent=2))
    if not reports:
        return click.echo("Không có hồ sơ nào.")
    for r in reports:
        click.echo(f"{r['code']}  {r['status']:<11} {r['category']:<12} {r['field']:<22} "
                   f"hạn {r['deadline']}  {r['content'][:60]!s}".replace("\n", " "))


@console.command("show", help="Show one case with its whole conversation.")
@click.argument("code")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def console_show(code, as_json):
    db = open_db()
    report = report_by_code(db, code.strip().upper())
    if report is None:
        click.echo(f"Không có hồ sơ {code}.", err=True)
        sys.exit(1)
    data = report_as_json(db, report)
    if as_json:
        return click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    click.echo(f"{data['code']} · {texts.CATEGORY_NAMES.get(data['category'])} · "
               f"{texts.FIELD_NAMES.get(data['field'])} · {data['status']} · hạn {data['deadline']}")
    click.echo(f"Người gửi: {data['citizen']['name'] or 'ẩn danh'} {data['citizen']['phone'] or ''}")
    click.echo(f"Nội dung: {data['content']}")
    for m in data["messages"]:
        click.echo(f"  [{m['at'][:16]}] {'→' if m['direction'] == 'out' else '←'} {m['text']}")


# The duty officer's commands (duty/): calendar, roster, deadline, digest, report.
from duty.commands import COMMANDS as DUTY_COMMANDS  # noqa: E402 - they use open_db above
for _command in DUTY_COMMANDS:
    cli.add_command(_command)


from bot.backup_commands import backup, restore  # noqa: E402 - commands registered after the group
from bot.chat import chat  # noqa: E402
from bot.page_setup import setup_page  # noqa: E402
from privacy.commands import retention_command  # noqa: E402 - issue 16: retention periods

for command in (chat, setup_page, backup, restore, retention_command):
    cli.add_command(command)


from console import commands as console_commands, officer_commands  # noqa: E402 - the officer's console
for _command in console_commands.COMMANDS:
    console.add_command(_command)
cli.add_command(officer_commands.officer)

from hotline.cli import add_case  # noqa: E402 - issue 8: `console add --channel hotline`
console.add_command(add_case)
