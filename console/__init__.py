"""The officer's console at /console: read, answer and track every case.

One parent blueprint holds the session check, the error pages and the templates; each page or
concern is a child blueprint in a module of its own, all listed in `create_blueprint` (which the
app factory calls once, through `init_app`). Besides them the package holds what several pages
share: the console's wording (texts.py), dates and phones as an office writes them (formatting.py),
what the "Trò chuyện" pages show (conversation_view.py) and do (handoffs.py), and the handoff
figures of the statistics page (handoff_stats.py).
"""

from flask import Blueprint, abort, current_app, g, render_template
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from console import texts
from console.formatting import register_filters
from core.pages import officer_page, page_config
from storage.alerts import open_alerts
from web import security
from web.db import get_db

ERRORS = {
    400: "Yêu cầu không hợp lệ.",
    403: "Anh/chị không có quyền xem trang này.",
    404: "Không tìm thấy trang hoặc hồ sơ này.",
    405: "Thao tác này không thực hiện được ở đây.",
    413: "Nội dung gửi lên quá lớn.",
    429: "Thao tác quá nhiều lần. Vui lòng thử lại sau.",
}


def create_blueprint():
    from console import (
        actions,
        answer_templates,
        application,
        auditlog,
        auth,
        cases,
        chain,
        conversations,
        data_requests,
        departments,
        duty,
        export,
        hotline,
        inbox,
        notices,
        publication,
        ratings,
        replies,
        stats,
        understanding,
    )

    children = (
        auth,  # logging in and out
        inbox,  # /console: the cases, filters, search
        cases,  # a case's page: the conversation, photos and files, history; its JSON
        replies,  # answering the citizen, as Messenger's 24 h / 7 day window allows
        actions,  # status, internal note, assignment, category
        application,  # the printable đơn of a complaint or denunciation
        auditlog,  # who did what, for leaders and admins
        export,  # the list as CSV or XLSX
        stats,  # counts by category, field, month and channel, with a chart
        answer_templates,  # saved answers
        duty,  # days off, the duty roster, the officer's Messenger link
        hotline,  # a call recorded as a case
        ratings,  # the citizen's verdict, and one heard on the phone
        publication,  # a case on /cong-khai, or off it
        understanding,  # "Hỏi đáp": what the bot understands and answers, for leaders
        conversations,  # "Trò chuyện": citizens waiting for a person
        data_requests,  # citizens' requests about their data, and their due dates
        chain,  # proposal, direction, a department's advice, an answer a leader approves
        departments,  # the ward's departments and their e-mail, for admins
        notices,  # notices owed to officers that are held or failed, for admins
    )
    bp = Blueprint(
        "console",
        __name__,
        url_prefix="/console",
        template_folder="templates",
        static_folder="static",
        static_url_path="/static",
    )
    bp.before_request(auth.load_officer)
    bp.after_request(security.add_security_headers)
    for child in children:
        bp.register_blueprint(child.bp)

    @bp.route("/<path:unknown>")
    def not_found(unknown):
        abort(404)  # a mistyped console address gets the console's page, after the login check

    @bp.context_processor
    def console_globals():
        officer = g.get("officer")
        # Several wards on one server: each officer's pages carry their own ward's name.
        ward = page_config(current_app.config, officer_page(officer) if officer else None)
        # What the admin must act on (a revoked page token, a Zalo refresh that failed), on every page: the
        # admins read it; the other officers are told only that replies or notices may not be leaving (a
        # message may name a colleague's e-mail address, or another ward's Zalo OA).
        alerts = open_alerts(get_db()) if officer else []
        if alerts and officer["role"] != "admin":
            alerts = [{"kind": "for_officers", "message": texts.SYSTEM_ALERT_FOR_OFFICERS}]
        return {"officer": officer, "texts": texts, "ward_name": ward["WARD_NAME"], "alerts": alerts}

    @bp.errorhandler(CSRFError)
    def csrf_error(error):
        message = (
            "Biểu mẫu đã hết hạn hoặc không hợp lệ (thiếu mã bảo vệ), nên chưa được lưu. Anh/chị "
            "quay lại trang trước rồi gửi lại: nội dung đang soạn vẫn còn ở đó."
        )
        return render_template("console/error.html", message=message, back=security.page_before()), 400

    @bp.errorhandler(HTTPException)
    def http_error(error):
        message = ERRORS.get(error.code, error.description)
        return render_template("console/error.html", message=message, back=security.page_before()), error.code

    return bp


def init_app(app):
    from console.auditlog import describe

    security.init_app(app)
    register_filters(app)
    app.add_template_filter(describe, "describe")
    app.register_blueprint(create_blueprint())
