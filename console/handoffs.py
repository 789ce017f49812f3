"""What an officer does with a conversation (a handoff): answer, close, or turn it into a case.

Shared by the console's "Trò chuyện" view and `python -m bot console answer|close-handoff`.
Answers follow the case replies' rules (console/window.py): RESPONSE inside
24 h, HUMAN_AGENT up to 7 days, then nothing can be sent. Answering from the
console while Meta's Page inbox holds the thread takes it back first, so the
reply is the bot app's to send. Every action is audit-logged.
"""

import datetime as dt

from bot import texts as bot_texts
from bot.handoff import end_handoff
from bot.handover import take_from_inbox
from bot.menu import MENU
from casework.new_case import on_report_submitted
from casework.promised_dates import answer_deadline, local_date
from casework.window import messenger_window
from casework.workflow import CaseError
from console.replies import checked_answer
from core.case_rules import CATEGORIES, FIELDS
from core.clock import now_iso
from core.folding import clean_text
from core.pages import page_config
from storage.audit import record
from storage.db import joined_transaction
from storage.handoffs import handoff_by_id, record_human_answer, set_reason, tag_messages, thread_of
from storage.outbox import enqueue_text
from storage.reports import create_report, next_ticket_code

WINDOW_CLOSED = (
    "Đã quá 7 ngày kể từ tin nhắn cuối của công dân: Messenger không cho gửi nữa. "
    "Anh/chị lập hồ sơ từ cuộc trò chuyện này hoặc liên hệ công dân bằng cách khác."
)


def open_or_fail(db, handoff_id):
    handoff = handoff_by_id(db, handoff_id)
    if handoff is None:
        raise CaseError(f"Không có cuộc trò chuyện #{handoff_id}.")
    if handoff["status"] != "open":
        raise CaseError(f"Cuộc trò chuyện #{handoff_id} đã kết thúc.")
    return handoff


def answer_handoff(db, handoff_id, text, officer, ip=None):
    """Queue the officer's answer to the citizen; returns the window it went in."""
    text = checked_answer(text)  # the same rules as a case's answer
    with joined_transaction(db):
        handoff = open_or_fail(db, handoff_id)
        window = messenger_window(db, handoff["psid"])
        if not window.person_may_reply:
            raise CaseError(WINDOW_CLOSED)
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
        handoff = open_or_fail(db, handoff_id)
        end_handoff(
            db, page_config(cfg, handoff["page_id"]), handoff, by=officer["username"], reason="officer", choices=MENU
        )
        record(db, officer, "handoff_close", ip=ip, detail={"handoff": handoff["id"]})
    return handoff


def case_draft(db, handoff):
    """The new case's content, pre-filled from what the citizen wrote in the thread."""
    lines = [m["text"] for m in thread_of(db, handoff["id"]) if m["direction"] == "in" and m["text"]]
    return "\n".join(lines)


def turn_into_case(db, cfg, handoff_id, officer, category, field, content, ip=None):
    """A case from the conversation, with its thread; the conversation closes. Returns the code."""
    content = clean_text(content)
    if category not in CATEGORIES or field not in FIELDS:
        raise CaseError("Vui lòng chọn loại và lĩnh vực của hồ sơ.")
    if not content:
        raise CaseError("Vui lòng ghi nội dung của hồ sơ.")
    with joined_transaction(db):
        handoff = open_or_fail(db, handoff_id)
        page_cfg = page_config(cfg, handoff["page_id"])
        received = dt.datetime.fromisoformat(handoff["opened_at"])
        received_on = local_date(received, page_cfg["TIMEZONE"])
        deadline = answer_deadline(category, received_on, db=db, cfg=page_cfg)
        code = next_ticket_code(db, page_cfg["WARD_CODE"], received_on.year)
        first = db.execute(
            "SELECT coalesce(min(id), 1) FROM messages WHERE handoff_id = ?", [handoff["id"]]
        ).fetchone()[0]
        report_id = create_report(
            db,
            handoff["psid"],
            {"category": category, "field": field, "content": content, "since_message_id": first - 1},
            code,
            deadline,
            now_iso(),
            page_id=handoff["page_id"],
        )
        on_report_submitted(db, page_cfg, report_id, received)
        end_handoff(
            db, page_cfg, handoff, by=officer["username"], reason="case", tell_citizen=False, report_id=report_id
        )
        _tell_case_code(db, handoff, code)
        record(db, officer, "handoff_case", report_id, ip=ip, detail={"handoff": handoff["id"], "code": code})
    return code


def _tell_case_code(db, handoff, code):
    window = messenger_window(db, handoff["psid"])
    if window.person_may_reply:
        enqueue_text(db, handoff["psid"], bot_texts.HANDOFF_CASE_OPENED.format(code=code), **window.send_options())
