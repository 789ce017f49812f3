"""Messages from the citizen: text, quick replies, attachments, stickers and likes."""

from bot import handoff, officer_chat
from bot.flow import Input, handle_input
from bot.unread import answer_whatever_happens
from core.clock import from_ms
from core.folding import clean_text
from handlers.shared_content import file_attachments, placeholder_of, reaction_text, shared_text
from storage.transcript import record_arrivals, record_message

# What the officer reads in the thread for input that has no text.
PLACEHOLDERS = {
    "sticker": "[hình dán]",
    "image": "[ảnh]",
    "video": "[video]",
    "audio": "[ghi âm]",
    "file": "[tệp]",
    "location": "[vị trí]",
}


def handle_message(db, cfg, row, event):
    message = event["message"]
    text = clean_text(message.get("text") if isinstance(message.get("text"), str) else "")
    quick_reply = message.get("quick_reply") if isinstance(message.get("quick_reply"), dict) else {}
    payload = quick_reply.get("payload") if isinstance(quick_reply.get("payload"), str) else None
    kind = row["kind"]
    if kind == "sticker":  # a reaction in the thread: no file, no content
        attachments, text, shown = [], "", reaction_text(message)
    else:
        attachments = file_attachments(message)
        text = clean_text(shared_text(message, text))  # shared links and locations become text
        shown = text or " ".join(PLACEHOLDERS.get(a["type"], "[tệp]") for a in attachments) or placeholder_of(message)
    message_id = record_message(
        db, row["psid"], "in", shown, kind=kind, at=from_ms(row["timestamp"]).isoformat(), event_key=row["event_key"]
    )
    inp = Input(
        kind=kind,
        text=text,
        payload=payload,
        attachments=attachments,
        timestamp=row["timestamp"],
        event_key=row["event_key"],
        message_id=message_id,
    )
    if officer_chat.handle(db, cfg, row["psid"], inp):  # an officer linking or checking in ("trực")
        return
    # Downloaded now whatever the step, before Meta's URL expires; the conversation decides
    # later which case the files belong to.
    record_arrivals(db, row["psid"], message_id, attachments)
    inp = handoff.route(db, cfg, row["psid"], inp)  # None: waiting for a person, the bot stays quiet
    if inp is not None:  # a fault of ours in the conversation: the officers get the message (bot/unread.py)
        answer_whatever_happens(db, cfg, row["psid"], inp, handle_input)
