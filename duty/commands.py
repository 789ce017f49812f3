"""Every duty command, for bot/cli.py to register in one line."""
from duty import case_cli, cli, roster_cli

COMMANDS = cli.COMMANDS + case_cli.COMMANDS + roster_cli.COMMANDS
