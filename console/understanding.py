"""`/console/understanding`: leaders edit what the bot understands: the question-and-answer
base, its synonyms, the field keywords and the out-of-scope table. Leaders and admins only.

A leader bound to a page (`officer add --page`) edits that ward's rows; a row shared by every ward
(page_id NULL) is not changed by them but overridden: editing it saves the ward's own copy. Every change
is written to the audit log in the same transaction.
"""

import re
import sqlite3

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for

from console import texts
from core.case_rules import FIELDS
from core.folding import clean_text
from core.placeholders import listed, unknown_placeholders
from storage import write_transaction
from storage.audit import record
from storage.knowledge import (
    MAX_ANSWER_CHARS,
    add_synonym,
    all_synonyms,
    delete_entry,
    delete_synonym,
    entry_by_id,
    list_entries,
    save_entry,
)
from storage.understanding_tables import (
    all_field_keywords,
    all_scope_entries,
    delete_field_keyword,
    delete_scope_entry,
    save_field_keyword,
    save_scope_entry,
)
from web.db import get_db

bp = Blueprint("understanding", __name__)
LEADERS = ("leader", "admin")
_KEY = re.compile(r"^[a-z0-9_]{1,40}$")
TABLES = {
    "knowledge": "knowledge_entries",
    "synonym": "knowledge_synonyms",
    "field": "field_keywords",
    "scope": "out_of_scope",
}


@bp.before_request
def leaders_only():
    if g.officer["role"] not in LEADERS:
        abort(403)


@bp.get("/understanding")
def index(error=None, status=200, typed=None):
    """`typed`: the knowledge entry as the leader submitted it, shown again beside `error`."""
    db, page = get_db(), _page()

    def visible(rows):  # a ward's leader sees the shared rows and the ward's own
        return [r for r in rows if page is None or r["page_id"] in (None, page)]

    return render_template(
        "console/understanding.html",
        error=error,
        fields=FIELDS,
        page=page,
        entries=visible(list_entries(db)),
        synonyms=visible(all_synonyms(db)),
        keywords=visible(all_field_keywords(db)),
        scopes=visible(all_scope_entries(db)),
        typed=typed or {},
    ), status


def form(name, limit):
    return clean_text(request.form.get(name))[:limit]


def done(message):
    flash(message, "success")
    return redirect(url_for("console.understanding.index"))


def row_id():
    value = request.form.get("id", "")
    return int(value) if value.isdigit() and len(value) < 12 else None


@bp.post("/understanding/knowledge")
def save_knowledge():
    entry = {
        "key": form("key", 40).lower(),
        "question": form("question", 300),
        "keywords": form("keywords", 500),
        "answer": form("answer", MAX_ANSWER_CHARS),
        "answer_en": form("answer_en", MAX_ANSWER_CHARS) or None,
        "approved": 1 if request.form.get("approved") else 0,
    }
    typed = dict(entry, id=row_id())
    if not _KEY.match(entry["key"]) or not entry["question"] or not entry["answer"]:
        return index("Cần mã (chữ thường, số, _), câu hỏi và câu trả lời.", 400, typed)
    unknown = unknown_placeholders(entry["answer"]) + unknown_placeholders(entry["answer_en"] or "")
    if unknown:
        return index(texts.UNKNOWN_PLACEHOLDERS.format(found=", ".join(unknown), allowed=listed()), 400, typed)
    db, entry_id = get_db(), row_id()
    current = entry_by_id(db, entry_id) if entry_id else None
    if current is None or current["page_id"] != _page():
        entry_id = None  # a new entry, or this ward's own copy of a shared one
    try:
        with write_transaction(db):
            saved = save_entry(db, dict(entry, page_id=_page()), g.officer["username"], entry_id)
            record(db, g.officer, "knowledge", detail={"saved": saved, "key": entry["key"]})
    except sqlite3.IntegrityError:
        return index(f'Đã có câu hỏi mã "{entry["key"]}": sửa câu đó thay vì thêm mới.', 400)
    return done(f'Đã lưu câu hỏi "{entry["key"]}".')


@bp.post("/understanding/synonym")
def save_synonym():
    term, expansion = form("term", 100), form("expansion", 200)
    if not term or not expansion:
        return index("Cần cả từ và nghĩa tương đương.", 400)
    db = get_db()
    with write_transaction(db):
        add_synonym(db, term, expansion, _page())
        record(db, g.officer, "knowledge", detail={"synonym": term, "expansion": expansion})
    return done(f'Đã thêm từ đồng nghĩa "{term}".')


@bp.post("/understanding/field")
def save_field():
    keyword, field = form("keyword", 60), request.form.get("field", "")
    if not keyword or field not in FIELDS:
        return index("Cần từ khóa và một lĩnh vực trong danh sách.", 400)
    db = get_db()
    with write_transaction(db):
        save_field_keyword(db, keyword, field, _page())
        record(db, g.officer, "knowledge", detail={"field_keyword": keyword, "field": field})
    return done(f'Đã lưu từ khóa "{keyword}".')


@bp.post("/understanding/scope")
def save_scope():
    topic, keywords, name = form("topic", 40), form("keywords", 500), form("handler_name", 150)
    if not topic or not keywords or not name:
        return index("Cần chủ đề, từ khóa và nơi phụ trách.", 400)
    db, entry_id = get_db(), row_id()
    owned = entry_id and _owned(db, "scope", entry_id)
    with write_transaction(db):
        saved = save_scope_entry(
            db, topic, keywords, name, form("handler_phone", 30), _page(), entry_id if owned else None
        )
        record(db, g.officer, "knowledge", detail={"scope": saved, "topic": topic})
    return done(f'Đã lưu chủ đề "{topic}".')


REMOVERS = {
    "knowledge": delete_entry,
    "synonym": delete_synonym,
    "field": delete_field_keyword,
    "scope": delete_scope_entry,
}


@bp.post("/understanding/remove")
def remove():
    table, entry_id, db = request.form.get("table", ""), row_id(), get_db()
    if table not in REMOVERS or entry_id is None:
        return index("Không rõ dòng cần xóa.", 400)
    if not _owned(db, table, entry_id):
        return index(
            "Dòng này không còn, hoặc dùng chung cho mọi phường: anh/chị chỉ xóa được dòng của phường mình.", 400
        )
    with write_transaction(db):
        REMOVERS[table](db, entry_id)
        record(db, g.officer, "knowledge", detail={"removed": table, "id": entry_id})
    return done("Đã xóa.")


def _owned(db, table, entry_id):
    """The row exists and this officer may change it: theirs, or any row for an officer of every page."""
    query = f"SELECT page_id FROM {TABLES[table]} WHERE id = ?"  # nosec B608 # a name from TABLES, value bound
    row = db.execute(query, [entry_id]).fetchone()
    return row is not None and (_page() is None or row[0] == _page())


def _page():
    return g.officer.get("page_id")
