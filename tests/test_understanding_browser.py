"""The knowledge editor in real Chromium against the real server: a leader adds an answer, and the
bot (`python -m bot knowledge ask`, the same code the conversation calls) answers with it at once."""

from urllib.parse import urlsplit

import pytest
from sandbox_server import add_account, run_bot

pytestmark = pytest.mark.slow
PASSWORD = "mat-khau-cua-lanh-dao-lan"
QUESTION = "làm chữ ký số mất bao nhiêu tiền"


@pytest.fixture
def page(browser):
    """A Chromium page; any script error or unexpected 4xx/5xx fails the test."""
    context = browser.new_context(locale="vi-VN", viewport={"width": 1366, "height": 900})
    chromium_page = context.new_page()
    errors = []
    chromium_page.on("pageerror", lambda error: errors.append(str(error)))
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
    assert errors == [], errors


def test_a_leader_adds_an_answer_in_chromium(page, live_bot):
    assert "No approved answer fits." in run_bot(live_bot, "knowledge", "ask", QUESTION).stdout
    add_account(live_bot, "lan", PASSWORD, "leader")
    page.goto(live_bot.url + "/console/")
    page.fill("input[name=username]", "lan")
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('Đăng nhập')")

    page.click("a:has-text('Hỏi đáp')")
    new = page.locator("section.card:has(h3:has-text('Thêm câu hỏi'))")
    new.locator("input[name=key]").fill("le_phi")
    new.locator("input[name=question]").fill("Lệ phí cấp chữ ký số?")
    new.locator("input[name=keywords]").fill("le phi chu ky so tien")
    new.locator("textarea[name=answer]").fill(
        "Chữ ký số cá nhân được cấp miễn phí; bị thu tiền, anh/chị gọi {HOTLINE}."
    )
    new.locator("button:has-text('Thêm')").click()
    page.wait_for_selector(".flash.success:has-text('le_phi')")
    assert page.locator("section.card input[name=key][value=le_phi]").count() == 1  # listed, editable

    asked = run_bot(live_bot, "knowledge", "ask", QUESTION).stdout
    assert "[le_phi] Chữ ký số cá nhân được cấp miễn phí; bị thu tiền, anh/chị gọi 0902 231 089." in asked
