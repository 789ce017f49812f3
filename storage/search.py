"""The inbox's query: filters, search, and keyset pagination that stays fast at a million cases.

Pages are cut by id (`id < last id seen`, newest first), never by OFFSET, so
page 1,000 costs what page 1 costs. Each filter has an index that ends in the
rowid (migration m004), so SQLite walks it in id order and stops at the page
size. Search goes through the FTS5 index `report_search`: the query is folded
with `core.folding.fold` (đ→d and no marks, as the index holds it) and every
word must start a word of the case.
"""

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

from sqlite_utils import Database

from core.case_rules import OPEN_STATUSES, is_protected, sql_list
from core.folding import fold
from core.redaction import Blanker
from core.types import Row
from core.validation import CODE_PATTERN, parse_code
from storage.protected_people import IDENTITY_FIELDS, identities_of

# Written out (not bound) so that SQLite may use the partial index reports_open_id, whose
# WHERE is this very list: the planner cannot see through parameters.
_OPEN_LITERAL = sql_list(OPEN_STATUSES)
_WORD = re.compile(r"\w+")
_PHONE_LIKE = re.compile(r"^\+?[\d\s.\-()]{9,}$")
# The free texts in the search index's `body` (storage/migrations.py, _BODY_COLUMNS).
_BODY = (
    "content",
    "place_time",
    "complaint_act",
    "complaint_by",
    "complaint_request",
    "accused",
    "violation",
    "forwarded_to",
)


@dataclasses.dataclass
class InboxFilter:
    status: str | None = None
    category: str | None = None
    field: str | None = None
    overdue: bool = False
    assigned_to: int | None = None
    query: str = ""
    today: str = ""  # ISO date in the ward's time zone: what "overdue" compares with
    channel: str | None = None  # messenger | hotline
    page_id: str | None = None  # the officer's ward when several share a server; None: every case
    urgent: bool = False  # only urgent cases ("khẩn")
    urgent_open: bool = False  # only open urgent cases: what the inbox lists first (`open_urgent_reports`)
    urgent_apart: bool = False  # open urgent cases left out: the inbox listed them first


def search_words(text: str) -> list[str]:
    """The words to look for: a phone as it is indexed, else every word, folded (at most 12)."""
    folded = fold(text)
    phone = _phone_word(folded) if _PHONE_LIKE.match(folded) else None
    return ([phone] if phone else _WORD.findall(folded))[:12]


def search_expression(text: str, with_identity: bool) -> str | None:
    """The FTS5 MATCH expression for what the officer typed, or None when nothing is searchable."""
    words = search_words(text)
    if not words:
        return None
    terms = " ".join(f'"{word}"*' for word in words)
    columns = "code body identity secret_identity" if with_identity else "code body identity"
    return f"{{{columns}}} : ({terms})"


def _phone_word(folded: str) -> str | None:
    """`0902 231 089`, `+84 902.231.089` → `0902231089`, the way phones are indexed; else None."""
    digits = re.sub(r"\D", "", folded)
    if digits.startswith("84") and 11 <= len(digits) <= 12:
        return "0" + digits[2:]
    return digits if digits.startswith("0") and 10 <= len(digits) <= 11 else None


def _from_and_where(flt: InboxFilter, with_identity: bool) -> tuple[str, list[str], list[Any], str]:
    """(FROM … WHERE …, params, the column pages are cut and ordered by)."""
    clauses, params = [], []
    for column in ("status", "category", "field", "channel", "page_id"):
        value = getattr(flt, column)
        if value:
            clauses.append(f"r.{column} = ?")
            params.append(value)
    if flt.assigned_to:
        clauses.append("r.assigned_to = ?")
        params.append(flt.assigned_to)
    if flt.overdue:
        clauses.append(f"r.deadline < ? AND r.status IN {_OPEN_LITERAL}")
        params.append(flt.today)
    if flt.urgent:
        clauses.append("r.urgent = 1")
    if flt.urgent_open:
        clauses.append(f"r.urgent = 1 AND r.status IN {_OPEN_LITERAL}")
    if flt.urgent_apart:
        clauses.append(f"NOT (r.urgent = 1 AND r.status IN {_OPEN_LITERAL})")
    query = flt.query.strip()
    expression = search_expression(query, with_identity) if query else None
    if CODE_PATTERN.fullmatch(query):
        clauses.append("r.code = ?")  # a whole ticket code: the unique index, not the words
        params.append(parse_code(query))
        source, order = "reports r", "r.id"
    elif expression:
        # The search index drives: it yields rowids newest first and stops at the page size,
        # where `id IN (all matches)` would first collect every match of a common word.
        clauses.insert(0, "report_search MATCH ?")
        params.insert(0, expression)
        source, order = "report_search s JOIN reports r ON r.id = s.rowid", "s.rowid"
    else:
        if query:
            clauses.append("0")  # only punctuation typed: nothing can match
        # Without statistics SQLite would merge the three status ranges and sort: name the index.
        # (Not with "0": SQLite drops the WHERE and then finds no plan that uses the partial index.)
        index = "reports_open_id" if flt.overdue else "reports_open_urgent" if flt.urgent_open and not query else None
        source, order = (f"reports r INDEXED BY {index}" if index else "reports r"), "r.id"
    return source, clauses, params, order


def inbox_sql(
    flt: InboxFilter, with_identity: bool, after_id: int | None = None, limit: int = 50
) -> tuple[str, list[Any]]:
    source, clauses, params, order = _from_and_where(flt, with_identity)
    if after_id:
        clauses.append(f"{order} < ?")
        params.append(after_id)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = (
        "SELECT r.*, o.username AS assignee, o.full_name AS assignee_name FROM"  # nosec B608 # constant fragments, values bound
        f" {source} LEFT JOIN officers o ON o.id = r.assigned_to {where} ORDER BY {order} DESC LIMIT ?"
    )
    return sql, params + [limit]


def find_reports(
    db: Database, flt: InboxFilter, with_identity: bool, after_id: int | None = None, limit: int = 50
) -> tuple[list[Row], int | None]:
    """(one page of cases, the id to continue after or None when this is the last page)."""
    sql, params = inbox_sql(flt, with_identity, after_id, limit + 1)
    rows = list(db.query(sql, params))
    more = len(rows) > limit
    rows = rows[:limit]
    after = rows[-1]["id"] if more and rows else None
    if _read_as_shown(flt, with_identity):
        words = search_words(flt.query.strip())
        rows = [row for row in rows if not is_protected(row) or _found_as_shown(db, row, words)]
    return rows, after


def _read_as_shown(flt: InboxFilter, with_identity: bool) -> bool:
    """Are the matches of this search checked again as the officer reads them (a role that may not
    see protected people, searching words)?"""
    query = flt.query.strip()
    return not with_identity and bool(query) and not CODE_PATTERN.fullmatch(query)


def _found_as_shown(db: Database, row: Row, words: list[str]) -> bool:
    """Does a protected case match when read as a role that may not see its author reads it, with
    everything that names them blanked (core/redaction.py: `Blanker`, with what they gave in any case
    of theirs)? Citizens type their name and phone into the text too, in every spelling: matched
    there, a search would find the case and tell who denounced (so a page may come out short)."""
    identities = [{key: row[key] for key in IDENTITY_FIELDS}, *identities_of(db, row["page_id"], row["psid"])]
    blank = Blanker(identities)
    shown = " ".join([row["code"], row["code"][-5:].lstrip("0"), *(blank(row[key]) for key in _BODY)])
    tokens = _WORD.findall(fold(shown))
    return all(any(token.startswith(word) for token in tokens) for word in words)


def open_urgent_reports(db: Database, flt: InboxFilter, with_identity: bool, limit: int = 100) -> list[Row]:
    """The open urgent cases the filter selects, newest first: what the inbox shows before the rest."""
    rows, _ = find_reports(
        db, dataclasses.replace(flt, urgent_open=True, urgent_apart=False), with_identity, None, limit
    )
    return rows


def iter_reports(db: Database, flt: InboxFilter, with_identity: bool, batch: int = 1000) -> Iterator[Row]:
    """Every case the filter selects, newest first, read a page at a time (exports)."""
    after = None
    while True:
        rows, after = find_reports(db, flt, with_identity, after, batch)
        yield from rows
        if after is None:
            return


def count_reports(db: Database, flt: InboxFilter, with_identity: bool) -> int:
    if _read_as_shown(flt, with_identity):  # a count of the raw matches would tell of a hidden one
        return sum(1 for _row in iter_reports(db, flt, with_identity))
    source, clauses, params, _ = _from_and_where(flt, with_identity)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    return db.execute(f"SELECT count(*) FROM {source} {where}", params).fetchone()[0]  # nosec B608 # constant fragments, values bound


def query_plan(db: Database, flt: InboxFilter, with_identity: bool = False, after_id: int | None = None) -> list[str]:
    """EXPLAIN QUERY PLAN of one inbox page, for tests and `bench`: each step's detail."""
    sql, params = inbox_sql(flt, with_identity, after_id)
    return [row[-1] for row in db.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()]
