"""`python -m bot chat` drives one complete report through the real sandbox server, by numbers."""

import queue
import re
import subprocess
import sys
import threading
import time

import pytest
from live import ROOT
from sandbox_server import SandboxServer, console_json, run_bot

from bot.texts import ASK, FILES_RECEIVED, REASK, SUMMARY_HEADER, TITLES, WELCOME

pytestmark = pytest.mark.slow
CODE = re.compile(r"AQ-\d{4}-\d{5}")


class Terminal:
    """The chat in a subprocess: type a line, read the screen until something shows."""

    def __init__(self, server, psid, *options):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "chat", "--url", server.url, "--psid", psid, *options],
            cwd=ROOT,
            env=server.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            bufsize=1,
        )
        self.screen, self.read_up_to = "", 0
        self.lines = queue.Queue()
        self.reader = threading.Thread(
            target=lambda: [self.lines.put(line) for line in self.process.stdout], daemon=True
        )
        self.reader.start()

    def expect(self, pattern, timeout=20):
        """Wait for `pattern` after what was already read; return the match."""
        deadline = time.monotonic() + timeout
        while True:
            match = re.compile(pattern, re.MULTILINE).search(self.screen, self.read_up_to)
            if match:
                self.read_up_to = match.end()
                return match
            try:
                self.screen += self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"{pattern!r} never showed; the screen:\n{self.screen}") from None

    def type(self, line):
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def choose(self, title):
        """Type the number shown next to `title` in the latest numbered choices."""
        line = self.expect(rf"^  \[1\] .*{re.escape(title)}.*$").group()
        numbers = dict((t.strip(), n) for n, t in re.findall(r"\[(\d+)\] ([^\[]+)", line))
        self.type(numbers[title])
        self.expect(rf"→ {re.escape(title)}")

    def close(self):
        self.type("/quit")
        code = self.process.wait(timeout=10)
        self.reader.join(timeout=10)  # it ends at the end of the output, once the chat has exited
        return code


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory):
    server = SandboxServer(tmp_path_factory.mktemp("chat")).start()
    yield server
    server.stop()


def test_a_complete_report_through_the_terminal_chat(sandbox, tmp_path):
    photo = tmp_path / "may-tra-cuu.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    chat = Terminal(sandbox, "chat-citizen-1")
    chat.expect("PSID chat-citizen-1")
    chat.type("/start")
    chat.expect(re.escape(WELCOME.split("{")[0]))
    for payload in ("MENU_REPORT", "CATEGORY_PETITION", "FIELD_DIGITAL_TRANSFORMATION"):
        chat.choose(TITLES[payload])
    chat.expect(re.escape(ASK["content"].split(".")[0]))
    chat.type("Đề nghị mở lớp hướng dẫn dùng dịch vụ công trực tuyến cho người cao tuổi")
    kept = re.escape(REASK["content_kept"].split(".")[0])
    chat.expect(kept)
    chat.type(f"/photo {photo}")
    chat.expect(re.escape(FILES_RECEIVED.format(files="1 ảnh")))  # every file acknowledged in one line
    for payload in ("CONTENT_DONE", "SKIP", "CONSENT_YES"):
        chat.choose(TITLES[payload])
    for answer, next_question in (
        ("Trần Thị Bình", ASK["phone"].split("?")[0]),
        ("0912 345 678", ASK["address"].split("?")[0]),
        ("Số 12 Trần Phú, tổ dân phố 5", SUMMARY_HEADER),
    ):
        chat.type(answer)
        chat.expect(re.escape(next_question))
    chat.choose(TITLES["SUBMIT"])
    code = chat.expect(CODE.pattern).group()
    assert chat.close() == 0

    report = console_json(sandbox, "show", code)
    assert (report["psid"], report["category"], report["field"]) == (
        "chat-citizen-1",
        "petition",
        "digital_transformation",
    )
    assert report["citizen"] == {
        "name": "Trần Thị Bình",
        "phone": "+84912345678",
        "address": "Số 12 Trần Phú, tổ dân phố 5",
    }
    assert [a["type"] for a in report["attachments"]] == ["image"]


def test_chat_without_a_server_says_how_to_start_one(sandbox):
    from live import free_port

    result = run_bot(sandbox, "chat", "--url", f"http://127.0.0.1:{free_port()}", check=False)
    assert result.returncode == 1
    assert "make run" in result.stderr and "Traceback" not in result.stderr
