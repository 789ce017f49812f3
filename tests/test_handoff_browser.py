"""The console's "Trò chuyện" view in real Chromium against the real server: a citizen's request
appears without reloading, their next message appears in the open thread by itself, the officer's
answer reaches the citizen at the Graph stand-in, and closing brings the bot back."""

import pytest
from messenger_support import LiveCitizen, Messenger
from sandbox_server import add_account

from bot import texts
from console.conversations import POLL_SECONDS

pytestmark = pytest.mark.slow
PASSWORD = "mat-khau-cua-can-bo-tuan"
LIVE = 15_000  # ms: how long the page may take to show what its next poll brings


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="vi-VN", viewport={"width": 1366, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    yield page
    context.close()
    assert errors == [], "the page raised errors in the browser (script or Content-Security-Policy)"


def test_conversations_update_live_and_the_officer_answers(page, bot_servers, graph):
    server = bot_servers(graph.url)
    add_account(server, "tuan", PASSWORD)
    page.clock.install()  # the page's timers run when the test moves its clock: a poll without the wait
    page.goto(server.url + "/console/tro-chuyen")
    page.fill("input[name=username]", "tuan")
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('Đăng nhập')")
    page.wait_for_selector("h1:has-text('Trò chuyện với người dân')")
    assert page.is_visible("#no-conversations")

    citizen = LiveCitizen(server, graph, Messenger(), "9301")
    citizen.send(citizen.m.postback(citizen.psid))
    citizen.tap("MENU_OFFICER")
    citizen.say("Tôi muốn hỏi về <b>chữ ký số</b>")  # stored and processed when it returns
    page.clock.run_for(POLL_SECONDS * 1000)
    row = page.wait_for_selector("#conversation-rows tr", timeout=LIVE)  # no reload
    assert "<b>chữ ký số</b>" in row.inner_text() and page.is_hidden("#no-conversations")

    page.click("#conversation-rows a")
    page.wait_for_selector("#thread .msg.in")
    assert page.locator("#thread b").count() == 0  # what the citizen typed is text, never markup
    assert citizen.say("Nhà tôi ở tổ 3") == []
    page.clock.run_for(POLL_SECONDS * 1000)
    page.wait_for_selector("#thread .msg.in:has-text('Nhà tôi ở tổ 3')", timeout=LIVE)

    answer = "Chào anh/chị, anh/chị mang CCCD gắn chip đến bộ phận một cửa là được."
    page.fill("#answer-text", answer)
    page.click("button:has-text('Gửi trả lời')")
    page.wait_for_selector(".flash.success")
    assert [text for text, _ in citizen.replies()] == [answer]
    assert page.locator("#thread .msg.out", has_text=answer).count() == 1

    page.once("dialog", lambda dialog: dialog.accept())
    page.click("button:has-text('Kết thúc trò chuyện')")
    page.wait_for_selector(".flash.success:has-text('Đã kết thúc')")
    assert [text for text, _ in citizen.replies()] == [texts.HANDOFF_ENDED]
