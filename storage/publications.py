"""The public page's table: a redacted copy of each case the citizen agreed to publish.

/cong-khai reads only this table (joined to `reports` for nothing but the checks
that a case is still publishable), so personal data that never entered it can
never reach a visitor. Rows are written by casework/publishing.py.
"""

from typing import Any

from sqlite_utils import Database

from core.case_rules import PUBLISHABLE_CATEGORIES, sql_list
from core.clock import now_iso
from core.folding import fold
from core.redaction import HIDDEN
from core.types import Row
from storage.db import inserted_id

# Re-checked on every read, whatever wrote the row: still resolved, still a feedback or a petition
# (not an anonymous complaint or denunciation kept as feedback), and not withheld by an officer.
_STILL_PUBLIC = (
    f"r.status = 'resolved' AND r.category IN {sql_list(PUBLISHABLE_CATEGORIES)}"
    " AND coalesce(r.flagged, '') NOT LIKE 'anonymous_%' AND r.publication_withheld = 0"
)


def publication_of(db: Database, report_id: int) -> Row | None:
    return next(db.query("SELECT * FROM publications WHERE report_id = ?", [report_id]), None)


def save_publication(db: Database, report: Row, question: str, answer: str, received_on: str, answered_on: str) -> int:
    """Insert or replace; an unchanged copy keeps its place in the list."""
    current = publication_of(db, report["id"])
    if current and (current["question"], current["answer"], current["category"], current["field"]) == (
        question,
        answer,
        report["category"],
        report["field"],
    ):
        return current["id"]
    remove_publication(db, report["id"])
    return inserted_id(
        db.table("publications")
        .insert(
            {
                "report_id": report["id"],
                "code": report["code"],
                "category": report["category"],
                "field": report["field"],
                "question": question,
                "answer": answer,
                "search_text": fold((question + "\n" + answer).replace(HIDDEN, " ")),
                "received_on": received_on,
                "answered_on": answered_on,
                "published_at": now_iso(),
            }
        )
        .last_pk
    )


def remove_publication(db: Database, report_id: int) -> int:
    return db.execute("DELETE FROM publications WHERE report_id = ?", [report_id]).rowcount


def public_page(
    db: Database, query: str = "", before_id: int | None = None, limit: int = 20, page_id: str | None = None
) -> tuple[list[Row], int | None]:
    """(rows newest first, the id to continue before or None); every word of `query`, folded,
    must appear in the question or the answer; `page_id`: one ward's only."""
    clauses: list[str] = [_STILL_PUBLIC]
    params: list[Any] = []
    if page_id is not None:
        clauses.append("r.page_id = ?")
        params.append(page_id)
    for word in fold(query).split()[:12]:
        clauses.append("instr(p.search_text, ?) > 0")
        params.append(word)
    if before_id:
        clauses.append("p.id < ?")
        params.append(before_id)
    rows = list(
        db.query(
            "SELECT p.id, p.code, p.category, p.field, p.question, p.answer, p.received_on, p.answered_on"  # nosec B608 # constant fragments, values bound
            f" FROM publications p JOIN reports r ON r.id = p.report_id WHERE {' AND '.join(clauses)}"
            " ORDER BY p.id DESC LIMIT ?",
            [*params, limit + 1],
        )
    )
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (rows[-1]["id"] if more and rows else None)
