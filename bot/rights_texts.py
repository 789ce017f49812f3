"""What the bot says about the citizen's data: polite (anh/chị), short, ending with what to do next."""

DATA_HEADER = "Dữ liệu {ward_name} đang lưu về anh/chị (tài khoản Messenger này):"
DATA_CASE = "• Hồ sơ {code} ({category}, gửi {date}): {status}{contact}."
DATA_CASE_CONTACT = "; có họ tên/số điện thoại/địa chỉ"
DATA_MORE_CASES = "• … và {count} hồ sơ khác."
DATA_NO_CASES = "• Chưa có hồ sơ nào."
DATA_CONSENT = "• {purpose}: {answer} ngày {date}{withdrawn}."
DATA_CONSENT_WITHDRAWN = ", đã rút lại ngày {date}"
DATA_NO_CONSENTS = "• Anh/chị chưa đồng ý cho phường xử lý thông tin cá nhân nào."
DATA_MESSAGES = "• {count} tin nhắn trao đổi với trợ lý."
DATA_FOOTER = (
    "Chính sách quyền riêng tư: {policy_url}\n"
    'Muốn rút lại đồng ý, anh/chị gửi "rút lại đồng ý"; muốn xóa dữ liệu, gửi "xóa dữ liệu của tôi".'
)
CONSENT_PURPOSES = {
    "contact_for_report": "Dùng họ tên, số điện thoại, địa chỉ để giải quyết hồ sơ",
    "publish_answer": "Đăng câu hỏi và trả lời (đã xóa thông tin cá nhân) lên trang công khai",
}
CONSENT_ANSWERS = {"granted": "đồng ý", "refused": "không đồng ý"}

CONFIRM = {
    "withdraw": (
        "Anh/chị muốn rút lại mọi sự đồng ý đã cho phường? Phường sẽ xóa họ tên, số điện thoại, địa chỉ "
        "khỏi các phản ánh, kiến nghị và gỡ chúng khỏi trang công khai; nội dung hồ sơ vẫn được giải quyết."
    ),
    "delete": (
        "Anh/chị muốn xóa dữ liệu của mình? Bản đang soạn dở bị xóa ngay; các phản ánh, kiến nghị đã gửi "
        "được ẩn danh (không còn tra cứu qua Messenger được). Anh/chị chọn Có hoặc Không."
    ),
}
NOT_DONE = "Vâng, phường giữ nguyên dữ liệu của anh/chị. Anh/chị chọn một mục bên dưới để tiếp tục."

WITHDRAWN = "Phường đã ghi nhận anh/chị rút lại đồng ý ({count} sự đồng ý)."
WITHDRAWN_NONE = "Anh/chị hiện không có sự đồng ý nào còn hiệu lực."
CONTACT_REMOVED = "Đã xóa thông tin liên hệ khỏi hồ sơ {codes}."
DELETED = "Phường đã xóa dữ liệu của anh/chị: bản đang soạn dở và tin nhắn ngoài hồ sơ đã được xóa."
ANONYMISED = "Các hồ sơ {codes} đã được ẩn danh; phường vẫn giải quyết nội dung."
KEPT_OFFICIAL = (
    "Hồ sơ {codes} là khiếu nại/tố cáo: đây là hồ sơ công vụ, pháp luật về khiếu nại, tố cáo và lưu trữ "
    "yêu cầu phường giữ nguyên, kể cả họ tên, địa chỉ của anh/chị, để giải quyết và kiểm tra về sau. "
    "Phường giữ {years} năm kể từ khi giải quyết xong, chỉ dùng cho việc này và bảo mật theo quy định; "
    "hết hạn, phường xóa."
)
NEXT = "Anh/chị có câu hỏi, gọi {hotline}, hoặc chọn một mục bên dưới."
