"""Who a `python -m bot console …` command acts as, and how it refuses.

A command acts as the officer named with `--as` (audit-logged under that name,
and limited to that officer's ward, as on the console) or, without it, as `cli`:
whoever runs commands on the server, who can read the database anyway. A refused
operation is casework/'s sentence, the console's too, on stderr with exit status 1.
"""

import click

from casework import texts
from casework.hotline import CallError
from casework.workflow import CaseError
from cli.support import fail
from storage.officers import officer_by_username

CLI_ACTOR = {"id": None, "username": "cli", "role": "admin"}

as_option = click.option(
    "--as", "acting_as", metavar="USERNAME", help="Act as this officer (recorded in the audit log). Default: cli."
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")


def acting_officer(db, acting_as):
    """The officer named with `--as` (an active account), or `cli`; else exit with the reason."""
    if not acting_as:
        return CLI_ACTOR
    officer = officer_by_username(db, acting_as)
    if officer is None or officer["disabled"]:
        fail(texts.NO_SUCH_OFFICER.format(username=acting_as))
    return dict(officer)


def attempt(operation, *args, **kwargs):
    """Run a casework operation; a refusal is one sentence and exit status 1."""
    try:
        return operation(*args, **kwargs)
    except (CaseError, CallError) as error:
        fail(str(error))
