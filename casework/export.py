"""The cases an officer exports (the console's CSV/XLSX buttons, `python -m bot console export`):
which rows, which cells, and the audit entry; casework/spreadsheets.py writes the files.

A denouncer's name, phone and address are left out unless the role may see them,
and only the officer's own ward's cases are exported (several wards on one server),
whichever face asks. Every export is audit-logged with its filter and size.
"""

import dataclasses
import datetime as dt
import zoneinfo

from casework import texts
from casework.identity import blanker, hides_identity, may_see_identity
from core.case_rules import OPEN_STATUSES
from core.pages import officer_page
from core.validation import format_phone
from storage.audit import record
from storage.db import joined_transaction
from storage.search import count_reports, iter_reports


@dataclasses.dataclass
class Export:
    count: int
    rows: object  # an iterator of cell lists, read once while the file is written
    today: str


def export_cases(db, cfg, flt, officer, fmt, ip=None, path=None):
    """Audit the export, then the rows of `flt`'s cases as this officer may see them."""
    if officer_page(officer) is not None:  # an officer of one ward exports that ward's cases only
        flt = dataclasses.replace(flt, page_id=officer_page(officer))
    identity = may_see_identity(officer["role"], cfg)
    count = count_reports(db, flt, identity)
    detail = {
        "format": fmt,
        "count": count,
        "with_identity": identity,
        "filter": {k: v for k, v in vars(flt).items() if v},
    }
    with joined_transaction(db):
        record(db, officer, "export", ip=ip, detail=dict(detail, path=path) if path else detail)
    rows = export_rows(cfg, iter_reports(db, flt, identity), officer["role"], flt.today, db)
    return Export(count, rows, flt.today)


def export_rows(cfg, rows, role, today, db=None):
    """One list of cells per case, identity left out where the role may not see it (every text of a
    protected person blanked, with what they gave in any case of theirs)."""
    zone = zoneinfo.ZoneInfo(cfg.get("TIMEZONE", "Asia/Ho_Chi_Minh"))
    known = {}
    for row in rows:
        hidden = hides_identity(row, role, cfg)
        text = blanker(row, db, cfg, known=known) if hidden else (lambda value: value or "")
        identity = (
            [texts.MASKED] * 3 if hidden else [row["name"] or "", format_phone(row["phone"]), row["address"] or ""]
        )
        yield [
            row["code"],
            _local_date(row["created_at"], zone),
            texts.CATEGORY_NAMES.get(row["category"], ""),
            texts.FIELD_NAMES.get(row["field"], ""),
            texts.STATUS_NAMES.get(row["status"], row["status"]),
            dt.date.fromisoformat(row["deadline"]),
            texts.OVERDUE if row["deadline"] < today and row["status"] in OPEN_STATUSES else "",
            row["assignee_name"] or row["assignee"] or "",
            *identity,
            text(row["content"]),
            text(row["place_time"]),
            row["forwarded_to"] or "",
            text(row["answer"]),
            _local_date(row["closed_at"], zone),
            texts.CHANNEL_NAMES.get(row["channel"], row["channel"]),
        ]


def _local_date(value, zone):
    return dt.datetime.fromisoformat(value).astimezone(zone).date() if value else None
