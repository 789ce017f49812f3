"""Trying Zalo without Zalo: the sandbox server (`make run`, no token at all) has a Zalo stand-in, the
simulator a Zalo look, and `python -m bot chat --channel zalo` the same chat in a terminal."""

import re

import pytest
from sandbox_server import SandboxServer, console_json
from test_chat import Terminal

from bot import texts
from bot.texts import ASK, SUMMARY_HEADER, TITLES, WELCOME
from sandbox.simulator.phone import PHONE_SIZE, Phone

pytestmark = pytest.mark.slow
CODE = re.compile(r"AQ-\d{4}-\d{5}")


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory):
    server = SandboxServer(tmp_path_factory.mktemp("zalo-sandbox")).start()
    yield server
    server.stop()


def test_a_report_through_the_terminal_chat_on_zalo(sandbox):
    chat = Terminal(sandbox, "9400000000000000001", "--channel", "zalo")
    chat.expect("Zalo user_id 9400000000000000001")
    chat.type("/start")  # following the OA
    chat.expect(re.escape(WELCOME.split("{")[0]))
    for payload in ("MENU_REPORT", "CATEGORY_FEEDBACK", "FIELD_TECHNOLOGY"):
        chat.choose(TITLES[payload])
    chat.expect(re.escape(ASK["content"].split(".")[0]))
    chat.type("Wifi miễn phí ở nhà văn hóa tổ 3 không vào được")
    for payload in ("CONTENT_DONE", "SKIP", "CONSENT_YES"):
        chat.choose(TITLES[payload])
    for answer, next_question in (
        ("Trần Thị Bình", ASK["phone"].split("?")[0]),
        ("0912 345 678", ASK["address"].split("?")[0]),
        ("Số 12 Trần Phú", SUMMARY_HEADER),
    ):
        chat.type(answer)
        chat.expect(re.escape(next_question))
    chat.choose(TITLES["SUBMIT"])
    code = chat.expect(CODE.pattern).group()
    assert chat.close() == 0
    report = console_json(sandbox, "show", code)
    assert (report["psid"], report["channel"]) == ("zalo:9400000000000000001", "zalo")
    assert report["citizen"]["phone"] == "+84912345678"


def test_the_simulator_switches_to_a_zalo_look(browser, sandbox):
    context = browser.new_context(viewport=PHONE_SIZE, locale="vi-VN")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    phone = Phone(page, sandbox.url).open()
    page.click("#channel-zalo")
    page.wait_for_function("() => document.getElementById('phone').classList.contains('zalo')")
    assert phone.new_citizen().startswith("zalo:")  # a citizen of the OA: their key says so
    assert page.inner_text("#get-started") == "Quan tâm"
    phone.get_started()
    assert phone.wait_for_reply().startswith(texts.WELCOME.split("{")[0])
    buttons = page.locator(".msg.bot .bubble .buttons button")
    assert buttons.all_inner_texts()[0] == TITLES["MENU_REPORT"]
    buttons.filter(has_text=TITLES["MENU_REPORT"]).first.click()  # sends its payload as the citizen's text
    assert phone.wait_for_reply().startswith(texts.ASK["category"].split("\n")[0][:20])
    assert page.locator(".msg.me .bubble").last.inner_text() == TITLES["MENU_REPORT"]
    page.click("#channel-messenger")  # back to Messenger: its own citizen, its own look
    page.wait_for_function("() => !document.getElementById('phone').classList.contains('zalo')")
    assert not page.eval_on_selector("#citizen", "s => s.value").startswith("zalo:")
    context.close()
    assert errors == []
