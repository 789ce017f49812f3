"""The words each intent is recognised by, folded and with shorthand spelled out (see `normalize`).

Data, not logic: `intents` reads these lists. A phrase matches as whole words. Kept in code (not in a
ward-editable table) because they describe the language, not the ward; the ward's own vocabulary lives
in its tables (fields, synonyms, out-of-scope topics).
"""
GREETING = ("xin chao", "chao", "alo", "hello", "hi", "hey", "co ai khong", "good morning", "chao buoi sang",
            "admin oi", "anh chi oi", "phuong oi")
THANKS = ("cam on", "thanks", "thank you", "thank", "ok", "vang", "da", "duoc roi", "tot qua", "great")
CANCEL = ("huy", "thoi", "dung lai", "dung", "cancel", "stop", "het", "khong muon nua", "khong can nua", "bo di",
          "khong gui nua", "quit", "thoat")
# Words that may surround a short command without changing it ("dạ em cảm ơn ad nhiều ạ").
FILLER = {"admin", "oi", "a", "nhe", "nha", "nhieu", "em", "anh", "chi", "ban", "page", "phuong", "da", "vang",
          "so", "much", "you", "very", "rat", "xin", "toi", "minh", "roi", "ma", "thi", "nhe", "buoi", "sang",
          "chieu", "toi", "ok", "thoi", "khong", "nua", "ca", "nha", "the", "moi", "nguoi", "ah", "ui", "con",
          "gui", "ho", "tro", "giup", "lai", "di", "bo"}
WITHDRAW = ("rut don", "rut lai", "withdraw", "rut phan anh", "rut khieu nai", "rut to cao", "rut ho so",
            "khong muon to cao nua", "khong muon khieu nai nua")
MY_DATA = ("du lieu", "thong tin ca nhan", "personal data", "my data", "xoa so dien thoai", "xoa thong tin",
           "dung so dien thoai cua toi", "so dien thoai cua toi cho", "xoa du lieu")
FORGOT_CODE = ("quen ma", "mat ma", "khong nho ma", "khong biet ma", "forgot my code", "lost my code", "quen mat ma")
OFFICER = ("gap can bo", "noi chuyen voi", "nguoi that", "can bo oi", "goi lai cho toi", "nhan vien truc",
           "real person", "a human", "talk to", "gap nguoi", "lien he voi can bo", "can bo goi lai",
           "gap nhan vien", "gap truc tiep can bo")
LOOKUP = ("tra cuu ho so", "tra cuu don", "tra cuu ma", "tinh trang", "den dau", "toi dau", "thu ly chua",
          "co ai xem chua", "xem lai don",
          "kiem tra ho so", "status", "ho so cua toi", "don cua toi", "ket qua ho so", "xem chua",
          "duoc thu ly chua", "gui bo sung", "bo sung the nao")
# A question: these words, or a question mark.
QUESTION = ("cho hoi", "xin hoi", "muon hoi", "em hoi", "hoi ve", "hoi la", "la gi", "khong hay", "hay la",
            "o dau", "bao nhieu", "bao lau", "may gio", "the nao",
            "lam sao", "ai la", "ai truc", "ai phu trach", "co phai", "duoc khong", "khong a", "la so nao",
            "so nao", "so may", "nhung gi", "can gi", "giay to gi", "bao gio", "ngay nao", "gi", "nao",
            "what", "how", "where", "when", "who", "which", "is there", "can i", "do i", "may ngay",
            "bao nhieu ngay", "khieu nai thi", "to cao thi", "phan anh thi", "kien nghi thi", "hay phai")
# A Vietnamese question ends with one of these (before the polite particles of PARTICLES).
QUESTION_ENDINGS = {"khong", "chua", "gi", "nao", "dau", "ai", "sao"}
PARTICLES = {"a", "nhe", "nha", "vay", "ha", "oi", "admin", "the", "roi"}
# What the ward's notice answers: a question on these is a question even without a question mark.
QUESTION_TOPICS = ("gio lam viec", "duong day nong", "hotline", "dia chi", "website", "trang web",
                   "cong thong tin", "thu tuc", "giay to", "thoi han", "truc page", "truc trang", "so dien thoai",
                   "mo cua", "tiep cong dan", "ngoai gio", "link", "office hours", "cong dich vu cong", "bao lau",
                   "may ngay", "bao nhieu ngay")
# Saying what happened: a report, even without a category word.
PROBLEM = ("loi", "hong", "khong duoc", "mat song", "yeu", "cham", "qua han", "thu phi", "thu tien", "lua dao",
           "bi loi", "bi lua", "bi tu choi", "bi dut", "bi tru", "bi hong", "treo", "sai", "hach dich", "gian lan",
           "bao loi", "khong ai", "khong lam duoc", "bat",
           "khong vao duoc", "tra ve", "tru tien", "quat", "nhan tien", "chua duoc", "van chua", "bi hack",
           "error", "not work", "does not work", "has not worked", "rejected", "keeps", "broken", "can t",
           "cannot", "khong co", "o nhiem", "lan chiem", "un tac", "boc mui", "dut", "quay len", "kieu gi",
           "to qua", "danh nhau", "problem", "khong thong bao", "hong man hinh", "khong ai nghe", "khong dung")
REPORT_VERBS = ("khieu nai", "to cao", "phan anh", "kien nghi", "de nghi", "de xuat", "gop y", "report",
                "complaint", "complain", "bao cao su co", "gui don", "lam don")
# "tôi muốn khiếu nại", "em phản ánh": the citizen says they are reporting, even in a question's form.
FIRST_PERSON_REPORT = tuple(f"{who} {verb}" for who in ("muon", "toi", "em", "xin", "can", "gui", "minh")
                            for verb in ("khieu nai", "to cao", "phan anh", "kien nghi", "gop y", "de nghi"))
DENUNCIATION = ("to cao", "denounce", "denunciation", "hoi lo", "tham nhung")
COMPLAINT = ("khieu nai", "complaint", "complain", "khong dong y voi", "xem xet lai", "trai quy dinh",
             "trai phap luat")
PETITION = ("kien nghi", "de nghi", "de xuat", "suggest", "request",
            "co ho tro gi")
FEEDBACK = ("phan anh", "gop y", "report", "bao cao su co")
# Words that introduce a report but say nothing of it: what is left decides whether it tells a story.
INTRO = {"toi", "em", "minh", "anh", "chi", "admin", "oi", "chao", "xin", "muon", "can", "cho", "gui", "ve",
         "a", "cua", "phuong", "ban", "don", "mot", "co", "i", "want", "to", "would", "like", "make", "the",
         "khieu", "nai", "to", "cao", "phan", "kien", "nghi", "gop", "y", "de", "xuat", "report", "complaint",
         "uy", "ban", "nhan", "dan", "kinh", "thua", "page", "voi"}
URGENT = ("khan cap", "cap bach", "rat gap", "gap lam", "nguy hiem", "lua dao", "mat tien", "danh nhau",
          "bi hack", "hack", "chay", "urgent", "emergency", "ngay lap tuc", "trieu")
URGENT_MARKED = ("gấp",)   # "gặp" folds the same: only the marked spelling is urgent
ENGLISH = {"the", "is", "my", "i", "want", "to", "what", "how", "do", "of", "please", "thank", "thanks",
           "you", "hello", "hi", "with", "not", "has", "for", "at", "where", "can", "and", "it", "are",
           "would", "like", "an", "in", "this", "that", "was", "office", "hours", "number", "case",
           "delete", "personal", "data", "cancel", "real", "person", "talk", "weeks", "ward", "file",
           "complaint", "report", "problem", "withdraw", "much", "status", "online", "keeps", "showing",
           "make", "about", "who", "me", "asked", "money", "there", "they", "any", "your", "our", "be", "have",
           "been", "get", "got", "no", "yes", "work", "free", "i'm", "living", "register", "error", "website"}
VIETNAMESE = {"toi", "khong", "la", "cua", "cho", "em", "anh", "chi", "phuong", "duoc", "co", "ve", "gi",
              "nao", "hoi", "xin", "cam", "on", "ho", "so", "don", "roi", "minh", "ban", "oi", "chao", "nay",
              "thi", "ma", "da", "bi", "muon", "can", "lam", "viec", "gio", "nguoi", "dan"}
