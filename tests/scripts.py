"""Complete conversations, one per category, shared by the in-process and the live tests."""

CONTACT = [("tap", "CONSENT_YES"), ("say", "Nguyễn Văn An"), ("say", "0902.231.089"),
           ("say", "Số 5 Lê Lợi, tổ dân phố 3")]

SCRIPTS = {
    "feedback": [
        ("postback", "GET_STARTED"), ("tap", "MENU_REPORT"), ("tap", "CATEGORY_FEEDBACK"),
        ("tap", "FIELD_DIGITAL_TRANSFORMATION"), ("say", "Cổng dịch vụ công không đăng nhập được"),
        ("tap", "CONTENT_DONE"), ("say", "Bộ phận một cửa, sáng 20/11/2026"), ("tap", "CONSENT_NO"),
        ("tap", "SUBMIT")],
    "petition": [
        ("say", "Xin chào"), ("tap", "MENU_REPORT"), ("tap", "CATEGORY_PETITION"), ("tap", "FIELD_SCIENCE"),
        ("say", "Đề nghị mở lớp hướng dẫn dùng VNeID cho người cao tuổi"), ("tap", "CONTENT_DONE"),
        ("tap", "SKIP"), *CONTACT, ("tap", "SUBMIT")],
    "complaint": [
        ("say", "chào"), ("tap", "MENU_COMPLAINT"), ("tap", "FIELD_TECHNOLOGY"),
        ("say", "Hồ sơ xin cấp phép của tôi bị trả lại không rõ lý do"), ("tap", "CONTENT_DONE"),
        ("tap", "SKIP"), ("say", "Phiếu trả hồ sơ số 12/PTH ngày 10/11/2026"), ("say", "Bộ phận một cửa phường"),
        ("say", "Xem xét lại và nhận hồ sơ"), *CONTACT, ("tap", "SUBMIT")],
    "denunciation": [
        ("say", "alo"), ("tap", "MENU_DENOUNCE"), ("tap", "FIELD_INNOVATION"),
        ("say", "Có người thu tiền để làm nhanh hồ sơ khởi nghiệp"), ("tap", "CONTENT_DONE"),
        ("tap", "SKIP"), ("say", "Ông Trần Văn B, cán bộ tiếp nhận"),
        ("say", "Đòi 2 triệu đồng ngày 15/11/2026, có tin nhắn làm bằng chứng"), *CONTACT, ("tap", "SUBMIT")],
}

EXPECTED = {
    "feedback": {"category": "feedback", "field": "digital_transformation", "name": None, "phone": None,
                 "place_time": "Bộ phận một cửa, sáng 20/11/2026"},
    "petition": {"category": "petition", "field": "science", "phone": "+84902231089", "name": "Nguyễn Văn An"},
    "complaint": {"category": "complaint", "field": "technology", "phone": "+84902231089",
                  "complaint_act": "Phiếu trả hồ sơ số 12/PTH ngày 10/11/2026",
                  "complaint_by": "Bộ phận một cửa phường", "complaint_request": "Xem xét lại và nhận hồ sơ"},
    "denunciation": {"category": "denunciation", "field": "innovation", "phone": "+84902231089",
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
