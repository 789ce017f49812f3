"""Complete conversations, one per category, shared by the in-process and the live tests."""

# The benchmark's conversations (bench/citizens.py) are the tests' too: one copy of each script.
from bench.citizens import CONVERSATIONS as SCRIPTS

EXPECTED = {
    "feedback": {"category": "feedback", "field": "digital_transformation", "name": None, "phone": None,
                 "place_time": "Bộ phận một cửa, sáng 20/11/2026"},
    "petition": {"category": "petition", "field": "science", "phone": "+84913456789", "name": "Nguyễn Văn An"},
    "complaint": {"category": "complaint", "field": "technology", "phone": "+84913456789",
                  "complaint_act": "Phiếu trả hồ sơ số 12/PTH ngày 10/11/2026",
                  "complaint_by": "Bộ phận một cửa phường", "complaint_request": "Xem xét lại và nhận hồ sơ"},
    "denunciation": {"category": "denunciation", "field": "innovation", "phone": "+84913456789",
                     "accused": "Ông Trần Văn B, cán bộ tiếp nhận",
                     "address": "Số 5 Lê Lợi, tổ dân phố 3"},
}


def run_script(citizen, category):
    """Drive `citizen` through the category's script; return the replies to the last step."""
    replies = []
    for action, value in SCRIPTS[category]:
        if action == "postback":
            replies = citizen.send(citizen.m.postback(citizen.psid, value))
        else:
            replies = getattr(citizen, action)(value)
        assert replies, f"no reply to {action} {value!r}"
    return replies
