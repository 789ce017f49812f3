"""A leader approves an answer an officer drafted, or sends it back with a note.

Approving sends the draft through the one path every answer takes (casework/answers.py:
`send_answer`, the window's rules included), as the officer wrote it and under their name in the
thread, and logs who approved it. Sending back tells the officer why; the draft comes back into
their answer box. The console's buttons and `python -m bot console approve|send-back` call these.
"""

from casework import texts
from casework.answers import send_answer
from casework.approval_rules import may_approve
from casework.chain_notices import case_link, notify_officer, outside_text
from casework.workflow import MAX_NOTE, CaseError, NotAllowed, case_for
from core.folding import clean_text
from storage import audit
from storage.answer_drafts import decide_draft, waiting_draft
from storage.db import joined_transaction


def _waiting(db, report_id, officer):
    if not may_approve(officer):
        raise NotAllowed(texts.APPROVE_LEADERS_ONLY)
    report = case_for(db, report_id, officer)
    draft = waiting_draft(db, report_id)
    if draft is None:
        raise CaseError(texts.NO_DRAFT_WAITING.format(code=report["code"]))
    return report, draft


def approve_answer(db, cfg, report_id, officer, ip=None):
    """Send the case's waiting draft; the ReplyResult of sending it."""
    with joined_transaction(db):
        report, draft = _waiting(db, report_id, officer)
        if not decide_draft(db, draft["id"], "approved", officer["username"]):
            raise CaseError(texts.DRAFT_ALREADY_DECIDED)
        return send_answer(
            db,
            report,
            draft["text"],
            officer,
            "approve_answer",
            ip=ip,
            sender=draft["drafted_by"],
            detail={"draft_id": draft["id"], "drafted_by": draft["drafted_by"]},
        )


def send_back(db, cfg, report_id, note, officer, ip=None):
    """Return the waiting draft to the officer with the leader's note; the notices made."""
    note = clean_text(note)[:MAX_NOTE]
    with joined_transaction(db):
        report, draft = _waiting(db, report_id, officer)
        if not note:
            raise CaseError(texts.SEND_BACK_NOTE_REQUIRED)
        if not decide_draft(db, draft["id"], "returned", officer["username"], note):
            raise CaseError(texts.DRAFT_ALREADY_DECIDED)
        audit.record(
            db,
            officer,
            "return_answer",
            report_id,
            note=note,
            ip=ip,
            detail={"draft_id": draft["id"], "drafted_by": draft["drafted_by"]},
        )
        return notify_officer(
            db,
            cfg,
            draft["drafted_by_id"],
            texts.DRAFT_RETURNED_SUBJECT.format(code=report["code"]),
            texts.DRAFT_RETURNED_NOTICE.format(
                leader=officer.get("full_name") or officer["username"],
                code=report["code"],
                note=outside_text(cfg, report, note),
                link=case_link(cfg, report["code"]),
            ),
            "answer_returned",
            report,
        )
