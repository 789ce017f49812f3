"""`/console/thong-bao`: the notices owed to officers that have not gone, for admins.

Held ones say why and until when, failed ones what the e-mail server or Meta
answered; both go out by themselves (casework/notices.py), and "Gửi lại" sends
one again now. The sent ones of the last days are listed below, so an admin can
see that the others went. An admin of one ward sees that ward's only.
"""

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, url_for

from casework.notice_list import notice_rows
from casework.notices import retry_notice
from console.auth import role_required
from console.replies import wake_sender
from core.pages import officer_page, officer_sees
from storage import write_transaction
from storage.audit import record
from storage.notices import notice_by_id
from web.address_bar import ID
from web.db import get_db

bp = Blueprint("notices", __name__)
RECENT = 50


@bp.get("/thong-bao")
@role_required("admin")
def index():
    db, page = get_db(), officer_page(g.officer)
    with write_transaction(db):  # settled first: an e-mail that just went says "đã gửi"
        waiting = notice_rows(db, ("held", "failed"), page)
        recent = notice_rows(db, ("queued", "sent", "cancelled"), page, RECENT)
    return render_template("console/notices.html", waiting=waiting, recent=recent)


@bp.post(f"/thong-bao/<{ID}:notice_id>/gui-lai")
@role_required("admin")
def retry(notice_id):
    db = get_db()
    with write_transaction(db):
        notice = notice_by_id(db, notice_id)
        if notice is None or not officer_sees(g.officer, notice):
            abort(404)
        queued = retry_notice(db, current_app.config, notice_id)
        record(db, g.officer, "notice_retry", notice["report_id"], detail={"notice": notice_id, "queued": len(queued)})
    wake_sender()
    flash(
        "Đã gửi lại thông báo." if queued else "Chưa gửi được: vẫn chưa có kênh hoặc cán bộ nhận (xem lý do).",
        "success" if queued else "info",
    )
    return redirect(url_for("console.notices.index"))
