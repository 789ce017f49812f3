"""Zalo's webhook events: their names, which OA and which citizen each concerns, its key and time.

One POST carries one event: `{"app_id", "event_name", "sender": {"id"}, "recipient": {"id"},
"message": {...}, "timestamp": "<ms>"}`, with ids and timestamps as strings. A citizen's events
(`user_*`) come from them to the OA; the OA's own sends (`oa_send_*`, echoed) and Zalo's delivery
receipts go the other way; `follow` / `unfollow` name a `follower` and an `oa_id`. Which side is the
OA is told by the OAs this server knows; the event's name decides only when neither is known.
"""

import hashlib
import json
import re

USER_MESSAGES = {
    "user_send_text",
    "user_send_image",
    "user_send_file",
    "user_send_audio",
    "user_send_video",
    "user_send_sticker",
    "user_send_gif",
    "user_send_location",
    "user_send_link",
    "user_send_business_card",
}
RECEIPTS = {"user_received_message", "user_seen_message"}
FOLLOWS = {"follow", "unfollow"}
OA_SEND_PREFIX = "oa_send_"
# Events whose sender is the OA (its sends echoed, and Zalo's "the user received it").
FROM_THE_OA = {"user_received_message"}
# What the stored kind may be: an event name of Zalo's shape (anything else is stored as "unknown").
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,47}$")


def event_name(event):
    name = event.get("event_name") if isinstance(event, dict) else None
    return name if isinstance(name, str) and _NAME.match(name) else "unknown"


def is_oa_send(name):
    return name.startswith(OA_SEND_PREFIX)


def _id(side):
    value = side.get("id") if isinstance(side, dict) else None
    return str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value) else None


def oa_and_user(event, known_oas=()):
    """(OA id, Zalo user id) of an event; either may be None when the event does not say."""
    name = event_name(event)
    if name in FOLLOWS:
        oa = event.get("oa_id")
        return (str(oa) if isinstance(oa, (str, int)) and str(oa) else None), _id(event.get("follower"))
    sender, recipient = _id(event.get("sender")), _id(event.get("recipient"))
    if recipient in known_oas and sender not in known_oas:
        return recipient, sender
    if sender in known_oas and recipient not in known_oas:
        return sender, recipient
    if is_oa_send(name) or name in FROM_THE_OA:
        return sender, recipient
    return recipient, sender


def admin_of(event):
    """The OA staff member who typed an `oa_send_*` in the OA's own chat (None: sent by an app)."""
    sender = event.get("sender")
    admin = sender.get("admin_id") if isinstance(sender, dict) else None
    return str(admin) if isinstance(admin, (str, int)) and not isinstance(admin, bool) and str(admin) else None


def message_of(event):
    message = event.get("message")
    return message if isinstance(message, dict) else {}


def event_key(event):
    """`zalo:<event name>:<msg_id>` where the event names its message, else a stable hash of it all.

    The name is part of the key: Zalo's receipt of a message the OA sent carries that message's id."""
    msg_id = message_of(event).get("msg_id")
    if isinstance(msg_id, (str, int)) and not isinstance(msg_id, bool) and str(msg_id):
        return f"zalo:{event_name(event)}:{msg_id}"
    canonical = json.dumps(event, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "zalo-sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def event_time(event):
    """Zalo's timestamp in ms (a string of digits, or a number); None when not a plausible one."""
    value = event.get("timestamp")
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if not isinstance(value, int) or not 0 <= value < 2**53:
        return None
    return value


def raw_timestamp(event):
    """The timestamp as written in the body: the signature joins it as text."""
    value = event.get("timestamp") if isinstance(event, dict) else None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    return str(value)
