"""What the duty officer's commands share: dates as people type them, the database, messages."""
import datetime as dt
import json
import sys

import click


def parse_date(text):
    """A date typed as people write it (20/02/2026) or ISO (2026-02-20); None if it is not one."""
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            pass
    return None


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


def open_db():
    from bot.cli import open_db as open_app_db  # bot.cli registers the duty commands
    return open_app_db()


def fail(message):
    click.echo(message, err=True)
    sys.exit(1)


def show_json(data):
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _known_page(ctx, param, page_id):
    """--page must name a page of PAGES_FILE: a typo would keep a roster nobody reads."""
    if page_id:
        from bot.config import Config
        from bot.pages import unknown_page_message
        problem = unknown_page_message(Config().as_dict(), page_id)
        if problem:
            raise click.BadParameter(problem, ctx, param)
    return page_id or None


# The ward whose roster or calendar a command keeps (several wards on one server); none: every ward's.
ward_option = click.option("--page", "page_id", callback=_known_page,
                           help="One ward's page (PAGES_FILE); default: what applies to every ward.")
