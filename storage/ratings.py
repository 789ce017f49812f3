"""The citizen's verdict on each answer: asked in Messenger when a case is resolved, or heard by
an officer on the follow-up call. A case resolved twice is rated twice: both verdicts count."""

from collections.abc import Mapping
from typing import Any

from sqlite_utils import Database

from core.clock import now_iso
from core.types import Row
from storage.db import inserted_id

RATINGS = ("very_satisfied", "satisfied", "unsatisfied")
SATISFIED = ("very_satisfied", "satisfied")


def ask(db: Database, report_id: int, source: str = "messenger") -> int:
    """A rating request sent to the citizen; answered later (or never)."""
    return inserted_id(
        db.table("ratings")
        .insert({"report_id": report_id, "source": source, "status": "asked", "asked_at": now_iso()})
        .last_pk
    )


def answer(db: Database, rating_id: int, rating: str, event_key: str | None = None) -> None:
    db.execute(
        "UPDATE ratings SET status = 'answered', rating = ?, answered_at = ?, event_key = ? WHERE id = ?",
        [rating, now_iso(), event_key, rating_id],
    )


def skip(db: Database, rating_id: int) -> None:
    db.execute(
        "UPDATE ratings SET status = 'skipped', answered_at = ? WHERE id = ? AND status = 'asked'",
        [now_iso(), rating_id],
    )


def add_comment(db: Database, rating_id: int, comment: str) -> None:
    db.execute("UPDATE ratings SET comment = ? WHERE id = ?", [comment, rating_id])


def record_heard(db: Database, report_id: int, rating: str, comment: str | None, officer_name: str) -> int:
    """A rating the officer heard on the phone: asked and answered at once."""
    at = now_iso()
    return inserted_id(
        db.table("ratings")
        .insert(
            {
                "report_id": report_id,
                "source": "call",
                "status": "answered",
                "rating": rating,
                "comment": comment or None,
                "asked_at": at,
                "answered_at": at,
                "recorded_by": officer_name,
            }
        )
        .last_pk
    )


def rating_by_id(db: Database, rating_id: int) -> Row | None:
    return next(db.query("SELECT * FROM ratings WHERE id = ?", [rating_id]), None)


def ratings_of_case(db: Database, report_id: int) -> list[Row]:
    return list(db.query("SELECT * FROM ratings WHERE report_id = ? ORDER BY id", [report_id]))


_BY = {
    "category": "r.category",
    "field": "r.field",
    "channel": "r.channel",
    "month": "substr(datetime(s.answered_at, :shift), 1, 7)",
}


def satisfaction_by(
    db: Database, key: str, start: str, end: str, shift: str, page_id: str | None = None
) -> dict[str, dict[str, int]]:
    """{group: {rating: count}} for verdicts given in [start, end) (UTC ISO), grouped by the case's
    category, field or channel, or by the ward's month of the verdict (`shift`: '+7 hours')."""
    rows = db.execute(
        f"SELECT {_BY[key]} AS k, s.rating, count(*) FROM ratings s JOIN reports r ON r.id = s.report_id"  # nosec B608 # constant fragments, values bound
        " WHERE s.status = 'answered' AND s.answered_at >= :start AND s.answered_at < :end"
        + (" AND r.page_id = :page" if page_id else "")
        + " GROUP BY k, s.rating ORDER BY k",
        {"start": start, "end": end, "shift": shift, "page": page_id},
    ).fetchall()
    table: dict[str, dict[str, int]] = {}
    for group, rating, count in rows:
        table.setdefault(group, dict.fromkeys(RATINGS, 0))[rating] = count
    return table


def summarize(counts: Mapping[str, int]) -> dict[str, Any]:
    """{rating: n} → the counts plus total and the share satisfied (%), None when nobody rated."""
    total = sum(counts.get(r, 0) for r in RATINGS)
    satisfied = sum(counts.get(r, 0) for r in SATISFIED)
    return {
        **{r: counts.get(r, 0) for r in RATINGS},
        "total": total,
        "satisfied_percent": round(100 * satisfied / total, 1) if total else None,
    }
