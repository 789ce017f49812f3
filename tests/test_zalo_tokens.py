"""The Zalo token pair: kept in the database, seeded once, refreshed by one process at a time, never
lost to a race or a SIGKILL, and an alert when a refresh fails. The stand-in's refresh tokens are
single-use, as Zalo's are; the processes are real (`python -m bot zalo refresh`, `python -m bot serve`)."""

import os
import signal
import subprocess
import sys
import threading

import pytest
import requests
from live import ROOT, wait_until
from zalo_support import OA_ID, PAIR, Zalo, zalo_settings

from core.zalo_settings import zalo_accounts
from storage import connect
from storage.zalo_tokens import token_row
from webhook import create_app
from zalo import texts as zalo_texts
from zalo.api import ZaloClient
from zalo.tokens import alert_kind, refresh_tokens, seed_tokens, set_tokens

USER = "9200000000000000001"


@pytest.fixture
def token_env(tmp_path, zalo_standin):
    """The environment of a command or server on this test's database, its OA served by the stand-in."""
    env = {
        **os.environ,
        "PAKN_ENV_FILE": os.devnull,
        "DATABASE_PATH": str(tmp_path / "bot.db"),
        "ATTACHMENTS_DIR": str(tmp_path / "files"),
        "SECRET_KEY": "test",
        "GRAPH_TIMEOUT_SECONDS": "2",  # a lease then lasts 2 x 2 + 5 s (zalo/tokens.py)
        **zalo_settings(zalo_standin.url),
    }
    create_app(
        {
            "DATABASE_PATH": env["DATABASE_PATH"],
            "START_WORKERS": False,
            "SANDBOX": False,
            **zalo_settings(zalo_standin.url),
        }
    )
    return env


def db_pair(env):
    db = connect(env["DATABASE_PATH"])
    try:
        row = token_row(db, OA_ID)
        return row["access_token"], row["refresh_token"], row["generation"]
    finally:
        db.conn.close()


def refresh_process(env, **kwargs):
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "zalo", "refresh"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def wait_for_line(stream, text, timeout=20):
    """Read `stream` until a line holds `text` (a thread, so the wait has a deadline)."""
    found = threading.Event()

    def read():
        for line in stream:
            if text in line:
                found.set()
                return

    threading.Thread(target=read, daemon=True).start()
    assert found.wait(timeout), f"no line with {text!r} within {timeout}s"


def works_at_zalo(standin, access_token):
    return ZaloClient(standin.url).send_message(access_token, USER, {"text": "thử"}) is not None


def test_the_settings_seed_the_pair_once_and_a_new_pair_in_env_is_noticed(zalo_app, zalo_db, zalo_standin):
    (account,) = zalo_accounts(zalo_app.config)
    assert token_row(zalo_db, OA_ID)["source"] == "settings"
    refreshed = refresh_tokens(zalo_db, zalo_app.config, account)
    assert seed_tokens(zalo_db, account) is False  # a restart with the same .env: the rotated pair stays
    assert token_row(zalo_db, OA_ID)["refresh_token"] == refreshed["refresh_token"] != PAIR[1]
    from dataclasses import replace

    renewed = replace(account, access_token="zalo-access-new", refresh_token="zalo-refresh-new")
    assert seed_tokens(zalo_db, renewed) is True  # the admin put a new pair in .env
    assert token_row(zalo_db, OA_ID)["refresh_token"] == "zalo-refresh-new"


def test_two_concurrent_refreshes_in_two_processes_keep_one_valid_pair(token_env, zalo_standin):
    hold = zalo_standin.state.hold_refreshes()
    first = refresh_process(token_env)
    wait_until(lambda: zalo_standin.state.held_refreshes == 1, timeout=20, what="the first refresh at Zalo")
    second = refresh_process(token_env)
    from cli.zalo import WAITING

    wait_for_line(second.stderr, WAITING)  # the second found the lease taken, and waits
    hold.set()
    assert first.wait(20) == 0 and second.wait(20) == 0, (first.stderr.read(), second.stdout.read())
    assert zalo_standin.state.refresh_requests == 1  # only one refresh ever reached Zalo
    access, refresh, generation = db_pair(token_env)
    assert (access, refresh) == zalo_standin.state.pair and generation == 2
    assert "thế hệ 2" in first.stdout.read() and "thế hệ 2" in second.stdout.read()
    assert works_at_zalo(zalo_standin, access)


def test_a_refresh_killed_before_zalo_answered_leaves_the_pair_to_the_other_process(token_env, zalo_standin):
    hold = zalo_standin.state.hold_refreshes(count=1)
    zalo_standin.state.abandon_held = True  # the killed process's request never reaches Zalo's tokens
    first = refresh_process(token_env)
    wait_until(lambda: zalo_standin.state.held_refreshes == 1, timeout=20, what="the first refresh at Zalo")
    second = refresh_process(token_env)
    from cli.zalo import WAITING

    wait_for_line(second.stderr, WAITING)
    first.send_signal(signal.SIGKILL)
    first.wait()
    assert second.wait(30) == 0  # the dead process's lease ended; the second refreshed with the unspent token
    hold.set()
    access, refresh, generation = db_pair(token_env)
    assert (access, refresh) == zalo_standin.state.pair and generation == 2
    assert zalo_standin.state.refused_refreshes == 0
    assert works_at_zalo(zalo_standin, access)


def test_a_failed_refresh_raises_an_alert_on_healthz_and_the_console(zalo_app, zalo_db, zalo_standin):
    from console_support import log_in

    from storage.officers import create_officer

    (account,) = zalo_accounts(zalo_app.config)
    zalo_standin.state.inject_refresh({"body": {"error": -14014, "error_name": "Invalid refresh token"}})
    with pytest.raises(Exception, match="-14014"):
        refresh_tokens(zalo_db, zalo_app.config, account)
    health = zalo_app.test_client().get("/healthz").get_json()
    assert health["status"] == "degraded"
    (alert,) = [a for a in health["alerts"] if a["kind"] == alert_kind(account)]
    assert "message" not in alert  # /healthz answers anyone: which alert, never its words
    (message,) = [m for (k, m) in zalo_db.execute("SELECT kind, message FROM alerts") if k == alert_kind(account)]
    assert "set-tokens" in message and PAIR[1] not in message and PAIR[0] not in message
    assert token_row(zalo_db, OA_ID)["refresh_token"] == PAIR[1]  # the old pair is kept
    create_officer(zalo_db, "quantri", "mat-khau-that-dai-2026", role="admin")
    client = zalo_app.test_client()
    assert log_in(client, "quantri", "mat-khau-that-dai-2026").status_code == 302
    page = client.get("/console/").get_data(as_text=True)
    assert "system-alert" in page and "Zalo OA" in page and "set-tokens" in page
    create_officer(zalo_db, "canbo", "mat-khau-that-dai-2026", role="officer")
    other = zalo_app.test_client()
    assert log_in(other, "canbo", "mat-khau-that-dai-2026").status_code == 302
    page = other.get("/console/").get_data(as_text=True)  # told that something is wrong, not what
    assert "system-alert" in page and "set-tokens" not in page and OA_ID not in page
    set_tokens(zalo_db, account, "zalo-access-9", "zalo-refresh-9")  # the admin gives a new pair
    assert zalo_app.test_client().get("/healthz").get_json()["status"] == "ok"
    assert zalo_texts.REFRESH_SPENT


def test_set_tokens_takes_the_pair_from_stdin_and_never_prints_it(token_env, zalo_standin):
    done = subprocess.run(
        [sys.executable, "-m", "bot", "zalo", "set-tokens", "--expires-in", "3600"],
        cwd=ROOT,
        env=token_env,
        input="zalo-access-admin\nzalo-refresh-admin\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert db_pair(token_env) == ("zalo-access-admin", "zalo-refresh-admin", 2)
    status = subprocess.run(
        [sys.executable, "-m", "bot", "zalo", "status", "--json"],
        cwd=ROOT,
        env=token_env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    for output in (done.stdout + done.stderr, status.stdout + status.stderr):
        assert "zalo-access-admin" not in output and "zalo-refresh-admin" not in output
    assert '"generation": 2' in status.stdout and '"source": "admin"' in status.stdout


def test_a_sigkill_right_after_zalo_answered_a_refresh_does_not_lose_the_pair(bot_servers, live_graph, zalo_standin):
    """The server refreshes (Zalo refused the old token) and is killed at the first use of the new
    pair: the new pair was committed before that use, so the restarted server holds it and sends."""
    env = zalo_settings(zalo_standin.url)
    server = bot_servers(live_graph.url, "zalo-kill", **env)
    zalo = Zalo()
    hold = zalo_standin.state.hold_first_use()
    zalo_standin.state.retire(PAIR[0])  # the next send answers -216: refresh once, then send
    body = zalo.body(event := zalo.text(USER, "Xin chào"))
    assert requests.post(server.url + "/zalo/webhook", data=body, headers=zalo.headers(event, body), timeout=10).ok
    wait_until(lambda: zalo_standin.state.held_first_uses == 1, timeout=30, what="the first use of the new pair")
    server.kill()  # Zalo answered the refresh, and spent the old refresh token
    hold.set()
    new_pair = zalo_standin.state.pair
    assert new_pair[1] != PAIR[1]
    db = connect(env_path(server))
    try:
        row = token_row(db, OA_ID)
        assert (row["access_token"], row["refresh_token"]) == new_pair
    finally:
        db.conn.close()
    server.start()
    server.settle(timeout=30)
    assert zalo_standin.state.refused_refreshes == 0
    assert zalo_standin.state.messages_to(USER)  # the reply went out with the saved pair
    assert server.health()["status"] == "ok"


def env_path(server):
    return server.env["DATABASE_PATH"]
