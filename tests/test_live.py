"""End to end through the real server (`python -m bot serve`, waitress, a file database)
with signed bodies and the Graph stand-in on its own port."""

import json
import re
import subprocess
import sys

import pytest
import requests
from live import ROOT
from scripts import EXPECTED, SCRIPTS, run_script

from bot.texts import ASK, WELCOME
from storage import connect

pytestmark = pytest.mark.slow
CODE = re.compile(r"AQ-\d{4}-\d{5}")


def console(server, *args):
    result = subprocess.run(
        [sys.executable, "-m", "bot", "console", *args],
        cwd=ROOT,
        env=server.env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def database(server):
    return connect(server.env["DATABASE_PATH"])


@pytest.mark.parametrize("category", SCRIPTS)
def test_complete_report_for_each_category(live_citizen, live_bot, category):
    citizen = live_citizen(f"live-{category}")
    last = run_script(citizen, category)
    code = CODE.search(last[-1][0]).group()
    shown = json.loads(console(live_bot, "show", code, "--json"))
    for key, value in EXPECTED[category].items():
        actual = shown["citizen"][key] if key in ("name", "phone", "address") else shown[key]
        assert actual == value, key
    assert shown["psid"] == citizen.psid and shown["deadline"]
    assert [m["direction"] for m in shown["messages"]].count("in") == len(SCRIPTS[category])
    listed = json.loads(console(live_bot, "list", "--json"))
    assert code in [r["code"] for r in listed] and all("messages" not in r for r in listed)


def test_same_delivery_three_times_has_one_effect(live_citizen, live_bot):
    citizen = live_citizen("dup-1")
    event = citizen.m.text(citizen.psid, "Xin chào")
    for _ in range(3):
        citizen.post(event)
    assert len(citizen.replies()) == 1
    db = database(live_bot)
    assert db.execute("SELECT count(*) FROM inbound_events WHERE psid = 'dup-1'").fetchone()[0] == 1


def test_echo_gets_no_reply(live_citizen, live_graph):
    citizen = live_citizen("echo-1")
    echo = {
        "sender": {"id": "100200300400500"},
        "recipient": {"id": "echo-1"},
        "timestamp": 1764380008500,
        "message": {"mid": "m_echo_live", "is_echo": True, "app_id": 1, "metadata": "outbox:1", "text": "x"},
    }
    citizen.post(echo)
    assert citizen.replies() == []


def test_one_post_from_several_citizens_out_of_order(live_citizen, live_bot):
    a, b = live_citizen("order-a"), live_citizen("order-b")
    events = [
        a.m.text("order-a", "chào"),
        b.m.text("order-b", "chào"),
        a.m.quick_reply("order-a", "MENU_COMPLAINT"),
        b.m.quick_reply("order-b", "MENU_LOOKUP"),
    ]
    a.post(*reversed(events))
    first_a, second_a = [text for text, _ in a.replies()]
    first_b, second_b = [text for text, _ in b.replies()]
    assert first_a.startswith(WELCOME.split("{")[0]) and ASK["field"] in second_a
    assert first_b.startswith(WELCOME.split("{")[0]) and second_b.startswith(ASK["lookup"].split("{")[0])


def test_graph_500_then_200_delivers_the_reply_once(live_citizen, live_bot, live_graph):
    citizen = live_citizen("flaky-1")
    live_graph.state.inject({"status": 500, "body": {}})
    assert len(citizen.say("Xin chào")) == 1
    db = database(live_bot)
    assert db.execute("SELECT status, attempts FROM outbox WHERE psid = 'flaky-1'").fetchall() == [("sent", 2)]


def test_graph_551_is_recorded_as_failed_and_not_retried(live_citizen, live_bot, live_graph):
    citizen = live_citizen("gone-1")
    before = live_graph.state.attempts
    live_graph.state.inject(
        {
            "status": 400,
            "body": {"error": {"message": "(#551) This person isn't available", "type": "OAuthException", "code": 551}},
        }
    )
    assert citizen.say("Xin chào") == []
    assert live_graph.state.attempts == before + 1
    db = database(live_bot)
    assert db.execute("SELECT status, attempts, error_code FROM outbox WHERE psid = 'gone-1'").fetchall() == [
        ("failed", 1, 551)
    ]
    assert live_bot.health()["outbox"]["failed"] >= 1


def test_killed_after_acknowledging_processes_the_event_at_next_start(bot_servers, live_graph, messenger):
    server = bot_servers(live_graph.url, START_WORKERS=0)
    event = messenger.text("crash-1", "Xin chào")
    body = messenger.body(event)
    assert requests.post(server.url + "/webhook", data=body, headers=messenger.headers(body)).status_code == 200
    db = database(server)
    assert db.execute("SELECT status FROM inbound_events").fetchall() == [("pending",)]
    server.kill()
    server.env["START_WORKERS"] = "1"
    server.start()
    server.settle()
    assert db.execute("SELECT status FROM inbound_events").fetchall() == [("done",)]
    assert len(live_graph.state.messages_to("crash-1")) == 1


def test_sigkill_under_load_loses_no_acknowledged_event(bot_servers, live_graph, messenger):
    server = bot_servers(live_graph.url)
    acknowledged = []
    for i in range(40):
        event = messenger.text(f"load-{i % 8}", f"tin {i}")
        body = messenger.body(event)
        if requests.post(server.url + "/webhook", data=body, headers=messenger.headers(body)).ok:
            acknowledged.append("message:" + event["message"]["mid"])
    server.kill()
    server.start()
    server.settle()
    db = database(server)
    done = {r[0] for r in db.execute("SELECT event_key FROM inbound_events WHERE status = 'done'")}
    assert set(acknowledged) <= done and len(acknowledged) == 40


def test_a_reply_queued_from_the_command_line_goes_out_promptly(live_citizen, live_bot, live_graph):
    """Another process queued it, so nothing wakes the server's senders: they must look on their own."""
    citizen = live_citizen("cli-reply-1")
    code = CODE.search(run_script(citizen, "feedback")[-1][0]).group()
    before = len(live_graph.state.messages_to(citizen.psid))
    console(live_bot, "reply", code, "Phường đã sửa cổng dịch vụ công, anh/chị thử lại giúp.")
    assert live_graph.state.wait_for(lambda s: len(s.messages_to(citizen.psid)) > before, timeout=10)
    assert live_graph.state.messages_to(citizen.psid)[-1]["message"]["text"].startswith("Phường đã sửa")
