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
def chat(url, psid):
    run_chat(settings(), url, psid)
