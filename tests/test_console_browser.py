"""The console in real Chromium against the real server (`python -m bot serve`, live mode): an
officer logs in, finds a case by an unaccented search, answers it, changes its status and leaves
a note; the citizen receives exactly the answer and the status notice at the Graph stand-in."""

import re

import pytest
from live import wait_until
from sandbox_server import add_account
from scripts import run_script

from console import texts
from storage import connect

pytestmark = pytest.mark.slow
CODE = re.compile(r"AQ-\d{4}-\d{5}")
PASSWORD = "mat-khau-cua-can-bo-tuan"
ANSWER = "Phường sẽ mở lớp hướng dẫn VNeID cho người cao tuổi vào sáng thứ Bảy tại nhà văn hóa tổ 3."


def database(server):
    return connect(server.env["DATABASE_PATH"])


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="vi-VN", viewport={"width": 1366, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on(
        "response",
        lambda response: errors.append(f"{response.status} {response.url}") if response.status >= 400 else None,
    )
    yield page
    context.close()
    assert errors == [], "the console raised errors in the browser (script or Content-Security-Policy)"


def test_officer_finds_answers_and_moves_a_case_in_chromium(page, live_bot, live_graph, live_citizen):
    citizen = live_citizen("browser-1")
    code = CODE.search(run_script(citizen, "petition")[-1][0]).group()
    already = len(live_graph.texts_to("browser-1"))
    add_account(live_bot, "tuan", PASSWORD, full_name="Phạm Văn Tuấn")

    page.goto(live_bot.url + "/console/")
    assert "/console/login" in page.url  # no session: the login page
    page.fill("input[name=username]", "tuan")
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('Đăng nhập')")
    page.wait_for_selector("h1:has-text('Hộp thư hồ sơ')")

    page.fill("input[name=q]", "nguoi cao tuoi")  # typed without accents
    page.click("button:has-text('Lọc')")
    page.click(f"a:has-text('{code}')")
    page.wait_for_selector(f"h1:has-text('{code}')")
    assert "Đề nghị mở lớp hướng dẫn dùng VNeID cho người cao tuổi" in page.inner_text(".thread")
    assert texts.WINDOW["open"].split(". ")[1].split("(")[0] in page.inner_text(".window")

    page.select_option("select.template-picker", label="Đã nhận, đang xem xét")
    assert "Phường đã nhận được thông tin" in page.input_value("#reply-text")  # a template fills the box
    page.fill("#reply-text", ANSWER)
    page.click("button:has-text('Gửi trả lời')")
    page.wait_for_selector(".flash.success:has-text('Đã gửi câu trả lời qua Messenger')")

    page.select_option("select[name=status]", "accepted")
    assert not page.is_visible("input[name=forwarded_to]")  # only asked when forwarding
    page.fill("textarea[name=note]", "Kiến nghị hợp lý, giao tổ công nghệ số chuẩn bị lớp học.")
    page.click("button:has-text('Đổi trạng thái')")
    page.wait_for_selector(f".flash:has-text('{texts.STATUS_NOTIFIED.strip().rstrip('.')}')")
    assert page.inner_text(".case-head .status") == texts.STATUS_NAMES["accepted"]

    # The session ends while the officer types a note: nothing typed is lost.
    note = "Đã gọi cho anh An, anh đồng ý tham gia lớp."
    page.fill("textarea[aria-label='Ghi chú nội bộ']", note)
    database(live_bot).execute("DELETE FROM console_sessions")
    page.click("button:has-text('Lưu ghi chú')")
    page.wait_for_selector("h1:has-text('Đăng nhập')")
    page.fill("input[name=username]", "tuan")
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('Đăng nhập')")
    page.wait_for_selector(f"h1:has-text('{code}')")  # back on the case page
    assert page.input_value("textarea[aria-label='Ghi chú nội bộ']") == note
    assert page.is_visible("text=Đã khôi phục nội dung anh/chị đang soạn dở")
    page.click("button:has-text('Lưu ghi chú')")
    page.wait_for_selector(f".flash:has-text('{texts.NOTE_ADDED.split(' (')[0]}')")
    assert page.input_value("textarea[aria-label='Ghi chú nội bộ']") == ""  # saved: the draft is gone
    history = page.inner_text(".history")
    assert "Đã gọi cho anh An" in history and texts.AUDIT_ACTIONS["status"] in history
    assert texts.AUDIT_ACTIONS["answer"] in history

    wait_until(lambda: len(live_graph.texts_to("browser-1")) >= already + 2, what="the answer and the notice")
    live_bot.settle()
    received = live_graph.state.messages_to("browser-1")[already:]
    assert [m["message"]["text"] for m in received] == [
        ANSWER,
        f"Hồ sơ {code} của anh/chị đã được thụ lý, nghĩa là phường nhận giải quyết.\n"
        f"Anh/chị gửi mã {code} vào đây bất cứ lúc nào để tra cứu.",
    ]
    assert all(m["messaging_type"] == "RESPONSE" and "tag" not in m for m in received)

    page.click("button:has-text('Đăng xuất')")
    page.goto(live_bot.url + f"/console/cases/{code}")
    assert "/console/login" in page.url
