"""What the Zalo channel says, in Vietnamese: in the officer's thread, and to the admin in alerts.

The citizen hears only the conversation's own sentences (bot/texts.py): this channel adds none.
"""

# In the thread: what the citizen did that has no words of their own.
FOLLOWED = "[Quan tâm Official Account trên Zalo]"
UNFOLLOWED = "[Bỏ quan tâm Official Account trên Zalo]"
BUSINESS_CARD = "[Danh thiếp Zalo] {detail}"
BUSINESS_CARD_EMPTY = "[Danh thiếp Zalo]"
SUBMITTED_INFO = "[Người dân gửi thông tin liên hệ qua biểu mẫu Zalo]"
SUBMITTED_INFO_NOT_KEPT = (
    "[Người dân gửi thông tin liên hệ qua biểu mẫu Zalo: chưa lưu vì người dân chưa đồng ý cho xử lý "
    "dữ liệu cá nhân trong cuộc trò chuyện]"
)
WITHDRAWN = "[Người dân yêu cầu xóa dữ liệu qua Zalo]"
OA_FILE = "[tệp]"
# A staff member's message typed in the OA's own chat (Zalo OA admin), as the thread names its author.
OA_INBOX_AUTHOR = "Cán bộ (hộp thư Zalo OA)"
ERASURE_VIA = "qua Zalo (yêu cầu user_withdraw)"

# For the admin: /healthz and the console's banner (never a token in them).
NO_TOKENS = (
    "Zalo OA {oa}: chưa có mã truy cập. Quản trị viên chạy `python -m bot zalo set-tokens` "
    "với cặp mã lấy ở Zalo for Developers (docs/zalo.md)."
)
REFRESH_FAILED = (
    "Zalo OA {oa}: làm mới mã truy cập không thành công ({why}). Trợ lý sẽ thử lại; nếu vẫn lỗi, "
    "kiểm tra ZALO_APP_SECRET và kết nối tới Zalo."
)
REFRESH_SPENT = (
    "Zalo OA {oa}: Zalo từ chối mã làm mới ({why}). Cần cấp lại cặp mã: `python -m bot zalo "
    "set-tokens` (docs/zalo.md). Trong lúc chờ, tin trả lời người dân qua Zalo chưa gửi được."
)
