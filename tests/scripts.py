"""Complete conversations, one per category, shared by the in-process and the live tests."""

import re

# The benchmark's conversations (bench/citizens.py) are the tests' too: one copy of each script.
from bench.citizens import CONVERSATIONS as SCRIPTS

CODE = re.compile(r"\b[A-Z]{1,10}-\d{4}-\d{5}\b")  # a ticket code as the bot writes it: AQ-2026-00042

EXPECTED = {
    "feedback": {
        "category": "feedback",
        "field": "digital_transformation",
        "name": None,
        "phone": None,
        "place_time": "Bộ phận một cửa, sáng 20/11/2026",
    },
    "petition": {"category": "petition", "field": "science", "phone": "+84913456789", "name": "Nguyễn Văn An"},
    "complaint": {
        "category": "complaint",
        "field": "technology",
        "phone": "+84913456789",
        "complaint_act": "Phiếu trả hồ sơ số 12/PTH ngày 10/11/2026",
        "complaint_by": "Bộ phận một cửa phường",
        "complaint_request": "Xem xét lại và nhận hồ sơ",
    },
    "denunciation": {
        "category": "denunciation",
        "field": "innovation",
        "phone": "+84913456789",
        "accused": "Ông Trần Văn B, cán bộ tiếp nhận",
        "address": "Số 5 Lê Lợi, tổ dân phố 3",
    },
}


def run_script(citizen, category="feedback", before_done=(), script=None):
    """Drive `citizen` (in-process `Chat` or `LiveCitizen`) through the category's script, or `script`;
    `before_done`: more (action, value) steps typed before "Xong" (a photo's URL, more text).
    Returns the replies to the last step."""
    script = list(script or SCRIPTS[category])
    at = script.index(("tap", "CONTENT_DONE"))
    replies = []
    for action, value in script[:at] + list(before_done) + script[at:]:
        if action == "postback":
            replies = citizen.send(citizen.m.postback(citizen.psid, value))
        elif action == "attachment":
            replies = citizen.send(citizen.m.attachment(citizen.psid, "image", url=value))
        else:
            replies = getattr(citizen, action)(value)
        assert replies, f"no reply to {action} {value!r}"
    return replies


def file_case(citizen, category="feedback", before_done=(), script=None):
    """File a case by a whole conversation (as `run_script`); returns the code the bot gave it."""
    return CODE.search("\n".join(text for text, _ in run_script(citizen, category, before_done, script))).group()


# The taps that lead a citizen to one step of a report, shared by the tests that start mid-conversation.
# Each helper returns the replies to its last move: the question of the step it reached.
# No place in it ("ở nhà văn hóa" would be offered to confirm instead of asked: bot/facts.py).
CONTENT = "Wifi miễn phí của nhà văn hóa bị hỏng"
NAME = "Lê Thị Hoa"


def to_field(citizen, category="feedback"):
    """Get started, "Gửi phản ánh", the category: the field is asked."""
    citizen.send(citizen.m.postback(citizen.psid))
    citizen.tap("MENU_REPORT")
    return citizen.tap(f"CATEGORY_{category.upper()}")


def to_content(citizen, category="feedback", field="other"):
    """... and the field: the story is asked."""
    to_field(citizen, category)
    return citizen.tap(f"FIELD_{field.upper()}")


def to_place_time(citizen, category="feedback", field="other", content=CONTENT):
    """... the story told, "Xong": where and when is asked."""
    to_content(citizen, category, field)
    citizen.say(content)
    replies = citizen.tap("CONTENT_DONE")
    if "FACT_EDIT" in replies[-1][1]:  # the story named a place: offered to confirm; "Sửa" asks the question
        replies = citizen.tap("FACT_EDIT")
    return replies


def to_consent(citizen, category="feedback", field="other", content=CONTENT, details=()):
    """... "Bỏ qua" where and when, the category's own questions answered: consent is asked."""
    to_place_time(citizen, category, field, content)
    replies = citizen.tap("SKIP")
    for answer in details:
        replies = citizen.say(answer)
    return replies


def to_contact(citizen, category="feedback", field="other", content=CONTENT, details=()):
    """... consent given: the name is asked."""
    to_consent(citizen, category, field, content, details)
    return citizen.tap("CONSENT_YES")


def to_phone(citizen, category="feedback", field="other", content=CONTENT, details=(), name=NAME):
    """... the name given: the phone is asked."""
    to_contact(citizen, category, field, content, details)
    return citizen.say(name)
