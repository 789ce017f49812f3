"""The words people use when they say who they are, for core/redaction.py (and the publication's
scrub): every list folded (no accents, đ as d, lower case) unless its name says otherwise.

Written from how citizens write to a ward: "Tôi là Phan Thu Trang", "tên tôi là…", "em tên
Hoa", "toi ten minh, pham van minh", a letter signed under "Người viết đơn", a phone read out as
"không chín một hai…". Kept here, once, so that a word added serves every blanking.
"""

# A digit written as a word: "không chín một hai ba bốn năm sáu bảy tám" is 0912345678.
DIGIT_WORDS = {
    "khong": "0",
    "linh": "0",
    "mot": "1",
    "hai": "2",
    "ba": "3",
    "bon": "4",
    "tu": "4",
    "nam": "5",
    "lam": "5",
    "sau": "6",
    "bay": "7",
    "tam": "8",
    "chin": "9",
}

# How a writer names themselves: "tôi", "em", "mình", "cháu", "con" (a child to an elder), "tui".
SELF = ("toi", "tui", "minh", "em", "chau", "con")

# After these, a name follows (the longest is tried first): "tên tôi là", "em tên", "họ và tên".
NAMED_BY = (
    *(("ten", who, "la") for who in SELF),
    *(("ten", "cua", who, "la") for who in SELF),
    *(("ten", who) for who in SELF),
    *((who, "ten", "la") for who in SELF),
    *((who, "ten") for who in SELF),
    ("ho", "va", "ten"),
    ("ho", "ten"),
)
# After these, a name may follow, or something else ("tôi là người dân"): only a word that looks
# like a name (a capital, or a family name) is taken.
MAYBE_NAMED_BY = tuple((who, "la") for who in SELF)
# A letter's signature: the name under (or after) these, often past "(ký, ghi rõ họ tên)".
SIGNED_BY = (
    ("nguoi", "viet", "don"),
    ("nguoi", "lam", "don"),
    ("nguoi", "gui", "don"),
    ("nguoi", "to", "cao"),
    ("nguoi", "khieu", "nai"),
    ("nguoi", "phan", "anh"),
    ("nguoi", "kien", "nghi"),
    ("nguoi", "gui"),
    ("ky", "ten"),
    ("tran", "trong"),
)

# How Vietnamese address someone before a name ("chị Trang", "ông Trần Văn B").
HONORIFICS = ("anh", "chi", "em", "co", "chu", "bac", "ba", "ong", "chau", "di", "cau", "thim", "mo")

# Family names, as written (with accents and a capital): most Vietnamese names start with one.
SURNAMES = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Đinh",
    "Đào",
    "Mai",
    "Trịnh",
    "Lương",
    "Cao",
    "Tạ",
    "Hà",
    "Chu",
    "Lâm",
    "Vương",
    "Quách",
    "Tô",
    "Thái",
    "Triệu",
    "Kiều",
    "Lưu",
    "Mạc",
    "Nghiêm",
    "Phùng",
    "Tăng",
    "Từ",
    "Doãn",
    "Đoàn",
    "Khổng",
    "Lò",
    "La",
    "Âu",
    "Diệp",
    "Giang",
    "Hứa",
    "Lã",
    "Lục",
    "Mẫn",
    "Ninh",
    "Ông",
    "Quan",
    "Thân",
    "Tống",
    "Trương",
    "Văn",
    "Vi",
    "Đàm",
    "Đồng",
    "Kim",
]

# Words that end a name written in lower case or without accents ("em ten hoa o to 3"). Words that are
# also names (thị, phương, đặng, dương, hồ, năm…) are left out: a name is blanked a word too long rather
# than cut short.
ENDS_A_NAME = frozenset(
    [
        "a",
        "bi",
        "cam",
        "can",
        "chau",
        "co",
        "con",
        "cua",
        "da",
        "dia",
        "dien",
        "dt",
        "em",
        "email",
        "gmail",
        "goi",
        "hoi",
        "khong",
        "la",
        "lien",
        "mail",
        "muon",
        "nay",
        "ngay",
        "nguoi",
        "nha",
        "nhe",
        "nho",
        "o",
        "oi",
        "on",
        "sdt",
        "se",
        "sinh",
        "so",
        "song",
        "thon",
        "to",
        "toi",
        "tuoi",
        "va",
        "ve",
        "voi",
        "xa",
        "xin",
        "xom",
        "zalo",
    ]
)
# Capitalised words that are never part of a name, as written (lower case, with accents): "Tôi là
# Trang SĐT 0944…", "Tôi là Trang, Phường…". Compared with accents, so "Tài" (a name) is not "tại".
NEVER_A_NAME = frozenset(
    [
        "sđt",
        "sdt",
        "đt",
        "số",
        "điện",
        "email",
        "zalo",
        "nhà",
        "ở",
        "tại",
        "sinh",
        "năm",
        "địa",
        "phường",
        "xã",
        "tổ",
        "thôn",
        "xóm",
        "đường",
        "ngõ",
        "người",
        "cán",
        "là",
        "và",
        "tôi",
        "em",
        "mình",
        "xin",
        "hiện",
        "gọi",
        "liên",
    ]
)
