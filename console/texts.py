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
    FOLLOW_UP_NAME,
    MASKED,
    NO_PHONE,
    NOTICE_CHANNEL_NAMES,
    NOTICE_KIND_NAMES,
    NOTICE_REASON_NAMES,
    NOTICE_STATUS_NAMES,
    NOTICE_TAIL,
    STATUS_NAMES,
    STATUS_NOTICE,
    URGENT_NAME,
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
    # Zalo's rules (casework/window.py): free for 48 h, billed to 7 days, then only the phone.
    "zalo_open": "Người dân nhắn tin qua Zalo lúc {last}. Câu trả lời gửi ngay, miễn phí (còn đến {until}).",
    "zalo_billed": "Đã quá 48 giờ kể từ tin nhắn cuối của người dân qua Zalo ({last}). Zalo vẫn cho cán bộ "
    "trả lời đến {until}, nhưng mỗi tin bị tính phí. Thông báo tự động về trạng thái sẽ không gửi.",
    "zalo_closed": "Đã quá 7 ngày kể từ tin nhắn cuối của người dân qua Zalo ({last}): Zalo không cho phép "
    "gửi tin nữa. Vui lòng gọi điện cho người dân.",
    "zalo_none": "Người dân chưa nhắn tin tới Zalo OA của phường: không gửi được qua Zalo.",
}

REPLY_SENT = "Đã gửi câu trả lời qua Messenger."
REPLY_SENT_TAGGED = "Đã gửi câu trả lời qua Messenger (ngoài 24 giờ, kèm thẻ HUMAN_AGENT)."
REPLY_NOT_SENT = (
    "Đã lưu câu trả lời vào hồ sơ (người dân xem được khi tra cứu mã), nhưng Messenger không gửi được. {call}"
)
REPLY_SENT_ZALO = "Đã gửi câu trả lời qua Zalo."
REPLY_SENT_ZALO_BILLED = "Đã gửi câu trả lời qua Zalo (ngoài 48 giờ: Zalo tính phí tin này)."
REPLY_NOT_SENT_ZALO = (
    "Đã lưu câu trả lời vào hồ sơ (người dân xem được khi tra cứu mã), nhưng Zalo không gửi được. {call}"
)
SYSTEM_ALERT = "Cảnh báo cho quản trị viên:"  # before each open alert (storage/alerts.py), on every page
SYSTEM_ALERT_FOR_OFFICERS = (  # what an officer who is not an admin reads instead
    "có sự cố gửi tin nhắn hoặc e-mail; quản trị viên đã thấy chi tiết. Câu trả lời chưa gửi được hiện trong "
    "hồ sơ là chưa gửi."
)
OA_INBOX_AUTHOR = "Cán bộ (hộp thư Zalo OA)"  # a staff member typing in the OA's own chat
BILLED_MARK = "Zalo tính phí"  # beside each answer sent 48 h to 7 days after the citizen wrote
NOT_DELIVERABLE = "Lưu câu trả lời ({channel} không gửi được)"
STATUS_CHANGED = 'Đã chuyển hồ sơ sang "{status}".'
STATUS_NOTIFIED = " Người dân đã được báo qua Messenger."
STATUS_NOT_NOTIFIED = (
    " Không gửi được thông báo cho người dân qua Messenger vì đã quá 24 giờ kể từ tin "
    "nhắn cuối của họ. Anh/chị có thể tự trả lời (trong 7 ngày) hoặc gọi điện."
)
STATUS_NOTIFIED_ZALO = " Người dân đã được báo qua Zalo."
STATUS_NOT_NOTIFIED_ZALO = (
    " Không gửi được thông báo cho người dân qua Zalo vì đã quá 48 giờ kể từ tin nhắn cuối của họ "
    "(thông báo tự động không gửi khi Zalo tính phí). Anh/chị có thể tự trả lời (trong 7 ngày, có tính phí) "
    "hoặc gọi điện."
)
NOTE_ADDED = "Đã lưu ghi chú nội bộ (không gửi cho người dân)."
ASSIGNED = "Đã giao hồ sơ cho {name}."
UNASSIGNED = "Hồ sơ chưa giao cho ai."
CLASSIFIED = "Đã cập nhật loại và lĩnh vực của hồ sơ."

# The chain of handling (console/chain.py, console/departments.py).
REPLY_HELD = "Đã lưu câu trả lời. Hồ sơ loại này cần lãnh đạo duyệt: lãnh đạo duyệt xong thì câu trả lời mới được gửi."
PROPOSAL_SAVED = "Đã ghi đề xuất. Lãnh đạo sẽ thấy hồ sơ trong danh sách chờ ý kiến chỉ đạo."
DIRECTION_SAVED = "Đã ghi ý kiến chỉ đạo."
DIRECTION_TOLD = " Cán bộ phụ trách đã được báo."
DIRECTION_NOT_TOLD = " Chưa báo được cán bộ nào (hồ sơ chưa giao, hoặc cán bộ chưa có e-mail, Messenger)."
CONSULT_SENT = "Đã gửi đề nghị phối hợp tới {department}, hạn trả lời {due}."
CONSULT_EMAILED = " Đơn vị nhận được e-mail tại {email}."
CONSULT_NOT_EMAILED = (
    " Đơn vị chưa có e-mail (hoặc phường chưa cấu hình máy chủ thư): anh/chị gửi liên kết này cho đơn vị: {link}"
)
APPROVED_SENT = "Đã duyệt và gửi câu trả lời qua Messenger."
APPROVED_NOT_SENT = (
    "Đã duyệt và lưu câu trả lời vào hồ sơ (người dân xem được khi tra cứu mã), nhưng Messenger không gửi được: "
    "đề nghị liên hệ người dân bằng cách khác."
)
SENT_BACK = "Đã trả lại câu trả lời cho cán bộ soạn, kèm lý do."
DEPARTMENT_SAVED = "Đã lưu {name}."
DEPARTMENT_OFF = "{name}: ngừng nhận yêu cầu."
DEPARTMENT_ON = "{name}: nhận yêu cầu trở lại."
LINK_STATES = {"open": "Đang chờ đơn vị trả lời", "answered": "Đơn vị đã trả lời", "closed": "Hồ sơ đã đóng"}

# Delivery errors from Meta, explained to the officer.
SEND_ERRORS = {
    551: "Người dân hiện không nhận được tin nhắn (đã chặn trang hoặc khóa tài khoản).",
    10: "Ngoài khung thời gian Messenger cho phép gửi tin.",
    2018278: "Ngoài khung thời gian Messenger cho phép gửi tin.",
    100: "Messenger từ chối tin nhắn (yêu cầu không hợp lệ).",
    190: "Mã truy cập của trang không còn hiệu lực: báo quản trị viên cấp lại.",
}
SEND_ERROR_OTHER = "Messenger không nhận tin nhắn này (mã lỗi {code})."
# Zalo's refusals (zalo/api.py), and the sender's own for what Zalo's window forbids (zalo/sender.py).
SEND_ERRORS.update(
    {
        -213: "Người dân chưa quan tâm (hoặc đã bỏ quan tâm) Zalo OA của phường: Zalo không gửi được.",
        -217: "Người dân đã chặn tin nhắn từ Zalo OA của phường.",
        -227: "Tài khoản Zalo của người dân đã bị khóa hoặc lâu không hoạt động.",
        -230: "Đã quá 7 ngày kể từ lần cuối người dân tương tác với Zalo OA: Zalo không cho gửi nữa.",
        -232: "Người dân chưa tương tác hoặc tương tác đã hết hạn: Zalo không cho gửi tin tư vấn.",
        -216: "Mã truy cập Zalo OA không còn hiệu lực: báo quản trị viên (python -m bot zalo status).",
        -220: "Mã truy cập Zalo OA đã hết hạn và chưa làm mới được: báo quản trị viên.",
        -32: "Zalo tạm giới hạn số tin gửi đi: trợ lý sẽ gửi lại sau.",
        -90048: "Tin tự động không gửi sau 48 giờ (Zalo tính phí): chỉ cán bộ tự trả lời được.",
        -90007: "Đã quá 7 ngày kể từ tin nhắn cuối của người dân qua Zalo: vui lòng gọi điện.",
        -90001: "Phường chưa cấu hình Zalo OA cho trang này.",
    }
)
SEND_ERROR_ZALO_OTHER = "Zalo từ chối tin nhắn này (mã lỗi {code})."

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
    # The chain of handling (the notice's §3.1-3.2).
    "propose": "Đề xuất biện pháp xử lý",
    "direct": "Ý kiến chỉ đạo",
    "consult": "Đề nghị đơn vị phối hợp",
    "consult_answer": "Đơn vị trả lời phối hợp",
    "answer_draft": "Soạn câu trả lời (chờ lãnh đạo duyệt)",
    "approve_answer": "Duyệt và gửi câu trả lời",
    "return_answer": "Trả lại câu trả lời để sửa",
    "department": "Sửa danh sách phòng, ban, đơn vị",
    # Nobody opened an urgent case in time; an admin sends a failed notice again.
    "escalation": "Báo lên lãnh đạo",
    "notice_retry": "Gửi lại thông báo",
}


def send_error_text(code):
    if SEND_ERRORS.get(code):
        return SEND_ERRORS[code]
    other = SEND_ERROR_ZALO_OTHER if isinstance(code, int) and code < 0 else SEND_ERROR_OTHER  # Zalo's are negative
    return other.format(code=code if code is not None else "?")


def reply_sent(window):
    """The flash after an answer went out, in the words of the citizen's channel."""
    if window.channel == "zalo":
        return REPLY_SENT_ZALO_BILLED if window.billed else REPLY_SENT_ZALO
    return REPLY_SENT if window.state == "open" else REPLY_SENT_TAGGED


def reply_not_sent(window):
    return REPLY_NOT_SENT_ZALO if window.channel == "zalo" else REPLY_NOT_SENT


def status_notified(window):
    return STATUS_NOTIFIED_ZALO if window.channel == "zalo" else STATUS_NOTIFIED


def status_not_notified(window):
    return STATUS_NOT_NOTIFIED_ZALO if window.channel == "zalo" else STATUS_NOT_NOTIFIED


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
