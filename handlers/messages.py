"""Messages from the citizen: text, quick replies, attachments, stickers and likes."""
from bot import handoff
from bot.flow import Input, handle_input
from bot.folding import clean_text
from duty import officer_chat
from storage.clock import from_ms
from storage.transcript import record_message

# What the officer reads in the thread for input that has no text.
PLACEHOLDERS = {"sticker": "[hình dán]", "image": "[ảnh]", "video": "[video]", "audio": "[ghi âm]",
                "file": "[tệp]", "location": "[vị trí]"}


def handle_message(db, cfg, row, event):
    message = event["message"]
    text = clean_text(message.get("text") if isinstance(message.get("text"), str) else "")
    attachments = _attachments(message)
    quick_reply = message.get("quick_reply") if isinstance(message.get("quick_reply"), dict) else {}
    payload = quick_reply.get("payload") if isinstance(quick_reply.get("payload"), str) else None
    kind = row["kind"]
    shown = text or " ".join(PLACEHOLDERS.get(a["type"], "[tệp]") for a in attachments) \
        or PLACEHOLDERS["sticker"]
    message_id = record_message(db, row["psid"], "in", shown, kind=kind,
                                at=from_ms(row["timestamp"]).isoformat(), event_key=row["event_key"])
    inp = Input(kind=kind, text=text, payload=payload, attachments=attachments,
                timestamp=row["timestamp"], event_key=row["event_key"], message_id=message_id)
    if officer_chat.handle(db, cfg, row["psid"], inp):  # an officer linking or checking in ("trực")
        return
    inp = handoff.route(db, cfg, row["psid"], inp)  # None: waiting for a person, the bot stays quiet
    if inp is not None:
        handle_input(db, cfg, row["psid"], inp)


def _attachments(message):
    """[{type, url}] for attachments that carry a file; a shared link becomes text."""
    found = []
    for item in message.get("attachments") or []:
        if not isinstance(item, dict):
            continue
        payload = item.get("payload") if isinstance(item.get("payload"), dict) else {}
        url = payload.get("url")
        if item.get("type") in ("image", "video", "audio", "file") and isinstance(url, str):
            found.append({"type": item["type"], "url": url})
        elif item.get("type") == "location":
            found.append({"type": "location", "url": ""})
    return found
