"""The simulator in real Chromium against the real sandbox server, as a citizen uses it on a phone."""

import os
import re

import pytest
from live import wait_until
from sandbox_server import SandboxServer, console_json, run_bot

from bot import texts
from sandbox.simulator.phone import PHONE_SIZE, Phone

pytestmark = pytest.mark.slow
CODE = re.compile(r"AQ-\d{4}-\d{5}")
CONTENT = "Cổng dịch vụ công không đăng nhập được, báo lỗi 503 từ sáng nay"


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory):
    server = SandboxServer(tmp_path_factory.mktemp("sandbox")).start()
    yield server
    server.stop()


@pytest.fixture
def phone(browser, sandbox):
    context = browser.new_context(viewport=PHONE_SIZE, locale="vi-VN")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield Phone(page, sandbox.url).open()
    context.close()
    assert errors == [], "the page raised JavaScript errors"


def test_citizen_files_a_complete_report_with_a_photo(phone, sandbox, tmp_path):
    psid = phone.new_citizen()
    phone.get_started()
    assert phone.wait_for_reply().startswith(texts.WELCOME.split("{")[0])
    assert phone.quick_replies()[:5] == [
        texts.TITLES[p] for p in ("MENU_REPORT", "MENU_COMPLAINT", "MENU_DENOUNCE", "MENU_LOOKUP", "MENU_OFFICER")
    ]
    photo = phone.make_photo(tmp_path)
    steps = [
        ("tap", "Gửi phản ánh"),
        ("tap", "Phản ánh"),
        ("tap", "Chuyển đổi số"),
        ("say", CONTENT),
        ("photo", photo),
        ("tap", "Xong"),
        ("tap", "Bỏ qua"),
        ("tap", "Không đồng ý"),
        ("tap", "Gửi"),
    ]
    for action, value in steps:
        if action == "photo":
            phone.send_photo(value)
        else:
            getattr(phone, action)(value)
        phone.wait_for_reply()
    code = CODE.search(phone.wait_for_text(CODE)).group()
    assert phone.page.locator(".msg.me img").count() == 1  # the photo shows in the citizen's bubble

    report = next(r for r in console_json(sandbox, "list") if r["code"] == code)
    assert (report["psid"], report["category"], report["field"]) == (psid, "feedback", "digital_transformation")
    assert CONTENT in report["content"]

    def stored():
        files = console_json(sandbox, "show", code)["attachments"]
        return files if files and files[0]["status"] == "stored" else None

    (attachment,) = wait_until(stored, what="the photo to be downloaded")
    assert attachment["type"] == "image"
    with open(attachment["path"], "rb") as kept, open(photo, "rb") as sent:
        assert kept.read() == sent.read()


def test_untrusted_text_is_shown_as_text_and_fits_a_phone(phone):
    phone.new_citizen()
    phone.say("<img src=x onerror=window.pwned=1> Đường nước")
    phone.wait_for_reply()
    assert phone.page.locator(".msg.me .bubble").last.inner_text() == "<img src=x onerror=window.pwned=1> Đường nước"
    assert phone.page.evaluate("window.pwned") is None
    assert phone.page.locator("img[src=x]").count() == 0
    assert phone.page.evaluate("document.documentElement.scrollWidth") <= PHONE_SIZE["width"]


def test_persistent_menu_and_conversation_survive_a_reload(phone):
    psid = phone.new_citizen()
    phone.page.click("#menu-button")
    phone.page.get_by_role("menuitem", name="Tra cứu hồ sơ").click()
    phone.wait_for_text("gửi mã hồ sơ")  # after the welcome: the first contact was the menu item
    phone.page.reload()
    phone.page.wait_for_selector(".msg.bot")
    assert phone.page.eval_on_selector("#citizen", "s => s.value") == psid
    assert phone.page.locator(".msg.bot").count() == 2


def test_simulator_is_served_from_the_package_without_external_resources(sandbox):
    import requests

    page = requests.get(sandbox.url + "/simulator", timeout=5).text
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    for name in ("simulator.css", "simulator.js"):
        assert os.path.exists(os.path.join(os.path.dirname(__file__), "..", "sandbox", "simulator", "static", name))
        assert requests.get(f"{sandbox.url}/simulator/static/{name}", timeout=5).ok


def test_a_first_message_typed_as_a_story_becomes_a_report(phone, sandbox):
    """No button first. The story typed in the simulator is the case's content; the bot
    suggests the category (first button), guesses the field, and never asks for the story again."""
    psid = phone.new_citizen()
    story = "Cong dich vu cong bi loi tu sang, toi khong nop duoc ho so xin cap chu ky so"
    phone.say(story)
    first = phone.wait_for_reply()
    assert texts.INTRO.split("{")[0] in first and texts.STORY_KEPT in first
    assert phone.quick_replies()[0] == "Phản ánh"  # suggested, one tap to confirm
    phone.tap("Phản ánh")
    phone.wait_for_text("lĩnh vực")
    assert phone.quick_replies()[0] == "Chuyển đổi số"  # guessed from "dịch vụ công", "chữ ký số"
    for title, next_words in (("Chuyển đổi số", "ở đâu"), ("Bỏ qua", "đồng ý"), ("Không đồng ý", "Tóm tắt")):
        phone.tap(title)
        phone.wait_for_text(next_words)
    phone.tap("Gửi")
    code = CODE.search(phone.wait_for_text(CODE)).group()
    report = next(r for r in console_json(sandbox, "list") if r["code"] == code)
    assert (report["psid"], report["category"], report["field"]) == (psid, "feedback", "digital_transformation")
    assert report["content"] == story


def test_a_photo_first_report_and_a_question_halfway(phone, sandbox, tmp_path):
    """A photo with no words opens a report with it as the first file; "bao lâu thì có kết quả?" asked
    in the middle is answered from the ward's approved base, and the same question is asked again."""
    psid = phone.new_citizen()
    phone.send_photo(phone.make_photo(tmp_path))
    first = phone.wait_for_reply()
    assert texts.FILES_RECEIVED.format(files=texts.FILE_COUNT["image"][0].format(n=1)) in first
    assert phone.quick_replies()[0] == "Phản ánh"  # the report's first question, not the generic menu
    phone.tap("Phản ánh")
    phone.wait_for_text("lĩnh vực")
    phone.tap("Chuyển đổi số")
    phone.wait_for_text("kể lại")
    phone.say("Cổng dịch vụ công không đăng nhập được")
    phone.wait_for_reply()
    phone.tap("Xong")
    phone.wait_for_text("ở đâu")  # where and when: the step the question interrupts
    question = "bao lâu thì có kết quả?"
    asked = run_bot(sandbox, "knowledge", "ask", question).stdout
    (approved,) = [line for line in asked.splitlines() if line.startswith("[")]  # the base's approved answer
    answer_text = approved.split("] ", 1)[1]
    before = phone.bot_bubbles().count()
    phone.say(question)
    wait_until(lambda: phone.bot_bubbles().count() > before, what="the answer")
    reply = phone.bot_bubbles().last.inner_text()
    assert answer_text.split("\n")[0] in reply  # the ward's words, nothing made up
    assert "Gặp cán bộ" in phone.quick_replies()  # and the step again, a person offered
    phone.tap("Bỏ qua")
    phone.wait_for_text("đồng ý")
    phone.tap("Không đồng ý")
    phone.wait_for_text("Tóm tắt")
    phone.tap("Gửi")
    code = CODE.search(phone.wait_for_text(CODE)).group()
    shown = console_json(sandbox, "show", code)
    assert [a["type"] for a in shown["attachments"]] == ["image"]  # the photo is the case's
    assert shown["psid"] == psid and question not in shown["content"]  # the question is no part of the story
