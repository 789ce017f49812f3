"""The chain of handling (the notice's §3.1-3.2), in-process: a proposal and a leader's direction, the
ward's departments, a request answered through its link without the protected identity, and an
answer that waits for a leader's approval. Every face (the casework functions, the command line,
the console's forms, the department's page) is driven as its users would."""

import io
import json
import re

import pytest
import time_machine
from console_support import CSRF, post_form
from duty_fixtures import local
from scripts import file_case

from casework import texts
from casework.answers import answer_citizen
from casework.approval import approve_answer
from casework.case_edits import assign
from casework.chain import chain_of_case
from casework.consultations import ask_department
from casework.digest import build_digest, digest_text, send_digest
from casework.directions import direct, propose
from casework.erasure import anonymise_case
from console import texts as console_texts
from core.config import Config
from storage import write_transaction
from storage.reports import report_by_code

LINK = re.compile(r"https?://[^\s\"<]+/phoi-hop/[A-Za-z0-9_-]+")
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
IDENTITY = ("Nguyễn Văn An", "0913 456 789", "0913456789", "Số 5 Lê Lợi")
FRIDAY = local(2026, 3, 6, 9, 0)


def cli(runner, *args):
    return runner("console", *args)


def officer_row(db, username):
    return dict(next(db.query("SELECT * FROM officers WHERE username = ?", [username])))


def with_emails(db):
    with write_transaction(db):
        for name in ("tuan", "lan", "quantri"):
            db.execute("UPDATE officers SET email = ? WHERE username = ?", [f"{name}@aiquoc.example", name])


@pytest.fixture
def denunciation(chat_as, db):
    """A denunciation whose author wrote who they are into the story, as citizens do."""
    citizen = chat_as("chain-den")
    code = file_case(citizen, "denunciation")
    with write_transaction(db):
        db.execute(
            "UPDATE reports SET content = content || ? WHERE code = ?",
            [" Tôi là Nguyễn Văn An, nhà ở Số 5 Lê Lợi, tổ dân phố 3, gọi 0913 456 789.", code],
        )
    return code


# --- Proposal and direction -------------------------------------------------------------------


def test_an_officer_proposes_a_leader_directs_and_the_json_and_history_show_both(chat_as, runner, db, officers):
    code = file_case(chat_as("chain-1"), "petition")
    assert cli(runner, "propose", code, "Đề nghị giao Trung tâm DVSNC mở lớp.", "--as", "tuan").exit_code == 0
    refused = cli(runner, "direct", code, "Đồng ý.", "--as", "tuan")
    assert refused.exit_code == 1 and refused.stderr.strip() == texts.DIRECT_LEADERS_ONLY
    assert cli(runner, "direct", code, "Đồng ý, mở lớp trong tháng 12.", "--as", "lan").exit_code == 0
    shown = json.loads(cli(runner, "show", code, "--json").output)
    assert [(p["text"], p["by"]) for p in shown["proposals"]] == [("Đề nghị giao Trung tâm DVSNC mở lớp.", "tuan")]
    assert [(d["text"], d["by"]) for d in shown["directions"]] == [("Đồng ý, mở lớp trong tháng 12.", "lan")]
    assert all(item["at"] for item in shown["proposals"] + shown["directions"])
    actions = [
        r[0] for r in db.execute("SELECT action FROM audit_log WHERE action IN ('propose', 'direct') ORDER BY id")
    ]
    assert actions == ["propose", "direct"]  # the refused one left nothing


def test_the_digest_lists_a_case_waiting_for_a_direction_until_one_is_given(chat_as, app, db, officers):
    code = file_case(chat_as("chain-2"), "feedback")
    report_id = report_by_code(db, code)["id"]
    waiting = lambda: [i["code"] for i in build_digest(db, app.config)["chain"]["waiting_direction"]]  # noqa: E731
    assert waiting() == []
    propose(db, app.config, report_id, "Chuyển Phòng Văn hóa - Xã hội xem xét.", officer_row(db, "tuan"))
    assert waiting() == [code]
    direct(db, app.config, report_id, "Đồng ý.", officer_row(db, "lan"))
    assert waiting() == []
    propose(db, app.config, report_id, "Đơn vị chưa trả lời: đề nghị gia hạn.", officer_row(db, "tuan"))
    assert waiting() == [code]  # a proposal after the direction waits again


def test_a_direction_notifies_the_assignee_without_the_denouncers_identity(
    denunciation, app, db, officers, smtp_server, runner
):
    with_emails(db)
    report = report_by_code(db, denunciation)
    assign(db, app.config, report["id"], "tuan", officer_row(db, "lan"))
    notices = direct(
        db, app.config, report["id"], "Mời ông Nguyễn Văn An (0913 456 789) lên làm việc.", officer_row(db, "lan")
    )
    assert [n["channel"] for n in notices] == ["email"]
    (to, body) = db.execute("SELECT to_addr, body FROM email_outbox WHERE kind = 'direction'").fetchone()
    assert to == "tuan@aiquoc.example" and denunciation in body and "lên làm việc" in body
    assert not any(part in body for part in IDENTITY)


def test_the_case_page_shows_the_chain_and_a_direction_form_only_to_leaders(chat_as, login, db, officers):
    code = file_case(chat_as("chain-3"), "petition")
    officer = login("tuan")
    assert post_form(officer, f"/console/cases/{code}/propose", {"text": "Đề nghị mở lớp."}).status_code == 302
    page = officer.get(f"/console/cases/{code}").get_data(as_text=True)
    assert "Đề nghị mở lớp." in page and "Đang chờ lãnh đạo cho ý kiến chỉ đạo" in page
    assert "Cho ý kiến chỉ đạo" not in page
    refused = post_form(officer, f"/console/cases/{code}/direct", {"text": "Đồng ý."})
    assert refused.status_code == 403 and texts.DIRECT_LEADERS_ONLY in refused.get_data(as_text=True)
    leader = login("lan")
    assert "Cho ý kiến chỉ đạo" in leader.get(f"/console/cases/{code}").get_data(as_text=True)
    assert post_form(leader, f"/console/cases/{code}/direct", {"text": "Đồng ý, làm ngay."}).status_code == 302
    history = leader.get(f"/console/cases/{code}").get_data(as_text=True)
    assert console_texts.AUDIT_ACTIONS["direct"] in history and "Đồng ý, làm ngay." in history
    assert "Đang chờ lãnh đạo cho ý kiến chỉ đạo" not in history


# --- Departments --------------------------------------------------------------------------------


def test_the_notices_departments_are_seeded_and_an_admin_edits_them(runner, db, officers):
    listed = json.loads(runner("department", "list", "--json").output)
    assert [d["name"] for d in listed] == sorted(
        [
            "Công an phường",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Phòng Văn hóa - Xã hội",
            "Trung tâm Dịch vụ sự nghiệp công",
            "Trung tâm Hành chính công",
        ],
        key=lambda name: name.lower().replace("ô", "o"),
    )
    updated = runner("department", "add", "cong an phuong", "--email", "congan@aiquoc.example")
    assert updated.exit_code == 0 and "Đã cập nhật" in updated.output
    assert runner("department", "add", "Phòng Tư pháp").exit_code == 0
    bad = runner("department", "add", "Phòng Tư pháp", "--email", "not-an-email")
    assert bad.exit_code == 1 and texts.DEPARTMENT_EMAIL_INVALID.format(email="not-an-email") in bad.stderr
    refused = runner("department", "add", "Phòng Nội vụ", "--as", "tuan")
    assert refused.exit_code == 1 and texts.DEPARTMENTS_ADMINS_ONLY in refused.stderr
    assert runner("department", "disable", "Phòng Tư pháp").exit_code == 0
    rows = {d["name"]: d for d in json.loads(runner("department", "list", "--json").output)}
    assert rows["Công an phường"]["email"] == "congan@aiquoc.example" and len(rows) == 6
    assert rows["Phòng Tư pháp"]["in_use"] is False


def test_the_departments_page_is_for_admins(login, db):
    assert login("tuan").get("/console/departments").status_code == 403
    admin = login("quantri")
    assert "Trung tâm Hành chính công" in admin.get("/console/departments").get_data(as_text=True)
    saved = post_form(admin, "/console/departments", {"name": "Phòng Tư pháp", "email": "tp@aiquoc.example"})
    assert saved.status_code == 302
    assert db.execute("SELECT email FROM departments WHERE name = 'Phòng Tư pháp'").fetchone() == ("tp@aiquoc.example",)
    refused = post_form(admin, "/console/departments", {"name": " ", "email": ""})
    assert refused.status_code == 400 and texts.DEPARTMENT_NAME_EMPTY in refused.get_data(as_text=True)


# --- Consultations ------------------------------------------------------------------------------


def ask(db, app, code, department="Công an phường", due="2026-03-13", question="Đề nghị xác minh người bị tố cáo."):
    report = report_by_code(db, code)
    return ask_department(db, app.config, report["id"], department, due, question, officer_row(db, "lan"))


def path_of(link):
    """The link's path: the test client is the server the link names."""
    return link[link.index("/phoi-hop/") :]


def answer_form(client, link, data, files=()):
    page = client.get(link)
    token = CSRF.search(page.get_data(as_text=True)).group(1)
    payload = {"csrf_token": token, **data}
    if files:
        payload["files"] = [(io.BytesIO(body), name) for name, body in files]
    return client.post(link, data=payload, content_type="multipart/form-data")


def test_a_department_answers_through_its_link_without_seeing_who_denounced(
    denunciation, app, client, db, officers, smtp_server
):
    with_emails(db)
    with write_transaction(db):
        db.execute("UPDATE departments SET email = 'congan@aiquoc.example' WHERE name = 'Công an phường'")
    with time_machine.travel(FRIDAY, tick=False):
        asked = ask(
            db, app, denunciation, question="Ông Nguyễn Văn An (0913 456 789) nói có tin nhắn: đề nghị xác minh."
        )
    assert asked.working_days_left == 5 and asked.emailed_to == "congan@aiquoc.example"
    (body,) = db.execute("SELECT body FROM email_outbox WHERE kind = 'consultation'").fetchone()
    assert asked.link in body and "xác minh" in body and not any(part in body for part in IDENTITY)
    path = path_of(asked.link)
    page = client.get(path)
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and page.headers["Cache-Control"] == "no-store"
    assert page.headers["Referrer-Policy"] == "no-referrer"
    assert denunciation in html and "Có người thu tiền" in html and "xác minh" in html
    assert [part for part in IDENTITY if part in html] == []
    done = answer_form(
        client,
        path,
        {"answer": "Đã xác minh: có dấu hiệu vi phạm.", "answered_by": "Đại úy Lê C"},
        [("bien-ban.png", PNG)],
    )
    assert done.status_code == 200 and "Đã nhận trả lời" in done.get_data(as_text=True)
    case = report_by_code(db, denunciation)
    (item,) = chain_of_case(db, app.config, case)["consultations"]
    assert item["answer"] == "Đã xác minh: có dấu hiệu vi phạm." and item["answered_by"] == "Đại úy Lê C"
    assert item["link_state"] == "answered" and [f["content_type"] for f in item["files"]] == ["image/png"]
    (stored,) = db.execute("SELECT path FROM consultation_files").fetchone()
    assert "chain-den" not in stored and f"consultations{'/'}" in stored.replace("\\", "/")
    again = client.get(path)
    assert again.status_code == 410 and "đã được trả lời" in again.get_data(as_text=True)
    assert "Có người thu tiền" not in again.get_data(as_text=True)  # a used link shows nothing of the case
    (to, note) = db.execute("SELECT to_addr, body FROM email_outbox WHERE kind = 'consultation_answered'").fetchone()
    assert to == "lan@aiquoc.example" and "Đã xác minh" in note
    history = db.execute("SELECT actor, note FROM audit_log WHERE action = 'consult_answer'").fetchall()
    assert history == [("Công an phường", "Đã xác minh: có dấu hiệu vi phạm.")]


def test_the_officer_downloads_the_departments_file_and_another_ward_cannot(chat_as, app, client, db, officers, login):
    code = file_case(chat_as("chain-file"), "petition")
    asked = ask(db, app, code, due="2099-01-01")
    path = path_of(asked.link)
    answer_form(client, path, {"answer": "Gửi kèm văn bản."}, [("vb.pdf", b"%PDF-1.4 test")])
    (file_id,) = db.execute("SELECT id FROM consultation_files").fetchone()
    download = login("tuan").get(f"/console/consultation-files/{file_id}")
    assert download.status_code == 200 and download.data.startswith(b"%PDF")
    assert f"{code}-phoi-hop-{file_id}.pdf" in download.headers["Content-Disposition"]
    with write_transaction(db):
        db.execute("UPDATE officers SET page_id = 'other-ward' WHERE username = 'tuan'")
    assert login("tuan").get(f"/console/consultation-files/{file_id}").status_code == 404


def test_a_departments_page_refuses_bad_files_a_missing_token_and_unknown_links(chat_as, app, client, db, officers):
    code = file_case(chat_as("chain-bad"), "feedback")
    asked = ask(db, app, code, due="2099-01-01")
    path = path_of(asked.link)
    html_file = answer_form(client, path, {"answer": "x"}, [("trang.html", b"<html><script>alert(1)</script>")])
    assert html_file.status_code == 400 and "trang.html" in html_file.get_data(as_text=True)
    assert db.execute("SELECT count(*) FROM consultation_files").fetchone()[0] == 0
    no_token = client.post(path, data={"answer": "Trả lời"})
    assert no_token.status_code == 400 and texts.CONSULT_FORM_EXPIRED in no_token.get_data(as_text=True)
    assert db.execute("SELECT answered_at FROM consultations").fetchone() == (None,)
    unknown = client.get("/phoi-hop/khong-co-lien-ket-nay")
    assert unknown.status_code == 404 and texts.LINK_UNKNOWN in unknown.get_data(as_text=True)


def test_guessing_links_is_limited_like_the_login(client, app, db):
    for _ in range(app.config["LOGIN_MAX_FAILURES"]):
        assert client.get("/phoi-hop/doan-thu").status_code == 404
    locked = client.get("/phoi-hop/doan-thu-nua")
    assert locked.status_code == 429 and "thử quá nhiều" in locked.get_data(as_text=True)


def test_a_link_expires_when_its_case_closes_and_the_list_says_so(chat_as, app, client, db, officers, runner):
    code = file_case(chat_as("chain-close"), "petition")
    asked = ask(db, app, code, due="2099-01-01")
    path = path_of(asked.link)
    assert client.get(path).status_code == 200
    assert cli(runner, "status", code, "rejected", "--note", "Không thuộc thẩm quyền").exit_code == 0
    closed = client.get(path)
    assert closed.status_code == 410 and texts.LINK_CLOSED in closed.get_data(as_text=True)
    refused = cli(runner, "consult", code, "Hỏi thêm", "--department", "Công an phường", "--due", "2099-01-01")
    assert refused.exit_code == 1 and texts.CONSULT_CASE_CLOSED.format(code=code) in refused.stderr


def test_consult_on_the_command_line_lists_overdue_ones_with_working_days_and_links(
    chat_as, runner, db, officers, monkeypatch
):
    monkeypatch.setenv("SECRET_KEY", "the-servers-key")
    code = file_case(chat_as("chain-cli"), "petition")
    with time_machine.travel(FRIDAY, tick=False):
        past = cli(runner, "consult", code, "Hỏi", "--department", "Công an phường", "--due", "2026-03-05")
        assert past.exit_code == 1 and texts.CONSULT_DUE_PAST.format(due="05/03/2026") in past.stderr
        unknown = cli(runner, "consult", code, "Hỏi", "--department", "Phòng Không Có", "--due", "2026-03-09")
        assert unknown.exit_code == 1 and "Công an phường" in unknown.stderr  # the names there are
        made = json.loads(
            cli(
                runner,
                "consult",
                code,
                "Cho ý kiến về lớp học",
                "--department",
                "trung tam dich vu su nghiep cong",
                "--due",
                "09/03/2026",
                "--as",
                "tuan",
                "--json",
            ).output
        )
    assert made["department"] == "Trung tâm Dịch vụ sự nghiệp công" and made["working_days_left"] == 1  # Monday
    assert LINK.fullmatch(made["link"]) and made["emailed_to"] is None
    with time_machine.travel(local(2026, 3, 11, 9, 0), tick=False):  # Wednesday: two working days late
        overdue = json.loads(cli(runner, "consultations", "--overdue", "--json").output)
        text = cli(runner, "consultations").output
    assert [(c["code"], c["working_days_left"], c["link"]) for c in overdue] == [(code, -2, made["link"])]
    assert "quá hạn 2 ngày làm việc" in text and made["link"] in text
    with time_machine.travel(local(2026, 3, 11, 9, 0), tick=False):
        assert json.loads(cli(runner, "consultations", "--overdue", "--json", "--as", "lan").output)


def test_the_overdue_request_is_in_the_leaders_digest(chat_as, app, db, officers):
    code = file_case(chat_as("chain-digest"), "petition")
    with time_machine.travel(FRIDAY, tick=False):
        ask(db, app, code, due="2026-03-09")
    with time_machine.travel(local(2026, 3, 9, 16, 0), tick=False):
        assert build_digest(db, app.config)["chain"]["consultations_overdue"] == []  # due today: not late yet
    with time_machine.travel(local(2026, 3, 10, 8, 0), tick=False):
        digest = build_digest(db, app.config)
    (item,) = digest["chain"]["consultations_overdue"]
    assert item["code"] == code and item["working_days_late"] == 1
    assert "Đơn vị chưa trả lời, đã quá hạn (1)" in digest_text(digest)


def test_the_consultation_form_on_the_case_page(chat_as, login, db, officers):
    code = file_case(chat_as("chain-form"), "petition")
    officer = login("tuan")
    page = officer.get(f"/console/cases/{code}").get_data(as_text=True)
    assert 'name="department"' in page and "Trung tâm Hành chính công" in page
    refused = post_form(officer, f"/console/cases/{code}/consult", {"department": "", "due": "", "question": "Hỏi"})
    assert refused.status_code == 400 and "Hỏi" in refused.get_data(as_text=True)  # what was typed stays
    sent = post_form(
        officer,
        f"/console/cases/{code}/consult",
        {"department": "Trung tâm Hành chính công", "due": "2099-01-01", "question": "Cho biết lịch mở lớp."},
    )
    assert sent.status_code == 302
    shown = officer.get(sent.headers["Location"]).get_data(as_text=True)
    assert "/phoi-hop/" in shown and "Cho biết lịch mở lớp." in shown  # no e-mail: the link to pass on


# --- Approval before answer ---------------------------------------------------------------------


def test_a_complaints_answer_waits_for_a_leader_and_goes_after_approval(chat_as, app, db, officers, runner, login):
    citizen = chat_as("chain-appr")
    code = file_case(citizen, "complaint")
    before = db.execute("SELECT count(*) FROM outbox WHERE psid = 'chain-appr'").fetchone()[0]
    held = json.loads(cli(runner, "reply", code, "Phường nhận lại hồ sơ của anh.", "--as", "tuan", "--json").output)
    assert held["held"] is True and held["sent"] is False
    assert db.execute("SELECT count(*) FROM outbox WHERE psid = 'chain-appr'").fetchone()[0] == before
    assert report_by_code(db, code)["answer"] is None  # the citizen's look-up shows nothing yet
    inbox = login("tuan").get("/console/").get_data(as_text=True)
    assert "Chờ lãnh đạo duyệt" in inbox
    assert "Đang chờ lãnh đạo duyệt" in login("tuan").get(f"/console/cases/{code}").get_data(as_text=True)
    assert [i["code"] for i in build_digest(db, app.config)["chain"]["awaiting_approval"]] == [code]
    refused = cli(runner, "approve", code, "--as", "tuan")
    assert refused.exit_code == 1 and refused.stderr.strip() == texts.APPROVE_LEADERS_ONLY
    assert cli(runner, "approve", code, "--as", "lan").exit_code == 0
    (message, sent_by) = db.execute(
        "SELECT message, sent_by FROM outbox WHERE psid = 'chain-appr' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert "Phường nhận lại hồ sơ của anh." in message and sent_by == "tuan"
    assert report_by_code(db, code)["answer"] == "Phường nhận lại hồ sơ của anh."
    assert db.execute("SELECT actor FROM audit_log WHERE action = 'approve_answer'").fetchone() == ("lan",)
    again = cli(runner, "approve", code, "--as", "lan")
    assert again.exit_code == 1 and texts.NO_DRAFT_WAITING.format(code=code) in again.stderr


def test_a_leader_sends_an_answer_back_with_a_note_and_the_officer_is_told(
    chat_as, app, db, officers, login, smtp_server
):
    with_emails(db)
    code = file_case(chat_as("chain-back"), "denunciation")
    officer = login("tuan")
    assert post_form(officer, f"/console/cases/{code}/reply", {"text": "Trả lời chưa đủ."}).status_code == 302
    leader = login("lan")
    page = leader.get(f"/console/cases/{code}").get_data(as_text=True)
    assert "Duyệt và gửi cho người dân" in page and "Trả lời chưa đủ." in page
    no_note = post_form(leader, f"/console/cases/{code}/send-back", {"note": ""})
    assert no_note.status_code == 400 and texts.SEND_BACK_NOTE_REQUIRED in no_note.get_data(as_text=True)
    assert post_form(leader, f"/console/cases/{code}/send-back", {"note": "Bổ sung căn cứ pháp lý."}).status_code == 302
    returned = officer.get(f"/console/cases/{code}").get_data(as_text=True)
    assert "Bổ sung căn cứ pháp lý." in returned and "Đang chờ lãnh đạo duyệt" not in returned
    (to, body) = db.execute("SELECT to_addr, body FROM email_outbox WHERE kind = 'answer_returned'").fetchone()
    assert to == "tuan@aiquoc.example" and "Bổ sung căn cứ pháp lý." in body
    assert post_form(officer, f"/console/cases/{code}/approve", {}).status_code == 403


def test_answers_in_other_categories_and_a_leaders_own_answers_go_at_once(chat_as, app, db, officers):
    feedback = file_case(chat_as("chain-go-1"), "petition")
    complaint = file_case(chat_as("chain-go-2"), "complaint")
    officer, leader = officer_row(db, "tuan"), officer_row(db, "lan")
    assert answer_citizen(db, app.config, report_by_code(db, feedback)["id"], "Đã nhận.", officer).sent
    assert answer_citizen(db, app.config, report_by_code(db, complaint)["id"], "Phường nhận lại.", leader).sent
    assert db.execute("SELECT count(*) FROM answer_drafts").fetchone()[0] == 0
    with pytest.raises(Exception, match=texts.NO_DRAFT_WAITING.format(code=complaint)):
        approve_answer(db, app.config, report_by_code(db, complaint)["id"], leader)


def test_approval_categories_is_checked_at_start_up(monkeypatch):
    monkeypatch.setenv("APPROVAL_CATEGORIES", "complaint,denunciaton")
    with pytest.raises(ValueError, match="APPROVAL_CATEGORIES: unknown categories denunciaton"):
        Config()


def test_an_anonymised_case_loses_its_authors_name_from_the_chain_too(chat_as, app, db, officers):
    code = file_case(chat_as("chain-erase"), "petition")  # Nguyễn Văn An, 0913 456 789
    report = report_by_code(db, code)
    ask(db, app, code, due="2099-01-01", question="Anh Nguyễn Văn An (0913 456 789) cần lịch học.")
    with write_transaction(db):
        anonymise_case(db, app.config, report)
    (question,) = db.execute("SELECT question FROM consultations").fetchone()
    assert "cần lịch học" in question and [part for part in IDENTITY if part in question] == []


def test_the_daily_digest_goes_to_the_wards_leaders_too(chat_as, app, db, officers, smtp_server):
    with_emails(db)  # nobody is on the roster: only the leader is sent it
    code = file_case(chat_as("chain-lead"), "petition")
    propose(db, app.config, report_by_code(db, code)["id"], "Đề nghị mở lớp.", officer_row(db, "tuan"))
    with time_machine.travel(local(2026, 12, 7, 8, 0), tick=False):  # a Monday
        assert send_digest(db, app.config)["notices"] == 1
    (to, body) = db.execute("SELECT to_addr, body FROM email_outbox WHERE kind = 'digest'").fetchone()
    assert to == "lan@aiquoc.example" and "Đề xuất chờ ý kiến chỉ đạo (1)" in body and code in body


def test_the_case_json_masks_the_chain_for_an_officer_and_not_for_a_leader(denunciation, app, db, officers, login):
    ask(db, app, denunciation, due="2099-01-01", question="Mời ông Nguyễn Văn An, 0913 456 789, đến đối chất.")
    officer = login("tuan").get(f"/console/cases/{denunciation}/json").get_json()
    leader = login("lan").get(f"/console/cases/{denunciation}/json").get_json()
    assert "đến đối chất" in officer["consultations"][0]["question"]
    assert [part for part in IDENTITY if part in json.dumps(officer, ensure_ascii=False)] == []
    assert "Nguyễn Văn An" in leader["consultations"][0]["question"]
