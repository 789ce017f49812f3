"""A local stand-in for Meta's Graph API: the Send API, the Messenger Profile, handover, a CDN.

Nothing here reaches Meta. The sandbox (`make run` without a page token)
mounts it inside the bot's own server; tests run it as a separate server and
script faults into it. It answers in the shapes Meta documents, including its
error bodies, and records everything it was sent.
"""

import base64
import hashlib
import hmac
import itertools
import json
import queue
import threading
import time
import uuid
from collections import deque

import requests
from flask import Blueprint, Flask, abort, current_app, jsonify, request

from messenger.signature import sign
from sandbox.standin_cdn import NEVER_A_PAGE, BoundedFiles, served
from sandbox.standin_handover import register as register_handover

# A 1×1 PNG: what the stand-in CDN serves for a photo nobody uploaded.
SAMPLE_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


class StandinState:
    """What the stand-in has been sent, and the faults it should answer with next."""

    def __init__(self, expected_token=None, page_id="100200300400500"):
        self.expected_token = expected_token  # one token, or a set of them (several pages, core/pages.py)
        self.page_id = page_id
        self.echoes = None  # an EchoDispatcher once `send_echoes_to` is called
        self.sent = []  # every accepted Send API body, in order
        self.attempts = 0  # every call to /me/messages, faults included
        self.profile = {}
        self.subscribed_fields = []
        self.profile_posts = []  # every POST to /me/messenger_profile and /me/subscribed_apps, in order
        self.faults = deque()  # each: {"status": int, "body": dict} and/or {"delay": s}
        self.files = BoundedFiles()  # the CDN's uploads, capped (sandbox/standin_cdn.py)
        self.app_users = {}  # app-scoped user id -> [(psid, page_id)]: ID matching (ids_for_pages)
        self.changed = threading.Condition()
        self._ids = itertools.count(1)
        # Meta's ids never repeat; a counter from 1 after a restart gave `m_bot_1` again, and the
        # echo of a new reply was taken for an old event. Each run has its own prefix.
        self._run = uuid.uuid4().hex[:12]

    def inject(self, *faults):
        with self.changed:
            self.faults.extend(faults)

    def take_fault(self):
        with self.changed:
            self.attempts += 1
            return self.faults.popleft() if self.faults else None

    def send_echoes_to(self, webhook_url, app_secret):
        """Post an echo of every accepted send to the bot's webhook, as Meta's message_echoes do."""
        self.stop_echoes()  # one dispatcher at a time: the webhook moved (a test's second server)
        self.echoes = EchoDispatcher(webhook_url, app_secret)

    def stop_echoes(self):
        if self.echoes:
            self.echoes.close()

    def record_send(self, body, access_token=None):
        with self.changed:
            message_id = f"m_bot_{self._run}_{next(self._ids)}"
            self.sent.append(dict(body, message_id=message_id, at=time.time(), access_token=access_token))
            self.changed.notify_all()
        if self.echoes:
            self.echoes.echo(self.page_id, body, message_id)
        return message_id

    def messages_to(self, psid):
        with self.changed:
            return [m for m in self.sent if m["recipient"]["id"] == psid]

    def wait_for(self, predicate, timeout=10):
        """Block until `predicate(state)` holds; False on timeout (no fixed sleeps in tests)."""
        with self.changed:
            return self.changed.wait_for(lambda: predicate(self), timeout)


class EchoDispatcher:
    """Delivers echoes in order, retrying while the webhook is down (Meta retries too)."""

    def __init__(self, webhook_url, app_secret, give_up_after=120):
        self.webhook_url, self.app_secret, self.give_up_after = webhook_url, app_secret, give_up_after
        self.queue = queue.Queue()
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True, name="standin-echoes")
        self.thread.start()

    def close(self):
        """Stop after the echo being posted (a test's stand-in closing); the rest are dropped."""
        self.stopping.set()
        self.queue.put(None)
        self.thread.join(timeout=10)

    def echo(self, page_id, body, message_id):
        message = dict(body["message"], mid=message_id, is_echo=True, app_id=1)
        event = {
            "sender": {"id": page_id},
            "recipient": body["recipient"],
            "timestamp": int(time.time() * 1000),
            "message": message,
        }
        self.queue.put(
            json.dumps(
                {"object": "page", "entry": [{"id": page_id, "time": event["timestamp"], "messaging": [event]}]}
            ).encode()
        )

    def _run(self):
        session = requests.Session()
        while not self.stopping.is_set():
            body = self.queue.get()
            deadline = time.monotonic() + self.give_up_after
            while body is not None and time.monotonic() < deadline and not self.stopping.is_set():
                try:
                    response = session.post(
                        self.webhook_url,
                        data=body,
                        timeout=5,
                        headers={
                            "Content-Type": "application/json",
                            "X-Hub-Signature-256": sign(self.app_secret, body),
                        },
                    )
                    if response.status_code == 200:
                        break
                except requests.RequestException:
                    pass
                self.stopping.wait(0.1)  # the webhook is down: try again shortly, as Meta would
            self.queue.task_done()
        session.close()


def create_blueprint(state=None):
    state = state or StandinState()
    bp = Blueprint("graph_standin", __name__)
    bp.state = state

    def check_token():
        token = request.args.get("access_token")
        expected = state.expected_token
        if not token or (
            expected and token not in (expected if isinstance(expected, (set, frozenset)) else {expected})
        ):
            return jsonify(error={"message": "Invalid OAuth access token.", "type": "OAuthException", "code": 190}), 400
        return None

    @bp.post("/<version>/me/messages")
    def send_message(version):
        fault = state.take_fault()
        if fault:
            time.sleep(fault.get("delay", 0))
            if "status" in fault:
                return jsonify(fault.get("body", {})), fault["status"]
        bad = check_token()
        if bad:
            return bad
        body = request.get_json(silent=True)
        if not isinstance(body, dict) or "recipient" not in body or "message" not in body:
            return jsonify(error={"message": "(#100) Invalid parameter", "type": "OAuthException", "code": 100}), 400
        text = body["message"].get("text")
        if text is not None and len(text) > 2000:
            return jsonify(
                error={
                    "message": "(#100) Length of param message[text] must be less than or equal to 2000",
                    "type": "OAuthException",
                    "code": 100,
                }
            ), 400
        message_id = state.record_send(body, request.args.get("access_token"))
        return jsonify(recipient_id=body["recipient"]["id"], message_id=message_id)

    @bp.route("/<version>/me/messenger_profile", methods=["GET", "POST", "DELETE"])
    def messenger_profile(version):
        bad = check_token()
        if bad:
            return bad
        if request.method == "POST":
            with state.changed:
                state.profile.update(request.get_json(silent=True) or {})
                state.profile_posts.append(("messenger_profile", request.get_json(silent=True)))
            return jsonify(result="success")
        if request.method == "DELETE":
            with state.changed:
                for key in (request.get_json(silent=True) or {}).get("fields", []):
                    state.profile.pop(key, None)
            return jsonify(result="success")
        return jsonify(data=[state.profile] if state.profile else [])

    @bp.route("/<version>/me/subscribed_apps", methods=["GET", "POST"])
    def subscribed_apps(version):
        bad = check_token()
        if bad:
            return bad
        if request.method == "POST":
            fields = request.args.get("subscribed_fields") or (request.get_json(silent=True) or {}).get(
                "subscribed_fields", ""
            )
            with state.changed:
                state.subscribed_fields = sorted(set(str(fields).split(",")) - {""})
                state.profile_posts.append(("subscribed_apps", fields))
            return jsonify(success=True)
        return jsonify(data=[{"subscribed_fields": state.subscribed_fields}])

    register_handover(bp, state, check_token)  # thread control and Meta's Page inbox

    @bp.get("/<version>/<user_id>/ids_for_pages")
    def ids_for_pages(version, user_id):
        """ID matching: the person's PSIDs on the business's pages. Like Meta, only with the app's
        token (`APP_ID|APP_SECRET`) and the matching `appsecret_proof`."""
        token = request.args.get("access_token", "")
        app_id, _, secret = token.partition("|")
        proof = hmac.new(secret.encode(), token.encode(), hashlib.sha256).hexdigest()
        if not app_id or not secret or not hmac.compare_digest(request.args.get("appsecret_proof", ""), proof):
            return jsonify(
                error={"message": "Invalid appsecret_proof or app access token.", "type": "OAuthException", "code": 190}
            ), 400
        fault = state.take_fault()
        if fault and "status" in fault:
            return jsonify(fault.get("body", {})), fault["status"]
        with state.changed:
            rows = state.app_users.get(user_id, [])
            return jsonify(data=[{"id": psid, "page": {"id": page, "name": f"Trang {page}"}} for psid, page in rows])

    @bp.get("/_sent")
    def sent_messages():
        """What the bot sent, for the simulator (another tab, another process)."""
        psid, after = request.args.get("psid"), request.args.get("after", 0, type=int)
        with state.changed:
            rows = [
                dict({k: v for k, v in m.items() if k != "access_token"}, index=i)
                for i, m in enumerate(state.sent)
                if i >= after and (psid is None or m["recipient"]["id"] == psid)
            ]
            return jsonify(messages=rows, next=len(state.sent))

    @bp.put("/cdn/<name>")
    def upload_file(name):
        # A phone photo is bigger than a webhook body: allow what the bot would keep.
        request.max_content_length = current_app.config.get("ATTACHMENT_MAX_BYTES", 25_000_000)
        state.files[name] = (request.get_data(), request.content_type or "application/octet-stream")
        return jsonify(url=request.url_root.rstrip("/") + request.path)

    @bp.get("/cdn/<name>")
    def cdn_file(name):
        if name in state.files:
            return served(*state.files[name])
        if name.endswith((".png", ".jpg")):
            return SAMPLE_PNG, 200, dict(NEVER_A_PAGE, **{"Content-Type": "image/png"})
        abort(404)

    return bp


def create_standin_app(state=None):
    """The stand-in as its own server (tests, `python -m bot graph-standin`)."""
    app = Flask(__name__)
    bp = create_blueprint(state)
    app.register_blueprint(bp)
    app.standin = bp.state
    return app
