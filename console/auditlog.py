"""`/console/audit`: who did what, for leaders and admins; and each entry told in plain words."""

from flask import Blueprint, g, render_template, request

from bot.texts import RATING_NAMES
from console import texts
from console.auth import role_required
from core.pages import officer_page
from storage.audit import audit_entries
from web.address_bar import row_id
from web.db import get_db

bp = Blueprint("auditlog", __name__)
PAGE_SIZE = 100
WHERE = {"case": "trang hồ sơ", "inbox": "hộp thư", "json": "dữ liệu JSON"}


@bp.get("/audit")
@role_required("leader", "admin")
def index():
    action = request.args.get("action") if request.args.get("action") in texts.AUDIT_ACTIONS else None
    actor = request.args.get("actor", "").strip()[:100] or None
    before = request.args.get("before", type=row_id)
    entries = audit_entries(get_db(), action, actor, before, PAGE_SIZE + 1, officer_page(g.officer))
    more = len(entries) > PAGE_SIZE
    entries = entries[:PAGE_SIZE]
    return render_template(
        "console/audit.html",
        entries=entries,
        action=action,
        actor=actor or "",
        next_before=entries[-1]["id"] if more else None,
    )


def describe(entry):
    """One line a leader reads without knowing the database: what changed."""
    d, action = entry["detail"] or {}, entry["action"]
    status = texts.STATUS_NAMES
    if action == "status":
        line = f"{status.get(d.get('from'), d.get('from'))} → {status.get(d.get('to'), d.get('to'))}"
        if d.get("forwarded_to"):
            line += f" (chuyển đến {d['forwarded_to']})"
        return line + (
            "; đã báo người dân qua Messenger" if d.get("citizen_told") else "; chưa báo được người dân qua Messenger"
        )
    if action == "assign":
        return f"giao cho {d['username']}" if d.get("username") else "bỏ giao, chưa ai phụ trách"
    if action == "answer":
        if not d.get("sent"):
            return "Messenger không gửi được (quá 7 ngày hoặc không qua Messenger); câu trả lời lưu vào hồ sơ"
        return "đã xếp gửi qua Messenger" + (" (ngoài 24 giờ, thẻ HUMAN_AGENT)" if d.get("tag") else "")
    if action == "classify":
        (old_category, old_field), (category, field) = d.get("from", ["", ""]), d.get("to", ["", ""])
        names = texts.CATEGORY_NAMES, texts.FIELD_NAMES
        return (
            f"{names[0].get(old_category, old_category)}, {names[1].get(old_field, old_field)} → "
            f"{names[0].get(category, category)}, {names[1].get(field, field)}"
        )
    if action == "export":
        identity = "có danh tính người tố cáo" if d.get("with_identity") else "không có danh tính người tố cáo"
        return f"{str(d.get('format', '')).upper()}, {d.get('count', '?')} hồ sơ, {identity}"
    if action == "view_identity":
        codes = ", ".join(d.get("codes", []))
        return WHERE.get(d.get("where"), d.get("where", "")) + (f": {codes}" if codes else "")
    if action == "application":
        return "có điền danh tính người tố cáo" if d.get("with_identity") else ""
    if action == "rating":  # a verdict from Messenger or heard on a call
        how = "qua điện thoại" if d.get("source") == "call" else "qua Messenger"
        return f"{RATING_NAMES.get(d.get('rating'), d.get('rating'))} ({how})"
    if action == "template":
        return f'thêm mẫu "{d["title"]}"' if d.get("title") else "xóa một mẫu"
    if action in ("calendar", "roster", "messenger_link"):  # the duty page
        return _describe_duty(action, d)
    if action in CHAIN_ACTIONS:
        return _describe_chain(action, d)
    return ""


CHAIN_ACTIONS = ("approve_answer", "return_answer", "consult", "consult_answer", "direct", "department")


def _describe_chain(action, d):
    if action == "approve_answer":
        return f"câu trả lời của {d.get('drafted_by')}; " + describe({"action": "answer", "detail": d})
    if action == "return_answer":
        return f"trả lại cho {d.get('drafted_by')}"
    if action == "consult":
        due = d.get("due", "")
        return f"{d.get('department')}, hạn {due[8:10]}/{due[5:7]}/{due[:4]}" + (
            "; đã gửi e-mail" if d.get("emailed") else "; đơn vị chưa có e-mail, cán bộ gửi liên kết"
        )
    if action == "consult_answer":
        return f"{d.get('by')}" + (f", kèm {d['files']} tệp" if d.get("files") else "")
    if action == "direct":
        return (
            "đã báo cán bộ phụ trách" if d.get("notices") else "chưa báo được cán bộ nào (chưa giao hoặc không có kênh)"
        )
    state = "" if d.get("in_use", True) else " (ngừng nhận yêu cầu)"
    return f"{d.get('name')}{state}" + (f", e-mail {d['email']}" if d.get("email") else "")


def _describe_duty(action, d):
    day = d.get("day", "")
    if action == "calendar":
        if d.get("removed"):
            return f"{day}: xóa khỏi bảng của phường"
        return f"{day}: {'ngày nghỉ' if d.get('kind') == 'off' else 'ngày làm bù'} ({d.get('note') or ''})"
    if action == "roster":
        return f"{day}: {', '.join(d.get('usernames') or []) or 'về lịch trực mặc định'}"
    return "hủy liên kết" if d.get("unlinked") else "lấy mã liên kết"
