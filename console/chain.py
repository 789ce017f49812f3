"""The case page's chain of handling (the notice's §3.1-3.2): a proposal, a leader's direction, a
request to a department, the answer a leader approves or sends back; the departments' files; and
`/console/chain`, what waits on someone. The operations are casework/'s, shared with the command
line; here the forms, the refusals shown on the case page, and the card's data."""

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, url_for

from casework.approval import approve_answer, send_back
from casework.approval_rules import may_approve, needs_approval
from casework.chain import chain_of_case
from casework.consultations import ask_department, listed_consultations
from casework.directions import direct, may_direct, propose
from casework.identity import hides_identity
from casework.workflow import CaseError, NotAllowed
from console import texts
from console.cases import case_or_404, render_case, send_stored_file
from console.formatting import today_iso
from console.replies import wake_sender
from core.pages import officer_page, officer_sees
from storage.answer_drafts import drafts_waiting
from storage.casework import report_by_id
from storage.consultations import CLOSED_STATUSES, consultation_file
from storage.departments import departments_of_ward
from storage.directions import waiting_for_direction
from web.address_bar import ID
from web.db import get_db

bp = Blueprint("chain", __name__)


def _done(report, message, category="success"):
    flash(message, category)
    return redirect(url_for("console.cases.show", code=report["code"]) + "#chain")


def _refused(report, error, **drafts):
    return render_case(report, error=str(error), drafts=drafts, status=403 if isinstance(error, NotAllowed) else 400)


@bp.post("/cases/<code>/propose")
def propose_form(code):
    report, text = case_or_404(code), request.form.get("text", "")
    try:
        propose(get_db(), current_app.config, report["id"], text, g.officer, ip=request.remote_addr)
    except CaseError as error:
        return _refused(report, error, proposal=text)
    return _done(report, texts.PROPOSAL_SAVED)


@bp.post("/cases/<code>/direct")
def direct_form(code):
    report, text = case_or_404(code), request.form.get("text", "")
    try:
        notices = direct(get_db(), current_app.config, report["id"], text, g.officer, ip=request.remote_addr)
    except CaseError as error:
        return _refused(report, error, direction=text)
    wake_sender()
    return _done(report, texts.DIRECTION_SAVED + (texts.DIRECTION_TOLD if notices else texts.DIRECTION_NOT_TOLD))


@bp.post("/cases/<code>/consult")
def consult_form(code):
    report, form = case_or_404(code), request.form
    try:
        asked = ask_department(
            get_db(),
            current_app.config,
            report["id"],
            form.get("department", ""),
            form.get("due", ""),
            form.get("question", ""),
            g.officer,
            ip=request.remote_addr,
        )
    except CaseError as error:
        return _refused(
            report, error, question=form.get("question", ""), due=form.get("due", ""), department=form.get("department")
        )
    message = texts.CONSULT_SENT.format(department=asked.department, due=f"{asked.due:%d/%m/%Y}")
    if asked.emailed_to:
        return _done(report, message + texts.CONSULT_EMAILED.format(email=asked.emailed_to))
    return _done(report, message + texts.CONSULT_NOT_EMAILED.format(link=asked.link), "warning")


@bp.post("/cases/<code>/approve")
def approve_form(code):
    report = case_or_404(code)
    try:
        result = approve_answer(get_db(), current_app.config, report["id"], g.officer, ip=request.remote_addr)
    except CaseError as error:
        return _refused(report, error)
    if result.sent:
        wake_sender()
        return _done(report, texts.APPROVED_SENT)
    return _done(report, texts.APPROVED_NOT_SENT, "warning")


@bp.post("/cases/<code>/send-back")
def send_back_form(code):
    report, note = case_or_404(code), request.form.get("note", "")
    try:
        send_back(get_db(), current_app.config, report["id"], note, g.officer, ip=request.remote_addr)
    except CaseError as error:
        return _refused(report, error, send_back=note)
    wake_sender()
    return _done(report, texts.SENT_BACK)


@bp.get(f"/consultation-files/<{ID}:file_id>")
def department_file(file_id):
    row = consultation_file(get_db(), file_id)
    if row is None or not officer_sees(g.officer, row):
        abort(404)
    return send_stored_file(row["path"], row["content_type"], f"{row['code']}-phoi-hop-{row['id']}")


@bp.get("/chain")
def waiting():
    """What waits on someone: answers for a leader, proposals for a direction, requests to departments."""
    db, page = get_db(), officer_page(g.officer)
    return render_template(
        "console/chain.html",
        drafts=drafts_waiting(db, page),
        proposals=waiting_for_direction(db, page),
        consultations=listed_consultations(db, current_app.config, g.officer),
    )


@bp.app_template_global()
def case_chain(case, hidden):
    """The case page's card: the chain, and what this officer may do on it."""
    db, cfg = get_db(), current_app.config
    report = report_by_id(db, case["id"])  # the real row: masking needs what it masks
    chain = chain_of_case(db, cfg, report, mask=hidden or hides_identity(report, g.officer["role"], cfg))
    proposals, directions = chain["proposals"], chain["directions"]
    return {
        **chain,
        "entries": sorted(
            [dict(p, kind="proposal") for p in proposals] + [dict(d, kind="direction") for d in directions],
            key=lambda item: item["at"],
        ),
        "waiting_direction": bool(proposals) and (not directions or proposals[-1]["at"] > directions[-1]["at"]),
        "may_direct": may_direct(g.officer),
        "may_approve": may_approve(g.officer),
        "needs_approval": needs_approval(cfg, report, g.officer),
        "departments": departments_of_ward(db, report["page_id"]),
        "open": report["status"] not in CLOSED_STATUSES,
        "today": today_iso(),
    }


@bp.app_template_global()
def answer_needs_approval(case):
    """Will this officer's answer on this case wait for a leader? (The reply button says so.)"""
    return needs_approval(current_app.config, case, g.officer)
