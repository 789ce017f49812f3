"""A denouncer's identity (Law on Denunciations, Art. 47): hidden from officers everywhere, shown
to leaders with an audit entry; exports that Excel opens right."""

import csv
import io
import json

import openpyxl
import pytest
from scripts import file_case

from console.texts import AUDIT_ACTIONS, CATEGORY_NAMES, FIELD_NAMES

SECRETS = ["Nguyễn Văn An", "0913 456 789", "+84913456789", "Số 5 Lê Lợi", "Lê Lợi, tổ dân phố 3"]


@pytest.fixture
def denunciation(chat_as):
    return file_case(chat_as("den-1"), "denunciation")


def views_logged(db):
    return db.execute("SELECT count(*) FROM audit_log WHERE action = 'view_identity'").fetchone()[0]


@pytest.mark.parametrize(
    "path",
    [
        "/console/",
        "/console/cases/{code}",
        "/console/cases/{code}/json",
        "/console/cases/{code}/application",
        "/console/export.csv",
        "/console/?q=ho so",
    ],
)
def test_an_officer_never_sees_the_denouncer(login, denunciation, db, path):
    body = login("tuan").get(path.format(code=denunciation)).get_data(as_text=True)
    assert denunciation in body or path.startswith("/console/export")
    for secret in SECRETS:
        assert secret not in body, (path, secret)
    assert views_logged(db) == 0


def test_the_officer_still_sees_what_was_denounced(login, denunciation):
    page = login("tuan").get(f"/console/cases/{denunciation}").get_data(as_text=True)
    assert "Có người thu tiền để làm nhanh hồ sơ khởi nghiệp" in page and "Ông Trần Văn B" in page
    assert "(bảo mật)" in page


def test_the_officers_json_keeps_its_shape_with_the_identity_null(login, denunciation):
    data = json.loads(login("tuan").get(f"/console/cases/{denunciation}/json").get_data())
    assert data["citizen"] == {"name": None, "phone": None, "address": None, "hidden": True}
    assert data["psid"] is None and data["code"] == denunciation and data["messages"]
    assert "[đã ẩn]" in json.dumps(data, ensure_ascii=False)  # typed in the thread, blanked out there


@pytest.mark.parametrize(
    "path, where", [("/console/cases/{code}", "case"), ("/console/cases/{code}/json", "json"), ("/console/", "inbox")]
)
def test_a_leader_sees_the_denouncer_and_the_view_is_audit_logged(login, denunciation, db, path, where):
    body = login("lan").get(path.format(code=denunciation)).get_data(as_text=True)
    if where == "json":
        body = json.loads(body)["citizen"]["name"]
    assert "Nguyễn Văn An" in body
    ((actor, detail),) = db.execute("SELECT actor, detail FROM audit_log WHERE action = 'view_identity'")
    assert actor == "lan" and json.loads(detail)["where"] == where
    audit_page = login("quantri").get("/console/audit?action=view_identity").get_data(as_text=True)
    assert AUDIT_ACTIONS["view_identity"] in audit_page and "lan" in audit_page


def test_identity_roles_come_from_config(app, login, denunciation):
    app.config["IDENTITY_ROLES"] = "admin"
    assert "Nguyễn Văn An" not in login("lan").get(f"/console/cases/{denunciation}").get_data(as_text=True)
    assert "Nguyễn Văn An" in login("quantri").get(f"/console/cases/{denunciation}").get_data(as_text=True)


def read_csv(response):
    raw = response.get_data()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads the file as UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def test_csv_export_has_a_bom_and_vietnamese_intact(login, chat_as, denunciation, db):
    petition = file_case(chat_as("csv-1"), "petition")
    response = login("tuan").get("/console/export.csv")
    assert response.mimetype == "text/csv" and "attachment" in response.headers["Content-Disposition"]
    header, *rows = read_csv(response)
    assert header[:5] == ["Mã hồ sơ", "Ngày nhận", "Loại", "Lĩnh vực", "Trạng thái"]
    by_code = {row[0]: dict(zip(header, row, strict=True)) for row in rows}
    assert by_code[petition]["Họ tên"] == "Nguyễn Văn An" and by_code[petition]["Điện thoại"] == "0913 456 789"
    assert by_code[petition]["Loại"] == "Kiến nghị" and "VNeID" in by_code[petition]["Nội dung"]
    assert by_code[denunciation]["Họ tên"] == "(bảo mật)" and by_code[denunciation]["Điện thoại"] == "(bảo mật)"
    (detail,) = db.execute("SELECT detail FROM audit_log WHERE action = 'export'").fetchone()
    assert json.loads(detail)["count"] == 2 and json.loads(detail)["with_identity"] is False


def test_leader_exports_include_the_identity_and_filters_apply(login, chat_as, denunciation):
    file_case(chat_as("csv-2"), "feedback")
    header, *rows = read_csv(login("lan").get("/console/export.csv?category=denunciation"))
    assert [r[0] for r in rows] == [denunciation]
    assert dict(zip(header, rows[0], strict=True))["Họ tên"] == "Nguyễn Văn An"


def test_xlsx_export_opens_with_openpyxl(login, chat_as, denunciation, tmp_path):
    petition = file_case(chat_as("x-1"), "petition")
    response = login("tuan").get("/console/export.xlsx")
    path = tmp_path / "ho-so.xlsx"
    path.write_bytes(response.get_data())
    sheet = openpyxl.load_workbook(path).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = rows[0]
    by_code = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    assert set(by_code) == {petition, denunciation}
    assert by_code[petition]["Họ tên"] == "Nguyễn Văn An" and by_code[denunciation]["Họ tên"] == "(bảo mật)"
    assert by_code[petition]["Hạn xử lý"].year >= 2026  # a real date Excel can sort by


def test_text_that_looks_like_a_formula_stays_text(login, chat_as, db, tmp_path):
    code = file_case(chat_as("formula"), "petition")
    db.execute('UPDATE reports SET content = \'=HYPERLINK("http://evil.example","Bấm vào")\' WHERE code = ?', [code])
    client = login("tuan")
    header, row = read_csv(client.get("/console/export.csv"))
    assert dict(zip(header, row, strict=True))["Nội dung"].startswith("'=HYPERLINK")
    path = tmp_path / "x.xlsx"
    path.write_bytes(client.get("/console/export.xlsx").get_data())
    cell = openpyxl.load_workbook(path).active.cell(row=2, column=header.index("Nội dung") + 1)
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


def test_statistics_count_and_chart(login, chat_as, db):
    file_case(chat_as("st-1"), "feedback")
    file_case(chat_as("st-2"), "complaint")
    page = login("lan").get("/console/stats").get_data(as_text=True)
    assert "<svg" in page and page.count("<rect") == 12  # one bar per month
    assert "Tổng số hồ sơ đã nhận: <strong>2</strong>" in page
    assert CATEGORY_NAMES["feedback"] in page and CATEGORY_NAMES["complaint"] in page
    assert FIELD_NAMES["digital_transformation"] in page


def test_statistics_count_local_months_and_timeliness(db):
    from storage.stats import counts_by, timeliness

    utc = "T{}:00.000+00:00".format
    rows = [
        ("AQ-2026-00001", "2026-12-31" + utc("16:59"), "resolved", "2027-01-05", "2027-01-04" + utc("03:00")),
        ("AQ-2027-00001", "2026-12-31" + utc("17:00"), "resolved", "2027-01-05", "2027-01-06" + utc("03:00")),
        ("AQ-2027-00002", "2027-01-02" + utc("02:00"), "new", "2027-01-03", None),
        ("AQ-2027-00003", "2027-01-02" + utc("03:00"), "accepted", "2027-02-01", None),
    ]
    for code, created, status, deadline, closed in rows:
        db["reports"].insert(
            {
                "code": code,
                "category": "feedback",
                "field": "other",
                "content": "x",
                "status": status,
                "created_at": created,
                "updated_at": created,
                "deadline": deadline,
                "closed_at": closed,
            }
        )
    # 17:00 UTC on 31/12 is midnight in Hải Phòng: that case is January 2027's.
    assert counts_by(db, "month", 2027, "Asia/Ho_Chi_Minh") == [("2027-01", 3)]
    assert counts_by(db, "month", 2026, "Asia/Ho_Chi_Minh") == [("2026-12", 1)]
    open_ones = ("new", "accepted", "in_progress")
    assert timeliness(db, 2027, "Asia/Ho_Chi_Minh", "2027-01-10", open_ones) == {
        "on_time": 0,
        "late": 1,
        "overdue": 1,
        "open": 1,
    }
    assert timeliness(db, 2026, "Asia/Ho_Chi_Minh", "2027-01-10", open_ones)["on_time"] == 1
