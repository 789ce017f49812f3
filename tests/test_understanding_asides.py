"""What a message says besides the answer of the step on screen (understanding/asides.py), and the
rules under it: wanting a person in any words (understanding/person.py), danger now
(understanding/danger.py), "where is my case" without its code, a code with a disagreement."""

import pytest

from understanding.asides import aside
from understanding.danger import asks_what_now, danger_across, danger_in
from understanding.intents import understand
from understanding.knowledge import answer, approved_entry
from understanding.person import officer_names, wants_person

SETTINGS = {"PAGE_OFFICER": "Ông Vũ Mạnh Tú", "HOTLINE_OFFICER": "Ông Nguyễn Anh Tuấn", "HOTLINE": "0902 231 089"}
GRANDMOTHER = (
    "chau oi ba bi ai goi dien bao la cong an phuong bat cai app gi do vao dien thoai, ba cai roi gio no "
    "doi ma otp. ba phai lam sao"
)


@pytest.mark.parametrize(
    "text",
    [
        "gap nguoi that di",
        "cho e noi chuyen vs nguoi that",
        "cho toi gap lanh dao",
        "Tôi muốn gặp trực tiếp anh Vũ Mạnh Tú",
        "tôi muốn gặp Vũ Mạnh Tú",
        "Xin gặp chủ tịch phường",
        "can I speak to someone",
        "cho gặp chủ tịch",  # "cho" alone leads the request
        "co ai truc khong",
        "nhân viên đâu hết rồi",
        "ko muon noi chuyen voi may",
        "goi can bo ra day",
        "e muốn được tư vấn trực tiếp",
        # batch 35, held out: passed on to a person, and a person named without a verb
        "em chuyển chị qua anh chị cán bộ nói chuyện luôn cho nhanh",
        "pass me to an officer please",
        "chuyển máy cho cán bộ giúp tôi",
        "ad ơi nối máy cho em với cán bộ trực với",
        "actual human?",
        "is there a live person there",
        # batch 39, held out: talking with the duty officer, said as "hỏi chuyện"
        "khoan đã, trước khi gửi cho tôi hỏi chuyện trực tiếp cán bộ trực được không",
        # batch 40, held out: whether a real person is there
        "lam on co ai o phuong that khong, giup toi voi",
        "có ai thật ở đó không",
        # batch 42, held out: handed over to the page officer by name; whoever is on duty
        "Thôi, tôi không muốn khai với máy nữa. Nhờ chuyển giúp tôi sang ông Vũ Mạnh Tú bên Trung tâm Hành chính công",
        "toi can noi chuyen ngay voi nguoi cua phuong, ai dang truc thi tra loi toi voi",
        # batch 43, held out: speaking straight with the chairman; the page officer asked after by name
        "ua sao phai cho sdt nua, e muon noi thang vs chu tich phuong hoac ai co chuc vu ay",
        "Actually, is Mr. Vu Manh Tu around? I'd rather go through this with him directly than fill in a form",
        # batch 46, held out: speaking for an elder, presenting to a leader, passed to an officer by name
        "thoi chau noi giup bac voi mot chu can bo phuong nao do, bac go cham lam",
        "Thôi tôi không khai từng mục nữa. Tôi đề nghị được trình bày trực tiếp với Phó Chủ tịch Hoàng Nam Phong.",
        "Đề nghị cho tôi được trình bày thẳng với đồng chí Chủ tịch UBND phường.",
        "ừ nhờ chuyển cho ông tú bên trung tâm hành chính công hộ tôi cái tôi quen ông ấy rồi",
        # batch 47, held out: a proper chat with someone, not a bot
        "Also, anyone there who speaks English I could have a proper chat with? Not keen on sorting this out with a"
        " bot.",
        # batch 45, held out: Indian English
        "Kindly do the needful and connect me with the concerned officer only, I prefer to discuss with a person.",
        # batch 54, held out: "nói với" whoever is on duty; the machine refused and a person called out
        "cho toi noi voi ai dang truc o phuong luc nay di, nhanh giup toi",
        "KHONG CAN MAY TRA LOI. GOI THANG NGUOI NAO CO TEN TUOI RA DAY",
        "gọi lãnh đạo phường ra đây nói chuyện",
        # batch 55, held out: a real person asked after in capitals, passed to whoever is on duty; a leader
        # by name to contact directly; an officer by name called for a grandmother
        "BAM NUT MAI TOAN RA CAU HOI!!! CO CON NGUOI NAO DANG NGOI DOC TIN NHAN NAY KHONG HAY TOAN MAY??",
        "CHUYEN CHO ONG TRUC HOM NAY DOC DI",
        "thoi khoi dien tiep, viec nay dinh den can bo nen toi chi trinh bay voi lanh dao thoi. nho ad chuyen cho"
        " toi lien lac truc tiep ong Phong pho chu tich phuong",
        "thoi chau goi giup ba cai anh Tu truc trang phuong cho ba hoi truc tiep nhe",
        # batch 56, held out: "cậu" before the officer's name; "ib thẳng" the hotline's officer as "a Tuấn";
        # a call back "ngay"; "nhắn trực tiếp với" the ward's people
        "bac gia roi mat kem. thoi cho bac noi voi cau Tu truc trang cho nhanh",
        "thoi de e ib thang a Tuan ben phong van hoa xh cho le, bot hoi nhieu qua a",
        "bảo cán bộ trực gọi lại ngay cho tôi số 0978 305 166 nhé",
        "chau bam nut nhieu qua roi ma chau ko biet chon cai nao, cho chau nhan truc tiep voi co chu can bo phuong"
        " dc ko a",
        # batch 64, held out: "nói trực tiếp với", and a leader reported to in person
        "khoan, toi muon noi truc tiep voi ong Nguyen Anh Tuan ben phong van hoa xa hoi, ong ay biet toi",
        "Đề nghị được trực tiếp báo cáo sự việc với đồng chí Hoàng Nam Phong, Phó Chủ tịch UBND phường.",
        # batch 59, held out: sarcasm ("còn ai biết thở ko"), "a staff person", a letter's call back asked
        "uh hay lam, bam nut mai moi toi phan minh. phuong minh chac tiet kiem luong nen cho may ngoi truc ha? o do"
        " con ai biet tho ko",
        "I already remove the sticker. But the money is gone? My Vietnamese is not good, can I speak with a staff"
        " person please?",
        "Ngoài ra, kính đề nghị Trợ lý chuyển nội dung trên tới ông Nguyễn Anh Tuấn, chuyên viên Phòng Văn hóa - Xã"
        " hội, để ông trực tiếp liên hệ lại với tôi. Trân trọng.",
    ],
)
def test_wanting_a_person_is_heard_in_any_words(text):
    assert wants_person(text, SETTINGS)
    assert understand(text, settings=SETTINGS).intent == "officer"


@pytest.mark.parametrize(
    "text",
    [
        "cán bộ không cho tôi gặp lãnh đạo",  # what happened, told in a report
        "em cần gấp anh ơi",  # "gấp" (urgent) folds as "gặp" (meet)
        "hôm qua tôi gặp anh cán bộ ở phường",
        "cho xin sdt anh Tu truc page",  # a question for the base
        "cán bộ đó là người thật thà",
        "cán bộ đâu có nghe dân nói",  # "đâu có": never, not "where are they"
        "cán bộ không cho gặp lãnh đạo",
        "họ chuyển tôi qua cán bộ khác mà vẫn không giải quyết",  # passed on, told in a story
        "chuyển cho anh ấy 5 triệu",  # money passed, to no one of the ward
        "tôi đã chuyển hồ sơ cho cán bộ",
        "em chuyen cho chi 200k roi",
        "cho tôi hỏi cán bộ phụ trách là ai",  # a question about the officer, not for them
        "the concerned officer never replied to my report",
        "I talked with a person at the office yesterday and he was rude",
        "tôi đã trình bày với cán bộ nhưng không ai nghe",
        "nhờ chuyển cho cán bộ địa chính bộ hồ sơ này",  # a dossier passed, no person asked for
        "toi da nhan tin thang cho anh tuan roi ma khong ai tra loi",  # batch 56: a message told, already sent
        "can bo da lien he lai voi toi roi",  # batch 59: a call back told done
        "cho em nói với anh là em không đồng ý",  # something to say, to anyone: not the ward's people
        "hôm đó tôi gọi điện ra phường thì không ai nghe",  # a call told, no one called out
        "em gọi giúp chị cái taxi nhé",  # someone called for them, not of the ward
        "co nguoi thu them 200 nghin, chuyen cho ong truc ho so roi",  # a dossier passed on, told
    ],
)
def test_words_that_only_look_like_wanting_a_person(text):
    assert wants_person(text, SETTINGS) is None


def test_the_wards_officers_are_named_from_its_settings():
    assert officer_names(SETTINGS) == ("vu manh tu", "nguyen anh tuan")
    assert officer_names({}) == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (GRANDMOTHER, "scam"),
        ("tai khoan cua toi dang bi tru tien lien tuc", "scam"),
        ("có người xưng là công an gọi bảo chuyển tiền vào tài khoản an toàn", "scam"),
        ("có nhóm thanh niên đánh nhau trước cổng nhà văn hóa", "people"),
        ("app đang chạy thì bị treo", None),  # "chạy" is running, not a fire
        # batch 42, held out: a child gone since last night; a husband late from work is not
        ("con gai toi 14 tuoi tu toi qua khong ve nha, dien thoai tat may, toi lo qua", "people"),
        ("chong toi di lam chua ve nha, chac tang ca", None),
        ("vua co ong cu di xe dap vuong vao nga dap dau xuong duong, nguy hiem lam", "people"),  # someone hurt now
        # batch 43, held out: a gas leak next door; a denouncer threatened and watched (before: no danger)
        ("ad oi cuu e, can ho ben canh tang 5 mui gas bay ra nong nac ca hanh lang, go cua ko ai tra loi", "people"),
        ("no vua nhan tin doa se cho nguoi den dap nha, gio co 2 thang dang dung rinh truoc cong nha toi", "people"),
        ("nam ngoai nha toi bi ro gas", None),
        ("tet nay toi khong ve nha", None),
        # a petition about the ward's own install session is no fraud (batch 42: it was "scam", urgent)
        (
            "tại buổi hướng dẫn cài đặt ứng dụng VNeID ở Nhà văn hoá tổ dân phố 7, loa bị rè, đề nghị phường tổ chức"
            " thêm một buổi, có người cầm máy hướng dẫn từng người",
            None,
        ),
        ("năm ngoái tôi bị lừa mất 5 triệu qua mạng", None),  # a fraud told, not happening now
        (
            "tháng trước có người gọi đòi chuyển tiền phạt nguội, tôi không chuyển, mong phường đăng bài cảnh báo",
            None,
        ),
        ("con oi bo vua bi lua chuyen khoan 50tr, no van dang goi doi chuyen them", "scam"),  # still calling
        ("co nguoi goi toi xung la dien luc bat chuyen tien dong tien dien", "scam"),  # posing as an office
        ("co chay o nha van hoa to 9, khoi nhieu lam, co nguoi gia ben trong!!", "people"),
        ("wifi co chay khong a", None),  # folded, "có chạy" is "có cháy": not a fire
        ("tôi gọi tổng đài điện lực mãi không ai nghe", None),  # an office named, nothing asked of her
        # a code named by its length or where it came, a caller still on the line
        ("no van dang goi, bat doc ma 4 so vua nhan", "scam"),
        ("ong ay bao doc cai ma ngan hang gui ve may", "scam"),
        ("tài khoản ngân hàng của bố tôi vừa bị rút 15tr", "scam"),  # money gone from an account
        ("co so la nhan tin gui link, toi bam vao link roi", "scam"),  # a stranger's link opened
        ("phường gửi link khảo sát qua zalo, tôi bấm vào link không được", None),  # the ward's own link
        ("tôi bị trừ 200k phí dịch vụ công không rõ lý do", None),  # a fee, not an account emptied
        ("tháng trước có người gọi xưng công an bắt chuyển tiền, tôi đã báo rồi", None),  # long over
        ("co nguoi xung nhan vien ngan hang bat doc day 6 so vua nhan ve may", "scam"),
        ("con trai tôi đang bị người lạ trên mạng đe dọa tung ảnh", "people"),
        ("tk cua e vua bi tru 2tr5 sau khi nhap stk vao web la", "scam"),  # a sum as people write it
        ("mẹ tôi đang nghe máy, người ta bảo tôi bị bắt phải nộp tiền bảo lãnh, mẹ định đi chuyển tiền", "scam"),
        ("họ bảo phải chuyển 20 triệu vào tài khoản tạm giữ để xác minh", "scam"),
        ("bác vừa đọc cho họ cái mã trên máy rồi", "scam"),
        ("nhà số 7 đang bốc khói đen, có người kẹt bên trong chưa ra được", "people"),
        ("con bé nhà tôi đi học giờ này chưa về, tìm khắp xóm không thấy", "people"),  # a child missing
        ("làm sao để tránh bị lừa qua mạng vậy ad", "scam"),  # asked in general: the advice answers
        ("ba tôi đang bị người mặc đồ công an gọi video, bắt chuyển hết tiền tiết kiệm", "scam"),
        ("nó gọi bảo đang giữ con tôi, nếu không chuyển 20 triệu trong 15 phút thì làm hại cháu", "scam"),
        # the code named as "số" (the digits just texted), or a part of it read out
        ("người ta xưng ngân hàng bảo ông đọc mấy số vừa gửi về điện thoại", "scam"),
        ("ong lo doc cho thang do 4 so dau roi", "scam"),
        ("tôi đọc số nhà cho cán bộ ghi", None),  # a house number read out is no code
        # a fire told by its flames, without the marks that tell "cháy" from "chạy"
        ("lua boc len ngun ngut o kho ga sau nha", "people"),
        ("chay sat vach nha em, chay sat nha em roi", "people"),
        ("em chay kho qua", None),  # "chạy khó": running, no fire
        # a prize that asks for a fee first, the fee sent as "ck" before its sum
        ("chúc mừng bạn trúng thưởng xe máy, họ bắt ck 300k phí hồ sơ mới giao", "scam"),
        ("vo ck em cai nhau suot", None),  # "ck" with no sum is a husband
        # electricity on fire, cables down; a fraud told in English, with its sum in millions
        ("cot dien truoc nha dang chap dien no lach tach, day dien rot xuong duong", "people"),
        # a line down with words between (batch 35, held out); a fuse, a phone line, the fibre are not
        (
            "em oi cai day dien cua cai loa phat thanh bi dut roi roi xuong vung nuoc cho chi ban ca dang chay xet"
            " xet tre con dung quanh do dong lam em oi cho nguoi ra ngay di khong la chet nguoi",
            "people",
        ),
        ("the live wire is down on the road near the school", "people"),
        ("dây điện nhà tôi cứ bị đứt cầu chì hoài", None),
        ("dây điện thoại nhà tôi bị đứt nên mất sóng", None),
        ("dây cáp quang bị đứt từ hôm qua mất mạng", None),
        # batch 39, held out: a cable hanging across the road at a rider's neck, a child caught by it just now
        (
            "Có đoạn cáp viễn thông bị đứt rủ xuống ngang mặt đường ở đầu ngõ 45 Nguyễn Lương Bằng, thấp ngang cổ"
            " người đi xe máy, vừa có một cháu đi xe đạp bị vướng ngã. Giờ vẫn chưa ai đến xử lý.",
            "people",
        ),
        ("dây cáp mạng võng xuống thấp ở ngõ 5 mất mỹ quan, đề nghị xử lý", None),
        # batch 36, held out: loan sharks' threats, a sum to "wire", money leaving an account, in English
        (
            "chong chi dang bi bon cho vay qua app nhan tin khung bo, goi lien tuc doa neu ko tra 50tr thi no cho"
            " nguoi den nha tat son",
            "people",
        ),
        ("I have to wire 50 million dong to a 'verification account' within the hour, he says he's police", "scam"),
        (
            "My bank keeps texting me, money is going out of my account, 3 transfers in 5 minutes that I did not make",
            "scam",
        ),
        ("đề nghị phường cho người đến nhà hỗ trợ các cụ làm định danh điện tử", None),  # the ward sends help
        ("I'm locked out of my account on the public service portal", None),
        ("a man is threatening to kill my husband over a loan, he is outside now", "people"),
        # batch 37, held out: an electrical fire about to start, told by its sound
        (
            "tôi ngửi thấy mùi khét rất nặng và nghe tiếng nổ lách tách từ trạm sạc, mấy cháu nhỏ chơi bên cạnh",
            "people",
        ),
        ("A man on the phone says he is from the bank and I must transfer 3 million now", "scam"),
        ("I got a text with a link, clicked it and typed my card details, now the bank sends me a code", "scam"),
        ("A man call me, he say I win prize, I must pay 1 million fee now to get it", "scam"),
        ("thằng xưng bác sĩ nói con tôi phải mổ gấp, đòi chuyển 20tr ngay", "scam"),
        (
            "someone called my mother, my brother is in hospital after an accident, they want 5 million transferred",
            "scam",
        ),
        ("He says he is police, I must install an application so he can control my phone right now", "scam"),
        ("đứa tự xưng viện kiểm sát bắt ông chuyển toàn bộ tiền vào tài khoản tạm giữ, ông đang ra ngân hàng", "scam"),
        ("They say I won a prize and must pay a 1 million fee now, the man is still on the phone", "scam"),
        ("số 114 ngõ 113 đường Lê Lợi", None),  # house and lane numbers, no emergency call
        # the code a fraudster wants, in English; smoke and people who cannot get down
        ("a bloke on the phone says he's from the bank, he wants the six digit code they texted me", "scam"),
        ("cháy tầng 2 rồi, khói mù mịt, bà cụ tầng trên không xuống được", "people"),
        ("Can I get a 6 digit code to log in to the portal? It asks for one", None),  # no caller, no demand
        # someone hurt before their eyes: lying still, bleeding, in either language
        ("xe máy đâm vào cụ già đầu ngõ, cụ nằm bất động, chảy nhiều máu, làm sao bây giờ", "people"),
        ("a man fell from the scaffolding next door, he is unconscious, what do I do", "people"),
        # a fee named before its sum
        (
            "A man called me saying I won a voucher, I must send a handling fee of 500 thousand first, he is waiting",
            "scam",
        ),
        ("có người gọi báo con trúng thưởng, bắt nộp trước phí thủ tục 2 triệu, họ đang chờ", "scam"),
        ("Tôi đã nộp lệ phí chứng thực 50 nghìn nhưng cán bộ không đưa biên lai", None),  # a fee paid, no caller
        # a sum written with thousands separators, in English
        ("A woman on the phone says my parcel is stuck, I must pay 1,500,000 VND customs fee now", "scam"),
        ("I paid 500,000 VND for the parking last month, the receipt is wrong", None),
        # the phone working by itself, the money draining as they write
        ("dien thoai tu mo app ngan hang nhu co nguoi dieu khien, tien cu dang mat dan", "scam"),
        ("xe buýt bị điều khiển sai làn, suýt đâm vào người đi bộ", None),  # no phone, no money
        # "cái ứng dụng", marked: the app itself, nobody asked to install it ("cài")
        ("ông đóng tiền nước trên cái ứng dụng mà nó báo lỗi mãi, ông chịu không biết làm sao", None),
        ("con tôi bị tai nạn xe máy hôm qua, camera ngõ không quay được", None),  # an accident told, no ransom
        # a "fee" to be sent first, the sorry of a polite question no problem ("xin lỗi" is no "lỗi")
        (
            "Xin lỗi, có người gọi nói tôi trúng thưởng, phải chuyển trước 2 triệu phí mới nhận, có phải lừa không?",
            "scam",
        ),
        # batch 44, held out: a loan app's threat tonight; a neighbour with a knife at the gate
        (
            "ad oi cuu e voi, e vay tren app co 3tr ma gio tui no doa neu 9h toi nay ko dong 7tr thi no ghep mat e"
            " vao anh nong roi gui ca danh ba voi bo me e",
            "people",
        ),
        ("thang hang xom dang cam dao dung truoc cong nha toi doa chem vi toi lap camera", "people"),
        ("con dao cat rau nha toi bi cun roi", None),  # a knife, nobody holding it at anyone
        # batch 45, held out: a payment QR swapped for a fraudster's, in simple English
        (
            "Today I pay fee by QR at ward counter. My friend say the QR sticker is fake, money go to other person"
            " name. Many people still paying there now",
            "scam",
        ),
        ("cho hỏi nộp lệ phí bằng mã QR ở quầy được không", None),
        # batch 46, held out: Australian English, a crypto "unlock" fee about to be sent
        (
            "My missus got talked into some crypto trading app by a bloke who reckons he's from the ward's digital"
            " transformation team. She's about to send him another 20 mil dong to 'unlock' her account.",
            "scam",
        ),
        ("I sent him the documents last week", None),
        # batch 47, held out: a card being drawn on at ATMs as they write
        (
            "Bank app's pinged me 3 times in the last 10 min, someone's pulling cash off my card at ATMs. Still going",
            "scam",
        ),
        # batch 48, held out: "thứ tự tự động" folds with "tự tử" in it
        ("cô báo việc này cháu nhé, máy lấy số thứ tự tự động chỗ làm thủ tục in ra toàn giấy trắng", None),
        ("may lay so thu tu tu dong hong roi", None),
        ("con tôi đòi tự tử", "people"),
        ("con toi doi tu tu", "people"),
        (  # batch 48, held out: impostors of the ward collecting door to door, still in the lane
            "từ sáng nay có hai người tự giới thiệu là cán bộ phường, đang đi từng nhà thu 150.000 đồng mỗi hộ và đề"
            " nghị các cụ đưa điện thoại cho họ cài đặt, hiện họ vẫn đang ở trong ngõ",
            "scam",
        ),
        ("có người gọi điện cho mỗi hộ mời mua bảo hiểm", None),
        # batch 53, held out: gas smelt in a stairwell; a "hotline" stuck on an ATM asking for the PIN
        ("phuong oi cau thang bo tang 5 nha CT2 chung cu boc mui ga nong nac tu nay toi gio", "people"),
        (
            "ong vua bi cay atm nuot mat the, ong goi so tong dai dan tren cay thi nguoi ta bao doc so the voi ma pin"
            " de mo khoa tu xa",
            "scam",
        ),
        # batch 63, held out: a phishing text in English, the link opened; a denouncer threatened for tonight
        (
            "A text message just said my Vietcombank account will be frozen tonight unless I open a link and confirm"
            " with the OTP. I opened the link but haven't typed anything. What do I do now?",
            "scam",
        ),
        (
            "ma toi dang run lam, vua nay anh ta nhan tin cho toi bao biet toi dinh to cao, con doa toi nay cho nguoi"
            " den tan nha 'noi chuyen'",
            "people",
        ),
        ("phuong co cho nguoi den tan nha huong dan nguoi gia khong", None),  # the ward's help, no threat
        # batch 62, held out: a wife's account debited twice and still being debited
        (
            "khoan da, vo toi vua bao tai khoan vietcombank cua co ay bi tru 2 lan moi lan 9 trieu 8 ma co ay khong"
            " he chuyen, van dang bao tru tiep",
            "scam",
        ),
        # batch 60, held out: a fake "tổ công tác" in grandma's house photographing her ID for a fee; a boy of 8
        # not home, in English
        (
            "khoan da a, e dang dien do thi co 2 nguoi deo the xung la to cong tac chuyen doi so cua phuong vao nha"
            " ba noi e, doi chup 2 mat cccd, chup mat ba r thu 300k phi kich hoat dinh danh muc 2, ho van dang ngoi"
            " trong nha",
            "scam",
        ),
        (
            "hi, my son is 8, he should have been home from school at 4.30 and it's nearly 7pm now. his smartwatch"
            " shows no location",
            "people",
        ),
        # batch 59, held out: a denouncer's gate beaten and his house threatened with fire; a café's QR code
        # covered with a fraudster's, told in simple English
        (
            "troi oi ong Thang vua dap cong nha toi chui boi, doa neu toi lam don len phuong thi dot nha, vo con toi"
            " dang khoa cua trong nha",
            "people",
        ),
        (
            "Today somebody put other QR sticker on top my QR code. Customers pay to stranger bank account from"
            " morning, maybe 10 people already!",
            "scam",
        ),
        # batch 58, held out: a cry for help, a threat with its condition ("dọa nếu … thì nó sẽ tới tận nhà chém")
        (
            "a/c oi cuu e voi, co 1 acc clone ib doa neu e ko go bai review quan tra sua thi no se toi tan nha e"
            " chem e, no con gui ca anh chup cong nha e nua, e so qua ko dam di hoc",
            "people",
        ),
        # batch 57, held out: a denouncer's child threatened with acid by message, men lurking at the lane
        (
            "toi vua nhan tin nhan doa neu toi dam to cao thi se cho nguoi tat axit vo con toi, gio co may thang la"
            " dung lo vo truoc ngo nha toi, toi so lam",
            "people",
        ),
        # batch 55, held out: a face held to a fake policeman's video call "to verify level 2"
        (
            "a/c oi cuu bo e voi!! bo e dang goi video vs 1 ng mac ao cong an xung la CA phuong Ai Quoc, bat bo e quay"
            " mat vao camera de 'xac thuc muc 2' ko thi khoa tk ngan hang",
            "scam",
        ),
    ],
)
def test_danger_now_is_told_apart(text, kind):
    assert danger_in(text) == kind


@pytest.mark.parametrize(
    ("before", "text", "kind"),
    [
        (
            "có đứa gọi bảo con trai tôi đâm xe đang nằm viện",
            "bảo chuyển ngay 50 triệu tiền mổ, không thì nguy",
            "scam",
        ),
        (None, "bảo chuyển ngay 50 triệu tiền mổ, không thì nguy", None),  # nothing before: no caller named
        ("Nguyễn Thị Hạnh", "bảo chuyển ngay 50 triệu tiền mổ, không thì nguy", None),
        ("con tôi bị tai nạn xe máy hôm qua", "camera ngõ không quay được", None),  # an accident, no ransom
        (GRANDMOTHER, "Trần Thị Mận", None),  # danger already told in one message: answered then
        # an app in the story, "by message" in the request for a person after it: no demand, no fraud
        (
            "phần mềm điểm danh của trường bắt phụ huynh cài app và khai số căn cước, không nói để làm gì",
            "cho tôi gặp trực tiếp cô hiệu phó, trao đổi qua tin nhắn mãi không rõ",
            None,
        ),
    ],
)
def test_danger_told_over_two_messages(before, text, kind):
    assert danger_across(before, text) == kind


@pytest.mark.parametrize(
    ("text", "now"),
    [
        (GRANDMOTHER, True),
        ("co nguoi xung la cong an goi bao chuyen tien vao tai khoan an toan", True),
        ("mẹ tôi bấm vào link người lạ gửi rồi, giờ tài khoản mất 30 triệu, phải làm sao", True),
        ("có người gọi đòi OTP thì làm sao?", False),  # asked in general: the advice answers, nothing urgent
        ("nếu ai gọi xưng ngân hàng bắt đọc mã otp thì có đọc không", False),
        ("làm sao để tránh bị lừa qua mạng vậy ad", False),
        ("nó gọi bảo đang giữ con tôi, nếu không chuyển 20 triệu trong 15 phút thì làm hại cháu", True),
        ("họ đang gọi đòi mã OTP thì làm sao?", True),  # "đang": happening
        # what a code is, whether it may be given: asked of the rule, no caller waiting
        ("cho hỏi mã OTP ngân hàng gửi về là gì, có được đưa cho người khác không", False),
        ("Xin hỏi khi nhận được cuộc gọi đòi mã OTP thì nên xử lý thế nào?", False),
        ("Only asking, nothing has happened: if a caller asks for my OTP, should I give it?", False),
        ("cho hỏi ngân hàng có bao giờ gọi điện hỏi mã OTP không", False),  # "bao giờ": ever, not now
        ("cho hỏi thôi, chưa bị gì: nếu có người gọi đòi mã OTP thì sao", False),
        # later, or to warn others, however "rồi" reads
        ("Nếu sau này có người gọi xưng công an rồi bắt đọc mã OTP thì xử lý sao? Tôi hỏi để dặn bố mẹ.", False),
        # batch 37, held out: the same in teen code
        (
            "ad oi cho e hoi xiu, neu co ng nhan tin bao e trung thuong r doi ma otp thi e lm j z? e hoi truoc thui"
            " chu e khum bi j dau ik",
            False,
        ),
        # batch 36, held out: "em hỏi trước" (asked beforehand) folds as "hồi trước" (formerly): no past
        (
            "hi ad, cho em hỏi chút, nếu có số lạ gọi tự xưng bên ngân hàng rồi xin mã OTP thì mình nên làm gì ạ? "
            "em hỏi trước cho biết thôi, chưa có chuyện gì đâu ạ",
            False,
        ),
        # batch 38, held out: heard of, happening to others; its "rồi" is "then" (before: urgent)
        (
            "Cho chị hỏi chút, chị bán hàng ngoài chợ, dạo này nghe nói có người đưa ảnh chuyển khoản giả để lấy"
            " hàng rồi đi luôn. Nếu gặp thì mình nhận biết và xử lý thế nào, phường có hướng dẫn gì không em?",
            False,
        ),
        # batch 39, held out: heard from the neighbours; a condition asked about, its "rồi" is "then"
        (
            "Dạo này nghe hàng xóm kể có bọn giả danh điện lực gọi điện đòi tiền điện rồi bắt cài app, phường mình"
            " có khuyến cáo gì không ạ, nhà tôi chưa bị nhưng lo quá",
            False,
        ),
        ("cho minh hoi chut, neu co ai goi dien xung ngan hang roi doi ma OTP thi minh nen lam the nao a?", False),
        # ... a threat's condition is the fraudster's, and what follows a condition is told as it is
        ("nó gọi bảo đang giữ con tôi, nếu không chuyển 20 triệu trong 15 phút thì làm hại cháu", True),
        ("bà đọc mã OTP cho nó rồi, nếu nó rút tiền thì sao", True),
        ("nghe hàng xóm kể có bọn giả danh, giờ nó đang gọi tôi đòi mã OTP", True),
        # ... but what happens to the one writing, in a sentence of its own, is happening
        ("nghe nói có người giả công an gọi lừa, bà vừa bị nó bắt chuyển 5 triệu rồi", True),
        ("I heard scammers pretend to be police. One is calling me now and asking for my OTP!", True),
        # heard of, with nothing asked in general, is no question: what is told is what is happening
        ("có người giả công an gọi bắt chuyển tiền, nghe nói bà hàng xóm chuyển rồi, giờ phải làm sao", True),
    ],
)
def test_danger_told_as_happening_is_told_from_a_question_about_it(text, now):
    found = understand(text)
    assert found.danger == "scam" and found.danger_now is now


@pytest.mark.parametrize(
    ("text", "now"),
    [
        # batch 58, held out: a cry for help is now, though the threat it tells has its condition
        ("a/c oi cuu e voi, co 1 acc clone ib doa neu e ko go bai thi no se toi tan nha e chem e", True),
        ("neu co ai doa giet minh thi phai lam sao, minh so qua", False),  # fear asked of, no cry for help
    ],
)
def test_a_cry_for_help_is_danger_now(text, now):
    found = understand(text)
    assert found.danger == "people" and found.danger_now is now


def test_the_grandmothers_message_is_danger_and_her_story(db):
    found = understand(GRANDMOTHER, kb=db, settings=SETTINGS)
    assert found.danger == "scam" and found.intent == "report" and found.is_story


def test_her_follow_up_is_answered_from_the_safety_entry(db):
    entry = answer(db, "ba co dua ma otp cho no khong", settings=SETTINGS)
    assert entry["key"] == "danger_scam" and "OTP" in entry["answer"] and "113" in entry["answer"]


def test_the_safety_advice_is_an_approved_entry_the_ward_can_unapprove(db):
    entry = approved_entry(db, "danger_scam", settings=SETTINGS)
    assert "0902 231 089" in entry["answer"] and "{HOTLINE}" in entry["template"] and entry["answer_en"]
    db.execute("UPDATE knowledge_entries SET approved = 0 WHERE key = 'danger_scam'")
    assert approved_entry(db, "danger_scam", settings=SETTINGS) is None


@pytest.mark.parametrize(
    "text",
    [
        "Đơn khiếu nại của tôi gửi từ tháng trước giờ đang ở bước nào rồi?",
        "toi gui phan anh hom thu 2 roi ma chua thay ai tra loi, kiem tra giup toi voi",
        "ho so e vua gui gio sao roi a",  # batch 39, held out: before, a question with no answer
        "chau oi cai viec ba bao hom truoc co ai xem cho ba chua, ba cho mai",  # batch 44, held out
        # batch 40, held out: before, "more for that case, or a new matter?"
        "Sorry, I closed the chat and now I can't find the number you gave me. Could you check where my report is at?",
        "any update on my report?",
    ],
)
def test_where_is_my_case_without_its_code_lists_the_own_cases(text):
    found = understand(text)
    assert (found.intent, found.own_cases, found.code) == ("lookup", True, None)


def test_a_new_complaint_about_slowness_is_no_status_question():
    found = understand("tôi gửi phản ánh 2 tháng rồi chưa ai trả lời, nay tôi muốn khiếu nại việc chậm trễ này")
    assert found.intent == "report"


def test_whether_a_person_answers_and_who_reads_are_both_answered(db):
    """Batch 59, held out: "ad là người thật hay máy trả lời tự động vậy, tin nhắn này rốt cuộc ai đọc?":
    what answers is told, and who reads from the base (the page's officer)."""
    found = understand("ma khoan, ad la nguoi that hay may tra loi tu dong vay, tin nhan nay rot cuoc ai doc?", kb=db)
    assert found.intent == "greeting" and found.faq["key"] == "page_officer"


def test_a_machine_or_someone_at_the_ward_reading_is_answered_with_who_reads(db):
    """Batch 61, held out: one clause asks both; the page's officer answers who reads."""
    found = understand("ma cai nay la may tu tra loi hay co ai o phuong doc tin nhan that vay", kb=db)
    assert found.intent == "greeting" and found.faq["key"] == "page_officer"


def test_whether_an_officer_or_only_the_machine_reads_is_answered_with_who_reads(db):
    found = understand("ma khoan, tin nhan minh gui vao day co can bo nao doc that ko hay chi co may doc thoi?", kb=db)
    assert found.intent == "greeting" and found.faq["key"] == "page_officer"  # batch 62, held out


def test_a_formal_letter_refusing_the_result_with_its_code_is_a_report():
    """Batch 58, held out: "Tôi chưa thể chấp nhận kết quả này, … tiếp tục xử lý" was a bare look-up."""
    found = understand(
        "Kính gửi UBND phường Ái Quốc. Hồ sơ AQ-2026-00001 của tôi được báo là đã giải quyết xong, nhưng sự việc"
        " vẫn y nguyên. Tôi chưa thể chấp nhận kết quả này, kính đề nghị phường kiểm tra thực tế và tiếp tục xử lý."
    )
    assert found.intent == "report" and found.code == "AQ-2026-00001"


def test_a_code_with_a_disagreement_is_a_report_about_that_case():
    found = understand(
        "Tôi đã nhận được trả lời cho hồ sơ mã AQ-2026-00113 nhưng cán bộ đã đóng hồ sơ. Tôi không đồng ý "
        "việc đóng hồ sơ như vậy, đề nghị mở lại"
    )
    assert (found.intent, found.code, found.is_story, found.category) == ("report", "AQ-2026-00113", True, "complaint")
    assert understand("AQ-2026-00113 giải quyết đến đâu rồi ạ").intent == "lookup"  # a bare look-up stays one


def test_a_code_said_done_that_is_not_is_a_report_though_it_asks():
    """Batch 41, held out: asked ("báo xong là sao"), yet about the case; before, a bare look-up."""
    found = understand(
        "o sao ho so AQ-2026-00001 bao xong roi?? chieu nay e qua nha van hoa may van khoa nguyen, co ai xuong "
        "sua dau. xem lai giup e voi, chua xong ma bao xong la sao"
    )
    assert (found.intent, found.code) == ("report", "AQ-2026-00001")


def test_a_code_quoted_inside_a_story_is_the_storys():
    story = (
        "Tôi đã gửi hồ sơ AQ-2026-09999 từ tháng trước nhưng đến nay wifi ở nhà văn hóa tổ 2 vẫn mất sóng, "
        "đề nghị phường kiểm tra"
    )
    found = understand(story)
    assert (found.intent, found.code, found.is_story) == ("report", "AQ-2026-09999", True)


@pytest.mark.parametrize(
    "text",
    [
        "ad oi cho e hoi wifi mien phi o nha van hoa pass la j v",
        "Hello, I can't log in to the public service portal with my foreign passport, who can help?",
    ],
)
def test_a_first_message_that_is_a_question_is_not_a_report(text, db):
    assert understand(text, kb=db, settings=SETTINGS).intent == "question"


def test_a_problem_told_to_ask_who_can_help_keeps_its_words():
    found = understand("Hello, I can't log in to the public service portal with my foreign passport, who can help?")
    assert found.is_story  # for a report, should the citizen make one: never asked to tell it again


@pytest.mark.parametrize(
    ("text", "expects", "kind"),
    [
        ("gap nguoi that di", "tap", "officer"),
        ("cho e noi chuyen vs nguoi that", "words", "officer"),
        ("what are your office hours?", "tap", "question"),
        ("what are your office hours?", "story", "question"),  # short, and the base answers it
        ("ad oi cho e hoi wifi mien phi o nha van hoa pass la j v", "tap", "question"),  # answered honestly: none
        ("AQ-2026-00002", "words", "lookup"),
        ("ok e cam on", "tap", "thanks"),
        ("wifi ở nhà văn hóa tổ 5 mất sóng cả tuần nay rồi", "tap", "story"),
        (GRANDMOTHER, "words", "danger"),
        ("thôi không gửi nữa", "words", "cancel"),
        ("thôi hủy đi, để mai tôi gửi", "story", "cancel"),  # cancel with a reason, while telling the story
        ("thôi, không gửi nữa đâu", "words", "cancel"),  # "đâu" here is no question
        ("thoi de luc khac", "contact", "cancel"),
        ("không làm nữa", "tap", "cancel"),
        ("tôi đổi ý rồi", "words", "cancel"),
        ("dừng", "story", "cancel"),  # marked: "dừng", never "đúng"
        ("thoi khoi gui", "contact", "cancel"),
        ("stop, I don't want to send it", "story", "cancel"),
        ("thứ 7 phường có làm việc ko", "contact", "question"),  # no name or address ends in "không"
        ("phường ở đâu vậy", "story", "question"),
        ("nếu có ai gọi đòi mã otp thì nên làm gì", "words", "danger"),  # asked in general: the advice only
        ("thôi dừng lại k báo nữa", "words", "cancel"),
        ("thứ bảy có ai trực không ạ", "contact", "question"),  # office hours, not a person wanted now
        ("cho tôi hỏi trực tiếp cán bộ đi", "tap", "officer"),
        ("gửi xong thì bao lâu mới có trả lời hả cháu", "contact", "question"),  # 11 words, the base answers
        ("ngoài giờ hành chính mà có việc gấp thì báo ai được ạ", "contact", "question"),
        ("page này ai quản lý vậy", "tap", "question"),
        ("đừng gửi nữa, tôi đổi ý", "story", "cancel"),  # "dung" unmarked is "đừng" here
        ("dẹp đi hông gửi nữa đâu", "contact", "cancel"),  # southern words
        ("tôi không muốn báo cáo việc này nữa", "tap", "cancel"),
        ("cho e ib truc tiep vs admin that", "tap", "officer"),
        ("Cho tôi xin hủy phản ánh này, tôi không gửi nữa", "contact", "cancel"),
        ("e bam nham, huy giup e nha", "story", "cancel"),
        (
            "co ai o phuong truc ko, cho bac gap 1 nguoi de noi cho nhanh, bac gia roi go chu ko quen",
            "contact",
            "officer",
        ),
        ("thoi ket noi tui voi nhan vien di", "contact", "officer"),
        ("neu em to cao thi co bi lo danh tinh khong a", "contact", "question"),  # asked on a condition
        ("khi len phuong thi can mang theo giay to gi", "contact", "question"),
        (
            "Kính gửi cán bộ, tôi tuổi đã cao không rành bấm điện thoại lắm, xin được nói chuyện trực tiếp với cán bộ "
            "phụ trách ạ",
            "contact",
            "officer",
        ),  # a long polite request that closes the message
        # a request that opens or closes a long message; a call back asked for
        ("em không biết viết sao cho đúng nữa, cho em gặp cán bộ được không", "story", "officer"),
        (
            "Tôi đề nghị được làm việc với lãnh đạo phường về việc chậm cấp chữ ký số cho hộ kinh doanh",
            "words",
            "officer",
        ),
        ("bác không rành mấy cái nút này đâu, có ai gọi lại cho bác được không", "tap", "officer"),
        # a question opened as one, however long, where a name or the story is awaited
        ("cho tôi hỏi nếu muốn tố cáo thì cần mang những giấy tờ gì lên phường", "contact", "question"),
        ("à mà cho em hỏi thứ bảy phường có làm việc không ạ", "story", "question"),
        # cancel with the grandmother's words around it
        ("thôi bác không gửi nữa đâu cháu ơi", "story", "cancel"),
        ("xóa hết đi, không phản ánh nữa", "words", "cancel"),
        ("ho dang goi doi ma otp thi lam sao", "story", "danger"),  # happening, though asked
        # a question closed by the name of whom it is asked ("... ko chị", "... không cháu")
        ("sang chu nhat ben phuong co lam viec ko anh", "tap", "question"),
        ("le quoc khanh phuong co nghi khong chi", "words", "question"),
        ("so hotline la so may vay em", "contact", "question"),
        # a civil servant of the ward is a person wanted
        ("cho bac noi chuyen voi cong chuc phuong cho nhanh", "contact", "officer"),
        # cancel with a reason of its own words, in any tone
        ("THÔI HỦY ĐI, KHÔNG LÀM NỮA, TỐN CÔNG QUÁ", "contact", "cancel"),
        ("de sau nhe em, bay gio chi ban lam", "contact", "cancel"),
        ("Tôi không gửi đơn này nữa, xin lỗi phường", "tap", "cancel"),
        ("thoi de mai toi ra phuong noi truc tiep cho nhanh, khong gui qua day nua", "words", "cancel"),  # batch 51
        ("Oops, wrong button. Please cancel, I don't want to send this", "tap", "cancel"),
        # a person in English words inside Vietnamese ones
        ("em muon talk voi 1 ban staff that, bot hoi nhieu qua", "words", "officer"),
        # a question beside why it is asked, or after a "by the way"
        ("phường làm việc thứ bảy không ạ, ngày thường em đi làm không xin nghỉ được", "tap", "question"),
        ("Btw what time does the office close?", "words", "question"),
        ("web phường tên là gì vậy chú để cháu vào xem", "contact", "question"),
        (
            "anh ơi nếu ngoài giờ hành chính em gọi vào đường dây nóng của phường thì có ai nghe máy không anh",
            "contact",
            "question",
        ),
        ("à cho em hỏi số điện thoại của anh Tuấn chuyên viên văn hóa là số nào ạ?", "story", "question"),
        # a formal letter asking to cancel this very request, however long
        ("Sau khi suy xét kỹ, tôi xin phép hủy yêu cầu này, tôi sẽ đến trụ sở nộp đơn trực tiếp.", "words", "cancel"),
        # a request for a person in a sentence of its own, after another; the officer by given name
        (
            "Trước khi ghi tên, tôi đề nghị được làm việc trực tiếp với ông Vũ Mạnh Tú, không qua máy.",
            "contact",
            "officer",
        ),
        ("khoan đã, cho em gặp anh Tú trực page được không", "tap", "officer"),
        ("Tôi xin phép được gặp trực tiếp lãnh đạo phường ạ.", "tap", "officer"),
        # questions past the short: a hotline asked with a particle, two questions in English
        ("cho hỏi thêm là số đường dây nóng phường mình là số mấy vậy em", "words", "question"),
        ("Before I go on: who reads these messages? Is someone in charge of this page?", "contact", "question"),
        # a sentence that only cancels, beside another that says why
        ("thôi bỏ đi cháu, để mai bà bảo con gái bà nhắn giúp, không gửi nữa", "story", "cancel"),
        ("Hủy giùm em yêu cầu này với", "tap", "cancel"),  # "yêu cầu" (a request) is no "yếu" (weak)
        # "nc với" (nói chuyện với) after "cho a" (anh)
        ("cho a nc voi can bo phuong dc ko, go mai met qua", "words", "officer"),
        # a question and why it is asked, however long, in the story
        ("mà chị ơi phường làm việc mấy giờ vậy, để mai tôi tranh thủ ra tận nơi hỏi cho rõ", "story", "question"),
        # asked what the page takes: the ward's work named, no report being made
        ("Cho hỏi trang này có tiếp nhận kiến nghị về những việc gì ạ?", "tap", "question"),
        # a polite "later", long; a rude cancel; a request after "mong được"; a weekend asked in short
        ("Dạ thôi, em xin phép để sau ạ, hôm nay em chưa tiện, khi nào rảnh em sẽ nhắn lại ạ.", "contact", "cancel"),
        ("DEO GUI NUA, phien qua", "tap", "cancel"),
        ("Tôi rất mong được gặp trực tiếp ông Vũ Mạnh Tú để trình bày.", "tap", "officer"),
        ("cn phuong co ng truc ko ad", "tap", "question"),
        # cancel words opening a run-on with no commas, then why
        ("thôi để sau nhé em hủy giùm chị cái này chị đang bế con", "words", "cancel"),
        ("Excuse me, could I speak to a real human being please?", "contact", "officer"),
        # a question clause, then something else: with "?" at the end, or opening the message
        ("Sorry to interrupt - is the ward office open on Sundays?", "words", "question"),
        ("phuong lam viec may h vay, sang e di lam r", "tap", "question"),
        ("dạ ad ơi cho e hỏi thứ bảy phường có làm việc ko ạ, tuần này e bận", "story", "question"),
        # a draft asked to be cancelled through the assistant; a question opening, then the asker's day
        ("Tôi chưa muốn gửi lúc này, nhờ trợ lý hủy bản nháp này giúp tôi.", "tap", "cancel"),
        ("phường làm từ mấy giờ đến mấy giờ vậy cháu, bà đi chợ về mới lên được", "story", "question"),
        # a long question ending with "?"; a question opening the second sentence
        ("CHỦ NHẬT NÀY PHƯỜNG CÓ LÀM VIỆC KHÔNG HAY LÀ PHẢI ĐỢI ĐẾN THỨ HAI TUẦN SAU?", "tap", "question"),
        (
            "Trước khi ghi tiếp, cho tôi hỏi: ai trực trang Facebook này, số điện thoại của đồng chí ấy là gì?",
            "words",
            "question",
        ),
        ("Before I agree - what are the working hours of the ward office?", "tap", "question"),
        # in English: a person by title and name, a question whose "report" is a noun
        ("Could I speak with Mr. Tu who runs this page? I would rather tell a person.", "story", "officer"),
        ("How many days does the ward usually need to reply to a report?", "contact", "question"),
        # a role named is no report being made; the fault a reason is the asker's
        ("Cho tôi hỏi: tên người tố cáo có được giữ kín không? Tôi sợ bị trù dập.", "words", "question"),
        ("cho tôi hỏi số đường dây nóng là số nào, vì tôi nhắn chậm lắm", "words", "question"),
        # a formal withdrawal, its sentence of cancel beside another asking to drop what was written
        ("Tôi quyết định không gửi phản ánh này nữa. Đề nghị hủy toàn bộ nội dung tôi đã viết.", "tap", "cancel"),
        ("thôi để sau nhé, giờ tôi không nhớ số nhà, hôm khác tôi gửi lại", "contact", "cancel"),
        ("Actually never mind, cancel it please. I will call the ward instead.", "contact", "cancel"),
        ("cho em hỏi buổi tối phường có nhận tin báo không chị, tại ban ngày em đi làm", "tap", "question"),
        ("Nhân tiện xin hỏi, đường dây nóng nghe máy vào những ngày nào trong tuần?", "story", "question"),
        ("dạ cho em gặp cán bộ phụ trách được không ạ\nem muốn hỏi trước khi ghi tên", "contact", "officer"),  # "dạ"
        ("aiya cancel lah, I don't want to submit anymore, my boss will help", "contact", "cancel"),
        ("btw ward office open on sunday or not? weekday I busy one", "tap", "question"),
        ("tao không gửi nữa, hỏi gì mà hỏi lắm thế, thôi bỏ đi", "contact", "cancel"),  # rude, then why
        ("Tôi không gửi phản ánh này nữa, đề nghị hủy toàn bộ nội dung đã nhập.", "tap", "cancel"),
        ("Đề nghị chuyển việc này cho cán bộ để tôi trao đổi, không qua trợ lý tự động.", "story", "officer"),
        ("bac oi trang nay nhan phan anh ve nhung viec gi the bac", "contact", "question"),  # a question word last
        # a person asked for in Australian or British English
        ("Mate, I'd rather have a yarn with someone from the ward office, a real officer.", "tap", "officer"),
        ("Could I have a word with Mr Tu please?", "words", "officer"),
        # a long formal withdrawal of what is being written, with why
        (
            "Sau khi suy nghĩ kỹ, tôi quyết định sẽ trực tiếp đến trụ sở phường để trình bày với cán bộ tiếp dân,"
            " do đó đề nghị hủy bỏ toàn bộ nội dung đang soạn trên trang này.",
            "tap",
            "cancel",
        ),
        # a formal letter's question: "đề nghị Quý cơ quan cho biết", "người bị tố cáo" a role named
        (
            "Trước khi nêu tên người bị tố cáo, đề nghị Quý cơ quan cho biết: người tố cáo có được giữ kín"
            " danh tính không?",
            "words",
            "question",
        ),
        # the asker's own slow typing is no fault: the question beside it is asked
        ("bac go cham lam, cho bac hoi so duong day nong la so nao", "tap", "question"),
        # opened as a question, its question word not last: the clause that asks, answered
        (
            "cho bác hỏi chủ nhật phường có tiếp nhận phản ánh không cháu, bác bận trông cháu cả tuần",
            "tap",
            "question",
        ),
        # a withdrawal closed with thanks: the courtesy is no reason, and no thanks only
        ("Em xin phép tạm dừng ạ, không gửi phản ánh này nữa, cảm ơn ad.", "contact", "cancel"),
        ("cảm ơn nhé, thôi không gửi nữa", "tap", "cancel"),
        # a foreigner's English without "to", an officer by title and full name; thanks to an elder's "bác"
        ("i want talk with Mr Vu Manh Tu, he runs this page", "tap", "officer"),
        ("I want speak with Ms Vu Manh Tu please", "words", "officer"),
        ("cám ơn bác nhiều", "tap", "thanks"),
        # batch 34, held out: British English, a hypothetical asked after its opener, money draining now
        ("Look, could I just have a quick word with an actual person at the ward office?", "tap", "officer"),
        ("Actually mate, scrap the whole thing, I'd rather not send it after all.", "tap", "cancel"),
        (
            "Dạ cho em hỏi trước, nếu em tố cáo thì tên và thông tin của em có được giữ bí mật không ạ?",
            "tap",
            "question",
        ),
        (
            "A bloke's on my other phone right now saying he's from the police, says my bank account is tied to "
            "money laundering and I have to move all my savings to a 'safe account' today. He's still on the line.",
            "tap",
            "danger",
        ),
        ("tiền trong tk đang bị trừ dần luôn c phải làm sao", "story", "danger"),
        ("c cài rồi giờ đt tự bấm tự mở app ngân hàng", "story", "danger"),
        # batch 37, held out: a person wanted, beside "thôi không kể với bot nữa"; a code asked about mid-story
        ("thui khum ke vs bot nua dau, cho e nch vs ng that dc khum z", "story", "officer"),
        ("À khoan, hồ sơ AQ-2026-00001 tôi gửi hôm qua đã có ai xem chưa?", "story", "lookup"),
        ("ok c cảm ơn e nhé", "tap", "thanks"),
        # batch 36, held out: a question after "before I type all this out", a petition's wait at the name step
        (
            "Before I type all this out, where's the ward office actually located? Might be easier to just walk over.",
            "story",
            "question",
        ),
        (
            "Xin phép hỏi trước: kiến nghị của nhà trường thì sau bao lâu phường sẽ có văn bản trả lời?",
            "contact",
            "question",
        ),
        # batch 35, held out: passed on to an officer at the phone step, the consent's data asked at it
        (
            "thôi em ơi chị bầu 8 tháng ngồi lâu mệt lắm, em chuyển chị qua anh chị cán bộ nói chuyện luôn",
            "contact",
            "officer",
        ),
        (
            "Trước khi bấm đồng ý, tôi xin được hỏi rõ: họ tên, số điện thoại và địa chỉ của tôi sẽ được lưu ở "
            "đâu, dùng vào mục đích gì và những ai được xem? Tôi có quyền yêu cầu xoá không?",
            "tap",
            "question",
        ),
        # batch 40, held out: a greeting with a laugh at the category, a story told where the field is tapped,
        # an uncle's thanks at the name step
        ("e chao ad a hihi", "tap", "thanks"),
        (
            "e la hs lop 11, cai web nop bai tap cua truong dang nhap bang tai khoan dinh danh ma cu bam vao la "
            "vang ra trang chu a, ca lop e bi chu ko rieng e",
            "tap",
            "story",
        ),
        ("uh bac cam on chau nhieu nhe", "contact", "thanks"),
        # batch 47, held out: asked, then why ("không, cô muốn…" is no "không có"); a plan, then what it needs;
        # a question between two sentences of English; a letter that closes on a question (the letter kept)
        (
            "Cho cô hỏi thêm, thứ Bảy bộ phận tiếp dân của phường có làm việc không, cô muốn mang bản đề án in sẵn"
            " lên nộp tận tay.",
            "story",
            "question",
        ),
        ("ong tat may roi. mai ong ra tan phuong trinh bay, phuong lam viec tu may gio chau", "story", "question"),
        (
            "Righto, rang the bank, card's frozen now. What hours is your office open? Reckon I'll pop in and make a"
            " proper report.",
            "story",
            "question",
        ),
        (
            "Kính gửi: Ủy ban nhân dân phường Ái Quốc.\nTôi tên là Đỗ Thị Hằng, cán bộ nghỉ hưu, hiện làm tổ trưởng"
            " tổ phụ nữ. Tôi kính đề nghị Ủy ban bố trí cán bộ hướng dẫn định kỳ và in tài liệu hướng dẫn bằng"
            " hình ảnh. Nhân đây, tôi xin hỏi: kiến nghị gửi qua trang này thì sau bao lâu được phường trả lời?",
            "story",
            "question",
        ),
        # batch 46, held out: a fee asked in its first clause; asked after the act ("tố cáo thế này thì …"), then
        # a feeling; an off-topic question asked by the way, mid-story
        ("ma gui cai nay co ton phi ko ad, e hs ko co tien dau =))", "story", "question"),
        ("ma chau oi bac to cao the nay thi no co biet ten bac ko, bac so no den nha lam", "place", "question"),
        ("btw any good banh mi place near the ward office? haha", "story", "question"),
        # batch 45, held out: asked mid-story, whether a complaint by message counts; who sees the phone
        (
            "cho tôi hỏi là khiếu nại bằng tin nhắn trên facebook như thế này thì có được công nhận không hay là tôi"
            " phải lên tận phường nộp đơn",
            "story",
            "question",
        ),
        (
            "Before I go on, two things: who gets to see my phone number, and can I ask you to delete my data later?",
            "story",
            "question",
        ),
        # batch 45, held out: anger at the hotline at the address question, no address in it
        (
            "TOI DA GOI DUONG DAY NONG CA BUOI SANG NAY CHUC MAY CUOC KHONG MOT AI NHAC MAY!!! GIO CON BAT TOI KHAI"
            " DIA CHI NUA, PHUC VU DAN KIEU GI VAY???",
            "contact",
            "story",
        ),
        # batch 44, held out: a question on a condition after "nhưng mà", at the accused (before: the accused);
        # a long question of a grandmother the base answers, at where-and-when (before: the place)
        ("nhung ma neu e to cao thi nguoi do co biet ten e khong a, e so bi gay kho de lam", "words", "question"),
        (
            "khoan, cho toi hoi truoc: neu toi khai ten that thi nguoi bi to co biet la toi to ho khong?",
            "words",
            "question",
        ),
        ("chau oi the ba gui cai nay len thi bao nhieu lau moi co nguoi tra loi cho ba ha chau", "place", "question"),
        # batch 44, held out: a question the base cannot answer, typed at where-and-when (before: the answer)
        ("à tiện hỏi luôn hnay giá vàng 9999 bao nhiêu 1 chỉ thế", "place", "question"),
        # batch 44, held out: anger at the hotline typed at where-and-when, its "8H SÁNG" the calls' time
        (
            "CAC NGUOI LAM AN KIEU GI VAY, TOI GOI SO 0902231089 TU 8H SANG DEN GIO 20 CUOC KHONG AI NHAC MAY???",
            "place",
            "story",
        ),
        # batch 41, held out: more of the story typed at where-and-when; office hours asked with why, mid-story
        ("lan nay ma van khong ai xu ly thi toi gui len thang thanh pho", "place", "story"),
        ("À cháu ơi phường làm việc đến mấy giờ chiều để cô qua tận nơi nói thêm?", "story", "question"),
        # "giấy tờ qua" is papers brought over, not "to quá" (too loud)
        (
            "À mà trụ sở phường mình ở số mấy đường nào nhỉ, mai tôi tiện đường mang giấy tờ qua luôn",
            "place",
            "question",
        ),
        # batch 42, held out: whether a matter may be sent here, asked in the story, is answered (its words kept)
        (
            "Ad ơi cho hỏi phường có nhận phản ánh về việc nhà mạng kéo cáp quang làm ẩu không hay chỉ nhận việc"
            " của phường thôi?",
            "story",
            "question",
        ),
        # batch 42, held out: a question after "Quick question before I go on:", a hotline's story at where-and-when
        (
            "Quick question before I go on: how many days does the ward have to accept and then resolve a complaint?",
            "place",
            "question",
        ),
        (
            "so 0902.231.089 ghi tren thong bao 252 toi goi 6 cuoc lien khong ai nghe, trong khi thong bao ghi ro la"
            " tiep nhan trong gio hanh chinh",
            "place",
            "story",
        ),
        # batch 48, held out: the answer held back to ask first, a reason after the question
        (
            "khoan da, neu toi to cao thi nguoi kia co biet la toi to khong? toi o gan nha ho so bi gay kho de",
            "words",
            "question",
        ),
        ("Xin cảm ơn, tôi đã rõ.", "place", "thanks"),
        # batch 49, held out: the act asked about after "cho tôi hỏi"; a price asked by the way, up or down
        (
            "Trước khi trả lời mục này, cho tôi hỏi: khiếu nại bằng tin nhắn như thế này đã có giá trị chưa, hay tôi"
            " vẫn phải làm đơn giấy có chữ ký?",
            "tap",
            "question",
        ),
        ("a ma ban oi gia xang ron 95 tuan nay tang hay giam the", "place", "question"),
        # batch 50, held out: a question after "Sorry, one thing first:", a reason after it; a recipe at a choice
        (
            "Sorry, one thing first: is anybody at the ward office on a public holiday like 2 September, or on a"
            " Saturday morning? I work on weekdays.",
            "place",
            "question",
        ),
        ("a ma co biet cach lam cha ca la vong khong chi toi voi", "tap", "question"),
        # batch 51, held out: asked whether a person answers; a question at the address that gives none
        ("ma chau la nguoi that hay la may tra loi the chau", "story", "thanks"),
        (
            "nha toi o xa, vay co can bo xuong tan nha xem khong hay toi phai tu mang do len phuong?",
            "contact",
            "question",
        ),
        (
            "ma chu nhat phuong co ai tra loi khong chau, ba chi ranh ngay chu nhat thoi",
            "contact",
            "question",
        ),  # batch 53
        ("ừ cho tôi hỏi cái kiến nghị là như thế nào khác với phản ánh ở chỗ nào", "tap", "question"),
        # batch 54, held out: the hour asked first, why after it; an "if … then … không" held to ask first
        ("the may gio phuong lam viec de ong mang may len tan noi cho nhanh", "tap", "question"),
        (
            "khoan đã, nếu e khai ra thì người ta có biết là e tố không, hàng xóm với nhau cả, e sợ bị trù dập lắm",
            "words",
            "question",
        ),
        # batch 55, held out: the reply time asked of "bot"; a cancel in capitals
        # with its reason; a person asked whether they answer; whether a message counts; the writer's phone
        ("à mà khoảng bao nhiêu ngày thì bên mình trả lời vậy bot", "story", "question"),
        ("THÔI DẸP, HỦY HẾT ĐI, HỎI GÌ MÀ LẮM THẾ", "contact", "cancel"),
        ("khoan đã, bên này là người thật đang trực hay máy tự trả lời đấy? nói thật đi", "tap", "thanks"),
        (
            "Cho tôi hỏi, tôi nhắn tin trên này đã được tính là nộp đơn khiếu nại chưa, hay vẫn phải viết đơn giấy"
            " mang lên phường?",
            "words",
            "question",
        ),
        ("À ghi luôn số của tôi là 0978442315, cán bộ cần gì thì gọi", "words", "story"),
        ("ma gui xong thi bn ngay moi co ng rep z a", "story", "question"),
        # batch 64, held out: how long the data is kept, asked at the consent
        ("thông tin cá nhân của chú thì phường giữ trong bao lâu, có đưa cho bên nào khác không", "tap", "question"),
        # batch 63, held out: "mà khoan," holds it too, and "… thì … không" asks without a "?"
        (
            "ma khoan, to cao nhu vay thi nguoi bi to co biet duoc ai la nguoi to khong, toi so bi tru dap",
            "words",
            "question",
        ),
        # batch 62, held out: "khoan đã ad," holds the answer to ask first, "ad" whom it is said to
        (
            "khoan da ad, neu e khai ten nguoi do ra thi nguoi ta co biet la e to cao ko? e so lam",
            "words",
            "question",
        ),
        # batch 61, held out: what the page takes, in teen code ("pa" for phản ánh), in the story
        (
            "ma ad oi page nay co nhan ca pa ve den duong bi hong ko hay chi nhan may vu cong nghe thui",
            "story",
            "question",
        ),
        # batch 60, held out: "Quick question" opens one, "roughly" before its question word
        (
            "Quick question before I pick one: roughly how many days does the ward need to reply to a suggestion?",
            "tap",
            "question",
        ),
        # batch 59, held out: a phone, then a question about it, at the phone step; two questions at the
        # denounced's step, neither of them the base's
        ("0912345678 nhe, ma so nay co bi dua len mang hay chuyen cho ai khac ko vay", "contact", "question"),
        ("người đó sẽ bị phạt bao nhiêu tiền vậy, có bắt trả lại tiền cho dân không", "words", "question"),
        # batch 58, held out: "cái đơn khiếu nại này thì bao nhiêu lâu…", why after it ("chứ tôi còn đi làm");
        # who reads what is typed here, asked in the complaint; what the page takes, in English, at a choice
        (
            "ờ mà cho tôi hỏi luôn là cái đơn khiếu nại này thì bao nhiêu lâu phường mới giải quyết xong chứ tôi"
            " còn đi làm không chờ mãi được",
            "words",
            "question",
        ),
        ("thế những tin tôi nhắn ở đây thì ai đọc là máy đọc hay là có cán bộ xem không", "words", "question"),
        (
            "Sorry, English please. Before I choose anything: what kind of issues does this page actually deal with?",
            "tap",
            "question",
        ),
        # batch 57, held out: what follows the act, asked where ("tố cáo ở đây thì…"), at the denounced's step;
        # a lawyer "giỏi về khiếu nại" asked for, the act only a topic
        ("ma to cao o day thi nguoi bi to cao co biet ten toi khong?", "words", "question"),
        (
            "tien cho toi hoi, o Hai Phong co luat su nao gioi ve khieu nai hanh chinh khong, gioi thieu cho toi"
            " mot nguoi",
            "words",
            "question",
        ),
        # batch 56, held out: "hỏi cái đã" opens a question in the story, however long it goes on after
        (
            "khoan da, hoi cai da: gui khieu nai tren nay thi may ngay phuong moi tra loi? toi di lam o KCN ca"
            " ngay ko len phuong duoc",
            "story",
            "question",
        ),
        # ... and "máy lấy số" is a machine, no "mấy" that asks: the story at the category, not the hours
        (
            "chau oi day la cai phieu so thu tu o may lay so tu dong ngoai bo phan mot cua day, muc in mo qua ba ko"
            " doc duoc so may, ba ngoi cho ca buoi ma ko biet den luot minh chua",
            "tap",
            "story",
        ),
    ],
)
def test_asides_at_a_step(db, text, expects, kind):
    found = aside(text, expects, kb=db, settings=SETTINGS)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize(
    ("text", "expects"),
    [
        ("xong", "story"),  # finishing the story, not cancelling it
        ("hết", "story"),
        ("Trần Thị Lan", "words"),
        ("số 5 ngõ 8 đường Nguyễn Lương Bằng", "words"),
        ("sáng 20/11 ở nhà văn hóa tổ 3", "words"),
        # a story that holds a question's words stays the story
        ("tôi đã xin gặp lãnh đạo phường nhiều lần nhưng đều bị từ chối không rõ lý do", "story"),
        ("AQ-2026-00002", "code"),  # the look-up step reads its codes itself
        ("hôm qua wifi hỏng, mã AQ-2026-00009 của ai đó dán trên cửa, không ai sửa cả", "story"),
        ("em chưa gửi được ảnh vì mạng yếu", "story"),  # "chưa gửi": no cancel
        ("thôi thì mai tôi gửi ảnh bổ sung", "story"),  # "thôi thì": well then, no cancel
        ("thôi để tôi kể thêm", "story"),
        ("đúng rồi ạ", "words"),
        ("tôi đã đổi ý, muốn khiếu nại thay vì phản ánh", "story"),
        ("Nguyễn Thu Hà", "contact"),
        ("tôi muốn phản ánh là tôi đã xin gặp lãnh đạo phường nhưng cán bộ bảo về chờ", "story"),  # told
        ("cho hỏi sao wifi nhà văn hóa mất sóng cả tuần mà không ai sửa?", "story"),  # a complaint asked
        ("camera hỏng rồi, không làm nữa", "story"),  # "không làm nữa" of a broken thing: no cancel
        ("đề nghị phường bố trí người hỗ trợ người già làm định danh điện tử", "story"),  # proposed, not wanted
        ("web phường không vào được?", "words"),  # a problem, asked: the answer
        ("phường đã hủy hồ sơ này của tôi mà không báo", "story"),  # a cancel told, not asked
        ("lịch tiêm phường hủy", "story"),  # "hủy" closing a statement
        ("hủy lịch tiêm của con tôi rồi", "story"),  # "hủy" opening a statement
        ("đề nghị hủy bỏ quyết định xử phạt số 12 của phường", "story"),  # a complaint's request, no cancel
        ("Đề nghị phường bố trí cán bộ hỗ trợ trực tiếp cho các cụ già làm thủ tục", "story"),  # proposed
        ("phường không tiếp nhận phản ánh của tôi mà không nói lý do", "story"),
        ("I'd rather not send my phone number", "contact"),  # declining the phone, not the report
        ("bằng lái của tôi đang bị trừ điểm sai", "story"),  # points off a licence, no money draining
        ("tiền điện tháng này bị trừ vào tài khoản 2 lần", "story"),  # a bill charged twice: a report
        # where and when, answered, however much of the problem comes with it
        ("tại bộ phận một cửa, sáng thứ hai tuần trước cán bộ không tiếp nhận hồ sơ của tôi", "place"),
        ("o nha em, tu hom qua den gio van khong vao duoc mang", "place"),
        ("Bộ phận một cửa, gần số 9 ngõ Hoa Sữa", "place"),
        ("o khu vui choi canh ho dieu hoa, toi nao cung bi. a sdt e 0388 615 272 co j a/c goi e nhe", "place"),
        ("hình như hôm qua thì phải?", "place"),  # an answer, unsure, not a question
        ("ở nhà văn hóa tổ 5 phải không nhỉ?", "place"),
        ("khoan, ông Trần Văn Bình, cán bộ địa chính", "words"),  # held back, then the answer: no question
        ("ông Trần Văn Bình cán bộ địa chính, sđt 0912345678", "words"),  # the one complained of, his phone
        ("hinh nhu hom qua hay hom kia nhi", "place"),  # unsure between two days: an answer
        (  # batch 50, held out: the story typed at where and when, a proposal to the ward
            "de nghi phuong mo lop huong dan nguoi cao tuoi dung tri tue nhan tao de tra cuu thu tuc hanh chinh",
            "words",
        ),
    ],
)
def test_answers_are_left_to_the_step(db, text, expects):
    assert aside(text, expects, kb=db, settings=SETTINGS) is None


def test_a_statement_on_a_topic_of_the_base_is_the_story_not_a_question(db):
    assert aside("Trang web phường bị giả mạo", "story", kb=db, settings=SETTINGS) is None
    assert aside("trang web của phường là gì?", "story", kb=db, settings=SETTINGS).kind == "question"


def test_whom_to_turn_to_first_asks_what_now_after_a_danger():
    """Batch 41: an elder's "ra tận ngân hàng hay gọi cho ai trước" after his money began draining was
    filed silently as more of the story."""
    assert asks_what_now("the gio ong phai ra tan ngan hang hay goi cho ai truoc hả chau")
    assert asks_what_now("Should I ring the bank first or the police? I only have my laptop now")  # batch 42
    assert not asks_what_now("ong da goi ngan hang roi")
    assert asks_what_now("e co nen chuyen cho no cho xong ko ad, e con dung 2tr thoi")  # batch 44
    assert asks_what_now("vay e bao cong an kieu j, e ko dam len don 1 minh")
    assert asks_what_now(  # batch 47
        "thế bây giờ tôi bảo vợ tôi gọi tổng đài ngân hàng khóa tài khoản lại có được không hay là phải chạy ra công an"
    )
    assert asks_what_now("no lai dang goi lai kia chau, bac co nghe may khong hay tat di")  # batch 50: it rings again
    assert asks_what_now("gio toi co nen bat den cau thang len de xem khong")  # batch 53: after a gas smell


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # batch 41, held out: a question on a condition after a sentence that opens it (before: a report)
        (
            "Hello, quick question before I report anything. If I report a ward employee who asked me for cash"
            " to speed up my work permit papers, will he be told my name?",
            "how_to_denounce",
        ),
        # whether a matter may be sent here is the scope's, however it is named (before: nothing answered)
        (
            "cho hỏi trang này có nhận kiến nghị về hoạt động khoa học cho trẻ con không hay chỉ nhận phản ánh"
            " về mạng internet thôi ạ",
            "scope",
        ),
        # batch 42, held out: voice-to-text with what the writer says between the question and why
        (
            "alo cho tôi hỏi số điện thoại đường dây nóng của phường mình là số nào ấy nhờ tôi để quên mất cái tờ"
            " thông báo rồi",
            "hotline",
        ),
        ("thế còn trụ sở ủy ban phường nằm ở chỗ nào đấy tôi muốn ra tận nơi nộp giấy tờ", "address"),
        # whether it costs, opened as a question, with the asker's reason after it (before: kept as a story)
        ("ad oi cho e hoi gui phan anh tren page nay co mat phi j ko a, e hs sv ko co nhiu tien 😅", "fees"),
        # whether one sent by Facebook is dealt with officially, "bắt buộc" no fault (before: a story)
        (
            "Kính gửi Ủy ban nhân dân phường Ái Quốc. Trước khi gửi đơn, tôi xin được hỏi: khiếu nại gửi qua tin"
            " nhắn Facebook có được giải quyết chính thức không, hay tôi bắt buộc phải nộp đơn có chữ ký tại"
            " phường? Trân trọng cảm ơn.",
            "how_to_complain",
        ),
        (
            "Xin cho tôi hỏi thêm: kể từ khi phường nhận được đơn thì sau bao nhiêu ngày đơn khiếu nại được thụ lý ạ?",
            "deadlines",
        ),
        # asked after "à mà": not a story for its length, and nothing the base answers
        ("à mà phường có biết chỗ nào sửa ti vi uy tín gần đây không", None),
        # batch 43, held out (m035 for the hours): before, a report, and nothing answered
        (
            "Hello, I'm a Korean teacher renting an apartment in Ai Quoc ward. Do I need to pay any fee to send a"
            " complaint through this page?",
            "fees",
        ),
        ("What time does the ward office close on Fridays?", "office_hours"),
        ("ma cho toi hoi, to cao xong thi nguoi bi to cao co biet ten toi ko", "how_to_denounce"),  # asks how
        (  # batch 55, held out: the ward's phone asked for ("cho bà xin số"), with no question word
            "chau oi ba gia roi mat kem, nhin may cai nut ba khong biet bam cai nao. chau cho ba xin so dien thoai"
            " cua phuong de ba goi hoi cho nhanh",
            "hotline",
        ),
    ],
)
def test_questions_asked_as_people_ask_them_are_questions(db, text, key):
    """Batches 41 to 43, held out: each was a report or went unanswered before; `key` is the entry that
    answers it, None when the base holds none."""
    found = understand(text, kb=db, settings=SETTINGS)
    assert (found.intent, (found.faq or {}).get("key")) == ("question", key)


@pytest.mark.parametrize(
    "text",
    [
        "Hi, I need to make a formal complaint. Can we do this in English please?",
        "Hi, I'm renting a flat in the ward and I'd like to send the ward a suggestion",  # batch 54, held out
    ],
)
def test_asking_to_report_in_english_tells_nothing_yet(text):
    """Batch 42, held out: "Can we do this in English please?" beside the ask was kept as the story,
    and the story was never asked; batch 54's "send the ward a suggestion" likewise."""
    found = understand(text)
    assert (found.intent, found.is_story, found.language) == ("report", False, "en")


def test_alright_thank_you_is_thanks():
    assert understand("Alright, thank you.").intent == "thanks"


@pytest.mark.parametrize(
    ("text", "intent"),
    [  # batch 44, held out: thanks, then that help came (before: a report, "chưa hiểu" at the resume)
        ("cam on phuong, cong an khu vuc den roi", "thanks"),
        ("thanks, the police are here now", "thanks"),
        ("Cảm ơn. Wifi ở nhà văn hóa hỏng rồi", "report"),  # thanks, then a problem
        ("Xin cảm ơn, tôi đã rõ.", "thanks"),  # batch 48, held out: the answer understood (before: the place)
        ("cam on ad, e hieu roi", "thanks"),
    ],
)
def test_thanks_as_the_matter_settles_is_thanks(text, intent):
    assert understand(text).intent == intent


def test_a_proposal_is_a_petition_and_a_startup_is_innovation():
    found = understand(
        "Hello, I run a small software startup in this ward and I have a proposal about innovation support"
    )
    assert (found.category, found.field) == ("petition", "innovation")


def test_what_the_writer_sees_before_a_hearsay_is_happening():
    """The first try at hearsay dropped the whole sentence from its "nghe nói" on, and this fire with it."""
    found = understand(
        "ad oi chay to o cua hang sua dien thoai canh cong truong em khoi den ngun nghe noi con nguoi o tang"
        " tren chua ra duoc em phai lam gi"
    )
    assert found.danger == "people" and found.danger_now is True
