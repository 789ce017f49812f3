"""The case page's answer box: the HTTP side of answering the citizen (casework/answers.py decides
how, or whether, Messenger delivers it, and keeps it on the case)."""

from flask import Blueprint, current_app, flash, g, redirect, request, url_for

from casework.answers import answer_citizen, call_instead
from casework.workflow import CaseError
from console import texts
from console.cases import case_or_404, render_case
from web.db import get_db

bp = Blueprint("replies", __name__)


def wake_sender():
    workers = current_app.extensions.get("pakn_workers")
    if workers:
        workers.wake_sender()


@bp.post("/cases/<code>/reply")
def reply(code):
    report = case_or_404(code)
    text = request.form.get("text", "")
    try:
        result = answer_citizen(get_db(), current_app.config, report["id"], text, g.officer, ip=request.remote_addr)
    except CaseError as error:
        return render_case(report, error=str(error), drafts={"reply": text}, status=400)
    if result.held:
        flash(texts.REPLY_HELD, "info")
    elif result.sent:
        wake_sender()
        flash(texts.reply_sent(result.window), "success")
    else:
        call = call_instead(current_app.config, report, g.officer)
        flash(texts.reply_not_sent(result.window).format(call=call), "warning")
    return redirect(url_for("console.cases.show", code=report["code"]))
