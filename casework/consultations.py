"""An officer asks a department for information, documents or advice on a case, with a due date
(the notice's §3.2: the departments "kịp thời cung cấp thông tin, hồ sơ, tài liệu … và tham mưu").

The department gets an e-mail (when it has an address and SMTP is set up) with a link that opens
only this request (casework/consultation_links.py); without one, the officer passes the link on.
The request, its due date in the ward's working days and, later, the answer are on the case
(history, JSON) and in `console consultations`. The console's form and `python -m bot console
consult` call `ask_department`.
"""

import dataclasses
import datetime as dt

from casework import texts
from casework.chain_notices import outside_text
from casework.consultation_links import link_state, new_token, remade_link
from casework.departments import department_to_ask
from casework.mailer import smtp_configured
from casework.ward import case_ward
from casework.workflow import MAX_NOTE, CaseError, case_for
from core.clock import now
from core.dates import parse_date
from core.folding import clean_text
from core.pages import officer_page, page_config
from storage import audit
from storage.consultations import (
    CLOSED_STATUSES,
    consultations_of_case,
    files_of_consultations,
    insert_consultation,
    list_consultations,
    set_consultation_email,
)
from storage.db import joined_transaction
from storage.email_outbox import enqueue_email


@dataclasses.dataclass
class Consultation:
    id: int
    department: str
    due: dt.date
    link: str
    emailed_to: str | None
    working_days_left: int


def checked_due(due, today):
    """The due date as a date, not before `today`; a refusal in one sentence otherwise."""
    day = due if isinstance(due, dt.date) else parse_date(str(due or ""))
    if day is None:
        raise CaseError(texts.CONSULT_DUE_INVALID)
    if day < today:
        raise CaseError(texts.CONSULT_DUE_PAST.format(due=f"{day:%d/%m/%Y}"))
    return day


def working_days_left(ward, due, today=None):
    """Working days from tomorrow to `due` (0: due today); negative: working days past it."""
    today = today or ward.local_date()
    if due >= today:
        return len(ward.calendar.working_days(today + dt.timedelta(days=1), due))
    return -len(ward.calendar.working_days(due + dt.timedelta(days=1), today))


def ask_department(db, cfg, report_id, department_name, due, question, officer, ip=None):
    """Record the request, queue the department's e-mail; the request with its link."""
    question = clean_text(question)[:MAX_NOTE]
    if not question:
        raise CaseError(texts.CONSULT_QUESTION_EMPTY)
    with joined_transaction(db):
        report = case_for(db, report_id, officer)
        if report["status"] in CLOSED_STATUSES:
            raise CaseError(texts.CONSULT_CASE_CLOSED.format(code=report["code"]))
        ward = case_ward(db, cfg, report)
        due = checked_due(due, ward.local_date())
        department = department_to_ask(db, report["page_id"], department_name)
        token, nonce, token_hash = new_token(cfg)
        consultation_id = insert_consultation(
            db,
            report_id=report_id,
            department_id=department["id"],
            department=department["name"],
            question=question,
            due=due.isoformat(),
            asked_by=officer["username"],
            asked_by_id=officer.get("id"),
            token_hash=token_hash,
            token_nonce=nonce,
        )
        link = remade_link(cfg, {"token_nonce": nonce, "token_hash": token_hash})
        emailed_to = _email_department(db, cfg, report, department, question, due, officer, link, consultation_id)
        audit.record(
            db,
            officer,
            "consult",
            report_id,
            note=question,
            ip=ip,
            detail={
                "consultation_id": consultation_id,
                "department": department["name"],
                "due": due.isoformat(),
                "emailed": bool(emailed_to),
            },
        )
    return Consultation(consultation_id, department["name"], due, link, emailed_to, working_days_left(ward, due))


def _email_department(db, cfg, report, department, question, due, officer, link, consultation_id):
    if not department["email"] or not smtp_configured(cfg):
        return None
    settings = page_config(cfg, report["page_id"])
    body = texts.CONSULT_EMAIL.format(
        department=department["name"],
        officer=officer.get("full_name") or officer["username"],
        ward=settings["WARD_NAME"],
        code=report["code"],
        category=texts.CATEGORY_NAMES.get(report["category"], report["category"]),
        field=texts.FIELD_NAMES.get(report["field"], report["field"]),
        question=outside_text(cfg, report, question),
        due=f"{due:%d/%m/%Y}",
        link=link,
    )
    subject = texts.CONSULT_EMAIL_SUBJECT.format(code=report["code"], due=f"{due:%d/%m/%Y}")
    email_id = enqueue_email(db, department["email"], subject, body, "consultation", report["id"])
    set_consultation_email(db, consultation_id, email_id)
    return department["email"]


def consultation_item(db, cfg, row, files=(), with_link=False, masked_for=None, wards=None):
    """One request as JSON: what `console show --json` and `console consultations` print.
    `masked_for`: the case, when the reader may not see its author (the texts are masked with it);
    `wards`: the wards already read, by page (a list of requests reads each ward's calendar once)."""
    wards = {} if wards is None else wards
    if row["page_id"] not in wards:
        wards[row["page_id"]] = case_ward(db, cfg, row)
    ward = wards[row["page_id"]]
    due = dt.date.fromisoformat(row["due"])
    state = link_state(row)
    item = {
        "id": row["id"],
        "code": row["code"],
        "department": row["department"],
        "question": _masked(cfg, masked_for, row["question"]),
        "due": row["due"],
        "working_days_left": None if state != "open" else working_days_left(ward, due),
        "overdue": state == "open" and due < ward.local_date(),
        "asked_by": row["asked_by"],
        "asked_at": row["asked_at"],
        "answered_at": row["answered_at"],
        "answered_on_time": None if not row["answered_at"] else ward.local_date(row["answered_at"]) <= due,
        "answer": _masked(cfg, masked_for, row["answer"]),
        "answered_by": row["answered_by"],
        "files": [
            {"id": f["id"], "name": f["original_name"], "content_type": f["content_type"], "size": f["size"]}
            for f in files
        ],
        "link_state": state,
    }
    if with_link:
        item["link"] = remade_link(cfg, row) if state == "open" else None
    return item


def _masked(cfg, report, text):
    return outside_text(cfg, report, text) if report is not None and text else text


def consultations_of(db, cfg, report, mask=False):
    """The case's requests, oldest first (`mask`: for a role that may not see its author)."""
    rows = consultations_of_case(db, report["id"])
    files = files_of_consultations(db, [r["id"] for r in rows])
    wards: dict = {}
    masked_for = report if mask else None
    return [consultation_item(db, cfg, r, files.get(r["id"], ()), False, masked_for, wards) for r in rows]


def listed_consultations(db, cfg, officer, overdue=False):
    """The requests this officer's ward made, newest first, each with its link while it is open;
    `overdue`: only those past their due date and unanswered."""
    # Overdue: a first cut in SQL that keeps every row due before tomorrow anywhere on Earth; each
    # is then judged against its own ward's date.
    before = (now().date() + dt.timedelta(days=2)).isoformat() if overdue else None
    rows = list_consultations(db, officer_page(officer), waiting_due_before=before)
    files = files_of_consultations(db, [r["id"] for r in rows])
    wards: dict = {}
    items = [consultation_item(db, cfg, row, files.get(row["id"], ()), True, wards=wards) for row in rows]
    return [item for item in items if item["overdue"]] if overdue else items
