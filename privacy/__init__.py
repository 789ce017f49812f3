"""The citizen's data: the privacy policy page, Meta's deletion callback, the rights in the chat
("dữ liệu của tôi", "rút lại đồng ý", "xóa dữ liệu của tôi") and the retention job (issue 16)."""
