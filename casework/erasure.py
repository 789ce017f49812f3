"""What the ward holds about one citizen, and taking it away (Law 91/2025/QH15, Decree 356/2025/NĐ-CP).

One door for every way a citizen's data leaves: the chat ("xóa dữ liệu của tôi"), Meta's deletion
callback and the retention job all call `erase` or `anonymise_case`, inside the caller's transaction.
A citizen is a PSID *on a page* (storage/citizen_rows.py): each function takes the page (`page_id`,
or the page's settings' PAGE_ID) and touches nothing of the same number on another page.

Complaint and denunciation files are official records the law requires the ward to keep
(`OFFICIAL_RECORD_YEARS`): they stay whole, with the citizen's identity, because the ward must still
be able to answer and to show how it decided. Every other case keeps its substance (what happened,
where, the photos) and loses who sent it: name, phone, address and the Messenger id, in the case and
in every copy of its conversation.
"""

import contextlib
import os

from core.case_rules import STORY_TEXTS
from core.clock import now_iso
from core.privacy_settings import is_official_record
from core.redaction import redact
from storage import audit
from storage.citizen_rows import on_page

ERASED = "erased"  # the psid of rows that must keep a value (NOT NULL) once the citizen is gone


def holdings(db, psid, page_id=None):
    """What `psid`'s citizen on `page_id` can see about themselves: cases, consents, and the chat."""
    values = {"psid": psid, "page": page_id}
    cases = list(
        db.query(
            "SELECT code, category, status, created_at, name IS NOT NULL OR phone IS NOT NULL"
            f" OR address IS NOT NULL AS has_contact FROM reports WHERE psid = :psid AND {on_page('reports')}"
            " ORDER BY id",  # nosec B608 # constant fragments, values bound
            values,
        )
    )
    consents = list(
        db.query(
            "SELECT purpose, answer, at, withdrawn_at FROM consents"
            f" WHERE psid = :psid AND {on_page('consents')} ORDER BY id",  # nosec B608 # constant fragments
            values,
        )
    )
    (messages,) = db.execute(
        f"SELECT count(*) FROM messages WHERE psid = :psid AND {on_page('messages')}",  # nosec B608 # constant
        values,
    ).fetchone()
    return {"cases": cases, "consents": consents, "messages": messages}


def withdraw_consents(db, psid, purposes=None, page_id=None):
    """Date every consent still in force; the rows stay, as proof of what was agreed until when."""
    values = {"now": now_iso(), "psid": psid, "page": page_id}
    values.update({f"purpose{n}": purpose for n, purpose in enumerate(purposes or ())})
    where = "" if purposes is None else f" AND purpose IN ({', '.join(f':purpose{n}' for n in range(len(purposes)))})"
    return db.execute(
        "UPDATE consents SET withdrawn_at = :now WHERE psid = :psid AND answer = 'granted'"  # nosec B608 # constant fragments, values bound
        f" AND withdrawn_at IS NULL AND {on_page('consents')}{where}",
        values,
    ).rowcount


def cases_of_citizen(db, psid, page_id=None):
    """`psid`'s cases on `page_id`, oldest first."""
    return list(
        db.query(
            f"SELECT * FROM reports WHERE psid = :psid AND {on_page('reports')} ORDER BY id",  # nosec B608 # constant
            {"psid": psid, "page": page_id},
        )
    )


def forget_contact(db, psid, page_id=None):
    """Consent withdrawn: the contact details of cases that rested on it go; official records stay."""
    done, kept = [], []
    for report in cases_of_citizen(db, psid, page_id):
        if is_official_record(report):
            kept.append(report)
        elif report["name"] or report["phone"] or report["address"]:
            _scrub_case_texts(db, report)
            db.execute("UPDATE reports SET name = NULL, phone = NULL, address = NULL WHERE id = ?", [report["id"]])
            done.append(report["code"])
    return done, kept


ERASED_NOTE = "Yêu cầu xóa dữ liệu ({via}): hồ sơ đã ẩn danh."
KEPT_NOTE = "Yêu cầu xóa dữ liệu ({via}): hồ sơ khiếu nại/tố cáo, pháp luật yêu cầu giữ{told}."


def erase_and_log(db, cfg, psid, actor, via, keep_message_from=None, citizen_told=False):
    """`erase`, with one audit entry on each case it touched: anonymised, or kept and why. `via` says how
    the request came (Messenger, Meta's callback); the same words whoever asked. `cfg` is the page's."""
    ids = {r["code"]: r["id"] for r in cases_of_citizen(db, psid, cfg.get("PAGE_ID"))}
    anonymised, kept = erase(db, cfg, psid, keep_message_from)  # an anonymised case forgets the PSID
    for code in anonymised:
        audit.record(db, actor, "data_delete", ids[code], detail={"anonymised": True}, note=ERASED_NOTE.format(via=via))
    told = "; đã báo người dân lý do và thời hạn" if citizen_told else ""
    for report in kept:
        audit.record(
            db,
            actor,
            "data_delete",
            report["id"],
            detail={"anonymised": False},
            note=KEPT_NOTE.format(via=via, told=told),
        )
    return anonymised, kept


def erase(db, cfg, psid, keep_message_from=None):
    """Everything about `psid` on the page of `cfg` that the law lets go: drafts and chatter deleted,
    non-official cases anonymised, consents withdrawn. `keep_message_from`: transcript ids from here on
    stay (the request itself, being answered now). Returns (anonymised codes, kept official reports)."""
    page = cfg.get("PAGE_ID")
    withdraw_consents(db, psid, page_id=page)
    kept, anonymised = [], []
    for report in cases_of_citizen(db, psid, page):
        if is_official_record(report):
            kept.append(report)
        else:
            anonymise_case(db, cfg, report)
            anonymised.append(report["code"])
    _delete_loose_data(db, psid, keep_message_from, page)
    values = {"erased": ERASED, "psid": psid, "page": page}
    if not kept:  # no official record still needs to prove what was agreed
        db.execute(
            f"UPDATE consents SET psid = :erased WHERE psid = :psid AND {on_page('consents')}",  # nosec B608 # constant
            values,
        )
        db.execute(
            "UPDATE inbound_events SET psid = :erased, body = '{}' WHERE psid = :psid AND status = 'done'"
            f" AND {on_page('inbound_events')}",  # nosec B608 # constant
            values,
        )
    db.execute(
        f"DELETE FROM conversations WHERE psid = :psid AND {on_page('conversations')}",  # nosec B608 # constant
        values,
    )
    return anonymised, kept


def anonymise_case(db, cfg, report):
    """The case keeps its substance and loses who sent it, everywhere it was copied."""
    _scrub_case_texts(db, report)
    db.execute(
        "UPDATE reports SET name = NULL, phone = NULL, address = NULL, psid = NULL, anonymised_at = ? WHERE id = ?",
        [now_iso(), report["id"]],
    )
    db.execute(
        "UPDATE inbound_events SET psid = ?, body = '{}' WHERE status != 'pending' AND event_key IN"
        " (SELECT event_key FROM messages WHERE report_id = ? AND event_key IS NOT NULL)",
        [ERASED, report["id"]],
    )  # Meta's raw event held the same words the citizen typed
    db.execute("UPDATE messages SET psid = ? WHERE report_id = ?", [ERASED, report["id"]])
    db.execute(
        "UPDATE outbox SET psid = ? WHERE report_id = ? AND status IN ('sent', 'failed')", [ERASED, report["id"]]
    )
    for row in list(db.query("SELECT id, path FROM attachments WHERE report_id = ?", [report["id"]])):
        db.execute(
            "UPDATE attachments SET psid = ?, path = ? WHERE id = ?",
            [ERASED, _move_out_of_citizen_folder(cfg, row), row["id"]],
        )


def _scrub_case_texts(db, report):
    """The name, phone and address wherever the citizen or the bot wrote them into the case."""
    identity = {"name": report["name"], "phone": report["phone"], "address": report["address"]}
    if not any(identity.values()):
        return
    columns = (*STORY_TEXTS, "summary")
    values = [redact(report.get(column), identity) or report.get(column) for column in columns]
    db.execute(
        f"UPDATE reports SET {', '.join(c + ' = ?' for c in columns)} WHERE id = ?",  # nosec B608 # constant fragments, values bound
        [*values, report["id"]],
    )
    for table, column in (
        ("messages", "text"),
        ("outbox", "message"),
        ("consultations", "question"),  # what an officer asked a department, and its answer
        ("consultations", "answer"),
        ("answer_drafts", "text"),
    ):
        for row in list(
            db.query(
                f"SELECT id, {column} AS value FROM {table} WHERE report_id = ?",  # nosec B608 # constant fragments, values bound
                [report["id"]],
            )
        ):
            db.execute(
                f"UPDATE {table} SET {column} = ? WHERE id = ?",  # nosec B608 # constant fragments, values bound
                [redact(row["value"], identity), row["id"]],
            )


def _delete_loose_data(db, psid, keep_message_from, page_id):
    """What belongs to no case: drafts' files, the chat outside cases, the replies to it (on that page)."""
    values = {"psid": psid, "page": page_id, "keep_from": keep_message_from or 2**62}
    for row in list(
        db.query(
            f"SELECT id, path FROM attachments WHERE psid = :psid AND report_id IS NULL AND {on_page('attachments')}",  # nosec B608 # constant
            values,
        )
    ):
        remove_file(row["path"])
        db.execute("DELETE FROM attachments WHERE id = ?", [row["id"]])
    db.execute(
        "DELETE FROM messages WHERE psid = :psid AND report_id IS NULL AND id < :keep_from"
        " AND id NOT IN (SELECT message_id FROM attachments WHERE message_id IS NOT NULL)"
        f" AND {on_page('messages')}",  # nosec B608 # constant
        values,
    )
    db.execute(
        "DELETE FROM outbox WHERE psid = :psid AND report_id IS NULL AND status IN ('sent', 'failed')"
        " AND id NOT IN (SELECT outbox_id FROM messages WHERE outbox_id IS NOT NULL)"
        f" AND {on_page('outbox')}",  # nosec B608 # constant fragments, values bound
        values,
    )


def delete_draft_files(db, psid):
    """A draft given up: its files (never part of a case) leave the disk and the table."""
    rows = list(db.query("SELECT id, path FROM attachments WHERE psid = ? AND report_id IS NULL", [psid]))
    for row in rows:
        remove_file(row["path"])
        db.execute("DELETE FROM attachments WHERE id = ?", [row["id"]])
    return len(rows)


def _move_out_of_citizen_folder(cfg, row):
    """Files live under a folder named after the citizen's psid: move them where no name is."""
    if not row["path"] or not os.path.exists(row["path"]):
        return row["path"]
    target = os.path.join(cfg["ATTACHMENTS_DIR"], ERASED, f"{row['id']}.bin")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    os.replace(row["path"], target)
    return target


def remove_file(path):
    if path:
        with contextlib.suppress(FileNotFoundError):
            os.remove(path)
