"""Answering the citizen on a case, from the case page or `python -m bot console reply`.

The answer goes to Messenger through the outbox, with the messaging type the
window allows for a person's reply: RESPONSE inside 24 h, MESSAGE_TAG +
HUMAN_AGENT up to 7 days. After that Messenger cannot deliver: the answer is
still kept on the case (the citizen's look-up shows it) and the officer is
told how else to reach them. Every answer is audit-logged. In the categories of
APPROVAL_CATEGORIES an officer's answer waits for a leader (casework/approval.py), who sends
it through `send_answer`, the same path.
"""

import dataclasses

from casework import texts
from casework.approval_rules import hold_for_approval, needs_approval
from casework.followups import case_opened
from casework.identity import hides_identity
from casework.window import Window, messenger_window
from casework.workflow import CaseError, case_for
from core.folding import clean_text
from core.validation import format_phone
from storage.audit import record
from storage.casework import record_answer
from storage.db import joined_transaction
from storage.outbox import enqueue_text

MAX_ANSWER = 8000  # split into 2,000-character messages by the outbox


@dataclasses.dataclass
class ReplyResult:
    sent: bool
    window: Window
    outbox_ids: list
    held: bool = False  # waiting for a leader's approval (casework/approval.py)


def checked_answer(text):
    """An officer's answer, cleaned; a refusal in one sentence when it is empty or too long."""
    text = clean_text(text)
    if not text:
        raise CaseError(texts.ANSWER_EMPTY)
    if len(text) > MAX_ANSWER:
        raise CaseError(texts.ANSWER_TOO_LONG.format(limit=MAX_ANSWER))
    return text


def answer_citizen(db, cfg, report_id, text, officer, ip=None):
    """Queue the officer's answer if Messenger allows it, and keep it as the case's answer; in a
    category that needs a leader's approval, an officer's answer is held as a draft instead."""
    text = checked_answer(text)
    with joined_transaction(db):
        report = case_for(db, report_id, officer)
        if needs_approval(cfg, report, officer):
            hold_for_approval(db, report, text, officer, ip)
            case_opened(db, report["id"], officer)  # worked on: no "tin mới", no escalation
            return ReplyResult(False, messenger_window(db, report["psid"], page_id=report["page_id"]), [], held=True)
        return send_answer(db, report, text, officer, "answer", ip=ip)


def send_answer(db, report, text, officer, action, ip=None, sender=None, detail=None):
    """The one way an answer reaches the citizen (inside the caller's transaction): through the
    outbox as the window allows, kept on the case, audit-logged as `action` by `officer`. `sender`:
    whose answer the thread shows (the officer who wrote it; a leader approving sends theirs)."""
    sender = sender or (officer["username"] if isinstance(officer, dict) else str(officer))
    window = messenger_window(db, report["psid"], page_id=report["page_id"])
    outbox_ids = []
    if window.person_may_reply:
        outbox_ids = enqueue_text(
            db, report["psid"], text, report_id=report["id"], sent_by=sender, **window.send_options()
        )
    record_answer(db, report["id"], text)
    case_opened(db, report["id"], officer)  # answered: no "tin mới", no escalation
    record(
        db,
        officer,
        action,
        report["id"],
        note=text,
        ip=ip,
        detail={
            **(detail or {}),
            "sent": bool(outbox_ids),
            "window": window.state,
            "outbox_ids": outbox_ids,
            **(window.send_options() if outbox_ids else {}),
        },
    )
    return ReplyResult(bool(outbox_ids), window, outbox_ids)


def call_instead(cfg, report, officer):
    """What the officer is told when Messenger cannot deliver: a denouncer's phone only to the
    roles that may see it."""
    role = officer.get("role") if isinstance(officer, dict) else None
    if hides_identity(report, role, cfg):
        return texts.CALL_MASKED
    if report["phone"]:
        return texts.CALL_PHONE.format(phone=format_phone(report["phone"]))
    return texts.NO_PHONE
