"""Trò chuyện on a real server with two wards (PAGES_FILE): an officer answers, closes and makes a
case from a conversation of their own ward, and each reaches the citizen through that page.

The messaging window is a (page, PSID) pair's: counted without the page, every conversation of a
several-ward server looked as if it had never come from Messenger, and every answer was refused.
"""

import re
import subprocess
import sys

import pytest
from isolation_support import (
    PAGE_A,
    PAGE_B,
    Officer,
    add_officers,
    citizen,
    standin_for_both_pages,
    two_ward_server,
)
from live import ROOT
from scripts import CODE

from bot import texts as bot_texts
from casework import texts
from console import texts as console_texts

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def graph():
    standin = standin_for_both_pages()
    yield standin
    standin.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory, graph):
    bot = two_ward_server(tmp_path_factory.mktemp("handoff-wards"), graph, COOKIE_SECURE="0").start()
    add_officers(bot)
    yield bot
    bot.stop()


def waiting(server, graph, page, psid, question):
    """A citizen of `page` who asked for an officer and wrote `question`; (citizen, handoff id)."""
    person = citizen(server, graph, page, psid)
    person.send(person.m.postback(psid))
    person.tap("MENU_OFFICER")
    person.say(question)
    person.replies()
    return person


def handoff_of(officer, question):
    rows = officer.get("/console/tro-chuyen/danh-sach.json").json()["conversations"]
    (row,) = [r for r in rows if question in r["last"]]
    return row["id"]


def test_an_officer_answers_in_tro_chuyen_on_a_several_ward_server(server, graph):
    question = "Cho hỏi thủ tục cấp chữ ký số ở phường Lê Chân"
    person = waiting(server, graph, PAGE_B, "b-hoi-1", question)
    officer = Officer(server, "b_officer")
    page_path = f"/console/tro-chuyen/{handoff_of(officer, question)}"
    page = officer.get(page_path).text
    assert console_texts.WINDOW["none"] not in page  # it came from Messenger, two minutes ago
    assert "Câu trả lời gửi ngay qua Messenger" in page
    answer = "Chào anh/chị, anh/chị mang CCCD đến bộ phận một cửa phường Lê Chân."
    response = officer.post(page_path + "/tra-loi", {"text": answer}, page=page_path)
    assert response.status_code == 302, re.findall(r'role="alert">([^<]+)', response.text)
    assert (answer, []) in person.replies()
    assert {m["access_token"] for m in graph.state.messages_to(person.psid)} == {PAGE_B["access_token"]}
    assert officer.post(page_path + "/ket-thuc", {}, page=page_path).status_code == 302
    assert [text for text, _ in person.replies()] == [bot_texts.HANDOFF_ENDED]


def test_a_case_made_from_the_conversation_tells_the_citizen_its_code(server, graph):
    question = "Tôi muốn góp ý về wifi miễn phí ở nhà văn hóa khu dân cư"
    person = waiting(server, graph, PAGE_A, "a-hoi-2", question)
    officer = Officer(server, "a_officer")
    page_path = f"/console/tro-chuyen/{handoff_of(officer, question)}"
    made = officer.post(
        page_path + "/lap-ho-so",
        {"category": "petition", "field": "digital_transformation", "content": question},
        page=page_path,
    )
    assert made.status_code == 302
    code = CODE.search(made.headers["Location"]).group(0)
    assert code.startswith("AQ-")
    assert [text for text, _ in person.replies()] == [texts.HANDOFF_CASE_OPENED.format(code=code)]


def test_the_command_line_answers_a_conversation_of_one_page(server, graph):
    question = "Nhờ cán bộ gọi lại giúp tôi về việc đăng ký tài khoản định danh"
    person = waiting(server, graph, PAGE_B, "b-hoi-3", question)
    answer = "Cán bộ phường sẽ gọi lại anh/chị trong buổi sáng nay."
    done = subprocess.run(
        [sys.executable, "-m", "bot", "console", "answer", person.psid, answer, "--page", PAGE_B["page_id"]],
        cwd=ROOT,
        env=server.env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert (answer, []) in person.replies()
