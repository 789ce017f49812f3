"""Saved answers officers reuse for common replies (edited by leaders and admins)."""
from core.clock import now_iso


def list_templates(db):
    return list(db.query("SELECT * FROM answer_templates ORDER BY title COLLATE NOCASE, id"))


def add_template(db, title, body, created_by):
    return db["answer_templates"].insert({"title": title, "body": body, "created_by": created_by,
                                          "created_at": now_iso()}).last_pk


def delete_template(db, template_id):
    return db.execute("DELETE FROM answer_templates WHERE id = ?", [template_id]).rowcount
