"""Citizens on Zalo for the tests: events in Zalo's shapes, signed as Zalo signs, an app with an OA
pointed at the Zalo stand-in, and a citizen who chats in-process (`ZaloChat`) or with a real
server over HTTP (`LiveZaloCitizen`). The fixtures are registered by conftest.py.
"""

import itertools
import json
import time
import uuid

import pytest
import requests
from messenger_support import APP_SECRET, Chat

from bot.texts import TITLES
from runtime.worker import process_pending_events
from storage import connect
from webhook import create_app
from zalo.api import ZaloClient
from zalo.sender import send_due_zalo_messages
from zalo.signature import header_for

OA_ID = "4318205693772812345"
APP_ID = "1508772349812364101"
ZALO_APP_SECRET = "zalo-test-app-secret"
OA_SECRET_KEY = "zalo-test-oa-secret-key"
PAIR = ("zalo-access-1", "zalo-refresh-1")
PAYLOAD_OF = {title[:20]: payload for payload, title in TITLES.items()}


def zalo_settings(standin_url, pair=PAIR, **more):
    """The ZALO_* settings of an OA served by the stand-in at `standin_url` (strings: also for env)."""
    return {
        "ZALO_OA_ID": OA_ID,
        "ZALO_APP_ID": APP_ID,
        "ZALO_APP_SECRET": ZALO_APP_SECRET,
        "ZALO_OA_SECRET_KEY": OA_SECRET_KEY,
        "ZALO_ACCESS_TOKEN": pair[0],
        "ZALO_REFRESH_TOKEN": pair[1],
        "ZALO_API_URL": standin_url,
        "ZALO_OAUTH_URL": standin_url,
        "ZALO_ATTACHMENT_HOSTS": "127.0.0.1",
        **more,
    }


class Zalo:
    """Builds events as Zalo sends them to an OA's webhook, and signs their bodies."""

    def __init__(self, app_id=APP_ID, secret=OA_SECRET_KEY, oa_id=OA_ID):
        self.app_id, self.secret, self.oa_id = app_id, secret, oa_id
        self._clock = itertools.count(int(time.time() * 1000), 1000)
        prefix = uuid.uuid4().hex[:8]  # msg_ids are unique across tests that share a server
        self._ids = (f"{prefix}{n:06d}" for n in itertools.count(1))

    def _event(self, user, name, **parts):
        return {
            "app_id": self.app_id,
            "user_id_by_app": f"app{user}",
            "event_name": name,
            "sender": {"id": user},
            "recipient": {"id": self.oa_id},
            "timestamp": str(next(self._clock)),
            **parts,
        }

    def text(self, user, text):
        return self._event(user, "user_send_text", message={"msg_id": next(self._ids), "text": text})

    def tap(self, user, payload):
        """An oa.query.show button: its payload (the title the bot gave it) comes back as text."""
        return self.text(user, TITLES[payload][:20])

    def file(self, user, kind="image", url="http://127.0.0.1:9/cdn/photo.jpg", text=None):
        message = {"msg_id": next(self._ids), "attachments": [{"type": kind, "payload": {"url": url}}]}
        if text:
            message["text"] = text
        return self._event(user, f"user_send_{kind}", message=message)

    def sticker(self, user):
        attachment = {"type": "sticker", "payload": {"id": "bfe1", "url": "https://zalo-api.zadn.vn/s.png"}}
        return self._event(user, "user_send_sticker", message={"msg_id": next(self._ids), "attachments": [attachment]})

    def location(self, user, lat="20.86194", long="106.68139"):
        attachment = {"type": "location", "payload": {"coordinates": {"latitude": lat, "longitude": long}}}
        return self._event(user, "user_send_location", message={"msg_id": next(self._ids), "attachments": [attachment]})

    def link(self, user, url, description):
        attachment = {"type": "link", "payload": {"url": url, "description": description, "thumbnail": ""}}
        return self._event(user, "user_send_link", message={"msg_id": next(self._ids), "attachments": [attachment]})

    def business_card(self, user, description):
        attachment = {"type": "business_card", "payload": {"description": description, "thumbnail": ""}}
        return self._event(
            user, "user_send_business_card", message={"msg_id": next(self._ids), "attachments": [attachment]}
        )

    def follow(self, user, name="follow"):
        return {
            "app_id": self.app_id,
            "oa_id": self.oa_id,
            "event_name": name,
            "follower": {"id": user},
            "source": "oa_profile",
            "timestamp": str(next(self._clock)),
        }

    def receipt(self, user, name, msg_ids):
        event = self._event(user, name, message={"msg_ids": msg_ids})
        if name == "user_received_message":  # from the OA's side, as Zalo sends it
            event["sender"], event["recipient"] = {"id": self.oa_id}, {"id": user}
        return event

    def submit_info(self, user, **info):
        return self._event(user, "user_submit_info", info=info)

    def withdraw(self, user):
        return self._event(user, "user_withdraw")

    def oa_text(self, user, text, admin_id=None, msg_id=None):
        """What the OA sent, echoed: typed by a person in the OA's chat when `admin_id` is given."""
        event = self._event(user, "oa_send_text", message={"msg_id": msg_id or next(self._ids), "text": text})
        event["sender"], event["recipient"] = (
            {"id": self.oa_id, **({"admin_id": admin_id} if admin_id else {})},
            {"id": user},
        )
        return event

    def postback(self, psid, payload="GET_STARTED", title=None):
        """What stands for Messenger's postbacks in the shared scripts: following the OA greets."""
        user = psid.removeprefix("zalo:")
        return self.follow(user) if payload == "GET_STARTED" else self.text(user, title or TITLES[payload][:20])

    def later(self, ms):
        start = next(self._clock) + ms
        self._clock = itertools.count(start, 1000)

    @staticmethod
    def body(event):
        return json.dumps(event).encode()

    def headers(self, event, body, secret=None):
        signature = header_for(self.app_id, body, event["timestamp"], self.secret if secret is None else secret)
        return {"X-ZEvent-Signature": signature, "Content-Type": "application/json"}


class ZaloChat(Chat):
    """A citizen on Zalo, in-process: post signed to /zalo/webhook, run the worker, read the outbox."""

    def __init__(self, client, app, db, zalo, user="9100000000000000001"):
        super().__init__(client, app, db, zalo, psid=f"zalo:{user}")
        self.user = user

    def post(self, *events):
        for event in events:
            body = self.m.body(event)
            response = self.client.post("/zalo/webhook", data=body, headers=self.m.headers(event, body))
            assert response.status_code == 200, response.data
        process_pending_events(self.db, self.app.config)

    def say(self, text):
        self.post(self.m.text(self.user, text))
        return self.replies()

    def tap(self, payload):
        self.post(self.m.tap(self.user, payload))
        return self.replies()


class LiveZaloCitizen(ZaloChat):
    """A citizen on Zalo talking to the real server; replies are read at the Zalo stand-in."""

    def __init__(self, server, standin, zalo, user):
        self.server, self.standin, self.m, self.user, self.psid = server, standin, zalo, user, f"zalo:{user}"
        self.seen = 0

    def post(self, *events):
        for event in events:
            body = self.m.body(event)
            response = requests.post(
                self.server.url + "/zalo/webhook", data=body, headers=self.m.headers(event, body), timeout=10
            )
            assert response.status_code == 200, response.text
        return response

    def replies(self):
        self.server.settle()
        sent = self.standin.state.messages_to(self.user)
        new, self.seen = sent[self.seen :], len(sent)
        return [(m["message"]["text"], _payloads(m["message"])) for m in new]


def _payloads(message):
    buttons = ((message.get("attachment") or {}).get("payload") or {}).get("buttons") or []
    return [PAYLOAD_OF.get(b["payload"], b["payload"]) for b in buttons]


def drain_zalo(app, db):
    """Run Zalo's sender until the outbox of Zalo citizens is empty."""
    cfg = dict(app.config, RETRY_BASE_SECONDS=0.01, OUTBOX_MAX_ATTEMPTS=3, GRAPH_TIMEOUT_SECONDS=2)
    client = ZaloClient(cfg["ZALO_API_URL"], 2)
    for _ in range(100):
        if send_due_zalo_messages(db, cfg, client) is None:
            return
    raise AssertionError("the Zalo outbox did not drain")


@pytest.fixture
def zalo_standin():
    from live import ZaloStandin

    standin = ZaloStandin(oa_id=OA_ID)
    yield standin
    standin.close()


@pytest.fixture
def zalo_app(tmp_path, zalo_standin):
    """The app of a ward with a Facebook page and a Zalo OA, its OA served by the stand-in."""
    return create_app(
        {
            "DATABASE_PATH": str(tmp_path / "bot.db"),
            "ATTACHMENTS_DIR": str(tmp_path / "files"),
            "APP_SECRET": APP_SECRET,
            "VERIFY_TOKEN": "verify-me",
            "PAGE_ACCESS_TOKEN": "page-token",
            "GRAPH_API_URL": "http://127.0.0.1:9/v21.0",
            "SANDBOX": False,
            "START_WORKERS": False,
            "TESTING": True,
            "ATTACHMENT_HOSTS": "127.0.0.1",
            **zalo_settings(zalo_standin.url),
        }
    )


@pytest.fixture
def zalo_db(zalo_app):
    database = connect(zalo_app.config["DATABASE_PATH"])
    yield database
    database.conn.close()


@pytest.fixture
def zalo():
    return Zalo()


@pytest.fixture
def zalo_citizen(zalo_app, zalo_db, zalo):
    """zalo_citizen("9100…") → a citizen on the ward's OA, in-process."""
    client = zalo_app.test_client()

    def make(user="9100000000000000001"):
        return ZaloChat(client, zalo_app, zalo_db, zalo, user)

    return make
