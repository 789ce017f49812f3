"""`user_submit_info`: a citizen's name, phone and address from Zalo's contact form.

Kept only as the conversation would keep them typed: once the citizen has agreed, at the
conversation's consent step, to their contact being processed for the report, and while the
conversation is asking for it. Each value is then given to the conversation as the answer to its
own question (name, phone, address: the same validation, the same draft), one after the other, and
only the last question's reply is sent (the ones answered at once are dropped before they leave).
Anything else (no consent recorded, no report asking for a contact, a person holding the thread)
keeps none of it: the thread notes that the form came, without what it said.
"""

from bot.flow import Input, consent_granted, handle_input
from core.clock import from_ms
from storage.conversations import load_conversation
from storage.handoffs import open_handoff_of
from storage.transcript import record_message
from zalo import texts

# The conversation's contact questions, in order, and the form's field that answers each.
CONTACT_STEPS = {"name": "name", "phone": "phone", "address": "address"}
MAX_VALUE = 300


def submit_info(db, cfg, row, event):
    psid, page = row["psid"], cfg.get("PAGE_ID")
    values = form_values(event.get("info"))
    conv = load_conversation(db, psid, page)
    handoff = open_handoff_of(db, page or None, psid)
    takes_it = (
        any(values.values())
        and consent_granted(conv["draft"])
        and conv["step"] in CONTACT_STEPS
        and (handoff is None or handoff["reason"] == "unmatched")
    )
    at = from_ms(row["timestamp"]).isoformat()
    note = texts.SUBMITTED_INFO if takes_it else texts.SUBMITTED_INFO_NOT_KEPT
    message_id = record_message(db, psid, "in", note, kind="submit_info", at=at, event_key=row["event_key"])
    if takes_it:
        answer_contact_questions(db, cfg, row, values, message_id)


def answer_contact_questions(db, cfg, row, values, message_id):
    psid, page = row["psid"], cfg.get("PAGE_ID")
    queued_before = None
    while True:
        step = load_conversation(db, psid, page)["step"]
        value = values.get(CONTACT_STEPS.get(step, ""), "")
        if step not in CONTACT_STEPS or not value:
            return
        if queued_before is not None:  # that question was answered at once: it need not go out
            _drop_replies(db, psid, queued_before)
        queued_before = _last_outbox_id(db)
        inp = Input(
            kind="text", text=value, timestamp=row["timestamp"], event_key=row["event_key"], message_id=message_id
        )
        handle_input(db, cfg, psid, inp)
        if load_conversation(db, psid, page)["step"] == step:  # not taken: the question is asked again
            return


def form_values(info):
    """name, phone, address from the form; the address joined from its parts, a Zalo phone made +84."""
    info = info if isinstance(info, dict) else {}

    def text(key):
        value = info.get(key)
        return " ".join(value.split())[:MAX_VALUE] if isinstance(value, str) else ""

    phone = text("phone").replace(" ", "")
    if phone.isdigit() and phone.startswith("84") and len(phone) in (11, 12):
        phone = "+" + phone
    address = ", ".join(part for part in (text("address"), text("ward"), text("district"), text("city")) if part)
    return {"name": text("name"), "phone": phone, "address": address}


def _last_outbox_id(db):
    return db.execute("SELECT coalesce(max(id), 0) FROM outbox").fetchone()[0]


def _drop_replies(db, psid, after_id):
    """The bot's replies queued since `after_id` for this citizen, not yet sent, removed with their lines."""
    ids = [
        r[0]
        for r in db.execute(
            "SELECT id FROM outbox WHERE id > ? AND psid = ? AND status = 'pending' AND sent_by = 'bot'",
            [after_id, psid],
        )
    ]
    for outbox_id in ids:
        db.execute("DELETE FROM messages WHERE outbox_id = ?", [outbox_id])
        db.execute("DELETE FROM outbox WHERE id = ?", [outbox_id])
