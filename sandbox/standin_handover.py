"""The Graph stand-in's handover protocol: who owns each citizen's thread, and Meta's Page inbox.

The endpoints answer as Meta documents (`pass_thread_control`,
`take_thread_control`, `request_thread_control`, `secondary_receivers`,
`thread_owner`). `PageInbox` plays the officer in Meta Business Suite: its
messages reach the citizen and come back to the bot as echoes with the inbox's
app id (as standby while the inbox owns the thread), and it can pass the
thread back, which the bot receives as a `pass_thread_control` event.
"""

import itertools
import json
import time

from flask import jsonify, request

PRIMARY_APP_ID = "1"  # the bot's app, as in the stand-in's echoes
PAGE_INBOX_APP_ID = "263902037430900"


class PageInbox:
    def __init__(self, state):
        self.state = state
        self.secondary = {PAGE_INBOX_APP_ID: "Page Inbox"}
        self.owner = {}  # psid → app id; the primary app when absent
        self.calls = []  # (call, body) in order
        self._mids = itertools.count(1)

    def owner_of(self, psid):
        with self.state.changed:
            return self.owner.get(psid, PRIMARY_APP_ID)

    def record(self, call, body, new_owner=None):
        with self.state.changed:
            self.calls.append((call, body))
            if new_owner:
                self.owner[body["recipient"]["id"]] = new_owner
            self.state.changed.notify_all()

    def reply(self, psid, text):
        """The officer types in the Page inbox: the citizen gets it, the bot gets the echo."""
        mid = f"m_inbox_{next(self._mids)}"
        body = {"recipient": {"id": psid}, "messaging_type": "RESPONSE", "message": {"text": text}}
        with self.state.changed:
            self.state.sent.append(dict(body, message_id=mid, at=time.time(), access_token=None, from_page_inbox=True))
            self.state.changed.notify_all()
        field = "standby" if self.owner_of(psid) != PRIMARY_APP_ID else "messaging"
        self._post(
            field,
            {
                "sender": {"id": self.state.page_id},
                "recipient": {"id": psid},
                "message": {"mid": mid, "text": text, "is_echo": True, "app_id": int(PAGE_INBOX_APP_ID)},
            },
        )

    def pass_back(self, psid, metadata="done"):
        """The officer hands the thread back to the bot from the inbox ("Mark as done")."""
        self.record("inbox:pass_thread_control", {"recipient": {"id": psid}}, new_owner=PRIMARY_APP_ID)
        self._post(
            "messaging",
            {
                "sender": {"id": psid},
                "recipient": {"id": self.state.page_id},
                "pass_thread_control": {
                    "new_owner_app_id": PRIMARY_APP_ID,
                    "previous_owner_app_id": PAGE_INBOX_APP_ID,
                    "metadata": metadata,
                },
            },
        )

    def _post(self, field, event):
        """Deliver an event to the bot's webhook, signed, through the stand-in's echo queue."""
        if self.state.echoes is None:
            raise RuntimeError("call send_echoes_to(webhook_url, app_secret) first")
        event["timestamp"] = int(time.time() * 1000)
        self.state.echoes.queue.put(
            json.dumps(
                {"object": "page", "entry": [{"id": self.state.page_id, "time": event["timestamp"], field: [event]}]}
            ).encode()
        )


def register(bp, state, check_token):
    inbox = state.page_inbox = PageInbox(state)

    def refused(message, code=10):
        return jsonify(error={"message": message, "type": "OAuthException", "code": code}), 400

    def call_body():
        body = request.get_json(silent=True)
        return body if isinstance(body, dict) and isinstance(body.get("recipient"), dict) else None

    @bp.post("/<version>/me/<any(pass_thread_control, take_thread_control, request_thread_control):call>")
    def thread_control(version, call):
        bad = check_token()
        if bad:
            return bad
        body = call_body()
        if body is None:
            return refused("(#100) param recipient must be non-empty.", 100)
        if call == "pass_thread_control":
            target = str(body.get("target_app_id") or "")
            if target not in inbox.secondary and target != PRIMARY_APP_ID:
                return refused("(#10) Target app is not a secondary receiver of this page.")
            inbox.record(call, body, new_owner=target)
        else:
            inbox.record(call, body, new_owner=PRIMARY_APP_ID if call == "take_thread_control" else None)
        return jsonify(success=True)

    # Playing the officer in Meta Business Suite (sandbox and tests): not Meta's API, like /_sent.
    @bp.post("/_inbox/reply")
    def inbox_reply():
        args = request.get_json(silent=True) or {}
        inbox.reply(str(args.get("psid", "")), str(args.get("text", "")))
        return jsonify(owner=inbox.owner_of(str(args.get("psid", ""))))

    @bp.post("/_inbox/pass_back")
    def inbox_pass_back():
        psid = str((request.get_json(silent=True) or {}).get("psid", ""))
        inbox.pass_back(psid)
        return jsonify(owner=inbox.owner_of(psid))

    @bp.get("/<version>/me/secondary_receivers")
    def secondary_receivers(version):
        return check_token() or jsonify(data=[{"id": k, "name": v} for k, v in inbox.secondary.items()])

    @bp.get("/<version>/me/thread_owner")
    def thread_owner(version):
        return check_token() or jsonify(
            data=[{"thread_owner": {"app_id": inbox.owner_of(request.args.get("recipient", ""))}}]
        )
