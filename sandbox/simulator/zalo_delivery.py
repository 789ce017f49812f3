"""What Zalo does when a citizen writes to the OA: build the event, sign it, POST it.

The simulator's Zalo look and `python -m bot chat --channel zalo` play the citizen through this
module, as delivery.py does for Messenger: the event shapes public implementations document (ids and
timestamps as strings, one event per POST), and `X-ZEvent-Signature: mac=…` over the raw bytes.
A tapped button is what Zalo sends for an `oa.query.show` button: its payload, as the citizen's text.
"""

import itertools
import json
import uuid

import requests

from sandbox.simulator.delivery import timestamp_ms
from zalo.signature import header_for

FILE_EVENTS = {
    "image": "user_send_image",
    "video": "user_send_video",
    "audio": "user_send_audio",
    "file": "user_send_file",
}
_msg_ids = (f"zsim{uuid.uuid4().hex[:10]}{n}" for n in itertools.count(1))


def _event(account, user_id, name, **parts):
    return {
        "app_id": account.app_id,
        "user_id_by_app": f"app{user_id}",
        "event_name": name,
        "sender": {"id": user_id},
        "recipient": {"id": account.oa_id},
        "timestamp": str(timestamp_ms()),
        **parts,
    }


def text_event(account, user_id, text):
    return _event(account, user_id, "user_send_text", message={"msg_id": next(_msg_ids), "text": text})


def attachment_event(account, user_id, type_, url):
    payload = {"url": url, **({"thumbnail": url} if type_ == "image" else {})}
    return _event(
        account,
        user_id,
        FILE_EVENTS.get(type_, "user_send_file"),
        message={"msg_id": next(_msg_ids), "attachments": [{"type": type_, "payload": payload}]},
    )


def follow_event(account, user_id):
    return {
        "app_id": account.app_id,
        "oa_id": account.oa_id,
        "event_name": "follow",
        "follower": {"id": user_id},
        "source": "oa_profile",
        "timestamp": str(timestamp_ms()),
    }


def deliver(webhook_url, account, event, http=requests, timeout=10):
    """Sign and POST one event to the bot's /zalo/webhook; return the response."""
    body = json.dumps(event).encode("ascii")
    signature = header_for(account.app_id, body, event["timestamp"], account.signing_secret)
    return http.post(
        webhook_url,
        data=body,
        timeout=timeout,
        headers={"Content-Type": "application/json", "X-ZEvent-Signature": signature},
    )
