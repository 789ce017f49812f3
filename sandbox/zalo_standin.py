"""A local stand-in for Zalo's OA API and OAuth server: consultation messages and token refresh.

Nothing here reaches Zalo. The sandbox mounts it in the bot's own server (at /zalo-standin), so
`make run` has a Zalo to talk to; tests run it on a port of their own and script faults into it.
It answers in the shapes public implementations document (HTTP 200 with `"error": 0` or a
negative code), records what it was sent, and, like Zalo, echoes each accepted message back to
the bot's webhook as `oa_send_text`, signed.

Tokens as Zalo has them: when a pair is pinned (`StandinZalo(pair=(access, refresh))`), only its
access tokens are accepted, and a refresh token works once: the refresh answers a new pair, spends
the refresh token and (by default) retires the access tokens before it, so a bot that lost the new
pair finds out at once. Without a pinned pair (the sandbox) any token is accepted and each
refresh still answers a fresh pair. A refresh can be held (`hold_refreshes`) and the first use of a
fresh access token too (`hold_first_use`), so a test can kill the bot at exactly those moments.

Zalo wants the token in a header named `access_token` (and the app secret in `secret_key`). Every
WSGI server drops a header whose name has an underscore (waitress and werkzeug alike: in the
environment `access_token` and `access-token` would be the same key), so the stand-in has two doors:
`serve_standin` is a plain HTTP server that reads the headers as sent, and checks them (the tests
use it); the blueprint mounted in the sandbox's own server cannot see them, so there, unpinned, it
accepts a send without one.
"""

import contextlib
import itertools
import json
import queue
import socket
import threading
import time
import uuid
from collections import deque
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit

import requests
from flask import Blueprint, Flask, jsonify, request

from zalo.signature import header_for

MAX_TEXT = 2000


class StandinZalo:
    """What the stand-in has been sent, its tokens, and the faults it should answer with next."""

    def __init__(self, pair=None, retire_old_access=True, oa_id="2096512347881360017"):
        self.oa_id = oa_id
        self.strict = pair is not None
        self.access_tokens = {pair[0]} if pair else set()
        self.refresh_token = pair[1] if pair else None
        self.retire_old_access = retire_old_access
        self.sent = []  # every accepted message body, with the access token it came with
        self.attempts = 0
        self.refreshes = []  # every refresh answered: {"spent": old refresh token, "access", "refresh"}
        self.refresh_calls = 0
        self.refused_refreshes = 0
        self.faults = deque()  # for message/cs: {"status", "body"} and/or {"delay"}, or {"error": code}
        self.refresh_faults = deque()
        self.echoes = None
        self.refresh_hold = None  # a threading.Event the next refreshes wait for, before spending anything
        self.refresh_holds_left = 0
        self.held_refreshes = 0  # refreshes waiting at the hold now or before
        self.abandon_held = False  # a held refresh whose caller is gone answers 503, spending nothing
        self.refresh_requests = 0  # every call to the refresh address, faults and holds included
        self.first_use_hold = None  # a threading.Event the first send with a fresh token waits for
        self.held_first_uses = 0
        self.fresh_tokens = set()  # access tokens from a refresh not yet used
        self.changed = threading.Condition()
        self._ids = itertools.count(1)
        self._run = uuid.uuid4().hex[:10]

    @property
    def pair(self):
        """The pair Zalo would honour now: the newest access token and the refresh token not yet spent."""
        with self.changed:
            newest = self.refreshes[-1]["access"] if self.refreshes else next(iter(self.access_tokens), None)
            return newest, self.refresh_token

    def inject(self, *faults):
        with self.changed:
            self.faults.extend(faults)

    def inject_refresh(self, *faults):
        with self.changed:
            self.refresh_faults.extend(faults)

    def hold_refreshes(self, count=1):
        """The next `count` refreshes wait (before Zalo spends anything) until the event is set."""
        with self.changed:
            self.refresh_hold, self.refresh_holds_left = threading.Event(), count
            return self.refresh_hold

    def hold_first_use(self):
        self.first_use_hold = threading.Event()
        return self.first_use_hold

    def retire(self, access_token):
        """Zalo no longer honours this access token (it expired): sends with it answer -216."""
        with self.changed:
            self.access_tokens.discard(access_token)

    def send_echoes_to(self, webhook_url, account):
        self.echoes = ZaloEchoes(webhook_url, account)

    def messages_to(self, user_id):
        with self.changed:
            return [m for m in self.sent if m["recipient"]["user_id"] == user_id]

    def wait_for(self, predicate, timeout=10):
        with self.changed:
            return self.changed.wait_for(lambda: predicate(self), timeout)

    def accepts(self, token):
        return not self.strict or (bool(token) and token in self.access_tokens)

    def record_send(self, body, token):
        with self.changed:
            message_id = f"zmsg_{self._run}_{next(self._ids)}"
            self.sent.append(dict(body, message_id=message_id, at=time.time(), access_token=token))
            self.fresh_tokens.discard(token)
            self.changed.notify_all()
        if self.echoes:
            self.echoes.echo(body, message_id)
        return message_id

    def refresh(self, refresh_token):
        """A new pair for a refresh token not yet spent; None when it is spent or unknown."""
        with self.changed:
            self.refresh_calls += 1
            if not refresh_token or (self.strict and refresh_token != self.refresh_token):
                self.refused_refreshes += 1
                self.changed.notify_all()
                return None
            access, refresh = f"zat_{uuid.uuid4().hex}", f"zrt_{uuid.uuid4().hex}"
            if self.retire_old_access or not self.strict:
                self.access_tokens = set()
            self.access_tokens.add(access)
            self.refresh_token = refresh
            self.fresh_tokens.add(access)
            self.refreshes.append({"spent": refresh_token, "access": access, "refresh": refresh})
            self.changed.notify_all()
            return access, refresh


class ZaloEchoes:
    """Delivers `oa_send_text` echoes in order, signed as Zalo signs, retrying while the webhook is down."""

    def __init__(self, webhook_url, account, give_up_after=120):
        self.webhook_url, self.account, self.give_up_after = webhook_url, account, give_up_after
        self.queue = queue.Queue()
        threading.Thread(target=self._run, daemon=True, name="zalo-standin-echoes").start()

    def echo(self, body, message_id, admin_id=None):
        sender = {"id": self.account.oa_id, **({"admin_id": admin_id} if admin_id else {})}
        event = {
            "app_id": self.account.app_id,
            "event_name": "oa_send_text",
            "sender": sender,
            "recipient": {"id": body["recipient"]["user_id"]},
            "message": {"msg_id": message_id, "text": body["message"].get("text", "")},
            "timestamp": str(int(time.time() * 1000)),
        }
        self.queue.put(event)

    def _run(self):
        session = requests.Session()
        while True:
            event = self.queue.get()
            body = json.dumps(event).encode("ascii")
            signature = header_for(self.account.app_id, body, event["timestamp"], self.account.signing_secret)
            deadline = time.monotonic() + self.give_up_after
            while time.monotonic() < deadline:
                try:
                    response = session.post(
                        self.webhook_url,
                        data=body,
                        timeout=5,
                        headers={"Content-Type": "application/json", "X-ZEvent-Signature": signature},
                    )
                    if response.status_code == 200:
                        break
                except requests.RequestException:
                    pass
                time.sleep(0.1)
            self.queue.task_done()


def answer_send(state, token, body):
    """(HTTP status, JSON answer) of `POST /v3.0/oa/message/cs`, as Zalo answers it."""
    with state.changed:
        state.attempts += 1
        fault = state.faults.popleft() if state.faults else None
    if fault:
        time.sleep(fault.get("delay", 0))
        if "status" in fault:
            return fault["status"], fault.get("body", {})
        if "error" in fault:
            return 200, {"error": fault["error"], "message": fault.get("message", "Zalo stand-in fault")}
    if not state.accepts(token):
        return 200, {"error": -216, "message": "Access token is invalid"}
    recipient = body.get("recipient") if isinstance(body, dict) else None
    message = body.get("message") if isinstance(body, dict) else None
    if not isinstance(recipient, dict) or not recipient.get("user_id") or not isinstance(message, dict):
        return 200, {"error": -201, "message": "Parameters are invalid"}
    if len(message.get("text") or "") > MAX_TEXT:
        return 200, {"error": -210, "message": "Parameter exceeds the limit: text"}
    hold = state.first_use_hold
    if hold is not None and token in state.fresh_tokens:
        with state.changed:
            state.held_first_uses += 1
            state.changed.notify_all()
        hold.wait(60)  # a test kills the bot here: the fresh pair is in use, so it was saved
    message_id = state.record_send(body, token)
    return 200, {"error": 0, "message": "Success", "data": {"message_id": message_id, "user_id": recipient["user_id"]}}


def answer_refresh(state, form, secret_key):
    """(HTTP status, JSON answer) of `POST /v4/oa/access_token`."""
    with state.changed:
        state.refresh_requests += 1
        state.changed.notify_all()
        fault = state.refresh_faults.popleft() if state.refresh_faults else None
    if fault:
        time.sleep(fault.get("delay", 0))
        return fault.get("status", 200), fault.get("body", {})
    if form.get("grant_type") != "refresh_token" or (state.strict and not secret_key) or not form.get("app_id"):
        return 200, {"error": -14002, "error_name": "Invalid request", "error_reason": "grant_type, app_id, secret_key"}
    with state.changed:
        held = state.refresh_hold if state.refresh_holds_left > 0 else None
        if held is not None:
            state.refresh_holds_left -= 1
            state.held_refreshes += 1
            state.changed.notify_all()
    if held is not None:
        held.wait(60)  # a test kills the bot here, before Zalo answered or spent anything
        if state.abandon_held:
            return 503, {"error": -1, "message": "the caller went away"}
    pair = state.refresh(form.get("refresh_token", ""))
    if pair is None:
        return 200, {"error": -14014, "error_name": "Invalid refresh token", "error_reason": "used or expired"}
    return 200, {"access_token": pair[0], "refresh_token": pair[1], "expires_in": "90000"}


def sent_since(state, user_id, after):
    """What the bot sent, for the simulator and the chat (another tab, another process); never a token."""
    with state.changed:
        rows = [
            dict({k: v for k, v in m.items() if k != "access_token"}, index=i)
            for i, m in enumerate(state.sent)
            if i >= after and (user_id is None or m["recipient"]["user_id"] == user_id)
        ]
        return {"messages": rows, "next": len(state.sent)}


def create_blueprint(state=None):
    """The stand-in inside the sandbox's server (it cannot see the underscored headers: see above)."""
    state = state or StandinZalo()
    bp = Blueprint("zalo_standin", __name__)
    bp.state = state

    @bp.post("/v3.0/oa/message/cs")
    def send_message():
        status, answer = answer_send(state, request.headers.get("access_token", ""), request.get_json(silent=True))
        return jsonify(answer), status

    @bp.post("/v4/oa/access_token")
    def refresh():
        status, answer = answer_refresh(state, request.form, request.headers.get("secret_key", ""))
        return jsonify(answer), status

    @bp.get("/_sent")
    def sent_messages():
        return jsonify(sent_since(state, request.args.get("user_id"), request.args.get("after", 0, type=int)))

    return bp


class _Door(BaseHTTPRequestHandler):
    """The stand-in's plain HTTP door: headers read as Zalo reads them, underscores and all."""

    protocol_version = "HTTP/1.1"
    state: StandinZalo

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        path = urlsplit(self.path).path
        if path == "/v3.0/oa/message/cs":
            try:
                body = json.loads(raw or b"null")
            except ValueError:
                body = None
            return self._answer(*answer_send(self.state, self.headers.get("access_token", ""), body))
        if path == "/v4/oa/access_token":
            form = {k: v[0] for k, v in parse_qs(raw.decode("utf-8", "replace")).items()}
            return self._answer(*answer_refresh(self.state, form, self.headers.get("secret_key", "")))
        return self._answer(404, {"error": -404, "message": "not found"})

    def do_GET(self):
        parts = urlsplit(self.path)
        if parts.path != "/_sent":
            return self._answer(404, {"error": -404, "message": "not found"})
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        after = int(query.get("after", "0")) if query.get("after", "0").isdigit() else 0
        return self._answer(200, sent_since(self.state, query.get("user_id"), after))

    def _answer(self, status, answer):
        payload = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):  # quiet: the tests read the state, not a log
        pass


class _PooledServer(HTTPServer):
    """An HTTP server whose request threads are started with it and joined by `close`: a test's
    thread check sees no thread come and go per request, and nothing of it outlives the fixture.
    Open keep-alive connections are shut at close, so no thread waits on a client that lingers."""

    def __init__(self, address, handler, threads=4):
        super().__init__(address, handler)
        self.waiting: queue.Queue = queue.Queue()
        self.open_connections: set = set()
        self.lock = threading.Lock()
        self.threads = [
            threading.Thread(target=self._serve_connections, daemon=True, name=f"zalo-standin-{n}")
            for n in range(threads)
        ]
        self.threads.append(threading.Thread(target=self.serve_forever, daemon=True, name="zalo-standin"))
        for thread in self.threads:
            thread.start()

    def process_request(self, request, client_address):
        self.waiting.put((request, client_address))

    def _serve_connections(self):
        while (item := self.waiting.get()) is not None:
            request, client_address = item
            with self.lock:
                self.open_connections.add(request)
            try:
                self.finish_request(request, client_address)
            except OSError:
                pass  # the client went away, or close() shut the connection
            finally:
                with self.lock:
                    self.open_connections.discard(request)
                self.shutdown_request(request)

    def close(self):
        self.shutdown()
        self.server_close()
        with self.lock:
            for connection in self.open_connections:
                with contextlib.suppress(OSError):  # already closed by its client
                    connection.shutdown(socket.SHUT_RDWR)
        for _ in self.threads:
            self.waiting.put(None)
        for thread in self.threads:
            thread.join(30)


def serve_standin(state, host="127.0.0.1", port=0):
    """The stand-in on a port of its own, in threads of its own; returns the server (`.server_address`,
    `.close()`)."""
    door = type("Door", (_Door,), {"state": state})
    return _PooledServer((host, port), door)


def create_standin_app(state=None):
    """The stand-in as its own server (tests)."""
    app = Flask(__name__)
    bp = create_blueprint(state)
    app.register_blueprint(bp)
    app.standin = bp.state
    return app
