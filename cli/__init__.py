"""`python -m bot …`: one click group; every command is registered below, in one place.

The group loads `.env` (or PAKN_ENV_FILE), reads the configuration once
(cli/support.py: `settings`) and registers the workflow's rules before any command runs, exactly as the app
factory does (runtime/rules.py), so a command can never change a case under
different rules than the console.
"""

import click

from cli import (
    backups,
    cases,
    chain,
    deadlines,
    departments,
    export,
    handoffs,
    hotline,
    knowledge,
    notices,
    officers,
    retention,
    roster,
    zalo,
)
from cli.chat import chat
from cli.duty import calendar_group, digest
from cli.page_setup import setup_page
from cli.serve import serve
from cli.support import settings
from core.config import load_env_file
from runtime.rules import register_rules


@click.group(help="PAKN Bot: the ward's Messenger assistant for feedback, petitions, complaints and denunciations.")
def cli():
    load_env_file()
    settings()
    register_rules()


@click.group(help="The officer's console on the command line.")
def console():
    pass


def register_commands():
    """Every command of `python -m bot`, in the order `--help` lists them."""
    for command in (
        serve,
        console,
        officers.officer,
        departments.department,
        calendar_group,
        roster.roster_group,
        deadlines.deadline_group,
        digest,
        deadlines.monthly,
        chat,
        setup_page,
        backups.backup,
        backups.restore,
        knowledge.knowledge,
        retention.retention_command,
        zalo.zalo_group,
    ):
        cli.add_command(command)
    for command in (
        *cases.COMMANDS,
        export.export,
        hotline.add_case,
        *handoffs.COMMANDS,
        *chain.COMMANDS,
        notices.notices,
    ):
        console.add_command(command)


register_commands()
