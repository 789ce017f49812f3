"""The sandbox as `make run` starts it: no page token, the Graph stand-in and the simulator inside."""

import json
import subprocess
import sys

import requests
from live import ROOT, BotServer

from storage import connect, write_transaction
from storage.officers import create_officer


class SandboxServer(BotServer):
    """`python -m bot serve` with PAGE_ACCESS_TOKEN unset, on its own port and database."""

    def __init__(self, tmp_path, **env):
        super().__init__(tmp_path, "", "", **env)
        for name in ("PAGE_ACCESS_TOKEN", "GRAPH_API_URL", "APP_SECRET", "VERIFY_TOKEN"):
            self.env.pop(name)  # unset, not empty: the sandbox defaults apply
        self.log_path = tmp_path / "server.log"

    def start(self):
        try:
            return super().start()
        except BaseException:
            self.stop()  # a server that never became healthy must not outlive the test
            raise

    def output(self):
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def sent_to(self, psid):
        """What the bot sent this citizen, as the built-in stand-in recorded it."""
        return requests.get(f"{self.url}/graph-standin/_sent", params={"psid": psid}, timeout=5).json()["messages"]


def run_bot(server, *args, input=None, check=True):
    """`python -m bot ARGS` with the server's settings (its database, its secret)."""
    result = subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=ROOT,
        env=server.env,
        input=input,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def add_account(server, username, password, role="officer", **details):
    """An officer's account in the running server's database, as `bot officer add` makes it: for the
    tests whose subject is the console, not the command (a command is a new interpreter: ~0.5 s)."""
    db = connect(server.env["DATABASE_PATH"])
    try:
        with write_transaction(db):
            return create_officer(db, username, password, role, **details)
    finally:
        db.conn.close()


def console_json(server, *args):
    return json.loads(run_bot(server, "console", *args, "--json").stdout)
