"""A case made by an officer from a citizen's conversation with them ("Lập hồ sơ" in Trò chuyện,
`python -m bot console make-case`): the thread becomes the case's, the conversation closes, and
the citizen is told the code while Messenger allows it."""

import datetime as dt

from casework import texts
from casework.citizen_voice import notice_text
from casework.handoffs import end_conversation, handoff_window, open_handoff
from casework.new_case import on_report_submitted
from casework.promised_dates import answer_deadline, local_date
from casework.workflow import CaseError
from core.case_rules import CATEGORIES, FIELDS
from core.clock import now_iso
from core.folding import clean_text
from core.pages import page_config
from storage.audit import record
from storage.db import joined_transaction
from storage.handoffs import thread_of
from storage.outbox import enqueue_text
from storage.reports import create_report, next_ticket_code
from storage.threads import join_case


def case_draft(db, handoff):
    """The new case's content, pre-filled from what the citizen wrote in the thread."""
    lines = [m["text"] for m in thread_of(db, handoff["id"]) if m["direction"] == "in" and m["text"]]
    return "\n".join(lines)


def turn_into_case(db, cfg, handoff_id, officer, category, field, content, ip=None):
    """A case from the conversation, with its thread; the conversation closes. Returns the code."""
    content = clean_text(content)
    if category not in CATEGORIES or field not in FIELDS:
        raise CaseError(texts.CASE_NEEDS_CLASSIFICATION)
    if not content:
        raise CaseError(texts.CASE_NEEDS_CONTENT)
    with joined_transaction(db):
        handoff = open_handoff(db, handoff_id, officer)
        page_cfg = page_config(cfg, handoff["page_id"])
        received = dt.datetime.fromisoformat(handoff["opened_at"])
        received_on = local_date(received, page_cfg["TIMEZONE"])
        deadline = answer_deadline(category, received_on, db=db, cfg=page_cfg)
        code = next_ticket_code(db, page_cfg["WARD_CODE"], received_on.year)
        report_id = create_report(
            db,
            handoff["psid"],
            {"category": category, "field": field, "content": content},
            code,
            deadline,
            now_iso(),
            page_id=handoff["page_id"],
        )
        join_case(db, report_id, handoff["psid"], handoff["page_id"], handoff_id=handoff["id"])
        on_report_submitted(db, page_cfg, report_id, received)
        end_conversation(
            db, page_cfg, handoff, by=officer["username"], reason="case", tell_citizen=False, report_id=report_id
        )
        _tell_case_code(db, handoff, code)
        record(db, officer, "handoff_case", report_id, ip=ip, detail={"handoff": handoff["id"], "code": code})
    return code


def _tell_case_code(db, handoff, code):
    window = handoff_window(db, handoff)
    if window.person_may_reply:
        said = notice_text(
            db, handoff["psid"], handoff["page_id"], texts.HANDOFF_CASE_OPENED, "HANDOFF_CASE_OPENED", code=code
        )
        enqueue_text(db, handoff["psid"], said, **window.send_options())
