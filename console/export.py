"""The inbox's export buttons: the filtered list as a CSV download (streamed) or an XLSX file.

Which cases, which cells, what is left out for a role and the audit entry are
casework/export.py's; the files are casework/spreadsheets.py's. Here: the query
string, and the HTTP responses.
"""

import io

from flask import Blueprint, Response, current_app, g, request, send_file, stream_with_context

from casework.export import export_cases
from casework.spreadsheets import csv_chunks, write_xlsx
from console.inbox import filter_from_args
from web.db import get_db

bp = Blueprint("export", __name__)


def _export(fmt):
    flt = filter_from_args(request.args, g.officer)
    return export_cases(get_db(), current_app.config, flt, g.officer, fmt, ip=request.remote_addr)


@bp.get("/export.csv")
def csv_file():
    export = _export("csv")
    return Response(
        stream_with_context(csv_chunks(export.rows)),
        mimetype="text/csv; charset=utf-8",
        headers={"Content-Disposition": f"attachment; filename=ho-so-{export.today}.csv"},
    )


@bp.get("/export.xlsx")
def xlsx_file():
    export = _export("xlsx")
    buffer = io.BytesIO()
    write_xlsx(export.rows, buffer)
    buffer.seek(0)
    return send_file(
        buffer,
        as_attachment=True,
        download_name=f"ho-so-{export.today}.xlsx",
        mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
