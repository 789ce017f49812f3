"""The citizen's data rights in the chat, through the signed webhook: see, withdraw, delete (issue 16)."""

import re

import pytest
from scripts import run_script, to_content, to_phone

from bot import rights_texts as texts
from bot.texts import LOOKUP_NOT_FOUND
from console.texts import AUDIT_ACTIONS
from core.privacy_settings import DEFAULTS
from storage.audit import case_history

CODE = re.compile(r"AQ-\d{4}-\d{5}")
NAME, PHONE = "Nguyễn Văn An", "+84913456789"  # what the scripts type (tests/scripts.py EXPECTED)


def file_case(chat, category):
    return CODE.search("\n".join(t for t, _ in run_script(chat, category))).group()


def text_of(replies):
    return "\n".join(t for t, _ in replies)


def case(db, code):
    return next(db.query("SELECT * FROM reports WHERE code = ?", [code]))


@pytest.mark.parametrize("typed", ["Dữ liệu của tôi", "du lieu cua toi", "DỮ LIỆU CỦA TÔI!"])
def test_my_data_lists_cases_and_consents_however_it_is_typed(chat, db, typed):
    code = file_case(chat, "petition")
    shown = text_of(chat.say(typed))
    assert code in shown
    assert texts.CONSENT_PURPOSES["contact_for_report"] in shown
    assert texts.DATA_CASE_CONTACT in shown
    assert "/chinh-sach-quyen-rieng-tu" in shown
    entries = list(db.query("SELECT * FROM audit_log WHERE action = 'data_access'"))
    assert len(entries) == 1 and entries[0]["actor"] == "citizen"
    assert case(db, code)["name"] == NAME  # seeing changes nothing


def test_withdrawing_consent_is_confirmed_then_removes_contact_from_feedback_not_complaints(chat, db):
    petition, complaint = file_case(chat, "petition"), file_case(chat, "complaint")
    asked = chat.say("rut lai dong y")
    assert text_of(asked) == texts.CONFIRM["withdraw"] and asked[-1][1] == ["YES", "NO"]
    assert case(db, petition)["phone"] == PHONE  # nothing before the citizen confirms
    done = text_of(chat.tap("YES"))
    assert texts.CONTACT_REMOVED.format(codes=petition) in done
    assert complaint in done and "năm" in done  # why the complaint keeps its identity, and how long
    assert (case(db, petition)["name"], case(db, petition)["phone"], case(db, petition)["address"]) == (None,) * 3
    assert case(db, complaint)["phone"] == PHONE and case(db, petition)["psid"] == chat.psid
    withdrawn = [row["withdrawn_at"] for row in db.query("SELECT withdrawn_at FROM consents WHERE answer = 'granted'")]
    assert withdrawn and all(withdrawn)
    history = [h["action"] for h in case_history(db, case(db, petition)["id"])]
    assert "data_withdraw" in history


def test_no_keeps_everything(chat, db):
    code = file_case(chat, "petition")
    chat.say("Xóa dữ liệu của tôi")
    assert text_of(chat.tap("NO")).startswith(texts.NOT_DONE.split(".")[0])
    assert case(db, code)["name"] == NAME and case(db, code)["psid"] == chat.psid
    assert list(db.query("SELECT * FROM audit_log WHERE action LIKE 'data_%'")) == []


def test_deletion_drops_the_draft_anonymises_feedback_and_keeps_complaints_with_the_reason(chat, db, app):
    petition, complaint = file_case(chat, "petition"), file_case(chat, "complaint")
    to_content(chat)
    chat.say("Bản nháp: đèn đường trước nhà số 9 hỏng")
    chat.send(chat.m.attachment(chat.psid))
    assert db.execute("SELECT count(*) FROM attachments WHERE report_id IS NULL").fetchone()[0] == 1

    assert text_of(chat.say("xoa du lieu cua toi")) == texts.CONFIRM["delete"]
    done = text_of(chat.tap("YES"))

    assert texts.DELETED in done and texts.ANONYMISED.format(codes=petition) in done
    years = DEFAULTS["OFFICIAL_RECORD_YEARS"]
    assert texts.KEPT_OFFICIAL.format(codes=complaint, years=years) in done
    assert db.execute("SELECT count(*) FROM attachments WHERE report_id IS NULL").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM messages WHERE text LIKE '%đèn đường%'").fetchone()[0] == 0
    conv = next(db.query("SELECT draft FROM conversations WHERE psid = ?", [chat.psid]))
    assert conv["draft"] == "{}"
    anonymised = case(db, petition)
    assert anonymised["psid"] is None and anonymised["anonymised_at"]
    assert (anonymised["name"], anonymised["phone"], anonymised["address"]) == (None,) * 3
    assert anonymised["content"]  # the substance stays for the officer
    thread = " ".join(m["text"] for m in db.query("SELECT text FROM messages WHERE report_id = ?", [anonymised["id"]]))
    assert "Nguyễn Văn An" not in thread and "0913 456 789" not in thread and "0913456789" not in thread
    raw = [
        row["body"]
        for row in db.query(
            "SELECT body FROM inbound_events WHERE event_key IN (SELECT event_key FROM messages WHERE report_id = ?)",
            [anonymised["id"]],
        )
    ]
    assert raw and set(raw) == {"{}"}  # Meta's raw events held the same words
    assert case(db, complaint)["name"] == NAME and case(db, complaint)["psid"] == chat.psid
    actions = {(row["report_id"], row["action"]) for row in db.query("SELECT * FROM audit_log")}
    assert {(anonymised["id"], "data_delete"), (case(db, complaint)["id"], "data_delete")} <= actions
    # The anonymised case is no longer this Messenger account's: looking it up finds nothing.
    assert text_of(chat.say(petition)).startswith(LOOKUP_NOT_FOUND.split("{")[0])


def test_the_officer_sees_the_request_on_the_case_page(chat, db, login):
    code = file_case(chat, "petition")
    chat.say("xóa dữ liệu")
    chat.tap("YES")
    page = login("tuan").get(f"/console/cases/{code}").get_data(as_text=True)
    assert AUDIT_ACTIONS["data_delete"] in page and "hồ sơ đã ẩn danh" in page
    assert NAME not in page


def test_a_draft_in_progress_asks_consent_again_after_withdrawal(chat, db):
    run_script(chat, "petition")
    to_phone(chat, "petition", content="Xin lắp thêm wifi ở nhà văn hóa tổ 3")
    chat.say("rút lại đồng ý")
    replies = chat.tap("YES")
    assert replies[-1][1][:2] == ["CONSENT_YES", "CONSENT_NO"]  # asked again before anything is filed


@pytest.mark.slow
def test_deletion_through_the_real_server_reaches_the_phone_and_the_audit_log(live_citizen, live_bot):
    from storage import connect  # the real server's database, read after its queues drained

    citizen = live_citizen("privacy-live-1")
    code = file_case(citizen, "petition")
    assert text_of(citizen.say("xoá dữ liệu của tôi")) == texts.CONFIRM["delete"]  # old tone placement too
    done = text_of(citizen.tap("YES"))
    assert texts.ANONYMISED.format(codes=code) in done
    db = connect(live_bot.env["DATABASE_PATH"])
    try:
        assert case(db, code)["psid"] is None and case(db, code)["name"] is None
        assert ("citizen", "data_delete") in {
            (r["actor"], r["action"])
            for r in db.query(
                "SELECT a.actor, a.action FROM audit_log a JOIN reports r ON r.id = a.report_id WHERE r.code = ?",
                [code],
            )
        }
    finally:
        db.conn.close()


def test_a_first_message_asking_for_my_data_is_answered_after_the_welcome(chat):
    replies = chat.say("dữ liệu của tôi")
    assert len(replies) == 2 and texts.DATA_NO_CASES in replies[1][0] and texts.DATA_NO_CONSENTS in replies[1][0]


def test_withdrawing_takes_a_published_answer_off_the_public_page(client, app, db, messenger):
    from test_publication import answer_and_resolve, file_feedback

    code, citizen = file_feedback(client, app, db, messenger, "pub-rights")
    answer_and_resolve(db, app.config, code)
    citizen.tap("RATE_SATISFIED")
    citizen.tap("SKIP")
    citizen.tap("PUBLISH_YES")
    assert code in client.get("/cong-khai/").get_data(as_text=True)
    citizen.say("rút lại đồng ý")
    citizen.tap("YES")
    assert code not in client.get("/cong-khai/").get_data(as_text=True)
    assert db.execute("SELECT count(*) FROM publications").fetchone()[0] == 0
