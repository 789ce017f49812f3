"""Hotline calls as cases: the console's form and `console add --channel hotline` make a case like a
Messenger one (code series, deadline, summary, duty notice, workflow), linkable to the caller's
Messenger; the inbox, exports, statistics, digest and monthly report tell the channels apart."""

import csv
import html
import json

import pytest
from console_support import post_form
from scripts import CODE, file_case

from casework.texts import CHANNEL_NAMES
from storage.reports import report_by_code

CALL = {
    "category": "feedback",
    "field": "digital_transformation",
    "content": "Không đăng nhập được VNeID",
    "name": "Nguyễn Văn An",
    "phone": "0913.456.789",
    "address": "Số 5 Lê Lợi",
    "consent": "1",
}


def record(client, **changes):
    return post_form(client, "/console/hotline", {**CALL, **changes}, page="/console/hotline")


def test_a_call_becomes_a_case_like_a_messenger_one(chat_as, db, login):
    messenger_code = file_case(chat_as("hot-1"), "petition")
    officer = login("tuan")
    assert "Ghi nhận cuộc gọi đường dây nóng" in officer.get("/console/hotline").get_data(as_text=True)
    response = record(officer, urgent="1")
    assert response.status_code == 302
    code = CODE.search(response.headers["Location"]).group()
    assert int(code[-5:]) == int(messenger_code[-5:]) + 1  # the same series
    report = report_by_code(db, code)
    assert (report["channel"], report["psid"], report["phone"], report["urgent"]) == (
        "hotline",
        None,
        "+84913456789",
        1,
    )
    assert CHANNEL_NAMES["hotline"] in report["summary"] and "0902" not in report["summary"]
    assert db.execute("SELECT count(*) FROM case_deadlines WHERE report_id = ?", [report["id"]]).fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM notices WHERE report_id = ?", [report["id"]]).fetchone()[0] >= 1
    consent = db.execute(
        "SELECT purpose, answer, recorded_by, report_id FROM consents WHERE id = ?", [report["consent_id"]]
    ).fetchone()
    assert consent == ("contact_for_report", "granted", "tuan", report["id"])  # oral, heard by tuan
    inbox = officer.get("/console/?channel=hotline").get_data(as_text=True)
    assert code in inbox and messenger_code not in inbox and CHANNEL_NAMES["hotline"] in inbox
    accepted = post_form(officer, f"/console/cases/{code}/status", {"status": "accepted", "note": "Thụ lý"})
    assert accepted.status_code == 302


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"consent": ""}, "chưa đồng ý cho lưu thông tin cá nhân"),
        ({"category": "complaint", "address": ""}, "Khiếu nại, tố cáo cần họ tên, địa chỉ"),
        ({"phone": "12345"}, 'Số điện thoại "12345" chưa đúng'),
        ({"content": " "}, "Vui lòng ghi nội dung cuộc gọi"),
        ({"category": "xyz"}, "Vui lòng chọn loại"),
    ],
)
def test_a_bad_form_says_what_to_fix_and_keeps_what_was_typed(login, db, changes, message):
    officer = login("tuan")
    response = record(officer, **changes)
    page = html.unescape(response.get_data(as_text=True))
    assert response.status_code == 400 and message in page
    assert "Nguyễn Văn An" in page or changes.get("name") == ""  # nothing typed is lost
    assert db.execute("SELECT count(*) FROM reports").fetchone()[0] == 0


def test_an_anonymous_call_is_kept_without_identity(login, db):
    officer = login("tuan")
    response = record(officer, name="", phone="", address="", consent="")
    report = report_by_code(db, CODE.search(response.headers["Location"]).group())
    assert (report["name"], report["phone"], report["consent_id"]) == (None, None, None)


def test_linking_the_caller_sends_answers_by_messenger(chat_as, db, login):
    citizen = chat_as("hot-2")
    messenger_code = file_case(citizen, "petition")  # gave 0913.456.789 in Messenger
    citizen.replies()
    officer = login("tuan")
    code = CODE.search(record(officer).headers["Location"]).group()
    page = officer.get(f"/console/cases/{code}").get_data(as_text=True)
    assert f"hồ sơ {messenger_code}" in page and "Liên kết để trả lời qua Messenger" in page
    assert post_form(officer, f"/console/cases/{code}/link-messenger", {"psid": "someone-else"}).status_code == 400
    assert post_form(officer, f"/console/cases/{code}/link-messenger", {"psid": "hot-2"}).status_code == 302
    assert report_by_code(db, code)["psid"] == "hot-2"
    post_form(officer, f"/console/cases/{code}/reply", {"text": "Phường đã hướng dẫn anh qua điện thoại."})
    assert citizen.replies()[-1][0] == "Phường đã hướng dẫn anh qua điện thoại."
    assert db.execute("SELECT count(*) FROM audit_log WHERE action = 'link_messenger'").fetchone()[0] == 1


def test_the_command_line_records_and_links_a_call(chat_as, runner, db):
    file_case(chat_as("hot-3"), "complaint")
    result = runner(
        "console",
        "add",
        "--channel",
        "hotline",
        "--category",
        "complaint",
        "--field",
        "technology",
        "--content",
        "Hồ sơ bị trả lại",
        "--name",
        "Nguyễn Văn An",
        "--phone",
        "0913 456 789",
        "--address",
        "Số 5 Lê Lợi",
        "--consent",
        "--link-messenger",
        "--json",
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    report = report_by_code(db, data["code"])
    assert data["linked"] and report["psid"] == "hot-3" and report["channel"] == "hotline"
    refused = runner(
        "console", "add", "--category", "feedback", "--field", "other", "--content", "Góp ý", "--phone", "0913 456 789"
    )
    assert refused.exit_code == 1 and "chưa đồng ý" in refused.output
    shown = json.loads(runner("console", "show", data["code"], "--json").output)
    assert shown["channel"] == "hotline"


def test_exports_statistics_digest_and_report_split_by_channel(chat_as, runner, login, db, tmp_path):
    messenger_code = file_case(chat_as("hot-4"), "feedback")
    officer = login("lan")
    hotline_code = CODE.search(record(officer).headers["Location"]).group()
    export = officer.get("/console/export.csv").get_data(as_text=True).lstrip("\ufeff")
    rows = {row["Mã hồ sơ"]: row for row in csv.DictReader(export.splitlines())}
    assert rows[hotline_code]["Kênh tiếp nhận"] == CHANNEL_NAMES["hotline"]
    assert rows[messenger_code]["Kênh tiếp nhận"] == "Messenger"
    assert runner("console", "export", str(tmp_path / "h.csv"), "--channel", "hotline").exit_code == 0
    only = (tmp_path / "h.csv").read_text(encoding="utf-8-sig")
    assert hotline_code in only and messenger_code not in only
    stats = officer.get("/console/stats").get_data(as_text=True)
    assert "Theo kênh tiếp nhận" in stats and f"<td>{CHANNEL_NAMES['hotline']}</td><td>1</td>" in stats
    digest = json.loads(runner("digest", "--json").output)
    new = {item["code"]: item for item in digest["new"]}
    assert new[hotline_code]["channel"] == "hotline" and CHANNEL_NAMES["hotline"] in new[hotline_code]["line"]
    assert CHANNEL_NAMES["hotline"] in runner("digest").output
    month = report_by_code(db, hotline_code)["created_at"][:7]
    data = json.loads(runner("report", "--month", month, "--json").output)
    assert data["by_channel"] == {"messenger": 1, "hotline": 1}


def test_a_caller_who_agreed_on_the_phone_is_published_once_answered(client, login, runner, db):
    officer = login("tuan")
    response = record(officer, publish="1", content="Tôi là Nguyễn Văn An, wifi tổ 3 hỏng")
    code = CODE.search(response.headers["Location"]).group()
    consent = db.execute(
        "SELECT purpose, answer, recorded_by FROM consents WHERE id = ?",
        [report_by_code(db, code)["publish_consent_id"]],
    ).fetchone()
    assert consent == ("publish_answer", "granted", "tuan")
    assert code not in client.get("/cong-khai/").get_data(as_text=True)  # not before it is answered
    post_form(officer, f"/console/cases/{code}/reply", {"text": "Phường đã sửa wifi tổ 3."})
    for status in ("accepted", "resolved"):
        assert runner("console", "status", code, status, "--note", "Đã sửa").exit_code == 0
    page = client.get("/cong-khai/").get_data(as_text=True)
    assert code in page and "wifi tổ 3 hỏng" in page and "Nguyễn Văn An" not in page


def test_a_caller_who_writes_on_zalo_is_offered_and_linked_as_zalo(chat_as, db, login):
    """Before, only Messenger citizens were matched: a Zalo citizen with the caller's phone was not."""
    zalo_code = file_case(chat_as("hot-z"), "petition")  # gave 0913.456.789
    db.execute("UPDATE reports SET psid = 'zalo:5150', channel = 'zalo' WHERE code = ?", [zalo_code])
    officer = login("tuan")
    code = CODE.search(record(officer).headers["Location"]).group()
    page = officer.get(f"/console/cases/{code}").get_data(as_text=True)
    assert f"hồ sơ {zalo_code}" in page and "Liên kết để trả lời qua Zalo" in page
    assert post_form(officer, f"/console/cases/{code}/link-messenger", {"psid": "zalo:5150"}).status_code == 302
    assert report_by_code(db, code)["psid"] == "zalo:5150"
    assert "Đã liên kết với Zalo của người gọi" in officer.get(f"/console/cases/{code}").get_data(as_text=True)
