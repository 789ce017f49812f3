"""Crash loop: 50 citizens file reports while the server is SIGKILLed again and again.

Like Meta, the citizens' side re-sends every delivery that was not answered 200, and the
Graph stand-in echoes every accepted send back to the webhook. At the end every report is
complete and every citizen received exactly the messages of a run without crashes, in order.
"""

import random
import re
import threading
import time

import pytest
import requests
from live import GraphStandin
from scripts import SCRIPTS

from casework.new_case import HELD_NOTE

pytestmark = pytest.mark.slow
CITIZENS = 50
KILLS = 10
CATEGORIES = sorted(SCRIPTS)


def normalise(text):
    """Ticket codes and dates differ between runs; so does the out-of-hours note when a run crosses the
    end of office hours (casework/new_case.py); nothing else may."""
    text = "\n".join(line for line in text.split("\n") if not line.startswith(HELD_NOTE.strip().split("{")[0]))
    return re.sub(r"\d{2}/\d{2}/\d{4}", "DATE", re.sub(r"[A-Z]+-\d{4}-\d{5}", "CODE", text))


def events_for(messenger, psid, category):
    for action, value in SCRIPTS[category]:
        if action == "postback":
            yield messenger.postback(psid, value)
        elif action == "tap":
            yield messenger.quick_reply(psid, value)
        else:
            yield messenger.text(psid, value)


class Citizen(threading.Thread):
    """Sends one event, waits for its one reply, sends the next; re-sends what was not acknowledged."""

    def __init__(self, server, graph, events, psid):
        super().__init__(daemon=True)
        self.server, self.graph, self.events, self.psid = server, graph, events, psid
        self.error = None

    def deliver(self, body, headers):
        while True:
            try:
                if requests.post(self.server.url + "/webhook", data=body, headers=headers, timeout=5).ok:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.05)  # server down: Meta re-sends after a pause

    def run(self):
        try:
            for n, (body, headers) in enumerate(self.events, start=1):
                self.deliver(body, headers)
                self.graph.state.wait_for(lambda s: len(s.messages_to(self.psid)) >= n, timeout=60)
                assert len(self.graph.state.messages_to(self.psid)) >= n, f"{self.psid}: no reply to step {n}"
        except Exception as exc:  # noqa: BLE001 - reported by the test
            self.error = exc


def run_citizens(server, graph, messenger, psids):
    citizens = []
    for i, psid in enumerate(psids):
        events = [(messenger.body(e), None) for e in events_for(messenger, psid, CATEGORIES[i % 4])]
        events = [(body, messenger.headers(body)) for body, _ in events]
        citizens.append(Citizen(server, graph, events, psid))
    for c in citizens:
        c.start()
    return citizens


def received(graph, psid):
    return [normalise(m["message"]["text"]) for m in graph.state.messages_to(psid)]


def test_sigkill_loop_loses_nothing_and_sends_nothing_twice(bot_servers, messenger):
    graph = GraphStandin()
    try:
        baseline_server = bot_servers(graph.url, "baseline", ECHO_WAIT_SECONDS=3)
        graph.state.send_echoes_to(baseline_server.url + "/webhook", messenger.secret)
        for c in run_citizens(baseline_server, graph, messenger, [f"base-{c}" for c in CATEGORIES]):
            c.join()
            assert c.error is None
        baseline = {category: received(graph, f"base-{category}") for category in CATEGORIES}

        server = bot_servers(graph.url, "crash", ECHO_WAIT_SECONDS=3)
        graph.state.send_echoes_to(server.url + "/webhook", messenger.secret)
        psids = [f"crash-{i}" for i in range(CITIZENS)]
        citizens = run_citizens(server, graph, messenger, psids)
        rng = random.Random(20261129)
        for _ in range(KILLS):
            time.sleep(rng.uniform(0.1, 0.6))  # a random moment of the load, not a wait for a result
            server.kill()
            server.start()
        for c in citizens:
            c.join(timeout=120)
            assert c.error is None
        graph.state.echoes.queue.join()  # every echo delivered, then every event processed
        server.settle(timeout=60)
        assert server.health()["events_pending"] == 0
        for i, psid in enumerate(psids):
            assert received(graph, psid) == baseline[CATEGORIES[i % 4]], psid
        from storage import connect

        db = connect(server.env["DATABASE_PATH"])
        assert db.execute("SELECT count(*) FROM reports").fetchone()[0] == CITIZENS
    finally:
        graph.close()
