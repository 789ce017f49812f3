"""The case page: the whole conversation with its photos and files, the gathered fields, the
consent record, the deadline and the history; plus the case as JSON and the file downloads."""

import os

from flask import Blueprint, abort, current_app, g, jsonify, render_template, request, send_file

from casework.chain import chain_of_case
from casework.followups import case_opened
from casework.identity import blanker, hides_identity, masked_json, masked_report
from casework.window import messenger_window
from casework.workflow import allowed_next
from console.formatting import today_iso
from core.case_rules import CATEGORIES, FIELDS, OPEN_STATUSES, is_protected
from core.filetypes import extension, sniff_file
from core.pages import officer_sees, page_config
from storage import write_transaction
from storage.answer_templates import list_templates
from storage.audit import case_history, record
from storage.casework import attachment_of_case, delivery_problems, thread_for_report
from storage.officers import list_officers
from storage.receipts import receipt_marks
from storage.reports import consent_of, report_as_json, report_by_code
from understanding.knowledge import render
from web.address_bar import ID
from web.db import get_db

bp = Blueprint("cases", __name__)
# Shown inline; anything else (SVG and HTML included) downloads, so no file runs as a page of ours.
INLINE_TYPES = {"image/jpeg", "image/png", "image/gif", "image/webp"}


def case_or_404(code):
    report = report_by_code(get_db(), code.strip().upper())
    if report is None or not officer_sees(g.officer, report):  # another ward's case does not exist here
        abort(404)
    return report


def visible_case(report, where, shown=()):
    """(the row as this officer may see it, the blanking of its author's words or None when they see
    them); a protected author's identity shown is audit-logged. `shown`: the texts about to be shown
    (the thread), read for the names the author typed there."""
    if hides_identity(report, g.officer["role"], current_app.config):
        blank = blanker(report, get_db(), current_app.config, shown)
        return masked_report(report, blank), blank
    if is_protected(report):
        db = get_db()
        with write_transaction(db):
            record(db, g.officer, "view_identity", report["id"], ip=request.remote_addr, detail={"where": where})
    return dict(report), None


@bp.get("/cases/<code>")
def show(code):
    """The case page; opening it is recorded (it ends "tin mới" and an urgent case's wait), after
    the page is built from the case as it was, so that it still says what was new."""
    report = case_or_404(code)
    page = render_case(report)
    db = get_db()
    with write_transaction(db):
        case_opened(db, report["id"], g.officer)
    return page


def render_case(report, error=None, drafts=None, status=200):
    """The case page; after a refused form, with the error and what the officer typed kept."""
    db = get_db()
    thread = thread_for_report(db, report["id"])
    case, blank = visible_case(report, "case", [m["text"] for m in thread if m["direction"] == "in"])
    marks = receipt_marks(db, report["psid"], [m["outbox_id"] for m in thread if m["outbox_id"]], report["page_id"])
    for message in thread:  # "đã nhận" / "đã xem" on each answer, from Meta's receipts
        message["receipt"] = marks.get(message["outbox_id"])
        if blank:
            message["text"] = blank(message["text"])
    page = render_template(
        "console/case.html",
        case=case,
        hidden=blank is not None,
        blank=blank,
        thread=thread,
        error=error,
        drafts=drafts or {},
        window=messenger_window(db, report["psid"], page_id=report["page_id"]),
        consent=consent_of(db, report["consent_id"]),
        about=next(db.query("SELECT code FROM reports WHERE id = ?", [report.get("about_report_id")]), None),
        history=case_history(db, report["id"]),
        problems=delivery_problems(db, report["id"]),
        templates=_templates_for(db, report),
        officers=[o for o in list_officers(db, include_disabled=False) if officer_sees(o, report)],
        next_statuses=allowed_next(report["status"]),
        overdue=report["deadline"] < today_iso() and report["status"] in OPEN_STATUSES,
        categories=CATEGORIES,
        fields=FIELDS,
        inline_types=INLINE_TYPES,
    )
    return page, status


def _templates_for(db, report):
    """The ward's templates with its placeholders filled for the case's own ward, once."""
    settings = page_config(current_app.config, report["page_id"])
    return [dict(t, body=render(t["body"], settings)) for t in list_templates(db, report["page_id"])]


@bp.get("/cases/<code>/json")
def as_json(code):
    report = case_or_404(code)
    data = report_as_json(get_db(), report)
    _, blank = visible_case(report, "json", [m["text"] for m in data["messages"] if m["direction"] == "in"])
    data = masked_json(data, report, blank) if blank else data
    return jsonify({**data, **chain_of_case(get_db(), current_app.config, report, mask=bool(blank))})


@bp.get(f"/files/<{ID}:attachment_id>")
def attachment(attachment_id):
    row = attachment_of_case(get_db(), attachment_id)
    if row is None or row["status"] != "stored" or not row["path"] or not officer_sees(g.officer, row):
        abort(404)
    return send_stored_file(row["path"], row["content_type"], f"{row['code']}-tep-{row['id']}")


def send_stored_file(stored_path, stored_type, name):
    """A stored file as a download (or an image shown inline), never as a page of ours; `name`
    without extension: the real type's is added."""
    path = _inside_attachments_dir(stored_path)
    # Inline only when the stored type (sniffed at download) and the bytes on disk agree on an image.
    real_type = sniff_file(path)
    inline = real_type in INLINE_TYPES and stored_type == real_type and request.args.get("download") != "1"
    response = send_file(
        path,
        mimetype=real_type if inline else "application/octet-stream",
        as_attachment=not inline,
        download_name=f"{name}{extension(real_type)}",
    )
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"  # a file is never a page
    return response


def _inside_attachments_dir(path):
    """The file's real path, only if it lies under ATTACHMENTS_DIR (no `..`, no symlink out)."""
    root = os.path.realpath(current_app.config["ATTACHMENTS_DIR"])
    real = os.path.realpath(path)
    if os.path.commonpath([root, real]) != root or not os.path.isfile(real):
        abort(404)
    return real
