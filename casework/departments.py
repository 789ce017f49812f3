"""Keeping the ward's list of departments: the console's page for admins and `python -m bot
department add|list|disable` call these, with the same checks and sentences.

Adding a name that exists for the same ward updates its e-mail and takes it back into use, so the
seeded names get their addresses by the same command that adds a new one.
"""

import re

from casework import texts
from casework.workflow import CaseError, NotAllowed
from core.folding import clean_text
from core.pages import officer_page
from storage import audit
from storage.db import joined_transaction
from storage.departments import (
    department_named,
    departments_of_ward,
    insert_department,
    own_department,
    update_department,
)

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_NAME = 200
EDITORS = ("admin",)


def _check_editor(officer):
    if not isinstance(officer, dict) or officer.get("role") not in EDITORS:
        raise NotAllowed(texts.DEPARTMENTS_ADMINS_ONLY)


def checked_email(email):
    email = clean_text(email)
    if email and not EMAIL.match(email):
        raise CaseError(texts.DEPARTMENT_EMAIL_INVALID.format(email=email))
    return email or None


def save_department(db, cfg, name, email, officer, page_id=None, ip=None):
    """Add the department to ward `page_id` (None: every ward; a ward's admin: always their own), or
    update its e-mail and enable it again; (row id, created?)."""
    _check_editor(officer)
    name = " ".join(clean_text(name).split())[:MAX_NAME]
    if not name:
        raise CaseError(texts.DEPARTMENT_NAME_EMPTY)
    email = checked_email(email)
    page_id = officer_page(officer) or page_id
    with joined_transaction(db):
        row = own_department(db, page_id, name)
        if row is None:
            department_id, created = insert_department(db, page_id, name, email, officer["username"]), True
        else:
            department_id, created = row["id"], False
            update_department(db, department_id, email=email, disabled=0)
        audit.record(
            db,
            officer,
            "department",
            ip=ip,
            detail={"name": name, "email": email, "page_id": page_id, "created": created},
        )
    return department_id, created


def set_department_in_use(db, cfg, name, in_use, officer, page_id=None, ip=None):
    """Stop (or resume) asking a department; its past consultations stay. The row changed."""
    _check_editor(officer)
    page_id = officer_page(officer) or page_id
    with joined_transaction(db):
        row = own_department(db, page_id, name)
        shared = department_named(db, page_id, name, include_disabled=True)
        if row is None and shared is not None:  # every ward's name: this ward's own row decides for it
            row = {"id": insert_department(db, page_id, shared["name"], shared["email"], officer["username"])}
            row["name"] = shared["name"]
        if row is None:
            raise CaseError(texts.NO_SUCH_DEPARTMENT.format(name=name, names=_names(db, page_id)))
        update_department(db, row["id"], disabled=0 if in_use else 1)
        audit.record(
            db, officer, "department", ip=ip, detail={"name": row["name"], "page_id": page_id, "in_use": in_use}
        )
    return row


def department_to_ask(db, page_id, name):
    """The ward's department in use called `name`, else a refusal that lists the names there are."""
    department = department_named(db, page_id, name or "")
    if department is None:
        raise CaseError(texts.NO_SUCH_DEPARTMENT.format(name=clean_text(name), names=_names(db, page_id)))
    return department


def _names(db, page_id):
    return "; ".join(d["name"] for d in departments_of_ward(db, page_id)) or "(chưa có)"
