"""`/console/tro-chuyen`: citizens waiting for a person, beside the cases.

The list shows how long each has waited and who is on duty; a conversation's
page shows the thread, the answer box (Messenger's 24 h / 7 day rules), "lập
hồ sơ" pre-filled from the thread, and "kết thúc". Both update live: the page's
script asks a small JSON address every few seconds and writes text nodes (never
markup). An officer sees only their own ward's conversations. The citizen's
PSID is never shown, and for a citizen who filed a denunciation the thread is
shown with their name, phone and address blanked out to roles that may not
see them (they may type them into the chat).
"""
from flask import Blueprint, abort, current_app, flash, g, jsonify, redirect, render_template, request, url_for

from bot.pages import officer_page, officer_sees
from console.address_bar import ID, row_id
from console.formatting import age, local_datetime
from console.handoffs import answer_handoff, case_draft, close_by_officer, turn_into_case
from console.identity import may_see_identity, redact_text
from console.replies import wake_sender
from console.window import messenger_window
from console.workflow import CATEGORIES, FIELDS, CaseError
from duty.ward import Ward
from storage import get_db
from storage.conversations import load_conversation
from storage.duty_roster import officers_on_duty
from storage.handoffs import handoff_by_id, open_handoffs, thread_of

bp = Blueprint("conversations", __name__)
POLL_SECONDS = 4
ROBOT_SENDERS = {"bot", "status_notice", "duty", "handover", None}
REASONS = {"asked": "Đề nghị gặp cán bộ", "page_inbox": "Hộp thư trang", "answered": "Cán bộ đang trả lời",
           "unmatched": "Tin nhắn chưa thuộc hồ sơ nào (trợ lý vẫn trả lời)"}


@bp.get("/tro-chuyen")
def index():
    return render_template("console/conversations.html", rows=_rows(), on_duty=_on_duty(),
                           poll_seconds=POLL_SECONDS)


@bp.get("/tro-chuyen/danh-sach.json")
def list_json():
    return jsonify(conversations=_rows())


@bp.get(f"/tro-chuyen/<{ID}:handoff_id>")
def show(handoff_id, error=None, drafts=None, status=200):
    handoff = _visible_or_404(handoff_id)
    thread = _thread(handoff)
    return render_template(
        "console/conversation.html", handoff=handoff, thread=thread, last_id=thread[-1]["id"] if thread else 0,
        window=messenger_window(get_db(), handoff["psid"]), on_duty=_on_duty(), error=error,
        drafts=drafts or {"content": _redacted(handoff, case_draft(get_db(), handoff))},
        categories=CATEGORIES, fields=FIELDS, poll_seconds=POLL_SECONDS), status


@bp.get(f"/tro-chuyen/<{ID}:handoff_id>/tin-nhan.json")
def messages_json(handoff_id):
    handoff = _visible_or_404(handoff_id)
    return jsonify(status=handoff["status"], messages=_thread(handoff, request.args.get("after", 0, type=row_id)))


@bp.post(f"/tro-chuyen/<{ID}:handoff_id>/tra-loi")
def answer(handoff_id):
    handoff = _visible_or_404(handoff_id)
    text = request.form.get("text", "")
    try:
        window = answer_handoff(get_db(), handoff["id"], text, g.officer, ip=request.remote_addr)
    except CaseError as error:
        return show(handoff_id, error=str(error), drafts={"reply": text}, status=400)
    wake_sender()
    flash("Đã gửi câu trả lời qua Messenger" + (" (ngoài 24 giờ, kèm thẻ HUMAN_AGENT)."
                                                if window.state != "open" else "."), "success")
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


def _rows():
    db = get_db()
    rows = []
    for handoff in open_handoffs(db, page_id=officer_page(g.officer)):
        thread = thread_of(db, handoff["id"])
        last_in = next((m for m in reversed(thread) if m["direction"] == "in"), None)
        rows.append({"id": handoff["id"], "url": url_for("console.conversations.show", handoff_id=handoff["id"]),
                     "since": local_datetime(handoff["opened_at"]), "waited": age(handoff["opened_at"]),
                     "answered": handoff["first_answer_at"] is not None, "page_inbox": bool(handoff["inbox_control"]),
                     "reason": REASONS.get(handoff["reason"], handoff["reason"]),
                     "last": _redacted(handoff, last_in["text"])[:140] if last_in else "",
                     "count": len(thread)})
    return rows


def _thread(handoff, after=0):
    return [{"id": m["id"], "direction": m["direction"], "who": _who(m), "at": local_datetime(m["at"]),
             "text": _redacted(handoff, m["text"]), "kind": m["kind"],
             "failed": m["delivery"] == "failed"} for m in thread_of(get_db(), handoff["id"], after)]


def _who(message):
    if message["direction"] == "in":
        return "Người dân"
    if message["kind"] == "page_inbox":
        return "Cán bộ (hộp thư trang)"
    if message["kind"] == "handover":
        return "Hệ thống"
    if message["sent_by"] not in ROBOT_SENDERS:
        return f"Cán bộ {message['sent_by']}"
    return "Trợ lý tự động"


def _redacted(handoff, text):
    """The text as this officer may read it: a denouncer's identity blanked for other roles, from
    their denunciations and from a denunciation they are drafting (not filed yet)."""
    if may_see_identity(g.officer["role"], current_app.config):
        return text
    db = get_db()
    identities = list(db.query("SELECT * FROM reports WHERE psid = ? AND category = 'denunciation'",
                               [handoff["psid"]]))
    draft = load_conversation(db, handoff["psid"])["draft"]
    if draft.get("category") == "denunciation":
        identities.append(draft)
    for identity in identities:
        text = redact_text(text, {field: identity.get(field) for field in ("name", "phone", "address")})
    return text


def _on_duty():
    db = get_db()
    names = [o["full_name"] or o["username"] for o in officers_on_duty(db, Ward(db).local_date())
             if officer_page(g.officer) is None or officer_sees(o, {"page_id": officer_page(g.officer)})]
    return names
