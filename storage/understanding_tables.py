"""The ward's field keywords and out-of-scope topics, both edited in the console and by CLI.

Keywords are stored folded (core.folding.fold), as `understanding.normalize` compares them.
"""

from sqlite_utils import Database

from core.folding import fold
from core.types import Row
from storage.db import inserted_id


def field_keywords(db: Database, page_id: str | None = None) -> list[Row]:
    """(keyword, field) for this ward: its own rows, then the all-wards rows it did not override."""
    return list(
        db.query(
            """SELECT * FROM field_keywords k WHERE k.page_id IS ? OR (k.page_id IS NULL AND NOT EXISTS
               (SELECT 1 FROM field_keywords own WHERE own.page_id = ? AND own.keyword = k.keyword))
           ORDER BY length(keyword) DESC, id""",
            [page_id, page_id],
        )
    )


def all_field_keywords(db: Database) -> list[Row]:
    return list(db.query("SELECT * FROM field_keywords ORDER BY field, keyword"))


def save_field_keyword(db: Database, keyword: str, field: str, page_id: str | None = None) -> int:
    """Add the keyword, or move it to another field; returns its id."""
    keyword = fold(keyword)
    db.execute("DELETE FROM field_keywords WHERE keyword = ? AND page_id IS ?", [keyword, page_id])
    return inserted_id(
        db.execute(
            "INSERT INTO field_keywords (page_id, keyword, field) VALUES (?, ?, ?)", [page_id, keyword, field]
        ).lastrowid
    )


def delete_field_keyword(db: Database, keyword_id: int) -> int:
    return db.execute("DELETE FROM field_keywords WHERE id = ?", [keyword_id]).rowcount


def scope_entries(db: Database, page_id: str | None = None) -> list[Row]:
    """This ward's out-of-scope topics (its own first, so they win over the all-wards ones)."""
    return list(
        db.query(
            "SELECT * FROM out_of_scope WHERE page_id IS NULL OR page_id = ? ORDER BY page_id IS NULL, id", [page_id]
        )
    )


def all_scope_entries(db: Database) -> list[Row]:
    return list(db.query("SELECT * FROM out_of_scope ORDER BY topic, id"))


def save_scope_entry(
    db: Database,
    topic: str,
    keywords: str,
    handler_name: str,
    handler_phone: str | None = None,
    page_id: str | None = None,
    entry_id: int | None = None,
) -> int:
    keywords = ",".join(filter(None, (fold(k).strip() for k in keywords.split(","))))
    values = [page_id, topic, keywords, handler_name, handler_phone or None]
    if entry_id is None:
        return inserted_id(
            db.execute(
                "INSERT INTO out_of_scope (page_id, topic, keywords, handler_name, handler_phone)"
                " VALUES (?, ?, ?, ?, ?)",
                values,
            ).lastrowid
        )
    db.execute(
        "UPDATE out_of_scope SET page_id = ?, topic = ?, keywords = ?, handler_name = ?, "
        "handler_phone = ? WHERE id = ?",
        values + [entry_id],
    )
    return entry_id


def delete_scope_entry(db: Database, entry_id: int) -> int:
    return db.execute("DELETE FROM out_of_scope WHERE id = ?", [entry_id]).rowcount
