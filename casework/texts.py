"""Words the casework shares with every layer above it: names of categories, fields, statuses
and channels, the citizen's status notices, and what stands in for a hidden identity.

The conversation (bot/texts.py) and the console (console/texts.py) import these
rather than repeat them, so a name changes in one place.
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
