"""`/console/stats`: counts by category, field and month, on time against late, and a chart; the
measured targets by month (casework/targets.py), and the monthly report as XLSX.

The chart is plain SVG drawn here (no script, no CDN: the ward's server may
have no internet). Months are the ward's local months.
"""

import io

from flask import Blueprint, abort, current_app, g, render_template, request, send_file

from bot.texts import CHANNEL_NAMES
from casework.monthly import MonthError, monthly_report, write_xlsx
from casework.rating_stats import year_satisfaction
from casework.targets import year_targets
from console import texts
from console.formatting import today_iso
from console.handoff_stats import handoff_stats
from core.case_rules import OPEN_STATUSES
from core.pages import officer_page
from storage import write_transaction
from storage.audit import record
from storage.stats import counts_by, timeliness
from web import address_bar
from web.db import get_db

bp = Blueprint("stats", __name__)
CHART_WIDTH, CHART_HEIGHT, BAR_GAP = 720, 220, 8


@bp.get("/stats")
def index():
    cfg, db = current_app.config, get_db()
    today = today_iso()
    year = request.args.get("year", type=address_bar.year) or int(today[:4])
    zone = cfg.get("TIMEZONE", "Asia/Ho_Chi_Minh")
    page = officer_page(g.officer)  # several wards on one server: only this officer's

    def counts(key):
        return counts_by(db, key, year, zone, page)

    by_month = dict(counts("month"))
    months = [(f"{m:02d}/{year}", by_month.get(f"{year}-{m:02d}", 0)) for m in range(1, 13)]
    on_time = timeliness(db, year, zone, today, OPEN_STATUSES, page)
    return render_template(
        "console/stats.html",
        year=year,
        total=sum(n for _, n in months),
        by_category=_named(counts("category"), texts.CATEGORY_NAMES),
        by_field=_named(counts("field"), texts.FIELD_NAMES),
        by_status=_named(counts("status"), texts.STATUS_NAMES),
        by_channel=_named(counts("channel"), CHANNEL_NAMES),
        satisfaction=year_satisfaction(db, year, zone, page),  # console/satisfaction_stats.html
        handoffs=handoff_stats(db, cfg, year, page),  # console/handoff_stats.html
        months=months,
        chart=month_chart(months),
        on_time=on_time,
        targets=year_targets(db, cfg, year, page),  # console/targets_stats.html
        month=request.args.get("month") or today[:7],
    )


@bp.get("/stats/monthly.xlsx")
def monthly_xlsx():
    """The monthly report with its measured targets, as the XLSX the city's Department asks for."""
    cfg, db = current_app.config, get_db()
    month = request.args.get("month", "")
    try:
        report = monthly_report(db, cfg, month, officer_page(g.officer))
    except MonthError as error:
        abort(400, str(error))
    with write_transaction(db):
        record(
            db,
            g.officer,
            "export",
            ip=request.remote_addr,
            detail={"format": "monthly_xlsx", "month": month, "count": report["received"]},
        )
    buffer = io.BytesIO()
    write_xlsx(report, buffer)
    buffer.seek(0)
    return send_file(
        buffer,
        as_attachment=True,
        download_name=f"bao-cao-thang-{month}.xlsx",
        mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


def _named(pairs, names):
    return sorted(((names.get(key, key), count) for key, count in pairs), key=lambda p: -p[1])


def month_chart(months):
    """Bars for the SVG: x, y, width, height of each month's bar, with its label and count."""
    top = max([n for _, n in months] + [1])
    slot = CHART_WIDTH / len(months)
    usable = CHART_HEIGHT - 40  # room for the labels under the bars and the counts above
    bars = []
    for i, (label, count) in enumerate(months):
        height = round(usable * count / top, 1)
        bars.append(
            {
                "x": round(i * slot + BAR_GAP / 2, 1),
                "y": round(CHART_HEIGHT - 20 - height, 1),
                "width": round(slot - BAR_GAP, 1),
                "height": height,
                "label": label[:2],
                "count": count,
                "center": round(i * slot + slot / 2, 1),
            }
        )
    return {"width": CHART_WIDTH, "height": CHART_HEIGHT, "bars": bars, "baseline": CHART_HEIGHT - 20}
