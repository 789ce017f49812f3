"""/cong-khai: answered feedback and petitions the citizen agreed to publish, personal data removed,
searchable without diacritics, newest first, never a denunciation; the officer may unpublish."""

import re
import sqlite3

import pytest
from console_support import post_form
from messenger_support import Chat
from scripts import CODE, file_case, to_phone

from casework.answers import answer_citizen
from casework.case_edits import reclassify
from casework.publishing import record_consent
from casework.workflow import change_status
from storage.reports import report_by_code

OFFICER = {"id": None, "username": "tuan", "role": "officer"}
CONTENT = (
    "Tôi là Trần Thị Bích, điện thoại 0912 345 678. Đèn đường trước nhà số 12 ngõ 5 Lạch Tray hỏng "
    "đã hai tuần; hàng xóm là anh Phạm Quốc Hùng cũng báo rồi. <script>alert(1)</script>"
)
ANSWER = "Chào chị Bích, phường đã thay bóng đèn đường ngày 20/11/2026. Cảm ơn chị đã phản ánh."


def file_feedback(client, app, db, messenger, psid, content=CONTENT, category="feedback"):
    citizen = Chat(client, app, db, messenger, psid=psid)
    to_phone(citizen, category, "technology", content, name="Trần Thị Bích")
    citizen.say("0912345678")
    citizen.say("Số 12 ngõ 5 Lạch Tray")
    return CODE.search(citizen.tap("SUBMIT")[-1][0]).group(), citizen


def answer_and_resolve(app, db, code, answer=ANSWER):
    report_id = report_by_code(db, code)["id"]
    answer_citizen(db, app.config, report_id, answer, OFFICER)
    change_status(db, app.config, report_id, "in_progress", "Đang xử lý", OFFICER)
    change_status(db, app.config, report_id, "resolved", "Đã thay bóng đèn", OFFICER)


@pytest.fixture
def published(client, app, db, messenger):
    code, citizen = file_feedback(client, app, db, messenger, "pub-1")
    answer_and_resolve(app, db, code)
    citizen.tap("RATE_SATISFIED")
    assert citizen.tap("SKIP")[-1][1] == ["PUBLISH_YES", "PUBLISH_NO"]
    citizen.tap("PUBLISH_YES")
    return code


def test_a_published_case_shows_question_and_answer_without_personal_data(client, db, published):
    page = client.get("/cong-khai/").get_data(as_text=True)
    assert published in page and "Đèn đường trước" in page and "thay bóng đèn đường" in page
    for personal in ("0912", "345 678", "Bích", "Trần Thị", "Phạm Quốc Hùng", "Hùng", "Lạch Tray", "số 12"):
        assert personal not in page, personal
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page  # escaped, never run
    consent = db.execute("SELECT purpose, answer, report_id FROM consents WHERE purpose = 'publish_answer'").fetchone()
    assert consent == ("publish_answer", "granted", report_by_code(db, published)["id"])  # its own consent


def test_the_public_search_ignores_diacritics_and_finds_no_removed_name(client, published):
    assert published in client.get("/cong-khai/?q=den+duong+hong").get_data(as_text=True)
    assert published in client.get("/cong-khai/?q=ĐÈN ĐƯỜNG").get_data(as_text=True)
    assert published not in client.get("/cong-khai/?q=bich").get_data(as_text=True)
    assert published not in client.get("/cong-khai/?q=0912345678").get_data(as_text=True)


def test_the_public_page_needs_no_login_and_takes_no_forms(app, client, published):
    response = client.get("/cong-khai/")
    assert response.status_code == 200 and "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert client.post("/cong-khai/", data={"q": "x"}).status_code in (400, 405)  # no CSRF token, no form here


def test_newest_first_and_a_refusal_is_never_published(client, app, db, messenger, published):
    code, citizen = file_feedback(client, app, db, messenger, "pub-2", content="Wifi nhà văn hóa tổ 7 rất chậm")
    answer_and_resolve(app, db, code, "Phường đã nâng cấp đường truyền wifi nhà văn hóa tổ 7.")
    citizen.tap("RATE_VERY_SATISFIED")
    citizen.tap("SKIP")
    citizen.tap("PUBLISH_YES")
    code3, citizen3 = file_feedback(client, app, db, messenger, "pub-3", content="Cần thêm máy tra cứu thủ tục")
    answer_and_resolve(app, db, code3, "Phường sẽ đặt thêm một máy tra cứu ở bộ phận một cửa.")
    citizen3.tap("RATE_SKIP")
    citizen3.tap("PUBLISH_NO")
    page = client.get("/cong-khai/").get_data(as_text=True)
    assert page.index(code) < page.index(published)
    assert code3 not in page


def test_the_officer_unpublishes_and_it_is_audited(client, db, login, published):
    officer = login("tuan")
    case_page = officer.get(f"/console/cases/{published}").get_data(as_text=True)
    card = case_page.split("<h2>Trang công khai</h2>")[1].split("</section>")[0]
    assert "Đang hiện trên" in card and "Đèn đường trước nhà [đã ẩn]" in card and "Bích" not in card
    assert post_form(officer, f"/console/cases/{published}/unpublish", {}).status_code == 302
    assert published not in client.get("/cong-khai/").get_data(as_text=True)
    actions = [r[0] for r in db.execute("SELECT action FROM audit_log WHERE actor = 'tuan' AND action LIKE '%publish'")]
    assert actions == ["unpublish"]
    assert post_form(officer, f"/console/cases/{published}/publish", {}).status_code == 302
    assert published in client.get("/cong-khai/").get_data(as_text=True)


def test_a_reopened_or_reclassified_case_leaves_the_page(app, client, db, published):
    report_id = report_by_code(db, published)["id"]
    change_status(db, app.config, report_id, "in_progress", "Người dân báo đèn lại hỏng", OFFICER)
    assert published not in client.get("/cong-khai/").get_data(as_text=True)
    change_status(db, app.config, report_id, "resolved", "Đã thay lại", OFFICER)
    assert published in client.get("/cong-khai/").get_data(as_text=True)
    reclassify(db, app.config, report_id, "denunciation", "technology", OFFICER)
    assert published not in client.get("/cong-khai/").get_data(as_text=True)


def test_no_denunciation_ever_reaches_the_public_page(client, app, db, messenger, chat_as):
    """Whatever happens to it: answered, resolved, agreed to, or filed anonymously and kept as feedback."""
    codes = []
    for psid, category in (("pub-d1", "denunciation"), ("pub-d2", "complaint")):
        code = file_case(chat_as(psid), category)
        codes.append(code)
    anonymous = Chat(client, app, db, messenger, psid="pub-d3")
    for action, value in [
        ("say", "chào"),
        ("tap", "MENU_DENOUNCE"),
        ("tap", "FIELD_OTHER"),
        ("say", "Cán bộ X nhận tiền"),
        ("tap", "CONTENT_DONE"),
        ("tap", "SKIP"),
        ("say", "Cán bộ X"),
        ("say", "Nhận 5 triệu"),
        ("tap", "CONSENT_NO"),
        ("tap", "ANONYMOUS"),
    ]:
        getattr(anonymous, action)(value)
    codes.append(CODE.search(anonymous.tap("SUBMIT")[-1][0]).group())
    assert report_by_code(db, codes[-1])["flagged"] == "anonymous_denunciation"
    for code in codes:
        answer_and_resolve(app, db, code, "Phường đã xử lý theo quy định.")
        # even if someone agreed
        record_consent(db, app.config, report_by_code(db, code), True, "Đồng ý đăng", psid="x")
    page = client.get("/cong-khai/").get_data(as_text=True)
    assert not any(code in page for code in codes)
    assert db.execute("SELECT count(*) FROM publications").fetchone()[0] == 0
    report = report_by_code(db, codes[0])
    with pytest.raises(sqlite3.IntegrityError):  # the table itself refuses one
        db.execute(
            "INSERT INTO publications (report_id, code, category, field, question, answer, search_text,"
            " received_on, answered_on, published_at) VALUES (?, ?, 'denunciation', 'other', 'q', 'a', 'qa',"
            " '2026-01-01', '2026-01-02', 'now')",
            [report["id"], report["code"]],
        )
    assert not re.search(r"Tố cáo|Khiếu nại", page)


def test_with_several_wards_each_public_page_shows_its_own_answers(app, client, db, published):
    page_of_case = "100200300400500"  # as the worker records it when PAGES_FILE lists pages
    db.execute("UPDATE reports SET page_id = ? WHERE code = ?", [page_of_case, published])
    app.config["PAGES"] = [
        {"PAGE_ID": page_of_case, "WARD_NAME": "UBND phường Ái Quốc"},
        {"PAGE_ID": "555000555", "WARD_NAME": "UBND phường Lê Chân"},
    ]
    own = client.get(f"/cong-khai/?trang={page_of_case}").get_data(as_text=True)
    other = client.get("/cong-khai/?trang=555000555").get_data(as_text=True)
    assert published in own and "Ái Quốc" in own
    assert published not in other and "Lê Chân" in other
    assert published in client.get("/cong-khai/").get_data(as_text=True)  # the province's page: all
    assert client.get("/cong-khai/?trang=404404").status_code == 404
