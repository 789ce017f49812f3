"""Answering the citizen from the case page (and `console reply`).

The answer goes to Messenger through the outbox, with the messaging type the
window allows for a person's reply: RESPONSE inside 24 h, MESSAGE_TAG +
HUMAN_AGENT up to 7 days. After that Messenger cannot deliver: the answer is
still kept on the case (the citizen's look-up shows it) and the officer is
told to phone. Every answer is audit-logged.
"""

import dataclasses

from flask import Blueprint, current_app, flash, g, redirect, request, url_for

from casework.identity import hides_identity
from casework.window import Window, messenger_window
from casework.workflow import CaseError
from console import texts
from console.cases import case_or_404, render_case
from core.folding import clean_text
from core.validation import format_phone
from storage.audit import record
from storage.casework import record_answer, report_by_id
from storage.db import joined_transaction
from storage.outbox import enqueue_text
from web.db import get_db

bp = Blueprint("replies", __name__)
MAX_ANSWER = 8000  # split into 2,000-character messages by the outbox


@dataclasses.dataclass
class ReplyResult:
    sent: bool
    window: Window
    outbox_ids: list


def checked_answer(text):
    """An officer's answer, cleaned; a refusal in one sentence when it is empty or too long."""
    text = clean_text(text)
    if not text:
        raise CaseError("Vui lòng nhập nội dung trả lời.")
    if len(text) > MAX_ANSWER:
        raise CaseError(f"Câu trả lời dài quá {MAX_ANSWER} ký tự; vui lòng rút gọn.")
    return text


def answer_citizen(db, report_id, text, officer, ip=None):
    """Queue the officer's answer if Messenger allows it, and keep it as the case's answer."""
    text = checked_answer(text)
    sender = officer["username"] if isinstance(officer, dict) else str(officer)
    with joined_transaction(db):
        report = report_by_id(db, report_id)
        if report is None:
            raise CaseError("Không có hồ sơ này.")
        window = messenger_window(db, report["psid"], page_id=report["page_id"])
        outbox_ids = []
        if window.person_may_reply:
            outbox_ids = enqueue_text(
                db, report["psid"], text, report_id=report_id, sent_by=sender, **window.send_options()
            )
        record_answer(db, report_id, text)
        record(
            db,
            officer,
            "answer",
            report_id,
            note=text,
            ip=ip,
            detail={
                "sent": bool(outbox_ids),
                "window": window.state,
                "outbox_ids": outbox_ids,
                **(window.send_options() if outbox_ids else {}),
            },
        )
    return ReplyResult(bool(outbox_ids), window, outbox_ids)


def call_instead(report, hidden):
    """What the officer is told when Messenger cannot deliver."""
    if hidden:
        return texts.CALL_MASKED
    if report["phone"]:
        return texts.CALL_PHONE.format(phone=format_phone(report["phone"]))
    return texts.NO_PHONE


def wake_sender():
    workers = current_app.extensions.get("pakn_workers")
    if workers:
        workers.wake_sender()


@bp.post("/cases/<code>/reply")
def reply(code):
    report = case_or_404(code)
    text = request.form.get("text", "")
    try:
        result = answer_citizen(get_db(), report["id"], text, g.officer, ip=request.remote_addr)
    except CaseError as error:
        return render_case(report, error=str(error), drafts={"reply": text}, status=400)
    if result.sent:
        wake_sender()
        flash(texts.REPLY_SENT if result.window.state == "open" else texts.REPLY_SENT_TAGGED, "success")
    else:
        hidden = hides_identity(report, g.officer["role"], current_app.config)
        flash(texts.REPLY_NOT_SENT.format(call=call_instead(report, hidden)), "warning")
    return redirect(url_for("console.cases.show", code=report["code"]))
