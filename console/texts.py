"""What the console says, in Vietnamese: to the officer on screen, and to the citizen in Messenger.

Plain words for a civil servant who is not an IT person; for the citizen the
bot's voice (anh/chị, short sentences, what to do next).
"""

from casework.texts import (  # noqa: F401 - one source
    ANONYMOUS,
    CALL_MASKED,
    CALL_PHONE,
    CATEGORY_NAMES,
    CHANNEL_NAMES,
    FIELD_NAMES,
    MASKED,
    NO_PHONE,
    NOTICE_TAIL,
    STATUS_NAMES,
    STATUS_NOTICE,
)

ROLE_NAMES = {"officer": "Cán bộ", "leader": "Lãnh đạo", "admin": "Quản trị"}

# "Trò chuyện": what the citizen had drafted before asking for a person (console/conversation_view.py).
DRAFT_TITLE = "Phần người dân đang gửi dở"
DRAFT_LABELS = {
    "category": "Loại",
    "field": "Lĩnh vực",
    "content": "Nội dung",
    "attachments": "Tệp đính kèm",
    "place_time": "Nơi, thời gian",
    "urgent": "Mức độ",
}
DRAFT_URGENT = "KHẨN CẤP"


WINDOW = {
    "open": "Người dân nhắn tin lúc {last}. Câu trả lời gửi ngay qua Messenger (còn đến {until}).",
    "human_agent": "Đã quá 24 giờ kể từ tin nhắn cuối của người dân ({last}). Messenger chỉ cho phép "
    "cán bộ tự trả lời (gửi kèm thẻ HUMAN_AGENT) đến {until}. Thông báo tự động về trạng "
    "thái sẽ không gửi được.",
    "closed": "Đã quá 7 ngày kể từ tin nhắn cuối của người dân ({last}): Messenger không cho phép gửi "
    "tin nữa. Vui lòng gọi điện cho người dân.",
    "none": "Hồ sơ này không đến từ Messenger, hoặc người dân chưa nhắn tin: không gửi được qua Messenger.",
}

REPLY_SENT = "Đã gửi câu trả lời qua Messenger."
REPLY_SENT_TAGGED = "Đã gửi câu trả lời qua Messenger (ngoài 24 giờ, kèm thẻ HUMAN_AGENT)."
REPLY_NOT_SENT = (
    "Đã lưu câu trả lời vào hồ sơ (người dân xem được khi tra cứu mã), nhưng Messenger không gửi được. {call}"
)
STATUS_CHANGED = 'Đã chuyển hồ sơ sang "{status}".'
STATUS_NOTIFIED = " Người dân đã được báo qua Messenger."
STATUS_NOT_NOTIFIED = (
    " Không gửi được thông báo cho người dân qua Messenger vì đã quá 24 giờ kể từ tin "
    "nhắn cuối của họ. Anh/chị có thể tự trả lời (trong 7 ngày) hoặc gọi điện."
)
NOTE_ADDED = "Đã lưu ghi chú nội bộ (không gửi cho người dân)."
ASSIGNED = "Đã giao hồ sơ cho {name}."
UNASSIGNED = "Hồ sơ chưa giao cho ai."
CLASSIFIED = "Đã cập nhật loại và lĩnh vực của hồ sơ."

# Delivery errors from Meta, explained to the officer.
SEND_ERRORS = {
    551: "Người dân hiện không nhận được tin nhắn (đã chặn trang hoặc khóa tài khoản).",
    10: "Ngoài khung thời gian Messenger cho phép gửi tin.",
    2018278: "Ngoài khung thời gian Messenger cho phép gửi tin.",
    100: "Messenger từ chối tin nhắn (yêu cầu không hợp lệ).",
    190: "Mã truy cập của trang không còn hiệu lực: báo quản trị viên cấp lại.",
}
SEND_ERROR_OTHER = "Messenger không nhận tin nhắn này (mã lỗi {code})."

AUDIT_ACTIONS = {
    "login": "Đăng nhập",
    "login_failed": "Đăng nhập sai",
    "login_locked": "Đăng nhập bị khóa tạm",
    "logout": "Đăng xuất",
    "status": "Đổi trạng thái",
    "answer": "Trả lời người dân",
    "note": "Ghi chú nội bộ",
    "assign": "Giao hồ sơ",
    "classify": "Phân loại lại",
    "export": "Xuất danh sách",
    "view_identity": "Xem danh tính người tố cáo",
    "application": "In đơn",
    "template": "Sửa mẫu trả lời",
    "knowledge": "Sửa hỏi đáp, từ khóa",
    # Hotline calls, the citizen's verdict, publication.
    "hotline_call": "Ghi nhận cuộc gọi",
    "link_messenger": "Liên kết Messenger",
    "rating": "Đánh giá mức hài lòng",
    "rating_comment": "Ý kiến của người dân",
    "publish": "Đăng công khai",
    "unpublish": "Gỡ khỏi trang công khai",
    # The duty page.
    "calendar": "Sửa ngày nghỉ, ngày làm bù",
    "roster": "Sửa lịch trực",
    "messenger_link": "Messenger của cán bộ",
    # The citizen's data rights, and the retention job.
    "data_access": "Người dân xem dữ liệu của mình",
    "data_withdraw": "Người dân rút lại đồng ý",
    "data_delete": "Xóa, ẩn danh dữ liệu cá nhân",
    "retention": "Xóa dữ liệu hết thời hạn lưu",
}


def send_error_text(code):
    return SEND_ERRORS.get(code) or SEND_ERROR_OTHER.format(code=code if code is not None else "?")


# A ward's answer or answer template holds a placeholder the bot does not fill (core/placeholders.py).
UNKNOWN_PLACEHOLDERS = (
    "Chưa lưu: {found} không phải là chỗ điền mà trợ lý biết, nên sẽ đến người dân đúng như đã gõ. "
    "Chỉ dùng được {allowed} (chữ in hoa, trong ngoặc nhọn); nếu muốn viết dấu ngoặc nhọn, hãy dùng ngoặc tròn."
)

# Citizens' requests about their data (console/data_requests.py): answered within 2 working days.
DATA_REQUEST_KINDS = {"access": "Xem dữ liệu", "withdraw": "Rút lại đồng ý", "delete": "Xóa dữ liệu"}
DATA_REQUEST_SOURCES = {"chat": "Messenger", "meta": "Facebook (gỡ ứng dụng)"}
DATA_REQUEST_WAITING_WHY = {
    "graph": "Facebook chưa trả lời khi đối chiếu tài khoản: bấm “Đối chiếu lại” để xóa dữ liệu theo yêu cầu."
}
DATA_REQUEST_DONE = "Đã xử lý yêu cầu {code}: {anonymised} hồ sơ được ẩn danh, {kept} hồ sơ công vụ giữ lại."
DATA_REQUEST_STILL_WAITING = "Facebook vẫn chưa trả lời ({error}). Yêu cầu {code} vẫn chờ; thử lại sau."
