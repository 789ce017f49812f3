"""The ward's departments (phòng, ban, đơn vị), which officers ask for information or advice.

A row with no page belongs to every ward (the notice's names are seeded so); with several wards on
one server a ward's own row of the same name (its own Công an phường, with its own e-mail) comes
first for that ward, as the calendar table does. Names are compared folded (core/folding.py), so
"cong an phuong" finds "Công an phường".
"""

from typing import Any, cast

from sqlite_utils import Database

from core.clock import now_iso
from core.folding import fold

# The departments the notice names (§3.2 and its recipients): seeded for every ward.
NOTICE_DEPARTMENTS = (
    "Phòng Văn hóa - Xã hội",
    "Trung tâm Hành chính công",
    "Trung tâm Dịch vụ sự nghiệp công",
    "Công an phường",
    "Phòng Kinh tế, Hạ tầng và Đô thị",
)


def departments_of_ward(db: Database, page_id: str | None, include_disabled: bool = False) -> list[dict[str, Any]]:
    """The departments ward `page_id` works with, by name: its own rows over those of every ward."""
    rows = list(
        db.query(
            "SELECT * FROM departments WHERE page_id IS NULL OR page_id IS ? ORDER BY page_id IS NULL, id", [page_id]
        )
    )
    chosen: dict[str, dict[str, Any]] = {}
    for row in rows:  # the ward's own rows come first, so they win
        chosen.setdefault(fold(row["name"]), row)
    return sorted(
        (row for row in chosen.values() if include_disabled or not row["disabled"]), key=lambda r: fold(r["name"])
    )


def department_named(
    db: Database, page_id: str | None, name: str, include_disabled: bool = False
) -> dict[str, Any] | None:
    """The ward's department called `name` (folded), or None."""
    wanted = fold(name)
    return next((d for d in departments_of_ward(db, page_id, include_disabled) if fold(d["name"]) == wanted), None)


def own_department(db: Database, page_id: str | None, name: str) -> dict[str, Any] | None:
    """The row of exactly this page (NULL: every ward's) with this name, or None."""
    wanted = fold(name)
    rows = db.query("SELECT * FROM departments WHERE page_id IS ?", [page_id])
    return next((row for row in rows if fold(row["name"]) == wanted), None)


def department_by_id(db: Database, department_id: int) -> dict[str, Any] | None:
    return next(db.query("SELECT * FROM departments WHERE id = ?", [department_id]), None)


def insert_department(db: Database, page_id: str | None, name: str, email: str | None, by: str) -> int:
    at = now_iso()
    return cast(
        int,
        db.table("departments")
        .insert(
            {
                "page_id": page_id,
                "name": name,
                "email": email,
                "disabled": 0,
                "created_by": by,
                "created_at": at,
                "updated_at": at,
            }
        )
        .last_pk,
    )


def update_department(db: Database, department_id: int, **changes: Any) -> None:
    """Change `email` and/or `disabled` of one row."""
    columns = [key for key in ("email", "disabled") if key in changes]
    db.execute(
        f"UPDATE departments SET {', '.join(c + ' = ?' for c in columns)}, updated_at = ? WHERE id = ?",  # nosec B608 # constant fragments, values bound
        [*(changes[c] for c in columns), now_iso(), department_id],
    )
