"""`/console/templates`: saved answers for common replies. Everyone uses them on the case page;
leaders and admins add and remove them. A template may hold the ward's placeholders ({HOTLINE}...,
core/placeholders.py), filled for the case's ward when the case page offers it; any other is refused
when saving, so what the officer picks is what the citizen reads."""

from flask import Blueprint, flash, g, redirect, render_template, request, url_for

from console import texts
from console.auth import role_required
from core.folding import clean_text
from core.pages import officer_page
from core.placeholders import listed, unknown_placeholders
from storage import write_transaction
from storage.answer_templates import add_template, delete_template, list_templates
from storage.audit import record
from web.address_bar import ID
from web.db import get_db

bp = Blueprint("answer_templates", __name__)


@bp.get("/templates")
def index():
    return _page({})


def _page(form, error=None):
    return render_template(
        "console/templates.html",
        templates=list_templates(get_db(), officer_page(g.officer)),
        form=form,
        error=error,
        placeholders=listed(),
    )


@bp.post("/templates")
@role_required("leader", "admin")
def add():
    title, body = clean_text(request.form.get("title"))[:100], clean_text(request.form.get("body"))[:4000]
    unknown = unknown_placeholders(body)
    if not title or not body or unknown:
        error = (
            texts.UNKNOWN_PLACEHOLDERS.format(found=", ".join(unknown), allowed=listed())
            if unknown
            else "Vui lòng nhập cả tên mẫu và nội dung."
        )
        return _page({"title": title, "body": body}, error), 400
    db = get_db()
    with write_transaction(db):
        template_id = add_template(db, title, body, g.officer["username"], officer_page(g.officer))
        record(db, g.officer, "template", detail={"added": template_id, "title": title})
    flash(f'Đã thêm mẫu "{title}".', "success")
    return redirect(url_for("console.answer_templates.index"))


@bp.post(f"/templates/<{ID}:template_id>/delete")
@role_required("leader", "admin")
def delete(template_id):
    db = get_db()
    with write_transaction(db):
        removed = delete_template(db, template_id, officer_page(g.officer))  # never another ward's
        if removed:
            record(db, g.officer, "template", detail={"deleted": template_id})
    flash("Đã xóa mẫu." if removed else "Mẫu này không còn nữa.", "info")
    return redirect(url_for("console.answer_templates.index"))
