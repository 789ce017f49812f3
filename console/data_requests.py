"""`/console/data-requests`: citizens' requests about their data, for leaders and admins.

A data subject's request is answered within 2 working days (Decree 356/2025/NĐ-CP;
casework/data_request_dates.py). The chat's are answered at once; what waits for an officer (a
Meta deletion request whose ID matching Facebook did not answer) is listed first, with its last day,
an overdue one marked, and a button that retries the matching and erases. A ward's leader sees
their ward's requests only.
"""

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, url_for

from casework.data_request_dates import with_due_dates
from console import texts
from console.auth import role_required
from core.pages import officer_page
from messenger.deletion_requests import finish_waiting
from messenger.send_api import SendError
from storage.data_requests import recent_answered, request_by_id, waiting_requests
from web.address_bar import ID
from web.db import get_db

bp = Blueprint("data_requests", __name__)


@bp.get("/data-requests")
@role_required("leader", "admin")
def index():
    db, cfg, page = get_db(), current_app.config, officer_page(g.officer)
    return render_template(
        "console/data_requests.html",
        waiting=with_due_dates(db, cfg, waiting_requests(db, page)),
        answered=with_due_dates(db, cfg, recent_answered(db, page)),
    )


@bp.post(f"/data-requests/<{ID}:request_id>/retry")
@role_required("leader", "admin")
def retry(request_id):
    db, page = get_db(), officer_page(g.officer)
    found = request_by_id(db, request_id)
    if found is None or found["answered_at"] or found["source"] != "meta" or page not in (None, found["page_id"]):
        abort(404)
    try:
        outcome = finish_waiting(db, current_app.config, found, actor=g.officer)
    except SendError as error:
        flash(texts.DATA_REQUEST_STILL_WAITING.format(error=error, code=found["code"]), "warning")
    else:
        flash(texts.DATA_REQUEST_DONE.format(code=found["code"], **outcome), "success")
    return redirect(url_for("console.data_requests.index"))
