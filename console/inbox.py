"""`/console`: the inbox. Open urgent cases first (with a badge; "khẩn" filters them), then the rest
newest first, filters, search, and pages cut by id. A case the citizen wrote to since an officer
last opened it says "tin mới".

Leaders (roles in IDENTITY_ROLES) see denouncers' names here, so each page
that shows one is audit-logged; other roles see "(bảo mật)".
"""

import dataclasses

from flask import Blueprint, current_app, g, render_template, request

from bot.texts import CHANNEL_NAMES
from casework.identity import blanker, citizen_label, hides_identity, may_see_identity
from console.formatting import today_iso
from core.case_rules import CATEGORIES, FIELDS, OPEN_STATUSES, STATUSES, is_protected
from core.pages import officer_page
from storage import write_transaction
from storage.answer_drafts import report_ids_waiting_approval
from storage.audit import record
from storage.search import InboxFilter, find_reports, open_urgent_reports
from web.address_bar import row_id
from web.db import get_db

bp = Blueprint("inbox", __name__)
PAGE_SIZE = 50


def filter_from_args(args, officer):
    """The inbox filter from the query string; unknown values are ignored, never an error."""

    def pick(name, allowed):
        value = args.get(name, "")
        return value if value in allowed else None

    return InboxFilter(
        status=pick("status", STATUSES),
        category=pick("category", CATEGORIES),
        field=pick("field", FIELDS),
        overdue=args.get("overdue") == "1",
        assigned_to=officer["id"] if args.get("mine") == "1" else None,
        query=args.get("q", "").strip()[:200],
        today=today_iso(),
        channel=pick("channel", CHANNEL_NAMES),
        page_id=officer_page(officer),
        urgent=args.get("urgent") == "1",
    )


def with_identity(officer):
    return may_see_identity(officer["role"], current_app.config)


@bp.get("/")
def index():
    officer, db = g.officer, get_db()
    flt = filter_from_args(request.args, officer)
    after = request.args.get("after", type=row_id)
    # Open urgent cases come first, on the first page, and are left out of the pages cut by id (with
    # "khẩn" every case listed is urgent: nothing to put first).
    apart = not flt.urgent
    first = open_urgent_reports(db, flt, with_identity(officer)) if apart and not after else []
    listed = dataclasses.replace(flt, urgent_apart=True) if apart else flt
    rows, next_after = find_reports(db, listed, with_identity(officer), after, PAGE_SIZE)
    known = {}  # each protected person's identities, looked up once per page
    cases = [inbox_row(row, officer, flt.today, db, known) for row in first + rows]
    shown_rows = first + rows
    waiting = report_ids_waiting_approval(db, [row["id"] for row in shown_rows])  # an answer a leader has to approve
    for case, row in zip(cases, shown_rows, strict=True):
        case["awaiting_approval"] = row["id"] in waiting
    shown_identities = [c["code"] for c in cases if c["confidential"] and not c["hidden"]]
    if shown_identities:
        with write_transaction(db):
            record(
                db,
                officer,
                "view_identity",
                ip=request.remote_addr,
                detail={"codes": shown_identities, "where": "inbox"},
            )
    args = {k: v for k, v in request.args.items() if k != "after" and v}
    return render_template(
        "console/inbox.html",
        cases=cases,
        flt=flt,
        args=args,
        next_after=next_after,
        first_page=not after,
        statuses=STATUSES,
        categories=CATEGORIES,
        fields=FIELDS,
        channels=CHANNEL_NAMES,
    )


def inbox_row(row, officer, today, db=None, known=None):
    cfg = current_app.config
    hidden = hides_identity(row, officer["role"], cfg)
    summary = blanker(row, db, cfg, known=known)(row["content"]) if hidden else row["content"] or ""
    return {
        "code": row["code"],
        "category": row["category"],
        "field": row["field"],
        "status": row["status"],
        "created_at": row["created_at"],
        "deadline": row["deadline"],
        "overdue": row["deadline"] < today and row["status"] in OPEN_STATUSES,
        "citizen": citizen_label(row, hidden),
        "hidden": hidden,
        "confidential": is_protected(row),
        "assignee": row["assignee_name"] or row["assignee"] or "",
        "summary": " ".join(summary.split())[:140],
        "flagged": row["flagged"],
        "channel": row["channel"],
        "review": row["review"],
        "urgent": bool(row["urgent"]),
        "unseen": row["unseen_since"] is not None,
        "escalated": row["escalated_at"] is not None and row["status"] in OPEN_STATUSES,
    }
