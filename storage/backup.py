"""Backups with SQLite's online backup API, and a restore that cannot clobber a running server.

A backup reads one consistent snapshot while the server keeps writing (WAL:
writers do not wait for it). A restore needs the server stopped: every
`serve` holds a shared lock on `<database>.lock` for its whole life, and a
restore takes it exclusively, so neither can start while the other runs. The
lock is the kernel's (flock), so a killed server never leaves it behind.
"""

import contextlib
import datetime as dt
import fcntl
import os
import sqlite3
from collections.abc import Iterator
from typing import IO

from storage.migrations import SchemaTooNew, check_not_newer


class BackupError(Exception):
    """A clear, one-sentence reason a backup or restore was refused."""


def lock_path(db_path: str) -> str:
    return os.path.abspath(db_path) + ".lock"


@contextlib.contextmanager
def database_lock(db_path: str, exclusive: bool) -> Iterator[IO[str]]:
    """Shared for servers, exclusive for a restore; BlockingIOError if the other side holds it."""
    with open(lock_path(db_path), "a+") as handle:
        fcntl.flock(handle, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        yield handle


def hold_server_lock(db_path: str) -> IO[str]:
    """Taken by `serve` and kept until the process ends (the kernel releases it then)."""
    handle = open(lock_path(db_path), "a+")  # noqa: SIM115 - held for the process's life
    try:
        fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise BackupError(f"a restore of {db_path} is in progress: start the server when it has finished") from None
    return handle


def copy_database(source_path: str, target_path: str) -> None:
    """Copy a live database to a self-contained file (no -wal beside it), atomically."""
    temporary = target_path + ".part"
    with contextlib.suppress(FileNotFoundError):
        os.remove(temporary)
    source = sqlite3.connect(source_path)
    target = sqlite3.connect(temporary)
    try:
        source.backup(target)  # one step: a single read snapshot, however busy the server is
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
        source.close()
    os.replace(temporary, target_path)


def backup_database(db_path: str, target_path: str) -> tuple[str, int]:
    """Write a verified backup of `db_path` to `target_path`; return its path and the number of reports in it."""
    if not os.path.exists(db_path):
        raise BackupError(f"there is no database at {db_path}: check DATABASE_PATH")
    if os.path.isdir(target_path):
        target_path = os.path.join(target_path, default_name(db_path))
    folder = os.path.dirname(os.path.abspath(target_path))
    if not os.path.isdir(folder):
        raise BackupError(f"the folder {folder} does not exist: create it or choose another PATH")
    copy_database(db_path, target_path)
    return target_path, verify_backup(target_path)


def default_name(db_path: str) -> str:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return f"{os.path.splitext(os.path.basename(db_path))[0]}-{stamp}.db"


def verify_backup(path: str) -> int:
    """integrity_check ok, a PAKN Bot schema this code knows; return how many reports it holds."""
    if not os.path.isfile(path):
        raise BackupError(f"there is no backup file at {path}")
    try:
        with contextlib.closing(sqlite3.connect(path)) as conn:
            (result,) = conn.execute("PRAGMA integrity_check").fetchone()
            if result != "ok":
                raise BackupError(f"{path} is damaged (integrity_check: {result[:200]}): use another backup")
            import sqlite_utils

            check_not_newer(sqlite_utils.Database(conn))
            return conn.execute("SELECT count(*) FROM reports").fetchone()[0]
    except SchemaTooNew as exc:
        raise BackupError(f"{path} was made by a newer PAKN Bot ({exc})") from None
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path} is not a PAKN Bot database ({exc}): use another backup") from None


def restore_database(backup_path: str, db_path: str) -> tuple[str | None, int]:
    """Replace `db_path` by the backup, keeping the old database aside; return (aside path, reports)."""
    reports = verify_backup(backup_path)
    try:
        with database_lock(db_path, exclusive=True):
            aside = None
            if os.path.exists(db_path):
                aside = f"{db_path}.before-restore-{dt.datetime.now():%Y%m%d-%H%M%S}"
                copy_database(db_path, aside)  # through SQLite: includes what is still in the -wal
            incoming = db_path + ".restoring"
            copy_database(backup_path, incoming)
            for leftover in (db_path + "-wal", db_path + "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    os.remove(leftover)  # a stale log must never be replayed onto the restored file
            os.replace(incoming, db_path)
    except BlockingIOError:
        raise BackupError(
            f"PAKN Bot is running on {db_path}: stop it first (systemctl stop pakn-bot), then restore"
        ) from None
    verify_backup(db_path)
    return aside, reports
