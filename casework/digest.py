"""The daily digest for the officers on duty and the ward's leaders: new since the last digest, due in
the next two working days, overdue, answered; and for the leaders, what waits for them or for a
department (casework/chain_digest.py).

Sent once per working day to the officers on duty (casework/notices.py: held when nobody can be
reached, and it then goes to the first officer who checks in), whoever asks (the server's scheduler at DIGEST_TIME,
or cron running `python -m bot digest --send`): the `digests` row for the day
is written in the same transaction as the queued e-mails and Messenger notices,
so a second run finds it and sends nothing. Non-working days send nothing; their
news waits for the next working day's digest.
"""

import datetime as dt
import json
import zoneinfo

from casework import texts
from casework.chain_digest import chain_lines, chain_sections
from casework.digest_sections import CLOSED_CASES, OPEN_CASES, capped_section, console_link, section_limit
from casework.notices import carriers, carry_in_digest, duty_officers, owe_notice
from casework.ward import Ward
from core.clock import UTC, now
from core.pages import page_config, ward_pages
from storage.db import joined_transaction
from storage.digests import digest_of, last_digest_before, record_digest
from storage.recipients import leaders_of_ward

DUE_SOON_WORKING_DAYS = 2
SECTIONS = (
    ("new", "Hồ sơ mới"),
    ("due_soon", "Sắp đến hạn (2 ngày làm việc)"),
    ("overdue", "Quá hạn"),
    ("answered", "Đã trả lời, chuyển hoặc không thụ lý"),
)


def build_digest(db, cfg, day=None, page_id=None):
    """The digest of `day` (the ward's date; today by default) as a JSON-ready dict; of one ward's
    page when several share the server (`page_id`; None: every case)."""
    cfg = page_config(cfg, page_id)
    ward = Ward(db, cfg)
    day = day or ward.local_date()
    end_of_day = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), ward.tz)
    until = min(now(), end_of_day).astimezone(UTC)
    since = _since(db, ward, day)
    soon = ward.calendar.add_working_days(day, DUE_SOON_WORKING_DAYS).isoformat()
    iso = day.isoformat()
    open_ = OPEN_CASES
    limit = section_limit(cfg)
    wheres = {
        "new": ("created_at > ? AND created_at <= ?", [since, _iso(until)]),
        "due_soon": (f"{open_} AND deadline >= ? AND deadline <= ?", [iso, soon]),
        "overdue": (f"{open_} AND deadline < ?", [iso]),
        "answered": (f"{CLOSED_CASES} AND updated_at > ? AND updated_at <= ?", [since, _iso(until)]),
    }
    totals, sections = {}, {}
    for name, (where, params) in wheres.items():
        totals[name], sections[name] = capped_section(db, where, params, limit, page_id)
    # `counts` are the sections' totals (as before the cap); `shown` what is listed, `more` the rest.
    return {
        "date": iso,
        "page_id": page_id,
        "working_day": ward.calendar.is_working_day(day),
        "ward": cfg["WARD_NAME"],
        "timezone": cfg["TIMEZONE"],
        "since": since,
        "until": _iso(until),
        "due_soon_until": soon,
        "counts": totals,
        "shown": {name: len(items) for name, items in sections.items()},
        "more": {name: totals[name] - len(sections[name]) for name in sections},
        "links": {name: console_link(cfg, name) for name in sections},
        **sections,
        "chain": chain_sections(db, ward, day, limit, page_id),  # for the ward's leaders
    }


def digest_text(digest):
    day = dt.date.fromisoformat(digest["date"])
    since = dt.datetime.fromisoformat(digest["since"]).astimezone(zoneinfo.ZoneInfo(digest["timezone"]))
    lines = [
        f"Bản tin tiếp nhận phản ánh, kiến nghị ngày {day:%d/%m/%Y} - {digest['ward']}",
        " | ".join(f"{title}: {digest['counts'][name]}" for name, title in SECTIONS),
        f"(Hồ sơ mới tính từ {since:%H:%M %d/%m/%Y})",
    ]
    for name, title in SECTIONS:
        items = digest[name]
        lines.append(f"\n{title} ({digest['counts'][name]}):" + ("" if items else " không có"))
        for item in items:
            due = dt.date.fromisoformat(item["deadline"])
            lines.append(f"- {item['line']} (hạn {due:%d/%m/%Y})")
        if digest["more"][name]:
            lines.append(texts.DIGEST_MORE.format(count=digest["more"][name], link=digest["links"][name]))
    if digest.get("chain"):
        lines += chain_lines(digest["chain"])
    lines.append("\nXem và xử lý trong console.")
    return "\n".join(lines)


def send_digest(db, cfg, day=None):
    """Send the day's digest once; {"status": sent | already_sent | not_working_day, "digest": …}."""
    ward = Ward(db, cfg)
    day = day or ward.local_date()
    if not ward.calendar.is_working_day(day):
        return {"status": "not_working_day", "digest": None, "notices": 0}
    with joined_transaction(db):
        sent = digest_of(db, day)
        if sent is not None:
            return {"status": "already_sent", "digest": json.loads(sent["body"]), "notices": sent["recipients"]}
        notices, digests = [], []
        for page_id, page_cfg in ward_pages(cfg):  # one ward, or each ward to its own officers on duty
            digest = build_digest(db, page_cfg, day, page_id)
            subject = (
                f"[PAKN] Bản tin ngày {day:%d/%m/%Y}: {digest['counts']['new']} mới, "
                f"{digest['counts']['overdue']} quá hạn"
            )
            # The leaders read it too: what waits for their direction or approval is in it.
            officers = duty_officers(db, page_cfg, page_id)
            officers += [o for o in leaders_of_ward(db, page_id) if o["id"] not in {d["id"] for d in officers}]
            rows = owe_notice(
                db,
                {**page_cfg, "PAGE_ID": page_id},
                "digest",
                officers=officers,
                subject=subject,
                text=digest_text(digest),
            )
            carry_in_digest(db, rows)  # the new cases held overnight: this digest tells of them
            notices += carriers(rows)
            digests.append(digest)
        digest = digests[0] if len(digests) == 1 else {"since": digests[0]["since"], "pages": digests}
        record_digest(db, day, digest["since"], json.dumps(digest, ensure_ascii=False), len(notices))
    return {"status": "sent", "digest": digest, "notices": len(notices)}


def _since(db, ward, day):
    """The last digest before `day`, else the start of the previous working day."""
    last = last_digest_before(db, day)
    if last is not None:
        return last["built_at"]
    previous = day - dt.timedelta(days=1)
    while not ward.calendar.is_working_day(previous):
        previous -= dt.timedelta(days=1)
    return _iso(dt.datetime.combine(previous, dt.time(), ward.tz))


def _iso(moment):
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")
