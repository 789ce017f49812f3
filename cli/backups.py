"""`python -m bot backup PATH` and `python -m bot restore PATH`, for the ward's IT admin."""

import contextlib

import click

from cli.support import settings
from storage.backup import BackupError, backup_database, restore_database, verify_backup


@contextlib.contextmanager
def one_sentence(writing, hint):
    """A refusal or a disk error as one sentence that says what to do, never a traceback."""
    try:
        yield
    except BackupError as problem:
        raise click.ClickException(f"{problem}.") from None
    except OSError as exc:
        raise click.ClickException(f"Cannot write {writing} ({exc.strerror}): {hint}.") from None


@click.command(
    help="Write a consistent copy of the database to PATH (a file, or a folder for a dated "
    "name). Safe while the server runs."
)
@click.argument("path", type=click.Path(dir_okay=True, file_okay=True))
def backup(path):
    cfg = settings()
    with one_sentence(path, "choose a folder this user can write"):
        target, reports = backup_database(cfg["DATABASE_PATH"], path)
    click.echo(f"Backup written to {target}: integrity check ok, {reports} reports.")
    click.echo(f"Copy the attachments folder ({cfg['ATTACHMENTS_DIR']}) after it, e.g. with rsync.")


@click.command(
    help="Replace the database by the backup at PATH. The server must be stopped; the "
    "current database is kept aside, never deleted."
)
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def restore(path, yes):
    db_path = settings()["DATABASE_PATH"]
    with one_sentence(db_path, "run the restore as the user that owns the data folder"):
        reports = verify_backup(path)
        if not yes:
            click.confirm(f"Replace {db_path} by {path} ({reports} reports)?", abort=True)
        aside, reports = restore_database(path, db_path)
    click.echo(f"Restored {path} to {db_path}: integrity check ok, {reports} reports.")
    if aside:
        click.echo(f"The previous database is kept at {aside}.")
