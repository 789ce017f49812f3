"""`/console/hotline`: the form an officer fills while on the phone; and linking a caller to the
Messenger citizen with the same phone. Children of the console's blueprint (login required)."""

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, url_for

from bot.texts import CHANNEL_NAMES
from casework.hotline import CONSENT_SCRIPT, CallError, check_call, link_messenger, messenger_matches, record_call
from casework.identity import may_see_identity
from casework.publishing import ORAL_SCRIPT
from casework.texts import chat_channel_name
from casework.workflow import NotAllowed
from console.cases import case_or_404, render_case
from core.case_rules import CATEGORIES, FIELDS
from web.db import get_db

bp = Blueprint("hotline", __name__, template_folder="templates")
bp.add_app_template_global(chat_channel_name, "chat_channel")  # the case page names the caller's chat


@bp.get("/hotline")
def form():
    return render_template("console/hotline.html", values={"category": "feedback", "field": "other"}, **_choices())


@bp.post("/hotline")
def record():
    values = request.form.to_dict()
    try:
        call = check_call(values)
        _, code, duty = record_call(get_db(), current_app.config, call, g.officer)
    except CallError as error:
        return render_template("console/hotline.html", values=values, error=str(error), **_choices()), 400
    flash(
        f"Đã ghi nhận cuộc gọi thành hồ sơ {code}, hạn {duty.deadline:%d/%m/%Y}. Vui lòng đọc mã hồ sơ "
        "cho người gọi để tra cứu.",
        "success",
    )
    return redirect(url_for("console.cases.show", code=code))


def _choices():
    return {"categories": CATEGORIES, "fields": FIELDS, "consent_script": CONSENT_SCRIPT, "publish_script": ORAL_SCRIPT}


@bp.post("/cases/<code>/link-messenger")
def link(code):
    report = case_or_404(code)
    try:
        link_messenger(
            get_db(), current_app.config, report, request.form.get("psid", ""), g.officer, ip=request.remote_addr
        )
    except NotAllowed as error:
        return render_case(report, error=str(error), status=403)
    except CallError as error:
        return render_case(report, error=str(error), status=400)
    channel = chat_channel_name(request.form.get("psid", ""))
    flash(
        f"Đã liên kết: câu trả lời và thông báo của hồ sơ này sẽ gửi cả qua {channel} (khi {channel} cho phép).",
        "success",
    )
    return redirect(url_for("console.cases.show", code=report["code"]))


@bp.app_template_global()
def caller_links(case, hidden):
    """For the case page: Messenger citizens who gave this hotline caller's phone."""
    if case["channel"] != "hotline" or hidden:
        return []
    return messenger_matches(get_db(), case, _sees_identity())


def _sees_identity():
    return may_see_identity(g.officer["role"], current_app.config)


@bp.app_template_filter()
def channel_name(channel):
    return CHANNEL_NAMES.get(channel, channel or "")
