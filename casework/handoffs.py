"""What an officer does in a citizen's conversation with a person (a handoff): answer it, close it.
Shared by the console's "Trò chuyện" and `python -m bot console answer|close-handoff`; turning the
conversation into a case is casework/handoff_cases.py's.

Answers follow a case answer's rules: RESPONSE inside 24 h of the citizen's last
message on that page, HUMAN_AGENT up to 7 days, then nothing can be sent.
Answering while Meta's Page inbox holds the thread takes it back first, so the
reply is the bot app's to send. Every action is audit-logged.
"""

from casework import texts
from casework.answers import checked_answer
from casework.thread_control import take_from_inbox
from casework.window import messenger_window
from casework.workflow import CaseError
from core.pages import officer_sees, page_config
from storage.audit import record
from storage.db import joined_transaction
from storage.handoffs import handoff_by_id, open_handoffs, record_human_answer, set_reason, tag_messages
from storage.outbox import enqueue_text

# How a conversation ends for the citizen (the bot is back, with its menu) is the conversation's
# own: runtime/rules.py sets it to bot/menu.py's, as it registers the workflow's rules.
_ending = {}


def set_conversation_ending(end):
    """`end(db, cfg, handoff, by, reason, tell_citizen=True, report_id=None)` closes a handoff."""
    _ending["end"] = end


def end_conversation(db, cfg, handoff, by, reason, tell_citizen=True, report_id=None):
    if "end" not in _ending:
        raise RuntimeError("register_rules() has not run: no conversation ending is set")
    return _ending["end"](db, cfg, handoff, by, reason, tell_citizen=tell_citizen, report_id=report_id)


def handoff_window(db, handoff):
    """The Messenger window of this conversation: a PSID is a page's, so is its window."""
    return messenger_window(db, handoff["psid"], page_id=handoff["page_id"])


def open_handoff(db, handoff_id, officer):
    """The open conversation, if this officer may act on it (their own ward's)."""
    handoff = handoff_by_id(db, handoff_id)
    if handoff is None or not officer_sees(officer, handoff):
        raise CaseError(texts.NO_SUCH_HANDOFF.format(id=handoff_id))
    if handoff["status"] != "open":
        raise CaseError(texts.HANDOFF_OVER.format(id=handoff_id))
    return handoff


def open_handoff_of(db, psid, page_id, officer):
    """The citizen's open conversation, named by PSID (and page, when a server has several)."""
    psid = str(psid or "").strip()
    found = [
        h
        for h in open_handoffs(db, psid=psid)
        if (page_id is None or h["page_id"] == page_id) and officer_sees(officer, h)
    ]
    if not found:
        raise CaseError(texts.NO_OPEN_HANDOFF_OF.format(psid=psid))
    if len(found) > 1:
        raise CaseError(texts.HANDOFF_ON_SEVERAL_PAGES.format(psid=psid))
    return found[0]


def answer_handoff(db, cfg, handoff_id, text, officer, ip=None):
    """Queue the officer's answer to the citizen; returns the window it went in."""
    text = checked_answer(text)  # the same rules as a case's answer
    with joined_transaction(db):
        handoff = open_handoff(db, handoff_id, officer)
        window = handoff_window(db, handoff)
        if not window.person_may_reply:
            raise CaseError(texts.HANDOFF_WINDOW_CLOSED)
        take_from_inbox(db, handoff, "answered from the console")
        if handoff["reason"] == "unmatched":  # a person took it up: the bot must not talk over them
            set_reason(db, handoff["id"], "answered")
        outbox_ids = enqueue_text(db, handoff["psid"], text, sent_by=officer["username"], **window.send_options())
        tag_messages(db, handoff["id"], outbox_ids=outbox_ids)
        record_human_answer(db, handoff["id"], officer["username"])
        record(
            db,
            officer,
            "handoff_answer",
            note=text,
            ip=ip,
            detail={"handoff": handoff["id"], "window": window.state, "outbox_ids": outbox_ids},
        )
    return window


def close_by_officer(db, cfg, handoff_id, officer, ip=None):
    """End the conversation: the bot answers the citizen again (and says so inside 24 h)."""
    with joined_transaction(db):
        handoff = open_handoff(db, handoff_id, officer)
        end_conversation(db, page_config(cfg, handoff["page_id"]), handoff, by=officer["username"], reason="officer")
        record(db, officer, "handoff_close", ip=ip, detail={"handoff": handoff["id"]})
    return handoff
