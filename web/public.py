"""`/cong-khai`: the answered cases citizens agreed to publish, for anyone, no login.

Read-only (GET only: nothing here takes a form, so there is nothing to forge),
escaped by Jinja, and built from the `publications` table alone: the question
and the answer with personal data already removed. Newest first; the search
finds `duong` in `Đường` (both sides folded with core.folding.fold).
"""

from flask import Blueprint, abort, current_app, render_template, request

from core.pages import page_config, page_ids
from storage.publications import public_page
from web.address_bar import row_id
from web.db import get_db
from web.security import add_security_headers

bp = Blueprint(
    "publication_page",
    __name__,
    url_prefix="/cong-khai",
    template_folder="templates",
    static_folder="static",
    static_url_path="/static",
)
bp.after_request(add_security_headers)
PAGE_SIZE = 20


@bp.get("/")
def index():
    query = request.args.get("q", "").strip()[:200]
    before = request.args.get("truoc", type=row_id)
    page = _ward_page()
    rows, next_before = public_page(get_db(), query, before, PAGE_SIZE, page_id=page)
    return render_template(
        "public/index.html",
        rows=rows,
        query=query,
        next_before=next_before,
        first_page=not before,
        ward=page_config(current_app.config, page)["WARD_NAME"],
    )


def _ward_page():
    """With several wards on one server, `?trang=PAGE_ID` shows one ward's answers (each ward links
    its own); without it, or with a single ward, every published answer."""
    page = request.args.get("trang") or None
    if page is None or page_ids(current_app.config) is None:
        return None
    if page not in page_ids(current_app.config):
        abort(404)
    return page
