"""`/console/departments`: the ward's departments (phòng, ban, đơn vị) and their e-mail, for admins.

A ward's admin keeps the ward's own rows; the names shared by every ward (the notice's, seeded) are
shown too, and saving one with the same name gives the ward its own row (its own e-mail). The
operations and their checks are casework/departments.py's, as for `python -m bot department`.
"""

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, url_for

from casework.departments import save_department, set_department_in_use
from casework.workflow import CaseError
from console import texts
from console.auth import role_required
from core.pages import officer_page
from storage.departments import departments_of_ward
from web.db import get_db

bp = Blueprint("departments", __name__)


def _page(error=None, typed=None, status=200):
    rows = departments_of_ward(get_db(), officer_page(g.officer), include_disabled=True)
    return render_template("console/departments.html", departments=rows, error=error, typed=typed or {}), status


@bp.get("/departments")
@role_required("admin")
def index():
    return _page()


@bp.post("/departments")
@role_required("admin")
def save():
    name, email = request.form.get("name", ""), request.form.get("email", "")
    try:
        save_department(get_db(), current_app.config, name, email, g.officer, ip=request.remote_addr)
    except CaseError as error:
        return _page(str(error), {"name": name, "email": email}, 400)
    flash(texts.DEPARTMENT_SAVED.format(name=" ".join(name.split())), "success")
    return redirect(url_for("console.departments.index"))


@bp.post("/departments/in-use")
@role_required("admin")
def in_use():
    name, use = request.form.get("name", ""), request.form.get("in_use") == "1"
    try:
        row = set_department_in_use(get_db(), current_app.config, name, use, g.officer, ip=request.remote_addr)
    except CaseError as error:
        return _page(str(error), status=400)
    flash((texts.DEPARTMENT_ON if use else texts.DEPARTMENT_OFF).format(name=row["name"]), "success")
    return redirect(url_for("console.departments.index"))
