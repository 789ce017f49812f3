"""`/chinh-sach-quyen-rieng-tu`: the privacy policy, in Vietnamese with English below, no login.

Meta's App Review asks for its address (the app's Privacy Policy URL), and Law 91/2025/QH15 (with
Decree 356/2025/NĐ-CP, which replaced Decree 13/2023 on 1 January 2026) asks the
controller to tell citizens who it is, why and what it collects, how long it keeps it, their rights
and how to use them. Every fact comes from the ward's settings, so the page never drifts from what
the bot does: the retention periods are the ones the daily job applies (casework/retention.py). With
several wards on one server, `?trang=PAGE_ID` gives each ward its own page, as /cong-khai does.
"""

from flask import Blueprint, abort, current_app, render_template, request

from core.pages import page_config, page_ids
from core.privacy_settings import settings_of
from understanding.commands import typed_command
from web.security import add_security_headers

bp = Blueprint("privacy", __name__, template_folder="templates")
bp.after_request(add_security_headers)
PATH = "/chinh-sach-quyen-rieng-tu"


@bp.get(PATH)
def policy():
    cfg = page_config(current_app.config, _ward_page())
    return render_template("privacy/policy.html", ward=ward_facts(cfg), keep=settings_of(cfg), phrases=CHAT_PHRASES)


# What the citizen types in Messenger, as the page shows it (the bot also takes them without accents).
CHAT_PHRASES = {"DATA_MINE": "dữ liệu của tôi", "DATA_WITHDRAW": "rút lại đồng ý", "DATA_DELETE": "xóa dữ liệu của tôi"}
assert all(typed_command(text) == key for key, text in CHAT_PHRASES.items())  # nosec B101 # only what the bot knows


def ward_facts(cfg):
    return {
        "name": cfg["WARD_NAME"],
        "hotline": cfg["HOTLINE"],
        "officer": cfg["HOTLINE_OFFICER"],
        "reception": cfg["RECEPTION_ADDRESS"],
        "email": settings_of(cfg)["PRIVACY_EMAIL"],
        "code": cfg["WARD_CODE"],
    }


def _ward_page():
    """`?trang=PAGE_ID` names one ward when several share the server; an unknown one is a 404."""
    page = request.args.get("trang") or None
    known = page_ids(current_app.config)
    if page is None or known is None:
        return None
    if page not in known:
        abort(404)
    return page
