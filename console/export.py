"""Export the filtered list as CSV (UTF-8 with BOM, so Excel reads Vietnamese right) or XLSX.

A denouncer's name, phone and address are left out unless the role may see
them. Text that starts like a formula (= + - @) is kept as text: the content
comes from citizens, and a spreadsheet must never run it. Every export is
audit-logged with its filter and size.
"""

import csv
import datetime as dt
import io
import zoneinfo

from flask import Blueprint, Response, current_app, g, request, send_file, stream_with_context
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from casework.identity import hides_identity, redact_text
from console import texts
from console.inbox import filter_from_args, with_identity
from core.case_rules import OPEN_STATUSES
from core.validation import format_phone
from storage import write_transaction
from storage.audit import record
from storage.search import count_reports, iter_reports
from web.db import get_db

bp = Blueprint("export", __name__)
HEADERS = [
    "Mã hồ sơ",
    "Ngày nhận",
    "Loại",
    "Lĩnh vực",
    "Trạng thái",
    "Hạn xử lý",
    "Quá hạn",
    "Cán bộ phụ trách",
    "Họ tên",
    "Điện thoại",
    "Địa chỉ",
    "Nội dung",
    "Nơi, thời gian",
    "Chuyển đến",
    "Trả lời của phường",
    "Ngày đóng hồ sơ",
    "Kênh tiếp nhận",
]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def export_rows(rows, role, cfg, today):
    """One list of cells per case, identity left out where the role may not see it."""
    zone = zoneinfo.ZoneInfo(cfg.get("TIMEZONE", "Asia/Ho_Chi_Minh"))
    for row in rows:
        hidden = hides_identity(row, role, cfg)
        text = (lambda value, row=row: redact_text(value, row)) if hidden else (lambda value: value or "")
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
            "Quá hạn" if row["deadline"] < today and row["status"] in OPEN_STATUSES else "",
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


def _as_text(value):
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    value = "" if value is None else str(value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_chunks(rows, every=500):
    """The CSV as text chunks (streamed to the browser); the BOM makes Excel read it as UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")
    writer.writerow(HEADERS)
    for count, cells in enumerate(rows, 1):
        writer.writerow([_as_text(c) for c in cells])
        if count % every == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def write_csv(rows, out):
    for chunk in csv_chunks(rows):
        out.write(chunk)


def write_xlsx(rows, out):
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Hồ sơ")
    sheet.append(HEADERS)
    for cells in rows:
        sheet.append([_xlsx_cell(sheet, c) for c in cells])
    workbook.save(out)


def _xlsx_cell(sheet, value):
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, dt.date):
        cell.number_format = "dd/mm/yyyy"
    elif isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever the citizen typed
    return cell


def _prepare(fmt):
    db, officer, cfg = get_db(), g.officer, current_app.config
    flt = filter_from_args(request.args, officer)
    identity = with_identity(officer)
    with write_transaction(db):
        record(
            db,
            officer,
            "export",
            ip=request.remote_addr,
            detail={
                "format": fmt,
                "count": count_reports(db, flt, identity),
                "with_identity": identity,
                "filter": {k: v for k, v in vars(flt).items() if v},
            },
        )
    return export_rows(iter_reports(db, flt, identity), officer["role"], cfg, flt.today), flt.today


@bp.get("/export.csv")
def csv_file():
    rows, today = _prepare("csv")
    return Response(
        stream_with_context(csv_chunks(rows)),
        mimetype="text/csv; charset=utf-8",
        headers={"Content-Disposition": f"attachment; filename=ho-so-{today}.csv"},
    )


@bp.get("/export.xlsx")
def xlsx_file():
    rows, today = _prepare("xlsx")
    buffer = io.BytesIO()
    write_xlsx(rows, buffer)
    buffer.seek(0)
    return send_file(
        buffer,
        as_attachment=True,
        download_name=f"ho-so-{today}.xlsx",
        mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
