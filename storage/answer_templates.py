"""Saved answers officers reuse for common replies (edited by leaders and admins)."""

from sqlite_utils import Database

from core.clock import now_iso
from core.types import Row
from storage.db import inserted_id


def list_templates(db: Database, page_id: str | None = None) -> list[Row]:
    """Ward `page_id`'s templates and those for every ward (page_id NULL); None: all of them."""
    return list(
        db.query(
            "SELECT * FROM answer_templates WHERE :page IS NULL OR page_id IS NULL OR page_id = :page"
            " ORDER BY title COLLATE NOCASE, id",
            {"page": page_id},
        )
    )


def add_template(db: Database, title: str, body: str, created_by: str, page_id: str | None = None) -> int:
    return inserted_id(
        db.table("answer_templates")
        .insert({"title": title, "body": body, "created_by": created_by, "created_at": now_iso(), "page_id": page_id})
        .last_pk
    )


def delete_template(db: Database, template_id: int, page_id: str | None = None) -> int:
    """A ward's leader removes only the ward's own; page_id None (every ward's officer): any."""
    return db.execute(
        "DELETE FROM answer_templates WHERE id = :id AND (:page IS NULL OR page_id = :page)",
        {"id": template_id, "page": page_id},
    ).rowcount
