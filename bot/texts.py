"""What the bot says, in Vietnamese.

The voice of "Chính quyền thân thiện": the ward's automated assistant, never
a person; polite ("Dạ", "ạ", as a ward's receptionist), short sentences, a legal
word explained the first time, never blaming the citizen, and every message ends
with what to do next. Placeholders in braces are filled from the ward's config.

Two conventions make every sentence sayable to each citizen as they name
themselves (core/voice.py, bot/voice.py): the citizen is "anh/chị" (said "bà" to a
grandmother, "em" to a young person), and the assistant speaks of itself as
"Trợ lý" at the start of a sentence or after "Dạ, " (said "cháu" to one who calls
it so). `{urgent_call}` and `{hotline_line}` are filled by the voice too: the
hotline, or to someone who said it went unanswered, a person and a call back.
"""

from casework.texts import (  # noqa: F401 - one source
    CATEGORY_NAMES,
    CATEGORY_NOUNS,
    CHANNEL_NAMES,
    FIELD_NAMES,
    HANDOFF_CASE_OPENED,
    RATING_NAMES,
    STATUS_NAMES,
)

# Quick reply titles: Meta cuts them at 20 characters.
TITLES = {
    "MENU_REPORT": "Gửi phản ánh",
    "MENU_COMPLAINT": "Khiếu nại",
    "MENU_DENOUNCE": "Tố cáo",
    "MENU_LOOKUP": "Tra cứu hồ sơ",
    "MENU_OFFICER": "Gặp cán bộ",
    "CATEGORY_FEEDBACK": "Phản ánh",
    "CATEGORY_PETITION": "Kiến nghị",
    "CATEGORY_COMPLAINT": "Khiếu nại",
    "CATEGORY_DENUNCIATION": "Tố cáo",
    "CATEGORY_UNSURE": "Chưa rõ",
    "FIELD_SCIENCE": "Khoa học",
    "FIELD_TECHNOLOGY": "Công nghệ",
    "FIELD_INNOVATION": "Đổi mới sáng tạo",
    "FIELD_DIGITAL_TRANSFORMATION": "Chuyển đổi số",
    "FIELD_OTHER": "Lĩnh vực khác",
    "CONTENT_DONE": "Xong",
    "SKIP": "Bỏ qua",
    "CONSENT_YES": "Đồng ý",
    "CONSENT_NO": "Không đồng ý",
    "ANONYMOUS": "Gửi ẩn danh",
    "SUBMIT": "Gửi",
    "SUBMIT_URGENT": "Gửi - việc khẩn cấp",
    "EDIT": "Sửa",
    "EDIT_CATEGORY": "Loại",
    "EDIT_FIELD": "Lĩnh vực",
    "EDIT_CONTENT": "Nội dung",
    "EDIT_PLACE_TIME": "Nơi, thời gian",
    "EDIT_DETAILS": "Chi tiết",
    "EDIT_CONTACT": "Liên hệ",
    "YES": "Có",
    "NO": "Không",
    "WITHDRAW_YES": "Rút hồ sơ",
    "ADD_TO_CASE": "Thêm vào hồ sơ cũ",
    "NEW_REPORT": "Gửi việc mới",
    "WITHDRAW_NO": "Không rút",
    "RESUME": "Tiếp tục",
    # A fact the citizen already wrote, offered to be confirmed (bot/facts.py).
    "AS_TOLD": "Như đã kể",
    "FACT_YES": "Đúng",
    "FACT_EDIT": "Sửa",
    "CMD_BACK": "Quay lại",
    "CMD_CANCEL": "Hủy",
    "CMD_RESTART": "Bắt đầu lại",
    # After a case is resolved (bot/rating_steps.py).
    "RATE_VERY_SATISFIED": "Rất hài lòng",
    "RATE_SATISFIED": "Hài lòng",
    "RATE_UNSATISFIED": "Không hài lòng",
    "RATE_SKIP": "Bỏ qua",
    "PUBLISH_YES": "Đồng ý đăng",
    "PUBLISH_NO": "Không đăng",
}


WELCOME = (
    "Xin chào anh/chị! Đây là trợ lý tự động của {ward_name}, tiếp nhận phản ánh, kiến nghị, "
    "khiếu nại, tố cáo về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.\n"
    "{hotline_line}\n"
    "Anh/chị cần giúp việc gì ạ? Anh/chị chọn một mục bên dưới."
)
MENU_AGAIN = "Anh/chị vui lòng chọn một mục bên dưới để bắt đầu ạ."
# The hotline where a sentence gives it; to someone who said it went unanswered, a person instead
# (bot/voice.py fills `{hotline_line}` and `{urgent_call}` with one of each pair).
HOTLINE_LINE = "Đường dây nóng: {hotline} ({hotline_officer})."
PERSON_LINE = 'Cần gặp người, anh/chị bấm "Gặp cán bộ".'
CALL_HOTLINE = "Việc gấp, anh/chị gọi {hotline}."
CALL_BACK = (
    'Việc gấp, anh/chị bấm "Gặp cán bộ": cán bộ trực sẽ nhắn lại, hoặc gọi lại nếu anh/chị để lại số điện thoại.'
)
CALL_BACK_IN_HANDOFF = "Việc gấp, anh/chị nhắn số điện thoại vào đây, cán bộ trực sẽ gọi lại."
# One short sorry, once per conversation, before the reply (bot/voice.py; understanding/speaker.py).
SORRY = {
    "hotline": "Phường xin lỗi vì anh/chị đã gọi mà không ai nghe máy.",
    "angry": "Trợ lý xin lỗi vì anh/chị đã phải bực mình.",
    "distressed": "Trợ lý rất tiếc vì anh/chị gặp chuyện này.",
}

# Free text (bot/free_text.py): what the bot says when the citizen types instead of tapping.
INTRO = "Dạ, xin chào anh/chị, đây là trợ lý tự động của {ward_name}."
THANKS_REPLY = "Dạ, phường cảm ơn anh/chị. Khi cần, anh/chị chọn một mục bên dưới ạ."
NOT_UNDERSTOOD = (
    "Dạ, trợ lý chưa hiểu rõ ý anh/chị, nên đã chuyển tin nhắn để cán bộ xem. Anh/chị muốn gửi phản ánh, "
    "tra cứu hồ sơ hay gặp cán bộ ạ? Anh/chị chọn một mục bên dưới."
)
FAQ_FOOTER = "Anh/chị cần gì thêm, anh/chị chọn một mục bên dưới ạ."
NO_ANSWER = (
    "Dạ, trợ lý chưa có câu trả lời chính thức của phường cho câu hỏi này, nên không tự trả lời để tránh "
    'sai. Câu hỏi đã được chuyển để cán bộ xem. Anh/chị có thể gửi phản ánh, hoặc bấm "Gặp cán bộ" để hỏi cán '
    "bộ trực ạ."
)
STORY_KEPT = "Trợ lý đã ghi lại nội dung anh/chị kể, anh/chị không cần kể lại."
# A question that tells a problem, answered or not: the words wait for a report (bot/free_text.py).
STORY_KEPT_FOR_REPORT = (
    'Nếu muốn gửi phản ánh về việc này, anh/chị bấm "Gửi phản ánh". Trợ lý đã giữ lời anh/chị kể, '
    "anh/chị không cần kể lại."
)
# A report that quotes an earlier case of the citizen's and disagrees with it: linked to that case.
ABOUT_CASE = "Trợ lý ghi nhận đây là ý kiến về hồ sơ {code}; cán bộ sẽ xem cùng hồ sơ đó."
OUT_OF_SCOPE = "Lưu ý: việc này thường do {handler}{phone} giải quyết. Phường vẫn tiếp nhận và chuyển giúp anh/chị."
# A denunciation of a ward official never goes to the accused's own office (understanding/scope.py).
OFFICIAL_DENOUNCED = (
    "Lưu ý: tố cáo cán bộ, công chức của phường do Chủ tịch UBND phường giải quyết (Luật Tố cáo 2018, "
    "Điều 13), không chuyển cho phòng, ban nơi người bị tố cáo làm việc. Danh tính người tố cáo được giữ bí mật."
)
SUGGEST_CATEGORY = "Trợ lý hiểu đây là {category_name}. Anh/chị bấm để xác nhận, hoặc chọn loại khác ạ."
SUGGEST_CATEGORY_LEGAL = (
    "Nội dung anh/chị kể có thể là {category_name}. Vì việc này có giá trị pháp lý, anh/chị vui lòng tự chọn "
    "đúng loại bên dưới."
)
FIELD_GUESS = "\nTrợ lý đoán là lĩnh vực {field_name} (nút đầu tiên)."

ASK = {
    "category": (
        "Anh/chị muốn gửi loại nào ạ?\n"
        "• Phản ánh: báo cho phường biết một việc chưa ổn.\n"
        "• Kiến nghị: đề xuất, góp ý để phường làm tốt hơn.\n"
        "• Khiếu nại: đề nghị xem lại một quyết định hay việc làm của cơ quan, cán bộ mà anh/chị "
        "cho là sai, ảnh hưởng đến quyền lợi của mình.\n"
        "• Tố cáo: báo hành vi vi phạm pháp luật của cơ quan, tổ chức hay cá nhân.\n"
        'Nếu chưa rõ, anh/chị chọn "Chưa rõ", cán bộ sẽ phân loại giúp.'
    ),
    "field": "Việc này thuộc lĩnh vực nào ạ? Anh/chị chọn một lĩnh vực bên dưới.",
    "content": (
        "Anh/chị vui lòng kể lại sự việc ạ. Anh/chị có thể gửi nhiều tin nhắn, kèm ảnh, video, "
        'ghi âm hoặc tệp. Khi đã gửi đủ, bấm "Xong".'
    ),
    "place_time": (
        "Việc này xảy ra ở đâu và khi nào ạ? (ví dụ: Nhà văn hóa tổ dân phố 3, sáng 20/11/2026)\n"
        'Nếu không cần, bấm "Bỏ qua".'
    ),
    "complaint_act": (
        "Anh/chị khiếu nại quyết định hoặc việc làm nào ạ? Anh/chị ghi rõ giúp (ví dụ: số, ngày của "
        "quyết định, hoặc việc làm cụ thể)."
    ),
    "complaint_by": "Quyết định hay việc làm đó do cơ quan hoặc ai thực hiện ạ?",
    "complaint_request": "Anh/chị đề nghị phường giải quyết như thế nào ạ?",
    "accused": "Anh/chị tố cáo ai ạ (tên, chức vụ, cơ quan nếu biết)?",
    "violation": "Người đó đã làm gì sai ạ? Anh/chị kể cụ thể việc làm, thời gian, chứng cứ nếu có.",
    "consent": (
        "Để cán bộ liên hệ và trả lời anh/chị, phường cần lưu họ tên, số điện thoại và địa chỉ "
        "của anh/chị. Các thông tin này chỉ dùng để giải quyết việc anh/chị gửi, theo Luật Bảo vệ "
        "dữ liệu cá nhân.{confidential}\nAnh/chị có đồng ý không ạ?"
    ),
    "name": "Anh/chị vui lòng cho biết họ và tên ạ.",
    "phone": (
        "Số điện thoại của anh/chị là gì ạ? (dạng 09xx xxx xxx; số nước ngoài ghi cả mã nước, như +44 20 7946 0958)"
    ),
    "withdraw": (
        "Anh/chị muốn rút {noun} {code} phải không ạ? Nếu rút, phường ghi nhận và dừng giải quyết hồ sơ "
        "này; cán bộ sẽ được báo. Rút đơn là quyền của người gửi (Luật Khiếu nại 2011, điều 10)."
    ),
    "address": "Địa chỉ của anh/chị ở đâu ạ? (số nhà, đường, tổ dân phố)",
    "confirm": (
        '{summary}\n\nAnh/chị kiểm tra lại giúp ạ. Bấm "Gửi" để gửi, "Sửa" để sửa, hoặc "Hủy". '
        'Việc khẩn cấp (lừa đảo, mất tiền, nguy hiểm), bấm "Gửi - việc khẩn cấp" để cán bộ trực được báo ngay.'
    ),
    "edit_pick": "Anh/chị muốn sửa phần nào ạ?",
    "more_or_new": (
        "Anh/chị đang có hồ sơ {case_code} đang được giải quyết. Tin nhắn này là thông tin thêm cho hồ sơ đó, "
        "hay một việc mới ạ?"
    ),
    "confirm_cancel": "Anh/chị có chắc muốn hủy không ạ? Những gì đã nhập sẽ bị xóa.",
    "rights_confirm": "Anh/chị chọn Có để xác nhận, hoặc Không để giữ nguyên.",
    "lookup": "Anh/chị vui lòng gửi mã hồ sơ ạ (ví dụ: {example_code}).",
    "resume": "Dạ, chào mừng anh/chị quay lại. Anh/chị đang gửi dở một {noun}. Anh/chị muốn tiếp tục không ạ?",
    "rating": "Anh/chị đánh giá thế nào về kết quả giải quyết ạ? Anh/chị chọn một mức bên dưới.",
    "rating_comment": 'Anh/chị có muốn góp thêm ý kiến không? Anh/chị gõ ý kiến vào đây, hoặc bấm "Bỏ qua".',
    "publish_consent": (
        "Phường muốn đăng câu hỏi của anh/chị và câu trả lời của phường lên trang công khai, để người có "
        "cùng thắc mắc cũng biết. Họ tên, số điện thoại, địa chỉ, số giấy tờ và biển số xe được xóa trước "
        "khi đăng. Việc này không bắt buộc, và khác với việc anh/chị đã đồng ý cho phường lưu thông tin liên "
        "hệ. Anh/chị có đồng ý cho đăng không ạ?"
    ),
    "anonymous": (
        "Khiếu nại, tố cáo cần có họ tên và địa chỉ của người gửi mới được giải quyết theo luật. "
        "Anh/chị có thể đồng ý cung cấp thông tin, hoặc gửi ẩn danh: khi đó việc này được ghi nhận "
        "là phản ánh và cán bộ vẫn xem xét."
    ),
}
# The categories after they were explained once in the conversation (bot/voice.py).
CATEGORY_AGAIN = (
    'Anh/chị muốn gửi loại nào ạ: Phản ánh, Kiến nghị, Khiếu nại hay Tố cáo? Nếu chưa rõ, anh/chị chọn "Chưa rõ".'
)
# What the citizen already wrote (understanding/facts.py), confirmed in one tap instead of asked.
CONFIRM_FACT = {
    "name": "Dạ, trợ lý ghi họ tên là {value}, đúng không ạ?",
    "phone": "Dạ, trợ lý ghi số điện thoại là {value}, đúng không ạ?",
    "letter_o": 'Dạ, số "{typed}" có chữ o ở chỗ số 0 nên chưa gọi được. Trợ lý ghi là {value}, đúng không ạ?',
    "letter_l": 'Dạ, số "{typed}" có chữ l ở chỗ số 1 nên chưa gọi được. Trợ lý ghi là {value}, đúng không ạ?',
    "address": "Dạ, trợ lý ghi địa chỉ là {value}, đúng không ạ?",
    "place_time": "Dạ, trợ lý ghi nơi, thời gian xảy ra là: {value}, đúng không ạ?",
    "complaint_act": "Dạ, trợ lý ghi quyết định hoặc việc làm bị khiếu nại là: {value}, đúng không ạ?",
    "complaint_by": "Dạ, trợ lý ghi việc đó do {value} thực hiện, đúng không ạ?",
    "complaint_request": "Dạ, trợ lý ghi anh/chị đề nghị: {value}, đúng không ạ?",
    "accused": "Dạ, trợ lý ghi người bị tố cáo là: {value}, đúng không ạ?",
    "violation": "Dạ, trợ lý ghi việc người đó làm là: {value}, đúng không ạ?",
}

SKIP_HINT = '\nNếu không muốn cung cấp, anh/chị bấm "Bỏ qua".'
CONFIDENTIAL_NOTE = " Danh tính người tố cáo được giữ bí mật theo Luật Tố cáo."
OPTIONAL_CONTACT_NOTE = " Nếu không đồng ý, anh/chị vẫn gửi được ẩn danh; phường sẽ trả lời qua Messenger."

REASK = {
    "not_text": "Dạ, ở bước này cần gõ chữ. Trợ lý chưa đọc được hình dán, ảnh hay ghi âm.",
    "choice": "Dạ, trợ lý chưa hiểu lựa chọn này.",
    "stale": "Dạ, bước đó đã xong rồi ạ, mình đang ở bước này.",  # a button of a step already passed, tapped again
    "not_content": "Dạ, trợ lý chưa đọc được hình dán hay lượt thích. Anh/chị gõ chữ, hoặc gửi ảnh, video, tệp ạ.",
    "empty_content": 'Dạ, anh/chị chưa gửi nội dung nào. Anh/chị kể lại sự việc trước khi bấm "Xong" giúp ạ.',
    "too_short": "Dạ, câu trả lời hơi ngắn, anh/chị ghi rõ thêm một chút giúp ạ.",
    "name": "Dạ, trợ lý chưa nhận ra họ tên. Anh/chị vui lòng gõ họ và tên đầy đủ ạ, ví dụ: Nguyễn Văn An.",
    "phone": (
        'Dạ, số điện thoại "{value}" chưa đúng. Anh/chị vui lòng gõ lại số di động hoặc số cố định '
        "của Việt Nam, dạng 09xx xxx xxx, hoặc số nước ngoài có mã nước, ví dụ: +44 20 7946 0958."
    ),
    "not_own_phone": (
        "Dạ, số {value} là số của phường, không phải số của anh/chị. Anh/chị vui lòng gõ số điện thoại của mình ạ."
    ),
    "content_kept": 'Dạ, trợ lý đã ghi nhận. Anh/chị có thể gửi thêm chữ, ảnh hoặc tệp; khi đủ, bấm "Xong" ạ.',
    "cannot_skip": "Dạ, phần này cần có để giải quyết khiếu nại, tố cáo.",
}
# The second misunderstanding of the same question: a person is offered in words (and as a button).
OFFER_OFFICER = 'Nếu khó trả lời, anh/chị bấm "Gặp cán bộ" để được cán bộ giúp.'

# Understood at any step (bot/anywhere.py): after the aside is answered, the same step again in one
# short line, never the whole question with its explanations.
STEP_AGAIN = {
    "category": "Mình tiếp tục nhé: anh/chị chọn loại việc bên dưới.",
    "field": "Mình tiếp tục nhé: anh/chị chọn lĩnh vực bên dưới.",
    "content": 'Mình tiếp tục nhé: anh/chị kể tiếp sự việc, hoặc bấm "Xong" khi đã đủ.',
    "place_time": 'Mình tiếp tục nhé: việc này xảy ra ở đâu, khi nào? (hoặc bấm "Bỏ qua")',
    "complaint_act": "Mình tiếp tục nhé: anh/chị khiếu nại quyết định hoặc việc làm nào?",
    "complaint_by": "Mình tiếp tục nhé: quyết định hay việc làm đó do cơ quan hoặc ai thực hiện?",
    "complaint_request": "Mình tiếp tục nhé: anh/chị đề nghị phường giải quyết như thế nào?",
    "accused": "Mình tiếp tục nhé: anh/chị tố cáo ai?",
    "violation": "Mình tiếp tục nhé: người đó đã làm gì sai?",
    "consent": "Mình tiếp tục nhé: anh/chị có đồng ý cho phường lưu họ tên, số điện thoại, địa chỉ không?",
    "anonymous": "Mình tiếp tục nhé: anh/chị đồng ý cung cấp thông tin, hay gửi ẩn danh?",
    "name": "Mình tiếp tục nhé: anh/chị cho biết họ và tên.",
    "phone": "Mình tiếp tục nhé: số điện thoại của anh/chị là gì?",
    "address": "Mình tiếp tục nhé: địa chỉ của anh/chị ở đâu?",
    "confirm": 'Mình tiếp tục nhé: bấm "Gửi" để gửi, "Sửa" để sửa, hoặc "Hủy".',
    "edit_pick": "Mình tiếp tục nhé: anh/chị muốn sửa phần nào?",
    "lookup": "Anh/chị gửi mã hồ sơ nếu muốn tra cứu (ví dụ: {example_code}).",
    "resume": 'Anh/chị bấm "Tiếp tục" để gửi tiếp phần đang gửi dở.',
}
STEP_AGAIN_ANY = "Mình tiếp tục nhé: anh/chị chọn một mục bên dưới."
NO_ANSWER_HERE = (
    "Trợ lý chưa có câu trả lời chính thức của phường cho câu hỏi này, nên không tự trả lời; câu hỏi đã "
    "được chuyển để cán bộ xem."
)
ASIDE_THANKS = "Dạ, không có gì ạ."
ASIDE_GREETING = "Dạ, trợ lý vẫn đang ở đây."
# "mà cháu là người thật hay là máy trả lời thế cháu" (batch 51): what answers them, and how to reach a person
ASIDE_AUTOMATED = (
    "Dạ, đây là trợ lý tự động của {ward_name}, không phải người. Nếu anh/chị muốn trao đổi với cán bộ, anh/chị "
    'bấm "Gặp cán bộ".'
)
# "ok cảm ơn" when the bot offers to continue a kept draft: a friendly close, the draft still kept.
# A message the conversation failed on (bot/unread.py): told, and handed to the officers
UNREAD_BY_FAULT = (
    "Dạ, trợ lý gặp lỗi khi đọc tin nhắn này. Tin nhắn đã được chuyển để cán bộ xem và trả lời anh/chị. "
    "Việc gấp, anh/chị gọi {hotline}."
)
ASIDE_THANKS_KEPT = 'Dạ, phường cảm ơn anh/chị. Phần anh/chị đang gửi dở vẫn được giữ: khi cần, anh/chị bấm "Tiếp tục".'
# ... and "em quay lại rồi nè" there: greeted back, not thanked
ASIDE_GREETING_KEPT = (
    'Dạ, trợ lý vẫn đang ở đây. Phần anh/chị đang gửi dở vẫn được giữ: anh/chị bấm "Tiếp tục" để gửi tiếp.'
)
STORY_ADDED = "Trợ lý đã ghi thêm nội dung này vào phần anh/chị đang gửi."
# Contact details typed before consent (bot/anywhere.py on_story): offered to confirm once they consent.
CONTACT_NOTED = (
    "Dạ, trợ lý đã ghi nhận thông tin liên hệ anh/chị vừa gửi. Nếu anh/chị đồng ý, anh/chị chỉ cần xác nhận lại, "
    "không phải gõ lại."
)

# Danger now (bot/danger.py): the ward's approved advice goes first; then this.
DANGER_TOLD = "Trợ lý đã báo ngay cho cán bộ trực (kể cả ngoài giờ làm việc), và ghi nhận đây là việc khẩn cấp."
# Only when the ward's advice entry was removed or unapproved: what the bot may always say.
DANGER_FALLBACK = "Việc gấp, anh/chị gọi ngay Công an 113, hoặc đường dây nóng của phường {hotline}."

# Photos and files, at any moment (bot/files.py): kept, and acknowledged in one line.
FILE_COUNT = {
    "image": ("{n} ảnh", "{n} ảnh"),
    "video": ("{n} video", "{n} video"),
    "audio": ("{n} ghi âm", "{n} ghi âm"),
    "file": ("{n} tệp", "{n} tệp"),
}
FILES_JOINED = " và "
FILES_RECEIVED = "Đã nhận {files}."
FILES_FOR_DRAFT = "{received}\nTrợ lý sẽ gửi kèm phần anh/chị đang gửi."
FILES_FIRST = (
    '{received}\nTrợ lý giữ làm tệp đầu tiên của phản ánh mới. Anh/chị chọn loại việc bên dưới, hoặc bấm "Hủy" '
    "nếu không cần gửi."
)
FILES_ADDED = "{received}\nTrợ lý đã thêm vào hồ sơ {code} và báo cán bộ phụ trách."
CONTENT_FILES_KEPT = '{received} Anh/chị có thể gửi thêm chữ, ảnh hoặc tệp; khi đủ, bấm "Xong".'

SUMMARY_LINES = {
    "category": "Loại: {}",
    "field": "Lĩnh vực: {}",
    "content": "Nội dung: {}",
    "attachments": "Ảnh/tệp: {}",
    "place_time": "Nơi, thời gian: {}",
    "complaint_act": "Quyết định/việc bị khiếu nại: {}",
    "complaint_by": "Do: {}",
    "complaint_request": "Đề nghị: {}",
    "accused": "Người bị tố cáo: {}",
    "violation": "Hành vi: {}",
    "name": "Họ tên: {}",
    "phone": "Điện thoại: {}",
    "address": "Địa chỉ: {}",
}
SUMMARY_HEADER = "Tóm tắt nội dung anh/chị gửi:"
ANONYMOUS_LINE = "Liên hệ: ẩn danh (phường trả lời qua Messenger)"

SUBMITTED = (
    "Dạ, phường cảm ơn anh/chị. Phường đã nhận {noun} của anh/chị, mã hồ sơ: {code}.\n"
    "{deadline_line}\n"
    "Để tra cứu, anh/chị gửi mã {code} vào đây bất cứ lúc nào. {urgent_call}"
)
# The first deadline the citizen is told: an answer, or for a complaint or denunciation its acceptance
# (thụ lý), then how long resolution takes once accepted (periods from DEADLINES, core/deadline_rules.py).
DEADLINE_LINES = {
    "answer": "Hạn trả lời dự kiến: {deadline}.",
    "accept": "Hạn thụ lý dự kiến (phường xem xét và nhận giải quyết): {deadline}.",
}
RESOLUTION_PERIODS = {
    "complaint": "Sau khi thụ lý, phường giải quyết trong {resolve} ngày ({complex} ngày nếu vụ việc phức tạp).",
    "denunciation": "Sau khi thụ lý, phường giải quyết trong {resolve} ngày; vụ việc phức tạp có thể được gia hạn.",
}
SUBMITTED_FORMAL = (
    "\nLưu ý: theo luật, {noun} phải có đơn ký tên hoặc trình bày trực tiếp. Cán bộ sẽ liên "
    "hệ để hoàn thiện đơn, hoặc anh/chị đến {reception} trong giờ hành chính."
)
CANCELLED = "Dạ, đã hủy. Anh/chị có thể bắt đầu lại bất cứ lúc nào bằng một mục bên dưới ạ."
NOTHING_TO_CANCEL = "Dạ, anh/chị không có việc nào đang gửi dở. Anh/chị chọn một mục bên dưới để bắt đầu ạ."
WITHDRAWN = (
    "Dạ, phường đã ghi nhận anh/chị rút hồ sơ {code}, và đã báo cán bộ. Anh/chị có thể gửi việc mới bằng một mục "
    "bên dưới ạ."
)
NOT_WITHDRAWN = "Dạ vâng, hồ sơ {code} vẫn được giải quyết như bình thường."
CORRECTING = "Dạ vâng, anh/chị sửa phần này ạ."
# What was done, answered "as told": the story holds it (bot/report_steps.py: as_told).
AS_TOLD_VALUE = "Như nội dung đã kể ở trên."
CONFIRM_RESTART = "Anh/chị có chắc muốn bắt đầu lại từ đầu không ạ? Những gì đã nhập sẽ bị xóa."
RESTARTED = "Dạ, mình bắt đầu lại từ đầu ạ."
NOT_CANCELLED = "Dạ vâng, mình tiếp tục ạ."
NOTHING_TO_GO_BACK = "Dạ, đây là bước đầu tiên rồi ạ."
# A person instead of the bot (bot/handoff.py): while an officer is asked for, the bot stays quiet.
HANDOFF_OPENED = (
    "Dạ, trợ lý đã báo cán bộ trực. Cán bộ sẽ trả lời anh/chị ngay tại đây. Anh/chị cứ nhắn nội dung cần "
    "trao đổi: mọi tin nhắn đều được chuyển đến cán bộ. Trợ lý sẽ không tự trả lời. "
    'Muốn quay lại trợ lý, anh/chị gửi "menu".'
)
HANDOFF_OPENED_CLOSED_OFFICE = (
    "Dạ, trợ lý đã báo cán bộ trực. Hiện ngoài giờ làm việc: cán bộ sẽ đọc tin nhắn của anh/chị từ {when}. "
    "{urgent_call} Anh/chị cứ nhắn nội dung cần "
    'trao đổi; muốn quay lại trợ lý, anh/chị gửi "menu".'
)
HANDOFF_WAITING = (
    "Dạ, anh/chị đang chờ cán bộ trả lời; tin nhắn của anh/chị đã được chuyển đến cán bộ. "
    'Muốn quay lại trợ lý, anh/chị gửi "menu".'
)
HANDOFF_ENDED = "Cán bộ đã kết thúc cuộc trò chuyện. Trợ lý tiếp tục hỗ trợ anh/chị: anh/chị chọn một mục bên dưới ạ."
HANDOFF_ENDED_DRAFT = (
    "Cán bộ đã kết thúc cuộc trò chuyện. Đây là trợ lý tự động của {ward_name}, tiếp tục hỗ trợ anh/chị. "
    'Anh/chị đang gửi dở một {noun}: bấm "Tiếp tục" để gửi tiếp, hoặc "Hủy" nếu không cần nữa.'
)
THREAD_ADDED = (
    "Dạ, trợ lý đã chuyển tin nhắn của anh/chị vào hồ sơ {code} để cán bộ xem. "
    "Nếu muốn gửi việc mới, anh/chị chọn một mục bên dưới ạ."
)
LOOKUP_RESULT = "Hồ sơ {code} ({category_name}): {status}.\nCập nhật lần cuối: {updated}.{answer}"
LOOKUP_ANSWER = "\nTrả lời của phường: {answer}"
LOOKUP_NOT_FOUND = (
    "Dạ, trợ lý không tìm thấy hồ sơ {code} trong các hồ sơ anh/chị đã gửi từ tài khoản này. "
    "Anh/chị kiểm tra lại mã giúp ạ. {urgent_call}"
)
LOOKUP_BAD_CODE = "Dạ, mã hồ sơ có dạng {example_code}. Anh/chị vui lòng gửi lại mã ạ."
LOOKUP_MY_CASES = "Các hồ sơ anh/chị đã gửi từ tài khoản Messenger này:\n{lines}\nAnh/chị gửi một mã để xem chi tiết."
LOOKUP_CASE_LINE = "• {code}: {category_name}, {status}, gửi ngày {created}"
LOOKUP_NO_CASES = (
    "Tài khoản Messenger này chưa gửi hồ sơ nào. Nếu anh/chị đã gọi đường dây nóng, vui lòng gọi lại "
    "{hotline} để được tra cứu."
)

# Satisfaction and publication, after a case is resolved (bot/rating_steps.py).
RATING_INTRO = "Hồ sơ {code} của anh/chị đã được giải quyết. Phường mong được biết ý kiến của anh/chị."
RATING_THANKS = "Dạ, phường cảm ơn anh/chị đã đánh giá."
RATING_UNSATISFIED = (
    "Phường rất tiếc vì kết quả chưa làm anh/chị hài lòng. Hồ sơ {code} đã được mở lại để lãnh đạo "
    "phường xem xét. Anh/chị cho biết chưa hài lòng ở điểm nào giúp phường."
)
RATING_DONE = "Dạ, phường cảm ơn anh/chị. Ý kiến của anh/chị giúp phường phục vụ tốt hơn."
PUBLISH_AGREED = "Dạ, phường cảm ơn anh/chị đã đồng ý. Phường sẽ đăng sau khi xóa các thông tin cá nhân."
PUBLISH_DECLINED = "Dạ vâng, phường sẽ không đăng hồ sơ này."

# What a shared link or location becomes in the report: text the officer and the summary show.
SHARED_LINK = "{title} ({url})"
SHARED_LOCATION = "Vị trí: {lat}, {long} (bản đồ: {map_url})"
MAP_URL = "https://www.google.com/maps?q={lat},{long}"
# A like or a sticker in the thread: a reaction, never content.
LIKE_SHOWN = "[👍 lượt thích]"
STICKER_SHOWN = "[hình dán]"
