"""What each stored Zalo event does, in the worker, inside its transaction (runtime/worker.py).

- a citizen's message: the same handler as a Messenger message (zalo/translate.py);
- `follow`: the greeting, as Messenger's Get Started; `unfollow`: a line in the thread;
- `oa_send_*`: the OA's own sends echoed. The bot's (no `admin_id`) settle a reply left in doubt by
  a crash and are otherwise ignored; a person's, typed in the OA's own chat, is that officer's
  message in the thread, and the bot falls quiet for the citizen (a handoff, as for Meta's Page inbox);
- `user_submit_info`: the contact, under the conversation's consent (zalo/contact.py);
- `user_withdraw`: the same erasure as "xóa dữ liệu của tôi", recorded as a data request;
- receipts (`user_received_message`, `user_seen_message`) and reactions are stored and read from
  there (storage/receipts.py); any other event is stored and left alone.
"""

import json

from bot.handoff import iso, page_of
from casework.erasure import erase_and_log
from core.clock import from_ms
from handlers import messages, postbacks
from storage.data_requests import record_request
from storage.handoffs import create_handoff, record_human_answer, tag_messages
from storage.outbox import confirm_by_echo
from storage.reports import latest_report_of
from storage.transcript import record_message
from zalo import contact, texts
from zalo.events import USER_MESSAGES, admin_of, is_oa_send, message_of
from zalo.messages import zalo_message
from zalo.translate import messenger_shaped

OA_INBOX = "oa_inbox"  # the handoff's reason and who answered: a person in the OA's own chat
CITIZEN = "citizen"  # the audit log's actor, as for the chat's own requests (bot/rights.py)


def handle_zalo_event(db, cfg, row, event):
    name = row["kind"]
    if name in USER_MESSAGES:
        kind, shaped = messenger_shaped(db, cfg, row, event)
        return messages.handle_message(db, cfg, dict(row, kind=kind), shaped)
    if name == "follow":
        greeting = {"postback": {"title": texts.FOLLOWED, "payload": "GET_STARTED"}}
        return postbacks.handle_postback(db, cfg, dict(row, kind="postback"), greeting)
    if name == "unfollow":
        return _note(db, row, texts.UNFOLLOWED, "unfollow")
    if is_oa_send(name):
        return oa_sent(db, cfg, row, event)
    if name == "user_submit_info":
        return contact.submit_info(db, cfg, row, event)
    if name == "user_withdraw":
        return withdraw(db, cfg, row)
    return None


def oa_sent(db, cfg, row, event):
    message = message_of(event)
    if admin_of(event) is None:
        return settle_own_send(db, row, message)
    text = message.get("text") if isinstance(message.get("text"), str) and message["text"] else texts.OA_FILE
    report = latest_report_of(db, row["psid"], cfg.get("PAGE_ID"))
    message_id = record_message(
        db,
        row["psid"],
        "out",
        text,
        kind=OA_INBOX,
        at=from_ms(row["timestamp"]).isoformat(),
        event_key=row["event_key"],
        report_id=report["id"] if report else None,
    )
    at = iso(from_ms(row["timestamp"]))
    handoff, _created = create_handoff(db, page_of(cfg), row["psid"], OA_INBOX, at)
    tag_messages(db, handoff["id"], [message_id])
    record_human_answer(db, handoff["id"], OA_INBOX, at)


def settle_own_send(db, row, message):
    """Our reply's echo proves Zalo took it: one still `sending` after a crash is sent. Zalo echoes
    no metadata, so the reply in flight to this citizen (one at a time) is matched by its text."""
    text = message.get("text")
    msg_id = message.get("msg_id")
    for outbox_id, queued in db.execute(
        "SELECT id, message FROM outbox WHERE status = 'sending' AND psid = ?", [row["psid"]]
    ).fetchall():
        if zalo_message(json.loads(queued)).get("text") == text:
            confirm_by_echo(db, outbox_id, str(msg_id) if msg_id is not None else None)


def withdraw(db, cfg, row):
    """Zalo's data-subject request: erased as the chat's "xóa dữ liệu của tôi" is (official records kept)."""
    message_id = _note(db, row, texts.WITHDRAWN, "user_withdraw")
    anonymised, kept = erase_and_log(db, cfg, row["psid"], CITIZEN, texts.ERASURE_VIA, keep_message_from=message_id)
    record_request(
        db,
        "zalo",
        "delete",
        {"anonymised": anonymised, "kept": [r["code"] for r in kept]},
        page_id=cfg.get("PAGE_ID"),
    )


def _note(db, row, text, kind):
    return record_message(
        db, row["psid"], "in", text, kind=kind, at=from_ms(row["timestamp"]).isoformat(), event_key=row["event_key"]
    )
