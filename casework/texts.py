"""Words the casework shares with every layer above it: names of categories, fields, statuses
and channels, the citizen's notices, what stands in for a hidden identity, and every refusal of an
officer's operation.

The conversation (bot/texts.py) and the console (console/texts.py) import these
rather than repeat them, so a name changes in one place; the console and the
command line show the same refusal for the same mistake.
"""

CATEGORY_NAMES = {
    "feedback": "Phản ánh",
    "petition": "Kiến nghị",
    "complaint": "Khiếu nại",
    "denunciation": "Tố cáo",
    "unsure": "Chưa rõ (cán bộ sẽ phân loại)",
}
# The noun in running text ("Phường đã nhận {noun} của anh/chị").
CATEGORY_NOUNS = {
    "feedback": "phản ánh",
    "petition": "kiến nghị",
    "complaint": "khiếu nại",
    "denunciation": "tố cáo",
    "unsure": "thông tin",
}
FIELD_NAMES = {
    "science": "Khoa học",
    "technology": "Công nghệ",
    "innovation": "Đổi mới sáng tạo",
    "digital_transformation": "Chuyển đổi số",
    "other": "Lĩnh vực khác",
}
STATUS_NAMES = {
    "new": "Mới tiếp nhận",
    "accepted": "Đã thụ lý",
    "in_progress": "Đang xử lý",
    "resolved": "Đã giải quyết",
    "forwarded": "Đã chuyển cơ quan có thẩm quyền",
    "rejected": "Không thụ lý",
}
RATING_NAMES = {"very_satisfied": "Rất hài lòng", "satisfied": "Hài lòng", "unsatisfied": "Không hài lòng"}
CHANNEL_NAMES = {"messenger": "Messenger", "hotline": "Đường dây nóng"}

MASKED = "(bảo mật)"
ANONYMOUS = "Ẩn danh"
# The citizen is told of a status change (automated: only inside 24 h, never HUMAN_AGENT).
STATUS_NOTICE = {
    "accepted": "Hồ sơ {code} của anh/chị đã được thụ lý, nghĩa là phường nhận giải quyết.",
    "in_progress": "Hồ sơ {code} của anh/chị đang được cán bộ xử lý.",
    "resolved": "Hồ sơ {code} của anh/chị đã được giải quyết xong.",
    "forwarded": "Hồ sơ {code} của anh/chị không thuộc thẩm quyền của phường nên đã được chuyển đến "
    "{forwarded_to} để giải quyết.",
    "rejected": "Hồ sơ {code} của anh/chị không được thụ lý. Lý do: {note}",
}
NOTICE_TAIL = "\nAnh/chị gửi mã {code} vào đây bất cứ lúc nào để tra cứu."

# The digest lists the most urgent cases of each section; the rest are one line and a console link.
DIGEST_MORE = "… và {count} hồ sơ khác: {link}"
# A case made by an officer from the citizen's conversation with them.
HANDOFF_CASE_OPENED = (
    "Cán bộ đã lập hồ sơ {code} từ nội dung anh/chị trao đổi. Để tra cứu, anh/chị gửi mã {code} vào đây bất cứ lúc nào."
)

# An officer's operation refused: one sentence saying why (the console shows it above the form,
# the command line prints it and exits 1).
NO_SUCH_CASE = "Không có hồ sơ này."
NO_SUCH_CASE_CODE = "Không có hồ sơ {code}."
NO_SUCH_OFFICER = 'Không có cán bộ đang làm việc với tên đăng nhập "{username}".'
UNKNOWN_STATUS = 'Trạng thái "{status}" không có. Các trạng thái: {statuses}.'
STATUS_NOTE_REQUIRED = "Vui lòng ghi lý do hoặc ghi chú cho lần đổi trạng thái này."
FORWARDED_TO_REQUIRED = "Vui lòng ghi tên cơ quan có thẩm quyền nhận hồ sơ chuyển đi."
TRANSITION_REFUSED = 'Không chuyển được hồ sơ {code} từ "{old}" sang "{new}".'
NOTE_EMPTY = "Ghi chú đang trống."
CLASSIFICATION_INVALID = "Loại hoặc lĩnh vực không hợp lệ."
KEEP_DENUNCIATION = (
    "Chỉ lãnh đạo được đổi hồ sơ tố cáo sang loại khác: đơn tố cáo được giải quyết theo Luật Tố cáo. "
    "Danh tính người tố cáo vẫn được giữ kín dù hồ sơ đổi sang loại nào."
)
ANSWER_EMPTY = "Vui lòng nhập nội dung trả lời."
ANSWER_TOO_LONG = "Câu trả lời dài quá {limit} ký tự; vui lòng rút gọn."
RATING_ONLY_RESOLVED = "Chỉ ghi mức hài lòng khi hồ sơ đã giải quyết xong."
RATING_MISSING = "Vui lòng chọn mức hài lòng người dân nói."
REVIEW_CLOSED_BY_LEADER = (
    "Người dân chưa hài lòng với kết quả lần trước: chỉ lãnh đạo được đóng lại hồ sơ này sau khi xem xét."
)
LINK_DENOUNCER = "Chỉ lãnh đạo được liên kết hồ sơ của người tố cáo."
NO_MESSENGER_MATCH = "Không có người dân nào nhắn tin qua Messenger với số điện thoại này."
NO_SUCH_HANDOFF = "Không có cuộc trò chuyện #{id}."
HANDOFF_OVER = "Cuộc trò chuyện #{id} đã kết thúc."
NO_OPEN_HANDOFF_OF = "Không có cuộc trò chuyện đang mở với PSID {psid}."
HANDOFF_ON_SEVERAL_PAGES = "PSID {psid} có cuộc trò chuyện mở trên nhiều trang: chọn một bằng --page."
HANDOFF_WINDOW_CLOSED = (
    "Đã quá 7 ngày kể từ tin nhắn cuối của công dân: Messenger không cho gửi nữa. "
    "Anh/chị lập hồ sơ từ cuộc trò chuyện này hoặc liên hệ công dân bằng cách khác."
)
CASE_NEEDS_CLASSIFICATION = "Vui lòng chọn loại và lĩnh vực của hồ sơ."
CASE_NEEDS_CONTENT = "Vui lòng ghi nội dung của hồ sơ."

# When Messenger cannot deliver an answer, the officer is told how else to reach the citizen.
CALL_PHONE = "Vui lòng gọi cho người dân theo số {phone}."
CALL_MASKED = "Số điện thoại của người tố cáo được bảo mật: đề nghị lãnh đạo liên hệ."
NO_PHONE = "Người dân không để lại số điện thoại."

# The export's columns (CSV and XLSX), in order.
EXPORT_HEADERS = (
    "Mã hồ sơ",
    "Ngày nhận",
    "Loại",
    "Lĩnh vực",
    "Trạng thái",
    "Hạn xử lý",
    "Quá hạn",
    "Cán bộ phụ trách",
    "Họ tên",
    "Điện thoại",
    "Địa chỉ",
    "Nội dung",
    "Nơi, thời gian",
    "Chuyển đến",
    "Trả lời của phường",
    "Ngày đóng hồ sơ",
    "Kênh tiếp nhận",
)
OVERDUE = "Quá hạn"
