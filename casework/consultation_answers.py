"""The department's side of a consultation: what its link shows, and taking its answer.

The department is never a role that may see a protected person: the case it reads is the masked
one (casework/identity.py), and it never sees the citizen's contact details, files or the
conversation, only what it was asked, what the case is about, and its own answer. Its files are
sniffed (core/filetypes.py), kept to a few types and stored under ATTACHMENTS_DIR/consultations/,
never under a folder named after a citizen. The answer lands in the case's history and notifies
the officer who asked (or, if that account is gone, the case's assignee).
"""

import contextlib
import datetime as dt
import os
import secrets
import zoneinfo

from casework import texts
from casework.chain_notices import NO_ROLE, case_link, notify_officer, outside_text
from casework.consultation_links import link_state, token_hash
from casework.identity import hides_identity, masked_report
from casework.workflow import CaseError
from core.filetypes import extension, sniff
from core.folding import clean_text
from storage import audit
from storage.casework import report_by_id
from storage.consultations import (
    add_consultation_file,
    consultation_by_id,
    consultation_by_token_hash,
    record_consultation_answer,
)
from storage.db import write_transaction

MAX_ANSWER = 8000
MAX_FILES = 5
ALLOWED_TYPES = {
    "image/jpeg",
    "image/png",
    "image/gif",
    "image/webp",
    "image/heic",
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
CASE_FIELDS = ("content", "place_time", "complaint_act", "complaint_by", "complaint_request", "accused", "violation")


class LinkRefused(CaseError):
    """The link opens nothing (`gone`: it did once: answered, or its case closed)."""

    def __init__(self, message, gone=False):
        super().__init__(message)
        self.gone = gone


def request_for_token(db, token):
    """The open request this token opens; LinkRefused, in one sentence, otherwise."""
    row = consultation_by_token_hash(db, token_hash(token)) if token else None
    if row is None:
        raise LinkRefused(texts.LINK_UNKNOWN)
    return row


def department_view(db, cfg, row):
    """What the department's page shows: the request, and the case as a role that may not see its
    author sees it, without any contact detail."""
    report = report_by_id(db, row["report_id"])
    shown = masked_report(report) if hides_identity(report, NO_ROLE, cfg) else dict(report)
    return {
        "state": link_state(row),
        "department": row["department"],
        "question": outside_text(cfg, report, row["question"]),
        "due": row["due"],
        "asked_at": row["asked_at"],
        "asked_by": row["asked_by"],
        "answered_at": row["answered_at"],
        "answer": row["answer"],
        "answered_by": row["answered_by"],
        "case": {
            "code": report["code"],
            "category": report["category"],
            "field": report["field"],
            "created_at": report["created_at"],
            **{key: shown[key] for key in CASE_FIELDS},
        },
    }


def refusal_of(cfg, row):
    """Why an answer can no longer be taken through this link, or None while it is open."""
    state = link_state(row)
    if state == "answered":
        return LinkRefused(texts.LINK_USED.format(at=_local(cfg, row["answered_at"])), gone=True)
    if state == "closed":
        return LinkRefused(texts.LINK_CLOSED, gone=True)
    return None


def checked_files(cfg, files):
    """[(original name, content type, bytes)] of the files sent, or a refusal naming the file."""
    files = [(clean_text(name)[:120] or "tep", data) for name, data in files if name or data]
    if len(files) > MAX_FILES:
        raise CaseError(texts.CONSULT_TOO_MANY_FILES.format(limit=MAX_FILES))
    limit = int(cfg.get("ATTACHMENT_MAX_BYTES") or 25_000_000)
    checked = []
    for name, data in files:
        if not data:
            raise CaseError(texts.CONSULT_FILE_EMPTY.format(name=name))
        if len(data) > limit:
            raise CaseError(texts.CONSULT_FILE_TOO_LARGE.format(name=name, limit=limit // 1_000_000))
        content_type = sniff(data[:4096])
        if content_type not in ALLOWED_TYPES:
            raise CaseError(texts.CONSULT_FILE_TYPE.format(name=name))
        checked.append((name, content_type, data))
    return checked


def answer_request(db, cfg, token, text, files=(), answered_by=None, ip=None):
    """Take the department's answer (text, and files as (name, bytes)); the request as answered."""
    row = request_for_token(db, token)
    refused = refusal_of(cfg, row)
    if refused:
        raise refused
    text = clean_text(text)
    if not text:
        raise CaseError(texts.CONSULT_ANSWER_EMPTY)
    if len(text) > MAX_ANSWER:
        raise CaseError(texts.CONSULT_ANSWER_TOO_LONG.format(limit=MAX_ANSWER))
    checked = checked_files(cfg, files)
    signer = clean_text(answered_by)[:200] or row["department"]
    written = [_write(cfg, row["id"], content_type, data) for _, content_type, data in checked]
    try:
        with write_transaction(db):
            row = consultation_by_id(db, row["id"])
            refused = refusal_of(cfg, row)
            if refused:
                raise refused
            record_consultation_answer(db, row["id"], text, signer)  # the write lock is ours: it is still open
            for (name, content_type, data), path in zip(checked, written, strict=True):
                add_consultation_file(db, row["id"], name, content_type, len(data), path)
            _log_and_notify(db, cfg, row, text, signer, len(checked), ip)
    except BaseException:
        for path in written:
            with contextlib.suppress(FileNotFoundError):
                os.remove(path)
        raise
    return consultation_by_id(db, row["id"])


def _log_and_notify(db, cfg, row, text, signer, file_count, ip):
    report = report_by_id(db, row["report_id"])
    audit.record(
        db,
        row["department"],
        "consult_answer",
        row["report_id"],
        note=text,
        ip=ip,
        detail={"consultation_id": row["id"], "department": row["department"], "by": signer, "files": file_count},
    )
    notify_officer(
        db,
        cfg,
        row["asked_by_id"] or report["assigned_to"],
        texts.CONSULT_ANSWERED_SUBJECT.format(department=row["department"], code=report["code"]),
        texts.CONSULT_ANSWERED_NOTICE.format(
            department=row["department"],
            code=report["code"],
            files=f" (kèm {file_count} tệp)" if file_count else "",
            text=outside_text(cfg, report, text),
            link=case_link(cfg, report["code"]),
        ),
        "consultation_answered",
        report,
    )


def _write(cfg, consultation_id, content_type, data):
    folder = os.path.join(cfg["ATTACHMENTS_DIR"], "consultations", str(consultation_id))
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, secrets.token_hex(8) + extension(content_type))
    with open(path, "xb") as file:
        file.write(data)
    return path


def _local(cfg, at):
    moment = dt.datetime.fromisoformat(at).astimezone(zoneinfo.ZoneInfo(cfg.get("TIMEZONE", "Asia/Ho_Chi_Minh")))
    return f"{moment:%H:%M %d/%m/%Y}"
