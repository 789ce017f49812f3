"""`python -m bot setup-page`: set the page's Messenger Profile and webhook fields (messenger/page_setup.py)."""

import click

from cli.support import settings
from core.pages import page_config, unknown_page_message
from messenger.page_setup import describe, graph_client, graph_problem, set_up_page
from messenger.send_api import SendError


@click.command(
    "setup-page",
    help="Set the page's Messenger Profile (Get Started, greeting, menu, ice "
    "breakers) and subscribe the webhook fields. Safe to run again.",
)
@click.option("--dry-run", is_flag=True, help="Only say what would change.")
@click.option("--page", "page_id", help="Which ward's page (PAGES_FILE): its token and ward details.")
def setup_page(dry_run, page_id):
    cfg = settings()
    if unknown_page_message(cfg, page_id):
        raise click.ClickException(unknown_page_message(cfg, page_id))
    cfg = page_config(cfg, page_id)
    client = graph_client(cfg)
    try:
        desired, changes, missing = set_up_page(client, cfg, dry_run)
    except SendError as error:
        raise click.ClickException(graph_problem(client, error)) from None
    click.echo(f"Messenger Profile at {client.base_url}:")
    for field, value in desired.items():
        state = ("would set" if dry_run else "set") if field in changes else "unchanged"
        click.echo(f"  {field:<16} {state:<10} {describe(field, value)}")
    state = "unchanged" if not missing else f"{'would subscribe' if dry_run else 'subscribed'} {', '.join(missing)}"
    click.echo(f"  {'webhook fields':<16} {state}")
    if not changes and not missing:
        click.echo("Nothing to change: the page was already set up.")
