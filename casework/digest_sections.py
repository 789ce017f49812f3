"""The digest's sections, capped so that a duty officer reads the whole digest in a minute.

At a million reports a section can hold thousands of cases (5,303 overdue in
the benchmark's ward): listing them all made a digest of 16,860 lines that
nobody reads. Each section therefore lists at most DIGEST_SECTION_LIMIT cases,
the most urgent first (flagged urgent, then the nearest or longest-passed
deadline), and says how many more there are and where in the console to see
them. Each section is one query (the list with `LIMIT`, the total from
`count(*) OVER ()`), written so SQLite picks a plan that stays fast at a
million reports (bench/bigdata.py: 2.24 s before, see docs/benchmark.md).
"""

from casework import texts
from casework.summaries import notice_blanking, one_line
from core.case_rules import CLOSED_STATUSES, OPEN_STATUSES, sql_list

# Written as `status IN (the open ones)`, not `NOT IN (the closed ones)`, the open sections read the
# 17,194 open cases through the status index instead of scanning a million rows: 22 ms instead of 500.
OPEN_CASES = f"status IN {sql_list(OPEN_STATUSES)}"
# The closed ones are nearly all the table: a plain scan (`+status` keeps SQLite off the status index,
# which would look up 985,000 rows one by one) takes 0.38 s instead of 0.65.
CLOSED_CASES = f"+status IN {sql_list(CLOSED_STATUSES)}"
DEFAULT_LIMIT = 10
# Most urgent first: what the citizen or URGENT_WORDS flagged, then the deadline that comes (or came) first.
URGENT_FIRST = "urgent DESC, deadline, id"
# Where the console lists each section's cases (console/inbox.py filters): the "… và N hồ sơ khác" link.
CONSOLE_FILTERS = {"new": "?status=new", "due_soon": "", "overdue": "?overdue=1", "answered": "?status=resolved"}
COLUMNS = (
    "code, category, field, status, deadline, urgent, created_at, channel, content, name, phone, address, flagged,"
    " protected, psid, page_id"
)


def section_limit(cfg):
    """DIGEST_SECTION_LIMIT, at least 1: a digest that lists nothing would hide even the most urgent case."""
    return max(1, int(cfg.get("DIGEST_SECTION_LIMIT") or DEFAULT_LIMIT))


def console_link(cfg, name):
    """The console's inbox for a section; absolute when PUBLIC_URL is set (an e-mail needs it)."""
    base = (cfg.get("PUBLIC_URL") or "").rstrip("/")
    return f"{base}/console/{CONSOLE_FILTERS[name]}"


def capped_section(db, where, params, limit, page_id=None):
    """(total, the `limit` most urgent cases as digest items) for one section's WHERE clause."""
    if page_id:
        where, params = f"{where} AND page_id = ?", [*params, page_id]
    rows = list(
        db.query(
            f"SELECT {COLUMNS}, count(*) OVER () AS total FROM reports WHERE {where} "  # nosec B608 # constant fragments, values bound
            f"ORDER BY {URGENT_FIRST} LIMIT ?",
            [*params, limit],
        )
    )
    return (rows[0]["total"] if rows else 0), [_item(row, notice_blanking(row, db)) for row in rows]


def _item(row, blank):
    return {
        "code": row["code"],
        "category": row["category"],
        "field": row["field"],
        "status": row["status"],
        "deadline": row["deadline"],
        "urgent": bool(row["urgent"]),
        "created_at": row["created_at"],
        "channel": row["channel"],
        "status_name": texts.STATUS_NAMES.get(row["status"], row["status"]),
        "line": one_line(row, blank=blank),
    }
