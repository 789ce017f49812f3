"""Who holds a citizen's thread, the bot or Meta's Page inbox: the handover calls, queued like replies.

Passing or taking thread control is a Graph call, and the worker makes none
(it runs inside the event's transaction). So the call is a row of the outbox,
in line with the citizen's replies: "the officer has been told" goes out
before control passes to the inbox, and control is taken back before the
bot's next reply, or before an officer's answer from the console. The sender
tells a handover row by its `handover` key (bot/handover.py makes the call).
"""

import json

from core.channels import MESSENGER, channel_of
from core.clock import now_iso
from storage.handoffs import app_roles, set_inbox_control


def inbox_app_id(cfg):
    """The Page inbox's app id (PAGE_INBOX_APP_ID); empty turns the handover off."""
    return str(cfg.get("PAGE_INBOX_APP_ID") or "").strip()


def inbox_is_secondary(db, cfg):
    """Is the Page inbox this page's secondary receiver? Meta's `app_roles` events say so; a page
    that never sent one is tried (Meta refuses the pass if not, and that is recorded, nothing more)."""
    roles = app_roles(db, cfg.get("PAGE_ID"))
    if not roles:
        return True
    return "secondary_receiver" in roles.get(inbox_app_id(cfg), [])


def enqueue_handover(db, psid, call, metadata, target_app_id=None, page_id=None):
    """Queue one handover call for this citizen, after the replies already queued."""
    body = {"handover": call, "note": metadata}  # the sender puts its own `metadata` on every row
    if target_app_id:
        body["target_app_id"] = target_app_id
    return db.execute(
        "INSERT INTO outbox (psid, message, sent_by, page_id, created_at) VALUES (?, ?, 'handover', ?, ?)",
        [psid, json.dumps(body), page_id, now_iso()],
    ).lastrowid


def pass_to_inbox(db, cfg, handoff):
    """Hand the thread to the Page inbox, so the officer can answer from Meta Business Suite. Only a
    Messenger thread has one: a Zalo OA's staff answer in its own chat, with no protocol to call."""
    target = inbox_app_id(cfg)
    if channel_of(handoff["psid"]) != MESSENGER:
        return False
    if not target or handoff["inbox_control"] or not inbox_is_secondary(db, cfg):
        return False
    enqueue_handover(db, handoff["psid"], "pass_thread_control", f"handoff:{handoff['id']}", target, handoff["page_id"])
    set_inbox_control(db, handoff["id"], True)
    return True


def take_from_inbox(db, handoff, why):
    """Take the thread back (the handoff closed, or the officer answers from the console)."""
    if not handoff["inbox_control"]:
        return False
    enqueue_handover(db, handoff["psid"], "take_thread_control", why, page_id=handoff["page_id"])
    set_inbox_control(db, handoff["id"], False)
    return True
