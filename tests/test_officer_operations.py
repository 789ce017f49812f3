"""One set of operations, two faces: the console's forms and `python -m bot console …` call the same
casework/ functions, so the same mistake gets the same sentence (casework/texts.py) on both, and
what one face refuses to an officer (another ward's case, a denouncer's phone or link) the other
refuses too. In-process: the app, a real SQLite file, the command line on the same database."""

import datetime as dt
import html
import re

import pytest
import time_machine
from console_support import post_form
from scripts import file_case

from casework import texts
from casework.answers import MAX_ANSWER
from storage import write_transaction
from storage.handoffs import open_handoffs
from storage.officers import create_officer

ALERT = re.compile(r'<p class="flash error" role="alert">(.*?)</p>', re.S)
NOW = dt.datetime.now(dt.timezone.utc)


def web_refusal(response):
    assert response.status_code in (400, 403), response.status_code
    return html.unescape(ALERT.search(response.get_data(as_text=True)).group(1)), response.status_code


def cli_refusal(result):
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    return result.stderr.strip()


# (web form's path under the case, its fields) and the same input on the command line; the refusal.
CASE_MISTAKES = {
    "unknown status": (
        ("status", {"status": "done", "note": "x"}),
        ["status", "{code}", "done", "--note", "x"],
        texts.UNKNOWN_STATUS.format(
            status="done", statuses="new, accepted, in_progress, resolved, forwarded, rejected"
        ),
    ),
    "status without a note": (
        ("status", {"status": "accepted", "note": "  "}),
        ["status", "{code}", "accepted", "--note", "  "],
        texts.STATUS_NOTE_REQUIRED,
    ),
    "a transition the workflow has not": (
        ("status", {"status": "resolved", "note": "xong"}),
        ["status", "{code}", "resolved", "--note", "xong"],
        texts.TRANSITION_REFUSED.format(code="{code}", old="Mới tiếp nhận", new="Đã giải quyết"),
    ),
    "forwarded to nobody": (
        ("status", {"status": "forwarded", "note": "không thuộc thẩm quyền", "forwarded_to": " "}),
        ["status", "{code}", "forwarded", "--note", "không thuộc thẩm quyền", "--to", " "],
        texts.FORWARDED_TO_REQUIRED,
    ),
    "an empty note": (("note", {"text": " \n "}), ["note", "{code}", " \n "], texts.NOTE_EMPTY),
    "assigned to nobody known": (
        ("assign", {"username": "khong-co-ai"}),
        ["assign", "{code}", "khong-co-ai"],
        texts.NO_SUCH_OFFICER.format(username="khong-co-ai"),
    ),
    "an empty answer": (("reply", {"text": "   "}), ["reply", "{code}", "   "], texts.ANSWER_EMPTY),
    "an answer too long": (
        ("reply", {"text": "a" * (MAX_ANSWER + 1)}),
        ["reply", "{code}", "a" * (MAX_ANSWER + 1)],
        texts.ANSWER_TOO_LONG.format(limit=MAX_ANSWER),
    ),
    "a field that does not exist": (
        ("classify", {"category": "complaint", "field": "weather"}),
        ["classify", "{code}", "complaint", "weather"],
        texts.CLASSIFICATION_INVALID,
    ),
}


@pytest.mark.parametrize("mistake", CASE_MISTAKES)
def test_a_case_form_and_its_command_refuse_the_same_mistake_with_the_same_sentence(
    mistake, chat_as, login, runner, db
):
    code = file_case(chat_as("7001"), "complaint")
    (form, fields), args, expected = CASE_MISTAKES[mistake]
    expected = expected.format(code=code) if "{code}" in expected else expected
    web, status = web_refusal(post_form(login("tuan"), f"/console/cases/{code}/{form}", fields))
    cli = cli_refusal(runner("console", *[a.format(code=code) for a in args], "--as", "tuan"))
    assert web == cli == expected and status == 400
    assert db.execute("SELECT count(*) FROM audit_log WHERE report_id IS NOT NULL").fetchone()[0] == 0


def test_a_denunciation_stays_one_for_an_officer_on_both_faces(chat_as, login, runner, db):
    code = file_case(chat_as("same-keep"), "denunciation")
    form = {"category": "feedback", "field": "other"}
    web, status = web_refusal(post_form(login("tuan"), f"/console/cases/{code}/classify", form))
    cli = cli_refusal(runner("console", "classify", code, "feedback", "other", "--as", "tuan"))
    assert web == cli == texts.KEEP_DENUNCIATION and status == 403
    assert runner("console", "classify", code, "feedback", "other", "--as", "lan").exit_code == 0  # a leader may
    assert db.execute("SELECT category FROM reports WHERE code = ?", [code]).fetchone() == ("feedback",)


@pytest.fixture
def conversation(chat, db):
    """A citizen waiting for an officer: (their PSID, the handoff's id)."""
    chat.send(chat.m.postback(chat.psid))
    chat.tap("MENU_OFFICER")
    chat.say("Tôi cần hỏi về thủ tục cấp chữ ký số")
    (handoff,) = open_handoffs(db)
    return chat.psid, handoff["id"]


CONVERSATION_MISTAKES = {
    "an empty answer": (("tra-loi", {"text": " "}), ["answer", "{psid}", " "], texts.ANSWER_EMPTY),
    "a case without a field": (
        ("lap-ho-so", {"category": "petition", "field": "", "content": "Hỏi chữ ký số"}),
        ["make-case", "{psid}", "--category", "petition", "--field", "", "--content", "Hỏi chữ ký số"],
        texts.CASE_NEEDS_CLASSIFICATION,
    ),
    "a case without content": (
        ("lap-ho-so", {"category": "petition", "field": "other", "content": "  "}),
        ["make-case", "{psid}", "--category", "petition", "--field", "other", "--content", "  "],
        texts.CASE_NEEDS_CONTENT,
    ),
}


@pytest.mark.parametrize("mistake", CONVERSATION_MISTAKES)
def test_tro_chuyen_and_its_commands_refuse_the_same_mistake_with_the_same_sentence(
    mistake, conversation, login, runner, db
):
    psid, handoff_id = conversation
    (form, fields), args, expected = CONVERSATION_MISTAKES[mistake]
    path = f"/console/tro-chuyen/{handoff_id}"
    web, status = web_refusal(post_form(login("tuan"), f"{path}/{form}", fields, page=path))
    cli = cli_refusal(runner("console", *[a.format(psid=psid) for a in args], "--as", "tuan"))
    assert web == cli == expected and status == 400
    assert [h["id"] for h in open_handoffs(db)] == [handoff_id]  # still open, nothing made


def test_after_seven_days_neither_face_can_answer_the_conversation(conversation, login, runner):
    psid, handoff_id = conversation
    path = f"/console/tro-chuyen/{handoff_id}"
    with time_machine.travel(NOW + dt.timedelta(days=8)):
        web, _ = web_refusal(post_form(login("tuan"), f"{path}/tra-loi", {"text": "Chào anh/chị."}, page=path))
        cli = cli_refusal(runner("console", "answer", psid, "Chào anh/chị.", "--as", "tuan"))
    assert web == cli == texts.HANDOFF_WINDOW_CLOSED


def test_another_wards_case_and_conversation_do_not_exist_for_an_officer_on_the_command_line(
    chat_as, conversation, runner, db, tmp_path
):
    code = file_case(chat_as("same-ward"), "feedback")
    with write_transaction(db):
        create_officer(db, "khac", "mat-khau-phuong-khac-2026", page_id="999")
    psid, _ = conversation
    for args, refusal in (
        (["status", code, "accepted", "--note", "Thụ lý"], texts.NO_SUCH_CASE_CODE.format(code=code)),
        (["note", code, "Ghi chú"], texts.NO_SUCH_CASE_CODE.format(code=code)),
        (["reply", code, "Chào anh/chị"], texts.NO_SUCH_CASE_CODE.format(code=code)),
        (["answer", psid, "Chào anh/chị"], texts.NO_OPEN_HANDOFF_OF.format(psid=psid)),
        (["close-handoff", psid], texts.NO_OPEN_HANDOFF_OF.format(psid=psid)),
    ):
        assert cli_refusal(runner("console", *args, "--as", "khac")) == refusal, args
    assert db.execute("SELECT status FROM reports WHERE code = ?", [code]).fetchone() == ("new",)
    exported = runner("console", "export", str(tmp_path / "khac.csv"), "--as", "khac")
    assert exported.exit_code == 0 and "Đã xuất 0 hồ sơ" in exported.output
    assert code not in (tmp_path / "khac.csv").read_text(encoding="utf-8-sig")


def test_out_of_the_window_a_denouncers_phone_is_not_printed_for_an_officer(chat_as, runner, officers, monkeypatch):
    monkeypatch.setenv("APPROVAL_CATEGORIES", "")  # the officer's answer goes as typed, not to a leader first
    code = file_case(chat_as("same-call"), "denunciation")
    with time_machine.travel(NOW + dt.timedelta(days=8)):
        refused = runner("console", "reply", code, "Mời anh/chị đến phường.", "--as", "tuan")
        shown = runner("console", "reply", code, "Mời anh/chị đến phường.", "--as", "lan")
    assert refused.exit_code == 1 and texts.CALL_MASKED in refused.stderr and "0913 456 789" not in refused.output
    assert shown.exit_code == 1 and texts.CALL_PHONE.format(phone="0913 456 789") in shown.stderr


def test_an_officer_cannot_link_a_denouncers_call_to_messenger_from_the_command_line(chat_as, runner, db, officers):
    file_case(chat_as("same-link"), "petition")  # a Messenger citizen who gave 0913 456 789
    call = ["console", "add", "--category", "denunciation", "--field", "other", "--content", "Tố cáo cán bộ thu tiền"]
    caller = ["--name", "Nguyễn Văn An", "--phone", "0913456789", "--address", "Số 1 Lạch Tray", "--consent"]
    refused = runner(*call, *caller, "--link-messenger", "--as", "tuan")
    assert refused.exit_code == 1 and refused.stderr.strip().endswith(texts.LINK_DENOUNCER)
    assert db.execute("SELECT count(*) FROM audit_log WHERE action = 'link_messenger'").fetchone()[0] == 0
    assert runner(*call, *caller, "--link-messenger", "--as", "lan").exit_code == 0
    assert db.execute("SELECT count(*) FROM audit_log WHERE action = 'link_messenger'").fetchone()[0] == 1
