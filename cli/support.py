"""What the commands share: the configuration, the database, dates as people type them, messages."""

import datetime as dt
import json
import sys

import click

from core.config import Config
from core.dates import parse_date
from core.pages import unknown_page_message
from storage import connect
from storage.migrations import apply_migrations


class DateType(click.ParamType):
    name = "DATE"

    def convert(self, value, param, ctx):
        if isinstance(value, dt.date):
            return value
        day = parse_date(value)
        if day is None:
            self.fail(f"{value!r} không phải ngày (viết như 20/02/2026 hoặc 2026-02-20).", param, ctx)
        return day


DATE = DateType()


def settings():
    """This command's configuration: read once, by the group, and shared by every step of the command
    (a bad value is one sentence, not a traceback)."""
    ctx = click.get_current_context(silent=True)
    root = ctx.find_root() if ctx else None
    if root is not None and root.obj is not None:
        return root.obj
    try:
        cfg = Config().as_dict()
    except ValueError as exc:
        raise click.ClickException(f"{exc}.") from None
    if root is not None:
        root.obj = cfg
    return cfg


def open_db():
    """The database of this command's configuration, migrated to the current schema."""
    db = connect(settings()["DATABASE_PATH"])
    apply_migrations(db)
    return db


def fail(message):
    click.echo(message, err=True)
    sys.exit(1)


def show_json(data):
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _known_page(ctx, param, page_id):
    """--page must name a page of PAGES_FILE: a typo would keep a roster nobody reads."""
    if page_id:
        problem = unknown_page_message(settings(), page_id)
        if problem:
            raise click.BadParameter(problem, ctx, param)
    return page_id or None


# The ward whose roster or calendar a command keeps (several wards on one server); none: every ward's.
ward_option = click.option(
    "--page", "page_id", callback=_known_page, help="One ward's page (PAGES_FILE); default: what applies to every ward."
)
