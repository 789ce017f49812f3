"""`/console/tro-chuyen`: citizens waiting for a person, beside the cases.

The list shows how long each has waited and who is on duty; a conversation's
page shows the thread, the answer box (Messenger's 24 h / 7 day rules), "lập
hồ sơ" pre-filled from the thread, and "kết thúc" (the operations are casework/handoffs.py's and
casework/handoff_cases.py's, shared with the command line). Both update live: the page's
script asks a small JSON address every few seconds and writes text nodes (never
markup). An officer sees only their own ward's conversations; what they read
(and a denouncer's identity blanked) is console/conversation_view.py's.
"""

from flask import Blueprint, abort, current_app, flash, g, jsonify, redirect, render_template, request, url_for

from casework.followups import conversation_opened
from casework.handoff_cases import case_draft, turn_into_case
from casework.handoffs import answer_handoff, close_by_officer, handoff_window
from casework.workflow import CaseError
from console import conversation_view as view
from console import texts
from console.replies import wake_sender
from core.case_rules import CATEGORIES, FIELDS
from core.channels import channel_of
from core.pages import officer_sees
from storage import write_transaction
from storage.handoffs import handoff_by_id
from web.address_bar import ID, row_id
from web.db import get_db

bp = Blueprint("conversations", __name__)
POLL_SECONDS = 4


@bp.get("/tro-chuyen")
def index():
    return render_template(
        "console/conversations.html", rows=view.rows(), on_duty=view.on_duty(), poll_seconds=POLL_SECONDS
    )


@bp.get("/tro-chuyen/danh-sach.json")
def list_json():
    return jsonify(conversations=view.rows())


@bp.get(f"/tro-chuyen/<{ID}:handoff_id>")
def show(handoff_id, error=None, drafts=None, status=200):
    handoff = _visible_or_404(handoff_id)
    thread = view.thread(handoff)
    db = get_db()
    with write_transaction(db):  # opened: it no longer waits for anyone (casework/escalation.py)
        conversation_opened(db, handoff["id"], g.officer)
    return render_template(
        "console/conversation.html",
        handoff=handoff,
        thread=thread,
        last_id=thread[-1]["id"] if thread else 0,
        window=handoff_window(get_db(), handoff),
        channel=channel_of(handoff["psid"]),
        on_duty=view.on_duty(),
        draft=view.draft_lines(handoff),
        error=error,
        drafts=drafts or {"content": view.redacted(handoff, case_draft(get_db(), handoff))},
        categories=CATEGORIES,
        fields=FIELDS,
        poll_seconds=POLL_SECONDS,
    ), status


@bp.get(f"/tro-chuyen/<{ID}:handoff_id>/tin-nhan.json")
def messages_json(handoff_id):
    handoff = _visible_or_404(handoff_id)
    return jsonify(status=handoff["status"], messages=view.thread(handoff, request.args.get("after", 0, type=row_id)))


@bp.post(f"/tro-chuyen/<{ID}:handoff_id>/tra-loi")
def answer(handoff_id):
    handoff = _visible_or_404(handoff_id)
    text = request.form.get("text", "")
    try:
        window = answer_handoff(get_db(), current_app.config, handoff["id"], text, g.officer, ip=request.remote_addr)
    except CaseError as error:
        return show(handoff_id, error=str(error), drafts={"reply": text}, status=400)
    wake_sender()
    flash(texts.reply_sent(window), "success")
    return redirect(url_for("console.conversations.show", handoff_id=handoff_id))


@bp.post(f"/tro-chuyen/<{ID}:handoff_id>/ket-thuc")
def close(handoff_id):
    handoff = _visible_or_404(handoff_id)
    try:
        close_by_officer(get_db(), current_app.config, handoff["id"], g.officer, ip=request.remote_addr)
    except CaseError as error:
        return show(handoff_id, error=str(error), status=400)
    wake_sender()
    flash("Đã kết thúc cuộc trò chuyện: trợ lý trả lời người dân trở lại.", "success")
    return redirect(url_for("console.conversations.index"))


@bp.post(f"/tro-chuyen/<{ID}:handoff_id>/lap-ho-so")
def make_case(handoff_id):
    handoff = _visible_or_404(handoff_id)
    form = {k: request.form.get(k, "") for k in ("category", "field", "content")}
    try:
        code = turn_into_case(get_db(), current_app.config, handoff["id"], g.officer, ip=request.remote_addr, **form)
    except CaseError as error:
        return show(handoff_id, error=str(error), drafts=form, status=400)
    wake_sender()
    flash(f"Đã lập hồ sơ {code} từ cuộc trò chuyện.", "success")
    return redirect(url_for("console.cases.show", code=code))


def _visible_or_404(handoff_id):
    handoff = handoff_by_id(get_db(), handoff_id)
    if handoff is None or not officer_sees(g.officer, handoff):
        abort(404)
    return handoff
