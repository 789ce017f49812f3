"""The officer's console at /console: read, answer and track every case.

One parent blueprint holds the session check, the error pages and the
templates; each concern is a child blueprint in its own module (auth, inbox,
cases, replies, actions, application, auditlog, export, stats,
answer_templates). `init_app` is called once by the app factory.
"""

from flask import Blueprint, abort, current_app, g, render_template
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from console import texts
from console.formatting import register_filters
from core.pages import officer_page, page_config
from web import security

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
        duty,
        export,
        inbox,
        replies,
        stats,
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
    for module in (auth, inbox, cases, replies, actions, application, auditlog, export, stats, answer_templates, duty):
        bp.register_blueprint(module.bp)
    from console import hotline as hotline_views  # issue 8: hotline calls, ratings, publication
    from console import publication as publication_views
    from console import ratings as satisfaction_views
    from console import understanding  # issue 12: the knowledge base and keyword tables, for leaders

    for module in (hotline_views, satisfaction_views, publication_views, understanding):
        bp.register_blueprint(module.bp)
    from console import (
        conversations,  # issue 13: citizens waiting for a person
        data_requests,  # citizens' requests about their data, and their due dates
    )

    bp.register_blueprint(conversations.bp)
    bp.register_blueprint(data_requests.bp)

    @bp.route("/<path:unknown>")
    def not_found(unknown):
        abort(404)  # a mistyped console address gets the console's page, after the login check

    @bp.context_processor
    def console_globals():
        officer = g.get("officer")
        # Several wards on one server: each officer's pages carry their own ward's name.
        ward = page_config(current_app.config, officer_page(officer) if officer else None)
        return {"officer": officer, "texts": texts, "ward_name": ward["WARD_NAME"]}

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
