"""The case page's publication controls: take a case off /cong-khai, or put it back (audit-logged)."""

from flask import Blueprint, current_app, flash, g, redirect, request, url_for

from casework.publishing import set_withheld, state
from console.cases import case_or_404
from web.db import get_db

bp = Blueprint("publication", __name__, template_folder="templates")


@bp.post("/cases/<code>/unpublish")
def unpublish(code):
    report = case_or_404(code)
    set_withheld(get_db(), current_app.config, report["id"], True, g.officer, ip=request.remote_addr)
    flash("Đã gỡ hồ sơ khỏi trang công khai.", "success")
    return redirect(url_for("console.cases.show", code=report["code"]))


@bp.post("/cases/<code>/publish")
def publish(code):
    report = case_or_404(code)
    public = set_withheld(get_db(), current_app.config, report["id"], False, g.officer, ip=request.remote_addr)
    if public:
        flash("Hồ sơ đang hiện trên trang công khai (bản đã xóa thông tin cá nhân).", "success")
    else:
        flash("Hồ sơ chưa đăng được: " + (state(get_db(), case_or_404(code))["why"] or ""), "warning")
    return redirect(url_for("console.cases.show", code=report["code"]))


@bp.app_template_global()
def case_publication(case):
    return state(get_db(), case)
