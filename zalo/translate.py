"""A citizen's Zalo message as the Messenger-shaped event the handlers of handlers/ read.

The conversation's handlers (handlers/messages.py: the thread, the files kept on arrival, an
officer's "trực", a handoff, then the conversation) take a Messenger `message` object. Rather than a
second copy of that sequence for Zalo, each Zalo message is written in that shape here, and the same
handler turns it into the same `Input` a Messenger citizen's message becomes:

- text is text; a text equal to a button the bot just offered is that quick reply (zalo/messages.py);
- image, file, audio and video are attachments, each with its URL (downloaded on arrival from
  ZALO_ATTACHMENT_HOSTS), the caption as text;
- a location (coordinates as strings) and a shared link become text, written out as Messenger's are;
- a business card becomes a line of text: its name and number are the citizen's words;
- a sticker or a GIF is a reaction, never content.
"""

import json
import math

from handlers.messages import PLACEHOLDERS
from zalo import texts
from zalo.events import message_of
from zalo.messages import choices_of, tapped

FILE_EVENTS = {
    "user_send_image": "image",
    "user_send_file": "file",
    "user_send_audio": "audio",
    "user_send_video": "video",
}
REACTIONS = {"user_send_sticker", "user_send_gif"}
MAX_CARD = 300  # characters of a business card kept as text
RECENT_REPLIES = 3  # a tap answers one of the bot's last few messages, never an old one


def messenger_shaped(db, cfg, row, event):
    """(Messenger kind, Messenger-shaped event) for a `user_send_*` event."""
    name, message = row["kind"], message_of(event)
    text = _string(message.get("text"))
    items = [a for a in message.get("attachments") or [] if isinstance(a, dict)]
    if name in REACTIONS:
        return "sticker", {"message": {"attachments": [{"type": "sticker", "payload": {}}]}}
    if name in FILE_EVENTS:
        files = [{"type": FILE_EVENTS[name], "payload": {"url": url}} for url in (_url(a) for a in items) if url]
        if files:
            return "attachments", {"message": {"text": text, "attachments": files}}
        return "text", {"message": {"text": text or PLACEHOLDERS[FILE_EVENTS[name]]}}
    if name == "user_send_location":
        return "text", {"message": {"text": text, "attachments": [_location(message, items)]}}
    if name == "user_send_link":
        return "text", {"message": {"text": text, "attachments": [_link(items)]}}
    if name == "user_send_business_card":
        return "text", {"message": {"text": _card(items, text)}}
    choice = tapped(offered_choices(db, row, cfg.get("PAGE_ID")), text)
    if choice:
        payload, title = choice
        return "quick_reply", {"message": {"text": title, "quick_reply": {"payload": payload}}}
    return "text", {"message": {"text": text}}


def offered_choices(db, row, page_id):
    """The quick replies of the bot's latest message to this citizen that had any."""
    rows = db.execute(
        "SELECT o.message FROM messages m JOIN outbox o ON o.id = m.outbox_id"
        " WHERE m.psid = ? AND m.direction = 'out' AND (? IS NULL OR o.page_id IS NULL OR o.page_id = ?)"
        " ORDER BY m.id DESC LIMIT ?",
        [row["psid"], page_id, page_id, RECENT_REPLIES],
    ).fetchall()
    for (message,) in rows:
        offered = choices_of(json.loads(message))
        if offered:
            return offered
    return []


def _location(message, items):
    """Messenger's location: coordinates as numbers (Zalo writes them as strings)."""
    payload = items[0].get("payload") if items and isinstance(items[0].get("payload"), dict) else {}
    found = payload.get("coordinates") if isinstance(payload.get("coordinates"), dict) else {}
    if not found and isinstance(message.get("location"), dict):  # another shape public code has seen
        found = message["location"]
    lat, long = _number(found.get("latitude")), _number(found.get("longitude"))
    coordinates = {"lat": lat, "long": long} if lat is not None and long is not None else {}
    return {"type": "location", "payload": {"coordinates": coordinates}}


def _link(items):
    payload = items[0].get("payload") if items and isinstance(items[0].get("payload"), dict) else {}
    title = _string(payload.get("title")) or _string(payload.get("description"))
    return {"type": "fallback", "payload": {"url": _string(payload.get("url")), "title": title}}


def _card(items, text):
    payload = items[0].get("payload") if items and isinstance(items[0].get("payload"), dict) else {}
    detail = _string(payload.get("description"))
    try:
        parsed = json.loads(detail) if detail.startswith("{") else None
    except ValueError:
        parsed = None
    if isinstance(parsed, dict):  # some cards carry a JSON object: its name and phone are what matters
        detail = ", ".join(_string(parsed.get(k)) for k in ("name", "phone") if _string(parsed.get(k)))
    detail = " ".join(part for part in (text, detail[:MAX_CARD]) if part)
    return texts.BUSINESS_CARD.format(detail=detail) if detail else texts.BUSINESS_CARD_EMPTY


def _url(item):
    payload = item.get("payload") if isinstance(item.get("payload"), dict) else {}
    url = payload.get("url")
    return url if isinstance(url, str) and url else None


def _string(value):
    return value.strip() if isinstance(value, str) else ""


def _number(value):
    try:
        number = float(value) if isinstance(value, (str, int, float)) and not isinstance(value, bool) else None
    except ValueError:
        return None
    return number if number is not None and math.isfinite(number) else None
