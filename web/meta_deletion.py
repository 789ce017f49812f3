"""`POST /meta/data-deletion`: Meta's Data Deletion Request callback, and the status page it points to.

When someone removes the app from their Facebook account (or asks Meta to delete their data),
Meta posts a `signed_request` naming them by their app-scoped id. We verify it (refused, nothing
stored, when the signature, algorithm or encoding is wrong), find their PSIDs through ID
matching, erase as the chat's "xóa dữ liệu của tôi" does (casework/erasure.py: complaint and
denunciation files are kept as the law requires) and answer `{"url", "confirmation_code"}`. The
status page at that URL says what was done, in counts, never whose data it was.
"""

import logging

from flask import Blueprint, abort, current_app, jsonify, render_template, request

from casework import erasure
from core.pages import page_config
from core.privacy_settings import settings_of
from messenger import id_matching, signed_request
from messenger.send_api import SendError
from storage import audit
from storage.data_requests import record_request, request_by_code
from storage.db import write_transaction
from web.db import get_db
from web.security import add_security_headers

log = logging.getLogger(__name__)
bp = Blueprint("meta_deletion", __name__, template_folder="templates")
bp.after_request(add_security_headers)
ACTOR = "meta"  # the audit log's actor: the request came through Meta's callback


@bp.post("/meta/data-deletion")
def deletion_request():
    cfg = current_app.config
    try:
        payload, secret = signed_request.verify(request.form.get("signed_request"), list(_apps(cfg)))
    except signed_request.BadSignedRequest as refused:
        log.warning("data deletion request refused: %s", refused)
        return jsonify(error=str(refused)), 403 if refused.signature_wrong else 400
    app_id, pages = _apps(cfg)[secret]
    try:
        matched = id_matching.psids_for(cfg, payload["user_id"], app_id, secret, pages)
        outcome = _erase_all(cfg, matched)
    except SendError as error:  # kept, so the ward can finish it by hand; the page says so
        log.error("data deletion request: ID matching failed: %s", error)
        outcome = {"matched": 0, "unmatched_reason": "graph"}
    with write_transaction(get_db()) as db:
        code = record_request(db, "meta", "delete", outcome)
        audit.record(
            db,
            ACTOR,
            "data_delete",
            detail=dict(outcome, request=code),
            note="Yêu cầu xóa dữ liệu qua Facebook (Meta)"
            + ("" if outcome["matched"] else ": không tìm thấy người dân nào khớp."),
        )
    return jsonify(url=status_url(cfg, code), confirmation_code=code)


@bp.get("/meta/data-deletion/<code>")
def status(code):
    found = request_by_code(get_db(), code[:64])
    if found is None or found["source"] != "meta":
        abort(404)
    return render_template(
        "privacy/deletion_status.html",
        request=found,
        outcome=found["outcome"],
        years=settings_of(current_app.config)["OFFICIAL_RECORD_YEARS"],
        ward=current_app.config["WARD_NAME"],
    )


def status_url(cfg, code):
    base = settings_of(cfg)["PUBLIC_URL"] or request.url_root.rstrip("/")
    return f"{base}/meta/data-deletion/{code}"


def _apps(cfg):
    """app secret → (app id, the page ids it serves, or None for a single ward)."""
    if not cfg.get("PAGES"):
        return {cfg["APP_SECRET"]: (cfg.get("APP_ID", ""), None)}
    apps = {}
    for page in cfg["PAGES"]:
        app_id, pages = apps.get(page["APP_SECRET"], (page.get("APP_ID") or cfg.get("APP_ID", ""), set()))
        apps[page["APP_SECRET"]] = (app_id, pages | {page["PAGE_ID"]})
    return apps


def _erase_all(cfg, matched):
    """Erase each matched PSID in one transaction; the counts for the status page."""
    outcome = {"matched": len(matched), "anonymised": 0, "kept": 0}
    with write_transaction(get_db()) as db:
        for psid, page_id in matched:
            anonymised, kept = erasure.erase_and_log(db, page_config(cfg, page_id), psid, ACTOR, "qua Facebook (Meta)")
            outcome["anonymised"] += len(anonymised)
            outcome["kept"] += len(kept)
    return outcome
