"""The ward's question-and-answer base: entries, their FTS5 index, and the synonyms.

The index `knowledge_search` holds each entry's text folded by `core.folding.fold` (no marks, đ→d): FTS5's
own `remove_diacritics` leaves đ alone, and the folding is the one the questions go through. It is kept
in step here, in the same transaction as the entry, so no entry is ever answered from stale text.
"""

from collections.abc import Mapping
from typing import Any

from sqlite_utils import Database

from core.clock import now_iso
from core.folding import fold
from core.types import Row
from storage.db import inserted_id

EDITABLE = ("key", "question", "keywords", "answer", "answer_en", "approved", "page_id")
MAX_ANSWER_CHARS = 2000  # an answer, as typed (console form and CLI alike); Messenger splits longer sends


def save_entry(db: Database, entry: Mapping[str, Any], updated_by: str, entry_id: int | None = None) -> int:
    """Insert (no `entry_id`) or update an entry and its index row; returns its id."""
    row = {name: entry.get(name) for name in EDITABLE if name in entry}
    row.setdefault("approved", 1)
    row.update(updated_by=updated_by, updated_at=now_iso())
    names = list(row)
    if entry_id is None:
        insert = (
            f"INSERT INTO knowledge_entries ({', '.join(names)}) "  # nosec B608 # names from EDITABLE, values bound
            f"VALUES ({', '.join('?' * len(names))})"
        )
        entry_id = inserted_id(db.execute(insert, [row[n] for n in names]).lastrowid)
    else:
        update = f"UPDATE knowledge_entries SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?"  # nosec B608 # names from EDITABLE
        db.execute(update, [row[n] for n in names] + [entry_id])
    _reindex(db, entry_id)
    return entry_id


def _reindex(db: Database, entry_id: int) -> None:
    db.execute("DELETE FROM knowledge_search WHERE rowid = ?", [entry_id])
    entry = entry_by_id(db, entry_id)
    if entry:
        db.execute(
            "INSERT INTO knowledge_search (rowid, question, keywords, answer) VALUES (?, ?, ?, ?)",
            [entry_id, fold(entry["question"]), fold(entry["keywords"]), fold(entry["answer"])],
        )


def delete_entry(db: Database, entry_id: int) -> int:
    db.execute("DELETE FROM knowledge_search WHERE rowid = ?", [entry_id])
    return db.execute("DELETE FROM knowledge_entries WHERE id = ?", [entry_id]).rowcount


def entry_by_id(db: Database, entry_id: int) -> Row | None:
    rows = list(db.query("SELECT * FROM knowledge_entries WHERE id = ?", [entry_id]))
    return rows[0] if rows else None


def entry_by_key(db: Database, key: str, page_id: str | None = None) -> Row | None:
    rows = list(db.query("SELECT * FROM knowledge_entries WHERE key = ? AND page_id IS ?", [key, page_id]))
    return rows[0] if rows else None


def list_entries(db: Database) -> list[Row]:
    return list(db.query("SELECT * FROM knowledge_entries ORDER BY coalesce(page_id, ''), key"))


def search(db: Database, match: str, page_id: str | None = None, limit: int = 5) -> list[Row]:
    """Approved entries for this ward matching an FTS5 `match`, best first, each with its bm25 `score`
    (lower is better). A ward's own entry hides the all-wards entry with the same key."""
    return list(
        db.query(
            """SELECT e.*, bm25(knowledge_search, 4.0, 3.0, 0.5) AS score
           FROM knowledge_search JOIN knowledge_entries e ON e.id = knowledge_search.rowid
           WHERE knowledge_search MATCH ? AND e.approved = 1 AND (e.page_id IS NULL OR e.page_id = ?)
             AND NOT (e.page_id IS NULL AND EXISTS (SELECT 1 FROM knowledge_entries own
                      WHERE own.page_id = ? AND own.key = e.key))
           ORDER BY score LIMIT ?""",
            [match, page_id, page_id, limit],
        )
    )


def approved_answers(db: Database) -> set[str]:
    """Every approved answer as stored: what any answer the bot gives must come from."""
    rows = list(db.query("SELECT answer, answer_en FROM knowledge_entries WHERE approved = 1"))
    return {row["answer"] for row in rows} | {row["answer_en"] for row in rows if row["answer_en"]}


def list_synonyms(db: Database, page_id: str | None = None) -> list[Row]:
    return list(
        db.query("SELECT * FROM knowledge_synonyms WHERE page_id IS NULL OR page_id = ? ORDER BY term, id", [page_id])
    )


def all_synonyms(db: Database) -> list[Row]:
    return list(db.query("SELECT * FROM knowledge_synonyms ORDER BY term, id"))


def add_synonym(db: Database, term: str, expansion: str, page_id: str | None = None) -> int:
    return inserted_id(
        db.execute(
            "INSERT INTO knowledge_synonyms (page_id, term, expansion) VALUES (?, ?, ?)",
            [page_id, fold(term), fold(expansion)],
        ).lastrowid
    )


def delete_synonym(db: Database, synonym_id: int) -> int:
    return db.execute("DELETE FROM knowledge_synonyms WHERE id = ?", [synonym_id]).rowcount
