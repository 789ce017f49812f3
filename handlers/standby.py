"""Standby events: the citizen's thread is owned by another app (usually Meta's Page inbox, where
the officer answers on the phone). They are recorded in the officer's thread and never answered:
the bot speaking there would talk over the officer, and the conversation's state does not move
(a standby postback comes without a payload; it is not "Get Started").
"""

from bot.flow import Input
from bot.handoff import iso, keep_in_thread, page_of
from core.clock import from_ms
from core.folding import clean_text
from handlers import echoes, messages
from handlers.shared_content import file_attachments, shared_text
from storage.handoffs import create_handoff
from storage.transcript import record_message


def handle_standby(db, cfg, row, event):
    message = event.get("message")
    if isinstance(message, dict) and message.get("is_echo"):  # the officer typing in the Page inbox
        return echoes.handle_echo(db, cfg, row, event)
    if isinstance(message, dict):
        return _keep(db, cfg, row, event, "attachments" if message.get("attachments") else "text")
    if isinstance(event.get("postback"), dict):
        return _keep(db, cfg, row, event, "postback")
    return None  # reads, deliveries, reactions: nothing for the thread


def _keep(db, cfg, row, event, kind):
    part = event.get("message") if kind != "postback" else event.get("postback")
    part = part if isinstance(part, dict) else {}
    typed = part.get("title" if kind == "postback" else "text")
    text = clean_text(typed if isinstance(typed, str) else "")
    if kind != "postback":
        text = shared_text(part, text)  # a shared link or a location is words for the officer too
    attachments = file_attachments(part) if kind != "postback" else []
    shown = (
        text
        or " ".join(messages.PLACEHOLDERS.get(a["type"], "[tệp]") for a in attachments)
        or messages.PLACEHOLDERS["file"]
    )
    at = from_ms(row["timestamp"])
    message_id = record_message(
        db, row["psid"], "in", shown, kind="standby", at=at.isoformat(), event_key=row["event_key"]
    )
    # The inbox owns the thread: a person is on it even if no handoff was opened here.
    handoff, _created = create_handoff(db, page_of(cfg), row["psid"], "page_inbox", iso(at), inbox_control=True)
    inp = Input(
        kind=kind,
        text=text,
        attachments=attachments,
        timestamp=row["timestamp"],
        event_key=row["event_key"],
        message_id=message_id,
    )
    keep_in_thread(db, handoff, row["psid"], inp)
