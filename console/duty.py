"""`/console/duty`: the ward's days off, the duty roster, and the officer's own Messenger link.

It tells the truth about how each officer is reached (casework/notices.py `channels_of`): e-mail
only when an SMTP server is set and the officer has an address, Messenger only inside the 24 h
after the officer's "trực".

The same tables as `python -m bot calendar …` and `python -m bot roster …`, so a
leader without a terminal keeps them. Every officer sees the page and links
their own Messenger (it only concerns them); changing the calendar or who is on
duty is the leaders' and admins' decision. A bad date is refused with a message
and the form keeps what was typed.
"""

import datetime as dt

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, url_for

from casework.mailer import smtp_configured
from casework.notices import channels_of, in_messenger_window
from casework.ward import Ward
from console import texts
from console.auth import role_required
from core.calendar import public_holidays
from core.dates import parse_date
from core.folding import clean_text
from core.pages import officer_page
from storage import write_transaction
from storage.audit import record
from storage.calendar_days import KINDS, calendar_days_of_year, remove_calendar_day, set_calendar_day
from storage.duty_roster import LINK_CODE_SECONDS, new_link_code, officers_on_duty, set_roster, unlink
from storage.notices import look_again_soon
from web.db import get_db

bp = Blueprint("duty", __name__)
ROSTER_DAYS = 14
YEARS = range(2000, 2101)  # the holidays package and the law's periods make sense here
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
BAD_DATE = '"{typed}" không phải ngày hợp lệ. Vui lòng viết ngày như 20/02/2026.'


@bp.get("/duty")
def index():
    return _page()


@bp.post("/duty/calendar")
@role_required("leader", "admin")
def set_day():
    form = {k: clean_text(request.form.get(k))[:200] for k in ("day", "kind", "note")}
    day, error = _typed_date(form["day"])
    if not error and form["kind"] not in KINDS:
        error = "Vui lòng chọn ngày nghỉ thêm hoặc ngày làm bù."
    if not error and not form["note"]:
        error = "Vui lòng ghi lý do (ví dụ: số văn bản thông báo)."
    if error:
        return _page(error, calendar_form=form), 400
    db = get_db()
    with write_transaction(db):
        set_calendar_day(db, day, form["kind"], form["note"], by=g.officer["username"], page_id=_ward())
        record(db, g.officer, "calendar", detail={"day": day.isoformat(), "kind": form["kind"], "note": form["note"]})
    flash(f"Đã lưu {day:%d/%m/%Y} là {'ngày nghỉ' if form['kind'] == 'off' else 'ngày làm bù'}.", "success")
    return redirect(url_for("console.duty.index"))


@bp.post("/duty/calendar/remove")
@role_required("leader", "admin")
def remove_day():
    day, error = _typed_date(clean_text(request.form.get("day"))[:200])
    if error:
        return _page(error), 400
    db = get_db()
    with write_transaction(db):
        removed = remove_calendar_day(db, day, _ward())
        if removed:
            record(db, g.officer, "calendar", detail={"day": day.isoformat(), "removed": True})
    flash(
        f"Đã xóa {day:%d/%m/%Y} khỏi bảng của phường."
        if removed
        else f"{day:%d/%m/%Y} không có trong bảng của phường.",
        "info",
    )
    return redirect(url_for("console.duty.index"))


@bp.post("/duty/roster")
@role_required("leader", "admin")
def set_day_roster():
    typed = clean_text(request.form.get("day"))[:200]
    usernames = {u for u in request.form.getlist("usernames") if u}
    day, error = _typed_date(typed)
    db = get_db()
    enabled = {o["username"]: o["id"] for o in _enabled_officers(db)}
    if not error and usernames - set(enabled):
        error = "Có cán bộ không còn trong danh sách. Vui lòng chọn lại."
    if error:
        return _page(error, roster_form={"day": typed, "usernames": usernames}), 400
    with write_transaction(db):
        set_roster(db, day.isoformat(), [enabled[u] for u in sorted(usernames)], _ward())
        look_again_soon(db)  # notices held for want of anyone on duty go in the next round
        record(db, g.officer, "roster", detail={"day": day.isoformat(), "usernames": sorted(usernames)})
    flash(
        f"{day:%d/%m/%Y}: "
        + (
            f"{', '.join(sorted(usernames))} trực."
            if usernames
            else "đã xóa lịch trực riêng, áp dụng lịch trực mặc định."
        ),
        "success",
    )
    return redirect(url_for("console.duty.index"))


@bp.post("/duty/link")
def link_code():
    """A fresh code for the logged-in officer only; shown once, on this page, never stored in a cookie."""
    db = get_db()
    with write_transaction(db):
        code = new_link_code(db, g.officer["id"])
        record(db, g.officer, "messenger_link", detail={"code_issued": True})
    return _page(link_code=code)


@bp.post("/duty/unlink")
def unlink_messenger():
    db = get_db()
    with write_transaction(db):
        removed = unlink(db, g.officer["id"])
        if removed:
            record(db, g.officer, "messenger_link", detail={"unlinked": True})
    flash(
        "Đã hủy liên kết Messenger: trợ lý sẽ không nhắn tin báo hồ sơ cho anh/chị nữa."
        if removed
        else "Tài khoản chưa liên kết Messenger.",
        "info",
    )
    return redirect(url_for("console.duty.index"))


def _ward():
    """The ward the officer keeps the calendar and roster of; None (every ward's) for a province
    officer or a single ward. Ward A's leader never sets ward B's duty days."""
    return officer_page(g.officer)


def _typed_date(typed):
    """(date, None) or (None, a message for the officer)."""
    day = parse_date(typed or "")
    if day is None:
        return None, BAD_DATE.format(typed=typed) if typed else "Vui lòng nhập ngày, ví dụ 20/02/2026."
    if day.year not in YEARS:
        return None, f"Năm {day.year} nằm ngoài khoảng {YEARS.start}–{YEARS.stop - 1}."
    return day, None


def _page(error=None, calendar_form=None, roster_form=None, link_code=None):
    db = get_db()
    today = Ward(db, current_app.config).local_date()
    return render_template(
        "console/duty.html",
        error=error,
        today=today,
        weekdays=WEEKDAYS,
        calendar_rows=_calendar_rows(db, today),
        roster=_roster(db, today),
        officers=_enabled_officers(db),
        my_link=_my_link(db),
        calendar_form=calendar_form or {},
        roster_form=roster_form or {},
        link_code=link_code,
        link_minutes=LINK_CODE_SECONDS // 60,
        can_edit=g.officer["role"] in ("leader", "admin"),
        smtp=smtp_configured(current_app.config),
        my_email=_my_email(db),
    )


def _calendar_rows(db, today):
    """This month's and next month's days off and make-up working days; the ward's table wins."""
    start = today.replace(day=1)
    end = (start + dt.timedelta(days=62)).replace(day=1) - dt.timedelta(days=1)
    rows = {}
    for year in sorted({start.year, end.year}):
        holidays_of_year, makeup_days = public_holidays(year)
        rows.update({d: {"day": d, "kind": "off", "note": name, "ward": False} for d, name in holidays_of_year.items()})
        rows.update({d: {"day": d, "kind": "workday", "note": "Ngày làm bù", "ward": False} for d in makeup_days})
        rows.update(
            {
                dt.date.fromisoformat(r["day"]): {**r, "day": dt.date.fromisoformat(r["day"]), "ward": True}
                for r in calendar_days_of_year(db, year, _ward())
            }
        )
    return [rows[d] for d in sorted(rows) if start <= d <= end]


def _roster(db, today):
    days = [today + dt.timedelta(days=n) for n in range(ROSTER_DAYS)]
    own = {
        r["day"]
        for r in db.query(
            "SELECT DISTINCT day FROM duty_roster WHERE day BETWEEN ? AND ? AND page_id IS ?",
            [days[0].isoformat(), days[-1].isoformat(), _ward()],
        )
    }
    return [
        {
            "day": d,
            "officers": [{**o, "channels": _reached_by(o)} for o in officers_on_duty(db, d, _ward())],
            "own": d.isoformat() in own,
        }
        for d in days
    ]


def _reached_by(officer):
    return [texts.NOTICE_CHANNEL_NAMES[c] for c in channels_of(officer, current_app.config)]


def _my_email(db):
    return db.execute("SELECT email FROM officers WHERE id = ?", [g.officer["id"]]).fetchone()[0]


def _enabled_officers(db):
    """The officers a leader may put on duty: their ward's (every officer for a province's)."""
    return list(
        db.query(
            "SELECT id, username, full_name FROM officers WHERE disabled = 0"
            " AND (:page IS NULL OR page_id = :page) ORDER BY username",
            {"page": _ward()},
        )
    )


def _my_link(db):
    link = next(
        db.query(
            "SELECT psid, linked_at, checked_in_ms FROM officer_messenger WHERE officer_id = ?", [g.officer["id"]]
        ),
        None,
    )
    if link is None:
        return None
    until = (
        dt.datetime.fromtimestamp(link["checked_in_ms"] / 1000 + 24 * 3600, dt.timezone.utc)
        if link["checked_in_ms"]
        else None
    )
    return {**link, "window_open": in_messenger_window(link), "until": until}
