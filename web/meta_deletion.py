"""`POST /meta/data-deletion`: Meta's Data Deletion Request callback, and the status page it points to.

When someone removes the app from their Facebook account (or asks Meta to delete their data),
Meta posts a `signed_request` naming them by their app-scoped id. We verify it (refused, nothing
stored, when the signature, algorithm or encoding is wrong, or when it was issued more than an hour
ago: messenger/signed_request.py), find their PSIDs on the pages of the app that signed it through
ID matching, erase as the chat's "xóa dữ liệu của tôi" does, each on its own page
(messenger/deletion_requests.py; complaint and denunciation files are kept as the law requires) and
answer `{"url", "confirmation_code"}`. The same request posted again gets the same answer and
erases nothing. The status page at that URL says what was done, in counts, never whose data it was,
under the name of the ward it concerns.
"""

import logging

from flask import Blueprint, abort, current_app, jsonify, render_template, request

from casework.data_request_dates import due_date
from core.pages import page_config
from core.privacy_settings import settings_of
from messenger import deletion_requests, signed_request
from storage.data_requests import request_by_code
from web.db import get_db
from web.security import add_security_headers

log = logging.getLogger(__name__)
bp = Blueprint("meta_deletion", __name__, template_folder="templates")
bp.after_request(add_security_headers)


@bp.post("/meta/data-deletion")
def deletion_request():
    cfg = current_app.config
    signed = request.form.get("signed_request")
    try:
        payload, secret = signed_request.verify(signed, list(deletion_requests.apps(cfg)))
    except signed_request.BadSignedRequest as refused:
        log.warning("data deletion request refused: %s", refused)
        return jsonify(error=str(refused)), 403 if refused.signature_wrong else 400
    code = deletion_requests.handle(get_db(), cfg, signed, str(payload["user_id"]), secret)
    return jsonify(url=status_url(cfg, code), confirmation_code=code)


@bp.get("/meta/data-deletion/<code>")
def status(code):
    found = request_by_code(get_db(), code[:64])
    if found is None or found["source"] != "meta":
        abort(404)
    ward = page_config(current_app.config, found["page_id"])
    waiting = found["answered_at"] is None
    return render_template(
        "privacy/deletion_status.html",
        request=found,
        outcome=found["outcome"],
        years=settings_of(ward)["OFFICIAL_RECORD_YEARS"],
        ward=ward["WARD_NAME"],
        due=due_date(get_db(), current_app.config, found) if waiting else None,
    )


def status_url(cfg, code):
    base = settings_of(cfg)["PUBLIC_URL"] or request.url_root.rstrip("/")
    return f"{base}/meta/data-deletion/{code}"
