"""`/console/stats`: counts by category, field and month, on time against late, and a chart.

The chart is plain SVG drawn here (no script, no CDN: the ward's server may
have no internet). Months are the ward's local months.
"""

from flask import Blueprint, current_app, g, render_template, request

from bot.texts import CHANNEL_NAMES
from casework.rating_stats import year_satisfaction
from console import texts
from console.formatting import today_iso
from console.handoff_stats import handoff_stats
from core.case_rules import OPEN_STATUSES
from core.pages import officer_page
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
