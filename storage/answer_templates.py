"""Saved answers officers reuse for common replies (edited by leaders and admins)."""

from core.clock import now_iso


def list_templates(db, page_id=None):
    """Ward `page_id`'s templates and those for every ward (page_id NULL); None: all of them."""
    return list(
        db.query(
            "SELECT * FROM answer_templates WHERE :page IS NULL OR page_id IS NULL OR page_id = :page"
            " ORDER BY title COLLATE NOCASE, id",
            {"page": page_id},
        )
    )


def add_template(db, title, body, created_by, page_id=None):
    return (
        db["answer_templates"]
        .insert({"title": title, "body": body, "created_by": created_by, "created_at": now_iso(), "page_id": page_id})
        .last_pk
    )


def delete_template(db, template_id, page_id=None):
    """A ward's leader removes only the ward's own; page_id None (every ward's officer): any."""
    return db.execute(
        "DELETE FROM answer_templates WHERE id = :id AND (:page IS NULL OR page_id = :page)",
        {"id": template_id, "page": page_id},
    ).rowcount
