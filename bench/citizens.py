"""Simulated citizens: complete conversations, one per category, as signed Meta deliveries.

The bench keeps its own scripts rather than importing the tests': a benchmark
run from a fresh clone must not depend on the test tree, and a change to a
test must not silently change what the figures measure.
"""

import itertools
import json
import time

from messenger.signature import sign

PAGE_ID = "100200300400500"

CONTACT = [
    ("tap", "CONSENT_YES"),
    ("say", "Nguyễn Văn An"),
    ("say", "0913.456.789"),
    ("say", "Số 5 Lê Lợi, tổ dân phố 3"),
]

CONVERSATIONS = {
    "feedback": [
        ("postback", "GET_STARTED"),
        ("tap", "MENU_REPORT"),
        ("tap", "CATEGORY_FEEDBACK"),
        ("tap", "FIELD_DIGITAL_TRANSFORMATION"),
        ("say", "Cổng dịch vụ công không đăng nhập được"),
        ("tap", "CONTENT_DONE"),
        ("say", "Bộ phận một cửa, sáng 20/11/2026"),
        ("tap", "CONSENT_NO"),
        ("tap", "SUBMIT"),
    ],
    "petition": [
        ("say", "Xin chào"),
        ("tap", "MENU_REPORT"),
        ("tap", "CATEGORY_PETITION"),
        ("tap", "FIELD_SCIENCE"),
        ("say", "Đề nghị mở lớp hướng dẫn dùng VNeID cho người cao tuổi"),
        ("tap", "CONTENT_DONE"),
        ("tap", "SKIP"),
        *CONTACT,
        ("tap", "SUBMIT"),
    ],
    "complaint": [
        ("say", "chào"),
        ("tap", "MENU_COMPLAINT"),
        ("tap", "FIELD_TECHNOLOGY"),
        ("say", "Hồ sơ xin cấp phép của tôi bị trả lại không rõ lý do"),
        ("tap", "CONTENT_DONE"),
        ("tap", "SKIP"),
        ("say", "Phiếu trả hồ sơ số 12/PTH ngày 10/11/2026"),
        ("say", "Bộ phận một cửa phường"),
        ("say", "Xem xét lại và nhận hồ sơ"),
        *CONTACT,
        ("tap", "SUBMIT"),
    ],
    "denunciation": [
        ("say", "alo"),
        ("tap", "MENU_DENOUNCE"),
        ("tap", "FIELD_INNOVATION"),
        ("say", "Có người thu tiền để làm nhanh hồ sơ khởi nghiệp"),
        ("tap", "CONTENT_DONE"),
        ("tap", "SKIP"),
        ("say", "Ông Trần Văn B, cán bộ tiếp nhận"),
        ("say", "Đòi 2 triệu đồng ngày 15/11/2026, có tin nhắn làm bằng chứng"),
        *CONTACT,
        ("tap", "SUBMIT"),
    ],
}
CATEGORIES = tuple(CONVERSATIONS)


class Citizen:
    """One person going through one complete conversation, one event at a time."""

    def __init__(self, psid, category):
        self.psid, self.category = psid, category
        self.steps = CONVERSATIONS[category]
        self.position = 0

    @property
    def finished(self):
        return self.position >= len(self.steps)

    def next_event(self, mid, timestamp):
        action, value = self.steps[self.position]
        self.position += 1
        event = {"sender": {"id": self.psid}, "recipient": {"id": PAGE_ID}, "timestamp": timestamp}
        if action == "postback":
            event["postback"] = {"mid": mid, "title": "Bắt đầu", "payload": value}
        elif action == "tap":
            event["message"] = {"mid": mid, "text": value, "quick_reply": {"payload": value}}
        else:
            event["message"] = {"mid": mid, "text": value}
        return event


class Crowd:
    """Hands out citizens (categories in turn) and signed single-event deliveries.

    Timestamps come from one clock that only moves forward, so each citizen's
    events are ordered as Meta orders them.
    """

    def __init__(self, secret, run_name):
        self.secret = secret
        self.run_name = run_name
        self._citizens = itertools.count(1)
        self._mids = itertools.count(1)
        self._last_ms = 0

    def citizen(self):
        n = next(self._citizens)
        return Citizen(f"{self.run_name}-{n}", CATEGORIES[n % len(CATEGORIES)])

    def delivery(self, citizen):
        """(mid, body, headers) for the citizen's next step."""
        self._last_ms = max(self._last_ms + 1, int(time.time() * 1000))
        mid = f"m_{self.run_name}_{next(self._mids)}"
        event = citizen.next_event(mid, self._last_ms)
        body = json.dumps(
            {"object": "page", "entry": [{"id": PAGE_ID, "time": self._last_ms, "messaging": [event]}]}
        ).encode()
        return mid, body, {"Content-Type": "application/json", "X-Hub-Signature-256": sign(self.secret, body)}


def conversation_events():
    """Events in one conversation on average over the categories (for planning a run)."""
    return sum(len(steps) for steps in CONVERSATIONS.values()) / len(CONVERSATIONS)
