"""The words the facts of a report are found by (understanding/contact_facts.py, case_facts.py), folded.

Data, not logic, as understanding/phrases.py: a cue is what comes just before a fact ("trú tại" before
an address), a stop is a word that ends it ("sdt" after an address). They describe how people write a
letter or a message to the ward, not the ward, so they live in code.
"""

# "Tôi là Trần Thị Lan", "em tên là…", "tên tôi là…", "Họ tên: …", "My name is …".
NAME_CUES = (
    r"ten\s*(?::|-)",  # a contact line: "Tên: Đỗ Thị Thu Hà - SĐT: … - Đ/c: …" (batch 50)
    r"(?:toi|em|e|chau|minh|ba|ong|bac|co|chu|anh|chi)(?: ten)? la",
    r"(?:toi|em|e|chau|minh) ten",  # "e ten luu khanh linh, sdt…"
    # ... an elder of themself: "uh chu dong y. chu ten Vu Duc Thang" (batch 56); not "một chú tên…", "có bà tên…"
    r"(?<!mot )(?<!co )(?<!nguoi )(?:chu|bac|ong|ba) ten",
    r"ghi(?: luon| giup| lai| ho)?\s*:",  # "ok dong y, ghi luon: Trịnh Thị Mai, dt 0364…" (batch 56)
    r"ten (?:toi|em|chau|minh|cua toi|cua em) la",
    r"ho (?:va )?ten(?: cua toi| nguoi gui)?\s*(?::|-|la)?",
    r"nguoi (?:gui|lam don|viet don|viet|kien nghi|phan anh|de nghi)\s*(?::|-|la)",  # "NGƯỜI VIẾT: …" (batch 46)
    r"my name is",
    r"i am",
    r"i m",
    r"i['’]m",  # batch 57: "in case you need it, I'm Daniel Okafor, my number is…" (its apostrophe kept)
    # batch 61: "Hi, this is Daniel Whitmore.", opening the message or after a greeting only ("this is Ai Quoc
    # ward?" names no one)
    r"(?:(?<=^)|(?<=hi )|(?<=hi, )|(?<=hello )|(?<=hello, )|(?<=hey ))this is",
)
# The family names of nearly every Vietnamese (folded): a name counts only when it begins with one, so
# "tôi là người dân" is no name. Typed without capitals, only the first set, whose folded spelling is
# rarely a common word ("tô", "mai", "khổng" fold to "to", "mai", "khong": tổ, mai, không).
SURNAMES = {
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho",
    "ngo", "duong", "ly", "dinh", "trinh", "truong", "luong", "cao", "doan", "quach", "trieu", "luu",
    "phung", "vuong", "thai", "kieu", "nghiem", "giang", "thach", "tong",
}  # fmt: skip
CAPITALISED_SURNAMES = SURNAMES | {
    "mai", "lam", "ha", "chu", "ta", "lai", "to", "la", "khuc", "tang", "van", "hua", "nong", "lo", "lu",
    "mac", "ton", "kim", "hong", "khong", "dao", "tieu", "quan", "dam", "ung", "au", "hau", "tat", "chau",
    "lac", "an", "bach", "nham",
}  # fmt: skip
# ... and of those, the ones whose marked spelling is a family name after a name's cue, typed without capitals
# ("tên tôi là hà thị thu trang", batch 57); not "không", "tô", "lâm" alone as a verb is rare after the cue
MARKED_SURNAMES = {
    "hà", "lâm", "tạ", "khúc", "tăng", "hứa", "nông", "mạc", "tôn", "đào", "tiêu", "đàm", "ứng", "âu", "hầu",
    "bạch", "nhâm", "lạc", "lã", "lò", "lữ", "châu", "quan",
}  # fmt: skip
# Words that end a name typed without capitals ("tôi là tran thi lan o to 3"); not "tài", "lâm", "hiền",
# "nam", which are given names too. A name with capitals ends at its first word without one.
NAME_STOPS = {
    "tru", "o", "song", "sinh", "nha", "dia", "so", "sdt", "dien", "xin", "muon", "can",
    "toi", "em", "va", "cu", "thuoc", "dt", "zalo", "la", "co", "khong", "phuong", "to", "gui", "hoi",
    "bi", "da", "nguoi", "tuoi", "cung", "and", "from",
}  # fmt: skip
NAME_WORDS = (2, 5)  # a Vietnamese full name: family name, middle names, given name
# A title before the name, after "tôi là": "Tôi là Thượng tá về hưu Nguyễn Văn Khải" (batch 51)
NAME_TITLES = (
    "dai ta", "thuong ta", "trung ta", "thieu ta", "dai uy", "thuong uy", "trung uy", "thieu uy", "cuu chien binh",
    "bac si", "tien si", "thac si", "ky su", "giao vien", "nha giao", "luat su", "ve huu", "nghi huu",
)  # fmt: skip
# A letter's closing, on the line where a signature's name would be (understanding/signature.py).
CLOSINGS = (
    "tran trong", "kinh thu", "kinh chuc", "xin cam on", "cam on", "chan thanh cam on", "nguoi viet", "nguoi gui",
    "best", "kind regards", "regards", "thank you", "thanks", "many thanks", "sincerely", "yours", "cheers",
)  # fmt: skip
# ... and the words of an address signed in English under it ("lane 14 Tran Hung Dao st, residential group 5")
SIGNED_ADDRESS_WORDS = ("lane", "alley", "st", "group", "residential group", "no")
# A phone number is the citizen's own when one of these comes just before it (within PHONE_CUE_CHARS).
# ... of which these say it is the writer's own: "À ghi luôn số của tôi là 0978442315, cán bộ cần gì thì gọi"
# (batch 55), typed at another step's question, is their contact, no answer to it.
OWN_PHONE_CUES = tuple(
    f"{what} {me}" for what in ("so cua", "sdt cua", "so dien thoai cua", "so dt cua", "sdt")
    for me in ("toi", "em", "minh", "ba", "ong", "bac", "co", "chu", "tui", "chau", "e")  # "so cua e la …" (batch 59)
) + ("my number", "my phone", "call me", "reach me")  # fmt: skip
PHONE_CUES = (
    "sdt", "so dien thoai", "so dt", "dien thoai", "dt", "lien he", "lien lac", "so cua toi", "so cua em",
    "goi cho toi", "goi lai", "goi cho em", "goi cho ba", "zalo", "phone", "call me", "my number", "hotline cua toi",
    "so may", "di dong", "so cua e",
    "so dung la", "so dung", "so moi la", "so chinh xac la",  # batch 45: "e gõ nhầm, số đúng là 0913 …"
    "goi so", "goi vao so",  # batch 46: "có gì thì gọi số thằng con trai bà 0335 …"
    # batch 60: "có gì gọi chú số 0978 604 215": call me at
    *(f"goi {me} so" for me in ("toi", "em", "e", "minh", "chu", "bac", "co", "ba", "ong", "chau", "anh", "chi")),
    "reach me at", "reach me on", "contact me at", "contact me on", "text me", "whatsapp",  # batch 45, English
)  # fmt: skip
# A message that takes back a fact written before ("a chết e gõ nhầm, số đúng là …"): what it gives wins.
TAKEN_BACK = (
    "go nham", "ghi nham", "viet nham", "nhap nham", "nham so", "so dung la", "so dung", "sorry wrong",
    # batch 57: "Sorry, typo in my number. The right one is 0889 514 370, not 0889 514 307."
    "typo", "the right one is", "right number", "correct number", "correct one is", "wrong number", "i mistyped",
)  # fmt: skip
PHONE_CUE_CHARS = 30
# "trú tại số 5 ngõ 8", "địa chỉ: …", "nhà tôi ở…", "I live at …".
ADDRESS_CUES = (
    "thuong tru tai", "thuong tru o", "tam tru tai", "tam tru o", "cu tru tai", "tru tai", "tru o",
    "dia chi nha", "dia chi lien he", "dia chi", "nha toi o", "nha em o", "nha ba o", "nha minh o",
    "nha chau o", "nha e o", "nha mk o", "nha o", "song tai", "song o", "address", "i live at", "i live in",
    # batch 57: "we rent a flat at 15 Lach Tray Street"
    "we live at", "we live in", "rent a flat at", "rent a room at", "rent a house at", "we re at", "i m at",
    "i stay at", "we stay at",
    # batch 51: the writer at a house number, "em ở số 27 ngõ 5 đường Nguyễn Văn Linh"
    r"(?:toi|em|e|minh|tui|ba|ong|bac|chu|co|chau) o(?= so \d| phong \d| tang \d| toa | can ho | chung cu )",
    # batch 63: "Tôi tên là Đoàn Văn Khải, giáo viên nghỉ hưu, hiện ở số 112 đường Lê Thánh Tông"
    r"(?:hien|dang) o(?= so \d| phong \d| tang \d| toa | can ho | chung cu )",
)  # fmt: skip
# The words an address is made of: one must be in it, and a comma followed by one goes on.
ADDRESS_WORDS = (
    "so", "so nha", "ngo", "ngach", "hem", "kiet", "duong", "pho", "to", "to dan pho", "tdp", "khu",
    "khu pho", "thon", "xom", "ap", "phuong", "quan", "xa", "huyen", "thanh pho", "tp", "tinh", "chung cu",
    "toa", "tang", "can ho", "kdc", "khu dan cu", "khu do thi", "p", "q", "lo", "street", "road", "ward",
    "district", "city", "apartment", "hai phong",
)  # fmt: skip
# ... and an address of these words alone says no house: "I live in this ward", "tôi ở phường này"
NOWHERE_IN_PARTICULAR = {
    "this",
    "the",
    "ward",
    "area",
    "here",
    "neighbourhood",
    "neighborhood",
    "phuong",
    "nay",
    "khu",
    "day",
}
ADDRESS_STOPS = (
    "sdt", "so dien thoai", "dien thoai", "dt", "toi", "em", "xin", "muon", "kinh", "la nguoi", "co so",
    "khieu nai", "to cao", "phan anh", "kien nghi", "de nghi", "bao", "hom", "ngay", "tu", "can", "bi",
    "my", "phone", "and",
)  # fmt: skip
CLOSING_PARTICLES = ("a", "nhe", "ad", "ah", "nha")  # "… phố Chương Dương ạ": the courtesy, not the street's
# Where something happened: a place noun, then its number or name ("ngõ 12", "nhà văn hóa tổ 5").
PLACE_HEADS = (
    "nha van hoa", "bo phan mot cua", "bo phan 1 cua", "bo phan tiep nhan", "trung tam hanh chinh cong", "ubnd phuong",
    "tru so", "ngo", "ngach", "hem", "kiet", "duong", "pho", "to dan pho", "tdp", "to", "khu pho", "khu dan cu",
    "khu do thi", "thon", "xom", "cho", "truong", "cong vien", "chung cu", "toa nha", "nga tu", "nga ba",
    "cau", "ben xe", "san", "diem", "benh vien", "tram y te",
    "thu vien", "tang", "sanh", "nha sinh hoat",  # batch 41: "ở tầng 2 thư viện phường"
    "cong", "cong truong",  # batch 42: "ở cổng trường mầm non Hoa Sen"
    "hoi truong",  # batch 44: "tại hội trường tổ dân phố Đồng Tâm"
    "quay",  # batch 46: "tại quầy số 3 của trung tâm" (not "quay lại", NOT_PLACES)
    # batch 48: "ở cổng nhà văn hoá tổ 4" ("nhà" alone ends a place: "ngõ 5 nhà tôi")
    *(f"{gate} {head}" for gate in ("cong", "san") for head in ("nha van hoa", "nha sinh hoat", "tru so", "cho")),
)  # fmt: skip
# ... of which these are a place only with a name after them: "ở cổng chợ Ái Quốc" (not "ở cổng chợ tắt máy")
NAMED_ONLY_HEADS = ("cong cho", "san cho")
# ... of which these are the ward itself, a letter's addressee more often than where anything happened
THE_WARD = ("ubnd phuong", "uy ban nhan dan phuong", "uy ban")
# ... and a house's number on a street, only after "ở", "tại": "tiệm ở số 88 Nguyễn Lương Bằng" (batch 50; a
# place head of its own only there, case_facts.py: "số" is in every "số điện thoại", and "so" in English)
HOUSE_NUMBER_HEAD = "so"
# ... and how those a common word folds like are spelt, in a message written with its marks ("có sẵn 2 giáo
# viên" is no "sân"): a head written otherwise is no place (case_facts.py)
HEADS_AS_SPELT = {
    "san": ("sân",), "cho": ("chợ",), "quay": ("quầy",), "cau": ("cầu",), "diem": ("điểm",),
    "duong": ("đường",),  # batch 61: "đòi tiền bồi dưỡng 200 nghìn" is no "đường 200"
}  # fmt: skip
# Without one of these before it, a place noun counts only when a number follows ("ngõ 12"): "UBND
# phường thu phí" names who acted, "chợ" folds as "cho" (give).
PLACE_PREPOSITIONS = (
    "o",
    "tai",
    "truoc",
    "canh",
    "gan",
    "trong",
    "ngoai",
    "dau",
    "cuoi",
    "khu vuc",
    "len",
    "ra",  # batch 42: "tôi ra bộ phận một cửa của phường"
    "ngoi",  # batch 54: "nhân viên hợp đồng ngồi quầy số 3 bộ phận một cửa" (only before SEATED_AT)
    "doi dien",
    "ben canh",
    "phia truoc",  # batch 50: "đặt ngay đối diện chợ Ái Quốc"
    "ngang",  # batch 60: "tối qua 19h đi ngang sân UBND phường thấy cái bảng LED…"
    "ngang qua",
    "o cua",  # batch 56: "ở cửa trạm y tế" (at its door; "ở của" is never said)
    "truoc cua",
)  # "lên bộ phận một cửa"; not "den": "đèn đường"
# ... where one sits at work: "ngồi" says where only of these ("ngồi chờ cả buổi" is no "chợ")
SEATED_AT = ("quay", "bo phan mot cua", "bo phan 1 cua", "bo phan tiep nhan")
# ... and of these, the place noun alone is a place too: "loa đầu ngõ hỏng", "trước cổng trường" (batch 43)
RELATIVE_PREPOSITIONS = ("dau", "cuoi", "truoc", "canh", "gan", "doi dien", "ben canh", "phia truoc")
PLACE_STOPS = {
    "bi", "hong", "mat", "khong", "da", "dang", "co", "rat", "qua", "nay", "do", "thi", "ma", "nen",
    "va", "roi", "tu", "luc", "hom", "sang", "chieu", "toi", "ngay", "tuan", "thang", "nam", "lau",
    "suot", "cua", "la", "de", "cho", "lam", "bat", "thu", "o", "tai", "vao", "ra", "het", "can", "ai",
    "voi", "van", "chua", "duoc", "dc", "nhung", "nhu", "thay", "em", "anh", "chi", "ba", "ong", "bac",
    "e", "minh", "tui",  # batch 50: "gần trường e cài lên app"
    "tat",  # batch 51's "cổng chợ" head: "ở cổng chợ tắt máy hôm nay rồi"
    "gio", "khi", "trong", "sau", "xay", "phat", "hien", "dien", "bao",
    "die", "ko", "k", "hu", "chet", "yeu", "lag", "cham", "loi", "sap",  # "thư viện phường die mấy hôm nay r"
    "hay", "thuong", "luon", "cu",  # "ở đầu ngõ hay bị chập": how often, not the lane's name
    "doi", "them",  # batch 44: "ở chỗ tiếp nhận đòi thêm tiền": what was done there
    "cuoi",  # batch 55: "phòng máy tính ở nhà văn hóa cuối tuần": when, not which hall
    "nhan", "lay",  # batch 57: "ở bộ phận một cửa nhận 500 nghìn mỗi bộ": what was done there
}  # fmt: skip
PLACE_WORDS = 5  # at most this many words after the place noun
OFFICE_WORDS = 6  # ... besides an office it is in, named after its number (case_facts.py)
# Place nouns that fold alike with what is no place: "sàn thương mại điện tử" (a platform), not a "sân";
# "cổng dịch vụ công" is online; "công an", "công việc" are no gate.
NOT_PLACES = (
    "san thuong mai", "san giao dich", "san tmdt", "san online",
    "cong dich vu", "cong thong tin", "cong an", "cong chuc", "cong viec", "cong nghe", "cong ty", "cong khai",
    "quay lai", "quay ve", "quay phim", "quay video", "quay clip",
    "duong link", "duong dan", "duong truyen", "duong day",  # a link, a line: "quét mãi không ra đường link" (batch 49)
)  # fmt: skip
# Where and when, written in English (a foreign resident's report).
PLACE_PREPOSITIONS_EN = ("at", "in", "outside", "near", "in front of", "next to", "opposite")
PLACE_HEADS_EN = (
    "library", "community hall", "hall", "ward office", "office", "school", "market", "park", "station",
    "centre", "center", "building", "gate", "lane", "alley", "street", "road", "bus stop", "clinic",
    "counter", "one-stop counter",  # batch 47: "at the one-stop counter of the ward office"
    "desk", "reception desk",  # batch 49: "at the ward's one-stop reception desk"
)  # fmt: skip
_DAYS_EN = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
TIME_PATTERNS_EN = (
    rf"since (?:last )?(?:{_DAYS_EN}|yesterday|last week|last month|this morning|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)",
    rf"(?:last|this|on) (?:{_DAYS_EN})", r"yesterday(?: morning| afternoon| evening)?", r"this morning",
    r"last (?:night|week|month)", r"\d+ (?:days|weeks|months) ago",
    r"for (?:a|one|two|three|\d+) (?:days|weeks|months)",
    r"since (?:the (?:beginning|start) of |early )?(?:this|the|last) (?:month|week|year)",  # batch 49
)  # fmt: skip
# When: a date, a day, or "2 tuần rồi" (a number of days, weeks… with "nay", "rồi", "trước", "qua").
TIME_PATTERNS = (
    r"(?:(?:sang|chieu|toi|trua|dem) )?(?:ngay )?\d{1,2}/\d{1,2}(?:/\d{2,4})?",
    r"(?:(?:sang|chieu|toi|trua|dem) )?(?:ngay )?\d{1,2}-\d{1,2}-\d{2,4}",  # "ngày 12-5-26"
    r"(?:tu |suot |ca |may |hon |gan |khoang |da )?\d+ (?:ngay|hom|tuan|thang|nam)(?: nay| roi| truoc| qua)",
    r"(?:tu |suot |ca |may )?(?:ngay|hom|tuan|thang|nam) (?:nay|roi|truoc|qua)",
    r"(?:tu )?(?:(?:sang|chieu|toi|dem|trua) (?:hom qua|hom kia|nay|qua)|hom qua|hom kia|hom nay)",
    r"(?:tu )?(?:(?:sang|chieu|toi) )?(?:thu (?:2|3|4|5|6|7|hai|ba|tu|nam|sau|bay)|chu nhat)"
    r"(?: tuan (?:truoc|nay|roi)| vua roi)?",
    r"(?:tu )?(?:tuan|thang|nam) (?:truoc|ngoai|vua roi)",
    r"(?:luc )?\d{1,2} ?(?:h|gio)(?: ?\d{1,2})?(?: (?:sang|chieu|toi|dem))?",
    r"(?:tu )?(?:sau|truoc|gan|dip|ra) tet(?: (?:nay|roi|vua roi|nam nay|nam ngoai))?",  # "từ sau Tết"
)
# The act complained about: a paper with its number ("quyết định số 12/QĐ-UBND ngày 10/11/2026"),
# then who made it ("của UBND phường", "do ông … ký").
DECISION_HEADS = (
    "quyet dinh", "thong bao", "cong van", "phieu tra ho so", "phieu tu choi", "phieu", "bien ban",
    "van ban",
)  # fmt: skip
# ... an office, when it made the act: also where it happened
OFFICE_TAIL = {"phuong"}  # "… Trung tâm hành chính công phường": the ward's, after an office's name
OFFICE_HEADS = ("bo phan mot cua", "bo phan tiep nhan", "ubnd", "uy ban", "trung tam hanh chinh cong", "phong")
SENT_BACK = ("tra lai", "tra ve", "tu choi", "bac", "khong tiep nhan")  # what an office does to a paper
ISSUING_VERBS = ("ra", "ban hanh", "gui", "gui cho toi", "tra")
COMPLAINT_CUES = ("khieu nai viec", "khieu nai ve viec", "khong dong y voi viec", "khieu nai hanh vi")
# The one who acted, at the head of "việc cán bộ một cửa không tiếp nhận hồ sơ": up to one of these.
ACT_VERBS = (
    "khong", "da", "tu choi", "yeu cau", "thu", "bat", "doi", "ra", "ky", "ban hanh", "xu phat", "nhan",
    "tra lai", "lam", "cat", "cham", "gay", "de", "tu y",
)  # fmt: skip
ACTOR_HEADS = (
    "can bo", "cong chuc", "bo phan", "ubnd", "uy ban", "ong", "ba", "phong", "chu tich", "pho chu tich",
    "nhan vien", "to truong", "truong", "cong an",
)  # fmt: skip
# ... after a cue, the complainant as its object: someone else's demand of them ("yêu cầu tôi về tự làm").
ASKED_OF_THEM = ("toi", "em", "minh", "chung toi", "tui", "chau", "ba", "ong", "gia dinh toi")
REQUEST_CUES = ("de nghi", "yeu cau", "kinh de nghi", "mong phuong", "mong", "xin phuong", "toi muon phuong")
# "tố cáo ông Trần Văn B, cán bộ địa chính, đã nhận 5 triệu…": who, then what they did.
ACCUSED_CUES = ("to cao", "denounce", "to giac")
# ... or a business, or a person by their trade: "tố cáo công ty TNHH …" (batch 51), "bác sĩ Lê Văn Hùng ở
# trạm y tế" (batch 53)
ACCUSED_HEADS = ACTOR_HEADS + ("anh", "chi", "co", "chu", "dong chi", "d/c", "ke toan", "giam doc", "chu") + (
    "cong ty", "doanh nghiep", "cua hang", "tiem", "chu tiem", "chu cua hang", "ho kinh doanh", "co so",
    "bac si", "y si", "y ta", "giao vien", "thay giao", "co giao", "hieu truong",
)  # fmt: skip
# ... or "người thu tiền là anh …": the one who did it (not "người nhà tôi là ông …", who is family)
DOER_VERBS = ("thu", "nhan", "doi", "goi", "lua", "lam", "ky", "cap", "ep", "bat", "lay", "chiem")
# ... who they are, after a comma: "ông Đỗ Văn Hải, người nhận hỗ trợ…, thu mỗi người 150.000 đồng".
ACCUSED_APPOSITIVES = ("nguoi",)
# "đánh" inside a noun (identification, alias, anonymous); "nhận" in "nhân viên", "nhân dân"
NOT_ACTS = ("dinh danh", "bi danh", "an danh", "nhan vien", "nhan dan", "tiep nhan")  # "nhân viên tiếp nhận" (batch 55)
VIOLATION_CUES = (
    "da", "vi", "ve viec", "ve hanh vi", "co hanh vi", "nhan", "doi", "loi dung", "tu y", "thu", "an",
    "chiem", "tham o", "gay", "bat", "ep", "danh", "lam gia", "khong", "cham",
)  # fmt: skip
