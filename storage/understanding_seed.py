"""What migration m012_understanding puts in the ward-editable tables of what the bot understands, once.

From the ward's notice (252/TB-UBND, UBND phường Ái Quốc) and the laws it names. Rows have page_id NULL:
every ward served by the server, until a ward edits its own. `{HOTLINE}`, `{HOTLINE_OFFICER}`, `{WARD_NAME}`,
`{RECEPTION_ADDRESS}` and `{OFFICE_HOURS}` are filled from the ward's settings when an answer is given, so
a ward with other numbers needs no edit. Changing a default later takes a new migration, not an edit here.
"""

# (key, question, keywords, answer): the keywords are what citizens type, folded (no marks).
KNOWLEDGE = [
    (
        "hotline",
        "Số điện thoại đường dây nóng của phường là số nào, ai phụ trách?",
        "hotline duong day nong so dien thoai goi nghe may phu trach so nao",
        "Đường dây nóng của {WARD_NAME}: {HOTLINE} ({HOTLINE_OFFICER}), nghe máy trong giờ hành chính các ngày "
        "làm việc; ngoài giờ chỉ nhận thông tin cấp bách. Anh/chị có thể gọi số này, hoặc gửi phản ánh ngay tại đây.",
    ),
    (
        "page_officer",
        "Ai trực trang Facebook của phường?",
        "can bo truc trang facebook page fanpage nguoi tra loi tin nhan truc page vu manh tu",
        "Cán bộ trực trang Facebook của phường: Ông Vũ Mạnh Tú, Phó Giám đốc phụ trách Trung tâm Hành chính công, "
        'số điện thoại 0904.687.249. Anh/chị cứ nhắn tại đây, hoặc gõ "gặp cán bộ" để được cán bộ trả lời.',
    ),
    (
        "office_hours",
        "Giờ làm việc của phường? Thứ Bảy, Chủ nhật có làm việc không?",
        "gio lam viec mo cua nghi trua thu bay chu nhat tiep cong dan ngay nao may gio lam viec tu den",
        "{WARD_NAME} làm việc {OFFICE_HOURS}, trừ ngày nghỉ lễ. Ngoài giờ, đường dây nóng {HOTLINE} chỉ nhận "
        "thông tin cấp bách. Anh/chị có thể gửi phản ánh tại đây bất cứ lúc nào; cán bộ đọc trong giờ làm việc.",
    ),
    (
        "urgent",
        "Ngoài giờ hành chính có việc gấp thì liên hệ ai?",
        "ngoai gio hanh chinh buoi toi ban dem khan cap gap cap bach lien he goi ai",
        "Ngoài giờ hành chính, phường vẫn tiếp nhận thông tin cấp bách, quan trọng, cần xử lý ngay qua đường "
        "dây nóng {HOTLINE} ({HOTLINE_OFFICER}). Việc khẩn cấp về an ninh, trật tự: gọi Công an 113. Anh/chị "
        "cũng có thể gửi tại đây và ghi rõ là việc gấp.",
    ),
    (
        "address",
        "Trụ sở, nơi tiếp công dân của phường ở đâu?",
        "dia chi tru so o dau den nop truc tiep len phuong bo phan mot cua tiep cong dan",
        "Anh/chị đến {RECEPTION_ADDRESS} trong giờ làm việc ({OFFICE_HOURS}). Thông báo và thủ tục của "
        "phường có trên Cổng thông tin điện tử https://aiquoc.haiphong.gov.vn. Anh/chị cũng có thể gửi ngay tại đây.",
    ),
    (
        "portal",
        "Trang web (cổng thông tin điện tử) và cổng dịch vụ công của phường?",
        "cong thong tin dien tu trang web website link cong dich vu cong tai khoan dang ky truc tuyen online",
        "Cổng thông tin điện tử phường: https://aiquoc.haiphong.gov.vn (thông báo, thủ tục). Hồ sơ trực tuyến "
        "nộp trên Cổng Dịch vụ công quốc gia https://dichvucong.gov.vn, đăng nhập bằng tài khoản VNeID. Nếu cổng "
        "báo lỗi, anh/chị có thể phản ánh ngay tại đây.",
    ),
    (
        "how_to_complain",
        "Muốn khiếu nại thì làm thế nào?",
        "khieu nai thu tuc lam the nao quyet dinh hanh chinh viet don chu ky nhan tin duoc khong hay phai",
        "Khiếu nại cần đơn ghi ngày tháng, họ tên, địa chỉ, nội dung, lý do, yêu cầu và chữ ký của người khiếu "
        "nại, hoặc trình bày trực tiếp tại {RECEPTION_ADDRESS} (Luật Khiếu nại 2011, Điều 8). Anh/chị có thể "
        "bắt đầu tại đây: phường ghi nhận và hướng dẫn các bước tiếp theo.",
    ),
    (
        "how_to_denounce",
        "Tố cáo cần những gì? Danh tính có được giữ bí mật không?",
        "to cao can gi nop don o dau bi mat danh tinh giau ten an danh ten that",
        "Tố cáo cần đơn ghi ngày tháng, họ tên, địa chỉ người tố cáo, hành vi vi phạm và chữ ký, hoặc trình bày "
        "trực tiếp tại {RECEPTION_ADDRESS} (Luật Tố cáo 2018, Điều 23). Họ tên, địa chỉ, bút tích của người tố "
        "cáo được giữ bí mật (Điều 47). Anh/chị có thể bắt đầu tại đây.",
    ),
    (
        "deadlines",
        "Bao lâu thì có kết quả trả lời?",
        "bao lau may ngay thoi han ket qua tra loi giai quyet bao gio bao nhieu ngay",
        "Phản ánh, kiến nghị: trả lời trong 10 ngày làm việc. Khiếu nại: thụ lý trong 10 ngày, giải quyết trong "
        "30 ngày từ ngày thụ lý (45 ngày nếu phức tạp). Tố cáo: thụ lý trong 7 ngày làm việc, giải quyết trong 30 "
        "ngày từ ngày thụ lý, có thể gia hạn. Anh/chị dùng mã hồ sơ để tra cứu tiến độ.",
    ),
    (
        "documents",
        "Đến phường trình bày cần mang giấy tờ gì?",
        "giay to mang theo can cuoc cccd chung minh ho so can nhung gi uy quyen trinh bay truc tiep",
        "Anh/chị mang căn cước (CCCD) hoặc giấy tờ tùy thân, đơn (nếu đã viết) và giấy tờ, hình ảnh liên quan; "
        "người được ủy quyền mang thêm giấy ủy quyền; đã gửi qua trang này thì mang theo mã hồ sơ.",
    ),
    (
        "scope",
        "Trang này tiếp nhận những gì? Có phải trang của phường không?",
        "trang nay page nhan nhung gi linh vuc loai phan anh co phai cua phuong gia mao tiep nhan giai quyet",
        "Đây là trang của {WARD_NAME}, tiếp nhận phản ánh, kiến nghị, khiếu nại, tố cáo về khoa học, công nghệ, "
        "đổi mới sáng tạo và chuyển đổi số (dịch vụ công, VNeID, chữ ký số, wifi, camera, lừa đảo qua mạng…). "
        "Việc khác (đất đai, tiếng ồn, môi trường…) anh/chị vẫn gửi được: phường cho biết nơi phụ trách.",
    ),
]

# (term, expansion): a question with `term` is searched with `expansion` too. Folded.
SYNONYMS = [
    ("hotline", "duong day nong"),
    ("duong day nong", "hotline"),
    ("fanpage", "trang facebook truc page"),
    ("trang facebook", "truc page"),
    ("facebook", "truc page"),
    ("mo cua", "gio lam viec"),
    ("thu 7", "thu bay"),
    ("t7", "thu bay"),
    ("cn", "chu nhat"),
    ("website", "trang web cong thong tin"),
    ("online", "truc tuyen"),
    ("can cuoc", "cccd giay to"),
    ("may ngay", "thoi han"),
    ("bao lau", "thoi han"),
    ("nghi trua", "gio lam viec"),
    ("office hours", "gio lam viec"),
    ("hotline number", "duong day nong"),
    ("where", "o dau dia chi"),
    ("complaint", "khieu nai"),
    ("file a complaint", "khieu nai thu tuc"),
    ("ward office", "tru so"),
    ("dem", "ngoai gio"),
    ("buoi toi", "ngoai gio"),
]

# Added on 02/12/2026 (storage/migrations.py m027 adds them to a ward's base that has the ones above): a
# question that is only "ở đâu" ("phường ở đâu vậy") and English ways of asking the hours and the place.
SYNONYMS_ADDED = [
    ("o dau", "dia chi tru so"),
    ("cho nao", "dia chi tru so"),
    ("duong nao", "dia chi tru so"),
    ("ai quan ly", "truc page"),
    ("quan ly page", "truc page"),
    ("public service portal", "cong dich vu cong"),
    ("portal", "cong thong tin dien tu"),
    ("week", "gio lam viec"),
    ("lo danh tinh", "bi mat danh tinh"),
    ("lo ten", "bi mat danh tinh"),
    ("tra thu", "bi mat danh tinh to cao"),
    ("tru dap", "bi mat danh tinh to cao"),
    ("weekday", "gio lam viec"),
    ("opening hours", "gio lam viec"),
    ("open", "gio lam viec mo cua"),
    ("what time", "gio lam viec"),
    ("address", "dia chi tru so"),
    ("located", "dia chi tru so"),
    ("phone number", "so dien thoai duong day nong"),
    ("how long", "thoi han bao lau"),
    ("documents", "giay to"),
]

# Added on 03/12/2026 (m028): the weekend, the holidays and the closing hour as people ask them, the
# ward's place "nằm ở", a page asked whether it is the real one, someone sent in one's place, filing
# online, and the English of an answer and of a name kept secret.
SYNONYMS_ADDED_DEC_3 = [
    ("cuoi tuan", "thu bay chu nhat"),
    ("ngay le", "gio lam viec"),
    ("nghi le", "gio lam viec"),
    ("quoc khanh", "ngay le gio lam viec"),
    ("tet", "ngay le gio lam viec"),
    ("dong cua", "gio lam viec"),
    ("may gio", "gio lam viec"),
    ("bat dau lam", "gio lam viec"),
    ("gio hanh chinh", "gio lam viec"),
    ("nam o", "dia chi tru so"),
    ("page that", "co phai cua phuong gia mao"),
    ("trang that", "co phai cua phuong gia mao"),
    ("chinh thuc", "co phai cua phuong gia mao"),
    ("di thay", "uy quyen giay to mang theo"),
    ("nho nguoi", "uy quyen giay to mang theo"),
    ("lam thay", "uy quyen giay to mang theo"),
    ("ho so online", "cong dich vu cong truc tuyen"),
    ("nop online", "cong dich vu cong truc tuyen"),
    ("nop truc tuyen", "cong dich vu cong"),
    ("bao gio co nguoi tra loi", "thoi han tra loi ket qua"),
    ("bao gio thi xong", "thoi han ket qua"),
    ("answer", "tra loi ket qua"),
    ("co ai doc", "gio lam viec"),
    ("in charge", "can bo truc phu trach"),
    ("nguoi truc", "gio lam viec"),
    ("lam viec vao", "gio lam viec"),
    ("working hours", "gio lam viec"),
    ("reply", "tra loi ket qua"),
    ("how many days", "thoi han bao lau"),
    ("ho ten dia chi", "danh tinh an danh"),
    ("nguoi to cao", "to cao danh tinh"),
    ("saturday", "thu bay"),
    ("saturdays", "thu bay"),
    ("sunday", "chu nhat"),
    ("sundays", "chu nhat"),
    ("weekend", "thu bay chu nhat"),
    ("weekends", "thu bay chu nhat"),
    ("nhung gio nao", "gio lam viec"),
    ("who will read", "nguoi tra loi tin nhan can bo truc"),
    ("who reads", "nguoi tra loi tin nhan can bo truc"),
    ("notice", "cong thong tin"),
    ("published", "cong thong tin"),
    ("kept secret", "bi mat danh tinh"),
    ("secret", "bi mat danh tinh"),
    ("anonymous", "an danh giau ten"),
    ("identity", "danh tinh"),
    ("my name", "danh tinh ten"),
]

# Words added on 03/12/2026 (m028) to an entry of every ward's base that answers them: who runs the page
# is asked with their phone ("cán bộ nào trực trang Facebook, số điện thoại liên hệ là bao nhiêu").
KEYWORDS_ADDED_DEC_3 = {"page_officer": "so dien thoai lien he"}

# Added later on 03/12/2026 (m029): the days the hotline takes calls, as people ask it ("đường dây nóng
# tiếp nhận vào những ngày nào trong tuần?"); the entry says it: working days, in office hours.
KEYWORDS_ADDED_DEC_3_HOTLINE = {"hotline": "tiep nhan nhung ngay nao trong tuan"}
# ... and whether anyone is on duty, asked of a day or a time ("nghỉ lễ, nghỉ Tết có ai trực không"): the hours.
SYNONYMS_ADDED_DEC_3_DUTY = [("co ai truc", "gio lam viec"), ("co nguoi truc", "gio lam viec")]

# Added later still on 03/12/2026 (m030): the hours and days asked in a foreigner's simple English ("what
# time you work? which days can I call?").
SYNONYMS_ADDED_DEC_3_ENGLISH = [
    ("you work", "gio lam viec"),
    ("which days", "ngay nao lam viec"),
    ("what days", "ngay nao lam viec"),
    ("can i call", "goi duong day nong gio lam viec"),
    ("monday", "gio lam viec"),  # "or is it strictly Monday to Friday?"
    ("friday", "gio lam viec"),
]
# ... and the hours' entry, which says what the hotline takes out of hours, is found by the hotline asked
# of a holiday or a night ("dịp nghỉ Tết thì đường dây nóng có ai trực không").
KEYWORDS_ADDED_DEC_3_HOURS = {"office_hours": "duong day nong ngoai gio nghi tet"}

# Added that evening, 03/12/2026 (m031): the hours asked as "what hours" ("reckon you could tell me what hours the
# ward office is open?"), and what the consent asks about, asked before agreeing ("họ tên, số điện thoại
# của tôi lưu ở đâu, ai được xem, tôi có quyền yêu cầu xoá không?"): an entry of its own, said as the
# ward's privacy policy (web/templates/privacy/policy.html) says it.
SYNONYMS_ADDED_DEC_3_EVENING = [
    ("what hours", "gio lam viec"),
    ("which hours", "gio lam viec"),
    ("your hours", "gio lam viec"),
]
# ... and the matters the scope's entry names as sent elsewhere, asked of this page ("page này có nhận phản
# ánh về đất đai không", "có giải quyết chuyện hàng xóm ồn ào không"): its answer says where they go.
KEYWORDS_ADDED_DEC_3_EVENING = {
    "scope": "dat dai tieng on on ao moi truong hang xom",
    # ... and how long a petition waits for its written answer ("kiến nghị thì sau bao lâu có văn bản trả lời")
    "deadlines": "kien nghi van ban sau bao lau",
}
# Added on 03/12/2026 at night (m032): the one-stop section ("bộ phận một cửa") keeps the ward's hours, so
# its hours asked ("giờ làm việc của bộ phận một cửa") are the hours, not its address or nothing; "how can I
# send a complaint" is the complaint's how-to; the papers to bring for a complaint ("nếu muốn khiếu nại thì
# phải mang giấy tờ gì") are the papers.
KEYWORDS_ADDED_DEC_3_NIGHT = {
    "office_hours": "bo phan mot cua",
    "how_to_complain": "send",
    "documents": "khieu nai to cao",
}
# Added on 04/12/2026 (m033): whether a complaint or a denunciation sent by Facebook counts, or a signed letter
# is needed ("khiếu nại gửi qua facebook thế này có được tính không hay vẫn phải làm đơn ký tên?"): their
# how-to entries say what the law asks (a signed application, or in person).
KEYWORDS_ADDED_DEC_4 = {
    "how_to_complain": "gui qua facebook messenger co duoc tinh hop le khong van phai ky ten",
    "how_to_denounce": "gui qua facebook messenger co duoc tinh hop le khong van phai ky ten",
}
# Added on 07/12/2026 (m034), from batch 40, held out: a formal "có phát sinh chi phí hay lệ phí nào đối với
# người gửi không" (the fees), and the words below.
KEYWORDS_ADDED_DEC_7 = {
    "fees": "phat sinh chi phi gui qua kenh nay nguoi gui",
    # "nếu bà nói tên người ấy ra thì người ấy có biết là bà đi tố không": the denouncer's secrecy
    "how_to_denounce": "noi ten ra nguoi ay di to lo bi tra thu",
    # "có nhận phản ánh về chuyện mất điện liên tục không hay phải gọi bên điện lực", "sóng 4G yếu thì có
    # được gửi ở đây không": what the page takes, and where the rest goes
    "scope": "chuyen mat dien lien tuc dien luc goi ben song 4g yeu nha mang co duoc gui o day",
}
# Added on 07/12/2026 (m035), from batch 41, held out: whether the one denounced is told who denounced him,
# asked in English, and how long until someone looks at a report; whether a complaint sent by message has
# legal force; whether the page takes the fields its answer names ("khoa học cho trẻ con… hay chỉ mạng").
KEYWORDS_ADDED_DEC_7_BATCH_41 = {
    "how_to_denounce": "told my name be told know my name find out who reported will he know identity",
    "how_to_complain": "tin nhan gia tri phap ly",
    "scope": "khoa hoc cong nghe doi moi sang tao chuyen doi so internet chi nhan",
    "office_hours": "close fridays",
    "deadlines": "how long until someone looks at it actually looks how many days accept resolve thu ly ke tu",
}
# Batch 43: a letter asking whether its complaint sent here counts or must be filed on paper; the words
# go to both formal entries, so that the category the question names decides between them (m036).
KEYWORDS_ADDED_DEC_7_BATCH_43 = {
    "how_to_complain": "coi la ban giay truc tiep cong nhan bang tin nhan len tan phuong nop don",  # batch 45
    "how_to_denounce": "coi la ban giay truc tiep nguoi bi to biet",  # batch 45: "người bị tố có biết"
    # batch 44: where the phone and address sent here are kept, and whether anyone else is given them
    "personal_data": "giu o dau dua cho ai khac",
}
# Batch 48: whether what they send here leaks out ("thông tin cá nhân mình gửi qua đây có bị lộ ra ngoài ko")
KEYWORDS_ADDED_DEC_7_BATCH_48 = {"personal_data": "lo ra ngoai bi lo ro ri giu kin"}  # batch 50: "có được giữ kín ko"
# Batch 50: the ward's days asked in English ("on a public holiday like 2 September, or on a Saturday
# morning?"), and how long until someone handles it ("gửi xong rồi thì bao nhiêu ngày mới có người xử lý")
KEYWORDS_ADDED_DEC_7_BATCH_50 = {
    "office_hours": "saturday sunday weekend public holiday holidays le nghi le ngay le",
    "deadlines": "xu ly co nguoi xu ly sau khi gui",
    "how_to_denounce": "nguoi kia",  # "nếu tôi tố cáo thì người kia có biết là tôi tố không?" (batch 48)
}
# Batch 53: whether the ward answers on its days off, asked of the ward ("mà chủ nhật phường có ai trả
# lời không cháu"). Of the ward only: "có ai trả lời" alone is asked of the hotline and of this page too.
SYNONYMS_ADDED_DEC_7_BATCH_53 = [("phuong co ai tra loi", "gio lam viec")]
# Batch 58: what the page takes, asked in English ("what kind of issues does this page actually deal with?").
SYNONYMS_ADDED_DEC_7_BATCH_58 = [
    ("kind of issues", "trang nay nhan nhung gi linh vuc"),
    ("kinds of issues", "trang nay nhan nhung gi linh vuc"),
    ("page deal with", "trang nay tiep nhan nhung gi"),
    ("page handle", "trang nay tiep nhan nhung gi"),
    # ... and who reads what is typed here ("những tin tôi nhắn ở đây thì ai đọc là máy đọc hay là có cán bộ
    # xem"): the page's officer; not "ai được đọc thông tin cá nhân của tôi", the personal data's
    ("ai doc tin nhan", "nguoi tra loi tin nhan truc page"),
    ("nhan o day thi ai doc", "nguoi tra loi tin nhan truc page"),
    ("gui thi ai doc", "nguoi tra loi tin nhan truc page"),
    ("may doc hay", "nguoi tra loi tin nhan truc page"),
    # ... how long until the ward "phản hồi" ("bấm gửi xong thì khoảng bao nhiêu ngày phường phản hồi vậy?")
    ("ngay phuong phan hoi", "thoi han tra loi"),
    ("ngay phan hoi", "thoi han tra loi"),
    ("lau phan hoi", "thoi han tra loi"),
    ("lau phuong phan hoi", "thoi han tra loi"),
    # ... and a grandmother's phone sold on for spam calls ("có ai lấy số của bà đi bán cho người ta gọi
    # quảng cáo không"): where personal data goes
    ("goi quang cao", "thong tin ca nhan lo ra ngoai"),
]
# Batch 59: who reads, asked beside whether a person answers ("tin nhắn này rốt cuộc ai đọc?"); not "thông tin
# cá nhân của tôi ai đọc được", the personal data's
SYNONYMS_ADDED_DEC_7_BATCH_59 = [
    ("rot cuoc ai doc", "nguoi tra loi tin nhan truc page"),
    ("tin nhan nay ai doc", "nguoi tra loi tin nhan truc page"),
]
# Batch 60: a phone sold on ("số của tôi có bị đem bán cho bên quảng cáo ko"): where personal data goes; not
# "bà đem bán rau ở chợ"
# Batch 61: whether someone at the ward reads the messages ("máy tự trả lời hay có ai ở phường đọc tin nhắn thật"):
# the page's officer
SYNONYMS_ADDED_DEC_7_BATCH_61 = [
    ("ai o phuong doc", "nguoi tra loi tin nhan truc page"),
    ("doc tin nhan that", "nguoi tra loi tin nhan truc page"),
]
# Batch 62: "tin nhắn mình gửi vào đây có cán bộ nào đọc thật ko hay chỉ có máy đọc thôi?": the page's officer
SYNONYMS_ADDED_DEC_8_BATCH_62 = [("can bo nao doc", "nguoi tra loi tin nhan truc page")]
# Batch 63: who reads what is sent here ("tin nhắn mình gửi vào đây thì ai đọc thế"), and the office's "opening
# times" asked in English
SYNONYMS_ADDED_DEC_8_BATCH_63 = [
    ("gui vao day thi ai doc", "nguoi tra loi tin nhan truc page"),
    ("opening times", "gio lam viec"),
]
SYNONYMS_ADDED_DEC_7_BATCH_60 = [
    ("bi dem ban", "thong tin ca nhan lo ra ngoai"),
    ("ben quang cao", "thong tin ca nhan lo ra ngoai"),
]
# ... and how the four differ ("khiếu nại và tố cáo khác nhau ở điểm nào, trường hợp nào thì dùng loại
# nào?", batch 50): the category glossary the conversation shows, with the laws behind it, as an entry
# the ward may edit. Neither its question nor its keywords name the four, only how a difference is asked:
# an entry naming them would outrank each category's own ("muốn khiếu nại thì làm thế nào").
CATEGORIES_ENTRY = {
    "key": "categories",
    "question": "Bốn loại việc gửi phường khác nhau thế nào, trường hợp nào chọn loại nào?",
    "keywords": "khac nhau khac gi khac voi nghia la diem nao dung loai nao chon loai nao truong hop nao difference "
    "differ which one which type",
    "answer": "Dạ, bốn loại khác nhau như sau:\n"
    "• Phản ánh: báo cho phường biết một việc chưa ổn.\n"
    "• Kiến nghị: đề xuất, góp ý để phường làm tốt hơn.\n"
    "• Khiếu nại: đề nghị xem lại một quyết định hay việc làm của cơ quan, cán bộ mà anh/chị cho là sai, "
    "ảnh hưởng đến quyền lợi của chính mình (Luật Khiếu nại 2011).\n"
    "• Tố cáo: báo hành vi vi phạm pháp luật của cơ quan, tổ chức hay cá nhân, dù việc đó có ảnh hưởng đến "
    "mình hay không (Luật Tố cáo 2018).\n"
    'Nếu chưa rõ, anh/chị chọn "Chưa rõ", cán bộ sẽ phân loại giúp.',
    "answer_en": "The four differ like this:\n"
    "• Report: tell the ward about something that is not right.\n"
    "• Suggestion: propose an idea to help the ward do better.\n"
    "• Complaint: ask the ward to review a decision or an act of an office or an official that you believe "
    "is wrong and affects your own rights (Law on Complaints 2011).\n"
    "• Denunciation: report that an office, organisation or person has broken the law, whether or not it "
    "affects you (Law on Denunciations 2018).\n"
    'If you are not sure, choose "Not sure" and an officer will sort it for you.',
}
# ... and whether sending costs anything ("gửi phản ánh qua đây có mất phí gì không em?"): an entry of its own.
# No fee is charged for receiving or handling any of the four (the Law on Complaints 2011 and the Law on
# Denunciations 2018 set none; nor does Decree 20/2008 on reports and petitions), and money asked "to speed
# a case up" is the commonest fraud in the ward's name: the answer says both.
FEES_ENTRY = {
    "key": "fees",
    "question": "Có mất phí, lệ phí gì không?",
    "keywords": "phi mat phi le phi ton phi mien phi mat tien tra tien fee fees cost costs charge charged "
    "free pay paid anything phan anh kien nghi khieu nai to cao report complaint",
    "answer": "Dạ, không mất phí. {WARD_NAME} không thu bất kỳ khoản tiền nào khi nhận và xử lý ý kiến của người "
    "dân, dù anh/chị nhắn qua trang này hay đến trực tiếp. Ai đòi tiền để "
    '"lo nhanh" hồ sơ là lừa đảo: anh/chị đừng chuyển tiền và báo ngay đường dây nóng {HOTLINE}.',
    "answer_en": "There is no fee. {WARD_NAME} charges nothing to receive or handle what residents send, whether "
    'you write here, call the hotline or come in person. Anyone asking for money to "speed up" a case is a '
    "fraud: do not pay, and tell the hotline {HOTLINE} at once.",
}
PERSONAL_DATA_ENTRY = {
    "key": "personal_data",
    "question": "Họ tên, số điện thoại, địa chỉ của tôi được lưu ở đâu, dùng làm gì, ai được xem, có xóa được không?",
    "keywords": "du lieu ca nhan thong tin ca nhan luu o dau luu giu ai duoc xem ai xem muc dich dung vao viec gi "
    "quyen yeu cau xoa rut lai dong y bao ve du lieu privacy personal data who can see stored delete",
    "answer": "Họ tên, số điện thoại, địa chỉ anh/chị cho được {WARD_NAME} lưu trong hệ thống tiếp nhận của "
    "phường, chỉ dùng để liên hệ và trả lời về việc anh/chị gửi (Luật Bảo vệ dữ liệu cá nhân "
    "91/2025/QH15). Thống kê gửi lãnh đạo không kèm danh tính; danh tính người tố cáo được giữ bí mật, chỉ "
    'lãnh đạo được giao mới xem được. Anh/chị có quyền xem, rút lại đồng ý, yêu cầu xóa: nhắn "dữ liệu của '
    'tôi", "rút lại đồng ý" hoặc "xóa dữ liệu của tôi"; phường trả lời trong 2 ngày làm việc.',
    "answer_en": "The name, phone and address you give are kept by {WARD_NAME} in the ward's system for "
    "receiving cases, used only to contact you about, resolve and answer what you send (Personal Data "
    "Protection Law 91/2025/QH15). Statistics for the leaders carry no identities; a denouncer's identity "
    "is confidential and seen only by the leaders assigned. You may see what is held, withdraw consent or "
    'ask for deletion: write "my data", "withdraw consent" or "delete my data"; the ward answers within '
    "2 working days.",
}

# (keyword, field): the field a report is suggested from its words (bot/texts.py FIELD_NAMES). Folded.
FIELD_KEYWORDS = [
    ("cong nghe thong tin", "technology"),
    ("wifi", "technology"),
    ("internet", "technology"),
    ("mang", "technology"),
    ("cap quang", "technology"),
    ("song dien thoai", "technology"),
    ("camera", "technology"),
    ("phan mem", "technology"),
    ("ung dung", "technology"),
    ("app", "technology"),
    ("website", "technology"),
    ("trang web", "technology"),
    ("he thong", "technology"),
    ("may tinh", "technology"),
    ("lua dao qua mang", "technology"),
    ("lua dao", "technology"),
    ("hack", "technology"),
    ("flycam", "technology"),
    ("vneid", "digital_transformation"),
    ("dinh danh", "digital_transformation"),
    ("chu ky so", "digital_transformation"),
    ("dich vu cong", "digital_transformation"),
    ("truc tuyen", "digital_transformation"),
    ("online", "digital_transformation"),
    ("chuyen doi so", "digital_transformation"),
    ("khong dung tien mat", "digital_transformation"),
    ("can cuoc", "digital_transformation"),
    ("ho so dien tu", "digital_transformation"),
    ("cong thong tin", "technology"),
    ("khoi nghiep", "innovation"),
    ("doi moi sang tao", "innovation"),
    ("sang kien", "innovation"),
    ("y tuong", "innovation"),
    ("ma qr", "innovation"),
    ("qr", "innovation"),
    ("khoa hoc", "science"),
    ("nghien cuu", "science"),
    ("so huu tri tue", "science"),
    ("do luong", "science"),
    ("can dien tu", "science"),
    ("tieu chuan", "science"),
    ("chat luong san pham", "science"),
]
# Added on 07/12/2026 (m035), from batch 41, held out: "a small software startup … a proposal about
# innovation support".
FIELD_KEYWORDS_ADDED_DEC_7 = [
    ("innovation", "innovation"),
    ("startup", "innovation"),
    ("start up", "innovation"),
]

# (topic, keywords separated by commas, who handles it, their phone or None: the ward fills it in).
OUT_OF_SCOPE = [
    ("noise", "karaoke,hat karaoke,on ao,tieng on,loa keo,gay on", "Công an phường (trật tự công cộng)", "113"),
    ("security", "an ninh trat tu,danh nhau,trom,cuop,quay len,tu tap,gay roi", "Công an phường", "113"),
    (
        "land",
        "dat dai,lan chiem dat,tranh chap dat,so do,giay chung nhan quyen su dung dat,xay dung trai phep",
        "Phòng Kinh tế, Hạ tầng và Đô thị phường",
        None,
    ),
    (
        "environment",
        "moi truong,o nhiem,khoi bui,nuoc thai,xa thai,boc mui",
        "Phòng Kinh tế, Hạ tầng và Đô thị phường",
        None,
    ),
    ("waste", "rac,thu gom rac,bai rac,rac thai", "Phòng Kinh tế, Hạ tầng và Đô thị phường", None),
    (
        "traffic",
        "giao thong,un tac,do xe,chan loi di,lan chiem via he,den giao thong",
        "Công an phường (giao thông)",
        "113",
    ),
]

# The seeded answers in English (migration m017_english_answers), for a citizen who writes in English.
ENGLISH_ANSWERS = {
    "hotline": "The hotline of {WARD_NAME} is {HOTLINE} ({HOTLINE_OFFICER}), answered during office hours on "
    "working days; outside them, only for urgent matters. You can call it, or send a report here.",
    "page_officer": "The officer in charge of the ward's Facebook page is Mr Vũ Mạnh Tú, Deputy Director of the "
    'Public Administration Centre, phone 0904.687.249. Write here, or type "talk to officer".',
    "office_hours": "{WARD_NAME} works {OFFICE_HOURS}, except public holidays. Outside office hours the hotline "
    "{HOTLINE} takes urgent matters only. You can send a report here at any time; officers read "
    "it during office hours.",
    "urgent": "Outside office hours, urgent and important matters are taken on the hotline {HOTLINE} "
    "({HOTLINE_OFFICER}). For emergencies about security and public order, call the police on 113.",
    "address": "Please come to {RECEPTION_ADDRESS} during office hours ({OFFICE_HOURS}). The ward's notices and "
    "procedures are on https://aiquoc.haiphong.gov.vn. You can also send your matter here.",
    "portal": "The ward's portal is https://aiquoc.haiphong.gov.vn. Online applications go through the National "
    "Public Service Portal https://dichvucong.gov.vn, signing in with VNeID. If it shows an error, you "
    "can report it here.",
    "how_to_complain": "A complaint needs a dated application with the complainant's name, address, what it is "
    "about, the reasons, what is asked and a signature, or it can be presented in person at "
    "{RECEPTION_ADDRESS} (Law on Complaints 2011, Art. 8). You can start here: the ward records "
    "it and explains the next steps.",
    "how_to_denounce": "A denunciation needs a dated application with the denouncer's name and address, the "
    "violation and a signature, or it can be presented in person at {RECEPTION_ADDRESS} (Law "
    "on Denunciations 2018, Art. 23). The denouncer's name, address and handwriting are kept "
    "confidential (Art. 47). You can start here.",
    "deadlines": "Reports and suggestions: answered within 10 working days. Complaints: accepted within 10 days, "
    "resolved within 30 days of acceptance (45 if complex). Denunciations: accepted within 7 working "
    "days, resolved within 30 days of acceptance, which may be extended. Use your case code to "
    "check progress.",
    "documents": "Please bring your citizen identity card (CCCD) or other ID, your application (if written) and "
    "related papers and photos; someone acting for you also brings the authorisation; if you sent "
    "it through this page, bring the case code.",
    "scope": "This is the page of {WARD_NAME}. It takes reports, suggestions, complaints and denunciations about "
    "science, technology, innovation and digital transformation (public services, VNeID, digital "
    "signatures, wifi, cameras, online scams…). Other matters (land, noise, environment…) can still be "
    "sent: the ward tells you who handles them.",
}

# The ward's safety advice for danger now (migration m019_safety_advice): said first, before any question,
# when a citizen tells of a fraud in progress or of people at risk (bot/danger.py picks the entry by its
# key, understanding/danger.py's ADVICE_KEYS). Entries like any other: the ward edits or unapproves them.
SAFETY_KNOWLEDGE = [
    (
        "danger_scam",
        "Có người gọi điện xưng công an, ngân hàng, bắt cài ứng dụng, đòi mã OTP hay chuyển tiền: phải làm sao?",
        "lua dao otp ma otp ma xac thuc dua ma otp cho no doc ma otp mat khau ung dung la gia danh xung cong an "
        "chuyen tien mat tien tru tien khoa tai khoan ngan hang",
        "Việc này cần làm ngay:\n"
        "• Không đọc, không gửi mã OTP, mật khẩu cho bất kỳ ai, kể cả người xưng là công an, cán bộ phường hay "
        "ngân hàng: cơ quan nhà nước không bao giờ đòi mã qua điện thoại.\n"
        "• Tắt wifi và 4G của điện thoại, gỡ ứng dụng lạ vừa cài, không bấm vào đường link họ gửi.\n"
        "• Gọi ngay tổng đài của ngân hàng để khóa tài khoản.\n"
        "• Báo Công an: gọi 113. Đường dây nóng của phường: {HOTLINE}.",
    ),
    (
        "danger_people",
        "Có người đang gặp nguy hiểm (cháy, đánh nhau, tai nạn, bị đe dọa): gọi ai?",
        "nguy hiem chay hoa hoan danh nhau tai nan bi thuong cap cuu de doa cuop khan cap cuu nguoi",
        "Nếu có người đang gặp nguy hiểm, hãy gọi ngay: Công an 113, Cứu hỏa 114, Cấp cứu 115. Giữ khoảng cách "
        "an toàn, không tự xử lý một mình. Đường dây nóng của phường: {HOTLINE} ({HOTLINE_OFFICER}).",
    ),
]
SAFETY_ENGLISH = {
    "danger_scam": "Do this now:\n"
    "• Never read out or send an OTP code or a password to anyone, even someone who says they are the police, "
    "a ward officer or your bank: no authority ever asks for a code by phone.\n"
    "• Turn off your phone's data and wifi, remove any app you were just told to install, and do not open "
    "links they sent.\n"
    "• Call your bank's hotline at once to lock your account.\n"
    "• Report it to the police: call 113. The ward's hotline: {HOTLINE}.",
    "danger_people": "If someone is in danger now, call at once: police 113, fire 114, ambulance 115. Keep a "
    "safe distance and do not deal with it alone. The ward's hotline: {HOTLINE} ({HOTLINE_OFFICER}).",
}
