"""The words each intent and each command is recognised by, folded and with shorthand spelled out
(see `normalize`).

Data, not logic: `intents` and `commands` read these lists. A phrase matches as whole words. Kept in
code (not in a ward-editable table) because they describe the language, not the ward; the ward's own
vocabulary lives in its tables (fields, synonyms, out-of-scope topics).
"""

# The commands that work at every step of the conversation (bot/flow.py), each typed as the whole
# message: `commands.typed_command` matches them, for the conversation and for a handoff alike.
CANCEL_COMMAND = ("huy", "huy bo", "cancel", "thoi huy", "thoi", "thoi khong gui nua", "khong gui nua")
# After submission "hủy" withdraws the case (bot/withdrawal.py): cancel's command takes these too.
WITHDRAW_COMMAND = ("rut don", "rut lai", "withdraw", "rut ho so", "rut lai don", "toi muon rut don")
BACK_COMMAND = ("quay lai", "tro lai", "back", "lui lai")
RESTART_COMMAND = ("bat dau lai", "lam lai", "start over", "restart")
# ... said in a sentence ("ko phải khiếu nại đâu bấm nhầm rồi, làm lại từ đầu giúp e vs", batch 44); not
# "làm lại" alone, which a story tells of papers done again.
# ... and going back a step, said in a sentence ("ui bấm nhầm r, cho quay lại bước trước với", "lùi lại 1
# bước, tôi muốn kể thêm", batch 46); not "quay lại" alone, which a story tells of going back to the office.
BACK_SAID = (
    "quay lai buoc truoc", "quay lai buoc", "lui lai", "tro lai buoc truoc", "back lai", "cho quay lai",
    "go back a step", "previous step", "go back one step",
    "quay lai chon",  # batch 47: "cho e quay lại chọn loại khác"
    "quay lai di", "quay lai cai nua", "lui lai nua",  # batch 51: "quay lại đi ad", "quay lại cái nữa"
    # batch 60: "ôi nhầm, cho tôi quay lại câu trước sửa lại cái"
    "quay lai cau truoc", "quay lai cau hoi truoc", "tro lai cau truoc", "previous question", "the last question",
)  # fmt: skip
# What opens a message of surprise or dismay before what it asks: "ơ quay lại", "ui chết nhầm"
INTERJECTIONS = ("o", "ui", "oi", "ay", "chet", "oh", "oops", "a", "u", "ah", "e")
# Skipping a step said in words: "cái này bà không nhớ rõ ở đâu khi nào, cháu cho bà bỏ qua nhé" (batch 52)
SKIP_SAID = (
    "cho bo qua",
    "bo qua nhe",
    "bo qua nha",
    "bo qua di",
    "bo qua buoc nay",
    "bo qua cau nay",
    "skip this",
    "skip it",
)
# Not knowing which category, said in words ("e cũng ko bik là loại nào nữa", batch 46): "Chưa rõ".
CATEGORY_UNSURE_SAID = (
    "khong biet la loai nao", "khong biet loai nao", "khong biet chon loai nao", "khong biet chon gi",
    "chua biet loai nao", "khong ro loai nao", "khong ro la loai nao", "not sure which",
)  # fmt: skip
RESTART_SAID = (
    "lam lai tu dau", "bat dau lai", "gui lai tu dau", "chon lai tu dau", "lai tu dau", "start over", "start again",
    "from the beginning",
)  # fmt: skip
OFFICER_COMMAND = ("gap can bo", "noi chuyen voi can bo", "can bo", "talk to officer", "officer")
MENU_COMMAND = ("menu",)
# During a conversation with an officer: the bot again (bot/handoff.py).
BOT_AGAIN_COMMAND = MENU_COMMAND + ("tro ly", "gap tro ly", "quay lai tro ly")
# The citizen's data (bot/rights.py).
DATA_MINE_COMMAND = ("du lieu cua toi", "xem du lieu cua toi", "thong tin cua toi", "my data")
DATA_WITHDRAW_COMMAND = ("rut lai dong y", "rut dong y", "toi rut lai dong y", "withdraw consent")
DATA_DELETE_COMMAND = ("xoa du lieu cua toi", "xoa du lieu", "xoa thong tin cua toi", "delete my data")

GREETING = (
    "xin chao",
    "chao",
    "alo",
    "hello",
    "hi",
    "hey",
    "toi quay lai roi day",  # batch 48: "Chào bạn, tôi quay lại rồi đây" when the officer has closed
    "quay lai roi day",
    "toi quay lai roi",
    "quay lai roi",
    "i m back",
    "co ai khong",
    "good morning",
    "good afternoon",
    "good evening",
    "g day",  # "G'day!", Australian
    "gday",
    "howdy",
    "chao buoi sang",
    "admin oi",
    "anh chi oi",
    "phuong oi",
)
THANKS = (
    "cam on", "thanks", "thank you", "thank", "ok", "oki", "okie", "oke", "vang", "da", "duoc roi", "tot qua", "great",
    "alright", "all right",
)  # fmt: skip
# ... of them, the words that thank, not only agree ("vâng", "ok"): "Dạ vâng, cảm ơn đồng chí" to the officer's
# goodbye thanks, where "vâng" alone would go on (batch 57)
# Going on with the kept draft, said in a sentence at "continue?": "Đề nghị giữ lại phản ánh trên để tôi gửi
# tiếp" (batch 59)
RESUME_SAID = ("gui tiep", "tiep tuc gui", "lam tiep", "khai tiep", "dien tiep", "giu lai phan anh", "giu lai don")
THANKING = ("cam on", "thanks", "thank you", "thank", "tks", "thx")
GOING_ON = ("tiep", "continue", "go on", "carry on")
# ... and after thanks, that the matter is settled or help came ("cảm ơn phường, công an khu vực đến rồi").
SETTLED = (
    "den roi", "toi roi", "xong roi", "on roi", "giai quyet roi", "xu ly roi", "khong sao roi", "het roi",
    "ve roi", "tim thay roi", "arrived", "are here", "is here", "sorted", "all good", "fine now", "ok now",
    "da ro", "ro roi", "hieu roi", "da hieu", "that s clear", "got it", "understood",  # an answer understood (batch 48)
    "goi lai cho toi roi", "goi lai roi", "goi cho toi roi", "lien lac roi",  # batch 57: the officer called back
    "giai thich roi", "huong dan roi", "tra loi roi", "noi roi",  # batch 59: "uh ok, chị ấy giải thích rồi"
)  # fmt: skip
# ... thanked formally, to whom it is said: "Xin trân trọng cảm ơn Quý cơ quan", "cảm ơn UBND phường".
THANKED_FORMALLY = (
    "xin", "tran trong", "chan thanh", "quy co quan", "co quan", "uy ban", "ubnd", "phuong", "ai quoc", "nhieu",
    "quy phuong", "cac anh chi", "lanh dao",
)  # fmt: skip
# ... a problem gone by itself, the reason to cancel: "tắt máy bật lại là chạy dc r", "giờ vào được rồi".
SOLVED = (
    "chay duoc roi", "chay lai roi", "vao duoc roi", "dung duoc roi", "duoc roi a", "het loi roi", "sua xong roi",
    "da sua xong", "da on roi", "on roi", "binh thuong roi", "hoat dong lai roi", "works now", "fixed itself",
    "it s working again", "working again", "sorted itself",
)  # fmt: skip
# A first message that only cancels: the command's words, and these said on their own.
# Not "dung" alone: folded, "đúng rồi ạ" (yes, right) is "dừng" (stop).
CANCEL = CANCEL_COMMAND + (
    "huy luon",  # "uk huỷ lun" at "are you sure?" (batch 46)
    "dung lai",
    "stop",
    "het",
    "khong muon nua",
    "khong can nua",
    "bo di",
    "quit",
    "thoat",
)
# Cancel said with a reason or a "later" ("thôi hủy đi, để mai tôi gửi", "thôi, không gửi nữa đâu"): one of
# these, and nothing else but the words of CANCEL_TAIL and FILLER. Not a bare "thôi" ("thôi thì…").
CANCEL_STRONG = (
    "huy",
    "huy bo",
    "huy di",
    "khong gui nua",
    "khong muon gui",
    "thoi de",
    "khong muon nua",
    "khong can nua",
    "dung lai",
    "thoi khong",
    "bo qua het",
    "cancel",
    "khong lam nua",
    "doi y",
    "thoi khoi",
    "khoi gui",
    "khoi can",
    "de hom khac",
    "de luc khac",
    "de khi khac",
    "de sau",
    "don t want",
    "dont want",
    "never mind",
    "khong khieu nai nua",
    "khong phan anh nua",
    "khong kien nghi nua",
    "xoa het",
    "xoa di",
    "xoa cai nay",
    "bo het",
    "dung gui",
    "dung gui nua",
    "khong muon bao",
    "khong muon bao cao",
    "khong bao cao nua",
    "khong bao nua",
    "hong gui nua",
    "hong gui",
    "dep di",
    "deo gui nua",  # rude, as angry people say it
    "deo gui",
    "deo can nua",
    # English as the British and Australians say it: "scrap the whole thing, I'd rather not send it"
    "scrap it",
    "scrap that",
    "scrap the whole thing",
    "scrap the lot",
    "rather not send it",
    "forget it",
    "forget the whole thing",
    "call it off",
    "don t bother",
)
# ... but these only with the cancel's own words: "thôi để mai" cancels, "thôi để tôi kể thêm" goes on, and
# "đổi ý, muốn khiếu nại thay vì phản ánh" changes the category.
CANCEL_WITHOUT_REASON = ("thoi de", "doi y")
CANCEL_TAIL = {
    "dau", "de", "mai", "sau", "luc", "khac", "khi", "hom", "bua", "suy", "nghi", "them", "vay", "nay", "hen",
    "lan", "da", "can", "ban", "it", "later", "tomorrow", "now", "for", "i", "will", "send", "nua", "thoi",
    "toi", "gio", "hay", "cung", "voi", "don", "cai", "that", "sorry", "xin", "loi", "nhe", "nha", "qua", "met",
    "tu", "len", "den", "ra", "truc", "tiep", "y", "to", "want", "anymore", "sent", "stop", "gium", "dum", "het",
    "phien", "chau", "ba", "ong", "bac", "co", "chu", "cho", "oi", "a", "ah", "u", "ma", "bao", "khong", "cao",
    "viec", "khoan", "tui", "phan", "anh", "kien", "khieu", "nai", "bam", "nham", "lon",
    "please", "the", "anything", "pressed", "button", "mistake", "by", "accident", "this", "do", "phep", "di", "nhac",
    "actually", "never", "mind", "mate", "d", "after", "all", "lah", "aiya", "leh", "lor", "submit", "tao",
    "cam", "on", "thank", "thanks", "tam",  # a courtesy is no reason: "tạm dừng, không gửi nữa. Xin cảm ơn"
    "dep",  # batch 55: "THÔI DẸP, HỦY HẾT ĐI, HỎI GÌ MÀ LẮM THẾ" (scrap it)
}  # fmt: skip
# Words that may surround a short command without changing it ("dạ em cảm ơn ad nhiều ạ").
FILLER = {
    "admin",
    "c",  # "ok c cảm ơn e nhé": chị, in short
    # whom it is said to, as a grandparent or an elder writes it ("cảm ơn cháu nhiều", "cám ơn bác")
    "chau",
    "bac",
    "ong",
    "chu",
    "oi",
    "a",
    "nhe",
    "nha",
    "nhieu",
    "em",
    "anh",
    "chi",
    "ban",
    "page",
    "phuong",
    "da",
    "vang",
    "so",
    "much",
    "you",
    "very",
    "rat",
    "xin",
    "toi",
    "minh",
    "roi",
    "ma",
    "thi",
    "buoi",
    "sang",
    "chieu",
    "ok",
    "thoi",
    "khong",
    "nua",
    "ca",
    "the",
    "moi",
    "nguoi",
    "ah",
    "ui",
    "ne",  # batch 56: "e quay lai r nek" (nè): pointing, "here I am"
    "nek",
    # a murmur of assent before the thanks: "uh bác cảm ơn cháu nhiều nhé", "ừ", "ừm"
    "uh",
    "uhm",
    "uk",  # teen code for "ừ": "uk huỷ lun"
    # a laugh after a greeting or thanks: "e chào ad ạ hihi"
    "hihi",
    "hehe",
    "haha",
    "um",
    "u",
    "con",
    "gui",
    "ho",
    "tro",
    "giup",
    "lai",
    "di",
    "bo",
}
WITHDRAW = WITHDRAW_COMMAND + (
    "rut phan anh",
    "rut khieu nai",
    "rut to cao",
    "khong muon to cao nua",
    "khong muon khieu nai nua",
)
MY_DATA = (
    "du lieu",
    "thong tin ca nhan",
    "personal data",
    "my data",
    "xoa so dien thoai",
    "xoa thong tin",
    "dung so dien thoai cua toi",
    "so dien thoai cua toi cho",
    "xoa du lieu",
)
# ... but what is done with it, asked, is a question the base answers ("thông tin cá nhân của tôi sẽ được lưu
# giữ ở đâu, dùng vào việc gì và những ai được xem?"), not a request to see or delete it.
DATA_POLICY_ASKED = (
    "luu o dau", "luu giu o dau", "luu tru o dau", "giu o dau", "ai duoc xem", "nhung ai duoc xem", "ai xem",
    "dung vao viec gi", "dung lam gi", "dung de lam gi", "muc dich gi", "co an toan khong", "co bi lo",
    "where is it kept", "where is my data kept", "who can see", "who sees", "what is it used for", "used for what",
    "who gets to see", "can i ask you to delete", "can i have it deleted", "can it be deleted",  # batch 45
    "giu trong bao lau", "luu trong bao lau", "giu bao lau", "luu bao lau", "dua cho ben nao",  # batch 64
    "co dua cho ai", "dua cho ai khac",
)  # fmt: skip
# The consent answered in the citizen's own words (commands.choice_in_words): refused first, since a refusal
# holds the words of agreeing ("không đồng ý"); a question about it ("nếu không đồng ý thì sao?") is neither.
# "Are you sure you want to cancel?" (or to delete), answered no in words of its own: "à mà thôi đừng xóa,
# để tôi điền nốt" (batch 41). Not "thôi dừng": folded, "dừng" (stop) is "đừng" (don't).
NOT_CANCELLED = (
    "dung xoa", "dung huy", "khong huy", "khoan huy", "khoan da", "de toi dien", "de em dien", "de toi lam tiep",
    "dien not", "dien tiep", "lam tiep", "gui tiep", "giu lai", "don t cancel", "do not cancel", "keep it",
    "keep going", "don t delete",
)  # fmt: skip
CONSENT_REFUSED = (
    "khong dong y", "khong muon cung cap", "khong muon de lai", "khong muon cho", "khong cho luu",
    "khong muon luu", "khong muon khai", "an danh", "giau ten", "dau ten", "i do not agree", "i don t agree",
    "i disagree", "anonymous", "anonymously",
)  # fmt: skip
CONSENT_GIVEN = (
    "toi dong y", "em dong y", "chau dong y", "minh dong y", "dong y cho", "dong y luu", "cu luu", "luu di",
    "luu lai di", "i agree", "i consent", "you can keep", "fine by me",
    "ong dong y", "ba dong y", "bac dong y", "co dong y", "chu dong y",  # batch 47: "uh thế thì ông đồng ý"
    "ok dong y", "oke dong y", "uh dong y", "u dong y", "vang dong y",  # batch 56: "ok dong y, ghi luon: …"
)  # fmt: skip
# Neither is read from a message that asks about it, or calls the whole report off:
CONSENT_NOT_SAID = (
    "neu", "if", "what if", "la sao", "la gi", "thi sao", "co duoc khong", "duoc khong", "what does", "hoi",
    "truoc khi", "o dau", "ai duoc", "before", "ask",
    # ... nor the whole report called off ("I'd rather not send this after all. Please cancel it.")
    "cancel", "huy", "khong gui", "not send", "don t send", "never mind",
)  # fmt: skip
FORGOT_CODE = (
    "quen ma", "mat ma", "khong nho ma", "khong biet ma", "forgot my code", "lost my code", "quen mat ma",
    "khong tim thay ma", "khong tim lai duoc ma",
    # batch 40: "I closed the chat and now I can't find the number you gave me"
    "forgot the code", "forgot the number", "lost the code", "can t find the code", "can t find my code",
    "can t find the number you gave",
)  # fmt: skip
# Wanting a person, said anywhere in a message (as the whole message, OFFICER_COMMAND's words too).
OFFICER = (
    "gap can bo",
    "noi chuyen voi",
    "nguoi that",
    "can bo oi",
    "goi lai cho toi",
    "nhan vien truc",
    "real person",
    "actual person",  # "a quick word with an actual person"
    "actual human",
    "real human",
    "live person",
    "a human",
    "talk to",
    "gap nguoi",
    "lien he voi can bo",
    "can bo goi lai",
    "gap nhan vien",
    "gap truc tiep can bo",
    "call me back",  # batch 60: "can someone from the ward phone me back? my number is 0779 402 118"
    "phone me back",
    "ring me back",
)
# Wanting a person, in a request's words (understanding/person.py): someone asks to meet or talk
# with one of the ward's people, "cho tôi gặp lãnh đạo", "gap nguoi that di", "tôi muốn gặp trực tiếp
# anh Tú". The lead (or the verb opening the message) makes it a request; "không cho tôi gặp lãnh đạo"
# tells what happened.
MEET_VERBS = (
    "gap",
    "talk to",
    "talk with",
    "speak to",
    "speak with",
    "nc voi",  # "nc" alone is as often "nước": only before "với"
    "nt voi",
    "gap mat",
    "noi chuyen voi",
    "noi chuyen truc tiep voi",
    "trao doi voi",
    "trao doi truc tiep voi",
    "trao doi thang voi",  # batch 48: "tôi muốn trao đổi thẳng với anh Tú trực trang được không"
    "noi chuyen thang voi",
    "noi thang voi",
    "noi truc tiep voi",  # batch 64: "khoan, tôi muốn nói trực tiếp với ông Nguyễn Anh Tuấn bên phòng…"
    # ... and to report to a leader in person: "Đề nghị được trực tiếp báo cáo sự việc với đồng chí Hoàng Nam Phong"
    "truc tiep bao cao su viec voi",
    "truc tiep bao cao voi",
    "bao cao truc tiep voi",
    "lien he voi",
    "lien lac voi",
    "lien lac truc tiep",  # batch 55: "nhờ ad chuyển cho tôi liên lạc trực tiếp ông Phong phó chủ tịch"
    "lien he truc tiep",
    "lam viec thang voi",  # batch 52: "đề nghị chuyển cho tôi làm việc thẳng với đồng chí Chủ tịch"
    "lam viec truc tiep voi",
    "lam viec voi",
    "ket noi",
    "lam viec truc tiep voi",
    "ket noi voi",
    "chat voi",
    "nhan tin voi",
    "nhan tin thang",  # batch 56: "thôi để e ib thẳng a Tuấn bên phòng văn hóa xh cho lẹ"
    "nhan tin thang cho",
    "nhan tin truc tiep cho",
    "nhan truc tiep voi",  # batch 56: "cho chau nhan truc tiep voi co chu can bo phuong dc ko a"
    "nhan tin truc tiep voi",
    "nhan thang voi",
    "hoi chuyen",  # "cho tôi hỏi chuyện trực tiếp cán bộ trực" (batch 39): talking, never a question of its own
    "hoi chuyen voi",
    "hoi truc tiep",
    "talk to",
    "talk with",
    "speak to",
    "speak with",
    "chat with",
    "have a yarn with",  # Australian for a chat
    "have a chat with",
    "have a word with",
    "have a quick word with",
    "have a quick chat with",
    "have a proper chat with",  # batch 47: "anyone there who speaks English I could have a proper chat with?"
    "a proper chat with",
    "chat to",
    # batch 43: "e muon noi thang vs chu tich phuong", "I'd rather go through this with him directly"
    "noi thang voi",
    "go through this with",
    "go through it with",
    # batch 46: "đề nghị được trình bày trực tiếp với Phó Chủ tịch …", "cháu nói giúp bác với một chú cán bộ"
    "trinh bay truc tiep voi",
    "trinh bay thang voi",
    "trinh bay voi",
    "noi giup",
)
PERSONS = (
    "dong chi",
    "can bo",
    "cong chuc",
    "vien chuc",
    "nguoi cua phuong",
    "nguoi o phuong",
    "lanh dao",
    "chu tich",
    "pho chu tich",
    "nguoi that",
    "nguoi phu trach",
    "nguoi truc",
    "nguoi",
    "nhan vien",
    "admin",
    "ong",
    "ba",
    "anh",
    "chi",
    "co",
    "chu",
    "ai do",
    "a real person",
    "a person",
    "a staff person",  # batch 59: "My Vietnamese is not good, can I speak with a staff person please?"
    "a staff member",
    "a member of staff",
    "staff person",
    "an employee",
    "a human",
    "someone",
    "somebody",
    "an officer",
    "the officer",
    "officer",
    "staff",
)
REQUEST_LEADS = (
    "cho",
    "thoi",
    "thoi chau",  # "thôi cháu nói giúp bác với…": the assistant asked to speak for them
    "cho chu",
    "cho co",
    "cho ong",
    "cho anh",
    "cho chi",
    "cho toi",
    "cho em",
    "cho minh",
    "cho chau",
    "cho con",
    "cho ba",
    "cho bac",
    "cho tui",
    "mong",
    "mong duoc",
    "toi mong",
    "rat mong",
    "hy vong duoc",
    "cho a",  # "cho a nc vs cán bộ": "a" for "anh"
    "cho e",
    "toi muon",
    "em muon",
    "minh muon",
    "muon",
    "toi can",
    "em can",
    "can",
    "xin",
    "xin duoc",
    "xin cho",
    "xin phep",
    "xin phep duoc",
    "de nghi cho",
    "de nghi",
    "de nghi duoc",
    "hay cho",
    "lam on cho",
    "i want to",
    "i want",  # "i want talk with Mr Tu": a foreigner's English, the "to" left out
    "i d rather",
    "i d much rather",
    "i would rather",
    "i wanna",
    "i need to",
    "i d like to",
    "i would like to",
    "can i",
    "could i",
    "may i",
    "can i just",  # "could I just have a quick word with…"
    "could i just",
    "may i just",
    "let me",
    "de em",  # batch 56: "thôi để e ib thẳng a Tuấn…", "let me" in Vietnamese
    "de toi",
    "de minh",
)
# Saying something to someone: a person wanted only when the ward's people are named after it
# (`WARD_PEOPLE`): "cho tôi nói với ai đang trực ở phường lúc này đi" (batch 54), not "cho em nói với anh".
SAY_TO_VERBS = ("noi voi", "noi chuyen", "noi chuyen voi")
# Wanting a person by being passed on to them: "em chuyển chị qua anh chị cán bộ", "pass me to an officer",
# "nối máy cho tôi với cán bộ". Who is passed (SELF_NAMES, "me") must be named, and the message must open
# with it (or a request's lead, or whom it is said to): "họ chuyển tôi qua cán bộ khác" tells a story, and
# "chuyển cho anh ấy 5 triệu" passes no one.
HAND_OVER_VERBS = ("chuyen", "chuyen may", "noi may", "ket noi", "pass", "put", "transfer", "hand", "connect", "switch")
HAND_OVER_TO = (
    "qua",
    "sang",
    "cho",
    "toi",
    "den",
    "voi",
    "qua gap",
    "sang gap",
    "to",
    "through to",
    "over to",
    "on to",
)
HAND_OVER_LEADS = ("can you", "could you", "would you", "please", "pls", "lam on", "hay", "nho")
# ... and to whom: the ward's people, never "anh", "chị" alone (those are anyone).
WARD_PEOPLE = (
    "can bo", "cong chuc", "lanh dao", "nguoi that", "nguoi truc", "nguoi phu trach", "nhan vien", "admin",
    "nguoi cua phuong", "a real person", "a person", "a human", "someone", "somebody", "an officer",
    "the officer", "officer", "staff", "a staff member", "a real human", "an actual person",
    "ai dang truc", "nguoi dang truc", "ai truc", "nguoi co trach nhiem", "ai co trach nhiem",
)  # fmt: skip
# ... and by their role, after a title: "gọi giúp bà cái chú cán bộ", "ông chủ tịch", "anh trực" (person.py)
WARD_ROLES = ("chu tich", "pho chu tich", "truc")
# ... an officer asked after by name: "is Mr. Vu Manh Tu around?"
AROUND = ("around", "there", "available", "in")
# A call back asked for: a person wanted, unless where their case stands is asked with it (intents.py).
CALL_BACK = (
    *(f"goi lai cho {me}" for me in ("toi", "em", "minh", "co", "chu", "bac", "ba", "ong", "chau")),
    "call me back",
)
# Wanting a person, told without a request's verb: a person asked for ("có ai trực không", "nhân viên
# đâu"), called out ("gọi cán bộ ra đây"), or the machine refused ("không muốn nói chuyện với máy").
PERSON_WANTED = (
    "nguoi that",
    "real person",
    "actual person",  # "actual human?" at the name step, without a verb of meeting
    "live person",
    "a human",
    "human agent",
    "live agent",
    "co ai truc",
    "co nguoi truc",
    # batch 59, sarcastic: "phường mình chắc tiết kiệm lương nên cho máy ngồi trực hả? ở đó còn ai biết thở ko"
    "con ai biet tho",
    "ai con biet tho",
    "co ai con song",
    "con ai song khong",
    "co ai o day",
    "co ai o do",
    "noi chuyen voi may",
    "khai voi may",  # batch 42: "tôi không muốn khai với máy nữa"
    "ai dang truc thi",  # "ai đang trực thì trả lời tôi với"; not "ai đang trực page vậy" (who mans it)
    "noi chuyen ngay voi",
    "chat voi may",
    "nhan tin voi may",
    "khong phai may",
    "noi chuyen voi bot",
    "chat voi bot",
    "tu van truc tiep",
    "ho tro truc tiep",
    "nguoi ho tro",
    "goi can bo ra",
    "goi lanh dao ra",
    "goi nguoi ra",
    "goi admin ra",
    "not a bot",
    "not a machine",
    "khong phai bot",
    "admin that",
    "nhan tin truc tiep",
    "hoi truc tiep can bo",
    "truc tiep voi can bo",
    *CALL_BACK,
    "human being",
    "actual human",
    "real human",
    "talk to someone",
    "speak to someone",
    "speak to a person",
    "talk to a person",
    "out with a bot",  # batch 47: "Not keen on sorting this out with a bot"
    "not keen on a bot",
    "to a person",
    # batch 45: "connect me with the concerned officer only, I prefer to discuss with a person"
    "discuss with a person",
    "speak with a person",
    "talk with a person",
    "prefer a person",
    "connect me with",
    "khong qua tro ly",
    "khong qua may",
    "khong qua bot",
    "staff that",
    "real staff",
    "human staff",
    "staff member",
    "nhan vien that",
    "can bo that",
    # batch 55: "CÓ CON NGƯỜI NÀO ĐANG NGỒI ĐỌC TIN NHẮN NÀY KHÔNG HAY TOÀN MÁY??"
    "co con nguoi nao",
    "hay toan may",
    # batch 54: "KHONG CAN MAY TRA LOI. GOI THANG NGUOI NAO …"
    "khong can may tra loi",
    "khong can bot tra loi",
    "khong can tro ly tra loi",
    "khong can may tu dong",
)
# Before a person wanted, these make it one proposed for others: "kiến nghị phường bố trí người hỗ trợ
# cựu chiến binh" asks for a service, not to talk to someone now.
PERSON_PROPOSED = ("bo tri", "tuyen", "tang cuong", "dao tao", "them", "co them", "sap xep")
# "thứ bảy có ai trực không": a question of office hours, not a person wanted now.
TIME_ASKED = (
    "thu bay", "thu 7", "chu nhat", "cuoi tuan", "ngoai gio", "buoi toi", "toi nay", "ban dem", "dem", "ngay le",
    "tet", "sang mai", "buoi trua", "gio nghi", "t7", "cn",
)  # fmt: skip
# "nhân viên đâu rồi", "admin đâu": where the ward's people are (not "cán bộ đâu có nghe").
PERSON_WHERE = ("can bo", "cong chuc", "nhan vien", "admin", "lanh dao", "nguoi truc", "ad")
# Before a request's words, these make it something told: "không cho gặp", "đã xin gặp nhiều lần".
# Who the citizen is, between a request's verb and its person ("kết nối tui với nhân viên").
SELF_NAMES = ("toi", "tui", "em", "minh", "chu", "co", "bac", "ba", "ong", "chau", "con", "anh", "chi", "me")
NOT_A_REQUEST = {"khong", "chua", "cam", "chang", "dont", "not", "never", "da", "tung"}
# ... and before "có ai trực", "có người trực": nobody was there, told ("không có ai trực, cửa khóa")
TOLD_MISSING = {"khong", "ko", "k", "hong", "chang", "cha"}
LOOKUP = (
    "tra cuu ho so",
    "tra cuu don",
    "tra cuu ma",
    "tinh trang",
    "den dau",
    "toi dau",
    "thu ly chua",
    "co ai xem chua",
    "xem lai don",
    "kiem tra ho so",
    "status",
    "ho so cua toi",
    "don cua toi",
    "ket qua ho so",
    "xem chua",
    "duoc thu ly chua",
    "gui bo sung",
    "bo sung the nao",
)
# "Where is my case?" without its code (understanding/intents.py): the citizen names something they
# sent ...
OWN_SUBMISSION = (
    "cua toi gui",
    "toi gui",
    "toi da gui",
    "em gui",
    "em da gui",
    "minh gui",
    "minh da gui",
    "da gui",
    "gui tu",
    "toi nop",
    "toi da nop",
    "em nop",
    "nop tu",
    "don cua toi",
    "don khieu nai cua toi",
    "don to cao cua toi",
    "phan anh cua toi",
    "kien nghi cua toi",
    "ho so cua toi",
    "ho so cua em",
    "don cua em",
    "vua gui",  # batch 39: "hồ sơ e vừa gửi giờ sao rồi ạ"
    # batch 44: "cái việc bà báo hôm trước có ai xem cho bà chưa"
    "viec ba bao",
    "viec ong bao",
    "viec toi bao",
    "viec em bao",
    "viec chau bao",
    "viec minh bao",
    *(f"{what} cua {me}" for what in ("don", "ho so") for me in ("ba", "ong", "bac", "co", "chu", "minh")),  # batch 48
    "bao hom truoc",
    "bao hom qua",
    "bao tuan truoc",
    "i sent",
    "my case",
    "my complaint",
    "my report",
    # batch 55: sent for them by a grandchild ("thằng cháu nó gửi giúp bà cái đơn")
    *(f"{verb} {how} {me}" for verb in ("gui", "nop") for how in ("giup", "ho", "dum") for me in SELF_NAMES),
)
# ... and asks where it stands.
STATUS_ASK = (
    # batch 50: "cho mình xem lại mấy cái hồ sơ mình đã gửi bên này với"
    "xem lai may cai",
    "xem lai cac",
    "xem lai ho so",
    "cho minh xem",
    "cho toi xem",
    "cho em xem",
    "show me my",
    "o buoc nao",
    "den buoc nao",
    "toi buoc nao",
    "buoc nao roi",
    "den dau roi",
    "toi dau roi",
    "dang o dau",
    "ra sao roi",
    "gio sao roi",
    "sao roi a",
    "sao roi vay",
    "sao roi ha",
    "the nao roi",
    "da xu ly chua",
    "xu ly chua",
    "giai quyet chua",
    "co ket qua chua",
    "chua thay ai tra loi",
    "chua ai tra loi",
    "chua thay tra loi",
    "chua duoc tra loi",
    "chua co tra loi",
    "chua thay phan hoi",
    "kiem tra giup",
    "kiem tra dum",
    "kiem tra ho",
    "check giup",
    "xem giup",
    "co ai xem chua",
    "ai xem cho",  # "có ai xem cho bà chưa" (batch 44)
    "tien do",
    "what stage",
    "any news",
    "no one has answered",
    "nobody has answered",
    "no reply yet",
    "where my",  # "could you check where my report is at?"
    "any update",
    "update on my",
    "what happened to my",
)
# A new report, however it begins ("tôi muốn khiếu nại việc chậm trả lời"): never a status question.
WANTS_NEW_REPORT = tuple(
    f"{lead} {verb}"
    for lead in ("muon", "xin", "se", "can", "de nghi")
    for verb in ("khieu nai", "to cao", "phan anh", "kien nghi", "gop y")
)
# A code quoted in a message that disagrees with what became of that case: a report about it, never a
# bare look-up.
REOPEN = (
    "mo lai",
    "khong dong y",
    "chua dong y",
    "khong chap nhan",
    "khong dong tinh",
    "xem xet lai",
    "giai quyet lai",
    "khong hai long",
    "chua hai long",
    "reopen",
    "do not agree",
    "don t agree",
    "disagree",
    # batch 41: a case said done that is not ("chưa xong mà báo xong là sao", "có ai xuống sửa đâu")
    "xem lai giup",
    "xem lai dum",
    "chua xong ma",
    "co ai sua dau",
    "co ai xuong sua dau",
    "chua ai sua",
    "van chua sua",
    "still broken",
    "not fixed",
    "nothing was fixed",
    # batch 58: "Tôi chưa thể chấp nhận kết quả này, kính đề nghị phường kiểm tra thực tế và tiếp tục xử lý"
    "chua chap nhan",
    "chua the chap nhan",
    "khong the chap nhan",
    "tiep tuc xu ly",
    "tiep tuc giai quyet",
    "van y nguyen",
    "van nhu cu",
    "kiem tra thuc te",
)
# A question that opens as one ("cho em hỏi ..."): with no problem told, it stays a question however long.
QUESTION_OPENERS = (
    "cho hoi",
    *(f"cho {me} hoi" for me in SELF_NAMES),  # "cho bác hỏi", "cho tui hỏi"
    "by the way",
    "btw",
    "quick question",  # batch 60: "Quick question before I pick one: roughly how many days does the ward need…"
    "tien the",
    "xin hoi",
    "xin phep hoi",  # "Trước khi trình bày tiếp, tôi xin phép hỏi: …"
    "xin duoc hoi",
    "muon hoi",
    "hoi chut",
    "hoi ti",
    "hoi cai da",  # batch 56: "khoan da, hoi cai da: gui khieu nai tren nay thi may ngay…"
    "hoi da",
    "hoi truoc da",
    # a formal letter's "please let us know": "đề nghị Quý cơ quan cho biết: …"
    "xin cho biet",
    "vui long cho biet",
    "de nghi cho biet",
    "co quan cho biet",
    "cho toi biet",
    "cho em biet",
)
# A clause that opens an aside before what it asks ("Before I type all this out, where's the ward office…?",
# "Xin phép hỏi trước: …"): the question is the clause after it.
ASIDE_OPENERS = (
    "before i", "before we", "truoc khi", "xin phep hoi truoc", "cho hoi truoc", "quick one", "one thing",
    "quick question", "a quick question", "just a quick question",
)  # fmt: skip
# ... and told as done: "anh nói chuyện với cán bộ xong rồi" (intents.py)
TALKED_DONE = ("xong roi", "done", "already")
# Whether a person or a machine answers (intents.py): the assistant says what it is, and offers a person.
WHO_ANSWERS = (
    "la nguoi that hay la may", "la nguoi that hay may", "la nguoi hay may", "nguoi hay may", "nguoi that hay may",
    "may hay nguoi", "la may hay nguoi", "co phai may khong", "co phai bot khong", "la bot a", "la may a",
    "may tra loi a", "co phai nguoi that khong", "are you a bot", "are you a real person", "are you human",
    "are you a person", "is this a bot", "am i talking to a bot", "is this automated", "are you a machine",
    # batch 55: "bên này là người thật đang trực hay máy tự trả lời đấy?"
    "nguoi that dang truc hay may", "nguoi dang truc hay may", "hay may tu tra loi", "hay la may tu tra loi",
    # batch 61: "mà cái này là máy tự trả lời hay có ai ở phường đọc tin nhắn thật vậy"
    "la may tu tra loi hay", "may tu tra loi hay co ai", "may tra loi hay co ai",
    "hay chi co may doc", "hay chi may doc",  # batch 62: "… có cán bộ nào đọc thật ko hay chỉ có máy đọc thôi?"
)  # fmt: skip
# Words that say "this is more for my case", not a new matter (bot/free_text.py, after a ticket).
MORE_FOR_THE_CASE = (
    "gui them",
    "bo sung",
    "them thong tin",
    "them anh",
    "van con",
    "van chua",
    "van khong",
    "cap nhat them",
    "noi them",
    "ho so cua toi",
    "more information",
    "still not",
    "them cai nay",
    "them video",
    "them clip",
    "them hinh",  # batch 53: "thêm cái này nữa nha ad", after a video
)
# An answer held back to ask first: "khoan đã, nếu tôi tố cáo thì người kia có biết không?" (asides.py)
HOLD_OPENERS = ("khoan", "khoan da", "khoan khoan", "cho da", "tu tu da", "wait", "hold on", "wait a sec", "hang on")
HOLD_OPENERS += ("ma khoan", "a khoan", "o khoan", "ma khoan da")  # batch 63: "mà khoan, tố cáo như vậy thì…"
# A question asked beside the story, by the way: "btw any good banh mi place…?" (understanding/asides.py).
BY_THE_WAY = ("btw", "by the way", "oh and", "also", "nhan tien", "tien the", "a ma cho hoi", "ma cho hoi")
# A problem told to ask who can help: a question for the ward's base, the words kept for a report.
WHO_CAN_HELP = (
    "who can help",
    "who could help",
    "who should i contact",
    "who do i contact",
    "who can i contact",
    "ai co the giup",
    "ai co the ho tro",
    "ai giup",
    "ai ho tro",
    "lien he ai",
    "hoi ai",
)
# A question: these words, or a question mark.
QUESTION = (
    # batch 50: "à mà có biết cách làm chả cá Lã Vọng không chỉ tôi với"
    "co biet cach",
    "chi toi voi",
    "chi em voi",
    "chi minh voi",
    # who, asked about: "page này ai quản lý vậy", "có việc gấp thì báo ai được"
    "ai quan ly",
    "ai lo",
    "ai giai quyet",
    "ai tra loi",
    "hoi ai",
    "bao ai",
    "goi ai",
    "lien he ai",
    "tim ai",
    "cho hoi",
    "xin hoi",
    "muon hoi",
    "em hoi",
    "hoi ve",
    "hoi la",
    "la gi",
    "khong hay",
    "hay la",
    "o dau",
    "bao nhieu",
    "bao lau",
    "may gio",
    "the nao",
    "lam sao",
    "ai la",
    "ai truc",
    "ai phu trach",
    "co phai",
    "duoc khong",
    "khong a",
    "la so nao",
    "so nao",
    "so may",
    "nhung gi",
    "can gi",
    "giay to gi",
    "bao gio",
    "ngay nao",
    "gi",
    "nao",
    "what",
    "how",
    "where",
    "when",
    "who",
    "which",
    "is there",
    "can i",
    "do i",
    "may ngay",
    "bao nhieu ngay",
    "khieu nai thi",
    "to cao thi",
    "phan anh thi",
    "kien nghi thi",
    "hay phai",
    # the way a report is made, asked on a condition: "tôi sợ bị trả thù nếu tố cáo"
    "neu to cao",
    "neu khieu nai",
    "neu phan anh",
    "neu kien nghi",
    "if i report",
    "if i complain",
    "if i denounce",
    # what the base holds, asked for: "cho xin số điện thoại phường", "xin địa chỉ"
    "xin so",
    "xin sdt",
    "xin dia chi",
    "xin link",
)
# A Vietnamese question ends with one of these (before the polite particles of PARTICLES).
# A question closing a grievance asks nothing: "… vậy online để làm gì".
RHETORICAL_ENDS = ("de lam gi", "lam gi", "de lam chi", "de lam gi vay", "lam gi vay", "de lam gi the")
# Why a question is asked, after it: "cho tôi hỏi số đường dây nóng, vì tôi gõ chậm lắm".
BECAUSE = ("boi vi", "tai vi", "vi", "because", "chu toi con", "chu toi phai", "chu em con", "chu minh con")
# ... "chứ tôi còn đi làm không chờ mãi được" (batch 58), never "chú tôi" alone (my uncle)
# After a question's last word, why it is asked: "... tên là gì để bà bảo cháu vào xem".
# "… không em, tại ban ngày chị bận", "… ở chỗ nào đấy, tôi muốn ra tận nơi"
CLOSING_PARTICLES = ("vay", "the", "nhi", "ha", "a")  # what closes a question spoken aloud, before why
BECAUSE_OPENS = ("tai", "boi", "vi")  # "tại vì", "bởi vì", "vì": why, after the closing particle
HOW_LONG_ASKED = ("bao lau", "bao nhieu lau", "may ngay", "bao nhieu ngay")  # "… thì bao nhiêu lâu …"
# Why it is asked, after the question, in words of their own: "… hotline number in case this chat stops"
# (batch 58), "… bao nhiêu lâu phường mới giải quyết xong chứ tôi còn đi làm" (batch 58)
WHY_ASKED_AFTER = ("in case", "because", "so that", "as i", "since i", "chu toi con", "chu toi phai", "chu em con")
WHY_ASKED = {"de", "vi", "because", "so", "tai", "boi", "muon", "mai"}  # "… ở chỗ nào ấy nhờ, mai tôi đem giấy tờ qua"
QUESTION_ENDINGS = {"khong", "chua", "gi", "nao", "dau", "ai", "sao"}
# Unmarked "may" is "mấy" (how many) or "máy" (a machine): "máy" before these, or after "cái", "chiếc"
# ("cái phiếu số thứ tự ở máy lấy số tự động", batch 54), asks nothing.
MACHINE_AFTER = {"lay", "tinh", "in", "quet", "photo", "chu", "anh", "tram", "phat", "cham", "bam", "xep", "doc", "dem"}
MACHINE_BEFORE = {"cai", "chiec"}
# "à mà", "dạ", "thưa" before a question's opener; after it, "cho em hỏi *trước*", "hỏi *chút*".
QUESTION_LEAD_INS = {"a", "ma", "da", "vang", "thua", "admin", "nhung"}  # "nhưng mà nếu em tố cáo thì…"
QUESTION_OPENER_TAILS = {"truoc", "chut", "ti", "xiu", "cai", "nhe", "nha", "a", "la", "voi"}
PARTICLES = {"a", "nhe", "nha", "vay", "ha", "oi", "admin", "the", "roi"}
# ... or before the name of whom it is asked: "phường có làm thứ bảy ko chị", "... không cháu". Not "cô"
# and "còn" ("không có", "không còn" end statements).
VOCATIVES = {"anh", "chi", "em", "ad", "ban", "bac", "chu", "ong", "ba", "chau", "cau", "me", "shop", "ak", "ah"}
# What the ward's notice answers: a question on these is a question even without a question mark.
QUESTION_TOPICS = (
    "gio lam viec",
    "duong day nong",
    "hotline",
    "dia chi",
    "website",
    "trang web",
    "cong thong tin",
    "thu tuc",
    "giay to",
    "thoi han",
    "truc page",
    "truc trang",
    "so dien thoai",
    "mo cua",
    "tiep cong dan",
    "ngoai gio",
    "link",
    "office hours",
    "cong dich vu cong",
    "bao lau",
    "may ngay",
    "bao nhieu ngay",
    # whether sending costs anything ("gửi phản ánh qua đây có mất phí gì không em?"): asked, not told
    "mat phi",
    "le phi",
    "ton phi",
    "mien phi",
    "co mat tien",
    "phai tra tien",
)
# Saying what happened: a report, even without a category word.
PROBLEM = (
    "loi",
    "hong",
    # someone posing as another: "có số lạ gọi tự xưng cán bộ phường"
    "tu xung",
    "gia danh",
    "mao danh",
    "khong duoc",
    "mat song",
    "yeu",
    "cham",
    "qua han",
    "thu phi",
    "thu tien",
    "lua dao",
    "bi loi",
    "bi lua",
    "bi tu choi",
    "bi dut",
    "bi tru",
    "bi hong",
    "treo",
    "sai",
    "hach dich",
    "gian lan",
    "bao loi",
    "khong ai",
    "khong lam duoc",
    "bat",
    "khong vao duoc",
    "tra ve",
    "tru tien",
    "quat",
    "nhan tien",
    "chua duoc",
    "van chua",
    "bi hack",
    "error",
    "not work",
    "does not work",
    "has not worked",
    "rejected",
    "keeps",
    "broken",
    "can t",
    "cannot",
    "khong co",
    "o nhiem",
    "lan chiem",
    "un tac",
    "boc mui",
    "dut",
    "quay len",
    # "làm ăn kiểu gì vậy" is anger; "không để lại số thì phường trả lời mình kiểu gì" asks how (batch 49)
    "lam an kieu gi",
    "lam viec kieu gi",
    "kieu gi vay",
    "kieu gi the",
    "kieu gi day",
    "kieu gi ha",
    "to qua",
    "danh nhau",
    "problem",
    "khong thong bao",
    "hong man hinh",
    "khong ai nghe",
    "khong dung",
    "khong dat",
    # thrown out of a page or an app: "cứ bấm vào là văng ra trang chủ", "tự thoát ra"
    "vang ra",
    "bi vang",
    "thoat ra",
    "bi out",
)
REPORT_VERBS = (
    "khieu nai",
    "to cao",
    "phan anh",
    "kien nghi",
    "de nghi",
    "de xuat",
    "gop y",
    "report",
    "complaint",
    "complain",
    "suggestion",  # "I would like to send a suggestion about the ward website"
    "petition",
    "bao cao su co",
    "gui don",
    "lam don",
)
# "tôi muốn khiếu nại", "em phản ánh": the citizen says they are reporting, even in a question's form.
FIRST_PERSON_REPORT = tuple(
    f"{who} {verb}"
    for who in ("muon", "toi", "em", "xin", "can", "gui", "minh")
    for verb in ("khieu nai", "to cao", "phan anh", "kien nghi", "gop y", "de nghi")
)
# The ward asked to do something, opening the message: "đề nghị phường mở lớp hướng dẫn…" (batch 50): a
# petition, whatever it names; not "đề nghị phường cho biết…", a question (QUESTION_OPENERS)
WARD_ASKED_TO = tuple(
    f"{verb} {whom}" for verb in ("de nghi", "kien nghi") for whom in ("phuong", "ubnd", "uy ban", "quy co quan")
)
DENUNCIATION = ("to cao", "denounce", "denunciation", "hoi lo", "tham nhung")
# A ward official (a person, not "UBND phường" the body) ...
WARD_OFFICIAL = (
    "can bo",
    "cong chuc",
    "vien chuc",
    "chu tich phuong",
    "pho chu tich",
    "truong phong",
    "pho phong",
    "lanh dao phuong",
    "nhan vien phuong",
    "official",
    "officer",
)
# ... doing what a denunciation is about: taking money, a bribe, harassing for one (a rude manner,
# "hách dịch", is feedback about the service, not this).
OFFICIAL_MISCONDUCT = (
    "nhan tien",
    "doi tien",
    "an tien",
    "voi tien",
    "xin tien",
    "lam tien",
    "thu tien",
    "bat nop",
    "bat dong",
    "hoi lo",
    "phong bi",
    "tham nhung",
    "boi tron",
    "lot tay",
    "tien boi duong",
    "tien ca phe",
    "tien cafe",
    "nhung nhieu",
    "an chia",
    "moc ngoac",
    "bao ke",
    "bribe",
    "took money",
    "takes money",
    "asked for money",
)
COMPLAINT = ("khieu nai", "complaint", "complain", "khong dong y voi", "xem xet lai", "trai quy dinh", "trai phap luat")
PETITION = (
    "kien nghi", "de nghi", "de xuat", "suggest", "suggestion", "petition", "request", "co ho tro gi",
    "proposal", "propose", "y tuong",  # "I have a proposal about innovation support", "em có ý tưởng…"
)  # fmt: skip
FEEDBACK = ("phan anh", "gop y", "report", "feedback", "bao cao su co")
# The formal categories by their legal names only: a question naming one is about it, not the other
# ("đơn khiếu nại gửi qua trang này có hợp lệ không" asks of the complaint's entry, understanding/knowledge.py).
FORMAL_NAMES = {
    "complaint": ("khieu nai", "complaint", "complain"),
    "denunciation": ("to cao", "denounce", "denunciation"),
}
# Words that introduce a report but say nothing of it: what is left decides whether it tells a story.
# A message that only says who is writing and asks to report ("Hello po! I'm a nurse living here in the
# ward. Can I make a report in English? Salamat po."): no story yet, the content step asks for it.
ASKS_TO_REPORT = (
    "submit a suggestion", "make a suggestion", "submit a report", "submit a complaint",
    "can i make a report", "could i make a report", "may i make a report", "can i report", "can i send a report",
    "i would like to make a report", "i d like to make a report", "i want to make a report",
    "co the phan anh", "muon phan anh", "muon gui phan anh", "phan anh duoc khong", "gui phan anh duoc khong",
    # batch 42: "Hi, I need to make a formal complaint. Can we do this in English please?"
    "need to make a formal complaint", "need to make a complaint", "want to make a complaint",
    "like to make a complaint", "want to file a complaint", "need to file a complaint",
    # batch 54: "Hi, I'm renting a flat in the ward and I'd like to send the ward a suggestion"
    "send a suggestion", "send the ward a suggestion", "send the ward a report", "send the ward a complaint",
    "send you a suggestion",  # not "send a report": "Does it cost anything to send a report?" asks the fee
)  # fmt: skip
# Whether the bot speaks English, asked with a greeting and who is writing ("Hello, do you speak English?
# I'm a teacher from Australia and I just moved into the ward."): a greeting, answered in English.
ENGLISH_ASKED = (
    "do you speak english", "can you speak english", "speak english", "can i write in english",
    "is english ok", "english ok", "english please", "in english please", "co noi tieng anh khong",
    "biet tieng anh khong", "noi tieng anh duoc khong", "dung tieng anh duoc khong",
    "ok if i write in english", "okay if i write in english", "write in english", "fine to write in english",
    # ... or Vietnamese said to be beyond them (batch 48: "sorry, I can't read Vietnamese. Can we do this in English?")
    "can we do this in english", "can t read vietnamese", "cannot read vietnamese", "don t read vietnamese",
    "can t speak vietnamese", "don t speak vietnamese", "don t understand vietnamese", "khong biet tieng viet",
)  # fmt: skip
# ... with nothing after the ask but these ("in English", "ở đây được không"): "about the projector" is a story.
ASK_TAIL = {
    "in",
    "english",
    "tieng",
    "anh",
    "viet",
    "here",
    "please",
    "o",
    "day",
    "khong",
    "a",
    "duoc",
    "now",
    "po",
    "ko",
}
SELF_INTRODUCED = (
    "i m a",
    "i am a",
    "i am mr",
    "i am ms",
    "i am mrs",
    "i am the",
    "my name is",
    "toi la",
    "em la",
    "minh la",
    "chau la",
    "toi ten",
    "em ten",
    "i live in",  # batch 46: "Hello, I live in Ai Quoc ward for work, is it ok if I write in English?"
    "i live here",
    "i work in",
)
# ... and goes on to something else: "… and my internet has been down", "… nhưng mạng nhà tôi…".
AND_THEN = ("and my", "and the", "and it", "but my", "but the", "nhung nha", "ma nha", "va nha")
# What the writer says of themselves after their name and a comma, at most this long, holds none of these
# (then someone is doing something: "Tôi là Lan, nhà tôi bị cắt mạng", "I'm Lan, my son was scammed").
APPOSITION_MAX_WORDS = 10
SUBJECT_PRONOUNS = frozenset(
    {"i", "my", "we", "our", "he", "she", "they", "his", "her", "their", "it", "toi", "minh", "chung", "ho", "no"}
)
SIGN_OFFS = (
    "salamat", "salamat po", "thank you", "thanks", "please", "cam on", "good evening", "good morning", "po", "sorry",
)  # fmt: skip
INTRO = {
    "toi",
    "em",
    "minh",
    "anh",
    "chi",
    "admin",
    "oi",
    "chao",
    "xin",
    "muon",
    "can",
    "cho",
    "gui",
    "ve",
    "a",
    "cua",
    "phuong",
    "ban",
    "don",
    "mot",
    "co",
    "i",
    "want",
    "to",
    "would",
    "like",
    "make",
    "the",
    "khieu",
    "nai",
    "cao",
    "phan",
    "kien",
    "nghi",
    "gop",
    "y",
    "de",
    "xuat",
    "report",
    "complaint",
    "uy",
    "nhan",
    "dan",
    "kinh",
    "thua",
    "page",
    "voi",
}
URGENT = (
    "khan cap",
    "cap bach",
    "rat gap",
    "gap lam",
    "nguy hiem",
    "lua dao",
    "mat tien",
    "danh nhau",
    "bi hack",
    "hack",
    "chay",
    "urgent",
    "emergency",
    "ngay lap tuc",
    "trieu",
)
URGENT_MARKED = ("gấp",)
# "dừng" folds as "dung" (right): only the marked spelling cancels ("đúng rồi ạ" agrees).
CANCEL_MARKED = ("dừng", "dừng lại")
# Danger now (understanding/danger.py): the ward's approved safety advice first, the case urgent.
# A fraud in progress: someone asks for what a fraudster asks for ...
SCAM_ASKS = (
    # batch 60: a fake "tổ công tác chuyển đổi số" at the door, "đòi chụp 2 mặt cccd, chụp mặt bà r thu 300k phí
    # kích hoạt định danh"
    "chup 2 mat cccd",
    "chup cccd",
    "chup can cuoc",
    "phi kich hoat",
    "ma otp",
    "otp",
    "ma xac thuc",
    "ma xac nhan",
    "mat khau",
    "cai app",
    "cai ung dung",
    "cai dat ung dung",
    "tai app",
    "tai ung dung",
    "cai phan mem",
    "quet ma qr",
    "chuyen tien",
    "chuyen khoan",
    "so tai khoan",
    "so the",
    "install an app",
    "install the app",
    "the code",
    "password",
    "transfer money",
    # a code read out to them, a link opened, the phone handed over, a fee paid
    "doc ma cho",
    "dua ma cho",
    "gui ma cho",
    "cho no ma",
    "cho ho ma",
    "ma pin",
    "dang nhap vao",
    "teamviewer",
    "anydesk",
    "ultraviewer",
    "dieu khien tu xa",
    "chia se man hinh",
    "quet khuon mat",
    "xac thuc khuon mat",
    "chup can cuoc",
    "chup cccd",
    "so cccd",
    "nop phi",
    "dong phi",
    "nap tien",
    "dat coc",
    "chuyen het",
    "thong tin the",
    "verification code",
    "remote",
    "card details",
    "transferred",
    "send money",
    "install",
    "chuyen toan bo",
    "tai khoan tam giu",
    "tai khoan an toan",
    "control my phone",
    # the phone working by itself, an app opened by no hand: "đt tự bấm tự mở app ngân hàng"
    "tu bam",
    "tu mo app",
    "tu mo ung dung",
    "control the phone",
    "my card number",  # a bank card's, typed into a link; not "a Vietnamese ID card number"
    "the card number",
    "bank card number",
    "credit card number",
    "bank details",
    "sending me a code",
    # the "safe account" of a fake policeman, in English
    "safe account",
    "move all my",
    "move my savings",
    "move my money",
    "transfer my savings",
    "transfer all my",
    # batch 48: money collected door to door, and the elders' phones taken "to set up"
    "dua dien thoai cho ho cai",
    "dua dien thoai cho no cai",
    "thu tien tung nha",
    "thu tien tung ho",
    # batch 55: a face held to a video call "to verify level 2" by a fake policeman
    "quay mat vao camera",
    "quay mat vao may",
    "quet mat",
    "xac thuc bang khuon mat",
)
# ... as a fraudster does: calling, posing as the police or a bank, demanding.
SCAM_WHO = (
    "goi dien",
    "goi cho",
    "nhan tin",
    "xung la",
    "tu xung",
    "nguoi ta bao",
    "tong dai dan",
    "mo khoa tu xa",  # batch 53: a "hotline" stuck on an ATM, a PIN asked for
    "tu gioi thieu la can bo",  # batch 48: "hai người … tự giới thiệu là cán bộ phường, đang đi từng nhà"
    "tu nhan la can bo",
    "mao danh",
    "gia danh",
    "gia lam",
    "bao la",
    "cong an",
    "ngan hang",
    "toa an",
    "vien kiem sat",
    "nguoi la",
    "no doi",
    "ho doi",
    "no bat",
    "ho bat",
    "bat cai",
    "trung thuong",  # "you have won": a prize that asks for a fee first
    "doi ma",
    "doc ma",
    "no bao",
    "ho bao",
    "doc cho no",
    "dua cho no",
    "gui cho no",
    # still on the line, posing as an office people trust (the frauds the police warn of)
    "dang goi",
    "van goi",
    "goi ba",
    "goi me",
    "goi bo",
    "goi toi",
    "so thue",
    "co quan thue",
    "chi cuc thue",
    "dien luc",
    "bao hiem xa hoi",
    "duong link",
    "gui link",
    "yeu cau",
    "co nguoi",
    "nguoi ta goi",
    "mot nguoi",
    "dang nghe may",
    "goi bao",
    "goi video",
    "rua tien",
    "dang giu",
    "nghe may",
    "bi bat",
    "bao lanh",
    "tam giu",
    "xac minh",
    "giuc",
    "dang giuc",
    "nguoi nao do",
    "ai do",
    "so la",
    "qua zalo",
    "tren zalo",
    "qua tin nhan",
    "tin nhan",
    "sms",
    # batch 63: "A text message just said my Vietcombank account will be frozen tonight unless I open a link"
    "text message",
    "will be frozen",
    "open a link",
    "opened the link",
    "qua facebook",
    "nha mang",
    "buu dien",
    "bao hiem",
    "trung thuong",
    "nhan thuong",
    "giam doc",
    "nhan vien",
    "shipper",
    "giao hang",
    "called",
    "calling",
    "police",
    "bank",
    "asked me",
    "asking me",
    "on the phone",
    "on the line",
    "call me",
    "asks my",
    "asks me",
    "asks for my",
    "win prize",
    "won a prize",
    "you won",
    "cuoc goi",
    # a relative "in an accident", a doctor who needs money for surgery: the ransom frauds
    # batch 46: "a bloke who reckons he's from the ward's digital transformation team"
    "reckons he s from",
    "says he s from",
    "says he is from",
    "claims to be from",
    "claiming to be from",
    "pretending to be from",
    "pretends to be from",
    "crypto",
    "unlock",
    "xung bac si",
    "xung la bac si",
    "bi tai nan",
    "mo gap",
    "accident",
    "in hospital",
    "surgery",
    "called my",
    "money laundering",
    "be arrested",
    "arrest warrant",
)
# The verbs of paying a fraudster, before a sum or a fee (danger.py): "bắt ck 500k", "wire 50 million".
TRANSFER_VERBS = ("chuyen", "nop", "gui", "ck", "transfer", "pay", "send", "wire")
# Money being lost now.
MONEY_NOW = (
    "dang bi lua",
    "dang bi tru tien",
    "bi tru tien",
    "tai khoan bi tru",
    "bi rut tien",
    "bi rut het",
    "mat het tien",
    "vua bi mat tien",
    "dang mat tien",
    "bi chuyen mat",
    "bi lay mat tien",
    "bi chiem quyen",
    "chiem quyen tai khoan",
    "vua bi lua",
    "tai khoan bi mat",
    "mat tien trong tai khoan",
    "being scammed",
    "money is being taken",
    # batch 47: "someone's pulling cash off my card at ATMs round town … Still going"
    "pulling cash off my card",
    "pulling cash off",
    "taking money off my card",
    "withdrawing from my card",
    "draining my account",
    "withdrawals i didn t make",
    "charges i didn t make",
    "mat sach tien",
    "bi lua mat",
    "bi lua chuyen",
    "chuyen cho no roi",
    "chuyen cho ho roi",
    "vua chuyen xong",
    "chuyen xong roi",
    "lost money",
    "emptied",
    # money draining as they write, the phone working by itself ("tự chạy như có người điều khiển")
    "dang mat dan",
    "tien dang mat",
    "tai khoan dang mat",
    "nhu co nguoi dieu khien",
    "controlled remotely",
    # ... in English: "money is going out of my account, 3 transfers that I did not make"
    "money is going out",
    "money going out",
    "money is leaving",
    "money leaving my account",
    "transfers i did not make",
    "transfers that i did not make",
    "transfers i didn t make",
    "transactions i did not make",
    "transactions that i did not make",
)
# How much went, however told: "tài khoản mất 30 triệu", "bị trừ 5tr", "mất hết 200k" (danger.py reads
# these with MONEY_NOW).
# A link opened is a fraud only when a stranger sent it (the ward sends links too).
LINK_OPENED = ("bam vao", "an vao", "nhan vao", "vao link", "mo link", "click", "bam link", "an link", "clicked")
STRANGER = (
    "nguoi la", "so la", "co nguoi", "ai do", "nguoi nao do", "gia danh", "mao danh", "xung la", "tu xung", "gia lam",
    "lua dao", "someone", "stranger", "got a text", "a text saying", "tin nhan la", "tin nhan gia",
)  # fmt: skip
# Where money is kept: money gone from one of these is a fraud.
MONEY_KEPT = ("tai khoan", "tk", "the ngan hang", "the atm", "vi dien tu", "momo", "zalopay", "account", "ngan hang")
MONEY_AMOUNT_UNITS = (
    "trieu",
    "tr",
    "nghin",
    "ngan",
    "k",
    "dong",
    "cu",
    "lit",
    "ty",
    "million",
    "thousand",
    "vnd",
    "mil",
)
MONEY_GONE_VERBS = ("mat", "bi tru", "bi rut", "bi lay", "bi chuyen", "tru", "rut")
# The code a fraudster wants, however it is named: "mã 6 số", "cái mã gửi về máy", "mã trong tin nhắn".
CODE_NAMED = (
    "ma tren dien thoai",
    "ma tren may",
    "ma trong dien thoai",
    "so vua nhan",
    "so vua nhan ve",
    "so vua gui",
    "so gui ve",
    "so trong tin nhan",
    "so tin nhan",
    "ma vua nhan",
    "nhan ve may",
    "gui ve may",
    "ma gui ve",
    "ma vua gui",
    "ma ngan hang gui",
    "ma trong tin nhan",
    "ma tin nhan",
    "ma sms",
    "ma kich hoat",
    "ma bao mat",
    "ma dang nhap",
    "ma xac minh",
    # in English: "the 6 digit code they just texted me"
    "digit code",
    "code they texted",
    "code they just texted",
    "code sent to my phone",
    "code i just got",
)
# Told as happening, now or just now ...
DANGER_NOW = (
    "phut",  # "trong 30 phút", a threat's deadline
    "ngay bay gio",
    "gap gap",
    "dang",
    "van",
    "vua",
    "vua moi",
    "gio",
    "bay gio",
    "luc nay",
    "hom nay",
    "sang nay",
    "trua nay",
    "chieu nay",
    "toi nay",
    "dem nay",
    "dem qua",
    "hom qua",
    "roi",
    "xong",
    "now",
    "just",
    "still",
    # batch 58: a cry for help is now: "a/c oi cuu e voi, co 1 acc clone ib doa neu …" (not fear, which a
    # question "nếu … thì phải làm sao, mình sợ quá" tells too)
    "cuu em voi",
    "cuu toi voi",
    "cuu chau voi",
    "cuu minh voi",
    "cuu voi",
)
# Told as heard of, of others ("dạo này nghe nói có người đưa ảnh chuyển khoản giả để lấy hàng rồi đi
# luôn"): the sentence that says it tells nothing happening to the one writing, its "rồi" is "then".
HEARSAY = (
    "nghe noi",
    "nghe nguoi ta noi",
    "nghe moi nguoi noi",
    "thay nguoi ta noi",
    "thay moi nguoi noi",
    "i heard",
    "i ve heard",
    "i have heard",
    "heard that",
)
# ... or heard from people named ("nghe hàng xóm kể có bọn giả danh điện lực…", batch 39): "nghe" before
# one of them and what they told; never "nghe điện thoại nó bảo" (the phone answered, the fraudster speaking).
HEARD_FROM = (
    "hang xom", "nguoi ta", "moi nguoi", "ba con", "ban be", "ban", "dong nghiep", "ho hang", "chi em",
    "may ba", "may chi", "may co", "nha ben", "tren mang", "tren tivi", "tren tv", "tren bao", "tren dai",
)  # fmt: skip
HEARD_TOLD = ("ke", "ke lai", "noi", "bao", "ban", "canh bao", "dan")
# ... as against a question about frauds in general, or one long over.
DANGER_GENERAL = (
    "neu",
    "gia su",
    "lam sao de",
    "lam the nao de",
    "nhan biet",
    "phong tranh",
    "phong chong",
    "canh giac",
    "cach phong",
    "the nao la",
    "nguoi ta hay",
    "thuong hay",
    "tuyen truyen",
    "thi lam sao",
    "thi phai lam sao",
    "thi sao",
    "thi lam gi",
    "co bao gio",  # "ngân hàng có bao giờ gọi hỏi mã OTP không": ever, asked of the rule
    "co khi nao",
    "nen xu ly",
    "xu ly the nao",
    "nen lam gi",
    "khi nhan duoc",
    "khi nguoi dan",
    # what a code is, whether it may be given: asked of the rule, not of a caller waiting
    "la gi",
    "co duoc dua",
    "co duoc doc",
    "co duoc gui",
    "co duoc cho",
    "co nen dua",
    "co nen doc",
    "how to",
    "how can i tell",
    "if someone",
    "what should i do if",
)
# An English question opens so; "report" in it is a noun ("How long does it take to reply to a report?").
ENGLISH_BEFORE_ASKING = ("roughly", "approximately", "about", "so", "and", "just", "also", "but", "then")
ENGLISH_ASKING = {"how", "what", "when", "where", "who", "which", "is", "are", "can", "could", "do", "does", "will"}
# Said outright: nothing is happening to them, whatever else the words say ("just a question, nothing
# happened to me").
NOTHING_HAPPENED = (
    "nothing happened", "nothing has happened", "just a question", "chua bi gi", "khong bi gi", "chi hoi thoi",
    "chi hoi de biet", "hoi de biet thoi", "chua co chuyen gi", "khong co chuyen gi",
    # later, or to warn others: "nếu sau này có ai gọi…", "cô hỏi để còn dặn mấy cụ trong khu"
    "neu sau nay", "sau nay neu", "de dan", "de con dan", "de nhac", "in future", "in the future",
)  # fmt: skip
# Going on with the report, which no cancel says ("thôi để tôi kể thêm", "để em gửi tiếp").
GOING_ON = ("ke them", "noi them", "viet them", "gui tiep", "gui them", "bo sung", "ke tiep", "noi tiep", "tell more")
# The asker's own slowness, said beside a question ("cô gõ chậm, cho cô hỏi…"): no fault of anything.
ASKER_SLOW = ("go cham", "nhan cham", "danh chu cham", "danh cham", "viet cham", "nhan tin cham", "type slowly")
# Whether a way of sending counts ("khiếu nại gửi qua facebook thế này có được tính không hay vẫn phải làm đơn
# ký tên?", batch 39): asked of the report, naming none ("cố tình" folds as "có tính": never alone).
# Whether a matter may be sent here ("sóng 4g yếu thì có được gửi ở đây không", "có nhận phản ánh về chuyện
# mất điện không"): the scope's entry answers; the words told are kept should it become a report.
SENT_HERE_ASKED = (
    "co duoc gui o day", "gui o day duoc khong", "gui o day co duoc", "gui vao day duoc khong", "co nhan phan anh ve",
    "co nhan phan anh chuyen", "page co nhan", "trang nay co nhan", "can i report that here", "can i send that here",
    "page nay co nhan", "hay chi nhan",  # batch 61: "page nay co nhan ca pa ve den duong … ko hay chi nhan may vu …"
)  # fmt: skip
# ... how the asker feels, said after the question ("bà sợ lắm"), and who.
FEELINGS = ("so", "lo", "hoang", "buon", "met", "ngai", "run")
SELF_WORDS_FOLDED = ("ba", "ong", "bac", "co", "chu", "em", "chau", "toi", "minh", "anh", "chi", "tui")
COUNTS_ASKED = (
    "duoc tinh khong", "co duoc tinh", "co hop le khong", "hop le khong", "co gia tri khong", "co duoc chap nhan",
    "co duoc coi la", "co duoc xem la", "does it count", "does this count", "is it valid", "is this valid",
    "gia tri phap ly", "co hieu luc",  # batch 41: "đơn khiếu nại gửi bằng tin nhắn… đã có giá trị pháp lý chưa"
    "giai quyet chinh thuc", "chinh thuc khong",  # batch 42: "… có được giải quyết chính thức không"
    "duoc cong nhan", "co cong nhan",  # batch 45: "khiếu nại bằng tin nhắn … có được công nhận không"
    "duoc tinh la",  # batch 55: "tôi nhắn tin trên này đã được tính là nộp đơn khiếu nại chưa"
)  # fmt: skip
# Whether sending costs anything, asked as a question is opened ("cho e hỏi gửi phản ánh trên page này có mất
# phí j ko ạ, e hs sv ko có nhiều tiền"): what follows is the asker's reason, no problem told.
FEES_ASKED = (
    "mat phi", "ton phi", "le phi", "co mat tien", "phai tra tien", "phai nop tien", "thu phi khong", "co thu phi",
    "cost anything", "any fee", "is it free",
)  # fmt: skip
# What a question asks for, beside a time it names ("hôm nay giá vàng bao nhiêu"): it asks, it answers no "when".
ASKS_WHAT = (
    "bao nhieu", "bao lau", "may ngay", "may gio", "khi nao", "la gi", "the nao", "o dau", "ra sao", "how much",
    "how long",
    "what is", "where is",
)  # fmt: skip
# A question that opens on a condition asks what would happen, it tells nothing that did.
HYPOTHETICAL = ("neu ", "gia su ", "if ")
HYPOTHETICAL_WORDS = tuple(h.strip() for h in HYPOTHETICAL)
# ... but the condition of a threat ("nếu không chuyển 20 triệu thì…") is the fraudster's, told as it is made.
THREAT_CONDITIONS = ("neu khong", "neu ko", "neu k", "neu hong", "neu chua", "if you don t", "if i don t", "unless")
# What now, asked once a danger is told ("giờ em phải làm sao ạ", "lỡ đọc 3 số rồi thì sao"): the advice again.
WHAT_NOW = (
    "lam sao", "lam gi", "thi sao", "the nao", "co sao", "roi sao", "gio sao",  # "có sao không", "làm thế nào"
    "co bi mat", "co mat tien", "co lay duoc",
    "what do i do", "what should i do", "what now", "what can i do", "is that bad", "am i safe", "is it safe",
    "what happens",
    # whom to turn to first: "thế giờ ông phải ra tận ngân hàng hay gọi cho ai trước hả cháu"
    "goi cho ai", "bao cho ai", "goi ai", "bao ai", "ai truoc", "lam gi truoc", "phai ra", "nen ra", "nen goi",
    "who do i call", "who should i call", "should i go", "should i call", "should i ring", "should i contact",
    "who do i contact", "first or the police",
    # batch 44: whether to pay them off, and how to go to the police ("e có nên chuyển cho nó cho xong ko")
    "co nen chuyen", "nen chuyen khong", "co nen tra", "co nen dong", "co nen nop", "should i pay",
    "should i transfer", "bao cong an kieu", "bao cong an the nao", "bao cong an nhu the nao", "bao cong an o dau",
    "trinh bao the nao", "report it to the police",
    # batch 47: "… gọi tổng đài ngân hàng khóa tài khoản có được không hay là phải chạy ra công an"
    "hay la phai", "co duoc khong hay", "hay phai ra",
    # batch 50: the caller rings again: "bác có nghe máy không hay tắt đi", "should I pick up"
    "co nghe may khong", "nghe may khong hay", "hay tat di", "co nen nghe", "nen nghe may", "should i answer",
    "should i pick up", "pick up or",
    "co nen bat", "co nen mo", "co doc khong", "ra ngan hang hay",  # batch 53: "tôi có nên bật đèn cầu thang…"
    "co kip khong", "goi di dau", "hay la goi",  # batch 55: "… chạy ra phòng giao dịch có kịp không hay là gọi đi đâu"
    # batch 57: "thế bà có nên rút cái sim ra không cháu", "… sổ tiết kiệm của bà có bị lấy luôn không"
    "co nen rut", "nen rut", "rut sim", "thao sim", "tat nguon", "co bi lay", "bi lay luon", "co bi rut",
    # batch 56: "có cần ra phường làm đơn không hay là ra công an": where to report it, asked of the fraud
    "hay la ra cong an", "hay ra cong an", "ra cong an khong", "bao cong an khong", "trinh bao khong",
    "co can ra cong an", "co phai ra cong an", "co can bao cong an", "co phai bao cong an",
    "hay bao cong an", "co nen bao",  # batch 58: "e co nen bao bo me ko hay bao cong an luon a"
)  # fmt: skip
# An install the ward guides, not one a stranger asks for (understanding/danger.py): batch 42's petition
# "tại buổi hướng dẫn cài đặt ứng dụng VNeID… có người cầm máy hướng dẫn từng người".
INSTALL_GUIDED = ("huong dan cai dat ung dung", "huong dan cai dat", "huong dan cai", "lop hoc cai dat")
# Frauds named, asked about in general ("làm sao để phòng bị lừa qua điện thoại"): the advice answers.
FRAUD_NAMED = ("lua dao", "bi lua", "lua qua", "lua tien", "scam", "scams", "fraud")
AVOIDING = ("phong", "de phong", "phong tranh", "tranh", "tranh bi", "canh giac", "nhan biet", "avoid", "recognise")
# What still says "now" in a fraud told with a past date ("tháng trước… mà hôm nay nó lại gọi").
# Not "đang" alone: folded, "đăng bài" (to post) is the same.
DANGER_STILL_NOW = (
    "dang bi", "dang goi", "dang doi", "dang bat", "dang chuyen", "dang nghe", "dang cho", "van dang", "vua",
    "bay gio", "hom nay",
)  # fmt: skip
# What a link is called, for LINK_OPENED.
LINK_WORDS = ("link", "duong dan")
DANGER_PAST = (
    "nam ngoai",
    "nam truoc",
    "thang truoc",
    "may thang truoc",
    "tuan truoc",
    "hom truoc",
    "tu lau",
    "da lau",
    "truoc day",
    "hoi truoc",
    "dau nam",
    "last year",
    "last month",
    "months ago",
)
# A payment code swapped for a fraudster's (batch 45: "the QR sticker is fake, money go to other person name").
FAKE_PAYMENT = (
    "qr gia", "ma qr gia", "ma qr bi dan de", "dan de ma qr", "fake qr", "qr is fake", "qr sticker is fake",
    "qr code is fake", "qr code was fake", "qr was fake",
    # batch 59: "somebody put other QR sticker on top my QR code. Customers pay to stranger bank account"
    "qr sticker on top", "sticker on top my qr", "sticker on top of my qr", "other qr sticker", "stranger bank account",
    "dan de len ma qr", "dan ma qr khac",
)  # fmt: skip
# A threat made, of itself no harm named: once a fraud is told, the fraudster's ("nó dọa tắt máy giữa chừng là
# bị phạt", batch 55), and the fraud's advice answers what to do about it.
THREATENED = ("nhan tin doa", "doa se", "no doa", "tui no doa", "bon no doa", "chung no doa", "tin nhan doa")
# People at risk now.
PEOPLE_AT_RISK = (
    # batch 53: gas smelt in a stairwell, a leak nobody has found
    "mui ga",
    "ro ri ga",
    "ro ga",
    "xi ga",
    "gas leak",
    "smell gas",
    "smells of gas",
    "lam hai",
    "giu con",
    "khong thay dau",
    "hong thay dau",
    "khong tim thay",
    "kiem khap",
    "tim khap",
    "di lac",
    "bi lac",
    "lac mat",
    "boc khoi",
    "khoi den",
    "chay roi chay roi",
    "chua ra duoc",
    "ket ben trong",
    "chua xuong duoc",  # still upstairs, the stairs full of smoke
    "khong xuong duoc",
    "khoi mu mit",
    "goi cuu hoa",
    "goi 114",  # the fire brigade called; not "ngõ 114"
    "bao 114",
    "call 114",
    "de doa",
    "bi doa",
    "dang doa",
    "doa tung",
    "tong tien",
    "tung anh",
    "du do",
    "xam hai",
    # loan sharks' threats: "nhắn tin khủng bố", "tạt sơn", "tạt mắm tôm" (not "cho người đến nhà": the ward
    # sends someone home to help the elderly too)
    "khung bo",
    "tat son",
    "tat mam tom",
    "tat chat ban",
    # batch 57: a denouncer's child threatened with acid, men loitering at the lane ("lảng vảng", "lấp ló")
    # batch 63: "còn dọa tối nay cho người đến tận nhà 'nói chuyện'" (a threat; not the ward sending someone)
    "doa toi nay",
    "doa cho nguoi",
    # batch 59: "vừa đập cổng nhà tôi chửi bới, dọa nếu tôi làm đơn lên phường thì đốt nhà"
    "dot nha",
    "dap cong",
    "dap cua nha",
    "tat axit",
    "tat a xit",
    "tat acid",
    "lo vo truoc",
    "dung lo vo",
    "lang vang truoc",
    "mat tich",
    # batch 42: a child gone since last night ("con gái tôi 14 tuổi từ tối qua không về nhà")
    # batch 43: a gas leak next door; a denouncer threatened, watched at his gate
    "mui gas",
    "ro gas",
    "ri gas",
    "gas leak",
    "smell of gas",
    "smells of gas",
    *THREATENED,
    # batch 44: a loan app's collectors ("tụi nó dọa… ghép mặt em vào ảnh nóng rồi gửi cả danh bạ"), a
    # neighbour with a knife at the gate ("cầm dao đứng trước cổng nhà tôi dọa chém"), a cry for help
    "doa chem",
    "doa giet",
    "doa danh",
    "doa dot",
    "cam dao",
    "vac dao",
    "cam hung khi",
    "ghep mat",
    "anh nong",
    "gui danh ba",
    "ca danh ba",
    "cuu e voi",
    "cuu em voi",
    "cuu toi voi",
    "cuu chau voi",
    "cuu minh voi",
    "cuu voi",
    "dap nha",
    "dung rinh",
    "rinh truoc",
    # someone hurt just now: "vừa có ông cụ … vướng vào ngã đập đầu xuống đường" (batch 42)
    "nga dap dau",
    "dap dau xuong",
    "chay mau",
    "ngat xiu",
    "tu toi qua khong ve",
    "tu hom qua khong ve",
    "ca dem khong ve",
    "khong ve nha tu",
    "bo nha di",
    "should have been home",  # batch 60: "my son is 8, he should have been home from school at 4.30"
    "not home yet",
    "isn t home yet",
    "hasn t come home",
    "has not come home",
    "didn t come home",
    "tu tu",
    "tu sat",
    "hen ra gap",
    "chay nha",
    "bi chay",
    "hoa hoan",
    "boc chay",
    "chay lon",
    # "chạy" (run) folds as "cháy" (fire): a fire by what burns, how big, how near
    "lua to",
    "lua lon",
    "lua boc",
    "ngon lua",
    "chay sat nha",
    "chay canh nha",
    "chay ben canh",
    "chay bung",
    "bung chay",
    "chap dien",
    "ro dien",
    "day dien rot",
    "day cap rot",
    "dut day dien",
    "danh nhau",
    "dang danh",
    "bi danh",
    "cap cuu",
    "bi thuong",
    "nguy hiem den tinh mang",
    "doa giet",
    "threatening to kill",
    "threatened to kill",
    "threatens to kill",
    "threatening to hurt",
    "threatened to hurt",
    "going to kill",
    "gonna kill",
    "bat coc",
    "dien giat",
    # an electrical fire about to start: "nghe tiếng nổ lách tách từ trạm sạc", "tóe lửa"
    "no lach tach",
    "no tanh tach",
    "toe lua",
    "tia lua",
    "sparking",
    "burning smell",
    "ngat xiu",
    "cuop",
    "dam nguoi",
    "khoi nhieu",  # not "có cháy": folded, "wifi có chạy không" is the same
    "mac ket",
    "sap do",
    "fire",
    "someone is hurt",
    "injured",
    "fighting",
    # someone hurt in front of them: lying still, bleeding, not breathing
    "nam bat dong",
    "bat tinh",
    "chay nhieu mau",
    "chay mau nhieu",
    "mat nhieu mau",
    "khong tho",
    "bleeding",
    "unconscious",
    "not breathing",
)
# A power line down, told with words between: "cái dây điện của cái loa phát thanh bị đứt rồi rơi xuống
# vũng nước" (understanding/danger.py). Not "dây điện thoại", nor "cáp quang" (the internet is no danger).
WIRE_NOUNS = ("day dien", "day dien cao the", "power line", "live wire", "electric wire", "power cable")
# Any cable hanging across a way at a person's height, with someone caught by it now (batch 39: "cáp viễn thông
# bị đứt rủ xuống ngang mặt đường… vừa có một cháu đi xe đạp bị vướng ngã"): no current, but a throat or a
# fall. A cable that only sags, or is cut off, tells no one at risk.
CABLE_NOUNS = (
    "cap",
    "day cap",
    "cap quang",
    "cap vien thong",
    "day mang",
    "day internet",
    "day thep",
    "day dien",
    "cable",
    "wire",
)
CABLE_HANGING = (
    "ru xuong",
    "vong xuong",
    "sa xuong",
    "chang ngang",
    "vat ngang",
    "ngang co",
    "ngang mat duong",
    "hanging low",
    "across the road",
)
CABLE_CAUGHT = (
    "vuong nga",
    "bi vuong",
    "vuong co",
    "bi nga",
    "nga xe",
    "te xe",
    "bi thuong",
    "cua vao co",
    "tripped",
    "got caught",
    "fell off",
)
WIRE_DOWN = ("bi dut", "dut", "rot", "rot xuong", "roi xuong", "sa xuong", "vang xuong", "down", "fallen", "snapped")
# "gặp" folds the same: only the marked spelling is urgent
ENGLISH = {
    "the",
    "is",
    "my",
    "i",
    "want",
    "to",
    "what",
    "how",
    "do",
    "of",
    "please",
    "thank",
    "thanks",
    "you",
    "hello",
    "hi",
    "with",
    "not",
    "has",
    "for",
    "at",
    "where",
    "can",
    "and",
    "it",
    "are",
    "would",
    "like",
    "an",
    "in",
    "this",
    "that",
    "was",
    "office",
    "hours",
    "number",
    "case",
    "delete",
    "personal",
    "data",
    "cancel",
    "real",
    "person",
    "talk",
    "weeks",
    "ward",
    "file",
    "complaint",
    "report",
    "problem",
    "withdraw",
    "much",
    "status",
    "online",
    "keeps",
    "showing",
    "make",
    "about",
    "who",
    "me",
    "asked",
    "money",
    "there",
    "they",
    "any",
    "your",
    "our",
    "be",
    "have",
    "been",
    "get",
    "got",
    "no",
    "yes",
    "work",
    "free",
    "i'm",
    "living",
    "register",
    "error",
    "website",
    "he",
    "she",
    "his",
    "her",
    "from",
    "will",
    "says",
    "said",
    "saying",
    "now",
    "right",
    "still",
    "unless",
    "something",
    "should",
    "next",
    "minutes",
    "phone",
    "line",
    "police",
    "if",
    "or",
    "but",
    "we",
    "just",
    "when",
    "why",
    "which",
    "today",
    "someone",
    "could",
    "did",
    "does",
    "tell",
}
VIETNAMESE = {
    "toi",
    "khong",
    "la",
    "cua",
    "cho",
    "em",
    "anh",
    "chi",
    "phuong",
    "duoc",
    "co",
    "ve",
    "gi",
    "nao",
    "hoi",
    "xin",
    "cam",
    "on",
    "ho",
    "so",
    "don",
    "roi",
    "minh",
    "ban",
    "oi",
    "chao",
    "nay",
    "thi",
    "ma",
    "da",
    "bi",
    "muon",
    "can",
    "lam",
    "viec",
    "gio",
    "nguoi",
    "dan",
    # batch 61: teen code and particles, no English: "hihi thank ad nhiu nha" is Vietnamese
    "ad",
    "nha",
    "nhe",
    "nhiu",
    "hihi",
    "hehe",
    "ko",
    "dc",
    "ak",
    "ui",
    "thui",
    "nek",
    "ne",
    "vs",
    "mk",
    "bn",
    "lun",
    "oki",
    "voi",
    "di",
}
