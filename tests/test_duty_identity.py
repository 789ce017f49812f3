"""A denouncer's name, phone and address never leave the console: not in the summary, the
e-mail, the officer's Messenger notice, the digest or the monthly report (Law on Denunciations,
Art. 47) — even when the citizen also typed them into the text. And the summary's content."""

import json
import re

import openpyxl
import pytest
import time_machine
from duty_fixtures import add_officer, at_moment, link_messenger, local
from messenger_support import Chat

from bot.texts import SUMMARY_LINES
from casework.mailer import send_due_emails
from casework.summaries import STAGE_NAMES
from core.folding import fold
from messenger.send_api import GraphClient
from messenger.sender import send_due_messages

NAME, PHONE, ADDRESS = "Lương Thị Xuyến", "0912 345 678", "Số 99 ngõ Bí Mật, tổ dân phố 7"
DENUNCIATION = [
    ("say", "alo"),
    ("tap", "MENU_DENOUNCE"),
    ("tap", "FIELD_INNOVATION"),
    ("say", f"Tôi là {NAME}, điện thoại 0912.345.678, nhà ở {ADDRESS}. Cán bộ thu tiền làm nhanh hồ sơ."),
    ("attachment", "image"),
    ("tap", "CONTENT_DONE"),
    ("say", "Bộ phận một cửa, sáng 20/02/2026"),
    ("say", "Ông Trần Văn B, cán bộ tiếp nhận"),
    ("say", "Đòi 2 triệu đồng, có tin nhắn làm bằng chứng"),
    ("tap", "CONSENT_YES"),
    ("say", NAME),
    ("say", PHONE),
    ("say", ADDRESS),
    ("tap", "SUBMIT"),
]


def leaks(text):
    """Which part of the identity `text` shows, in any spelling."""
    folded, digits = fold(text or ""), re.sub(r"[\s.\-()]", "", text or "")
    found = [part for part in (NAME, ADDRESS) if fold(part) in folded]
    if "912345678" in digits:
        found.append("phone")
    if "bi mat" in folded:
        found.append("address words")
    return found


@pytest.fixture
def filed(client, app, db, messenger, smtp_server, graph):
    lan = add_officer(db, "lan", email="lan@aiquoc.example")
    with time_machine.travel(local(2026, 3, 2, 8, 0), tick=False):
        link_messenger(
            lambda p: at_moment(Chat(client, app, db, messenger, p), local(2026, 3, 2, 8, 0)), db, lan, "officer-lan"
        )
    citizen = at_moment(Chat(client, app, db, messenger, "citizen-x"), local(2026, 3, 2, 9, 0))
    with time_machine.travel(local(2026, 3, 2, 9, 0), tick=False):
        for action, value in DENUNCIATION:
            if action == "attachment":
                citizen.send(citizen.m.attachment(citizen.psid, value))
            else:
                getattr(citizen, action)(value)
    send_due_emails(db, app.config)
    client_ = GraphClient(graph.url + "/v21.0", "page-token", 2)
    while send_due_messages(db, app.config, client_) is not None:
        pass
    return next(db.query("SELECT * FROM reports"))


def test_the_summary_says_what_the_officer_needs(filed, db):
    (summary,) = db.execute("SELECT summary FROM reports").fetchone()
    lines = summary.splitlines()
    assert lines[0] == "AQ-2026-00001 · Tố cáo · Đổi mới sáng tạo"
    assert "Cán bộ thu tiền làm nhanh hồ sơ" in summary
    assert SUMMARY_LINES["place_time"].format("Bộ phận một cửa, sáng 20/02/2026") in lines
    assert SUMMARY_LINES["accused"].format("Ông Trần Văn B, cán bộ tiếp nhận") in lines
    assert SUMMARY_LINES["attachments"].format(1) in lines and f"{STAGE_NAMES['accept']}: 11/03/2026" in lines
    assert "Mức độ: thường" in lines
    assert "Người gửi: có thông tin liên hệ (xem trong console)" in lines


def test_identity_is_stored_for_the_console(filed):
    """What the other tests look for is really there to leak."""
    assert (filed["name"], filed["phone"], filed["address"]) == (NAME, "+84912345678", ADDRESS)
    assert NAME in filed["content"]


def test_no_identity_in_summary_email_messenger_digest_or_monthly_report(
    filed, db, app, graph, smtp_server, runner, tmp_path
):
    (summary,) = db.execute("SELECT summary FROM reports").fetchone()
    assert summary and leaks(summary) == []
    assert len(smtp_server.messages) == 1
    for message in smtp_server.messages:
        assert leaks(message["Subject"]) == [] and leaks(message.get_content()) == []
    notices = [t for t in graph.texts_to("officer-lan") if "AQ-2026-00001" in (t or "")]
    assert notices and all(leaks(t) == [] for t in notices)
    with time_machine.travel(local(2026, 3, 3, 7, 35), tick=False):
        digest_json = runner("digest", "--json").output
        digest_text = runner("digest").output
        sent = json.loads(runner("digest", "--send", "--json").output)
    assert "AQ-2026-00001" in digest_text and leaks(digest_text) == [] and leaks(digest_json) == []
    assert sent["status"] == "sent" and leaks(json.dumps(sent, ensure_ascii=False)) == []
    with time_machine.travel(local(2026, 3, 31, 9, 0), tick=False):
        monthly = runner("report", "--month", "2026-03", "--json", "--xlsx", str(tmp_path / "m.xlsx")).output
    assert json.loads(monthly)["overdue"][0]["code"] == "AQ-2026-00001" and leaks(monthly) == []
    workbook = openpyxl.load_workbook(tmp_path / "m.xlsx")
    cells = " ".join(str(c.value) for sheet in workbook for row in sheet.iter_rows() for c in row if c.value)
    assert "AQ-2026-00001" in cells and leaks(cells) == []
