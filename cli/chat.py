"""`python -m bot chat`: be a citizen in the terminal, against a running sandbox server (sandbox/chat.py)."""

import click

from cli.support import settings
from sandbox.chat import run_chat


@click.command(
    help="Chat with the bot in the terminal as a citizen (sandbox mode), with numbered "
    "quick replies. Needs a running server: `make run` in another terminal."
)
@click.option("--url", help="The server's address (default: http://HOST:PORT from the config).")
@click.option("--psid", help="Continue as this citizen (default: a new one).")
@click.option(
    "--channel",
    type=click.Choice(["messenger", "zalo"]),
    default="messenger",
    show_default=True,
    help="Write to the ward's Facebook page, or to its Zalo Official Account.",
)
def chat(url, psid, channel):
    run_chat(settings(), url, psid, channel)
