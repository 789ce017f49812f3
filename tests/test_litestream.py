"""Continuous replication: the real server writes cases while Litestream streams the database
with deploy/litestream.yml to a local folder; the server is killed (SIGKILL); `litestream restore`
to a new path holds every case a citizen was given a code for, and the bot's `restore` accepts it.

Skipped only when the litestream binary that `make install` puts beside Python cannot run here."""

import os
import re
import sqlite3
import subprocess
import sys
import time

import pytest
from live import ROOT, wait_until
from messenger_support import LiveCitizen, Messenger
from scripts import run_script

LITESTREAM = os.path.join(os.path.dirname(sys.executable), "litestream")
CONFIG = os.path.join(ROOT, "deploy", "litestream.yml")
CODE = re.compile(r"AQ-\d{4}-\d{5}")
CITIZENS = 6


def litestream_runs():
    try:
        return subprocess.run([LITESTREAM, "version"], capture_output=True, timeout=20).returncode == 0
    except OSError:
        return False


def restore(replica_url, target):
    """`litestream restore` of the replica into a new file; the case codes it holds ([] if none yet)."""
    result = subprocess.run(
        [LITESTREAM, "restore", "-o", str(target), replica_url], capture_output=True, text=True, timeout=60
    )
    if result.returncode != 0 or not target.exists():
        return []
    with sqlite3.connect(target) as conn:
        return [code for (code,) in conn.execute("SELECT code FROM reports")]


@pytest.mark.slow
@pytest.mark.skipif(not litestream_runs(), reason=f"{LITESTREAM} cannot run on this machine")
def test_every_acknowledged_case_survives_a_killed_server_through_the_replica(tmp_path, graph, bot_servers):
    server = bot_servers(graph.url)
    replica_url = f"file://{tmp_path / 'replica'}"
    env = dict(os.environ, LITESTREAM_DB_PATH=server.env["DATABASE_PATH"], LITESTREAM_REPLICA_URL=replica_url)
    with open(tmp_path / "litestream.log", "wb") as log:
        replicator = subprocess.Popen([LITESTREAM, "replicate", "-config", CONFIG], env=env, stdout=log, stderr=log)
    try:
        acknowledged = []
        messenger = Messenger()
        for n in range(CITIZENS):
            citizen = LiveCitizen(server, graph, messenger, psid=f"ls-{n}")
            last = "\n".join(text for text, _ in run_script(citizen, "petition" if n % 2 else "complaint"))
            acknowledged.append(CODE.search(last).group())  # the citizen holds this code
        acked_at = time.monotonic()
        server.kill()  # SIGKILL: no shutdown, no final checkpoint

        attempts = iter(range(1000))
        wait_until(
            lambda: set(acknowledged) <= set(restore(replica_url, tmp_path / f"try-{next(attempts)}.db")),
            timeout=30,
            interval=0.2,
            what="the replica to hold every acknowledged case",
        )
        lag = time.monotonic() - acked_at
    finally:
        replicator.kill()  # the replica must stand on its own from here
        replicator.wait()

    restored = tmp_path / "restored.db"
    assert set(acknowledged) <= set(restore(replica_url, restored))
    with sqlite3.connect(restored) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    print(
        f"\nLitestream: {len(acknowledged)} acknowledged cases in the replica {lag:.2f} s after the last "
        f"acknowledgement (sync-interval 1s)"
    )
    assert lag < 10

    # The bot's own restore accepts the replica's copy (integrity, schema) in place of a lost database.
    result = subprocess.run(
        [sys.executable, "-m", "bot", "restore", str(restored), "--yes"],
        cwd=ROOT,
        env=server.env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(server.env["DATABASE_PATH"]) as conn:
        assert set(acknowledged) <= {code for (code,) in conn.execute("SELECT code FROM reports")}
