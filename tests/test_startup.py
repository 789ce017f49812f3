"""`python -m bot serve` refuses to start with one sentence that says what to fix, never a bare traceback;
in sandbox mode it prints where to go and the first admin's password, once."""

import os
import socket
import sqlite3
import subprocess
import sys

import pytest
from live import ROOT, free_port
from sandbox_server import SandboxServer

from storage import connect
from storage.backup import database_lock
from storage.migrations import apply_migrations
from storage.officers import authenticate

LIVE = {
    "PAGE_ACCESS_TOKEN": "page-token",
    "APP_SECRET": "a-real-secret",
    "VERIFY_TOKEN": "verify-me",
    "SECRET_KEY": "0123456789abcdef",
    "GRAPH_API_URL": "http://127.0.0.1:9/v21.0",
}


def serve(tmp_path, **settings):
    """Start the server and expect it to stop at once; return its error line."""
    env = {k: v for k, v in os.environ.items() if k not in LIVE}
    env.update(
        PAKN_ENV_FILE=os.devnull,
        HOST="127.0.0.1",
        PORT=str(free_port()),
        DATABASE_PATH=str(tmp_path / "data" / "bot.db"),
        ATTACHMENTS_DIR=str(tmp_path / "data" / "files"),
    )
    env.update({k: v for k, v in settings.items() if v is not None})
    for name in [k for k, v in settings.items() if v is None]:
        env.pop(name, None)
    result = subprocess.run(
        [sys.executable, "-m", "bot", "serve"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=30
    )
    assert result.returncode != 0, "the server started"
    assert "Traceback" not in result.stdout + result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("Error: ") and line.endswith(".")
    return line


@pytest.mark.parametrize("placeholder", ["change-me", ""])
def test_live_mode_with_a_placeholder_secret(tmp_path, placeholder):
    line = serve(tmp_path, **dict(LIVE, APP_SECRET=placeholder))
    assert "APP_SECRET is empty or 'change-me'" in line and "App settings" in line
    assert not (tmp_path / "data").exists()  # refused before touching anything


def test_live_mode_names_every_missing_secret(tmp_path):
    line = serve(tmp_path, **dict(LIVE, VERIFY_TOKEN="change-me", SECRET_KEY=None))
    assert "VERIFY_TOKEN, SECRET_KEY are empty or 'change-me'" in line and "token_hex" in line


def test_data_folder_that_cannot_be_created(tmp_path):
    (tmp_path / "data").write_text("a file where the data folder should be")
    line = serve(tmp_path)
    assert f"The data folder {tmp_path / 'data'} cannot be written" in line and "DATABASE_PATH" in line


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through permissions")
def test_data_folder_without_write_permission(tmp_path):
    (tmp_path / "data").mkdir(mode=0o500)
    line = serve(tmp_path)
    assert "cannot be written (Permission denied)" in line


def test_port_in_use(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        line = serve(tmp_path, PORT=str(port))
    assert f"Port {port} on 127.0.0.1 is already in use" in line and "set another PORT" in line


def test_database_from_a_newer_release(tmp_path):
    path = tmp_path / "data" / "bot.db"
    db = connect(str(path))
    apply_migrations(db)
    db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('pakn', 'm999_from_the_future', '2030-01-01')"
    )
    db.conn.close()
    line = serve(tmp_path)
    assert "m999_from_the_future" in line and "run a newer PAKN Bot or restore a backup" in line


def test_file_that_is_not_a_database(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "bot.db").write_bytes(b"not a database at all" * 300)
    line = serve(tmp_path)
    assert "cannot be opened (file is not a database)" in line


def test_setting_that_is_not_a_number(tmp_path):
    line = serve(tmp_path, PORT="50OO")
    assert "PORT must be a number, not '50OO'" in line


def test_restore_in_progress(tmp_path):
    (tmp_path / "data").mkdir()
    with database_lock(str(tmp_path / "data" / "bot.db"), exclusive=True):
        line = serve(tmp_path)
    assert "restore" in line and "in progress" in line


@pytest.mark.slow
def test_sandbox_prints_the_addresses_and_a_first_admin_once(tmp_path):
    first_run = SandboxServer(tmp_path).start()
    first_run.stop()
    server = SandboxServer(tmp_path)  # the same database, another port
    first = server.output()
    assert "/simulator\n" in first and "/console\n" in first
    password = first.split("admin / ")[1].split()[0]
    db = connect(server.env["DATABASE_PATH"])
    (stored,) = [r["password_hash"] for r in db.query("SELECT password_hash FROM officers WHERE role = 'admin'")]
    assert password not in stored and authenticate(db, "admin", password)

    server.start()
    server.stop()
    again = server.output()[len(first) :]
    assert f"{server.url}/simulator" in again and "admin / " not in again
    assert db.execute("SELECT count(*) FROM officers").fetchone()[0] == 1


def test_live_mode_prints_no_sandbox_addresses(tmp_path):
    """The live server starts with real secrets (the checks do not refuse good settings)."""
    env = {
        **os.environ,
        "PAKN_ENV_FILE": os.devnull,
        "PORT": str(free_port()),
        "HOST": "127.0.0.1",
        "DATABASE_PATH": str(tmp_path / "bot.db"),
        "ATTACHMENTS_DIR": str(tmp_path / "files"),
        **LIVE,
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        first = process.stdout.readline()
        assert first.startswith("PAKN Bot on http://127.0.0.1:")
        assert process.poll() is None
    finally:
        process.terminate()
        rest = process.communicate(timeout=10)[0]
    assert "/simulator" not in first + rest and "admin /" not in first + rest
    with sqlite3.connect(tmp_path / "bot.db") as conn:
        assert conn.execute("SELECT count(*) FROM officers").fetchone()[0] == 0
