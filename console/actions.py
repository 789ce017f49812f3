"""The case page's forms: change the status, leave an internal note, assign, classify.

The rules live in casework/workflow.py (shared with the command line); here a
refused change re-shows the page with the reason and what the officer typed.
"""

from flask import Blueprint, current_app, flash, g, redirect, request, url_for

from casework.identity import hides_identity
from casework.workflow import CaseError, add_note, assign, change_status, reclassify
from console import texts
from console.cases import case_or_404, render_case
from console.replies import wake_sender
from web.db import get_db

bp = Blueprint("actions", __name__)


def _done(report, message, category="success"):
    flash(message, category)
    return redirect(url_for("console.cases.show", code=report["code"]))


def _refused(report, error, **drafts):
    return render_case(report, error=str(error), drafts=drafts, status=400)


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
        return _done(report, message + texts.STATUS_NOTIFIED)
    if result.window.state == "none":
        return _done(report, message)
    return _done(report, message + texts.STATUS_NOT_NOTIFIED, "warning")


@bp.post("/cases/<code>/note")
def note(code):
    report = case_or_404(code)
    try:
        add_note(get_db(), report["id"], request.form.get("text", ""), g.officer, ip=request.remote_addr)
    except CaseError as error:
        return _refused(report, error, note=request.form.get("text", ""))
    return _done(report, texts.NOTE_ADDED)


@bp.post("/cases/<code>/assign")
def assign_case(code):
    report = case_or_404(code)
    try:
        target = assign(
            get_db(), report["id"], request.form.get("username", "").strip(), g.officer, ip=request.remote_addr
        )
    except CaseError as error:
        return _refused(report, error)
    if target is None:
        return _done(report, texts.UNASSIGNED, "info")
    return _done(report, texts.ASSIGNED.format(name=target["full_name"] or target["username"]))


@bp.post("/cases/<code>/classify")
def classify(code):
    report = case_or_404(code)
    if (
        hides_identity(report, g.officer["role"], current_app.config)
        and request.form.get("category") != report["category"]
    ):
        # Once not a denunciation, the case would show its author to this officer (Art. 47).
        return render_case(report, error=texts.KEEP_DENUNCIATION, status=403)
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
