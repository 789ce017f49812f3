"""The printable application (đơn) for a complaint or a denunciation, pre-filled for signing.

A message is not a valid complaint or denunciation (Law on Complaints 2011,
Art. 8; Law on Denunciations 2018, Arts. 22–23): the citizen must sign a
written one. This page prints what the citizen gave, in the usual layout,
with blank lines for what is missing. For a role that may not see a
denouncer's identity, those lines stay blank for the citizen to fill in.
"""

from flask import Blueprint, abort, current_app, g, render_template, request

from casework.identity import blanker, hides_identity, masked_report
from console.cases import case_or_404
from core.case_rules import is_protected
from core.pages import page_config
from storage import write_transaction
from storage.audit import record
from storage.transcript import attachments_for_report
from web.db import get_db

bp = Blueprint("application", __name__)
KINDS = {"complaint": "ĐƠN KHIẾU NẠI", "denunciation": "ĐƠN TỐ CÁO"}


@bp.get("/cases/<code>/application")
def printable(code):
    report = case_or_404(code)
    if report["category"] not in KINDS:
        abort(404)
    db, cfg = get_db(), current_app.config
    hidden = hides_identity(report, g.officer["role"], cfg)
    # Every text blanked, as on the case page: the citizen may have typed their address anywhere.
    case = masked_report(report, blanker(report, db, cfg)) if hidden else dict(report)
    with write_transaction(db):
        record(
            db,
            g.officer,
            "application",
            report["id"],
            ip=request.remote_addr,
            detail={"with_identity": not hidden and is_protected(report)},
        )
    files = [a for a in attachments_for_report(db, report["id"]) if a["status"] == "stored"]
    return render_template(
        "console/application.html",
        case=case,
        title=KINDS[report["category"]],
        hidden=hidden,
        files=files,
        ward=page_config(cfg, report["page_id"])["WARD_NAME"],  # the case's own ward
    )
