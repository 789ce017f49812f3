"""The blanking of a protected person's words (core/redaction.py: `Blanker`), and of a case's own
identity in notices (`redact`): every way people write a phone, an e-mail or their own name goes,
and what an officer needs to act on stays.

The spellings are those citizens use: a phone grouped by slashes or underscores, read out in words
with or without accents, typed on a phone keyboard that gives fullwidth digits; a name given in a
self-introduction, lower case and unaccented, or under the letter's "Người viết đơn".
"""

import pytest
from identity_search import Person

from core.redaction import HIDDEN, Blanker, redact

FORM = {"name": "Phan Thu Trang", "phone": "+84944555666", "address": "Số 9 ngõ Hoa Sữa, tổ dân phố 2"}
TRANG = Person(
    names={"name": ["phan thu trang", "chi trang", "ten trang"], "address": ["so 9 ngo hoa sua"]},
    phones={"phone": "944555666", "second phone": "912345678"},
    emails={"e-mail": "trang.phan@example.vn"},
)


@pytest.mark.parametrize(
    "written",
    [
        "số của tôi không chín một hai ba bốn năm sáu bảy tám",
        "khong chin mot hai ba bon nam sau bay tam",
        "KHÔNG CHÍN MỘT HAI BA BỐN NĂM SÁU BẢY TÁM",
        "gọi ０９１２３４５６７８ nhé",
        "09 một hai 345 sáu bảy tám",
        "0912.345.678",
        "0912/345/678",
        "0912_345_678",
        "(+84) 912-345-678",
        "84912345678",
        "+84 912 345 678",
        "zalo: 0912 345 678, hoặc 0944 555 666",
        "Tôi là Phan Thu Trang (chị Trang), sđt 0944/555/666",
        "toi ten trang, phan thu trang",
        "Em tên Trang, nhà ở số 9 ngõ Hoa Sữa",
        "tên tôi là PHAN THU TRANG",
        "Họ và tên: Phan Thu Trang",
        "Người viết đơn\n(ký, ghi rõ họ tên)\nPhan Thu Trang",
        "Người tố cáo: Phan Thu Trang",
        "Trân trọng,\nPhan Thu Trang",
        "email trang.phan@example.vn hoặc TRANG.PHAN@EXAMPLE.VN",
        "trang.phan＠example.vn",
        "Chị Trang xin cảm ơn",
        "Phan Thị Trang".replace("Thị", "Thu"),
        "phan thu trang",
    ],
)
def test_every_way_of_writing_who_they_are_is_blanked(written):
    shown = Blanker([FORM])(written)
    assert TRANG.found(shown) == [], shown
    assert HIDDEN in shown


def test_a_name_typed_in_one_message_is_blanked_in_the_others():
    thread = ["Tôi là Phạm Văn Minh, ở tổ 4", "Minh xin cảm ơn phường", "Phạm Văn Minh"]
    blank = Blanker([], thread)
    assert [blank(text) for text in thread] == [f"Tôi là {HIDDEN}, ở tổ 4", f"{HIDDEN} xin cảm ơn phường", HIDDEN]
    assert Blanker([])(thread[1]) == thread[1]  # unknown without the thread: a given name is no proof


def test_a_realistic_denunciation_keeps_the_accused_and_the_facts():
    letter = (
        "Kính gửi UBND phường Ái Quốc.\n"
        "Tôi là Phan Thu Trang, sinh năm 1985, ở số 9 ngõ Hoa Sữa, tổ dân phố 2, sđt 0944 555 666.\n"
        "Tôi tố cáo ông Trần Văn Bình, cán bộ tiếp nhận hồ sơ tại Bộ phận một cửa, ngày 15/11/2026 lúc "
        "09:30 đã đòi tôi 2.000.000 đồng (hai triệu đồng) để làm nhanh hồ sơ khởi nghiệp số "
        "AQ-2026-00042. Tôi đã chuyển khoản vào tài khoản 0071000123456 của ông Bình, còn giữ tin nhắn "
        "của ông Bình gọi từ số 0987 654 321. Bà Nguyễn Thị Trang ở tổ 5 cũng bị đòi 500.000 đồng.\n"
        "Người viết đơn\nPhan Thu Trang"
    )
    shown = Blanker([FORM])(letter)
    assert TRANG.found(shown) == []
    for fact in (
        "ông Trần Văn Bình",
        "Bộ phận một cửa",
        "15/11/2026",
        "09:30",
        "2.000.000 đồng",
        "hai triệu đồng",
        "AQ-2026-00042",
        "0071000123456",  # the accused's account: evidence, not the denouncer's
        "của ông Bình",
        "Nguyễn Thị Trang",  # another person who shares the given name is not the denouncer
        "500.000 đồng",
        "tổ 5",
        "sinh năm 1985",
    ):
        assert fact in shown, fact
    assert "0987 654 321" not in shown  # every phone in a protected person's words goes, the accused's too


def test_numbers_that_are_not_phones_stay():
    for text in (
        "Đòi 200.000.000 đồng",
        "84.000.000.000 đồng",
        "ngày 01/12/2026 08:30",
        "ngày 05/12/2026 10h30, phòng 203",
        "năm 2026 có một hai việc",
        "Bộ phận một cửa, tổ dân phố 9",
        "mã LC-2026-00017",
    ):
        assert Blanker([FORM])(text) == text


def test_the_wards_own_hotline_stays_in_what_the_bot_said():
    said = "Đường dây nóng: 0225 3 846 111. Số của anh/chị 0912 345 678 đã ghi nhận."
    shown = Blanker([FORM], keep_phones=["0225 3 846 111"])(said)
    assert shown == f"Đường dây nóng: 0225 3 846 111. Số của anh/chị {HIDDEN} đã ghi nhận."


def test_a_notices_blanking_keeps_another_person_with_the_same_given_name():
    text = "Tôi là Phan Thu Trang (chị Trang), gọi 0944.555.666; ông Trần Thu Trang nhận tiền"
    shown = redact(text, {"name": "Phan Thu Trang", "phone": "+84944555666", "address": None})
    assert shown == f"Tôi là {HIDDEN} (chị {HIDDEN}), gọi {HIDDEN}; ông Trần Thu Trang nhận tiền"
