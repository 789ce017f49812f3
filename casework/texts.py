"""Words the casework shares with every layer above it: names of categories, fields, statuses
and channels, the citizen's notices, what stands in for a hidden identity, and every refusal of an
officer's operation.

The conversation (bot/texts.py) and the console (console/texts.py) import these
rather than repeat them, so a name changes in one place; the console and the
command line show the same refusal for the same mistake.
"""

from core.channels import channel_of

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
CHANNEL_NAMES = {"messenger": "Messenger", "zalo": "Zalo", "hotline": "Đường dây nóng"}


def chat_channel_name(psid):
    """ "Messenger" or "Zalo": the channel a citizen's key writes from, as officers read it."""
    return CHANNEL_NAMES[channel_of(psid)]


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

# What the duty officer is told at once of danger now (casework/danger_notice.py). Never a word the
# citizen typed: a denouncer must not be named in an e-mail or a Messenger notice.
DANGER_KINDS = {"scam": "lừa đảo đang diễn ra", "people": "có người đang gặp nguy hiểm"}
DANGER_SUBJECT = "[PAKN] [KHẨN] Công dân báo việc khẩn cấp (trò chuyện #{id})"
DANGER_BODY = (
    "[KHẨN] Một công dân vừa báo qua {channel} tại {ward} lúc {when}: {kind}.\n"
    "Trợ lý đã gửi hướng dẫn an toàn của phường và đang ghi nhận hồ sơ khẩn. "
    'Anh/chị xem ngay trong console, mục "Trò chuyện" (trò chuyện #{id}).'
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
NO_MESSENGER_MATCH = "Không có người dân nào nhắn tin qua Messenger hay Zalo với số điện thoại này."
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

# The chain of handling (the notice's §3.1-3.2): proposals, directions, departments, approval.
PROPOSAL_EMPTY = "Vui lòng ghi nội dung đề xuất biện pháp xử lý."
DIRECTION_EMPTY = "Vui lòng ghi ý kiến chỉ đạo."
DIRECT_LEADERS_ONLY = (
    "Chỉ lãnh đạo (hoặc quản trị) được ghi ý kiến chỉ đạo. Cán bộ ghi đề xuất biện pháp xử lý để lãnh đạo cho ý kiến."
)
DEPARTMENT_NAME_EMPTY = "Vui lòng ghi tên phòng, ban, đơn vị."
DEPARTMENT_EMAIL_INVALID = '"{email}" không phải là địa chỉ e-mail.'
NO_SUCH_DEPARTMENT = 'Không có phòng, ban, đơn vị "{name}" đang nhận yêu cầu. Các đơn vị: {names}.'
DEPARTMENTS_ADMINS_ONLY = "Chỉ quản trị được sửa danh sách phòng, ban, đơn vị."
CONSULT_QUESTION_EMPTY = "Vui lòng ghi nội dung cần đơn vị cung cấp thông tin hoặc cho ý kiến."
CONSULT_DUE_INVALID = "Vui lòng ghi hạn trả lời là một ngày, ví dụ 20/02/2026."
CONSULT_DUE_PAST = "Hạn trả lời {due} đã qua: vui lòng chọn từ hôm nay trở đi."
CONSULT_CASE_CLOSED = "Hồ sơ {code} đã đóng: không gửi yêu cầu phối hợp được nữa."
CONSULT_ANSWER_EMPTY = "Vui lòng nhập nội dung trả lời."
CONSULT_ANSWER_TOO_LONG = "Nội dung trả lời dài quá {limit} ký tự; vui lòng rút gọn hoặc gửi kèm tệp."
CONSULT_TOO_MANY_FILES = "Mỗi lần gửi được tối đa {limit} tệp."
CONSULT_FILE_TYPE = (
    'Tệp "{name}" không nhận được: chỉ nhận ảnh (JPG, PNG, GIF, WEBP, HEIC), PDF, Word, Excel hoặc PowerPoint.'
)
CONSULT_FILE_TOO_LARGE = 'Tệp "{name}" lớn quá {limit} MB.'
CONSULT_FILE_EMPTY = 'Tệp "{name}" không có nội dung.'
LINK_UNKNOWN = (
    "Liên kết không đúng hoặc đã hết hiệu lực. Vui lòng kiểm tra lại đường dẫn trong thư, hoặc liên hệ "
    "cán bộ đã gửi yêu cầu."
)
LINK_USED = (
    "Yêu cầu này đã được trả lời lúc {at}, nên liên kết không dùng được nữa. Nếu cần bổ sung, vui lòng "
    "liên hệ cán bộ phụ trách hồ sơ."
)
LINK_CLOSED = "Hồ sơ này đã đóng, nên liên kết không dùng được nữa."
LINK_TOO_MANY_TRIES = "Đã thử quá nhiều liên kết không đúng. Vui lòng thử lại sau {minutes} phút."
APPROVE_LEADERS_ONLY = "Chỉ lãnh đạo (hoặc quản trị) được duyệt hoặc trả lại câu trả lời."
NO_DRAFT_WAITING = "Hồ sơ {code} không có câu trả lời nào đang chờ duyệt."
DRAFT_ALREADY_DECIDED = "Câu trả lời này vừa được người khác duyệt hoặc trả lại."
SEND_BACK_NOTE_REQUIRED = "Vui lòng ghi lý do trả lại để cán bộ sửa câu trả lời."

# Notices of the chain to officers (e-mail, and Messenger inside their window). Never an identity:
# every free text in them went through the masking of a role that may not see it.
DIRECTION_NOTICE_SUBJECT = "[PAKN] Ý kiến chỉ đạo hồ sơ {code}"
DIRECTION_NOTICE = "{leader} đã cho ý kiến chỉ đạo hồ sơ {code}:\n{text}\nXem và xử lý trong console: {link}"
CONSULT_EMAIL_SUBJECT = "[PAKN] Đề nghị phối hợp: hồ sơ {code}, hạn trả lời {due}"
CONSULT_EMAIL = (
    "Kính gửi {department},\n\n{officer} ({ward}) đề nghị quý đơn vị cung cấp thông tin, tài liệu hoặc cho "
    "ý kiến về hồ sơ {code} ({category}, {field}):\n\n{question}\n\nHạn trả lời: {due}.\n\nXem hồ sơ và trả "
    "lời tại liên kết dưới đây (không cần tài khoản; liên kết chỉ dùng cho yêu cầu này và hết hiệu lực khi "
    "đã trả lời hoặc hồ sơ đã đóng; xin đừng chuyển tiếp thư này):\n{link}\n"
)
CONSULT_ANSWERED_SUBJECT = "[PAKN] {department} đã trả lời về hồ sơ {code}"
CONSULT_ANSWERED_NOTICE = (
    "{department} đã trả lời yêu cầu phối hợp về hồ sơ {code}{files}:\n{text}\nXem trong console: {link}"
)
DRAFT_RETURNED_SUBJECT = "[PAKN] Lãnh đạo trả lại câu trả lời hồ sơ {code}"
DRAFT_RETURNED_NOTICE = "{leader} trả lại câu trả lời hồ sơ {code} để sửa:\n{note}\nXem trong console: {link}"
ANSWER_HELD = (
    "Câu trả lời hồ sơ {code} đã lưu và đang chờ lãnh đạo duyệt: lãnh đạo duyệt xong thì câu trả lời "
    "mới được gửi cho người dân."
)
CONSULT_BODY_TOO_LARGE = (
    "Nội dung gửi lên (cả các tệp) lớn quá {limit} MB nên chưa được nhận. Vui lòng bớt tệp hoặc nén nhỏ "
    "lại rồi gửi lại (mở lại liên kết trong thư)."
)
CONSULT_FORM_EXPIRED = (
    "Biểu mẫu đã hết hạn hoặc thiếu mã bảo vệ nên chưa được nhận. Vui lòng mở lại liên kết trong thư "
    "rồi gửi lại câu trả lời."
)
# Notices owed to officers (casework/notices.py): what each is, where it stands, why it waits.
URGENT_MARK = "[KHẨN]"
URGENT_NAME = "Khẩn"
FOLLOW_UP_NAME = "Tin mới"
NOTICE_KIND_NAMES = {
    "new_report": "Hồ sơ mới",
    "urgent": "Hồ sơ khẩn",
    "handoff": "Người dân muốn gặp cán bộ",
    "follow_up": "Người dân nhắn thêm",
    "escalation": "Báo lên: chưa có cán bộ xử lý",
    "withdrawal": "Người dân rút hồ sơ",
    "digest": "Bản tin hằng ngày",
    "consultation_answered": "Phòng, ban đã trả lời",
    "consultation_overdue": "Phòng, ban quá hạn trả lời",
    "direction": "Ý kiến chỉ đạo",
    "proposal_made": "Đề xuất chờ chỉ đạo",
    "approval_requested": "Câu trả lời chờ lãnh đạo duyệt",
    "answer_returned": "Lãnh đạo trả lại câu trả lời",
}
NOTICE_CHANNEL_NAMES = {"email": "e-mail", "messenger": "Messenger"}
NOTICE_STATUS_NAMES = {
    "queued": "Đang gửi",
    "sent": "Đã gửi",
    "held": "Đang giữ",
    "failed": "Không gửi được",
    "cancelled": "Không cần gửi nữa",
}
NOTICE_REASON_NAMES = {
    "out_of_hours": "Ngoài giờ làm việc: e-mail gửi khi phường mở cửa",
    "nobody_on_duty": "Không có cán bộ trực (lịch trực trống, chưa ai nhắn “trực”)",
    "no_channel": "Cán bộ chưa có kênh nhận tin: chưa có e-mail (hoặc chưa cấu hình máy chủ e-mail) "
    "và chưa nhắn “trực” trên Messenger trong 24 giờ qua",
    "carrier_failed": "Máy chủ e-mail hoặc Messenger từ chối",
    "in_digest": "Đã có trong bản tin hằng ngày",
    "seen": "Cán bộ đã mở hồ sơ hoặc cuộc trò chuyện trước khi tin được gửi",
    "officer_disabled": "Tài khoản cán bộ đã khóa: chuyển cho cán bộ trực",
}
# A notice's subject when the caller gives none: "[PAKN] Hồ sơ mới AQ-2026-00042".
NOTICE_SUBJECT = "[PAKN] {kind} {code}"
# A citizen's message or file joined a case: the officer is told, never what was typed (a
# denouncer writes their own name into the text).
FOLLOW_UP_TEXT = (
    "Người dân vừa gửi thêm {what} vào hồ sơ {headline} tại {ward}.\nXem trong console: hồ sơ được đánh dấu “Tin mới”."
)
FOLLOW_UP_WHAT = {"text": "tin nhắn", "attachments": "tệp (ảnh, video, tài liệu)"}
# Nobody opened or answered an urgent case, or a citizen waiting for a person, in time.
ESCALATION_SUBJECT = "[PAKN] [KHẨN] Chưa có cán bộ xử lý: {what}"
ESCALATION_TEXT = (
    "{what} tại {ward} chưa được cán bộ nào mở hoặc trả lời sau {waited} (từ {since}).\n"
    "Đã báo: {told}. Đề nghị anh/chị xem ngay trong console."
)
ESCALATION_CASE = "hồ sơ khẩn {code}"
ESCALATION_HANDOFF = "người dân đề nghị gặp cán bộ (trò chuyện #{id})"
ESCALATION_NOTE = "Chưa có cán bộ mở hoặc trả lời sau {waited}: đã báo {to}."
ESCALATION_OUT_OF_HOURS = "ngoài giờ làm việc"
ESCALATION_MINUTES = "{minutes} phút trong giờ làm việc"
NOBODY_TOLD = "chưa báo được ai"
SYSTEM_ACTOR = "hệ thống"
