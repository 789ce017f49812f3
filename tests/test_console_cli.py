"""`python -m bot officer …` and `python -m bot console reply|status|note|assign|export`."""

import csv
import json

import openpyxl
import pytest
from console_support import drain_to
from scripts import file_case

from storage.officers import authenticate


def test_officer_add_reads_the_password_from_stdin_and_hashes_it(runner, db):
    result = runner(
        "officer", "add", "hoa", "--role", "leader", "--full-name", "Trần Thị Hoa", input="mot-mat-khau-dai\n"
    )
    assert result.exit_code == 0, result.output
    (stored,) = db.execute("SELECT password_hash FROM officers WHERE username = 'hoa'").fetchone()
    assert stored.startswith("scrypt:") and "mot-mat-khau-dai" not in stored
    assert authenticate(db, "hoa", "mot-mat-khau-dai")["role"] == "leader"
    listed = json.loads(runner("officer", "list", "--json").output)
    assert [(o["username"], o["role"], o["disabled"]) for o in listed] == [("hoa", "leader", 0)]
    assert "password_hash" not in listed[0]


@pytest.mark.parametrize(
    "args, stdin, message",
    [
        (["officer", "add", "hoa", "--role", "leader"], "ngan\n", "ít nhất 10 ký tự"),
        (["officer", "add", "hoa", "--role", "leader"], "", "Chưa nhận được mật khẩu"),
        (["officer", "add", "hoa", "--role", "boss"], "mot-mat-khau-dai\n", "Invalid value for '--role'"),
        (["officer", "disable", "nobody"], None, "không có tài khoản"),
        (["officer", "reset-password", "nobody"], "mot-mat-khau-dai\n", "Không có tài khoản"),
    ],
)
def test_officer_commands_refuse_bad_input_with_one_sentence(runner, args, stdin, message):
    result = runner(*args, input=stdin)
    assert result.exit_code != 0 and message in result.output
    assert "Traceback" not in result.output


def test_disable_enable_and_reset_password(runner, db):
    runner("officer", "add", "tuan", input="mat-khau-ban-dau\n")
    assert runner("officer", "disable", "tuan").exit_code == 0
    assert authenticate(db, "tuan", "mat-khau-ban-dau") is None
    assert runner("officer", "enable", "tuan").exit_code == 0
    result = runner("officer", "reset-password", "tuan", "--generate")
    new_password = result.output.rsplit(": ", 1)[1].strip()
    assert authenticate(db, "tuan", new_password) and not authenticate(db, "tuan", "mat-khau-ban-dau")
    assert runner("officer", "add", "tuan", input="mat-khau-ban-dau\n").exit_code == 1  # already there


def test_console_reply_goes_through_the_outbox_to_the_stand_in(runner, chat_as, graph, db, app):
    code = file_case(chat_as("cli-1"), "petition")
    drain_to(graph, db, app)
    result = runner("console", "reply", code.lower(), "Phường đã nhận kiến nghị, sẽ trả lời trong tuần.", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {
        "code": code,
        "sent": True,
        "window": "open",
        "messaging_type": "RESPONSE",
        "tag": None,
    }
    drain_to(graph, db, app)
    assert graph.texts_to("cli-1")[-1] == "Phường đã nhận kiến nghị, sẽ trả lời trong tuần."
    (actor,) = db.execute("SELECT actor FROM audit_log WHERE action = 'answer'").fetchone()
    assert actor == "cli"


def test_console_status_note_assign_and_their_errors(runner, chat_as, db):
    code = file_case(chat_as("cli-2"), "complaint")
    runner("officer", "add", "lan", "--role", "leader", input="mat-khau-cua-lan\n")
    ok = runner("console", "status", code, "accepted", "--note", "Đủ điều kiện thụ lý", "--as", "lan")
    assert ok.exit_code == 0 and "new → accepted" in ok.output and "đã báo người dân" in ok.output
    assert runner("console", "note", code, "Hẹn thứ Hai ký đơn", "--as", "lan").exit_code == 0
    assert runner("console", "assign", code, "lan").exit_code == 0
    history = db.execute("SELECT action, actor FROM audit_log WHERE report_id IS NOT NULL ORDER BY id").fetchall()
    assert history == [("status", "lan"), ("note", "lan"), ("assign", "cli")]
    for args, message in [
        (["status", "AQ-2026-99999", "accepted", "--note", "x"], "Không có hồ sơ AQ-2026-99999."),
        (["status", code, "done", "--note", "x"], 'Trạng thái "done" không có'),
        (["status", code, "resolved"], "Vui lòng ghi lý do"),
        (["status", code, "new", "--note", "quay lại"], "Không chuyển được hồ sơ"),
        (["status", code, "forwarded", "--note", "x"], "tên cơ quan có thẩm quyền"),
        (["assign", code, "nobody"], "Không có cán bộ"),
        (["note", code, "  "], "Ghi chú đang trống."),
        (["reply", code, "x", "--as", "nobody"], "Không có cán bộ"),
    ]:
        result = runner("console", *args)
        assert result.exit_code == 1 and message in result.output, (args, result.output)
    assert db.execute("SELECT status FROM reports WHERE code = ?", [code]).fetchone() == ("accepted",)


def test_console_export_writes_csv_and_xlsx(runner, chat_as, tmp_path):
    petition = file_case(chat_as("cli-3"), "petition")
    denunciation = file_case(chat_as("cli-4"), "denunciation")
    runner("officer", "add", "tuan", input="mat-khau-cua-tuan\n")
    csv_path, xlsx_path = tmp_path / "ho-so.csv", tmp_path / "ho-so.xlsx"
    result = runner("console", "export", str(csv_path), "--as", "tuan")
    assert result.exit_code == 0 and "Đã xuất 2 hồ sơ" in result.output
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(csv_path.open(encoding="utf-8-sig")))
    names = {row[0]: row[8] for row in rows[1:]}
    assert names == {petition: "Nguyễn Văn An", denunciation: "(bảo mật)"}  # tuan is an officer
    assert runner("console", "export", str(xlsx_path), "--category", "denunciation").exit_code == 0
    sheet = openpyxl.load_workbook(xlsx_path).active
    assert [[c.value for c in row][0] for row in sheet.iter_rows(min_row=2)] == [denunciation]
    assert sheet.cell(row=2, column=9).value == "Nguyễn Văn An"  # cli runs as the server's admin


def test_console_status_names_the_zalo_citizens_channel(runner, chat_as, db):
    """A Zalo citizen is told on Zalo: the command says so, never "Messenger" (before, it always did)."""
    code = file_case(chat_as("cli-zalo"), "petition")
    db.execute("UPDATE reports SET psid = 'zalo:4242', channel = 'zalo' WHERE code = ?", [code])
    out = runner("console", "status", code, "in_progress", "--note", "Đang xác minh").output
    assert "người dân qua Zalo" in out and "Messenger" not in out
