"""Citizens for the tests: a Messenger that builds and signs events in Meta's shapes, and a citizen
who chats with the app in-process (`Chat`) or with a real server over HTTP (`LiveCitizen`).

Plain classes: the fixtures that hand them out are in conftest.py.
"""

import itertools
import json
import time
import uuid

import requests

from messenger.signature import sign
from runtime.worker import process_pending_events

APP_SECRET = "test-app-secret"
PAGE_ID = "100200300400500"


class Messenger:
    """Builds events in the shapes of tests/data/events.json, and signs bodies."""

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
        return self._event(
            psid, message={"mid": f"m_{next(self._mids)}", "text": title, "quick_reply": {"payload": payload}}
        )

    def postback(self, psid, payload="GET_STARTED", title="Bắt đầu"):
        return self._event(psid, postback={"mid": f"m_{next(self._mids)}", "title": title, "payload": payload})

    def attachment(self, psid, type_="image", url="https://cdn.example/img/abc.jpg"):
        return self._event(
            psid, message={"mid": f"m_{next(self._mids)}", "attachments": [{"type": type_, "payload": {"url": url}}]}
        )

    def sticker(self, psid):
        return self._event(
            psid,
            message={
                "mid": f"m_{next(self._mids)}",
                "sticker_id": 369239263222822,
                "attachments": [
                    {
                        "type": "sticker",
                        "payload": {"url": "https://cdn.example/sticker.png", "sticker_id": 369239263222822},
                    }
                ],
            },
        )

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
        rows = list(
            self.db.query(
                "SELECT id, message FROM outbox WHERE psid = ? AND id > ? ORDER BY id", [self.psid, self.seen]
            )
        )
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


class LiveCitizen(Chat):
    """A citizen talking to the real server over HTTP; replies are read at the Graph stand-in."""

    def __init__(self, server, graph, messenger, psid):
        self.server, self.graph, self.m, self.psid = server, graph, messenger, psid
        self.seen = 0

    def post(self, *events):
        body = self.m.body(*events)
        response = requests.post(self.server.url + "/webhook", data=body, headers=self.m.headers(body), timeout=10)
        assert response.status_code == 200, response.text
        return response

    def replies(self):
        self.server.settle()
        sent = self.graph.state.messages_to(self.psid)
        new, self.seen = sent[self.seen :], len(sent)
        return [(m["message"]["text"], [q["payload"] for q in m["message"].get("quick_replies", [])]) for m in new]
