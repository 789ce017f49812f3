"""What Meta does when a citizen writes to the page: build the event, sign it, POST it.

The simulator page and `python -m bot chat` both play the citizen's phone
through this module, so the bot sees exactly what it would see from Meta:
the documented event shapes, non-ASCII text as `\\u` escapes, and an
`X-Hub-Signature-256` over the raw bytes.
"""

import itertools
import json
import threading
import time
import uuid

import requests

from messenger.signature import sign

# The page the sandbox pretends to be (the Graph stand-in uses the same id for its echoes).
SANDBOX_PAGE_ID = "100200300400500"
ATTACHMENT_TYPES = ("image", "video", "audio", "file")

_mids = (f"m_sim_{uuid.uuid4().hex[:10]}_{n}" for n in itertools.count(1))
_clock_lock = threading.Lock()
_last_ms = 0


def server_url(cfg):
    """The bot's own address as seen from this machine (HOST may be a wildcard)."""
    host = cfg["HOST"] if cfg["HOST"] not in ("", "0.0.0.0", "::") else "127.0.0.1"  # nosec B104 # a comparison, binds nothing
    host = f"[{host}]" if ":" in host else host
    return f"http://{host}:{cfg['PORT']}"


def timestamp_ms():
    """Meta's millisecond timestamp, strictly increasing: the bot orders a citizen's events by it."""
    global _last_ms
    with _clock_lock:
        _last_ms = max(int(time.time() * 1000), _last_ms + 1)
        return _last_ms


def _event(psid, **part):
    return {"sender": {"id": psid}, "recipient": {"id": SANDBOX_PAGE_ID}, "timestamp": timestamp_ms(), **part}


def text_event(psid, text):
    return _event(psid, message={"mid": next(_mids), "text": text})


def quick_reply_event(psid, payload, title):
    """A tapped quick reply: Messenger sends its title as the text, and its payload."""
    return _event(psid, message={"mid": next(_mids), "text": title, "quick_reply": {"payload": payload}})


def postback_event(psid, payload, title):
    """Get Started, a persistent-menu item, an ice breaker or a button."""
    return _event(psid, postback={"mid": next(_mids), "title": title, "payload": payload})


def attachment_event(psid, type_, url):
    return _event(psid, message={"mid": next(_mids), "attachments": [{"type": type_, "payload": {"url": url}}]})


def delivery_body(*events, field="messaging"):
    """One POST body as Meta sends it: ASCII only, non-ASCII escaped as \\uXXXX. `field` is
    "standby" while another app (the Page inbox) owns the citizen's thread."""
    entries = [{"id": SANDBOX_PAGE_ID, "time": e["timestamp"], field: [e]} for e in events]
    return json.dumps({"object": "page", "entry": entries}).encode("ascii")


def deliver(webhook_url, app_secret, *events, http=requests, timeout=10, field="messaging"):
    """Sign and POST to the bot's webhook; return the response (raises requests errors)."""
    body = delivery_body(*events, field=field)
    return http.post(
        webhook_url,
        data=body,
        timeout=timeout,
        headers={"Content-Type": "application/json", "X-Hub-Signature-256": sign(app_secret, body)},
    )


def upload(graph_standin_url, name, data, content_type, http=requests, timeout=30):
    """Put a file on the stand-in's CDN, as Meta hosts what a citizen sends; return its URL."""
    response = http.put(
        f"{graph_standin_url}/cdn/{name}",
        data=data,
        timeout=timeout,
        headers={"Content-Type": content_type or "application/octet-stream"},
    )
    response.raise_for_status()
    return response.json()["url"]


def attachment_type(content_type):
    """Messenger's attachment type for a file's MIME type."""
    kind = (content_type or "").split("/", 1)[0]
    return kind if kind in ("image", "video", "audio") else "file"
