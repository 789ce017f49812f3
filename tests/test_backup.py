"""`python -m bot backup` while the server is busy, and `restore`: consistent, verified, nothing lost."""

import itertools
import shutil
import sqlite3
import threading

import pytest
import requests
from live import wait_until
from messenger_support import Messenger
from sandbox_server import SandboxServer, run_bot
from scripts import SCRIPTS

from core.config import SANDBOX_APP_SECRET


def codes(path):
    with sqlite3.connect(path) as conn:
        return {code for (code,) in conn.execute("SELECT code FROM reports")}


def integrity(path):
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0], conn.execute("PRAGMA foreign_key_check").fetchall()


class Citizens:
    """Files petitions by posting whole scripts without waiting for replies (the bot keeps order)."""

    def __init__(self, server):
        self.server, self.m = server, Messenger(SANDBOX_APP_SECRET)
        self.http = requests.Session()
        self.names = (f"backup-{n}" for n in itertools.count())

    def file_report(self):
        psid = next(self.names)
        for action, value in SCRIPTS["petition"]:
            event = {"say": self.m.text, "tap": self.m.quick_reply, "postback": self.m.postback}[action](psid, value)
            body = self.m.body(event)
            assert (
                self.http.post(
                    self.server.url + "/webhook", data=body, headers=self.m.headers(body), timeout=10
                ).status_code
                == 200
            )


@pytest.mark.slow
def test_backup_under_load_then_restore_keeps_every_report(tmp_path):
    server = SandboxServer(tmp_path / "server").start()
    try:
        check_backup_under_load_then_restore(server, tmp_path)
    finally:
        server.stop()


def check_backup_under_load_then_restore(server, tmp_path):
    database = server.env["DATABASE_PATH"]
    citizens = Citizens(server)
    for _ in range(3):
        citizens.file_report()
    wait_until(lambda: len(codes(database)) == 3, what="three reports")

    backup_done, stop = threading.Event(), threading.Event()
    filed_after_backup = []

    def load():
        while not stop.is_set():
            after = backup_done.is_set()
            citizens.file_report()
            if after:
                filed_after_backup.append(1)

    loader = threading.Thread(target=load)
    loader.start()
    wait_until(lambda: len(codes(database)) >= 5, what="reports filed during the load")
    before_backup = codes(database)
    result = run_bot(server, "backup", str(tmp_path / "backup.db"))
    backup_done.set()
    wait_until(lambda: len(filed_after_backup) >= 2, what="reports filed after the backup")
    stop.set()
    loader.join()
    server.settle()

    assert "integrity check ok" in result.stdout
    backed_up = codes(tmp_path / "backup.db")
    assert integrity(tmp_path / "backup.db") == ("ok", [])
    assert before_backup <= backed_up  # every report that existed when the backup began
    final = codes(database)
    assert backed_up < final  # the server kept filing reports: the backup is a snapshot, not a pause

    refused = run_bot(server, "restore", str(tmp_path / "backup.db"), "--yes", check=False)
    assert refused.returncode == 1 and "stop it first" in refused.stderr
    assert codes(database) == final

    server.stop()
    restored = run_bot(server, "restore", str(tmp_path / "backup.db"), "--yes")
    assert integrity(database) == ("ok", [])
    assert codes(database) == backed_up
    aside = next(tmp_path.glob("server/bot.db.before-restore-*"))
    assert codes(aside) == final and str(aside.name) in restored.stdout
    with sqlite3.connect(database) as conn:
        without_thread = conn.execute(
            "SELECT count(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM messages m WHERE m.report_id = r.id)"
        ).fetchone()[0]
    assert without_thread == 0
    listed = run_bot(server, "console", "list", "--json").stdout
    assert all(code in listed for code in backed_up)


@pytest.fixture
def backup_of(runner, app, tmp_path):
    """A verified backup of the test database, made by the command."""
    path = tmp_path / "good.db"
    assert runner("backup", str(path)).exit_code == 0
    return path


def test_backup_into_a_folder_gets_a_dated_name(runner, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    result = runner("backup", str(folder))
    assert result.exit_code == 0
    (made,) = folder.glob("bot-*.db")
    assert integrity(made) == ("ok", [])


def test_restore_refuses_a_file_that_is_not_a_database(runner, app, tmp_path):
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not SQLite" * 100)
    before = (tmp_path / "bot.db").read_bytes()
    result = runner("restore", str(garbage), "--yes")
    assert result.exit_code == 1 and "not a PAKN Bot database" in result.output
    assert (tmp_path / "bot.db").read_bytes() == before
    assert not list(tmp_path.glob("bot.db.before-restore-*"))


def test_restore_refuses_a_damaged_backup(runner, backup_of, tmp_path):
    damaged = tmp_path / "damaged.db"
    data = bytearray(backup_of.read_bytes())
    data[len(data) // 2 :] = b"\x00" * (len(data) - len(data) // 2)
    damaged.write_bytes(bytes(data))
    result = runner("restore", str(damaged), "--yes")
    assert result.exit_code == 1 and "Error:" in result.output and "Traceback" not in result.output


def test_restore_refuses_a_backup_from_a_newer_release(runner, backup_of, tmp_path):
    newer = tmp_path / "newer.db"
    shutil.copy(backup_of, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('pakn', 'm999_from_the_future', '2030-01-01')"
        )
    result = runner("restore", str(newer), "--yes")
    assert result.exit_code == 1 and "newer PAKN Bot" in result.output


def test_restore_asks_before_replacing(runner, backup_of, tmp_path):
    result = runner("restore", str(backup_of), input="n\n")
    assert result.exit_code == 1 and "Replace" in result.output
    assert not list(tmp_path.glob("bot.db.before-restore-*"))
