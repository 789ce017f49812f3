"""understanding.knowledge and understanding.scope against a real SQLite file, migrated and seeded."""

import pytest

from storage import write_transaction
from storage.knowledge import add_synonym, approved_answers, entry_by_key, save_entry
from storage.understanding_tables import save_scope_entry
from understanding.intents import understand
from understanding.knowledge import answer, office_hours_text, render
from understanding.scope import out_of_scope

WARD = {
    "WARD_NAME": "UBND phường Hòa Bình",
    "HOTLINE": "0225 111 222",
    "HOTLINE_OFFICER": "Bà Lê Thị Hoa",
    "RECEPTION_ADDRESS": "Số 1 đường Trần Phú",
    "OFFICE_HOURS": "Mon-Fri 08:00-12:00",
}
OFF_TOPIC = [
    "giá vàng hôm nay bao nhiêu",
    "ai vô địch world cup",
    "làm sao nấu phở ngon",
    "tiền điện tháng này sao cao vậy",
    "có bán vé xem phim không",
    "giá vàng ở đâu rẻ",  # "ở đâu" leads to the address only when nothing else is asked
    "con ở đâu mà không về",
    "cho hỏi bà đi bán rau xong mới lên phường được không",  # batch 58: "đi bán" sells no one's data
    "cho hỏi tối nay có quảng cáo gì không",
    "bà đem bán rau ở chợ thì có phải xin phép phường không",  # batch 60: "đem bán" rau, no one's data
    "cho hoi wifi o thu vien co mo ca ngay khong, nhom em ra do on thi?",  # batch 60: a "thì" last raised
]


@pytest.mark.parametrize(
    "question, key",
    [
        ("Số đường dây nóng là số nào?", "hotline"),
        ("Hôm nay ai trực fanpage?", "page_officer"),
        ("cho hỏi giờ làm việc của phường", "office_hours"),
        ("thứ 7 phường có làm việc không ạ", "office_hours"),
        ("buổi tối có việc gấp thì gọi ai", "urgent"),
        ("muốn khiếu nại thì phải làm thủ tục gì?", "how_to_complain"),
        ("tố cáo có được giữ bí mật danh tính không", "how_to_denounce"),
        ("What are the office hours?", "office_hours"),
        # whether sending costs anything: an entry of its own (migration m032; before: the answer to nothing)
        ("gửi phản ánh qua đây có mất phí gì không em?", "fees"),
        ("nộp đơn khiếu nại có phải trả tiền không", "fees"),
        ("Does it cost anything to send a report?", "fees"),
        # how to send one, in English: the complaint's entry holds "send" (m032; before: nothing, then fees)
        ("how can I send a complaint", "how_to_complain"),
        ("gửi đơn tố cáo thế nào", "how_to_denounce"),  # not the fees entry, which holds "tố cáo" too
        ("đơn thư gửi về đâu", "how_to_complain"),
        # the papers to bring, for a complaint (before: nothing, the complaint's how-to holding as much)
        ("cho e hoi neu muon khieu nai thi phai mang giay to gi len phuong a?", "documents"),
        # a run-on whose best ranked (the urgent line, on "đêm") holds a quarter of it: the hotline holds
        # nearly two thirds (before: nothing, once the fees entry had shifted the ranks)
        ("em lam ca dem thi ban dem em goi so duong day nong co ai nghe may khong hay phai doi sang", "hotline"),
        # a question of stop words only, found through the ward's synonyms (migration m027)
        ("phường ở đâu vậy", "address"),
        ("UBND phường ở đâu", "address"),
        ("Can you tell me the office hours?", "office_hours"),
        # the weekend, a holiday, the closing hour, someone sent in one's place, English (migration m028)
        ("cuối tuần phường có mở cửa không", "office_hours"),
        ("tết phường có nghỉ không", "office_hours"),
        ("mấy giờ phường đóng cửa", "office_hours"),
        ("bao giờ phường mở cửa lại", "office_hours"),  # "bao giờ" alone is no deadline
        ("nhờ người khác đi thay được không", "documents"),
        ("bao giờ có người trả lời tôi", "deadlines"),
        ("how long does it take to get an answer", "deadlines"),
        ("will my name be kept secret", "how_to_denounce"),
        ("phường nằm ở đâu", "address"),
        # the question inside a message: before why it is asked, or after a "by the way" (answer's parts)
        ("website phường là gì vậy để tôi bảo con tôi vào xem", "portal"),
        ("22h rồi nhắn thì có ai đọc không", "office_hours"),  # an hour asked, "rồi" a particle
        ("Does the ward have a website where its notices are published?", "portal"),
        ("Tối hoặc ngày lễ thì đường dây nóng có ai tiếp nhận không ạ?", "office_hours"),  # "hoặc": or
        ("what's the web address of the ward?", "portal"),
        ("3h sáng rồi, ngoài giờ hành chính phường có tiếp nhận không hay phải đợi sáng mai", "urgent"),
        ("Trước khi kể tiếp, cho hỏi: ai trực trang Facebook, số điện thoại liên hệ là gì?", "page_officer"),
        ("what time do you open?", "office_hours"),
        ("what is the hotline phone number?", "hotline"),
        ("phuong lam viec may gio v ad", "office_hours"),  # three words, each the entry's
        ("page nay ai quan ly vay a", "page_officer"),
        ("where can I find the public service portal?", "portal"),
        ("ông hỏi cái, trang này nhận những việc gì thế", "scope"),  # "ông", "cái" ask nothing
        # a night the best ranked holds, the rest of the question the hotline's: one below that holds nearly all
        ("nửa đêm gọi đường dây nóng có ai nghe máy không", "hotline"),
        # the hours' entry says what the hotline takes out of hours (migration m030)
        ("chủ nhật gọi đường dây nóng thì có ai nghe không", "office_hours"),
        # half its words, ranked far above the rest: the entry that answers
        ("nếu tôi gửi tố cáo thì tên và số điện thoại của tôi có được giữ bí mật không", "how_to_denounce"),
        ("hotline tiếp nhận những ngày nào", "hotline"),  # the days it takes calls (migration m029)
        ("tết này phường có ai trực không", "office_hours"),  # on duty, of a day (m029)
        ("what days do you work, and can I call on weekends?", "office_hours"),  # simple English (m030)
        ("Before I go on: is someone at the ward on weekends, or only Monday to Friday?", "office_hours"),
        ("dịp nghỉ lễ thì đường dây nóng có ai trực không ạ", "office_hours"),  # the hotline of a holiday (m030)
        ("thứ 7 chủ nhật có ai nghe điện thoại đường dây nóng không cháu", "office_hours"),
        # a law cited by its article says nothing of what is asked
        ("Theo khoản 1 Điều 47 Luật Tố cáo năm 2018, danh tính người tố cáo có được bảo vệ không?", "how_to_denounce"),
        # batch 35, held out: a grandmother naming herself "bà", the hours as "what hours" (m031), and what
        # the consent is about, asked before agreeing (its own entry, m031)
        ("chau oi ba hoi chau uy ban phuong minh o cho nao", "address"),
        ("Reckon you could tell me what hours the ward office is open?", "office_hours"),
        (
            "Trước khi bấm đồng ý, tôi xin được hỏi rõ: họ tên, số điện thoại và địa chỉ của tôi sẽ được lưu ở "
            "đâu, dùng vào mục đích gì và những ai được xem? Tôi có quyền yêu cầu xoá không?",
            "personal_data",
        ),
        ("khiếu nại bao nhiêu ngày thì được giải quyết", "deadlines"),
        ("dia chi ubnd phuong ai quoc", "address"),  # "địa chỉ": "chi" is no "chị" after "dia"
        ("cho chị hỏi địa chỉ phường", "address"),
        # the matters the scope's answer says go elsewhere, asked of this page (m031)
        ("page nay co nhan phan anh ve dat dai khong", "scope"),
        ("trang này có giải quyết chuyện hàng xóm ồn ào không", "scope"),
        # one below the best that holds every word: the address holds "tiếp công dân", the hours all of it
        ("cho em hoi tiep cong dan vao ngay nao", "office_hours"),
        # the one-stop section's hours are the ward's (m032): asked of it, they were the address or nothing
        ("giờ làm việc của bộ phận một cửa", "office_hours"),
        ("bộ phận một cửa mở cửa mấy giờ", "office_hours"),
        ("bộ phận một cửa ở đâu", "address"),
        # batch 38, held out: "may I ask" says nothing of what is asked
        ("Before I send it, may I ask how long it usually takes to receive an answer?", "deadlines"),
        ("I was wondering how long it takes to get a reply", "deadlines"),
        # batch 39, held out: whether one sent by Facebook counts (m033; before: nothing answered)
        ("khiếu nại gửi qua facebook thế này có được tính không hay vẫn phải làm đơn ký tên?", "how_to_complain"),
        ("tố cáo qua messenger có được tính không", "how_to_denounce"),
        # batch 40, held out: a formal letter's names ("Ái Quốc", "Đỗ Thị Minh Hằng" fold as "ai", "do") ask
        # nothing: "Hằng" had answered with the scam's advice ("ngân hàng"); the fees asked formally (m034)
        (
            "Kính gửi Ủy ban nhân dân phường Ái Quốc. Tôi là Đỗ Thị Minh Hằng, Phó Hiệu trưởng Trường Tiểu học Ái"
            " Quốc. Trước khi nhà trường gửi văn bản kiến nghị về việc triển khai sổ liên lạc điện tử, kính đề nghị"
            " Quý cơ quan cho biết: theo quy định, một kiến nghị gửi qua trang này sẽ được phường trả lời trong thời"
            " hạn bao lâu? Trân trọng.",
            "deadlines",
        ),
        (
            "Ngoài ra, xin hỏi việc gửi kiến nghị qua kênh này có phát sinh chi phí hay lệ phí nào đối với người"
            " gửi không?",
            "fees",
        ),
        # batch 41, held out (m035): whether the one denounced is told the name, in English; how long
        # until someone looks; whether a complaint sent by message has legal force
        ("If I report a ward employee who asked me for cash, will he be told my name?", "how_to_denounce"),
        ("And how long until someone actually looks at it?", "deadlines"),
        (
            "đơn khiếu nại gửi bằng tin nhắn trên trang này đã có giá trị pháp lý chưa, hay tôi vẫn phải đến nộp"
            " đơn có chữ ký?",
            "how_to_complain",
        ),
        # batch 43, held out (m036): a complaint sent here or on paper, and the same of a denunciation
        (
            "Nếu tôi gửi đơn khiếu nại qua trang Facebook này thì có được coi là đã nộp đơn hợp lệ hay tôi phải"
            " đến nộp bản giấy?",
            "how_to_complain",
        ),
        ("Tố cáo gửi qua trang này có được coi là hợp lệ hay tôi phải đến nộp bản giấy?", "how_to_denounce"),
        ("Hello! What are the office hours of the ward People's Committee?", "office_hours"),  # batch 47: whose
        # batch 48, held out: the fee asked, not the sending; "tố cáo" named as typed (its "to" is no word of
        # the question); a leak feared (m037)
        ("And is there any fee for sending this?", "fees"),
        (
            "cho toi hoi muon to cao mot nguoi thi phai lam the nao co phai viet don ky ten khong hay la nhan tin"
            " o day la duoc roi",
            "how_to_denounce",
        ),
        ("thong tin ca nhan minh gui qua day co bi lo ra ngoai ko, so lam", "personal_data"),
        # batch 50, held out: how the four differ (m038's entry); the days asked in English; how long until
        # someone handles it; the data kept secret (m037); "tố cáo cần những gì" still the denouncer's
        (
            "Kính gửi Ủy ban nhân dân phường. Trước khi chọn mục, tôi xin được hỏi: khiếu nại và tố cáo khác nhau ở"
            " điểm nào, trường hợp nào thì dùng loại nào?",
            "categories",
        ),
        (
            "is anybody at the ward office on a public holiday like 2 September, or on a Saturday morning?",
            "office_hours",
        ),
        ("ma gui xong r thi bn ngay moi co ng xu ly v a", "deadlines"),
        ("em ko muon ai o khu pho biet chuyen nay, thong tin cua em gui len day co dc giu kin ko a", "personal_data"),
        ("tố cáo cần những gì", "how_to_denounce"),
        ("muốn khiếu nại thì làm thế nào", "how_to_complain"),
        # batch 53, held out (m039): whether the ward answers on a day off, asked of the ward; the hotline's
        # and this page's own "có ai trả lời" stay theirs
        ("mà chủ nhật phường có ai trả lời không cháu", "office_hours"),
        ("gọi đường dây nóng có ai trả lời không", "hotline"),
        ("nhắn tin qua trang này có ai trả lời không", "page_officer"),
        # batch 52, held out: the question, then the plan it is asked for ("mai tôi đem giấy tờ qua")
        ("ờ cho tôi hỏi là cái ủy ban phường mình nằm ở chỗ nào ấy nhờ mai tôi đem giấy tờ qua luôn", "address"),
        ("What are the ward office opening times, in case I want to come in person?", "office_hours"),  # batch 63
        ("tin nhan minh gui vao day thi ai doc the, co chuyen len phuong that khong", "page_officer"),
        ("thông tin cá nhân thì ai đọc được", "personal_data"),
        ("neu cho so dt thi so cua toi co bi dem ban cho ben quang cao ko vay", "personal_data"),  # batch 60
        ("tin nhan nay rot cuoc ai doc?", "page_officer"),  # batch 59, held out
        ("thông tin cá nhân của tôi ai đọc được", "personal_data"),  # ... and not the personal data's question
        # batch 58, held out: why after the question in words ("in case", "chứ tôi còn"); "phản hồi" for replying;
        # a grandmother's number sold on for spam calls; who reads what is typed here; the page's scope in English
        ("hold on, what's the hotline number in case this chat stops working?", "hotline"),
        (
            "ờ mà cho tôi hỏi luôn là cái đơn khiếu nại này thì bao nhiêu lâu phường mới giải quyết xong chứ tôi còn"
            " đi làm không chờ mãi được",
            "deadlines",
        ),
        ("Chào bạn nhé. Cho mình hỏi bấm gửi xong thì khoảng bao nhiêu ngày phường phản hồi vậy?", "deadlines"),
        (
            "chau oi ba cho so dien thoai thi co ai lay so cua ba di ban cho nguoi ta goi quang cao khong chau",
            "personal_data",
        ),
        ("thế những tin tôi nhắn ở đây thì ai đọc là máy đọc hay là có cán bộ xem không", "page_officer"),
        ("what kind of issues does this page actually deal with?", "scope"),
        # batch 57, held out: the question closed by "vậy", then why ("tại vì …")
        (
            "ờ mà cho tôi hỏi cái là gửi cái này xong thì khoảng bao nhiêu ngày thì bên phường trả lời cho tôi vậy tại"
            " vì tôi còn phải báo lại cho cả nhà biết",
            "deadlines",
        ),
        # batch 51, held out: what "… thì …?" asks of its topic
        ("đơn khiếu nại như của tôi thì trong bao nhiêu ngày phường phải trả lời?", "deadlines"),
        # batch 49, held out: the one denounced named ("ông Vinh"), "cái đã", "tên tuổi": none of them asked
        (
            "cho toi hoi cai da, to cao the nay thi ten tuoi dia chi cua toi co bi lo cho ong Vinh biet ko",
            "how_to_denounce",
        ),
        # batch 47, held out: the phone, then the question asked past "mà cháu cho chú hỏi", then why
        (
            "so chu la 0987 654 321 nhe, ma chau cho chu hoi tru so phuong minh o duong nao de hom nao chu qua tan noi",
            "address",
        ),
        # batch 44, held out (m036): where the phone and address are kept, and whether anyone else gets them
        (
            "cho tôi hỏi là số điện thoại với địa chỉ của tôi gửi lên đây thì phường giữ ở đâu có đưa cho ai khác"
            " không",
            "personal_data",
        ),
    ],
)
def test_the_notices_questions_are_answered_from_the_base(db, question, key):
    assert answer(db, question)["key"] == key


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("chị Hoa số mấy vậy", "hotline"),  # the hotline's officer, by her given name
        ("cho xin số của bà Lê Thị Hoa", "hotline"),
        ("số của anh Tú là gì", "page_officer"),
    ],
)
def test_the_wards_officers_named_stand_for_what_they_do(db, question, key):
    settings = dict(WARD, PAGE_OFFICER="Ông Vũ Mạnh Tú")
    assert answer(db, question, settings=settings)["key"] == key


def test_a_synonym_counts_only_for_an_entry_holding_most_of_it(db):
    """ "ward office" stands for "trụ sở": the scam advice's "trừ tiền" holds one word of it, and an
    office-hours question once got the scam advice for it. (Since batch 40 the hours answer it, as they
    should: whether the office is open today.)"""
    assert answer(db, "reckon the ward office is open today?")["key"] == "office_hours"


def test_the_personal_data_entry_says_how_to_see_and_delete(db):
    text = answer(db, "thông tin cá nhân của tôi lưu ở đâu, ai được xem", settings=WARD)["answer"]
    assert "UBND phường Hòa Bình" in text and "xóa dữ liệu của tôi" in text and "2 ngày làm việc" in text


def test_what_follows_a_question_word_mid_sentence_is_still_asked(db):
    assert answer(db, "tiền điện tháng này sao cao vậy") is None  # "sao cao": why so high, not a cut


def test_the_page_officer_of_the_notice_is_named(db):
    text = answer(db, "ai trực trang facebook của phường")["answer"]
    assert "Vũ Mạnh Tú" in text and "0904.687.249" in text


def test_answers_use_the_wards_settings(db):
    text = answer(db, "số đường dây nóng", settings=WARD)["answer"]
    assert "0225 111 222" in text and "Bà Lê Thị Hoa" in text and "UBND phường Hòa Bình" in text
    assert "{" not in text
    hours = answer(db, "giờ làm việc của phường", settings=WARD)["answer"]
    assert "thứ Hai đến thứ Sáu, 08:00-12:00" in hours


@pytest.mark.parametrize("question", OFF_TOPIC)
def test_nothing_is_made_up_for_what_the_base_does_not_hold(db, question):
    assert answer(db, question) is None


def test_every_answer_is_an_approved_entry(db):
    allowed = {render(a, WARD) for a in approved_answers(db)}
    for question in ("hotline", "giờ làm việc", "trụ sở phường ở đâu", "cần mang giấy tờ gì", "bao lâu có kết quả"):
        assert answer(db, question, settings=WARD)["answer"] in allowed


def test_an_unapproved_entry_is_never_answered(db):
    entry = entry_by_key(db, "hotline")
    with write_transaction(db):
        save_entry(db, dict(entry, approved=0), "lan", entry["id"])
    found = answer(db, "Số đường dây nóng là số nào?")
    assert found is None or found["key"] != "hotline"


def test_a_new_entry_and_a_synonym_the_ward_adds(db):
    assert answer(db, "làm chữ ký số mất bao nhiêu tiền") is None
    with write_transaction(db):
        save_entry(
            db,
            {
                "key": "le_phi",
                "question": "Lệ phí cấp chữ ký số?",
                "keywords": "le phi chu ky so tien",
                "answer": "Chữ ký số cá nhân trên VNeID được cấp miễn phí.",
            },
            "lan",
        )
    assert answer(db, "làm chữ ký số mất bao nhiêu tiền")["key"] == "le_phi"
    assert answer(db, "giá chứng thư số") is None  # words the base does not hold...
    with write_transaction(db):
        add_synonym(db, "chứng thư số", "le phi chu ky so")
    assert answer(db, "giá chứng thư số")["key"] == "le_phi"  # ...until the ward says what they mean


def test_a_wards_own_entry_overrides_the_shared_one(db):
    shared = entry_by_key(db, "page_officer")
    with write_transaction(db):
        save_entry(db, dict(shared, page_id="page-hb", answer="Trang do bà Hoa trực."), "lan")
    assert answer(db, "ai trực fanpage", page_id="page-hb")["answer"] == "Trang do bà Hoa trực."
    assert "Vũ Mạnh Tú" in answer(db, "ai trực fanpage", page_id="page-aq")["answer"]


def test_office_hours_text_reads_the_setting():
    assert office_hours_text("Mon-Fri 07:30-11:30,13:30-17:00; Sat 07:30-11:30") == (
        "thứ Hai đến thứ Sáu, 07:30-11:30 và 13:30-17:00; thứ Bảy, 07:30-11:30"
    )
    assert office_hours_text("giờ hành chính") == "giờ hành chính"


def test_out_of_scope_names_who_handles_it(db):
    entry = out_of_scope(db, "Hàng xóm hát karaoke đến 1 giờ sáng, không ngủ được")
    assert entry["topic"] == "noise" and entry["handler_name"].startswith("Công an phường")
    assert out_of_scope(db, "bai rac dau ngo boc mui")["topic"] == "waste"
    assert out_of_scope(db, "cổng dịch vụ công bị lỗi") is None


def test_the_ward_edits_the_out_of_scope_table(db):
    assert out_of_scope(db, "cây đổ chắn ngõ 12") is None
    with write_transaction(db):
        save_scope_entry(db, "trees", "cây đổ, cay xanh", "Đội cây xanh", "0225 333 444")
    entry = out_of_scope(db, "cây đổ chắn ngõ 12")
    assert (entry["topic"], entry["handler_phone"]) == ("trees", "0225 333 444")


def test_an_answer_shows_the_wards_details_and_never_a_secret(db):
    with write_transaction(db):
        save_entry(
            db,
            {
                "key": "bi_mat",
                "question": "Mã bí mật của trang?",
                "keywords": "ma bi mat trang",
                "answer": "Gọi {HOTLINE}. {APP_SECRET} {SECRET_KEY} {SMTP_PASSWORD} {PAGE_ACCESS_TOKEN}",
            },
            "lan",
        )
    config = dict(
        WARD,
        APP_SECRET="app-secret-123",
        SECRET_KEY="secret-key-456",
        SMTP_PASSWORD="smtp-789",
        PAGE_ACCESS_TOKEN="token-000",
    )
    text = answer(db, "mã bí mật của trang", settings=config)["answer"]
    assert text == "Gọi 0225 111 222. {APP_SECRET} {SECRET_KEY} {SMTP_PASSWORD} {PAGE_ACCESS_TOKEN}"


def test_a_problem_told_beside_who_can_help_is_not_half_answered(db):
    """ "I can't log in to the portal with my passport, who can help?": the portal's entry holds half
    its words and ranks far above the rest, but it does not answer who helps; nothing is said rather
    than the wrong entry (before: the portal's address)."""
    text = "Hello, I can't sign in to the public service portal with my foreign passport, who can help?"
    assert understand(text, kb=db).faq is None
    assert answer(db, "nếu tôi gửi tố cáo thì tên và số điện thoại của tôi có được giữ bí mật không")  # still half held


def test_a_numbered_letter_and_two_questions_in_a_sentence_get_each_answer(db):
    """Batch 46, held out: "(1) số điện thoại đường dây nóng…; (2) … khung giờ nào" and "do I have to pay
    anything for this, and what are your opening hours?" got one answer each."""
    from understanding.knowledge import other_questions

    letter = (
        "Tôi tên là Lương Đình Khoa. Tôi kính đề nghị Quý Ủy ban cho tôi được biết: (1) số điện thoại đường dây"
        " nóng tiếp nhận phản ánh, kiến nghị; (2) bộ phận tiếp nhận làm việc vào những khung giờ nào trong tuần."
    )
    first = answer(db, letter)
    assert {first["key"], *(e["key"] for e in other_questions(db, letter, first))} == {"hotline", "office_hours"}
    asked = "quick question before I choose: do I have to pay anything for this, and what are your opening hours?"
    first = answer(db, asked)
    assert {first["key"], *(e["key"] for e in other_questions(db, asked, first))} == {"fees", "office_hours"}
