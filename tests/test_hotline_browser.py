"""A hotline call recorded in real Chromium against the real server (`python -m bot serve`): the
officer fills the form while on the phone, links the caller to their Messenger, answers; the case
is in the inbox, the digest and the monthly report with its channel, and the answer reaches the
caller's Messenger at the Graph stand-in."""

import json
import re
from urllib.parse import urlsplit

import pytest
from live import wait_until
from sandbox_server import add_account, console_json, run_bot
from scripts import run_script

from console.texts import CHANNEL_NAMES, WINDOW

pytestmark = pytest.mark.slow
CODE = re.compile(r"AQ-\d{4}-\d{5}")
PASSWORD = "mat-khau-cua-can-bo-tuan"
ANSWER = "Phường đã cấp lại mật khẩu wifi cho nhà văn hóa tổ 3, anh thử lại giúp."
REFUSED_FORM = "400 POST /console/hotline"  # the one refusal this test provokes on purpose


@pytest.fixture
def page(browser):
    """A Chromium page; any script error, CSP violation or unexpected 4xx/5xx fails the test. (Chromium
    also logs each failed load to the console: the response listener already judged those.)"""
    context = browser.new_context(locale="vi-VN", viewport={"width": 1366, "height": 900})
    chromium_page = context.new_page()
    errors = []
    chromium_page.on("pageerror", lambda error: errors.append(str(error)))
    chromium_page.on(
        "console",
        lambda message: (
            errors.append(message.text)
            if message.type == "error" and not message.text.startswith("Failed to load resource")
            else None
        ),
    )
    chromium_page.on(
        "response",
        lambda response: (
            errors.append(f"{response.status} {response.request.method} {urlsplit(response.url).path}")
            if response.status >= 400
            else None
        ),
    )
    yield chromium_page
    context.close()
    assert errors in ([], [REFUSED_FORM]), errors


def test_officer_records_a_hotline_call_in_chromium(page, live_bot, live_graph, live_citizen):
    caller = live_citizen("hotline-1")
    messenger_code = CODE.search(run_script(caller, "petition")[-1][0]).group()
    add_account(live_bot, "tuan", PASSWORD)
    page.goto(live_bot.url + "/console/")
    page.fill("input[name=username]", "tuan")
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('Đăng nhập')")

    page.click("a:has-text('Ghi cuộc gọi')")
    page.select_option("select[name=category]", label="Phản ánh")
    page.select_option("select[name=field]", label="Chuyển đổi số")
    page.fill("textarea[name=content]", "Wifi miễn phí ở nhà văn hóa tổ 3 không vào được từ hôm qua")
    page.fill("input[name=name]", "Nguyễn Văn An")
    page.fill("input[name=phone]", "0913 456 789")
    page.fill("input[name=address]", "Số 5 Lê Lợi, tổ dân phố 3")
    page.click("button:has-text('Ghi nhận cuộc gọi')")  # consent not ticked: refused, kept
    page.wait_for_selector(".flash.error:has-text('chưa đồng ý cho lưu thông tin cá nhân')")
    assert page.input_value("input[name=name]") == "Nguyễn Văn An"
    page.check("input[name=consent]")
    page.click("button:has-text('Ghi nhận cuộc gọi')")
    page.wait_for_selector(".flash.success:has-text('Đã ghi nhận cuộc gọi thành hồ sơ')")
    code = CODE.search(page.inner_text("h1")).group()
    assert code != messenger_code and f"kênh {CHANNEL_NAMES['hotline']}" in page.inner_text(".case-head")

    assert messenger_code in page.inner_text(".followup")  # the caller also wrote from Messenger
    page.click("button:has-text('Liên kết để trả lời qua Messenger')")
    page.wait_for_selector(".flash.success:has-text('Đã liên kết')")
    assert WINDOW["open"].split(". ")[1].split("(")[0] in page.inner_text(".window")
    page.fill("#reply-text", ANSWER)
    page.click("button:has-text('Gửi trả lời')")
    page.wait_for_selector(".flash.success:has-text('Đã gửi câu trả lời qua Messenger')")
    wait_until(lambda: ANSWER in live_graph.texts_to("hotline-1"), what="the answer at the caller's Messenger")

    page.click("a:has-text('Hộp thư')")
    row = page.locator("tr", has=page.locator(f"a:has-text('{code}')"))
    assert CHANNEL_NAMES["hotline"] in row.inner_text()
    page.select_option("select[name=channel]", label="Đường dây nóng")
    page.click("button:has-text('Lọc')")
    assert page.locator("td.code").all_inner_texts() == [code]

    digest = command_json(live_bot, "digest", "--json")
    assert {"code": code, "channel": "hotline"}.items() <= next(i for i in digest["new"] if i["code"] == code).items()
    created = console_json(live_bot, "show", code)["created_at"]
    report = command_json(live_bot, "report", "--month", created[:7], "--json")
    assert report["by_channel"]["hotline"] == 1 and report["by_channel"]["messenger"] >= 1

    # Resolved: the linked caller is asked for a rating in Messenger, and the statistics count it.
    page.click(f"a:has-text('{code}')")
    for status in ("accepted", "resolved"):
        page.select_option("select[name=status]", status)
        page.fill("textarea[name=note]", "Đã cấp lại mật khẩu wifi")
        page.click("button:has-text('Đổi trạng thái')")
        page.wait_for_selector(".flash:has-text('Người dân đã được báo qua Messenger')")
    wait_until(
        lambda: any(code in t and "ý kiến" in t for t in live_graph.texts_to("hotline-1")), what="the rating question"
    )
    caller.replies()
    caller.tap("RATE_SATISFIED")
    page.click("a:has-text('Thống kê')")
    by_channel = page.inner_text("section[data-by=by_channel]")
    assert re.search(r"Đường dây nóng\s+0\s+1\s+0\s+100.0%", by_channel), by_channel


def command_json(server, *args):
    """A top-level command's JSON output (console_json is for `console …` commands)."""
    return json.loads(run_bot(server, *args).stdout)
