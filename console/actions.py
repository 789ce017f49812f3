"""The case page's forms: change the status, leave an internal note, assign, classify.

The operations and their checks live in casework/ (workflow.py, case_edits.py),
shared with the command line; here a refused change re-shows the page with the
reason and what the officer typed.
"""

from flask import Blueprint, current_app, flash, g, redirect, request, url_for

from casework.case_edits import add_note, assign, reclassify
from casework.workflow import CaseError, NotAllowed, change_status
from console import texts
from console.cases import case_or_404, render_case
from console.replies import wake_sender
from web.db import get_db

bp = Blueprint("actions", __name__)


def _done(report, message, category="success"):
    flash(message, category)
    return redirect(url_for("console.cases.show", code=report["code"]))


def _refused(report, error, **drafts):
    return render_case(report, error=str(error), drafts=drafts, status=403 if isinstance(error, NotAllowed) else 400)


@bp.post("/cases/<code>/status")
def status(code):
    report = case_or_404(code)
    form = request.form
    try:
        result = change_status(
            get_db(),
            current_app.config,
            report["id"],
            form.get("status", ""),
            form.get("note", ""),
            g.officer,
            forwarded_to=form.get("forwarded_to"),
            ip=request.remote_addr,
        )
    except CaseError as error:
        return _refused(
            report,
            error,
            status_note=form.get("note", ""),
            forwarded_to=form.get("forwarded_to", ""),
            new_status=form.get("status", ""),
        )
    message = texts.STATUS_CHANGED.format(status=texts.STATUS_NAMES[result.new_status])
    if result.notified:
        wake_sender()
        return _done(report, message + texts.status_notified(result.window))
    if result.window.state == "none":
        return _done(report, message)
    return _done(report, message + texts.status_not_notified(result.window), "warning")


@bp.post("/cases/<code>/note")
def note(code):
    report = case_or_404(code)
    text = request.form.get("text", "")
    try:
        add_note(get_db(), current_app.config, report["id"], text, g.officer, ip=request.remote_addr)
    except CaseError as error:
        return _refused(report, error, note=text)
    return _done(report, texts.NOTE_ADDED)


@bp.post("/cases/<code>/assign")
def assign_case(code):
    report = case_or_404(code)
    try:
        target = assign(
            get_db(),
            current_app.config,
            report["id"],
            request.form.get("username", ""),
            g.officer,
            ip=request.remote_addr,
        )
    except CaseError as error:
        return _refused(report, error)
    if target is None:
        return _done(report, texts.UNASSIGNED, "info")
    return _done(report, texts.ASSIGNED.format(name=target["full_name"] or target["username"]))


@bp.post("/cases/<code>/classify")
def classify(code):
    report = case_or_404(code)
    try:
        reclassify(
            get_db(),
            current_app.config,
            report["id"],
            request.form.get("category", ""),
            request.form.get("field", ""),
            g.officer,
            ip=request.remote_addr,
        )
    except CaseError as error:
        return _refused(report, error)
    return _done(report, texts.CLASSIFIED)
