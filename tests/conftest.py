"""Fixtures: an app on a temporary database, a Messenger that signs like Meta, a Graph stand-in.

`chat` drives the conversation in-process (fast, synchronous worker); the
`live_*` fixtures in tests/live.py start the real server for the end-to-end tests.
"""
import itertools
import json
import time
import uuid

import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.signature import sign
from bot.worker import process_pending_events
from storage import connect
from webhook import create_app

APP_SECRET = "test-app-secret"
PAGE_ID = "100200300400500"


@pytest.fixture
def app(tmp_path):
    app = create_app({
        "DATABASE_PATH": str(tmp_path / "bot.db"), "ATTACHMENTS_DIR": str(tmp_path / "files"),
        "APP_SECRET": APP_SECRET, "VERIFY_TOKEN": "verify-me", "PAGE_ACCESS_TOKEN": "page-token",
        "GRAPH_API_URL": "http://127.0.0.1:9/v21.0", "SANDBOX": False, "START_WORKERS": False,
        "TESTING": True,
    })
    yield app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def db(app):
    database = connect(app.config["DATABASE_PATH"])
    yield database
    database.conn.close()


@pytest.fixture
def runner(app, monkeypatch):
    monkeypatch.setenv("DATABASE_PATH", app.config["DATABASE_PATH"])
    cli_runner = CliRunner()

    def invoke(*args, **kwargs):
        return cli_runner.invoke(cli, list(args), catch_exceptions=False, **kwargs)
    return invoke


class Messenger:
    """Builds events in the shapes of shared/messenger/events.json, and signs bodies."""

    def __init__(self, secret=APP_SECRET):
        self.secret = secret
        self._clock = itertools.count(int(time.time() * 1000), 1000)
        prefix = uuid.uuid4().hex[:8]  # mids are unique across tests that share a server
        self._mids = (f"{prefix}_{n}" for n in itertools.count(1))

    def _event(self, psid, **part):
        return {"sender": {"id": psid}, "recipient": {"id": PAGE_ID}, "timestamp": next(self._clock), **part}

    def text(self, psid, text):
        return self._event(psid, message={"mid": f"m_{next(self._mids)}", "text": text})

    def quick_reply(self, psid, payload, title="…"):
        return self._event(psid, message={"mid": f"m_{next(self._mids)}", "text": title,
                                          "quick_reply": {"payload": payload}})

    def postback(self, psid, payload="GET_STARTED", title="Bắt đầu"):
        return self._event(psid, postback={"mid": f"m_{next(self._mids)}", "title": title, "payload": payload})

    def attachment(self, psid, type_="image", url="https://cdn.example/img/abc.jpg"):
        return self._event(psid, message={"mid": f"m_{next(self._mids)}",
                                          "attachments": [{"type": type_, "payload": {"url": url}}]})

    def sticker(self, psid):
        return self._event(psid, message={"mid": f"m_{next(self._mids)}", "sticker_id": 369239263222822,
                                          "attachments": [{"type": "sticker", "payload": {
                                              "url": "https://cdn.example/sticker.png",
                                              "sticker_id": 369239263222822}}]})

    def later(self, ms):
        """Move this Messenger's clock forward (a citizen coming back hours later)."""
        start = next(self._clock) + ms
        self._clock = itertools.count(start, 1000)

    @staticmethod
    def body(*events):
        entries = [{"id": PAGE_ID, "time": e["timestamp"], "messaging": [e]} for e in events]
        return json.dumps({"object": "page", "entry": entries}).encode()

    def headers(self, body):
        return {"X-Hub-Signature-256": sign(self.secret, body), "Content-Type": "application/json"}


@pytest.fixture
def messenger():
    return Messenger()


class Chat:
    """A citizen talking to the app in-process: post signed, run the worker, read the outbox."""

    def __init__(self, client, app, db, messenger, psid="7001"):
        self.client, self.app, self.db, self.m, self.psid = client, app, db, messenger, psid
        self.seen = 0

    def post(self, *events):
        body = self.m.body(*events)
        response = self.client.post("/webhook", data=body, headers=self.m.headers(body))
        assert response.status_code == 200, response.data
        process_pending_events(self.db, self.app.config)

    def replies(self):
        """Replies queued since the last call: [(text, [payloads])]."""
        rows = list(self.db.query("SELECT id, message FROM outbox WHERE psid = ? AND id > ? ORDER BY id",
                                  [self.psid, self.seen]))
        if rows:
            self.seen = rows[-1]["id"]
        out = []
        for row in rows:
            message = json.loads(row["message"])
            if "handover" in message:  # a thread-control call to Meta queued in line, not a reply
                continue
            out.append((message["text"], [q["payload"] for q in message.get("quick_replies", [])]))
        return out

    def say(self, text):
        self.post(self.m.text(self.psid, text))
        return self.replies()

    def tap(self, payload):
        self.post(self.m.quick_reply(self.psid, payload))
        return self.replies()

    def send(self, event):
        self.post(event)
        return self.replies()


@pytest.fixture
def chat(client, app, db, messenger):
    return Chat(client, app, db, messenger)


@pytest.fixture
def graph():
    from live import GraphStandin
    standin = GraphStandin()
    yield standin
    standin.close()


@pytest.fixture(scope="module")
def live_graph():
    from live import GraphStandin
    standin = GraphStandin()
    yield standin
    standin.close()


@pytest.fixture(scope="module")
def live_bot(tmp_path_factory, live_graph):
    """One real server per test module; tests keep apart by using their own citizens."""
    from live import BotServer
    server = BotServer(tmp_path_factory.mktemp("live"), live_graph.url, APP_SECRET).start()
    yield server
    server.stop()


class LiveCitizen(Chat):
    """A citizen talking to the real server over HTTP; replies are read at the Graph stand-in."""

    def __init__(self, server, graph, messenger, psid):
        self.server, self.graph, self.m, self.psid = server, graph, messenger, psid
        self.seen = 0

    def post(self, *events):
        import requests
        body = self.m.body(*events)
        response = requests.post(self.server.url + "/webhook", data=body, headers=self.m.headers(body),
                                 timeout=10)
        assert response.status_code == 200, response.text
        return response

    def replies(self):
        self.server.settle()
        sent = self.graph.state.messages_to(self.psid)
        new, self.seen = sent[self.seen:], len(sent)
        return [(m["message"]["text"], [q["payload"] for q in m["message"].get("quick_replies", [])])
                for m in new]


@pytest.fixture
def live_citizen(live_bot, live_graph, messenger):
    def make(psid):
        return LiveCitizen(live_bot, live_graph, messenger, psid)
    return make


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium (/usr/bin/chromium) driven by Playwright; never a downloaded browser."""
    from playwright.sync_api import sync_playwright

    from simulator.phone import launch
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def bot_servers(tmp_path):
    """Start extra real servers; every one is stopped at teardown, even when the test fails."""
    from live import BotServer
    started = []

    def start(graph_url, name="bot", **env):
        server = BotServer(tmp_path / name, graph_url, APP_SECRET, **env)
        started.append(server)
        return server.start()
    yield start
    for server in started:
        server.stop()
